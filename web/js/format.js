// Pure formatting helpers: HTML escaping, dates as dd/mm/yyyy, days remaining, diacritic folding and
// deadline windows. No DOM, no fetch, no globals: unit-tested by web/test/format.test.js (node --test).

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

// @function escapeHtml(value: any): string
// The value as text that is safe inside HTML element content and quoted attribute values.
// null and undefined become the empty string.
export function escapeHtml(value) {
  if (value === null || value === undefined) {
    return '';
  }
  return String(value).replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c]);
}

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

// @function formatNumber(n: number, lang: 'vi'|'en'): string
// Thousands grouped the way each language writes them: 1.338 (vi), 1,338 (en).
export function formatNumber(n, lang) {
  const sep = lang === 'en' ? ',' : '.';
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

// @function daysLeftText(daysLeft: number|null, lang: 'vi'|'en', ongoing?: boolean): string
// What a planner reads next to a deadline: "Còn 12 ngày", "Đến hạn hôm nay", "Quá hạn 1.338 ngày",
// "Thường xuyên" (ongoing, no date); English likewise. '' when there is neither a date nor an ongoing mark.
export function daysLeftText(daysLeft, lang, ongoing = false) {
  const en = lang === 'en';
  if (daysLeft === null || daysLeft === undefined || Number.isNaN(daysLeft)) {
    if (ongoing) {
      return en ? 'Ongoing (no fixed date)' : 'Thường xuyên (không có hạn cụ thể)';
    }
    return '';
  }
  const n = formatNumber(Math.abs(daysLeft), lang);
  if (daysLeft === 0) {
    return en ? 'Due today' : 'Đến hạn hôm nay';
  }
  if (daysLeft > 0) {
    if (en) {
      return daysLeft === 1 ? '1 day left' : `${n} days left`;
    }
    return `Còn ${n} ngày`;
  }
  if (en) {
    return daysLeft === -1 ? '1 day overdue' : `${n} days overdue`;
  }
  return `Quá hạn ${n} ngày`;
}

// @function yearsOverdue(daysLeft: number|null): number
// @function timelinessDaysText(task: {timeliness, days_late, days_overdue}, lang): string
// The days a task is late or overdue in words: "Trễ hạn 487 ngày" / "487 days late", "Quá hạn 1.337 ngày" /
// "1,337 days overdue"; '' for any other timeliness (see daysLeftText for the days left).
export function timelinessDaysText(task, lang) {
  const en = lang === 'en';
  const late = task.timeliness === 'late';
  const days = late ? task.days_late : task.timeliness === 'overdue' ? task.days_overdue : null;
  if (typeof days !== 'number') {
    return '';
  }
  const n = formatNumber(days, lang);
  if (en) {
    return `${days === 1 ? '1 day' : `${n} days`} ${late ? 'late' : 'overdue'}`;
  }
  return `${late ? 'Trễ hạn' : 'Quá hạn'} ${n} ngày`;
}

// Whole years past the deadline (0 when not overdue or less than a year), for the overdue badge.
export function yearsOverdue(daysLeft) {
  if (typeof daysLeft !== 'number' || daysLeft >= 0) {
    return 0;
  }
  return Math.floor(-daysLeft / 365);
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

// The deadline windows the tasks view filters by.
export const WINDOWS = ['overdue', 'late', 'due_soon', 'quarter', 'year', 'ongoing'];

// @function inWindow(task, window: string, todayIso: string): boolean
// Whether a task (fields due_date, ongoing, timeliness as /tasks gives them) falls in a deadline window:
// 'overdue', 'late', 'due_soon' (the server's timeliness), 'quarter' / 'year' (due within today's calendar
// quarter / year),
// 'ongoing' (no fixed date: "in the course of the resolution"). An empty or unknown window matches everything.
export function inWindow(task, window, todayIso) {
  switch (window) {
    case 'overdue':
    case 'late':
    case 'due_soon':
      return task.timeliness === window;
    case 'ongoing':
      return task.ongoing === true;
    case 'quarter':
    case 'year': {
      const range = window === 'quarter' ? quarterOf(todayIso) : yearOf(todayIso);
      const due = parseIsoDate(task.due_date) ? task.due_date.slice(0, 10) : null;
      return Boolean(range && due && due >= range.start && due <= range.end);
    }
    default:
      return true;
  }
}

// @function fold(text: string): string
// Lower case without Vietnamese diacritics ("Đại lộ Bắc Sông Mã" → "dai lo bac song ma"), every run of
// characters that are neither letters nor digits one space ("Bắc-Sông" → "bac song"): the server's folding
// (SearchText.fold), checked against the same cases (web/test/fold-cases.json).
export function fold(text) {
  if (text === null || text === undefined) {
    return '';
  }
  return String(text)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// @function truncate(text: string, max: number): string
// The text cut at a word boundary to at most max characters, with an ellipsis when cut.
export function truncate(text, max) {
  const s = text === null || text === undefined ? '' : String(text);
  if (s.length <= max) {
    return s;
  }
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;.:–-]+$/, '') + '…';
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

// @function fileSizeText(bytes: number, lang: 'vi'|'en'): string — "850 B", "340 KB", "1,2 MB" (vi) / "1.2 MB" (en)
export function fileSizeText(bytes, lang) {
  if (typeof bytes !== 'number' || bytes < 0) {
    return '';
  }
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  if (bytes < 1024 * 1024) {
    return `${Math.round(bytes / 1024)} KB`;
  }
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return `${lang === 'en' ? mb : mb.replace('.', ',')} MB`;
}

// The files a report may carry (the server checks them again, by content).
export const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

// @function attachmentProblem(file: {type, size}): null | 'type' | 'size' | 'empty'
export function attachmentProblem(file) {
  if (!ATTACHMENT_TYPES.includes(file.type)) {
    return 'type';
  }
  if (file.size > ATTACHMENT_MAX_BYTES) {
    return 'size';
  }
  return file.size === 0 ? 'empty' : null;
}

// Bookkeeping fields of a history row's states, never worth a reader's attention.
const SILENT_FIELDS = ['version', 'updated_at', 'updated_by', 'search_text'];

function stable(value) {
  if (Array.isArray(value)) {
    return `[${value.map(stable).join(',')}]`;
  }
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stable(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

// @function changedFields(before: object|null, after: object|null): string[]
// The fields whose values differ between two states of a history row, in a stable order; the stored
// geometry ("geom" or "geometry") is named "geometry". A report row (before {status}, after a report)
// gives ["status"] when the status changed.
export function changedFields(before, after) {
  const a = before && typeof before === 'object' ? before : {};
  const b = after && typeof after === 'object' ? after : {};
  if (!before) {
    return Object.keys(b).filter((k) => !SILENT_FIELDS.includes(k)).map((k) => (k === 'geom' ? 'geometry' : k)).sort();
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const out = new Set();
  for (const k of keys) {
    if (SILENT_FIELDS.includes(k) || !(k in a) || !(k in b)) {
      continue;
    }
    if (stable(a[k]) !== stable(b[k])) {
      out.add(k === 'geom' ? 'geometry' : k);
    }
  }
  return [...out].sort();
}

// @function parseState(value): object|null — a history row's before/after, given as JSON text or an object
export function parseState(value) {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  if (typeof value === 'object') {
    return value;
  }
  try {
    const parsed = JSON.parse(value);
    return parsed && typeof parsed === 'object' ? parsed : { value: parsed };
  } catch (e) {
    return { value };
  }
}

// @function splitCodes(text: string): string[] — "VI.2, iv.10  VI.2" → ["VI.2", "IV.10"] (upper case, unique)
export function splitCodes(text) {
  const out = [];
  for (const part of String(text || '').split(/[\s,;]+/)) {
    const code = part.trim().toUpperCase();
    if (code && !out.includes(code)) {
      out.push(code);
    }
  }
  return out;
}

// @function isIsoDay(text: string): boolean — a real calendar day written yyyy-mm-dd
export function isIsoDay(text) {
  return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) && parseIsoDate(text) !== null;
}

// @function historyParts(entry: {action, before, after}): {geometry: boolean, fields: string[], status: {from, to}|null, filename: string|null}
// What a history row changed, for a one-line summary: whether the geometry was redrawn, the other fields
// changed, a report's status change and an attachment's file name.
export function historyParts(entry) {
  const before = parseState(entry.before);
  const after = parseState(entry.after);
  const out = { geometry: false, fields: [], status: null, filename: null };
  if (entry.action === 'report' || entry.action.startsWith('report ')) {
    // a report (before: the task's status; after: the report) or a review (before/after: the task's status)
    const from = before && before.status;
    const to = after && after.status;
    out.status = { from: from || null, to: to || null };
    return out;
  }
  if (entry.action === 'attachment') {
    out.filename = (after && after.filename) || null;
    return out;
  }
  const fields = changedFields(before, after);
  out.geometry = fields.includes('geometry');
  out.fields = fields.filter((f) => f !== 'geometry');
  return out;
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
