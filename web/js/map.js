// The Leaflet map: basemap (with its failure note), one pane per layer in catalog order, each feature
// drawn by kind (styles.js), status badges, hover and selection halos, dimming of features that do
// not match the tasks filter. Leaflet 1.9.4 is loaded by index.html from /vendor/leaflet (global L).

import { areaStyle, lineStyles, pointHtml, badgeHtml, shapeOf } from './styles.js';
import { escapeHtml } from './text.js';
import { yearsOverdue } from './deadlines.js';
import { classOf, LOOKS, softEdge, uncertaintyBounds } from './accuracy.js';

const L = globalThis.L; // undefined under node --test, which only imports the pure labelPoint

// The frame of everything the programme names (geodata/README: lon 105.62–105.90, lat 19.70–19.92).
export const DEFAULT_BOUNDS = [[19.70, 105.62], [19.92, 105.90]];

export class PlanMap {
  // @param el         the #map element
  // @param callbacks  onSelect(featureId), onBackground(), onMove(view), onBasemap('ok'|'error'|'none'),
  //                   nameOf(feature) → the name to show on hover, in the page's language
  constructor(el, callbacks) {
    this.callbacks = callbacks;
    this.map = L.map(el, { zoomControl: true, minZoom: 9, maxZoom: 19, zoomSnap: 0.5, attributionControl: true });
    this.map.attributionControl.setPrefix('<a href="https://leafletjs.com" rel="noopener">Leaflet</a>');
    this.map.fitBounds(DEFAULT_BOUNDS);
    this.entries = new Map(); // feature id → {id, layer, feature, group, badge}
    this.layers = new Map(); // layer id → {group, badges, order}
    this.selected = [];
    this.hovered = null;
    this.dimmed = null; // Set of ids that match, or null for no dimming
    this.badgesOn = true;
    this.haloGroup = L.layerGroup().addTo(this.map);
    this.hoverGroup = L.layerGroup().addTo(this.map);
    this.map.createPane('pm-halo').style.zIndex = 480;
    this.map.createPane('pm-badges').style.zIndex = 640;
    this.map.getPane('pm-halo').style.pointerEvents = 'none';
    this.map.on('click', () => this.callbacks.onBackground());
    this.map.on('moveend', () => this.callbacks.onMove(this.view()));
    L.control.scale({ metric: true, imperial: false, maxWidth: 140, position: 'bottomright' }).addTo(this.map);
  }

  // @method basemap(tileUrl: string, attribution: string): void
  // Adds the tile layer; reports 'error' on the first tile that fails and 'ok' on the first that loads.
  basemap(tileUrl, attribution) {
    if (!tileUrl) {
      this.callbacks.onBasemap('none');
      return;
    }
    let state = null;
    const tiles = L.tileLayer(tileUrl, { attribution, maxZoom: 19, crossOrigin: false });
    tiles.on('tileerror', () => {
      if (state !== 'ok') {
        state = 'error';
        this.callbacks.onBasemap('error');
      }
    });
    tiles.on('tileload', () => {
      if (state !== 'ok') {
        state = 'ok';
        this.callbacks.onBasemap('ok');
      }
    });
    tiles.addTo(this.map);
  }

