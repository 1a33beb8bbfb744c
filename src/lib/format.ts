/** Dates are stored as host-local calendar dates (YYYY-MM-DD); format them in UTC so no time zone shifts the day. */
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** `2024-06-19` → `19 June 2024`. */
export function formatDate(iso: string): string {
  return dayMonthYear.format(asDate(iso));
}

/** `2024-06` → `Jun 2024` (for compact strips and axes). */
export function formatMonth(iso: string): string {
  return monthYear.format(asDate(iso));
}

/** A trip's span, without repeating what the two ends share: `18–19 June 2024`, `31 August – 3 September 2025`. */
export function formatDateRange(start: string, end: string): string {
  if (start === end) return formatDate(start);
  const [sy, sm] = start.split('-');
  const [ey, em] = end.split('-');
  if (sy !== ey) return `${formatDate(start)} – ${formatDate(end)}`;
  if (sm !== em) return `${dayMonth.format(asDate(start))} – ${formatDate(end)}`;
  return `${day.format(asDate(start))}–${formatDate(end)}`;
}

const integer = new Intl.NumberFormat('en-GB');
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

/** 1234 → `1,234`. */
export function formatCount(n: number): string {
  return integer.format(n);
}

/** 0.857 → `86%`. */
export function formatShare(share: number): string {
  return percent.format(share);
}

/** `1 trip`, `3 trips`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** The host name of a source URL, for a readable link label: `www.reuters.com` → `reuters.com`. */
export function sourceLabel(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
