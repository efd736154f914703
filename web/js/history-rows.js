// A history row (/history) read for its one-line summary: which fields changed between its two states, a
// report's status change, an attachment's file name, and the summary in words. Pure (web/test/format.test.js,
// activity.test.js).

import { t } from './i18n.js';

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

const field = (name) => {
  const word = t('field.' + name);
  return word === 'field.' + name ? name : word;
};

// @function statusWord(status): string — a report status in words ('—' for none)
export const statusWord = (s) => (s ? t('status.' + s) : '—');

// @function historySummary(entry): string — plain text
export function historySummary(entry) {
  const p = historyParts(entry);
  if (entry.action === 'report') {
    return `${t('history.action.report')} · ${t('history.status', { from: statusWord(p.status.from), to: statusWord(p.status.to) })}`;
  }
  if (entry.action === 'traced over scan') {
    const scan = (parseState(entry.after) || {}).traced_over_scan || {};
    return t('scans.history', { name: scan.filename || '' });
  }
  if (entry.action === 'attachment') {
    return `${t('history.action.attachment')}${p.filename ? `: ${p.filename}` : ''}`;
  }
  if (entry.action === 'attachment removed') {
    return `${t('attach.remove')}: ${(entry.before && entry.before.filename) || ''}`;
  }
  if (entry.action.startsWith('report ') || entry.action.startsWith('review ')) {
    const state = entry.action.split(' ')[1];
    return `${t('review.state.' + state)}${p.status && p.status.from !== p.status.to ? ` · ${t('history.status', { from: statusWord(p.status.from), to: statusWord(p.status.to) })}` : ''}`;
  }
  const parts = [];
  const imported = entry.action === 'import' && /^imported from (.+) \((.+)\) by /.exec(entry.note || '');
  if (imported) {
    parts.push(`${t('history.action.import')} ${imported[1]} (${imported[2]})`);
  }
  if (p.geometry) {
    parts.push(t('history.geometry'));
  }
  if (p.fields.length) {
    parts.push(t('history.changed', { fields: p.fields.map(field).join(', ') }));
  }
  if (!parts.length) {
    parts.push(entry.before ? (t('history.action.' + entry.action) || entry.action) : t('history.created'));
  }
  return parts.join(' · ');
}
