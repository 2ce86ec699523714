// One input of an activity, drawn from its descriptor (n8n-style): the syntaxes it allows, an editor that fits
// its type and UI hint when it is a literal, a code editor with completion and a variable picker otherwise.
import { useEffect, useRef, useState } from 'react';
import type { ValidationIssue } from '../../api/client';
import type { Expression, InputDescriptor, Json, VariableJson } from '../model/types';
import { CodeEditor, type CodeEditorHandle } from './CodeEditor';
import type { ScopeName } from './names';

interface Props {
  activityId: string;
  input: InputDescriptor;
  expression: Expression | undefined;
  onChange: (expression: Expression | undefined) => void;
  issues: ValidationIssue[];
  scope: ScopeName[];
  variables: VariableJson[];
}

const syntaxLabels: Record<string, string> = { Literal: 'Value', JavaScript: 'JavaScript', Liquid: 'Liquid', Variable: 'Variable' };

export function InputEditor({ activityId, input, expression, onChange, issues, scope, variables }: Props) {
  const syntax = expression?.syntax ?? 'Literal';
  const id = `input-${activityId}-${input.name}`;
  const code = useRef<CodeEditorHandle>(null);
  return (
    <div className={`field input-field${issues.length ? ' invalid' : ''}`} data-input={input.name}>
      <div className="field-head">
        <label htmlFor={id}>{input.displayName}{input.required && <span className="required" title="Required"> *</span>}</label>
        {input.syntaxes.length > 1 && (
          <div className="syntax" role="radiogroup" aria-label={`Syntax of ${input.displayName}`}>
            {input.syntaxes.map((s) => (
              <button key={s} type="button" role="radio" aria-checked={s === syntax} className={s === syntax ? 'on' : ''}
                onClick={() => s !== syntax && onChange(convert(expression, s))}>
                {syntaxLabels[s] ?? s}
              </button>
            ))}
          </div>
        )}
      </div>
      {input.description && <p className="hint">{input.description}</p>}
      {syntax === 'Literal' && <LiteralEditor id={id} input={input} value={expression?.value} onChange={onChange} scope={scope} />}
      {(syntax === 'JavaScript' || syntax === 'Liquid') && (
        <>
          <CodeEditor ref={code} id={id} label={input.displayName} language={syntax === 'Liquid' ? 'liquid' : 'javascript'}
            value={typeof expression?.value === 'string' ? expression.value : ''} minLines={input.uiHint === 'multi-line' ? 3 : 1}
            names={scope.map((n) => n.javascript)} placeholder={syntax === 'Liquid' ? 'Text with {{ variables.name }}' : 'e.g. variables.total > 100'}
            onChange={(text) => onChange({ ...expression, syntax, value: text })} />
          <VariablePicker scope={scope} onPick={(n) => code.current?.insert(syntax === 'Liquid' ? n.liquid : n.javascript)} />
        </>
      )}
      {syntax === 'Variable' && (
        <select id={id} value={typeof expression?.value === 'string' ? expression.value : ''}
          onChange={(e) => onChange({ ...expression, syntax, value: e.target.value })}>
          <option value="">Choose a variable…</option>
          {variables.map((v) => <option key={v.name} value={v.name}>{v.name}</option>)}
        </select>
      )}
      {issues.map((i, n) => <p key={n} className="field-error">{i.message}</p>)}
    </div>
  );
}

