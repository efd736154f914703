// The only module that talks to the planmap server (fetch). Every function resolves to parsed JSON or
// rejects with an ApiError naming the request, its HTTP status and the server's problem body (RFC 9457).
// The session lives in an HttpOnly cookie; the CSRF token the server hands out at sign-in is kept in the
// store (store.js: `csrf`), in memory only, and sent on every write. Every data read carries as_of=<the
// store's `asOf`> when an as-of day is set.

import { store, VIEWER } from './store.js';

// @class ApiError: an HTTP failure. status (0 for a network failure), problem (the parsed JSON body or {}).
export class ApiError extends Error {
  constructor(method, path, status, problem) {
    super(`${method} ${path}: HTTP ${status}${problem && problem.detail ? ` (${problem.detail})` : ''}`);
    this.status = status;
    this.problem = problem || {};
  }
}

async function request(method, path, { body, headers = {}, signal, raw = false } = {}) {
  const h = { Accept: 'application/json', ...headers };
  const { csrf } = store.state;
  if (method !== 'GET' && method !== 'HEAD' && csrf) {
    h['X-CSRF-Token'] = csrf;
  }
  let payload = body;
  if (body !== undefined && !raw) {
    h['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, { method, headers: h, body: payload, signal, credentials: 'same-origin' });
  } catch (e) {
    if (e.name === 'AbortError') {
      throw e;
    }
    throw new ApiError(method, path, 0, { detail: e.message });
  }
  const text = await response.text();
  let json = {};
  try {
    json = text ? JSON.parse(text) : {};
  } catch (e) {
    json = { detail: text.slice(0, 200) };
  }
  if (!response.ok) {
    throw new ApiError(method, path, response.status, json);
  }
  return { json, response };
}

async function getJson(path, options = {}) {
  return (await request('GET', path, options)).json;
}

// @function withAsOf(path: string): string — the path with as_of=<the store's asOf> added when an as-of day
// is set
export function withAsOf(path) {
  const { asOf } = store.state;
  if (!asOf) {
    return path;
  }
  return `${path}${path.includes('?') ? '&' : '?'}as_of=${encodeURIComponent(asOf)}`;
}

// @function config(): Promise<object> — the basemap ({tileUrl, tileAttribution}) and the API's terms (terms.js)
export const config = () => getJson('/config');

// @function quality(): Promise<{total, still_schematic, by_class, places}> — the data-quality table (/quality)
export const quality = () => getJson('/quality');

// @function collections(): Promise<{collections: Array}>
export const collections = () => getJson('/collections');

// @function items(layer: string, filters?: object): Promise<GeoJSON FeatureCollection>
// Every feature of a layer (up to 10 000), with the items API's filters (task, lead, kind, overdue, …).
export function items(layer, filters = {}) {
  const q = new URLSearchParams({ limit: '10000', ...filters });
  return getJson(itemsPath(layer, q));
}

// @function itemsPath(layer: string, params: URLSearchParams): string — as of the as-of day, if set
export function itemsPath(layer, params) {
  return withAsOf(`/collections/${encodeURIComponent(layer)}/items?${params}`);
}

// @function tasks({live}?): Promise<{today, sections, tasks}> — as of the as-of day; live: true asks for
// today's state whatever the as-of day (its `today` is the server's real today)
export const tasks = ({ live = false } = {}) => getJson(live ? '/tasks' : withAsOf('/tasks'));

// @function agencies(): Promise<{agencies: Array}>
export const agencies = () => getJson('/agencies');

// @function indicators(): Promise<{indicators: Array}> — the section II targets with their actual values per year
export const indicators = () => getJson('/indicators');

// @function saveActual(id, year, value: number, note: string): Promise<actual> — editors; kept in the history
export async function saveActual(id, year, value, note) {
  const path = `/indicators/${encodeURIComponent(id)}/actuals/${encodeURIComponent(year)}`;
  return (await request('PUT', path, { body: { value, note } })).json;
}

// @function agency(id): Promise<{agency, today, lead_tasks, partner_tasks, due_next_90_days, overdue}>
export const agency = (id) => getJson(agencyPath(id));

// @function annualReportPath(year: number, language: 'vi'|'en'): string — the annual report (DOCX) of a year
export function annualReportPath(year, language) {
  return `/annual-report?${new URLSearchParams({ year: String(year), format: 'docx', lang: language })}`;
}

// @function agencyPath(id, format?: 'html'): string
export function agencyPath(id, format) {
  return withAsOf(`/agencies/${encodeURIComponent(id)}${format ? `?f=${format}` : ''}`);
}

// @function search(q: string, limit: number, signal?: AbortSignal): Promise<{query, results}>
export function search(q, limit, signal) {
  const params = new URLSearchParams({ q, limit: String(limit) });
  return getJson(`/search?${params}`, { signal });
}

// @function coordinates(lon, lat, signal?): Promise<{x, y, epsg, title, area_of_use}> — a WGS84 position in
// VN-2000 / TM-3 zone 482 (EPSG:5897): x easting, y northing, metres
export function coordinates(lon, lat, signal) {
  const params = new URLSearchParams({ lon: lon.toFixed(7), lat: lat.toFixed(7) });
  return getJson(`/coordinates?${params}`, { signal });
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

// ------------------------------------------------------------------ accounts

function remember(body) {
  store.set({ csrf: body.csrf_token || null });
  return body.user || VIEWER;
}

// @function me(): Promise<user> — the signed-in user, or VIEWER (store.js)
export async function me() {
  return remember(await getJson('/auth/me'));
}

// @function login(username, password): Promise<user> — rejects with ApiError 401 / 429
export async function login(username, password) {
  return remember((await request('POST', '/auth/login', { body: { username, password } })).json);
}

// @function logout(): Promise<void>
export async function logout() {
  try {
    await request('POST', '/auth/logout', { body: {} });
  } finally {
    store.set({ csrf: null });
  }
}

// ------------------------------------------------------------------ reports, history

// @function reports(code): Promise<{reports: Array}>
export const reports = (code) => getJson(`/tasks/${encodeURIComponent(code)}/reports`);

// @function fileReport(code, report: {status, report_date, text, document_ref, agency}): Promise<report>
export async function fileReport(code, report) {
  return (await request('POST', `/tasks/${encodeURIComponent(code)}/reports`, { body: report })).json;
}

// @function attach(reportId, file: File): Promise<{id, href}>
export async function attach(reportId, file) {
  const path = `/reports/${encodeURIComponent(reportId)}/attachments?filename=${encodeURIComponent(file.name)}`;
  return (await request('POST', path, { body: file, raw: true, headers: { 'Content-Type': file.type } })).json;
}

// @function removeAttachment(reportId, attachmentId): Promise<void> — the author's; kept in the history
export async function removeAttachment(reportId, attachmentId) {
  await request('DELETE', `/reports/${encodeURIComponent(reportId)}/attachments/${encodeURIComponent(attachmentId)}`);
}

// @function reportQueue(): Promise<{reports: Array}> — every report, pending first (the editors' review queue)
export const reportQueue = () => getJson('/reports');

// @function reviewReport(id, review: 'accepted'|'rejected', reason: string|null): Promise<report>
export async function reviewReport(id, review, reason) {
  return (await request('PATCH', `/reports/${encodeURIComponent(id)}`, { body: { review, reason } })).json;
}

// @function history(entity: 'feature'|'task'|'report', id): Promise<{history: Array}>
export const history = (entity, id) => getJson(historyPath(entity, id));

// @function historyPath(entity, id, format?: 'csv'): string
export function historyPath(entity, id, format) {
  const params = new URLSearchParams({ entity, id });
  if (format) {
    params.set('f', format);
  }
  return `/history?${params}`;
}

// ------------------------------------------------------------------ editing

// @function editState(kind: 'features'|'tasks', id): Promise<{state, etag}>
export async function editState(kind, id) {
  const { json, response } = await request('GET', `/edit/${kind}/${encodeURIComponent(id)}`);
  return { state: json, etag: response.headers.get('ETag') };
}

// @function saveEdit(kind, id, etag, changes): Promise<{state, etag}> — ApiError 409 (conflict) / 400 / 428
export async function saveEdit(kind, id, etag, changes) {
  const { json, response } = await request('PATCH', `/edit/${kind}/${encodeURIComponent(id)}`,
    { body: changes, headers: { 'If-Match': etag } });
  return { state: json, etag: response.headers.get('ETag') };
}

// ------------------------------------------------------------------ scanned plans

// @function scans(feature?: string): Promise<{scans: Array}> — every live scan, or those a place was traced over
export const scans = (feature) => getJson(feature ? `/scans?feature=${encodeURIComponent(feature)}` : '/scans');

// @function uploadScan(file: File): Promise<scan> — ApiError 415 (not PNG/JPEG), 413 (too large)
export async function uploadScan(file) {
  const path = `/scans?filename=${encodeURIComponent(file.name)}`;
  return (await request('POST', path, { body: file, raw: true, headers: { 'Content-Type': file.type || 'application/octet-stream' } })).json;
}

// @function georeference(id, points: Array): Promise<scan> — ApiError 400 naming the point
export async function georeference(id, points) {
  return (await request('PUT', `/scans/${encodeURIComponent(id)}/georeference`, { body: { points } })).json;
}

// @function deleteScan(id): Promise<void>
export async function deleteScan(id) {
  await request('DELETE', `/scans/${encodeURIComponent(id)}`);
}

// @function tracedOver(id, feature): Promise<{added: boolean}> — records that the place was traced over the scan
export async function tracedOver(id, feature) {
  return (await request('POST', `/scans/${encodeURIComponent(id)}/places`, { body: { feature } })).json;
}

// ------------------------------------------------------------------ imports

// @function createImport(file: File, crs: string|null): Promise<import> — ApiError 400/413/415/422 say why
export async function createImport(file, crs) {
  const params = new URLSearchParams({ filename: file.name });
  if (crs) {
    params.set('crs', crs);
  }
  return (await request('POST', `/imports?${params}`,
    { body: file, raw: true, headers: { 'Content-Type': 'application/octet-stream' } })).json;
}

// @function applyImport(id, body: {assign, accuracy}): Promise<{id, places}>
export async function applyImport(id, body) {
  return (await request('POST', `/imports/${encodeURIComponent(id)}/apply`, { body })).json;
}
