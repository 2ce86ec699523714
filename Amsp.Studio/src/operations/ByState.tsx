// Counts by status as toggles that filter the list below them: one pattern for print jobs and for orders.
import type { ReactNode } from 'react';
import { number } from '../shell/format';

export function ByState<S extends string>({ label, states, counts, chosen, onChoose, children }: {
  label: string;
  states: readonly S[];
  counts: Record<string, number | string> | undefined;
  chosen: S | undefined;
  onChoose: (state: S | undefined) => void;
  children: ReactNode;
}) {
  const total = Object.values(counts ?? {}).reduce<number>((s, c) => s + Number(c), 0);
  // States nobody is in are left out, unless chosen: the row stays short and says what is.
  const shown = states.filter((s) => Number(counts?.[s] ?? 0) > 0 || s === chosen);
  return (
    <>
      <div className="state-filter" role="group" aria-label={`${label} by status`}>
        <button type="button" aria-pressed={chosen === undefined} onClick={() => onChoose(undefined)}>All <b>{number(total, 0)}</b></button>
        {shown.map((s) => (
          <button key={s} type="button" aria-pressed={chosen === s} onClick={() => onChoose(chosen === s ? undefined : s)}>
            {s} <b>{number(counts?.[s] ?? 0, 0)}</b>
          </button>
        ))}
      </div>
      {children}
    </>
  );
}

/** Newer and older pages of a list of `total` things, `size` to a page. */
export function Pager({ page, size, total, onPage }: { page: number; size: number; total: number; onPage: (page: number) => void }) {
  if (total <= size) return null;
  const last = Math.ceil(total / size);
  return (
    <div className="pager">
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>Previous</button>
      <span>Page {page} of {last}</span>
      <button type="button" disabled={page >= last} onClick={() => onPage(page + 1)}>Next</button>
    </div>
  );
}
