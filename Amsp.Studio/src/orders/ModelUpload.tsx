// Choose a model file, or drop it on the field, and watch it go up: a progress bar, Cancel while it runs, the result
// once the API analysed it.
import { useRef, useState, type DragEvent } from 'react';
import { ApiError } from '../api/client';
import { bytes } from '../shell/format';
import { uploadModel, type PrinterFit, type Upload } from './upload';

type State = { kind: 'idle' } | { kind: 'sending'; name: string; size: number; fraction: number }
  | { kind: 'done'; name: string; duplicate: boolean } | { kind: 'failed'; message: string };

export function ModelUpload({ error, onUploaded }: { error?: string; onUploaded: (modelId: string | null, printers?: PrinterFit[]) => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const upload = useRef<Upload | null>(null);
  const [over, setOver] = useState(false);

  async function send(file: File) {
    onUploaded(null);
    setState({ kind: 'sending', name: file.name, size: file.size, fraction: 0 });
    const current = uploadModel(file, (fraction) => setState((s) => (s.kind === 'sending' ? { ...s, fraction } : s)));
    upload.current = current;
    try {
      const answer = await current.done;
      setState({ kind: 'done', name: answer.model.originalName || file.name, duplicate: answer.duplicate });
      onUploaded(answer.model.id, answer.printers);
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') setState({ kind: 'idle' });
      else setState({ kind: 'failed', message: e instanceof ApiError ? `${e.title}. ${e.detail ?? ''}`.trim() : String(e) });
    } finally {
      upload.current = null;
    }
  }

  function drop(e: DragEvent) {
    e.preventDefault();
    setOver(false);
    if (state.kind === 'sending') return;
    const files = [...e.dataTransfer.files];
    if (files.length === 1) void send(files[0]);
    else if (files.length > 1) setState({ kind: 'failed', message: `Drop one model file at a time (you dropped ${files.length}).` });
  }
  const dragging = (e: DragEvent) => {
    if (![...e.dataTransfer.types].includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = state.kind === 'sending' ? 'none' : 'copy';
    setOver(true);
  };

  const message = state.kind === 'failed' ? state.message : error;
  return (
    <div className={`field${message ? ' has-error' : ''}`}>
      <label htmlFor="req-model">Model file (STL, OBJ or 3MF)<span className="required" aria-hidden> *</span></label>
      <div className={`drop-zone${over ? ' over' : ''}`} data-testid="model-drop-zone"
        onDragEnter={dragging} onDragOver={dragging} onDragLeave={() => setOver(false)} onDrop={drop}>
        <input id="req-model" type="file" accept=".stl,.obj,.3mf" disabled={state.kind === 'sending'}
          aria-invalid={message ? true : undefined} aria-describedby="req-model-hint req-model-status"
          onChange={(e) => { const f = e.target.files?.[0]; if (f) void send(f); }} />
        <span id="req-model-hint" className="hint">{over ? 'Drop the file to upload it' : 'or drop the file here'}</span>
      </div>
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
