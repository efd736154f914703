// How one feature is drawn on the Leaflet map (map.js places the results in panes and layer groups): its
// shape by kind (styles.js) and by accuracy class (accuracy.js: crisp, dashed or soft edges, the uncertainty
// ring), its status badges, its selection and hover halos and state classes; and the basemap's tiles. Leaflet
// is the page's global L.

import { areaStyle, lineStyles, pointHtml, badgeHtml, shapeOf } from './styles.js';
import { yearsOverdue } from './deadlines.js';
import { classOf, LOOKS, softEdge } from './accuracy.js';

const L = globalThis.L;

// @function featureLayers(feature, pane): {parts, uncertainty, shape, accuracy} — the Leaflet layers a
// feature is drawn with in its pane: parts (clickable, its bounds) and uncertainty (the band or ring of its
// stated accuracy, drawn with it but never clicked), its shape and its accuracy class
export function featureLayers(feature, pane) {
  const kind = feature.properties.kind;
  const shape = shapeOf(feature.geometry.type);
  const cls = classOf(feature.properties);
  const look = LOOKS[cls];
  const accClass = `pm-acc-${cls}`;
  const common = { pane, bubblingMouseEvents: false, interactive: true };
  const parts = [];
  const uncertainty = []; // drawn with the feature, not part of its bounds or clicks
  if (shape === 'point') {
    const icon = L.divIcon({ className: `pm-marker ${accClass}`, html: pointHtml(kind), iconSize: [26, 26], iconAnchor: [13, 13] });
    const name = feature.properties.name;
    L.geoJSON(feature, {
      pointToLayer: (f, latlng) => {
        if (look.halo && feature.properties.accuracy_m) {
          uncertainty.push(L.circle(latlng, { ...look.halo, radius: Number(feature.properties.accuracy_m), pane,
            interactive: false, className: `pm-acc-halo ${accClass}` }));
        }
        return L.marker(latlng, { icon, pane, title: name, alt: name, keyboard: true, riseOnHover: true });
      },
    }).eachLayer((l) => parts.push(l));
  } else if (shape === 'line') {
    const [casing, core] = lineStyles(kind);
    if (look.edge === 'soft') {
      uncertainty.push(L.GeoJSON.geometryToLayer(feature, { ...softEdge(casing.color, casing.weight), pane }));
      parts.push(L.GeoJSON.geometryToLayer(feature, { ...core, ...common, opacity: 0.85, className: accClass }));
    } else {
      parts.push(L.GeoJSON.geometryToLayer(feature, { ...casing, ...common, className: accClass }));
      parts.push(L.GeoJSON.geometryToLayer(feature, { ...core, ...common, className: accClass,
        dashArray: look.dash || core.dashArray }));
    }
  } else {
    const style = areaStyle(kind);
    const strokeOnly = ['boundary', 'expansion-area'].includes(kind);
    const className = `${strokeOnly ? 'pm-stroke-only ' : ''}${accClass}`;
    if (look.edge === 'soft') {
      uncertainty.push(L.GeoJSON.geometryToLayer(feature, { ...softEdge(style.color, style.weight), pane }));
      parts.push(L.GeoJSON.geometryToLayer(feature, { ...style, ...common, className, stroke: strokeOnly,
        opacity: strokeOnly ? 0.35 : style.opacity }));
    } else {
      parts.push(L.GeoJSON.geometryToLayer(feature, { ...style, ...common, className,
        dashArray: look.dash || style.dashArray }));
    }
  }
  return { parts, uncertainty, shape, accuracy: cls };
}

// @function badgeIcon(shape: 'point'|'line'|'area', status: {stalled, overdueDays, title}): L.DivIcon — the
// feature's status badges (stalled, overdue with its years), beside a point or centred on a line or an area
export function badgeIcon(shape, status) {
  const html = [];
  if (status.stalled) {
    html.push(badgeHtml('stalled', 0, status.title));
  }
  if (status.overdueDays !== null) {
    html.push(badgeHtml('overdue', yearsOverdue(status.overdueDays), status.title));
  }
  const anchor = shape === 'point' ? [-8, 30] : [html.length * 13, 13];
  return L.divIcon({ className: 'pm-badge-marker', html: `<span class="pm-badges">${html.join('')}</span>`,
    iconSize: null, iconAnchor: anchor });
}

