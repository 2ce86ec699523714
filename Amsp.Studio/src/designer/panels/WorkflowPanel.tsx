// The workflow's own properties, shown when nothing is selected: name, description, variables, inputs, outputs.
import { updateDefinition } from '../model/commands';
import type { Graph } from '../model/graph';
import type { DesignerStore } from '../model/history';
import type { Json, ParameterJson, VariableJson } from '../model/types';
import type { PlacedIssues } from '../model/validation';

const types = ['string', 'number', 'boolean', 'object', 'array', 'any'];

interface Props {
  store: DesignerStore;
  graph: Graph;
  issues: PlacedIssues;
  readOnly: boolean;
}

export function WorkflowPanel({ store, graph, issues, readOnly }: Props) {
  const d = graph.definition;
  const edit = (label: string, key: string, change: Parameters<typeof updateDefinition>[1]) =>
    store.apply(label, (g) => updateDefinition(g, change), key);
  return (
    <section className="panel-section" aria-label="Workflow">
      <h2>Workflow</h2>
      {issues.general.map((i, n) => <p key={n} className="field-error">{i.message}</p>)}
      <fieldset disabled={readOnly}>
        <div className="field">
          <label htmlFor="workflow-name">Name</label>
          <input id="workflow-name" type="text" value={d.name ?? ''} onChange={(e) => edit('Rename workflow', 'workflow:name', (w) => ({ ...w, name: e.target.value }))} />
        </div>
        <div className="field">
          <label htmlFor="workflow-description">Description</label>
          <textarea id="workflow-description" rows={3} value={d.description ?? ''}
            onChange={(e) => edit('Describe workflow', 'workflow:description', (w) => ({ ...w, description: e.target.value || null }))} />
        </div>
        <p className="hint">Definition id <code>{d.definitionId}</code></p>
        <ListEditor<VariableJson> title="Variables" hint="Read and written by activities as variables.name." items={d.variables ?? []}
          blank={(n) => ({ name: `variable${n}`, type: 'string' })}
          onChange={(items, key) => edit('Edit variables', `variables:${key}`, (w) => ({ ...w, variables: items }))}
          columns={[
            { name: 'name', label: 'Name' },
            { name: 'type', label: 'Type', options: types },
            { name: 'default', label: 'Default (JSON)', json: true },
          ]} />
        <ListEditor<ParameterJson> title="Inputs" hint="Given when an instance starts; read as input.name." items={d.inputs ?? []}
          blank={(n) => ({ name: `input${n}`, type: 'string' })}
          onChange={(items, key) => edit('Edit inputs', `inputs:${key}`, (w) => ({ ...w, inputs: items }))}
          columns={[
            { name: 'name', label: 'Name' },
            { name: 'type', label: 'Type', options: types },
            { name: 'required', label: 'Required', check: true },
            { name: 'description', label: 'Description' },
          ]} />
        <ListEditor<ParameterJson> title="Outputs" hint="At the end, each takes the value of the variable of the same name." items={d.outputs ?? []}
          blank={(n) => ({ name: `output${n}`, type: 'string' })}
          onChange={(items, key) => edit('Edit outputs', `outputs:${key}`, (w) => ({ ...w, outputs: items }))}
          columns={[
            { name: 'name', label: 'Name' },
            { name: 'type', label: 'Type', options: types },
            { name: 'description', label: 'Description' },
          ]} />
      </fieldset>
    </section>
  );
}

interface Column {
  name: string;
  label: string;
  options?: string[];
  check?: boolean;
  json?: boolean;
}

function ListEditor<T extends { name: string; [k: string]: unknown }>({ title, hint, items, columns, blank, onChange }: {
  title: string; hint: string; items: T[]; columns: Column[]; blank: (n: number) => T; onChange: (items: T[], key: string) => void;
}) {
  const set = (row: number, column: string, value: unknown) => {
    const next = items.map((item, i) => {
      if (i !== row) return item;
      const copy: Record<string, unknown> = { ...item };
      if (value === undefined || value === '') delete copy[column];
      else copy[column] = value;
      return copy as T;
    });
    onChange(next, `${row}:${column}`);
  };
  return (
    <div className="list-editor">
      <h3>{title}</h3>
      <p className="hint">{hint}</p>
      {items.map((item, row) => (
        <div className="list-item" key={row}>
          <div className="list-row">
            {columns.slice(0, 2).map((c) => (
              <Cell key={c.name} column={c} value={item[c.name]} label={`${title} ${row + 1} ${c.label}`} onChange={(v) => set(row, c.name, v)} />
            ))}
            <button type="button" className="icon" aria-label={`Remove ${item.name}`} title="Remove" onClick={() => onChange(items.filter((_, i) => i !== row), `remove:${row}`)}>×</button>
          </div>
          {columns.slice(2).map((c) => (
            <label key={c.name} className={c.check ? 'check' : 'list-sub'}>
              {c.check ? null : <span>{c.label}</span>}
              <Cell column={c} value={item[c.name]} label={`${title} ${row + 1} ${c.label}`} onChange={(v) => set(row, c.name, v)} />
              {c.check ? c.label : null}
            </label>
          ))}
        </div>
      ))}
      <button type="button" onClick={() => onChange([...items, blank(items.length + 1)], `add:${items.length}`)}>Add {title.toLowerCase().replace(/s$/, '')}</button>
    </div>
  );
}

function Cell({ column, value, label, onChange }: { column: Column; value: unknown; label: string; onChange: (v: unknown) => void }) {
  if (column.options) {
    return (
      <select aria-label={label} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)}>
        <option value="" />
        {column.options.map((o) => <option key={o} value={o}>{o}</option>)}
      </select>
    );
  }
  if (column.check) return <input type="checkbox" aria-label={label} checked={value === true} onChange={(e) => onChange(e.target.checked || undefined)} />;
  if (column.json) {
    return <input type="text" aria-label={label} defaultValue={value === undefined ? '' : JSON.stringify(value)}
      onBlur={(e) => {
        const text = e.target.value.trim();
        if (text === '') return onChange(undefined);
        try { onChange(JSON.parse(text) as Json); } catch { onChange(text); }
      }} />;
  }
  return <input type="text" aria-label={label} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} />;
}
