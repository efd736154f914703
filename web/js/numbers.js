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
