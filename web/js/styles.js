// How each kind of feature is drawn, after the Vietnamese planning-drawing conventions
// (/work/shared/reference/symbology.md: TT 16/2025/TT-BXD colours as ACI numbers, plus their hatches),
// with the redundancy colour-blind readers need: every area kind has its own hatch, every line kind its
// own casing/core pattern, every point kind its lot-code label. Status (stalled, overdue, selected) is an
// overlay of charcoal-and-white badges and halos, never a land-use hue, never red or a dashed outline.

import { escapeHtml } from './text.js';

// Area kinds: fill = an SVG pattern (class colour + hatch), edge = outline colour.
// Line kinds: casing under a core, each with its own weight and dash.
// Point kinds: a rounded square in the class colour with the lot code used on planning drawings.
export const KINDS = {
  // context (drawn first, under everything)
  boundary: { shape: 'area', pattern: null, edge: '#1F1F1F', weight: 2.5, dash: '12 4 2 4', fill: false, strokeOnly: true },
  'expansion-area': { shape: 'area', pattern: 'expansion', edge: '#6B6B6B', weight: 1.5, dash: '8 4 2 4', fillOpacity: 1, strokeOnly: true },
  river: { shape: 'line', casing: '#0066CC', casingWeight: 9, core: '#A0FFFF', coreWeight: 5 },
  // land use
  'industrial-zone': { shape: 'area', pattern: 'industrial', edge: '#6600CC', weight: 2, fillOpacity: 0.85 },
  'urban-area': { shape: 'area', pattern: 'residential', edge: '#CC9900', weight: 2, fillOpacity: 0.8 },
  park: { shape: 'area', pattern: 'green', edge: '#3F7F00', weight: 2, fillOpacity: 0.85, code: 'CX', bg: '#66CC00', fg: '#102600' },
  centre: { shape: 'area', pattern: 'centre', edge: '#CC0000', weight: 2.5, fillOpacity: 1 },
  'stalled-project': { shape: 'area', pattern: 'stalled', edge: '#1F1F1F', weight: 1.5, fillOpacity: 1, glyph: 'stalled', bg: '#1F1F1F', fg: '#FFFFFF' },
  medical: { shape: 'area', pattern: 'health', edge: '#B3008F', weight: 2, fillOpacity: 0.85, code: 'YT', bg: '#FF00BF', fg: '#2B0020' },
  // lines
  road: { shape: 'line', casing: '#4A4A4A', casingWeight: 7, core: '#FFFFFF', coreWeight: 3 },
  bridge: { shape: 'line', casing: '#1F1F1F', casingWeight: 11, core: '#D9D9D9', coreWeight: 5 },
  'commercial-street': { shape: 'line', casing: '#8C2D19', casingWeight: 7, core: '#FAAAA0', coreWeight: 3.5, coreDash: '1 6', coreCap: 'round', coreWide: '#FFFFFF' },
  'medical-corridor': { shape: 'line', casing: '#B3008F', casingWeight: 6, core: '#FFE0F5', coreWeight: 3, coreDash: '10 6' },
  // points (facilities)
  cultural: { shape: 'point', code: 'VH', bg: '#CC667F', fg: '#1F1F1F' },
  sports: { shape: 'point', code: 'TT', bg: '#007A00', fg: '#FFFFFF' },
  memorial: { shape: 'point', code: 'DT', bg: '#7F0000', fg: '#FFFFFF' },
  tourism: { shape: 'point', code: 'DL', bg: '#9E1FA8', fg: '#FFFFFF' },
};

// Used for a kind this file does not know (a new kind in layers.json): neutral grey, still drawn.
const FALLBACK = { shape: 'area', pattern: 'other', edge: '#555555', weight: 2, fillOpacity: 0.6, code: '•', bg: '#555555', fg: '#FFFFFF',
  casing: '#555555', casingWeight: 6, core: '#DDDDDD', coreWeight: 3 };

// @function kindStyle(kind: string): object
export function kindStyle(kind) {
  return KINDS[kind] || FALLBACK;
}

