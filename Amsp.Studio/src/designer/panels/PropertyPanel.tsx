// The right-hand panel: the selected activity's properties (drawn from its descriptor), a connection, several
// activities (align and distribute), or, with nothing selected, the workflow itself.
import { useEffect, useState } from 'react';
import type { Alignment } from '../model/arrange';
import type { Graph } from '../model/graph';
import type { DesignerStore } from '../model/history';
import { descriptorOf, type DescriptorIndex } from '../model/types';
import { inputIssues, type PlacedIssues } from '../model/validation';
import { renameActivity, setDisplayName, setInput } from '../model/commands';
import { categoryStyle } from '../canvas/categories';
import { InputEditor } from './InputEditor';
import { outputPath, scopeNames } from './names';
import { WorkflowPanel } from './WorkflowPanel';

interface Props {
  store: DesignerStore;
  graph: Graph;
  index: DescriptorIndex;
  selection: { nodes: readonly string[]; edges: readonly string[] };
  issues: PlacedIssues;
  readOnly: boolean;
  onDelete: () => void;
  onAlign: (how: Alignment | 'horizontal' | 'vertical') => void;
}

export function PropertyPanel(props: Props) {
  const { graph, selection } = props;
  if (selection.nodes.length === 1 && selection.edges.length === 0) {
    const node = graph.nodes.find((n) => n.id === selection.nodes[0]);
    if (node) return <ActivityPanel {...props} id={node.id} />;
  }
  if (selection.nodes.length > 1) return <ArrangePanel count={selection.nodes.length} {...props} />;
  if (selection.edges.length === 1 && selection.nodes.length === 0) {
    const edge = graph.edges.find((e) => e.id === selection.edges[0]);
    if (edge) {
      const issues = props.issues.edges.get(edge.id) ?? [];
      return (
        <section className="panel-section" aria-label="Connection">
          <h2>Connection</h2>
          <p>From <strong>{edge.source}</strong> when it ends with <strong>{edge.outcome}</strong>, to <strong>{edge.target}</strong>.</p>
          {issues.map((i, n) => <p key={n} className="field-error">{i.message}</p>)}
          {!props.readOnly && <button type="button" className="danger" onClick={props.onDelete}>Delete connection</button>}
        </section>
      );
    }
  }
  return <WorkflowPanel store={props.store} graph={graph} issues={props.issues} readOnly={props.readOnly} />;
}

function ActivityPanel({ store, graph, index, issues, readOnly, onDelete, id }: Props & { id: string }) {
  const node = graph.nodes.find((n) => n.id === id)!;
  const { activity } = node;
  const descriptor = descriptorOf(index, activity);
  const nodeIssues = (issues.nodes.get(id) ?? []).filter((i) => !i.inputName || !descriptor?.inputs.some((d) => d.name === i.inputName));
  const scope = scopeNames(graph, index, id);
  const style = categoryStyle(descriptor?.category);
  const known = new Set(descriptor?.inputs.map((i) => i.name));
  const unknownInputs = Object.keys(activity.inputs ?? {}).filter((n) => !known.has(n));
  return (
    <section className="panel-section activity-panel" aria-label={`Properties of ${id}`}>
      <div className="panel-title">
        <span className="node-glyph" style={{ background: style.color }} aria-hidden="true">{style.glyph}</span>
        <div>
          <h2>{activity.displayName || id}</h2>
          <div className="hint">{descriptor ? `${descriptor.displayName} · ${descriptor.category}` : `Unknown type ${activity.type}`}</div>
        </div>
      </div>
      {descriptor?.description && <p className="hint">{descriptor.description}</p>}
      <fieldset disabled={readOnly}>
        <div className="field">
          <label htmlFor="activity-name">Name</label>
          <input id="activity-name" type="text" value={activity.displayName ?? ''} placeholder={descriptor?.displayName ?? activity.type}
            onChange={(e) => store.apply('Rename activity', (g) => setDisplayName(g, id, e.target.value), `name:${id}`)} />
        </div>
        <IdField store={store} id={id} />
        {nodeIssues.map((i, n) => <p key={n} className="field-error">{i.message}</p>)}
        {descriptor && descriptor.inputs.length > 0 && <h3>Inputs</h3>}
        {descriptor?.inputs.map((input) => (
          <InputEditor key={`${id}/${input.name}`} activityId={id} input={input} expression={activity.inputs?.[input.name]}
            issues={inputIssues(issues, id, input.name)} scope={scope} variables={graph.definition.variables ?? []}
            onChange={(expression) => store.apply(`Edit ${input.displayName}`, (g) => setInput(g, id, input.name, expression), `input:${id}:${input.name}`)} />
        ))}
        {unknownInputs.map((name) => (
          <div className="field invalid" key={name}>
            <label>{name} (not an input of {activity.type})</label>
            <pre className="json">{JSON.stringify(activity.inputs?.[name], null, 2)}</pre>
            <button type="button" onClick={() => store.apply('Remove input', (g) => setInput(g, id, name, undefined))}>Remove</button>
          </div>
        ))}
      </fieldset>
      {descriptor && descriptor.outputs.length > 0 && (
        <>
          <h3>Outputs</h3>
          <ul className="outputs">
            {descriptor.outputs.map((o) => (
              <li key={o.name}><code>{outputPath(id, o.name)}</code> <span className="hint">{o.type}{o.description ? ` — ${o.description}` : ''}</span></li>
            ))}
          </ul>
        </>
      )}
      {!readOnly && <button type="button" className="danger" onClick={onDelete}>Delete activity</button>}
    </section>
  );
}

/** The id is renamed when the field is left, so half-typed ids never collide with others. */
function IdField({ store, id }: { store: DesignerStore; id: string }) {
  const [text, setText] = useState(id);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { setText(id); setError(null); }, [id]);
  const commit = () => {
    try {
      store.apply('Change activity id', (g) => renameActivity(g, id, text));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      <label htmlFor="activity-id">Id</label>
      <input id="activity-id" type="text" value={text} onChange={(e) => setText(e.target.value)} onBlur={commit}
        onKeyDown={(e) => { if (e.key === 'Enter') commit(); if (e.key === 'Escape') setText(id); }} />
      <p className="hint">Other activities read its outputs by this id.</p>
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}

function ArrangePanel({ count, onAlign, onDelete, readOnly }: Props & { count: number }) {
  const buttons: [Alignment | 'horizontal' | 'vertical', string][] = [
    ['left', 'Align left'], ['center', 'Align centres'], ['right', 'Align right'],
    ['top', 'Align top'], ['middle', 'Align middles'], ['bottom', 'Align bottom'],
    ['horizontal', 'Distribute horizontally'], ['vertical', 'Distribute vertically'],
  ];
  return (
    <section className="panel-section" aria-label="Selection">
      <h2>{count} activities selected</h2>
      {!readOnly && (
        <>
          <div className="button-grid">
            {buttons.map(([how, label]) => (
              <button key={how} type="button" onClick={() => onAlign(how)} disabled={(how === 'horizontal' || how === 'vertical') && count < 3}>{label}</button>
            ))}
          </div>
          <button type="button" className="danger" onClick={onDelete}>Delete {count} activities</button>
        </>
      )}
    </section>
  );
}
