// Dates, money and measurements as the person reading them expects: the browser's locale, the amount's own currency.
// Every page formats through here, so that one order shows one style throughout.

type Locale = string | undefined;

/** A moment as a date and time in the reader's locale and time zone; "—" when there is none. */
export function dateTime(iso: string | null | undefined, locale?: Locale): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A moment's date alone. */
export function date(iso: string | null | undefined, locale?: Locale): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
}

/** A calendar date ("2026-06-30", no time zone) as written in the reader's locale, the same day everywhere. */
export function calendarDate(day: string | null | undefined, locale?: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  if (!m) return day || '—';
  const at = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
}

/** An amount in its ISO 4217 currency, with that currency's minor digits (2 for EUR, 0 for JPY). */
export function money(amount: number | string, currency: string, locale?: Locale): string {
  const value = typeof amount === 'string' ? Number(amount) : amount;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
  } catch {
    // An unknown code still shows the amount and what it is in.
    return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)} ${currency}`;
  }
}

/** A number as the reader writes it, with at most `digits` decimals. */
export function number(value: number | string | null | undefined, digits = 3, locale?: Locale): string {
  if (value === null || value === undefined || value === '') return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(Number(value));
}

/** A length in millimetres. */
export function mm(value: number | string | null | undefined, locale?: Locale): string {
  return value === null || value === undefined ? '—' : `${number(value, 3, locale)} mm`;
}

/** A deviation with its sign: "+0.2", "−0.2", "0". */
export function signed(value: number | string | null | undefined, locale?: Locale): string {
  if (value === null || value === undefined) return '—';
  const n = Number(value);
  const text = number(Math.abs(n), 3, locale);
  return n > 0 ? `+${text}` : n < 0 ? `−${text}` : text;
}

/** How many days: "1 day", "12 days". */
export function days(value: number | string): string {
  const count = Number(value);
  return count === 1 ? '1 day' : `${count} days`;
}

/** A count with its noun: "1 print job", "3 print jobs" (nouns whose plural adds an s). */
export function count(n: number, noun: string, locale?: Locale): string {
  return `${number(n, 0, locale)} ${noun}${n === 1 ? '' : 's'}`;
}

/** A byte count as KB/MB. */
export function bytes(count: number, locale?: Locale): string {
  if (count < 1024) return `${count} B`;
  if (count < 1024 * 1024) return `${number(count / 1024, 1, locale)} KB`;
  return `${number(count / (1024 * 1024), 1, locale)} MB`;
}
