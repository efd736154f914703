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
export const WINDOWS = ['overdue', 'quarter', 'year', 'ongoing'];

// @function inWindow(task, window: string, todayIso: string): boolean
// Whether a task (fields due_date, ongoing, overdue as /tasks gives them) falls in a deadline window:
// 'overdue' (the server's judgement), 'quarter' / 'year' (due within today's calendar quarter / year),
// 'ongoing' (no fixed date: "in the course of the resolution"). An empty or unknown window matches everything.
export function inWindow(task, window, todayIso) {
  switch (window) {
    case 'overdue':
      return task.overdue === true;
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
// Lower case without Vietnamese diacritics ("Đại lộ Bắc Sông Mã" → "dai lo bac song ma"), spaces collapsed.
// For matching typed text on the client; the server's search does its own folding.
export function fold(text) {
  if (text === null || text === undefined) {
    return '';
  }
  return String(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
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
