// Read-only hooks for the browser tests and for debugging, at window.planmap: whether the page is ready
// (and when), the last error, how many data reloads so far, the state of the URL, and a few questions to
// the map (counts, where a place is on the page). Nothing here changes the page.

import { formatDate } from './dates.js';
import { urlState, VIEWER } from './store.js';

const copy = (value) => JSON.parse(JSON.stringify(value));

// @function installHooks(win, store, planMap): sets win.planmap
export function installHooks(win, store, planMap) {
  const container = planMap.map.getContainer();
  const hook = {
    // features drawn in the page right now, per layer (a point inside a group of points counts, its group's disc
    // stands for it): {layerId: number}
    layerCounts: () => {
      const counts = {};
      const grouped = [...container.querySelectorAll('.pm-cluster[data-features]')].flatMap((el) => el.dataset.features.split(' '));
      for (const id of planMap.layers.keys()) {
        const drawn = new Set(grouped.filter((f) => planMap.entries.get(f)?.layer === id));
        container.querySelectorAll(`[data-layer="${CSS.escape(id)}"]`).forEach((el) => drawn.add(el.dataset.feature));
        counts[id] = drawn.size;
      }
      return counts;
    },
    // the groups of points drawn now: [[feature id, …], …], each sorted
    clusters: () => [...container.querySelectorAll('.pm-cluster[data-features]')].map((el) => el.dataset.features.split(' ').sort()),
    // where a position is on the page, in CSS pixels: [x, y]
    pagePoint: (lat, lng) => {
      const p = planMap.map.latLngToContainerPoint([lat, lng]);
      const r = container.getBoundingClientRect();
      return [r.left + p.x, r.top + p.y];
    },
    viewBbox: () => planMap.map.getBounds().toBBoxString().split(',').map(Number),
    zoom: () => planMap.map.getZoom(),
    setView: (lat, lng, zoom) => planMap.setView({ lat, lng, zoom }),
    uncertaintyBbox: (id) => planMap.boundsOf([id])?.toBBoxString().split(',').map(Number) ?? null,
    state: () => copy(urlState(store.state)),
    today: () => (store.state.programme ? formatDate(store.state.programme.today) : null),
    // the features drawn with an overdue badge right now, sorted
    overdueFeatures: () => {
      const ids = new Set();
      container.querySelectorAll('.pm-badge-marker .pm-badge-overdue').forEach((el) => {
        const marker = el.closest('.pm-badge-marker');
        if (marker && marker.dataset.feature) {
          ids.add(marker.dataset.feature);
        }
      });
      return [...ids].sort();
    },
    task: (code) => {
      const { tasks } = store.state.catalog;
      return tasks.has(code) ? copy(tasks.get(code)) : null;
    },
    geometry: (id) => {
      const { features } = store.state.catalog;
      return features.has(id) ? copy(features.get(id).geometry) : null;
    },
    containerPoint: (lon, lat) => {
      const p = planMap.map.latLngToContainerPoint([lat, lon]);
      const r = planMap.map.getContainer().getBoundingClientRect();
      return [p.x + r.left, p.y + r.top]; // in the page's viewport
    },
    vertexPoint: (path, vertex) => {
      const el = document.querySelector(`.pm-vertex[data-path="${path}"][data-vertex="${vertex}"]`);
      if (!el) {
        return null;
      }
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const hit = document.elementFromPoint(x, y);
      return hit === el || el.contains(hit) ? [x, y] : null; // only a handle nothing covers
    },
  };
  for (const [name, read] of Object.entries({
    ready: (s) => s.ready,
    readyAt: (s) => s.readyAt,
    error: (s) => s.error,
    dataVersion: (s) => s.dataVersion,
    user: (s) => (s.user.role === VIEWER.role ? null : s.user.username || null),
  })) {
    Object.defineProperty(hook, name, { get: () => read(store.state), enumerable: true });
  }
  win.planmap = hook;
}
