// Unit tests of web/js/geodesy.js against independent references:
//  distances: PROJ's geod (Karney's algorithm), `printf '19.80 105.75 19.85 105.80\n' | geod +ellps=WGS84 -I -f %.6f`
//  areas: PostGIS 3 ST_Area(geography) (geodesic polygon on WGS84), e.g.
//    SELECT ST_Area('POLYGON((105.75 19.80,105.80 19.80,105.80 19.85,105.75 19.85,105.75 19.80))'::geography)
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { distance, length, area } from '../js/geodesy.js';

const near = (actual, expected, tolerance, what) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} is not within ${tolerance} of ${expected}`);

describe('distance', () => {
  test('agrees with geod to the millimetre across the city and the region', () => {
    near(distance([105.75, 19.80], [105.80, 19.85]), 7620.709, 0.001, 'city diagonal');
    near(distance([105.62, 19.70], [105.90, 19.92]), 38128.044, 0.001, 'region diagonal');
  });
  test('is symmetric and zero for the same point', () => {
    assert.equal(distance([105.77639, 19.8075], [105.77639, 19.8075]), 0);
    near(distance([105.80, 19.85], [105.75, 19.80]), distance([105.75, 19.80], [105.80, 19.85]), 1e-9, 'symmetry');
  });
  test('a degree of latitude at the equator is 110 574.389 m (the meridian arc of WGS84)', () => {
    near(distance([0, 0], [0, 1]), 110574.389, 0.001, 'meridian degree');
  });
  test('along the equator the distance is the arc of the semi-major axis', () => {
    near(distance([0, 0], [1, 0]), (6378137 * Math.PI) / 180, 0.001, 'equatorial degree');
  });
});

describe('length', () => {
  test('sums its segments; a lone point or nothing is 0', () => {
    const line = [[105.75, 19.80], [105.80, 19.85], [105.90, 19.92]];
    near(length(line), distance(line[0], line[1]) + distance(line[1], line[2]), 1e-9, 'sum');
    assert.equal(length([[105.75, 19.80]]), 0);
    assert.equal(length([]), 0);
  });
});

describe('area', () => {
  const square = [[105.75, 19.80], [105.80, 19.80], [105.80, 19.85], [105.75, 19.85], [105.75, 19.80]];
  test('a 0.05° square in the city agrees with PostGIS within 1 m² (of 29 km²)', () => {
    near(area(square), 28993505.016, 1, 'square');
  });
  test('the region agrees with PostGIS within 2 parts per million', () => {
    const region = [[105.62, 19.70], [105.90, 19.72], [105.85, 19.92], [105.64, 19.88]];
    near(area(region), 545125652.400, 545125652.4 * 2e-6, 'region');
  });
  test('does not depend on winding or on the ring being closed', () => {
    near(area([...square].reverse()), area(square), 1e-6, 'reversed');
    near(area(square.slice(0, -1)), area(square), 1e-6, 'open ring');
  });
  test('fewer than three positions enclose nothing', () => {
    assert.equal(area([[105.75, 19.80], [105.80, 19.85]]), 0);
  });
});
