// Text: HTML escaping (for the string builders that remain: print sheets, Leaflet's tooltips), Vietnamese
// diacritic folding, cutting at a word, task codes in typed text. Pure (web/test/format.test.js).

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