function VariablePicker({ scope, onPick }: { scope: ScopeName[]; onPick: (name: ScopeName) => void }) {
  const [open, setOpen] = useState(false);
  if (scope.length === 0) return null;
  const groups = [...new Set(scope.map((n) => n.group))];
  return (
    <div className="picker">
      <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>Insert a variable ▾</button>
      {open && (
        <div className="picker-list" role="listbox" aria-label="Variables and outputs">
          {groups.map((g) => (
            <div key={g}>
              <div className="picker-group">{g}</div>
              {scope.filter((n) => n.group === g).map((n) => (
                <button key={n.javascript} type="button" role="option" aria-selected={false} onClick={() => { onPick(n); setOpen(false); }}>{n.javascript}</button>
              ))}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

function LiteralEditor({ id, input, value, onChange, scope }: {
  id: string; input: InputDescriptor; value: Json | undefined; onChange: (e: Expression | undefined) => void; scope: ScopeName[];
}) {
  const set = (v: Json | undefined) => onChange(v === undefined ? undefined : { syntax: 'Literal', value: v });
  const fallback = input.default === undefined || input.default === null ? '' : `Default: ${JSON.stringify(input.default)}`;
  if (input.options?.length) {
    return (
      <select id={id} value={typeof value === 'string' ? value : ''} onChange={(e) => set(e.target.value === '' ? undefined : e.target.value)}>
        <option value="">{fallback || 'Choose…'}</option>
        {input.options.map((o) => <option key={o} value={o}>{o}</option>)}
      </select>
    );
  }
  if (input.type === 'boolean' || input.uiHint === 'checkbox') {
    const checked = typeof value === 'boolean' ? value : input.default === true;
    return <label className="check"><input id={id} type="checkbox" checked={checked} onChange={(e) => set(e.target.checked)} /> {checked ? 'Yes' : 'No'}</label>;
  }
  if (input.type === 'number' || input.type === 'integer') {
    return <input id={id} type="number" step={input.type === 'integer' ? 1 : 'any'} placeholder={fallback} value={typeof value === 'number' ? value : ''}
      onChange={(e) => set(e.target.value === '' ? undefined : Number(e.target.value))} />;
  }
  if (input.uiHint === 'code') {
    return <CodeEditor id={id} label={input.displayName} language="javascript" value={typeof value === 'string' ? value : ''} minLines={4}
      names={scope.map((n) => n.javascript)} onChange={(text) => set(text === '' ? undefined : text)} />;
  }
  if (input.uiHint === 'string-list') {
    const lines = Array.isArray(value) ? value.map((v) => String(v)).join('\n') : '';
    return <textarea id={id} rows={3} placeholder={fallback || 'One per line'} value={lines}
      onChange={(e) => set(e.target.value === '' ? undefined : e.target.value.split('\n'))} />;
  }
  if (input.type === 'object' || input.type === 'array' || input.type === 'any') {
    return <JsonEditor id={id} input={input} value={value} onChange={set} placeholder={fallback} />;
  }
  if (input.uiHint === 'multi-line') {
    return <textarea id={id} rows={3} placeholder={fallback} value={typeof value === 'string' ? value : ''} onChange={(e) => set(e.target.value === '' ? undefined : e.target.value)} />;
  }
  return <input id={id} type="text" placeholder={fallback || hintFor(input)} value={typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value)}
    onChange={(e) => set(e.target.value === '' ? undefined : e.target.value)} />;
}

/** A JSON value typed as text; the document changes only when the text parses. */
function JsonEditor({ id, input, value, onChange, placeholder }: {
  id: string; input: InputDescriptor; value: Json | undefined; onChange: (v: Json | undefined) => void; placeholder: string;
}) {
  const shown = value === undefined ? '' : JSON.stringify(value, null, 2);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText((t) => (safeParse(t) === shown ? t : shown));
  }, [shown]);
  return (
    <>
      <CodeEditor id={id} label={input.displayName} language="json" value={text} names={[]} placeholder={placeholder || 'Any JSON value'}
        onChange={(t) => {
          setText(t);
          if (t.trim() === '') { setError(null); onChange(undefined); return; }
          try { onChange(JSON.parse(t) as Json); setError(null); } catch { setError('Not valid JSON yet: the input keeps its last valid value.'); }
        }} />
      {error && <p className="field-error">{error}</p>}
    </>
  );
}

function safeParse(text: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return undefined;
  }
}

function hintFor(input: InputDescriptor): string {
  if (input.uiHint === 'timespan' || input.type === 'timespan') return 'e.g. 00:30:00 or 2.00:00:00';
  if (input.uiHint === 'datetime') return 'e.g. 2026-12-01T06:00:00+01:00';
  return '';
}

/** Switching syntax keeps what was typed: a literal becomes its JSON text, a script its literal value if it is JSON. */
function convert(expression: Expression | undefined, syntax: string): Expression | undefined {
  const value = expression?.value;
  const from = expression?.syntax ?? 'Literal';
  if (value === undefined || value === null || value === '') return syntax === 'Literal' ? undefined : { syntax, value: '' };
  if (from === 'Literal') return { syntax, value: syntax === 'Variable' ? '' : typeof value === 'string' && syntax === 'Liquid' ? value : JSON.stringify(value) };
  if (syntax === 'Literal') {
    const text = String(value);
    try {
      return { syntax, value: JSON.parse(text) as Json };
    } catch {
      return { syntax, value: text };
    }
  }
  return { syntax, value };
}
