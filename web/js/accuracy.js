// How certain a place is, as the map and the panel show it. Every feature carries accuracy_class (surveyed,
// from_plan, inferred, schematic, not_located), accuracy_m (radius of the stated uncertainty, metres), the
// sentence (accuracy in English, accuracy_vi in Vietnamese) and its public sources (accuracy_source in
// Vietnamese, accuracy_source_en in English).

import { lang } from './i18n.js';
import { accuracyClassIds } from './terms.js';

// @function classOf(props: object): string — the feature's class; an unknown one is treated as not located.
export function classOf(props) {
  return accuracyClassIds().includes(props && props.accuracy_class) ? props.accuracy_class : 'not_located';
}

// @function metresText(m: number): string — metres in the page's language: 1.500 (vi), 1,500 (en).
export function metresText(m) {
  return new Intl.NumberFormat(lang() === 'en' ? 'en' : 'vi', { maximumFractionDigits: 2 }).format(m);
}

// @function sentence(props): string — the accuracy sentence in the page's language, '' when there is none in it
// (the Vietnamese page shows no English).
export function sentence(props) {
  return lang() === 'en' ? props.accuracy || '' : props.accuracy_vi || '';
}

// @function sources(props): string — the public sources in the page's language ('' when none in it).
export function sources(props) {
  return lang() === 'en' ? props.accuracy_source_en || '' : props.accuracy_source || '';
}

// How each class is drawn, so that no guess looks surveyed:
//   surveyed, from_plan — a crisp, solid edge (the kind's own style);
//   inferred            — a dashed edge (areas) or core (lines), a dashed ring of the stated radius round a point;
//   schematic, not_located — no crisp edge: areas filled without an outline under a wide, blurred band; lines
//                         as a blurred band; points with a soft disc of the stated radius (not_located: symbol only).
export const LOOKS = {
  surveyed: { edge: 'solid' },
  from_plan: { edge: 'solid' },
  inferred: { edge: 'dashed', dash: '7 5', halo: { stroke: true, weight: 1.2, dashArray: '4 4', color: '#4A4A4A', opacity: 0.7, fill: true, fillColor: '#4A4A4A', fillOpacity: 0.05 } },
  schematic: { edge: 'soft', halo: { stroke: false, fill: true, fillColor: '#4A4A4A', fillOpacity: 0.1 } },
  not_located: { edge: 'soft', halo: { stroke: false, fill: true, fillColor: '#4A4A4A', fillOpacity: 0.06 } },
};

// @function softEdge(color: string, weight: number): Leaflet path options of the blurred band drawn instead of an edge
export function softEdge(color, weight) {
  return { color, weight: weight + 9, opacity: 0.35, fill: false, lineCap: 'round', lineJoin: 'round',
    className: 'pm-acc-soft', interactive: false };
}

// @function uncertaintyBounds(bounds: L.LatLngBounds, metres: number): L.LatLngBounds
// The bounds grown by the stated uncertainty on every side, so that the whole uncertainty circle fits.
export function uncertaintyBounds(bounds, metres) {
  const m = Number(metres) || 0;
  const dLat = m / 111320;
  const dLng = m / (111320 * Math.cos((bounds.getCenter().lat * Math.PI) / 180));
  const sw = bounds.getSouthWest();
  const ne = bounds.getNorthEast();
  return L.latLngBounds([sw.lat - dLat, sw.lng - dLng], [ne.lat + dLat, ne.lng + dLng]);
}

// @function legendSwatch(cls: string): string — the SVG sample of how a class's edge is drawn (constant markup)
export function legendSwatch(cls) {
  const look = LOOKS[cls];
  if (look.edge === 'soft') {
    return '<svg width="28" height="18" viewBox="0 0 28 18" aria-hidden="true"><rect x="5" y="4" width="18" height="10" fill="#bbb"'
      + ' stroke="#4A4A4A" stroke-opacity="0.35" stroke-width="6" class="pm-acc-soft"/><rect x="5" y="4" width="18" height="10" fill="#ccc"/></svg>';
  }
  const dash = look.dash ? ` stroke-dasharray="${look.dash}"` : '';
  return `<svg width="28" height="18" viewBox="0 0 28 18" aria-hidden="true"><rect x="3" y="3" width="22" height="12" fill="#ddd" stroke="#1F1F1F" stroke-width="2"${dash}/></svg>`;
}
