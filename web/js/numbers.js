// Numbers as each language writes them: 1.338 (vi) / 1,338 (en), and file sizes. Pure (web/test/format.test.js).

// @function formatNumber(n: number, lang: 'vi'|'en'): string
// Thousands grouped the way each language writes them: 1.338 (vi), 1,338 (en).
export function formatNumber(n, lang) {
  const sep = lang === 'en' ? ',' : '.';
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
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

// @function parseNumber(text: string): number|null — "98,5" or "98.5" → 98.5; null when not a number
export function parseNumber(text) {
  const s = String(text ?? '').trim().replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

// @function formatDecimal(n: number, decimals: number, lang: 'vi'|'en'): string
// 2190328.71 → "2.190.328,71" (vi) or "2,190,328.71" (en); the sign kept.
export function formatDecimal(n, decimals, language) {
  const [whole, fraction] = Math.abs(n).toFixed(decimals).split('.');
  const group = language === 'en' ? ',' : '.';
  const point = language === 'en' ? '.' : ',';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${n < 0 ? '-' : ''}${grouped}${fraction ? point + fraction : ''}`;
}

// @function fixed(n: number, digits: number, lang: 'vi'|'en'): string — n with that many decimals, a decimal
// comma in Vietnamese, no grouping (pixels, metres of a fit)
export function fixed(n, digits, language) {
  const s = Number(n).toFixed(digits);
  return language === 'en' ? s : s.replace('.', ',');
}

// @function metres(n: number, lang: 'vi'|'en'): string — two decimals, a decimal comma in Vietnamese
export function metres(n, language) {
  return fixed(n, 2, language);
}
