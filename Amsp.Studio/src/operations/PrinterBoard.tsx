// The printers as the pollers last saw them: state, the job printing with its progress, and the queue behind it.
import { printerTone } from '../centre/api';
import { number } from '../shell/format';
import type { PrinterView } from './api';

export function PrinterBoard({ printers, onJobs }: { printers: PrinterView[]; onJobs: (printerId: string) => void }) {
  if (printers.length === 0) return <p className="hint">No active printer in your AM centres.</p>;
  return (
    <ul className="printer-board" aria-label="Printers">
      {printers.map((p) => {
        const progress = p.progress == null ? null : Math.min(100, Math.max(0, Number(p.progress)));
        const queued = Number(p.queued);
        return (
          <li key={p.id} className="printer-card" aria-label={p.name}>
            <div className="printer-card-head">
              <strong>{p.name}</strong>
              <span className={`badge tone-${printerTone[p.state]}`}>{p.state}</span>
            </div>
            <div className="hint">{p.process}</div>
            {p.currentOrder ? (
              <div className="printer-job">
                <span>Printing {p.currentOrder}</span>
                <progress max={100} value={progress ?? 0} aria-label={`Progress of ${p.currentOrder} on ${p.name}`} />
                <span className="num">{progress == null ? '—' : `${number(progress, 0)} %`}</span>
              </div>
            ) : <div className="printer-job idle">No job printing</div>}
            <div className="printer-queue">
              <span>{queued === 0 ? 'Queue empty' : `${queued} queued · about ${number(p.queuedHours, 1)} h`}</span>
              <button type="button" className="link" onClick={() => onJobs(p.id)}>Jobs<span className="sr-only"> of {p.name}</span></button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
