// Unit tests of the map tools' pure parts: label placement, the coordinate and measurement texts.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { placeLabels } from '../js/labels.js';
import { latLngText } from '../js/cursor.js';
import { formatDecimal } from '../js/numbers.js';
import { lengthText, areaText } from '../js/measure.js';
import { setLang } from '../js/i18n.js';

describe('placeLabels', () => {
  const size = { x: 400, y: 300 };
  test('keeps the first of two overlapping names and both of two apart', () => {
    const kept = placeLabels([
      { id: 'a', x: 100, y: 100, width: 80 },
      { id: 'b', x: 120, y: 105, width: 80 },
      { id: 'c', x: 300, y: 100, width: 80 },
    ], size, 16);
    assert.deepEqual(kept.map((k) => k.id), ['a', 'c']);
  });
  test('leaves out a name that would leave the map', () => {
    assert.deepEqual(placeLabels([{ id: 'edge', x: 10, y: 100, width: 80 }], size, 16), []);
    assert.deepEqual(placeLabels([{ id: 'top', x: 200, y: 4, width: 80 }], size, 16), []);
  });
  test('keeps names off the obstacles (symbols, badges)', () => {
    const obstacles = [{ l: 90, t: 90, r: 110, b: 110 }];
    assert.deepEqual(placeLabels([{ id: 'a', x: 100, y: 100, width: 40 }], size, 16, obstacles), []);
    assert.equal(placeLabels([{ id: 'a', x: 100, y: 60, width: 40 }], size, 16, obstacles).length, 1);
  });
  test('takes a place\'s next position when the first is blocked, and only one of them', () => {
    const badge = [{ l: 80, t: 60, r: 120, b: 80 }];
    const kept = placeLabels([
      { id: 'a', x: 100, y: 70, width: 30 },
      { id: 'a', x: 150, y: 100, width: 30 },
      { id: 'a', x: 100, y: 130, width: 30 },
    ], size, 16, badge);
    assert.deepEqual(kept, [{ id: 'a', x: 150, y: 100 }]);
  });
});

describe('coordinate texts', () => {
  test('group thousands and mark decimals as each language writes them', () => {
    assert.equal(formatDecimal(2190328.714, 2, 'vi'), '2.190.328,71');
    assert.equal(formatDecimal(2190328.714, 2, 'en'), '2,190,328.71');
    assert.equal(formatDecimal(-581142.8, 1, 'vi'), '-581.142,8');
    assert.equal(formatDecimal(845, 0, 'en'), '845');
  });
  test('latitude and longitude carry their hemisphere in the page language', () => {
    setLang('vi');
    assert.equal(latLngText(19.8075, 105.77639, 'vi'), '19,80750° B · 105,77639° Đ');
    setLang('en');
    assert.equal(latLngText(-19.8075, -105.77639, 'en'), '19.80750° S · 105.77639° W');
    setLang('vi');
  });
});

describe('measurement texts', () => {
  test('lengths in metres under a kilometre, kilometres above', () => {
    assert.equal(lengthText(845.26, 'vi'), '845,3 m');
    assert.equal(lengthText(3620.4, 'vi'), '3,62 km');
    assert.equal(lengthText(3620.4, 'en'), '3.62 km');
  });
  test('areas in square metres, hectares, then square kilometres', () => {
    assert.equal(areaText(8500.4, 'vi'), '8.500 m²');
    assert.equal(areaText(3479800, 'vi'), '347,98 ha');
    assert.equal(areaText(28993505, 'en'), '28.99 km²');
  });
});
