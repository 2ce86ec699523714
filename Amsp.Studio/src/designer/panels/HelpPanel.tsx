import { Dialog } from '../../shell/Dialog';
import { shortcuts } from '../shortcuts';

export function HelpPanel({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} actions={<button type="button" onClick={onClose}>Close</button>}>
      <table className="shortcuts">
        <tbody>
          {shortcuts.filter((s) => !s.hidden).map((s) => (
            <tr key={s.command}>
              <td>{s.keys.map((k) => <kbd key={k}>{k}</kbd>)}</td>
              <td>{s.description}</td>
            </tr>
          ))}
          <tr><td><kbd>Shift</kbd> + drag</td><td>Select several activities with a rectangle</td></tr>
          <tr><td><kbd>Ctrl</kbd> + click</td><td>Add to the selection</td></tr>
          <tr><td>Wheel</td><td>Scroll the canvas (with <kbd>Ctrl</kbd>: zoom), unless turned off in the settings</td></tr>
          <tr><td>Drag from an outcome</td><td>Connect it to another activity</td></tr>
        </tbody>
      </table>
      <p className="hint">Ctrl stands for Cmd on a Mac. Shortcuts do not apply while you type in a field.</p>
    </Dialog>
  );
}
