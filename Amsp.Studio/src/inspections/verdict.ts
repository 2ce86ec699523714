// The verdict preview while an inspector types: the same rule as the API's (deviation from nominal within
// [lower, upper] passes; the visual check passes when accepted). The API still judges what is submitted.

export interface PlanLine {
  name: string;
  kind: 'Critical' | 'General' | 'Visual' | string;
  nominal: number;
  lowerDeviation: number;
  upperDeviation: number;
}

/** What the inspector entered for one line: the measured text as typed, or accepted/rejected. */
export interface Entry {
  measured?: string;
  accepted?: boolean | null;
}

export type LineVerdict = 'pass' | 'fail' | 'pending' | 'invalid';

/** Parses a measurement as typed: "40.05", "40,05", " 40 " → number; anything else → null. */
export function parseMeasured(text: string | undefined): number | null {
  const t = (text ?? '').trim().replace(',', '.');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) && Math.abs(n) <= 100_000 ? n : null;
}

// Decimal sums in binary floating point (40.2 - 40 = 0.20000000000000284) would fail a value on its limit: compare
// in micrometres' thousandths, as exact integers.
const scale = (n: number) => Math.round(n * 1_000_000);

export function judgeLine(line: PlanLine, entry: Entry | undefined): LineVerdict {
  if (line.kind === 'Visual') {
    if (entry?.accepted === true) return 'pass';
    if (entry?.accepted === false) return 'fail';
    return 'pending';
  }
  if (!entry?.measured?.trim()) return 'pending';
  const measured = parseMeasured(entry.measured);
  if (measured === null) return 'invalid';
  const deviation = scale(measured) - scale(line.nominal);
  return deviation >= scale(line.lowerDeviation) && deviation <= scale(line.upperDeviation) ? 'pass' : 'fail';
}

export interface Preview {
  lines: LineVerdict[];
  /** 'pass' when every line passes, 'fail' when any fails, otherwise 'incomplete' (something missing or unreadable). */
  overall: 'pass' | 'fail' | 'incomplete';
  failed: string[];
}

export function preview(plan: PlanLine[], entries: Record<string, Entry>): Preview {
  const lines = plan.map((line) => judgeLine(line, entries[line.name]));
  const failed = plan.filter((_, i) => lines[i] === 'fail').map((l) => l.name);
  const overall = failed.length > 0 ? 'fail' : lines.every((l) => l === 'pass') ? 'pass' : 'incomplete';
  return { lines, overall, failed };
}

/** The request body: one measurement per line of the plan. */
export function measurements(plan: PlanLine[], entries: Record<string, Entry>) {
  return plan.map((line) => line.kind === 'Visual'
    ? { characteristic: line.name, measured: null, accepted: entries[line.name]?.accepted ?? null }
    : { characteristic: line.name, measured: parseMeasured(entries[line.name]?.measured), accepted: null });
}
