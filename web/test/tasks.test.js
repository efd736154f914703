// Unit tests of the tasks filter (web/js/task-filter.js) and the export URLs (web/js/export-url.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import './terms-fixture.js';
import { matchingTasks, featureMatches, isFilterActive } from '../js/task-filter.js';
import { exportUrl, itemsParams, filterParams, crsChoices } from '../js/export-url.js';

const today = '2026-11-27';
const tasks = [
  { code: 'IV.10', section: 'IV', lead: [{ id: 'ubnd-thanh-pho-thanh-hoa' }], due_date: '2023-03-31', ongoing: false, timeliness: 'overdue' },
  { code: 'VI.2', section: 'VI', lead: [{ id: 'so-giao-thong-van-tai' }, { id: 'ubnd-thanh-pho-thanh-hoa' }], due_date: null, ongoing: true, timeliness: 'ongoing' },
  { code: 'XI.1', section: 'XI', lead: [{ id: 'so-xay-dung' }], due_date: '2026-12-31', ongoing: false, timeliness: 'open' },
];
const codes = (list) => list.map((t) => t.code);

test('no filter keeps every task, in order', () => {
  assert.deepEqual(codes(matchingTasks(tasks, { lead: '', window: '', section: '' }, today)), ['IV.10', 'VI.2', 'XI.1']);
  assert.equal(isFilterActive({ lead: '', window: '', section: '' }), false);
});

test('each part of the filter narrows the list, and they combine', () => {
  assert.deepEqual(codes(matchingTasks(tasks, { lead: 'ubnd-thanh-pho-thanh-hoa' }, today)), ['IV.10', 'VI.2']);
  assert.deepEqual(codes(matchingTasks(tasks, { window: 'overdue' }, today)), ['IV.10']);
  assert.deepEqual(codes(matchingTasks(tasks, { window: 'ongoing' }, today)), ['VI.2']);
  assert.deepEqual(codes(matchingTasks(tasks, { window: 'quarter' }, today)), ['XI.1']);
  assert.deepEqual(codes(matchingTasks(tasks, { section: 'VI' }, today)), ['VI.2']);
  assert.deepEqual(codes(matchingTasks(tasks, { lead: 'ubnd-thanh-pho-thanh-hoa', window: 'overdue' }, today)), ['IV.10']);
  assert.deepEqual(codes(matchingTasks(tasks, { lead: 'so-xay-dung', window: 'overdue' }, today)), []);
});

test('a feature matches when it serves one of the tasks; one without tasks never does', () => {
  const set = new Set(['IV.10']);
  assert.equal(featureMatches({ properties: { tasks: [{ code: 'IV.10' }] } }, set), true);
  assert.equal(featureMatches({ properties: { tasks: [{ code: 'VI.2' }] } }, set), false);
  assert.equal(featureMatches({ properties: { tasks: ['IV.10'] } }, set), true);
  assert.equal(featureMatches({ properties: {} }, set), false);
});

test('the export URL names the layers, format, CRS and the matching tasks', () => {
  assert.equal(exportUrl({ layers: ['roads', 'centres'], format: 'gpkg', crs: 'vn2000-thanhhoa', taskCodes: null }),
    '/export?layers=roads,centres&format=gpkg&crs=vn2000-thanhhoa');
  assert.equal(exportUrl({ layers: ['roads'], format: 'csv', crs: 'wgs84', taskCodes: ['VI.2', 'IV.10'] }),
    '/export?layers=roads&format=csv&crs=wgs84&task=IV.10,VI.2');
});

test('there is nothing to export without a layer, or when the filter matches no task', () => {
  assert.equal(exportUrl({ layers: [], format: 'geojson', crs: 'wgs84', taskCodes: null }), null);
  assert.equal(exportUrl({ layers: ['roads'], format: 'geojson', crs: 'wgs84', taskCodes: [] }), null);
});

test('the GeoJSON fallback asks the items endpoint for everything, filtered the same way', () => {
  assert.equal(itemsParams(null).toString(), 'limit=10000&f=json');
  assert.equal(itemsParams(['VI.2']).toString(), 'limit=10000&f=json&task=VI.2');
  assert.deepEqual(filterParams(null), {});
});

test('KML and GeoJSON are always WGS84; the tasks workbook carries no CRS', () => {
  assert.deepEqual(crsChoices('kml'), ['wgs84']);
  assert.deepEqual(crsChoices('gpkg'), ['wgs84', 'vn2000-utm48', 'vn2000-thanhhoa']);
  assert.deepEqual(crsChoices('xlsx'), []);
  assert.equal(exportUrl({ layers: ['roads'], format: 'kml', crs: 'vn2000-utm48', taskCodes: null }),
    '/export?layers=roads&format=kml&crs=wgs84');
  assert.equal(exportUrl({ layers: ['roads'], format: 'xlsx', crs: 'vn2000-utm48', taskCodes: ['VI.2'] }),
    '/export?layers=roads&format=xlsx&task=VI.2');
});
