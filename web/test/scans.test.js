import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overlayMatrix, cornersOf } from '../js/scan-overlay.js';
import { pointBody, pointFromClick } from '../js/georef-points.js';
import { metres } from '../js/numbers.js';

const apply = (m, x, y) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

test('the overlay matrix puts the image corners on the three map points, and the fourth follows', () => {
  const tl = { x: 100, y: 50 };
  const tr = { x: 500, y: 80 };
  const bl = { x: 80, y: 350 };
  const m = overlayMatrix(tl, tr, bl, 2000, 1500);
  assert.deepEqual(apply(m, 0, 0), [100, 50]);
  assert.deepEqual(apply(m, 2000, 0), [500, 80]);
  assert.deepEqual(apply(m, 0, 1500), [80, 350]);
  assert.deepEqual(apply(m, 2000, 1500), [480, 380], 'bottom-right = tr + bl - tl');
});

test('an unturned sheet gets a pure scale and shift', () => {
  const m = overlayMatrix({ x: 10, y: 20 }, { x: 210, y: 20 }, { x: 10, y: 120 }, 400, 200);
  assert.deepEqual(m, [0.5, 0, 0, 0.5, 10, 20]);
});

test('corners come from the server as [lon, lat] and go to Leaflet as [lat, lng]', () => {
  const c = cornersOf({ corners: { top_left: [105.77, 19.82], top_right: [105.79, 19.82],
    bottom_right: [105.79, 19.80], bottom_left: [105.77, 19.80] } });
  assert.deepEqual(c.top_left, [19.82, 105.77]);
  assert.deepEqual(c.bottom_right, [19.80, 105.79]);
});

test('a click on a sheet drawn at a quarter of its size picks the pixel of the full image', () => {
  const rect = { left: 40, top: 100, width: 500, height: 375 };
  assert.deepEqual(pointFromClick(40 + 125, 100 + 75, rect, 2000, 1500), [500, 300]);
  assert.deepEqual(pointFromClick(30, 90, rect, 2000, 1500), [0, 0], 'clamped into the image');
  assert.deepEqual(pointFromClick(40 + 0.1, 100, rect, 2000, 1500), [0.4, 0], 'kept to 0.1 px');
});

test('a control point is sent with either its grid coordinates or its lon/lat', () => {
  assert.deepEqual(pointBody({ image: [1, 2], world: { crs: 'EPSG:5897', x: 581000, y: 2192000 }, residual: 0.2 }),
    { image: [1, 2], world: { crs: 'EPSG:5897', x: 581000, y: 2192000 } });
  assert.deepEqual(pointBody({ image: [3, 4], lonlat: [105.78, 19.81], at: [105.78, 19.81] }),
    { image: [3, 4], lonlat: [105.78, 19.81] });
});

test('metres are written with two decimals, a comma in Vietnamese', () => {
  assert.equal(metres(0.4249, 'vi'), '0,42');
  assert.equal(metres(12, 'en'), '12.00');
});
