// Unit tests of the import dialog's pure helpers (web/js/import-rules.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import './terms-fixture.js';
import { defaultChoice, applyBody, problemWords, attributeText, AUTO_MATCH } from '../js/import-rules.js';

test('a convincing best match is chosen; a weak one or none leaves the feature skipped', () => {
  assert.equal(defaultChoice({ matches: [{ feature: 'kcn-le-mon', score: 0.93 }] }), 'place:kcn-le-mon');
  assert.equal(defaultChoice({ matches: [{ feature: 'kcn-le-mon', score: AUTO_MATCH - 0.01 }] }), 'skip');
  assert.equal(defaultChoice({ matches: [] }), 'skip');
});

test('the apply body lists the assigned features and the accuracy; skipped ones are left out', () => {
  const r = applyBody([
    { index: 0, choice: 'place:kcn-le-mon' },
    { index: 1, choice: 'skip' },
    { index: 2, choice: 'new', layer: 'urban-areas', kind: 'park', name: ' Công viên Hồ Thành ' },
  ], { class: 'from_plan', metres: '2', source: ' QH 1/2000 ' });
  assert.deepEqual(r.body, {
    assign: [{ index: 0, feature: 'kcn-le-mon' }, { index: 2, layer: 'urban-areas', kind: 'park', name: 'Công viên Hồ Thành' }],
    accuracy: { class: 'from_plan', metres: 2, source: 'QH 1/2000' },
  });
});

test('nothing assigned, a nameless new place or a missing accuracy is said before sending', () => {
  const acc = { class: 'surveyed', metres: 1, source: 'đo đạc' };
  assert.equal(applyBody([{ index: 0, choice: 'skip' }], acc).error, 'import.nothing');
  assert.deepEqual(applyBody([{ index: 3, choice: 'new', layer: 'roads', kind: 'road', name: ' ' }], acc),
    { error: 'import.needName', index: 3 });
  assert.equal(applyBody([{ index: 0, choice: 'place:a' }], { ...acc, metres: '0' }).error, 'import.needAccuracy');
  assert.equal(applyBody([{ index: 0, choice: 'place:a' }], { ...acc, source: '' }).error, 'import.needAccuracy');
});

test("refusals are said in the page's words, with the likely CRS when the server knows it", () => {
  assert.equal(problemWords(415, {}).key, 'import.error.format');
  assert.equal(problemWords(413, {}).key, 'import.error.size');
  assert.equal(problemWords(400, { parameter: 'crs' }).key, 'import.error.crs');
  const far = problemWords(422, { feature: 0, distance_km: 1234, suggested_crs: 'EPSG:5897' });
  assert.equal(far.key, 'import.error.far');
  assert.equal(far.suggest, 'EPSG:5897');
  assert.equal(far.vars.index, 0);
  assert.equal(problemWords(422, { feature: 2, suggested_crs: 'EPSG:5897' }).key, 'import.error.notEarth');
  assert.equal(problemWords(422, { feature: 2 }).key, 'import.error.feature');
  assert.equal(problemWords(422, { parameter: 'body' }).key, 'import.error.unreadable');
  assert.equal(problemWords(500, {}).vars.status, 500);
});

test('attributes are listed as plain "key: value" pairs, without empty or nested values', () => {
  assert.equal(attributeText({ name: 'Khu A', dien_tich: 87.6, note: '', geom: { a: 1 }, nil: null }),
    'name: Khu A · dien_tich: 87.6');
});
