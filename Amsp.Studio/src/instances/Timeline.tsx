// The journal as a timeline: each event at its time since the instance started, with its activity, outcome and
// duration. Activity names lead to the activity on the canvas. A long journal arrives as its first and last pages;
// the entries between them are fetched a page at a time on request.
import { Fragment, useState } from 'react';
import type { Schemas } from '../api/client';
import { instances } from './api';
import { duration, since, timeSpanMs, when } from './format';

const tones: Record<string, string> = {
  WorkflowStarted: 'info', Scheduled: 'muted', Started: 'info', Completed: 'ok', Faulted: 'error', Suspended: 'wait',
  Resumed: 'info', Logged: 'muted', Cancelled: 'muted', WorkflowFinished: 'ok', WorkflowFaulted: 'error', WorkflowCancelled: 'muted',
};

type Props = { instanceId: string; journal: Schemas['JournalView']; start: string; onPick: (activityId: string) => void };

export function Timeline({ instanceId, journal, start, onPick }: Props) {
  const [middle, setMiddle] = useState<Schemas['JournalEntry'][]>([]);
  const [next, setNext] = useState(journal.next);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  const bySequence = new Map<number, Schemas['JournalEntry']>();
  for (const e of [...journal.first, ...middle, ...journal.last]) bySequence.set(Number(e.sequence), e);
  const entries = [...bySequence.values()].sort((a, b) => Number(a.sequence) - Number(b.sequence));
  const lastShown = journal.last.length > 0 ? Number(journal.last[0].sequence) : Infinity;
  const missing = Number(journal.count) - entries.length;
  const more = async () => {
    if (!next) return;
    setLoading(true);
    setError(undefined);
    try {
      const page = await instances.journal(instanceId, next);
      setMiddle((m) => [...m, ...page.items]);
      const reachedLast = page.items.some((e) => Number(e.sequence) >= lastShown);
      setNext(reachedLast ? null : page.next);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setLoading(false);
    }
  };
  if (entries.length === 0) return <p className="hint">The journal is empty.</p>;
  const gapAfter = journal.first.length + middle.length;
  return (
    <ol className="timeline" aria-label="Journal">
      {entries.map((e, i) => (<Fragment key={String(e.sequence)}>
        {i === gapAfter && next && missing > 0 && (
          <li key="gap" className="tone-muted">
            <span className="hint">{missing} more {missing === 1 ? 'entry' : 'entries'}{Number(journal.compacted) > 0 ? ` (${journal.compacted} compacted)` : ''} </span>
            <button type="button" className="link" disabled={loading} onClick={() => void more()}>{loading ? 'Loading…' : 'Show more'}</button>
            {error && <div className="message">{error}</div>}
          </li>
        )}
        <li className={`tone-${tones[e.eventType] ?? 'muted'}`}>
          <time dateTime={e.timestamp} title={when(e.timestamp)}>{since(start, e.timestamp)}</time>
          <div>
            <span className="event">{label(e.eventType)}</span>
            {e.activityId && <> <button type="button" className="link" onClick={() => onPick(e.activityId!)}>{e.activityId}</button></>}
            {e.outcome && <span className="hint"> → {e.outcome}</span>}
            {e.duration && <span className="hint"> · {duration(timeSpanMs(e.duration))}</span>}
            {e.message && <div className="message">{e.message}</div>}
          </div>
        </li>
      </Fragment>))}
    </ol>
  );
}

function label(type: string): string {
  return type.replace(/^Workflow/, 'Workflow ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/^./, (c) => c.toUpperCase());
}
