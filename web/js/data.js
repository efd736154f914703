// The data behind the page: the layers (grouped as the map shows them), the programme's tasks and the
// agencies, fetched from the API into the store (catalog, programme, agencies, realToday) and drawn on the
// map. load() is the first fetch; reload() fetches the layers and the tasks again (after a report, an
// edit, a new as-of day) without reloading the page, and counts it in the store's dataVersion.

import { t } from './i18n.js';
import { shapeOf } from './styles.js';
import { groupCollections, groupItems } from './layer-groups.js';
import { buildTiledLayer, isTiled, itemsUnlessTiled } from './tiled-layer.js';
import { emptyCatalog } from './store.js';

const featureId = (f) => String(f.id ?? f.properties.id);

// @function shapesByKind(features): Map<kind, Set<'point'|'line'|'area'>> — the shapes each kind is drawn with
export function shapesByKind(features) {
  const shapes = new Map();
  for (const f of features) {
    const kind = f.properties.kind;
    if (!shapes.has(kind)) {
      shapes.set(kind, new Set());
    }
    if (f.geometry) {
      shapes.get(kind).add(shapeOf(f.geometry.type));
    }
  }
  return shapes;
}

// @function featureStatus(feature, tasks: Map code→task): {stalled, overdueDays, title} — what the map's
// badges say of a feature: stalled (its kind), and the worst overdue task.
export function featureStatus(feature, tasks) {
  const p = feature.properties;
  const overdue = (p.tasks || []).filter((ft) => ft.timeliness === 'overdue').map((ft) => tasks.get(ft.code))
    .filter(Boolean);
  const overdueDays = overdue.length ? Math.min(...overdue.map((task) => -(task.days_overdue ?? 0))) : null;
  const words = [];
  if (p.kind === 'stalled-project') {
    words.push(t('badge.stalled'));
  }
  if (overdueDays !== null) {
    words.push(`${t('badge.overdue')}: ${overdue.map((task) => task.code).join(', ')}`);
  }
  // A stalled point is drawn as the stalled symbol itself: no second ⏸ beside it.
  const stalledPoint = feature.geometry && shapeOf(feature.geometry.type) === 'point';
  return { stalled: p.kind === 'stalled-project' && !stalledPoint, overdueDays, title: words.join(' · ') };
}

function joinBbox(bbox, box) {
  return bbox ? [Math.min(bbox[0], box[0]), Math.min(bbox[1], box[1]), Math.max(bbox[2], box[2]),
    Math.max(bbox[3], box[3])] : [...box];
}

export class AppData {
  // @param store    the app's store (catalog, programme, agencies, realToday, dataVersion are written here)
  // @param api      api.js
  // @param planMap  the PlanMap the layers are drawn on
  constructor(store, api, planMap) {
    this.store = store;
    this.api = api;
    this.planMap = planMap;
  }

  // @method status(feature): the badges' status of a feature with the store's tasks (featureStatus)
  status(feature) {
    return featureStatus(feature, this.store.state.catalog.tasks);
  }

  // @method load(): Promise — the first fetch: collections, items, tasks (as of the as-of day and, when
  // one is set, today's too for the real today), agencies; draws every layer.
  async load() {
    const { api } = this;
    const tasksP = api.tasks();
    const agenciesP = api.agencies();
    const todayP = this.store.state.asOf ? api.tasks({ live: true }) : null;
    const collections = groupCollections((await api.collections()).collections);
    const itemsP = Promise.all(collections.map((c) => itemsUnlessTiled(api.items, groupItems, c)));
    const [layerItems, tasksBody, agenciesBody, todayBody] = await Promise.all([itemsP, tasksP, agenciesP, todayP]);
    const catalog = emptyCatalog();
    tasksBody.tasks.forEach((task) => catalog.tasks.set(task.code, task));
    agenciesBody.agencies.forEach((a) => catalog.agencies.set(a.id, a));
    collections.forEach((c, i) => {
      const fc = layerItems[i];
      c.members.forEach((m) => catalog.layers.set(m.id, c));
      catalog.order.push(c.id);
      fc.features.forEach((f) => catalog.features.set(featureId(f), f));
      c.loaded = isTiled(c) ? (c.members || [c]).reduce((n, m) => n + m.numberOfFeatures, 0) : fc.features.length;
      c.shapes = shapesByKind(fc.features);
      const box = c.extent && c.extent.spatial && c.extent.spatial.bbox && c.extent.spatial.bbox[0];
      if (box && box.length === 4 && fc.features.length) {
        catalog.bbox = joinBbox(catalog.bbox, box);
      }
    });
    this.store.set({ catalog, programme: tasksBody, agencies: agenciesBody.agencies,
      realToday: todayBody ? todayBody.today : tasksBody.today });
    collections.forEach((c, i) => {
      if (isTiled(c)) { // a big layer: vector tiles, not its features
        this.planMap.addTiledLayer(c.id, i, (pane, group) => buildTiledLayer(c, pane, group)).catch((e) => console.error(e));
      } else {
        this.planMap.addLayer(c.id, i, layerItems[i], (f) => this.status(f));
      }
    });
  }

  // @method reload(): Promise — fetches the layers and the tasks again (as of the as-of day, if any),
  // redraws the map's layers, then sets programme and catalog, then dataVersion + 1 in the store.
  async reload() {
    const { catalog: old } = this.store.state;
    const [layerItems, tasksBody] = await Promise.all([
      Promise.all(old.order.map((id) => itemsUnlessTiled(this.api.items, groupItems, old.layers.get(id)))),
      this.api.tasks()]);
    const catalog = { ...old, tasks: new Map(), features: new Map() };
    tasksBody.tasks.forEach((task) => catalog.tasks.set(task.code, task));
    old.order.forEach((id, i) => layerItems[i].features.forEach((f) => catalog.features.set(featureId(f), f)));
    this.store.set({ catalog, programme: tasksBody });
    old.order.forEach((id, i) => this.planMap.replaceLayer(id, layerItems[i], (f) => this.status(f)));
  }
}
