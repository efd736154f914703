// Place names written on the map from a zoom on (the way a planning sheet names its places), without
// collisions: points first, then areas (largest first), then lines; a name whose box would overlap one
// already written, or leave the map, is left out at this view and comes back when there is room.
// The names are plain text in their own pane, never catch the mouse, and follow the page's language. A point
// inside a group of points (point-clusters.js) has no name until the group is spread or the zoom parts them.

import { labelPoint } from './map-geometry.js';

const L = globalThis.L;

// @const LABEL_MIN_ZOOM: names appear from this zoom on (a city district fills the screen)
export const LABEL_MIN_ZOOM = 14;
const FONT = '600 12px "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif';
const PAD = 3; // px of clearance around every name
const MAX_CHARS = 42;
const POINT_GAP = 24; // px from a point to its name's centre: clear of its 26 px symbol

// @function placeLabels(candidates: {id, x, y, width}[], size: {x, y}, height: number, obstacles?: {l, t, r, b}[]): {id, x, y}[]
// Greedy placement in the candidates' order: each name is a box of its width × height centred on (x, y);
// kept when it is inside the map and clear of every obstacle (symbols, badges) and of every kept box.
// A place may offer several positions (a point's name above, right, below, left of its symbol): the first
// that fits is kept and the others are skipped. Pure (unit-tested).
export function placeLabels(candidates, size, height, obstacles = []) {
  const kept = [];
  const placed = new Set();
  const boxes = [...obstacles];
  for (const c of candidates) {
    if (placed.has(c.id)) {
      continue;
    }
    const box = { l: c.x - c.width / 2 - PAD, r: c.x + c.width / 2 + PAD, t: c.y - height / 2 - PAD, b: c.y + height / 2 + PAD };
    if (box.l < 0 || box.t < 0 || box.r > size.x || box.b > size.y) {
      continue;
    }
    if (boxes.some((o) => box.l < o.r && box.r > o.l && box.t < o.b && box.b > o.t)) {
      continue;
    }
    boxes.push(box);
    placed.add(c.id);
    kept.push({ id: c.id, x: c.x, y: c.y });
  }
  return kept;
}

const RANK = { point: 0, area: 1, line: 2 };

export class PlaceLabels {
  // The boxes of the point symbols and status badges drawn now, in container pixels: names keep off them.
  obstacles() {
    const container = this.map.getContainer();
    const origin = container.getBoundingClientRect();
    return [...container.querySelectorAll('.pm-badge-marker, .pm-marker')].map((el) => {
      const r = el.getBoundingClientRect();
      return { l: r.left - origin.left, t: r.top - origin.top, r: r.right - origin.left, b: r.bottom - origin.top };
    }).filter((b) => b.r > b.l && b.b > b.t);
  }

  // @param planMap  the PlanMap (its entries, visible layers, Leaflet map, and its nameOf(feature) callback:
  //                 the name in the page's language)
  constructor(planMap) {
    this.planMap = planMap;
    this.nameOf = planMap.callbacks.nameOf;
    this.map = planMap.map;
    this.map.createPane('pm-labels').style.zIndex = 630;
    this.map.getPane('pm-labels').style.pointerEvents = 'none';
    this.group = L.layerGroup().addTo(this.map);
    this.context = document.createElement('canvas').getContext('2d');
    this.context.font = FONT;
    this.map.on('moveend zoomend pm:layers', () => this.refresh());
  }

  // @method refresh(): writes the names that fit at the current view
  refresh() {
    this.group.clearLayers();
    if (this.map.getZoom() < LABEL_MIN_ZOOM) {
      return;
    }
    const view = this.map.getBounds().pad(0.05);
    const candidates = [];
    for (const entry of this.planMap.entries.values()) {
      if (!this.planMap.isLayerVisible(entry.layer) || !entry.feature.geometry || !this.planMap.isDrawn(entry)) {
        continue;
      }
      const bounds = entry.group.getBounds();
      if (!bounds.isValid() || !view.intersects(bounds)) {
        continue;
      }
      const [lon, lat] = labelPoint(entry.feature.geometry);
      const p = this.map.latLngToContainerPoint([lat, lon]);
      let text = String(this.nameOf(entry.feature) || '');
      if (!text) {
        continue;
      }
      text = text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
      const sw = this.map.latLngToContainerPoint(bounds.getSouthWest());
      const ne = this.map.latLngToContainerPoint(bounds.getNorthEast());
      const extent = Math.abs(ne.x - sw.x) * Math.abs(sw.y - ne.y);
      // a point's name sits above its symbol, else right of it, below or left; an area's or a line's on its label point
      const width = this.context.measureText(text).width;
      const rank = RANK[entry.shape] ?? 3;
      const positions = entry.shape === 'point'
        ? [[0, -POINT_GAP], [POINT_GAP + width / 2, 0], [0, POINT_GAP], [-POINT_GAP - width / 2, 0]]
        : [[0, 0]];
      for (const [dx, dy] of positions) {
        candidates.push({ id: entry.id, x: p.x + dx, y: p.y + dy, text, width, rank, extent });
      }
    }
    candidates.sort((a, b) => a.rank - b.rank || b.extent - a.extent);
    const byId = new Map(candidates.map((c) => [c.id, c]));
    for (const kept of placeLabels(candidates, this.map.getSize(), 16, this.obstacles())) {
      const c = byId.get(kept.id);
      const el = document.createElement('span');
      el.className = 'pm-place-label';
      el.textContent = c.text; // text, never HTML
      el.dataset.feature = c.id;
      const icon = L.divIcon({ className: 'pm-place-label-icon', html: el, iconSize: null });
      const at = this.map.containerPointToLatLng([kept.x, kept.y]); // the position that fitted, not the last offered
      this.group.addLayer(L.marker(at, { icon, pane: 'pm-labels', interactive: false, keyboard: false }));
    }
  }
}
