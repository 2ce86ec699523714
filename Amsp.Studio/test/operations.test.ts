import { describe, expect, it } from 'vitest';
import { lastDays, periodOf, rowsOf, spanDays, totalsOf } from '../src/operations/period';
import type { Trends } from '../src/operations/api';

const day = (d: string, over: Partial<Trends['days'][number]> = {}): Trends['days'][number] => ({
  day: d, jobsCompleted: 0, jobsFailed: 0, ordersShipped: 0, shippedOnTime: 0, shippedLate: 0, printingHours: 0, utilisation: 0, ...over,
});

describe('the charts\' period', () => {
  const today = new Date('2026-03-02T23:30:00Z');

  it('counts back in UTC days across a month end, today included', () => {
    expect(lastDays(7, today)).toEqual({ from: '2026-02-24', to: '2026-03-02' });
    expect(lastDays(1, today)).toEqual({ from: '2026-03-02', to: '2026-03-02' });
    expect(spanDays(lastDays(90, today))).toBe(90);
  });

  it('reads the address and falls back to the last week on anything else', () => {
    expect(periodOf(new URLSearchParams('from=2026-01-01&to=2026-01-31'), today)).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(periodOf(new URLSearchParams('from=yesterday&to=2026-01-31'), today)).toEqual(lastDays(7, today));
    expect(periodOf(new URLSearchParams(''), today)).toEqual(lastDays(7, today));
  });

  it('says an upside-down period spans nothing', () => {
    expect(spanDays({ from: '2026-01-02', to: '2026-01-01' })).toBe(0);
    expect(spanDays({ from: '2024-02-28', to: '2024-03-01' })).toBe(3);
  });
});

describe('the figures of the charts', () => {
  const trends: Trends = {
    from: '2026-03-01', to: '2026-03-03', printers: 3,
    days: [
      day('2026-03-01', { jobsCompleted: 2, ordersShipped: 3, shippedOnTime: 2, shippedLate: 1, printingHours: 12.25, utilisation: 0.1701 }),
      day('2026-03-02', { jobsFailed: 1, ordersShipped: 1, printingHours: 6, utilisation: 0.0833 }),
      day('2026-03-03', { utilisation: 0 }),
    ],
  };

  it('turns utilisation into per cent per day', () => {
    expect(rowsOf(trends).map((r) => r.utilisation)).toEqual([17, 8.3, 0]);
  });

  it('rates on time over the shipments that had a due date, and averages utilisation over days gone by', () => {
    const totals = totalsOf(trends, new Date('2026-03-02T12:00:00Z'));
    expect(totals).toEqual({ completed: 2, failed: 1, shipped: 4, onTimeRate: 66.7, printingHours: 18.3, utilisation: 12.7 });
    expect(totalsOf({ ...trends, days: [day('2026-03-01', { ordersShipped: 1 })] }).onTimeRate).toBeNull();
  });
});
