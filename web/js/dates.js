// Calendar days and instants: ISO 8601 days parsed and written as dd/mm/yyyy, days between two days, a
// day's quarter and year, instants in Thanh Hóa's time (UTC+7, no daylight saving). Pure (web/test/format.test.js).

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

// @function parseIsoDate(iso: string): {y, m, d} | null
// The calendar date of an ISO 8601 date or date-time (its first ten characters), or null when absent or malformed.
export function parseIsoDate(iso) {
  if (typeof iso !== 'string') {
    return null;
  }
  const m = ISO_DATE.exec(iso);
  if (!m) {
    return null;
  }
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
    return null;
  }
  return { y, m: mo, d };
}

function daysInMonth(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad2 = (n) => String(n).padStart(2, '0');

// @function formatDate(iso: string): string
// "2023-03-31" → "31/03/2023" (the Vietnamese dd/mm/yyyy, used in both languages). '' when absent or malformed.
export function formatDate(iso) {
  const p = parseIsoDate(iso);
  return p ? `${pad2(p.d)}/${pad2(p.m)}/${p.y}` : '';
}

// @function toIsoDate(y, m, d): string
export function toIsoDate(y, m, d) {
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

function dayNumber(p) {
  return Math.round(Date.UTC(p.y, p.m - 1, p.d) / 86400000);
}

// @function daysBetween(fromIso: string, toIso: string): number | null
// Whole calendar days from the first date to the second (negative when the second is earlier); null if either is absent.
export function daysBetween(fromIso, toIso) {
  const a = parseIsoDate(fromIso);
  const b = parseIsoDate(toIso);
  if (!a || !b) {
    return null;
  }
  return dayNumber(b) - dayNumber(a);
}

// @function quarterOf(iso: string): {start: string, end: string} | null
// The calendar quarter holding the date, as ISO first and last days.
export function quarterOf(iso) {
  const p = parseIsoDate(iso);
  if (!p) {
    return null;
  }
  const first = Math.floor((p.m - 1) / 3) * 3 + 1;
  const last = first + 2;
  return { start: toIsoDate(p.y, first, 1), end: toIsoDate(p.y, last, daysInMonth(p.y, last)) };
}

// @function yearOf(iso: string): {start: string, end: string} | null
export function yearOf(iso) {
  const p = parseIsoDate(iso);
  return p ? { start: toIsoDate(p.y, 1, 1), end: toIsoDate(p.y, 12, 31) } : null;
}

// @function formatDateTime(iso: string): string
// "2026-11-27T05:00:00Z" → "27/11/2026 12:00" in Thanh Hóa's time (UTC+7, no daylight saving). '' when malformed.
export function formatDateTime(iso) {
  const ms = typeof iso === 'string' ? Date.parse(iso) : NaN;
  if (Number.isNaN(ms)) {
    return '';
  }
  const local = new Date(ms + 7 * 3600000);
  return `${pad2(local.getUTCDate())}/${pad2(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} `
    + `${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}`;
}

// @function isIsoDay(text: string): boolean — a real calendar day written yyyy-mm-dd
export function isIsoDay(text) {
  return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) && parseIsoDate(text) !== null;
}

// @function onOrBefore(instant: string, day: string): boolean
// Whether an ISO instant falls on or before the end of a calendar day in Thanh Hóa's time (UTC+7): what
// the as-of view shows of reports and history rows.
export function onOrBefore(instant, day) {
  const ms = typeof instant === 'string' ? Date.parse(instant) : NaN;
  const d = parseIsoDate(day);
  if (Number.isNaN(ms) || !d) {
    return false;
  }
  return ms < Date.UTC(d.y, d.m - 1, d.d + 1) - 7 * 3600000;
}

// @function dayMs(iso): number — the UTC midnight of an ISO day, in ms (the timeline's x)
export function dayMs(iso) {
  const d = parseIsoDate(iso);
  return Date.UTC(d.y, d.m - 1, d.d);
}

// @function quarterTicks(minMs, maxMs): number[] — the first day of every quarter between the two (UTC ms)
export function quarterTicks(minMs, maxMs) {
  const ticks = [];
  const d = new Date(minMs);
  let y = d.getUTCFullYear();
  let q = Math.floor(d.getUTCMonth() / 3) + 1;
  for (;;) {
    if (q > 3) {
      q = 0;
      y += 1;
    }
    const ms = Date.UTC(y, q * 3, 1);
    if (ms > maxMs) {
      return ticks;
    }
    ticks.push(ms);
    q += 1;
  }
}

const QUARTERS = ['I', 'II', 'III', 'IV'];

// @function quarterLabel(ms): string — "I/2024" on a year's first day, "II", "III", "IV" on the others
export function quarterLabel(ms) {
  const d = new Date(ms);
  const q = Math.floor(d.getUTCMonth() / 3);
  return q === 0 ? `I/${d.getUTCFullYear()}` : QUARTERS[q];
}