// @function halo(entry: {feature, shape}, light: boolean): L.FeatureGroup — the halo of symbology.md §6: 3 px
// white inside 1.5 px black around the feature, with the feature redrawn on top so it stays readable over its
// neighbours; light: the hover's lighter charcoal halo. Points show selection and hover by CSS instead.
export function halo(entry, light) {
  const opts = { pane: 'pm-halo', interactive: false };
  const parts = [];
  if (entry.shape === 'point') {
    return L.featureGroup(parts); // points show selection and hover by CSS on the marker itself
  }
  const kind = entry.feature.properties.kind;
  const base = entry.shape === 'line' ? lineStyles(kind)[0].weight : areaStyle(kind).weight;
  const outline = { ...opts, fill: false, lineCap: 'round', lineJoin: 'round' };
  // lines are already cased, so their halo is wider to read as a selection and not as another road
  const wide = entry.shape === 'line' ? 5 : 0;
  parts.push(L.GeoJSON.geometryToLayer(entry.feature, { ...outline, color: '#1F1F1F',
    weight: base + (light ? 5 : 8) + wide, opacity: light ? 0.55 : 1 }));
  parts.push(L.GeoJSON.geometryToLayer(entry.feature, { ...outline, color: '#FFFFFF',
    weight: base + (light ? 2 : 4.5) + wide }));
  if (entry.shape === 'line') {
    const [casing, core] = lineStyles(kind);
    parts.push(L.GeoJSON.geometryToLayer(entry.feature, { ...casing, ...opts }));
    parts.push(L.GeoJSON.geometryToLayer(entry.feature, { ...core, ...opts }));
  } else {
    parts.push(L.GeoJSON.geometryToLayer(entry.feature, { ...areaStyle(kind), ...opts, fill: false }));
  }
  return L.featureGroup(parts);
}

// @function decorate(entry, dim: boolean, selected: boolean): puts the feature's data attributes (feature,
// layer, accuracy) and state classes (pm-dimmed, pm-selected) on its elements, its badge and its uncertainty
export function decorate(entry, dim, selected) {
  const elements = entry.parts.map((p) => p.getElement && p.getElement()).filter(Boolean);
  if (entry.badge && entry.badge.getElement()) {
    const b = entry.badge.getElement();
    b.classList.toggle('pm-dimmed', dim);
    b.dataset.feature = entry.id;
    b.dataset.badgeFor = entry.layer;
  }
  entry.uncertainty.eachLayer((l) => {
    const el = l.getElement && l.getElement();
    if (el) {
      el.dataset.uncertaintyOf = entry.id;
      el.classList.toggle('pm-dimmed', dim);
    }
  });
  for (const el of elements) {
    el.dataset.feature = entry.id;
    el.dataset.layer = entry.layer;
    el.dataset.accuracy = entry.accuracy;
    el.classList.toggle('pm-dimmed', dim);
    el.classList.toggle('pm-selected', selected);
  }
}

// @function basemapLayer(tileUrl, attribution, onStatus: ('ok'|'error') → void): L.TileLayer — the basemap's
// tiles, saying 'error' on the first tile that fails and 'ok' once one loads (then nothing more)
export function basemapLayer(tileUrl, attribution, onStatus) {
  let state = null;
  const tiles = L.tileLayer(tileUrl, { attribution, maxZoom: 19, crossOrigin: false });
  tiles.on('tileerror', () => {
    if (state !== 'ok') {
      state = 'error';
      onStatus('error');
    }
  });
  tiles.on('tileload', () => {
    if (state !== 'ok') {
      state = 'ok';
      onStatus('ok');
    }
  });
  return tiles;
}
