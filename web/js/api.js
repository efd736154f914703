// The only module that talks to the planmap server (fetch). Every function resolves to parsed JSON or
// rejects with an Error naming the request and its HTTP status.

async function getJson(path, options = {}) {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, signal: options.signal });
  if (!response.ok) {
    throw new Error(`GET ${path}: HTTP ${response.status}`);
  }
  return response.json();
}

// @function config(): Promise<{tileUrl: string, tileAttribution: string}>
export const config = () => getJson('/config');

// @function collections(): Promise<{collections: Array}>
export const collections = () => getJson('/collections');

// @function items(layer: string, filters?: object): Promise<GeoJSON FeatureCollection>
// Every feature of a layer (up to 10 000), with the items API's filters (task, lead, kind, overdue, …).
export function items(layer, filters = {}) {
  const q = new URLSearchParams({ limit: '10000', ...filters });
  return getJson(itemsPath(layer, q));
}

// @function itemsPath(layer: string, params: URLSearchParams): string
export function itemsPath(layer, params) {
  return `/collections/${encodeURIComponent(layer)}/items?${params}`;
}

// @function tasks(): Promise<{today, sections, tasks}>
export const tasks = () => getJson('/tasks');

// @function agencies(): Promise<{agencies: Array}>
export const agencies = () => getJson('/agencies');

// @function search(q: string, limit: number, signal?: AbortSignal): Promise<{query, results}>
export function search(q, limit, signal) {
  const params = new URLSearchParams({ q, limit: String(limit) });
  return getJson(`/search?${params}`, { signal });
}

// @function exportAvailable(): Promise<boolean>
// Whether the server offers /export: a HEAD /export answers anything but 404/405 (a server without it
// answers 404, which the browser logs). Never rejects: false when unsure.
export async function exportAvailable() {
  try {
    const r = await fetch('/export', { method: 'HEAD' });
    return r.status !== 404 && r.status !== 405;
  } catch (e) {
    return false;
  }
}
