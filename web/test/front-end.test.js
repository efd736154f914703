// The front end's house rules, checked on the source (web/js): small modules, no module-level mutable state
// outside the store, markup through templates (lit-html, html.js) except in the string builders named here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../js/', import.meta.url));
const modules = readdirSync(dir).filter((f) => f.endsWith('.js')).map((name) => ({ name, text: readFileSync(dir + name, 'utf8') }));

// The modules that still write markup as strings, each escaping every value with escapeHtml (text.js), and why.
const STRING_BUILDERS = {
  'print-sheet.js': 'the print sheet, unit-tested as strings (web/test/print.test.js)',
  'print.js': 'puts the print sheet of print-sheet.js on the page',
  'timeliness.js': "the print sheet's timeliness chip",
  'styles.js': "Leaflet's icons take their markup as strings",
  'map-entry.js': "Leaflet's tooltips take strings",
  'map-feature.js': "Leaflet's badge icons take strings",
  'draw.js': 'a Leaflet control in a module the node tests import',
  'measure.js': 'a Leaflet control in a module the node tests import',
  'cursor.js': 'a Leaflet control in a module the node tests import',
  'tiled-layer.js': "Leaflet's popups take strings",
  'text.js': 'declares escapeHtml',
};

test('no module is longer than 300 lines', () => {
  const long = modules.filter((m) => m.text.split('\n').length > 301).map((m) => m.name);
  assert.deepEqual(long, []);
});

test('no module keeps mutable state of its own: the app state is the store\'s (store.js)', () => {
  const offenders = [];
  for (const m of modules.filter((x) => x.name !== 'store.js')) {
    for (const line of m.text.split('\n')) {
      if (/^(let|var)\s/.test(line) || /^(export\s+)?const\s+\w+\s*=\s*(new\s+(Map|Set|WeakMap)\(\s*\)|\{\s*\}|\[\s*\]);/.test(line)) {
        offenders.push(`${m.name}: ${line.trim()}`);
      }
    }
  }
  assert.deepEqual(offenders, []);
});

test('markup reaches the page through templates, except in the string builders named above', () => {
  const offenders = modules
    .filter((m) => !STRING_BUILDERS[m.name] && /\.innerHTML\s*=|insertAdjacentHTML\(|\.outerHTML\s*=|escapeHtml\(/.test(m.text))
    .map((m) => m.name);
  assert.deepEqual(offenders, []);
});

test('a module that writes templates never escapes by hand (the templates do)', () => {
  const offenders = modules.filter((m) => /from '\.\/html\.js'/.test(m.text) && /escapeHtml\(/.test(m.text))
    .map((m) => m.name);
  assert.deepEqual(offenders, ['print.js']); // its options dialog is a template; its sheet comes from print-sheet.js
});

test('only api.js calls fetch', () => {
  const offenders = modules.filter((m) => m.name !== 'api.js' && /(?<![.\w])fetch\(/.test(m.text)).map((m) => m.name);
  assert.deepEqual(offenders, []);
});
