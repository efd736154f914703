// The addresses of a download: /export for the visible layers in a format and a coordinate system, with the
// tasks filter in force, and the items endpoints of one layer (the fallback). Pure (unit-tested).

import { crsChoices } from './terms.js';

export { crsChoices };

// @function filterParams(taskCodes: string[]|null): object
// The items/export filter for a tasks filter: the codes of the matching tasks (a feature passes when it
// serves one of them), or nothing when no filter is active (taskCodes null).
export function filterParams(taskCodes) {
  return taskCodes === null ? {} : { task: [...taskCodes].sort().join(',') };
}

// @function exportUrl({layers, format, crs, taskCodes}): string|null
// The /export URL; null when there is nothing to export (no layer, or a filter no task passes).
export function exportUrl({ layers, format, crs, taskCodes }) {
  if (!layers.length || (taskCodes !== null && !taskCodes.length)) {
    return null;
  }
  const choices = crsChoices(format);
  const params = new URLSearchParams({ layers: layers.join(','), format });
  if (choices.length) {
    params.set('crs', choices.includes(crs) ? crs : 'wgs84');
  }
  Object.entries(filterParams(taskCodes)).forEach(([k, v]) => params.set(k, v));
  return `/export?${params.toString().replace(/%2C/g, ',')}`;
}

// @function itemsParams(taskCodes: string[]|null): URLSearchParams — one layer's GeoJSON download
export function itemsParams(taskCodes) {
  return new URLSearchParams({ limit: '10000', f: 'json', ...filterParams(taskCodes) });
}