// SVG patterns: a class colour as background plus the hatch of its TT 16/2025 symbol (or, for the
// programme's own classes, a mark no land class uses). 12 px tiles (16 for centres), in user space so adjacent areas line up.
const PATTERNS = {
  industrial: { bg: '#C9A6EF', body: '<path d="M-3,3 l6,-6 M0,12 l12,-12 M9,15 l6,-6" stroke="#6600CC" stroke-width="2"/>' },
  residential: { bg: '#FFDF7F', body: '<path d="M3,0 v12 M9,0 v12" stroke="#CC9900" stroke-width="1.4"/>' },
  green: { bg: '#B3E680', body: '<circle cx="3" cy="3" r="1.6" fill="#2E6600"/><circle cx="9" cy="9" r="1.6" fill="#2E6600"/>' },
  // centres are zones of the general plan drawn over land use: a light tint and sparse rings, so the
  // hatches of the areas under them stay readable
  centre: { bg: 'rgba(204,0,0,0.12)', size: 16, body: '<circle cx="8" cy="8" r="3" fill="none" stroke="#CC0000" stroke-width="1.3"/>' },
  health: { bg: '#FFB3EC', body: '<path d="M6,2.5 v7 M2.5,6 h7" stroke="#B3008F" stroke-width="1.6"/>' },
  stalled: { bg: 'rgba(255,255,255,0.6)', body: '<path d="M3,3 l4,4 M7,3 l-4,4" stroke="#1F1F1F" stroke-width="1.2"/>' },
  expansion: { bg: 'rgba(230,226,214,0.45)', body: '' },
  other: { bg: '#DDDDDD', body: '<circle cx="6" cy="6" r="1" fill="#555"/>' },
};

export const patternId = (name) => `pm-pat-${name}`;

// @function patternDefs(): string
// The <defs> markup of every pattern, for one hidden <svg> in the page that both the map and the legend reference.
export function patternDefs() {
  const parts = Object.entries(PATTERNS).map(([name, p]) => {
    const n = p.size || 12;
    return `<pattern id="${patternId(name)}" patternUnits="userSpaceOnUse" width="${n}" height="${n}">`
      + `<rect width="${n}" height="${n}" fill="${p.bg}"/>${p.body}</pattern>`;
  });
  return `<defs>${parts.join('')}</defs>`;
}

// @function shapeOf(geometryType: string): 'point'|'line'|'area'
export function shapeOf(geometryType) {
  if (/Point/.test(geometryType)) {
    return 'point';
  }
  return /LineString/.test(geometryType) ? 'line' : 'area';
}

// @function areaStyle(kind: string): Leaflet path options for an area of that kind
// (a point kind drawn as an area gets its class colour, half transparent).
export function areaStyle(kind) {
  const k = kindStyle(kind);
  const edge = k.edge || k.bg || k.casing;
  return {
    color: edge,
    weight: k.weight || 2,
    opacity: 1,
    dashArray: k.dash || null,
    fill: k.fill !== false,
    fillColor: k.pattern ? `url(#${patternId(k.pattern)})` : (k.bg || edge),
    fillOpacity: k.pattern ? (k.fillOpacity ?? 0.8) : 0.45,
  };
}

// @function lineStyles(kind: string): [casing options, core options] for a line of that kind
// (an area or point kind drawn as a line gets its class colour as casing and a white core).
export function lineStyles(kind) {
  const k = kindStyle(kind);
  const casing = { color: k.casing || k.edge || k.bg, weight: k.casingWeight || 6, opacity: 1, lineCap: 'round',
    lineJoin: 'round' };
  const core = { color: k.core || '#FFFFFF', weight: k.coreWeight || 2.5, opacity: 1, lineCap: k.coreCap || 'butt',
    lineJoin: 'round', dashArray: k.coreDash || null };
  return [casing, core];
}

// @function pointHtml(kind: string): string — the marker's inner HTML (lot code on the class colour)
export function pointHtml(kind) {
  const k = kindStyle(kind);
  const bg = k.bg || k.edge || k.casing || '#555555';
  const fg = k.fg || '#FFFFFF';
  const mark = k.glyph === 'stalled' ? GLYPH_STALLED : escapeHtml(k.code || '•');
  return `<span class="pm-point" style="background:${bg};color:${fg}">${mark}</span>`;
}