  view() {
    const c = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat: c.lat, lng: c.lng };
  }

  setView(view) {
    this.map.setView([view.lat, view.lng], view.zoom, { animate: false });
  }

  // @method addLayer(layerId: string, order: number, collection: GeoJSON FeatureCollection, status): void
  // status(feature) → {stalled: boolean, overdueDays: number|null, title: string} for the badges.
  addLayer(layerId, order, collection, status) {
    const pane = `pm-layer-${order}`;
    const paneEl = this.map.createPane(pane);
    paneEl.style.zIndex = String(410 + order);
    paneEl.classList.add('pm-layer-pane');
    this.layers.set(layerId, { ...this.buildLayer(layerId, pane, collection, status), order, pane });
    this.setLayerVisible(layerId, true);
  }

  // @method replaceLayer(layerId, collection, status): redraws a layer with new data (after a report, an
  // edit, a change of the as-of day), keeping its pane, its visibility, the badges switch and the halos.
  replaceLayer(layerId, collection, status) {
    const old = this.layers.get(layerId);
    const visible = this.isLayerVisible(layerId);
    old.group.remove();
    old.badges.remove();
    for (const [id, entry] of this.entries) {
      if (entry.layer === layerId) {
        this.entries.delete(id);
      }
    }
    this.hover(null);
    this.layers.set(layerId, { ...this.buildLayer(layerId, old.pane, collection, status), order: old.order, pane: old.pane });
    this.setLayerVisible(layerId, visible);
    this.selected = this.selected.filter((id) => this.entries.has(id));
    this.dim(this.dimmed);
  }

  buildLayer(layerId, pane, collection, status) {
    const group = L.layerGroup();
    const badges = L.layerGroup();
    for (const feature of collection.features) {
      const entry = this.featureEntry(layerId, pane, feature);
      if (!entry) {
        continue;
      }
      group.addLayer(entry.uncertainty);
      group.addLayer(entry.group);
      const s = status(feature);
      if (s.stalled || s.overdueDays !== null) {
        entry.badge = this.badge(entry, s);
        badges.addLayer(entry.badge);
      }
      this.entries.set(entry.id, entry);
    }
    return { group, badges };
  }

  // @method overdueFeatures(): string[] — the features drawn with an overdue badge right now (test hook)
  overdueFeatures() {
    const ids = new Set();
    this.map.getContainer().querySelectorAll('.pm-badge-marker .pm-badge-overdue').forEach((el) => {
      const marker = el.closest('.pm-badge-marker');
      if (marker && marker.dataset.feature) {
        ids.add(marker.dataset.feature);
      }
    });
    return [...ids].sort();
  }

  featureEntry(layerId, pane, feature) {
    if (!feature.geometry) {
      return null;
    }
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
    const group = L.featureGroup(parts);
    const entry = { id: String(feature.id ?? feature.properties.id), layer: layerId, feature, group, parts, shape, badge: null,
      uncertainty: L.layerGroup(uncertainty), accuracy: cls };
    group.on('click', (e) => {
      L.DomEvent.stop(e);
      this.callbacks.onSelect(entry.id);
    });
    group.on('keypress', (e) => {
      if (e.originalEvent && e.originalEvent.key === 'Enter') {
        this.callbacks.onSelect(entry.id);
      }
    });
    group.bindTooltip(() => escapeHtml(this.callbacks.nameOf(feature)), { sticky: true, direction: 'top',
      offset: [0, -8], className: 'pm-tooltip', opacity: 0.95 });
    group.on('mouseover', () => this.hover(entry));
    group.on('mouseout', () => this.hover(null));
    for (const part of parts) {
      part.on('add', () => this.decorate(entry));
    }
    return entry;
  }

  badgeIcon(entry, status) {
    const html = [];
    if (status.stalled) {
      html.push(badgeHtml('stalled', 0, status.title));
    }
    if (status.overdueDays !== null) {
      html.push(badgeHtml('overdue', yearsOverdue(status.overdueDays), status.title));
    }
    const anchor = entry.shape === 'point' ? [-8, 30] : [html.length * 13, 13];
    return L.divIcon({ className: 'pm-badge-marker', html: `<span class="pm-badges">${html.join('')}</span>`,
      iconSize: null, iconAnchor: anchor });
  }

  badge(entry, status) {
    const point = labelPoint(entry.feature.geometry);
    const marker = L.marker([point[1], point[0]], { icon: this.badgeIcon(entry, status), pane: 'pm-badges',
      keyboard: false, interactive: true, bubblingMouseEvents: false });
    marker.on('click', (e) => {
      L.DomEvent.stop(e);
      this.callbacks.onSelect(entry.id);
    });
    marker.on('add', () => this.decorate(entry));
    return marker;
  }

  // @method relabelBadges(status): rebuilds the badges' tooltips (after a language switch)
  relabelBadges(status) {
    for (const entry of this.entries.values()) {
      if (entry.badge) {
        entry.badge.setIcon(this.badgeIcon(entry, status(entry.feature)));
        this.decorate(entry);
      }
    }
    this.map.fire('pm:layers'); // the names change with the language too
  }

  // Puts the entry's data attributes and state classes on its DOM elements (again after a re-add).
  decorate(entry) {
    const dim = this.dimmed !== null && !this.dimmed.has(entry.id);
    const selected = this.selected.includes(entry.id);
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

  setLayerVisible(layerId, visible) {
    const layer = this.layers.get(layerId);
    if (!layer) {
      return;
    }
    if (visible) {
      layer.group.addTo(this.map);
      if (this.badgesOn) {
        layer.badges.addTo(this.map);
      }
    } else {
      layer.group.remove();
      layer.badges.remove();
    }
    this.redrawHalos();
    this.map.fire('pm:layers');
  }

  isLayerVisible(layerId) {
    const layer = this.layers.get(layerId);
    return Boolean(layer && this.map.hasLayer(layer.group));
  }

  setBadges(on) {
    this.badgesOn = on;
    for (const [id, layer] of this.layers) {
      if (on && this.isLayerVisible(id)) {
        layer.badges.addTo(this.map);
      } else {
        layer.badges.remove();
      }
    }
  }

  // @method dim(matching: Set<string>|null): features outside the set are dimmed; null ends dimming
  dim(matching) {
    this.dimmed = matching;
    for (const entry of this.entries.values()) {
      this.decorate(entry);
    }
  }

  // @method select(ids: string[]): the features carry the selection halo (an empty list clears it)
  select(ids) {
    const previous = this.selected;
    this.selected = ids.filter((id) => this.entries.has(id));
    for (const id of new Set([...previous, ...this.selected])) {
      this.decorate(this.entries.get(id));
    }
    this.redrawHalos();
  }

  redrawHalos() {
    this.haloGroup.clearLayers();
    for (const id of this.selected) {
      const entry = this.entries.get(id);
      if (entry && this.isLayerVisible(entry.layer)) {
        this.haloGroup.addLayer(this.halo(entry, false));
      }
    }
  }

  hover(entry) {
    this.hoverGroup.clearLayers();
    this.hovered = entry;
    if (entry && !this.selected.includes(entry.id)) {
      this.hoverGroup.addLayer(this.halo(entry, true));
    }
  }

  // The halo of symbology.md §6: 3 px white inside 1.5 px black around the feature, with the feature
  // redrawn on top so it stays readable over its neighbours. Hover uses a lighter charcoal halo.
  halo(entry, light) {
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

  // @method onlyPoints(ids: string[]): boolean — whether every one of the features is a point
  onlyPoints(ids) {
    return ids.every((id) => this.entries.has(id) && this.entries.get(id).shape === 'point');
  }

  // @method boundsOf(ids: string[]): L.LatLngBounds|null — the features' bounds grown by each one's stated
  // uncertainty (accuracy_m), so that fitting them never shows a place closer than its accuracy allows
  boundsOf(ids) {
    let bounds = null;
    for (const id of ids) {
      const entry = this.entries.get(id);
      if (!entry) {
        continue;
      }
      const b = uncertaintyBounds(entry.group.getBounds(), entry.feature.properties.accuracy_m);
      bounds = bounds ? bounds.extend(b) : L.latLngBounds(b.getSouthWest(), b.getNorthEast());
    }
    return bounds;
  }

  // @method tooClose(ids: string[], padding): boolean — whether the view is closer than the features' accuracy
  // allows: their uncertainty (boundsOf) does not fit at the current zoom
  tooClose(ids, padding) {
    const bounds = this.boundsOf(ids);
    if (!bounds) {
      return false;
    }
    const room = L.point(padding.topLeft).add(padding.bottomRight);
    return this.map.getZoom() > this.map.getBoundsZoom(bounds, false, room)
      || !this.map.getBounds().intersects(bounds);
  }

  // @method fit(bounds: L.LatLngBounds | [w,s,e,n], padding: {topLeft, bottomRight}, maxZoom?: number): void
  fit(bounds, padding, maxZoom = 16) {
    if (!bounds) {
      return;
    }
    const b = Array.isArray(bounds) ? L.latLngBounds([bounds[1], bounds[0]], [bounds[3], bounds[2]]) : bounds;
    if (!b.isValid()) {
      return;
    }
    this.map.fitBounds(b, { paddingTopLeft: padding.topLeft, paddingBottomRight: padding.bottomRight, maxZoom,
      animate: false });
  }

  // @method keepInView(ids: string[], padding: {topLeft, bottomRight}): void
  // Pans (without zooming) the least needed for the features' bounds to lie inside the map minus the
  // padding — the part the side panel does not cover; a feature larger than that part is centred in it.
  keepInView(ids, padding) {
    const bounds = this.boundsOf(ids);
    if (!bounds || !bounds.isValid()) {
      return;
    }
    const size = this.map.getSize();
    const nw = this.map.latLngToContainerPoint(bounds.getNorthWest());
    const se = this.map.latLngToContainerPoint(bounds.getSouthEast());
    const shift = (lo, hi, min, max) => {
      if (hi - lo > max - min) {
        return (lo + hi) / 2 - (min + max) / 2;
      }
      return lo < min ? lo - min : hi > max ? hi - max : 0;
    };
    const dx = shift(nw.x, se.x, padding.topLeft[0], size.x - padding.bottomRight[0]);
    const dy = shift(nw.y, se.y, padding.topLeft[1], size.y - padding.bottomRight[1]);
    if (Math.abs(dx) >= 1 || Math.abs(dy) >= 1) {
      this.map.panBy([dx, dy], { duration: 0.3 });
    }
  }

  // @method pagePoint(lat, lng): [x, y] — where a position is on the page, in CSS pixels (test hook)
  pagePoint(lat, lng) {
    const p = this.map.latLngToContainerPoint([lat, lng]);
    const r = this.map.getContainer().getBoundingClientRect();
    return [r.left + p.x, r.top + p.y];
  }

  invalidate() {
    this.map.invalidateSize({ pan: false });
  }

  // @method layerCounts(): {layerId: number} — features drawn in the page right now, per layer (test hook)
  layerCounts() {
    const counts = {};
    for (const id of this.layers.keys()) {
      const drawn = new Set();
      this.map.getContainer().querySelectorAll(`[data-layer="${CSS.escape(id)}"]`).forEach((el) => {
        drawn.add(el.dataset.feature);
      });
      counts[id] = drawn.size;
    }
    return counts;
  }
}

// @function labelPoint(geometry): [lon, lat] — where a badge goes: the point itself, the middle of a
// line (by length), or the area-weighted centroid of a polygon's largest ring.
export function labelPoint(geometry) {
  const g = geometry;
  switch (g.type) {
    case 'Point':
      return g.coordinates;
    case 'MultiPoint':
      return g.coordinates[0];
    case 'LineString':
      return midpoint(g.coordinates);
    case 'MultiLineString':
      return midpoint(longest(g.coordinates, lineLength));
    case 'Polygon':
      return centroid(g.coordinates[0]);
    case 'MultiPolygon':
      return centroid(longest(g.coordinates.map((p) => p[0]), (r) => Math.abs(ringArea(r))));
    default:
      return [0, 0];
  }
}

function longest(list, measure) {
  return list.reduce((best, x) => (measure(x) > measure(best) ? x : best), list[0]);
}

function lineLength(coords) {
  let len = 0;
  for (let i = 1; i < coords.length; i++) {
    len += Math.hypot(coords[i][0] - coords[i - 1][0], coords[i][1] - coords[i - 1][1]);
  }
  return len;
}

function midpoint(coords) {
  const half = lineLength(coords) / 2;
  let run = 0;
  for (let i = 1; i < coords.length; i++) {
    const seg = Math.hypot(coords[i][0] - coords[i - 1][0], coords[i][1] - coords[i - 1][1]);
    if (run + seg >= half && seg > 0) {
      const f = (half - run) / seg;
      return [coords[i - 1][0] + f * (coords[i][0] - coords[i - 1][0]), coords[i - 1][1] + f * (coords[i][1] - coords[i - 1][1])];
    }
    run += seg;
  }
  return coords[0];
}

function ringArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return a / 2;
}

function centroid(ring) {
  const a = ringArea(ring);
  if (Math.abs(a) < 1e-12) {
    return ring[0];
  }
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    x += (ring[j][0] + ring[i][0]) * f;
    y += (ring[j][1] + ring[i][1]) * f;
  }
  return [x / (6 * a), y / (6 * a)];
}
