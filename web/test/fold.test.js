// The browser's search folding against the one table of cases the server's test reads too
// (web/test/fold-cases.json), so that a place found in the map's filter is found by /search.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fold } from '../js/text.js';

const { cases } = JSON.parse(readFileSync(new URL('./fold-cases.json', import.meta.url), 'utf8'));

test('the table of folding cases is not empty', () => {
  assert.ok(cases.length >= 10, `only ${cases.length} cases`);
});

for (const { text, folded } of cases) {
  test(`fold(${JSON.stringify(text)}) is ${JSON.stringify(folded)}, as on the server`, () => {
    assert.equal(fold(text), folded);
  });
}
