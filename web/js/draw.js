// Vertex editing of one line or polygon geometry on the Leaflet map, written for planmap (Leaflet.draw
// is not in our registries): a draggable handle on every vertex, a midpoint handle between two vertices
// that inserts one when dragged or clicked, a click (or Delete on a focused handle) that removes a vertex,
// arrow keys that nudge a focused vertex, and a toolbar with Save and Cancel.
// The geometry is held as paths of [lon, lat] (a polygon ring without its closing repeat); the helpers
// below are pure (unit-tested by web/test/draw.test.js), DrawEditor binds them to Leaflet.

import { escapeHtml } from './text.js';

const L = globalThis.L; // undefined under node --test

// @function toPaths(geometry): {type, paths: [{coords: [[lon,lat]…], closed: boolean, part: number}]}
// Lines and polygons (and their Multi forms) as editable paths; null for other geometry types.
export function toPaths(geometry) {
  const g = geometry;
  const open = (coords, part) => ({ coords: coords.map((c) => [c[0], c[1]]), closed: false, part });
  const ring = (coords, part) => {
    const c = coords.map((p) => [p[0], p[1]]);
    if (c.length > 1 && c[0][0] === c[c.length - 1][0] && c[0][1] === c[c.length - 1][1]) {
      c.pop();
    }
    return { coords: c, closed: true, part };
  };
  switch (g && g.type) {
    case 'LineString':
      return { type: g.type, paths: [open(g.coordinates, 0)] };
    case 'MultiLineString':
      return { type: g.type, paths: g.coordinates.map((line, i) => open(line, i)) };
    case 'Polygon':
      return { type: g.type, paths: g.coordinates.map((r) => ring(r, 0)) };
    case 'MultiPolygon':
      return { type: g.type, paths: g.coordinates.flatMap((poly, i) => poly.map((r) => ring(r, i))) };
    default:
      return null;
  }
}

// @function fromPaths({type, paths}): GeoJSON geometry — the inverse of toPaths (rings closed again)
export function fromPaths(shape) {
  const close = (c) => [...c.map((p) => [p[0], p[1]]), [c[0][0], c[0][1]]];
  const coords = (p) => (p.closed ? close(p.coords) : p.coords.map((c) => [c[0], c[1]]));
  switch (shape.type) {
    case 'LineString':
      return { type: 'LineString', coordinates: coords(shape.paths[0]) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: shape.paths.map(coords) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: shape.paths.map(coords) };
    case 'MultiPolygon': {
      const parts = [];
      for (const p of shape.paths) {
        (parts[p.part] = parts[p.part] || []).push(coords(p));
      }
      return { type: 'MultiPolygon', coordinates: parts.filter(Boolean) };
    }
    default:
      throw new Error(`cannot edit a ${shape.type}`);
  }
}

// @function minVertices(path): number — 2 for a line, 3 for a ring
export const minVertices = (path) => (path.closed ? 3 : 2);

// @function midpoints(path): [{after: number, at: [lon,lat]}] — where the insert handles go
export function midpoints(path) {
  const c = path.coords;
  const out = [];
  const n = path.closed ? c.length : c.length - 1;
  for (let i = 0; i < n; i++) {
    const a = c[i];
    const b = c[(i + 1) % c.length];
    out.push({ after: i, at: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] });
  }
  return out;
}

// @function insertVertex(path, after: number, at: [lon,lat]): path — a new path with the vertex after index `after`
export function insertVertex(path, after, at) {
  const coords = [...path.coords];
  coords.splice(after + 1, 0, [at[0], at[1]]);
  return { ...path, coords };
}

// @function removeVertex(path, index: number): path|null — null when the path would become too short
export function removeVertex(path, index) {
  if (path.coords.length <= minVertices(path)) {
    return null;
  }
  return { ...path, coords: path.coords.filter((_, i) => i !== index) };
}

// @function moveVertex(path, index, at: [lon,lat]): path
export function moveVertex(path, index, at) {
  return { ...path, coords: path.coords.map((c, i) => (i === index ? [at[0], at[1]] : c)) };
}

// @class DrawEditor: edits one geometry on a Leaflet map until save or cancel.
export class DrawEditor {
  // @param map        the L.Map
  // @param geometry   the GeoJSON geometry to edit (lines and polygons)
  // @param options    {labels: {save, cancel, hint, tooFew}, onSave(geometry), onCancel(), onChange(geometry)}
  constructor(map, geometry, options) {
    const shape = toPaths(geometry);
    if (!shape) {
      throw new Error(`cannot edit a ${geometry && geometry.type}`);
    }
    this.map = map;
    this.shape = shape;
    this.options = options;
    this.changed = false;
    if (!map.getPane('pm-draw')) {
      map.createPane('pm-draw').style.zIndex = 620;
      map.createPane('pm-draw-handles').style.zIndex = 660;
    }
    this.lines = L.layerGroup().addTo(map);
    this.handles = L.layerGroup().addTo(map);
    this.toolbar = this.makeToolbar();
    this.redraw();
  }

  // @method geometry(): GeoJSON geometry — as edited so far
  geometry() {
    return fromPaths(this.shape);
  }

