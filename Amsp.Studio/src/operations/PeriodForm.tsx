// The charts' period: two dates (UTC days, both included) or a quick choice of the last 7, 30 or 90 days. The API
// says when a period is too long or upside down; its message shows under the form as a sentence. The page keys the
// form by the period, so a choice made elsewhere (a quick period, the address) starts a fresh draft.
import { useState, type FormEvent } from 'react';
import { lastDays, presets, spanDays, type Period } from './period';

export function PeriodForm({ period, onChange }: { period: Period; onChange: (p: Period | null) => void }) {
  const [draft, setDraft] = useState(period);
  const submit = (e: FormEvent) => { e.preventDefault(); onChange(draft); };
  const days = spanDays(period);
  return (
    <form className="period" onSubmit={submit} aria-label="Period of the charts">
      <div className="presets" role="group" aria-label="Quick periods">
        {presets.map((n) => {
          const p = lastDays(n);
          const on = p.from === period.from && p.to === period.to;
          return <button key={n} type="button" aria-pressed={on} onClick={() => onChange(p)}>Last {n} days</button>;
        })}
      </div>
      <label>From <input type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} /></label>
      <label>To <input type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} /></label>
      <button type="submit">Show</button>
      <span className="hint">{days > 0 ? `${days} ${days === 1 ? 'day' : 'days'}, UTC` : ''}</span>
    </form>
  );
}
