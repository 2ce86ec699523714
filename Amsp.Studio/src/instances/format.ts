// Times and durations as a person reads them.

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export function when(iso: string | null | undefined): string {
  return iso ? dateTime.format(new Date(iso)) : '—';
}

/** .NET TimeSpan text ("d.hh:mm:ss.fffffff" or "hh:mm:ss") in milliseconds. */
export function timeSpanMs(text: string | null | undefined): number {
  const m = /^(-)?(?:(\d+)\.)?(\d+):(\d+):(\d+)(?:\.(\d+))?$/.exec(text ?? '');
  if (!m) return 0;
  const [, minus, d, h, min, s, frac] = m;
  const ms = ((Number(d ?? 0) * 24 + Number(h)) * 60 + Number(min)) * 60_000 + Number(s) * 1000 + Number(`0.${frac ?? '0'}`) * 1000;
  return minus ? -ms : ms;
}

export function duration(ms: number): string {
  if (ms < 1) return `${Math.round(ms * 1000)} µs`;
  if (ms < 1000) return `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(s < 10 ? 2 : 1)} s`;
  const min = Math.floor(s / 60);
  if (min < 60) return `${min} min ${Math.round(s % 60)} s`;
  const h = Math.floor(min / 60);
  if (h < 48) return `${h} h ${min % 60} min`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}

export function since(startIso: string, iso: string): string {
  const ms = new Date(iso).getTime() - new Date(startIso).getTime();
  return `+${duration(Math.max(ms, 0))}`;
}
