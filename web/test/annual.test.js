// Unit tests of the annual evaluation's pure parts: its report's path (web/js/api.js), numbers as typed (web/js/numbers.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annualReportPath } from '../js/api.js';
import { parseNumber } from '../js/numbers.js';

test('the report link names the year, the format and the language', () => {
  assert.equal(annualReportPath(2025, 'vi'), '/annual-report?year=2025&format=docx&lang=vi');
});

test('numbers are read with a decimal comma or point, anything else refused', () => {
  assert.equal(parseNumber('98,5'), 98.5);
  assert.equal(parseNumber(' 10 660 '), 10660);
  assert.equal(parseNumber('-2.25'), -2.25);
  assert.equal(parseNumber('12a'), null);
  assert.equal(parseNumber(''), null);
});
