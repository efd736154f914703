// Unit tests of the pure vertex-editing helpers of web/js/draw.js and the edit body of web/js/editor.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toPaths, fromPaths, midpoints, insertVertex, removeVertex, moveVertex } from '../js/draw.js';
import { editChanges } from '../js/edit-form.js';

const line = { type: 'LineString', coordinates: [[105.7, 19.8], [105.8, 19.8], [105.8, 19.9]] };
const square = { type: 'Polygon', coordinates: [[[105.7, 19.7], [105.8, 19.7], [105.8, 19.8], [105.7, 19.8], [105.7, 19.7]]] };

test('lines and polygons survive toPaths → fromPaths, rings closed again', () => {
  assert.deepEqual(fromPaths(toPaths(line)), line);
  assert.deepEqual(fromPaths(toPaths(square)), square);
  const multi = { type: 'MultiPolygon', coordinates: [square.coordinates, square.coordinates] };
  assert.deepEqual(fromPaths(toPaths(multi)), multi);
  assert.equal(toPaths(square).paths[0].coords.length, 4, 'the closing repeat is not a handle');
  assert.equal(toPaths({ type: 'Point', coordinates: [105.7, 19.8] }), null, 'points are not redrawn');
});

test('midpoints sit between neighbours, and a ring has one on its closing edge', () => {
  assert.deepEqual(midpoints(toPaths(line).paths[0]).map((m) => m.after), [0, 1]);
  const ring = toPaths(square).paths[0];
  const mids = midpoints(ring);
  assert.equal(mids.length, 4);
  assert.deepEqual(mids[3].at, [105.7, 19.75]);
});

test('inserting, moving and deleting vertices; a line keeps two and a ring three', () => {
  const path = toPaths(line).paths[0];
  const inserted = insertVertex(path, 0, [105.75, 19.81]);
  assert.deepEqual(inserted.coords[1], [105.75, 19.81]);
  assert.equal(path.coords.length, 3, 'the original is untouched');
  assert.deepEqual(moveVertex(path, 2, [1, 2]).coords[2], [1, 2]);
  const two = removeVertex(path, 1);
  assert.equal(two.coords.length, 2);
  assert.equal(removeVertex(two, 0), null, 'a line needs two vertices');
  assert.equal(removeVertex(removeVertex(toPaths(square).paths[0], 0), 0), null, 'a ring needs three');
});

test('the edit body holds only what changed, tasks compared as sets, and a redrawn geometry', () => {
  const base = { name: 'Phố Lê Hoàn', name_en: '', accuracy: 'a', source_text: 's', tasks: ['VI.2', 'IV.10'] };
  const same = { name: 'Phố Lê Hoàn', name_en: '', accuracy: 'a', source_text: 's', tasks: ['IV.10', 'VI.2'] };
  assert.deepEqual(editChanges(base, same, null), {});
  assert.deepEqual(editChanges(base, { ...same, name: 'X', tasks: ['VI.2'] }, line),
    { name: 'X', tasks: ['VI.2'], geometry: line });
  assert.deepEqual(editChanges(base, { ...same, accuracy_vi: 'sơ đồ, ±600 m: vẽ theo lời mô tả' }, null),
    { accuracy_vi: 'sơ đồ, ±600 m: vẽ theo lời mô tả' }, 'the Vietnamese sentence is edited too');
});
