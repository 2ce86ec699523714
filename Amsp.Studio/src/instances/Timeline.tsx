// The journal as a timeline: each event at its time since the instance started, with its activity, outcome and
// duration. Activity names lead to the activity on the canvas.
import type { Schemas } from '../api/client';
import { duration, since, timeSpanMs, when } from './format';

const tones: Record<string, string> = {
  WorkflowStarted: 'info', Scheduled: 'muted', Started: 'info', Completed: 'ok', Faulted: 'error', Suspended: 'wait',
  Resumed: 'info', Logged: 'muted', Cancelled: 'muted', WorkflowFinished: 'ok', WorkflowFaulted: 'error', WorkflowCancelled: 'muted',
};

export function Timeline({ journal, start, onPick }: { journal: Schemas['JournalEntry'][]; start: string; onPick: (activityId: string) => void }) {
  const entries = [...journal].sort((a, b) => Number(a.sequence) - Number(b.sequence));
  if (entries.length === 0) return <p className="hint">The journal is empty.</p>;
  return (
    <ol className="timeline" aria-label="Journal">
      {entries.map((e) => (
        <li key={String(e.sequence)} className={`tone-${tones[e.eventType] ?? 'muted'}`}>
          <time dateTime={e.timestamp} title={when(e.timestamp)}>{since(start, e.timestamp)}</time>
          <div>
            <span className="event">{label(e.eventType)}</span>
            {e.activityId && <> <button type="button" className="link" onClick={() => onPick(e.activityId!)}>{e.activityId}</button></>}
            {e.outcome && <span className="hint"> → {e.outcome}</span>}
            {e.duration && <span className="hint"> · {duration(timeSpanMs(e.duration))}</span>}
            {e.message && <div className="message">{e.message}</div>}
          </div>
        </li>
      ))}
    </ol>
  );
}

function label(type: string): string {
  return type.replace(/^Workflow/, 'Workflow ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/^./, (c) => c.toUpperCase());
}