  makeToolbar() {
    const o = this.options.labels;
    const Bar = L.Control.extend({
      onAdd: () => {
        const el = L.DomUtil.create('div', 'pm-draw-toolbar leaflet-bar');
        el.setAttribute('role', 'toolbar');
        el.innerHTML = `<p class="pm-draw-hint">${escapeHtml(o.hint)}</p>
          <button type="button" class="pm-button pm-button-small" data-draw="save">${escapeHtml(o.save)}</button>
          <button type="button" class="pm-button pm-button-small pm-button-secondary" data-draw="cancel">${escapeHtml(o.cancel)}</button>
          <p class="pm-draw-message" role="status" aria-live="polite"></p>`;
        L.DomEvent.disableClickPropagation(el);
        el.addEventListener('click', (e) => {
          const b = e.target.closest('[data-draw]');
          if (b && b.dataset.draw === 'save') {
            this.options.onSave(this.geometry());
          } else if (b && b.dataset.draw === 'cancel') {
            this.options.onCancel();
          }
        });
        return el;
      },
    });
    return new Bar({ position: 'topleft' }).addTo(this.map);
  }

  // @method message(text): a line under the toolbar (already escaped by the caller)
  message(text) {
    const el = this.toolbar.getContainer().querySelector('.pm-draw-message');
    el.textContent = text;
  }

  update(pathIndex, path) {
    this.shape = { ...this.shape, paths: this.shape.paths.map((p, i) => (i === pathIndex ? path : p)) };
    this.changed = true;
    this.redraw();
    if (this.options.onChange) {
      this.options.onChange(this.geometry());
    }
  }

  redraw() {
    this.lines.clearLayers();
    this.handles.clearLayers();
    this.shape.paths.forEach((path, pi) => {
      const latlngs = path.coords.map((c) => [c[1], c[0]]);
      const style = { pane: 'pm-draw', color: '#0a58a8', weight: 4, opacity: 0.9, interactive: false };
      this.lines.addLayer(path.closed ? L.polygon(latlngs, { ...style, fillOpacity: 0.08 }) : L.polyline(latlngs, style));
      path.coords.forEach((c, vi) => this.handles.addLayer(this.vertexHandle(pi, vi, c)));
      midpoints(path).forEach((m) => this.handles.addLayer(this.midHandle(pi, m)));
    });
  }

  vertexHandle(pi, vi, c) {
    const icon = L.divIcon({ className: 'pm-vertex', iconSize: [14, 14], iconAnchor: [7, 7] });
    const marker = L.marker([c[1], c[0]], { icon, draggable: true, pane: 'pm-draw-handles', keyboard: true,
      title: `${vi + 1}`, bubblingMouseEvents: false, autoPan: false });
    marker.on('add', () => {
      const el = marker.getElement();
      el.dataset.path = String(pi);
      el.dataset.vertex = String(vi);
      el.addEventListener('keydown', (e) => this.onVertexKey(e, pi, vi));
    });
    marker.on('drag', (e) => {
      const ll = e.target.getLatLng();
      const path = moveVertex(this.shape.paths[pi], vi, [ll.lng, ll.lat]);
      this.shape.paths[pi] = path;
      this.lines.getLayers()[pi].setLatLngs(path.coords.map((p) => [p[1], p[0]]));
    });
    marker.on('dragend', (e) => {
      const ll = e.target.getLatLng();
      this.update(pi, moveVertex(this.shape.paths[pi], vi, [round7(ll.lng), round7(ll.lat)]));
    });
    marker.on('click', (e) => {
      L.DomEvent.stop(e);
      this.remove(pi, vi);
    });
    return marker;
  }

  remove(pi, vi) {
    const next = removeVertex(this.shape.paths[pi], vi);
    if (!next) {
      this.message(this.options.labels.tooFew);
      return;
    }
    this.message('');
    this.update(pi, next);
  }

  onVertexKey(e, pi, vi) {
    const step = { ArrowLeft: [-4, 0], ArrowRight: [4, 0], ArrowUp: [0, -4], ArrowDown: [0, 4] }[e.key];
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      this.remove(pi, vi);
    } else if (step) {
      e.preventDefault();
      e.stopPropagation();
      const c = this.shape.paths[pi].coords[vi];
      const p = this.map.latLngToContainerPoint([c[1], c[0]]).add(step);
      const ll = this.map.containerPointToLatLng(p);
      this.update(pi, moveVertex(this.shape.paths[pi], vi, [round7(ll.lng), round7(ll.lat)]));
      this.focusVertex(pi, vi);
    }
  }

  focusVertex(pi, vi) {
    const el = this.map.getContainer().querySelector(`.pm-vertex[data-path="${pi}"][data-vertex="${vi}"]`);
    if (el) {
      el.focus();
    }
  }

  midHandle(pi, m) {
    const icon = L.divIcon({ className: 'pm-vertex pm-vertex-mid', iconSize: [12, 12], iconAnchor: [6, 6] });
    const marker = L.marker([m.at[1], m.at[0]], { icon, draggable: true, pane: 'pm-draw-handles', keyboard: true,
      title: '+', bubblingMouseEvents: false, autoPan: false });
    marker.on('add', () => {
      marker.getElement().dataset.path = String(pi);
      marker.getElement().dataset.after = String(m.after);
    });
    const insert = (ll) => this.update(pi, insertVertex(this.shape.paths[pi], m.after, [round7(ll.lng), round7(ll.lat)]));
    marker.on('dragend', (e) => insert(e.target.getLatLng()));
    marker.on('click', (e) => {
      L.DomEvent.stop(e);
      insert(marker.getLatLng());
    });
    return marker;
  }

  // @method stop(): removes the handles, the edited outline and the toolbar
  stop() {
    this.lines.remove();
    this.handles.remove();
    this.toolbar.remove();
  }
}

const round7 = (n) => Math.round(n * 1e7) / 1e7;
