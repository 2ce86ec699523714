// Starts an instance of the published version (a test run), with the workflow's inputs as JSON.
import { useState } from 'react';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { canOperate, type Person } from '../../auth/roles';
import { Dialog } from '../../shell/Dialog';
import { ProblemBox } from '../../shell/ProblemBox';
import { definitions } from '../api';
import type { ParameterJson } from '../model/types';

export function RunDialog({ definitionId, inputs, person, onClose }: {
  definitionId: string; inputs: ParameterJson[]; person: Person; onClose: () => void;
}) {
  const [text, setText] = useState(() => JSON.stringify(Object.fromEntries(inputs.map((i) => [i.name, i.type === 'number' ? 0 : ''])), null, 2));
  const [correlation, setCorrelation] = useState('');
  const [result, setResult] = useState<Schemas['RunResponse'] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function run() {
    setError(null);
    let input: Record<string, unknown> | null;
    try {
      input = text.trim() === '' ? null : (JSON.parse(text) as Record<string, unknown>);
    } catch {
      setError(new Error('The input is not valid JSON.'));
      return;
    }
    setBusy(true);
    try {
      setResult(await definitions.execute(definitionId, input, correlation.trim() || null));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title="Start an instance" onClose={onClose} wide
      actions={<>
        <button type="button" onClick={onClose}>Close</button>
        <button type="button" className="primary" disabled={busy} onClick={run}>{busy ? 'Starting…' : 'Start'}</button>
      </>}>
      <p className="hint">Starts the published version of <code>{definitionId}</code> and waits until it finishes or waits for something.</p>
      <div className="field">
        <label htmlFor="run-input">Input (JSON object)</label>
        <textarea id="run-input" rows={5} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
      </div>
      <div className="field">
        <label htmlFor="run-correlation">Correlation id (optional)</label>
        <input id="run-correlation" type="text" value={correlation} onChange={(e) => setCorrelation(e.target.value)} />
      </div>
      {error != null && <ProblemBox error={error} />}
      {result && (
        <div className="run-result" role="status">
          <p>Instance <code>{result.instanceId}</code> is <strong>{result.status}</strong>
            {Number(result.incidentCount) > 0 && <>, with {result.incidentCount} incident(s)</>}
            {result.bookmarkIds.length > 0 && <>, waiting on {result.bookmarkIds.length} bookmark(s)</>}.</p>
          {Object.keys(result.output ?? {}).length > 0 && <pre className="json">{JSON.stringify(result.output, null, 2)}</pre>}
          {canOperate(person)
            ? <Link to={`/instances/${result.instanceId}`}>Open it in the instance viewer</Link>
            : <p className="hint">Operators follow it in the instance viewer.</p>}
        </div>
      )}
    </Dialog>
  );
}
