// A history row (/history) read for its one-line summary: which fields changed between its two states, a
// report's status change, an attachment's file name. Pure (web/test/format.test.js).

// Bookkeeping fields of a history row's states, never worth a reader's attention.
const SILENT_FIELDS = ['version', 'updated_at', 'updated_by', 'search_text'];

function stable(value) {
  if (Array.isArray(value)) {
    return `[${value.map(stable).join(',')}]`;
  }
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stable(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

// @function changedFields(before: object|null, after: object|null): string[]
// The fields whose values differ between two states of a history row, in a stable order; the stored
// geometry ("geom" or "geometry") is named "geometry". A report row (before {status}, after a report)
// gives ["status"] when the status changed.
export function changedFields(before, after) {
  const a = before && typeof before === 'object' ? before : {};
  const b = after && typeof after === 'object' ? after : {};
  if (!before) {
    return Object.keys(b).filter((k) => !SILENT_FIELDS.includes(k)).map((k) => (k === 'geom' ? 'geometry' : k)).sort();
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const out = new Set();
  for (const k of keys) {
    if (SILENT_FIELDS.includes(k) || !(k in a) || !(k in b)) {
      continue;
    }
    if (stable(a[k]) !== stable(b[k])) {
      out.add(k === 'geom' ? 'geometry' : k);
    }
  }
  return [...out].sort();
}

// @function parseState(value): object|null — a history row's before/after, given as JSON text or an object
export function parseState(value) {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  if (typeof value === 'object') {
    return value;
  }
  try {
    const parsed = JSON.parse(value);
    return parsed && typeof parsed === 'object' ? parsed : { value: parsed };
  } catch (e) {
    return { value };
  }
}

// @function historyParts(entry: {action, before, after}): {geometry: boolean, fields: string[], status: {from, to}|null, filename: string|null}
// What a history row changed, for a one-line summary: whether the geometry was redrawn, the other fields
// changed, a report's status change and an attachment's file name.
export function historyParts(entry) {
  const before = parseState(entry.before);
  const after = parseState(entry.after);
  const out = { geometry: false, fields: [], status: null, filename: null };
  if (entry.action === 'report' || entry.action.startsWith('report ')) {
    // a report (before: the task's status; after: the report) or a review (before/after: the task's status)
    const from = before && before.status;
    const to = after && after.status;
    out.status = { from: from || null, to: to || null };
    return out;
  }
  if (entry.action === 'attachment') {
    out.filename = (after && after.filename) || null;
    return out;
  }
  const fields = changedFields(before, after);
  out.geometry = fields.includes('geometry');
  out.fields = fields.filter((f) => f !== 'geometry');
  return out;
}
