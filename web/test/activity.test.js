// Unit tests of the pure helpers of web/js/history-rows.js, dates.js, numbers.js and attachment-policy.js (reports, history, as of) and web/js/roles.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import './terms-fixture.js';
import { fileSizeText } from '../js/numbers.js';
import { attachmentProblem } from '../js/attachment-policy.js';
import { changedFields, historyParts } from '../js/history-rows.js';
import { splitCodes } from '../js/text.js';
import { onOrBefore, formatDateTime, isIsoDay } from '../js/dates.js';
import { reportingAgencies, canEdit } from '../js/roles.js';
import { historySummary } from '../js/history-rows.js';
import { setLang } from '../js/i18n.js';

test('file sizes read the way each language writes them', () => {
  assert.equal(fileSizeText(850, 'vi'), '850 B');
  assert.equal(fileSizeText(348160, 'en'), '340 KB');
  assert.equal(fileSizeText(1258291, 'vi'), '1,2 MB');
  assert.equal(fileSizeText(1258291, 'en'), '1.2 MB');
});

test('attachments: PDF, PNG, JPEG up to 5 MB, not empty', () => {
  assert.equal(attachmentProblem({ type: 'application/pdf', size: 10 }), null);
  assert.equal(attachmentProblem({ type: 'image/jpeg', size: 5 * 1024 * 1024 }), null);
  assert.equal(attachmentProblem({ type: 'image/png', size: 5 * 1024 * 1024 + 1 }), 'size');
  assert.equal(attachmentProblem({ type: 'application/msword', size: 10 }), 'type');
  assert.equal(attachmentProblem({ type: 'image/png', size: 0 }), 'empty');
});

test('a history row names the fields it changed; the geometry is "geometry", bookkeeping is silent', () => {
  const before = { name: 'A', geom: 'SRID=4326;LINESTRING(1 1,2 2)', tasks: ['VI.2'], version: 1, properties: { a: 1, b: 2 } };
  const after = { name: 'A', geom: 'SRID=4326;LINESTRING(1 1,3 3)', tasks: ['VI.2'], version: 2, properties: { b: 2, a: 1 } };
  assert.deepEqual(changedFields(before, after), ['geometry']);
  assert.deepEqual(historyParts({ action: 'edit', before, after: { ...after, name: 'B' } }),
    { geometry: true, fields: ['name'], status: null, filename: null });
  assert.deepEqual(historyParts({ action: 'report', before: '{"status":"not_reported"}', after: { status: 'done' } }).status,
    { from: 'not_reported', to: 'done' });
  assert.equal(historyParts({ action: 'attachment', before: null, after: { filename: 'qd.pdf' } }).filename, 'qd.pdf');
});

test('a stated accuracy changes fields that the Vietnamese history names in Vietnamese', () => {
  const before = { accuracy: 'schematic, ±1500 m: …', accuracy_vi: 'sơ đồ, ±1.500 m: …', accuracy_class: 'schematic',
    accuracy_m: 1500, accuracy_source: 'Tin tức', accuracy_source_en: 'News' };
  const after = { accuracy: 'from plan, ±2 m: …', accuracy_vi: 'theo bản đồ, quy hoạch, ±2 m: …',
    accuracy_class: 'from_plan', accuracy_m: 2, accuracy_source: 'Quy hoạch 1/500', accuracy_source_en: 'Plan 1/500' };
  setLang('vi');
  const vi = historySummary({ action: 'edit', before, after });
  assert.match(vi, /Độ chính xác vị trí \(tiếng Việt\)/);
  assert.match(vi, /mức độ chính xác, sai số \(m\), nguồn công khai \(tiếng Việt\), nguồn công khai \(tiếng Anh\)/);
  assert.doesNotMatch(vi, /accuracy/);
  setLang('en');
  assert.match(historySummary({ action: 'edit', before, after }), /accuracy class, uncertainty \(m\)/);
  setLang('vi');
});

test('task codes typed by an editor', () => {
  assert.deepEqual(splitCodes(' vi.2, IV.10;VI.2 '), ['VI.2', 'IV.10']);
  assert.deepEqual(splitCodes(''), []);
});

test('as of a day: instants up to that day\'s end in Thanh Hóa (UTC+7)', () => {
  assert.equal(onOrBefore('2026-11-26T16:59:59Z', '2026-11-26'), true);
  assert.equal(onOrBefore('2026-11-26T17:00:00Z', '2026-11-26'), false, 'midnight of the 27th in Thanh Hóa');
  assert.equal(onOrBefore('nonsense', '2026-11-26'), false);
  assert.equal(formatDateTime('2026-11-27T05:00:00Z'), '27/11/2026 12:00');
  assert.equal(isIsoDay('2026-02-29'), false);
  assert.equal(isIsoDay('2024-02-29'), true);
});

test('who may report on a task and who may edit', () => {
  const task = { lead: [{ id: 'ubnd-thanh-pho-thanh-hoa' }], partners: [{ id: 'so-xay-dung' }] };
  assert.deepEqual(reportingAgencies({ role: 'reporter', agencies: ['so-y-te', 'so-xay-dung'] }, task), ['so-xay-dung']);
  assert.deepEqual(reportingAgencies({ role: 'reporter', agencies: ['so-y-te'] }, task), []);
  assert.deepEqual(reportingAgencies({ role: 'viewer' }, task), []);
  assert.deepEqual(reportingAgencies({ role: 'admin', agencies: [] }, task), ['ubnd-thanh-pho-thanh-hoa', 'so-xay-dung']);
  assert.equal(canEdit({ role: 'editor' }), true);
  assert.equal(canEdit({ role: 'reporter' }), false);
});
