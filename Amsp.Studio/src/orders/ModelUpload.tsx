// Choose a model file and watch it go up: a progress bar, Cancel while it runs, the result once the API analysed it.
import { useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { bytes } from '../shell/format';
import { uploadModel, type Upload } from './upload';

type State = { kind: 'idle' } | { kind: 'sending'; name: string; size: number; fraction: number }
  | { kind: 'done'; name: string; duplicate: boolean } | { kind: 'failed'; message: string };

export function ModelUpload({ error, onUploaded }: { error?: string; onUploaded: (modelId: string | null) => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const upload = useRef<Upload | null>(null);

  async function send(file: File) {
    onUploaded(null);
    setState({ kind: 'sending', name: file.name, size: file.size, fraction: 0 });
    const current = uploadModel(file, (fraction) => setState((s) => (s.kind === 'sending' ? { ...s, fraction } : s)));
    upload.current = current;
    try {
      const answer = await current.done;
      setState({ kind: 'done', name: answer.model.originalName || file.name, duplicate: answer.duplicate });
      onUploaded(answer.model.id);
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') setState({ kind: 'idle' });
      else setState({ kind: 'failed', message: e instanceof ApiError ? `${e.title}. ${e.detail ?? ''}`.trim() : String(e) });
    } finally {
      upload.current = null;
    }
  }

  const message = state.kind === 'failed' ? state.message : error;
  return (
    <div className={`field${message ? ' has-error' : ''}`}>
      <label htmlFor="req-model">Model file (STL, OBJ or 3MF)<span className="required" aria-hidden> *</span></label>
      <input id="req-model" type="file" accept=".stl,.obj,.3mf" disabled={state.kind === 'sending'}
        aria-invalid={message ? true : undefined} aria-describedby="req-model-status"
        onChange={(e) => { const f = e.target.files?.[0]; if (f) void send(f); }} />
      <div id="req-model-status" aria-live="polite">
        {state.kind === 'sending' && (
          <div className="upload-progress">
            <progress max={1} value={state.fraction} aria-label={`Uploading ${state.name}`} />
            <span>{Math.round(state.fraction * 100)} % of {bytes(state.size)}{state.fraction >= 1 ? ' · analysing…' : ''}</span>
            <button type="button" onClick={() => upload.current?.cancel()}>Cancel upload</button>
          </div>
        )}
        {state.kind === 'done' && <p className="ok-text">✓ {state.name} uploaded and analysed{state.duplicate ? ' (you had uploaded it before)' : ''}.</p>}
        {message && <p className="field-error" id="req-model-error">{message}</p>}
      </div>
    </div>
  );
}