// The status badges: charcoal rounded squares with a white glyph (symbology.md §6).
const GLYPH_OVERDUE = '<svg viewBox="0 0 16 16" aria-hidden="true" width="14" height="14"><circle cx="8" cy="8" r="6" fill="none" stroke="#fff" stroke-width="1.8"/><path d="M8 4.5V8l2.6 1.8" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/></svg>';
const GLYPH_STALLED = '<svg viewBox="0 0 16 16" aria-hidden="true" width="14" height="14"><rect x="4" y="3.5" width="2.6" height="9" fill="#fff"/><rect x="9.4" y="3.5" width="2.6" height="9" fill="#fff"/></svg>';

// @function badgeHtml(status: 'overdue'|'stalled', years?: number, title?: string): string
export function badgeHtml(status, years = 0, title = '') {
  const glyph = status === 'stalled' ? GLYPH_STALLED : GLYPH_OVERDUE;
  const num = status === 'overdue' && years > 0 ? `<b>${escapeHtml(years)}</b>` : '';
  return `<span class="pm-badge pm-badge-${status}" title="${escapeHtml(title)}">${glyph}${num}</span>`;
}

// @function swatch(kind: string, shape?: 'point'|'line'|'area'): string
// A 28×18 SVG legend swatch drawn like the map draws the kind in that shape (default: the kind's usual one).
export function swatch(kind, shape) {
  const k = kindStyle(kind);
  const as = shape || k.shape;
  if (as === 'point') {
    return `<span class="pm-swatch-point">${pointHtml(kind)}</span>`;
  }
  if (as === 'line') {
    const [casing, core] = lineStyles(kind);
    const dash = core.dashArray ? ` stroke-dasharray="${core.dashArray}"` : '';
    return `<svg class="pm-swatch" width="28" height="18" viewBox="0 0 28 18" aria-hidden="true">`
      + `<path d="M2,13 C9,13 13,5 26,5" fill="none" stroke="${casing.color}" stroke-width="${Math.min(casing.weight, 10)}" stroke-linecap="round"/>`
      + `<path d="M2,13 C9,13 13,5 26,5" fill="none" stroke="${core.color}" stroke-width="${Math.min(core.weight, 5)}" stroke-linecap="${core.lineCap}"${dash}/>`
      + '</svg>';
  }
  const a = areaStyle(kind);
  const fill = a.fill ? a.fillColor : 'none';
  const opacity = a.fill ? ` fill-opacity="${a.fillOpacity}"` : '';
  const dash = k.dash ? ` stroke-dasharray="${k.dash.split(' ').map((n) => n / 2).join(' ')}"` : '';
  return `<svg class="pm-swatch" width="28" height="18" viewBox="0 0 28 18" aria-hidden="true">`
    + `<rect x="1.5" y="1.5" width="25" height="15" rx="1" fill="${fill}"${opacity} stroke="${a.color}" stroke-width="${Math.min(a.weight, 2)}"${dash}/>`
    + '</svg>';
}

// @function haloSwatch(): string — the legend's "selected" sample: 3 px white inside 1.5 px black
export function haloSwatch() {
  return '<svg class="pm-swatch" width="28" height="18" viewBox="0 0 28 18" aria-hidden="true">'
    + '<rect x="4" y="4" width="20" height="10" fill="none" stroke="#1F1F1F" stroke-width="7"/>'
    + '<rect x="4" y="4" width="20" height="10" fill="none" stroke="#FFFFFF" stroke-width="4"/>'
    + '<rect x="4" y="4" width="20" height="10" fill="#FFDF7F" stroke="#CC9900" stroke-width="1.5"/></svg>';
}

// @function dimSwatch(): string — the legend's "does not match the filter" sample
export function dimSwatch() {
  return '<svg class="pm-swatch" width="28" height="18" viewBox="0 0 28 18" aria-hidden="true">'
    + '<rect x="1.5" y="1.5" width="25" height="15" fill="#FFDF7F" stroke="#CC9900" stroke-width="1.5" opacity="0.25"/></svg>';
}
