// The designer's toolbar: document actions, history, layout, canvas settings, panels.
import { useState } from 'react';
import type { CanvasSettings } from './settings';

interface Props {
  title: string;
  status: string;
  dirty: boolean;
  busy: string | null;
  readOnly: boolean;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel?: string;
  redoLabel?: string;
  isPublished: boolean;
  problems: number;
  checking: boolean;
  settings: CanvasSettings;
  onSettings: (change: Partial<CanvasSettings>) => void;
  on: Record<'save' | 'publish' | 'retract' | 'undo' | 'redo' | 'layout' | 'import' | 'export' | 'versions' | 'problems' | 'run' | 'help', () => void>;
}

export function Toolbar(p: Props) {
  const [settingsOpen, setSettingsOpen] = useState(false);
  return (
    <div className="toolbar" role="toolbar" aria-label="Designer">
      <div className="doc-title">
        <h1 title={p.title}>{p.title}</h1>
        <span className={`doc-status${p.dirty ? ' dirty' : ''}`} data-testid="document-status">{p.busy ?? p.status}</span>
      </div>
      <div className="tool-group">
        <button type="button" onClick={p.on.save} disabled={p.readOnly || !p.dirty || !!p.busy} title="Save the draft (Ctrl+S)">Save</button>
        <button type="button" className="primary" onClick={p.on.publish} disabled={p.readOnly || !!p.busy} title="Save and publish (Ctrl+Shift+P)">Publish</button>
        <button type="button" onClick={p.on.retract} disabled={p.readOnly || !p.isPublished || !!p.busy} title="Stop new instances until the next publish">Retract</button>
      </div>
      <div className="tool-group">
        <button type="button" onClick={p.on.undo} disabled={p.readOnly || !p.canUndo} title={p.undoLabel ? `Undo ${p.undoLabel} (Ctrl+Z)` : 'Undo (Ctrl+Z)'} aria-label="Undo">↶ Undo</button>
        <button type="button" onClick={p.on.redo} disabled={p.readOnly || !p.canRedo} title={p.redoLabel ? `Redo ${p.redoLabel} (Ctrl+Shift+Z)` : 'Redo (Ctrl+Shift+Z)'} aria-label="Redo">↷ Redo</button>
      </div>
      <div className="tool-group">
        <button type="button" onClick={p.on.layout} disabled={p.readOnly} title="Lay out automatically (Shift+L)">Auto-layout</button>
        <div className="popover-anchor">
          <button type="button" aria-expanded={settingsOpen} onClick={() => setSettingsOpen(!settingsOpen)}>Canvas ▾</button>
          {settingsOpen && (
            <div className="popover" role="group" aria-label="Canvas settings">
              <label className="check"><input type="checkbox" checked={p.settings.snapToGrid} onChange={(e) => p.onSettings({ snapToGrid: e.target.checked })} /> Snap to grid</label>
              <label>Grid size
                <select value={p.settings.gridSize} onChange={(e) => p.onSettings({ gridSize: Number(e.target.value) })}>
                  {[10, 20, 40].map((g) => <option key={g} value={g}>{g} px</option>)}
                </select>
              </label>
              <label className="check"><input type="checkbox" checked={p.settings.showMinimap} onChange={(e) => p.onSettings({ showMinimap: e.target.checked })} /> Minimap</label>
              <label className="check"><input type="checkbox" checked={p.settings.panOnScroll} onChange={(e) => p.onSettings({ panOnScroll: e.target.checked })} /> Wheel scrolls (Ctrl + wheel zooms)</label>
            </div>
          )}
        </div>
      </div>
      <div className="tool-group">
        <button type="button" onClick={p.on.import} disabled={p.readOnly} title="Replace the canvas with a JSON file">Import</button>
        <button type="button" onClick={p.on.export} title="Download the canvas as JSON">Export</button>
      </div>
      <div className="tool-group end">
        <button type="button" onClick={p.on.problems} className={p.problems ? 'warn' : ''} title="Problems the API found">
          {p.checking ? 'Checking…' : p.problems ? `⚠ ${p.problems} problem${p.problems === 1 ? '' : 's'}` : '✓ No problems'}
        </button>
        <button type="button" onClick={p.on.versions}>Versions</button>
        <button type="button" onClick={p.on.run} disabled={!p.isPublished} title={p.isPublished ? 'Start an instance of the published version' : 'Publish first'}>Run…</button>
        <button type="button" onClick={p.on.help} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">?</button>
      </div>
    </div>
  );
}
