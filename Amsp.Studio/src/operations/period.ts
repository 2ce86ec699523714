// The period the charts cover and the figures drawn from the API's days. Days are UTC calendar days, both ends
// included, as /api/operations/trends takes them; the API decides what period is too long and says so.
import type { Trends } from './api';

export interface Period { from: string; to: string }

/** The quick choices beside the date inputs, in days. */
export const presets = [7, 30, 90] as const;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The last `days` UTC days up to and including today's. */
export function lastDays(days: number, today = new Date()): Period {
  const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - (days - 1)));
  return { from: iso(from), to: iso(today) };
}

/** The period in the address (?from=&to=), or the last 7 days. */
export function periodOf(params: URLSearchParams, today = new Date()): Period {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return day.test(from) && day.test(to) ? { from, to } : lastDays(7, today);
}

/** How many days a period spans, both ends counted; 0 when it is upside down. */
export function spanDays(p: Period): number {
  const ms = Date.parse(`${p.to}T00:00:00Z`) - Date.parse(`${p.from}T00:00:00Z`);
  return Number.isFinite(ms) && ms >= 0 ? ms / 86_400_000 + 1 : 0;
}

export interface ChartRow {
  day: string;
  completed: number;
  failed: number;
  shipped: number;
  onTime: number;
  late: number;
  /** Printing hours over the hours printers could print, in per cent. */
  utilisation: number;
}

export const rowsOf = (t: Trends): ChartRow[] => t.days.map((d) => ({
  day: d.day, completed: Number(d.jobsCompleted), failed: Number(d.jobsFailed), shipped: Number(d.ordersShipped),
  onTime: Number(d.shippedOnTime), late: Number(d.shippedLate), utilisation: Math.round(Number(d.utilisation) * 1000) / 10,
}));

export interface Totals {
  completed: number;
  failed: number;
  shipped: number;
  /** Share of the shipments with a due date that left on time, in per cent; null when none had one. */
  onTimeRate: number | null;
  printingHours: number;
  /** Mean of the days' utilisation up to `today` (later days have not happened), in per cent. */
  utilisation: number;
}

export function totalsOf(t: Trends, today = new Date()): Totals {
  const sum = (f: (d: Trends['days'][number]) => number | string) => t.days.reduce((s, d) => s + Number(f(d)), 0);
  const onTime = sum((d) => d.shippedOnTime);
  const dated = onTime + sum((d) => d.shippedLate);
  const past = t.days.filter((d) => d.day <= iso(today));
  const utilisation = past.length ? past.reduce((s, d) => s + Number(d.utilisation), 0) / past.length : 0;
  return {
    completed: sum((d) => d.jobsCompleted), failed: sum((d) => d.jobsFailed), shipped: sum((d) => d.ordersShipped),
    onTimeRate: dated ? Math.round((onTime / dated) * 1000) / 10 : null,
    printingHours: Math.round(sum((d) => d.printingHours) * 10) / 10, utilisation: Math.round(utilisation * 1000) / 10,
  };
}
