// Unit tests of where badges go (web/js/map-geometry.js labelPoint: pure, no Leaflet needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelPoint } from '../js/map-geometry.js';

const near = (a, b) => assert.ok(Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9, `${a} ≈ ${b}`);

test('a point is its own label point', () => {
  near(labelPoint({ type: 'Point', coordinates: [105.78, 19.8] }), [105.78, 19.8]);
});

test('a line is labelled half-way along its length, not at its middle vertex', () => {
  near(labelPoint({ type: 'LineString', coordinates: [[0, 0], [1, 0], [4, 0]] }), [2, 0]);
});

test('a polygon is labelled at its area-weighted centroid, whatever the ring direction', () => {
  near(labelPoint({ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] }), [1, 1]);
  near(labelPoint({ type: 'Polygon', coordinates: [[[0, 0], [0, 2], [2, 2], [2, 0], [0, 0]]] }), [1, 1]);
});

test('a multi-polygon is labelled on its largest part', () => {
  const small = [[[10, 10], [11, 10], [11, 11], [10, 11], [10, 10]]];
  const big = [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]];
  near(labelPoint({ type: 'MultiPolygon', coordinates: [small, big] }), [2, 2]);
});
