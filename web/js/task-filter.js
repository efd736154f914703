// The task filter (lead agency, deadline window, section) as the store holds it (`filter`, `dim`): which
// tasks and places it keeps, how the map dims the others, and the context an export or a print takes from
// it. matchingTasks/featureMatches/isFilterActive are pure (unit-tested).

import { inWindow } from './deadlines.js';
import { t, pick } from './i18n.js';

// @function isFilterActive(filter): boolean
export function isFilterActive(filter) {
  return Boolean(filter && (filter.lead || filter.window || filter.section));
}

// @function matchingTasks(tasks: Array, filter: {lead, window, section}, todayIso: string): Array
// The tasks (as /tasks gives them) that pass every set part of the filter, in their order.
export function matchingTasks(tasks, filter, todayIso) {
  const f = filter || {};
  return tasks.filter((task) =>
    (!f.lead || (task.lead || []).some((a) => a.id === f.lead))
    && (!f.section || task.section === f.section)
    && (!f.window || inWindow(task, f.window, todayIso)));
}

// @function featureMatches(feature, codes: Set<string>): boolean
// Whether a feature serves at least one of the task codes (a feature with no task never matches).
export function featureMatches(feature, codes) {
  const tasks = (feature.properties && feature.properties.tasks) || [];
  return tasks.some((task) => codes.has(typeof task === 'string' ? task : task.code));
}

// @function matchingCodes(state): Set<string> — the codes of the store's tasks that pass its filter
export function matchingCodes(state) {
  const { programme } = state;
  return new Set(matchingTasks(programme.tasks, state.filter, programme.today).map((task) => task.code));
}

// @function dimmedMatches(state): Set<string>|null — the ids of the features the map keeps bright, or null
// when nothing is dimmed (no filter, or dimming turned off)
export function dimmedMatches(state) {
  if (!state.dim || !isFilterActive(state.filter)) {
    return null;
  }
  const codes = matchingCodes(state);
  const matching = new Set();
  for (const [id, feature] of state.catalog.features) {
    if (featureMatches(feature, codes)) {
      matching.add(id);
    }
  }
  return matching;
}

// @function filterText(state): string — the filter in words ("Cơ quan chủ trì: … · Thời hạn: …"), '' if none
export function filterText(state) {
  const f = state.filter;
  const { agencies } = state.catalog;
  const parts = [];
  if (f.lead && agencies.has(f.lead)) {
    const a = agencies.get(f.lead);
    parts.push(`${t('tasks.filter.lead')}: ${pick(a.name_vi, a.name_en)}`);
  }
  if (f.window) {
    parts.push(`${t('tasks.filter.window')}: ${t('tasks.window.' + f.window)}`);
  }
  if (f.section) {
    parts.push(`${t('tasks.filter.section')}: ${f.section}`);
  }
  return parts.join(' · ');
}

// @function visibleLayers(state, visible: (layerId) → boolean): Array — the visible layers as the map shows
// them (a group of collections is one layer), in the map's order
export function visibleLayers(state, visible) {
  const { catalog } = state;
  return catalog.order.filter(visible).map((id) => catalog.layers.get(id));
}

// @function exportContext(state, visible: (layerId) → boolean): {layers, taskCodes, filterText} — what the
// export and print dialogs take: the member collections of the visible layers, the filtered task codes
// (null without a filter) and the filter in words
export function exportContext(state, visible) {
  const layers = visibleLayers(state, visible).flatMap((layer) => layer.members);
  const taskCodes = isFilterActive(state.filter) ? [...matchingCodes(state)] : null;
  return { layers, taskCodes, filterText: filterText(state) };
}
