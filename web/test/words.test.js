import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WORD_MODULES, LANGS } from '../js/i18n.js';

test('every word module has the same keys in every language', () => {
  for (const words of WORD_MODULES) {
    const vi = Object.keys(words.vi).sort();
    for (const lang of LANGS) {
      assert.deepEqual(Object.keys(words[lang]).sort(), vi, `module with ${vi[0]} differs in ${lang}`);
    }
  }
});

test('no key is declared by two word modules', () => {
  const seen = new Map();
  WORD_MODULES.forEach((words, i) => {
    for (const key of Object.keys(words.vi)) {
      assert.ok(!seen.has(key), `${key} is declared in modules ${seen.get(key)} and ${i}`);
      seen.set(key, i);
    }
  });
});

test('no word is empty', () => {
  for (const words of WORD_MODULES) {
    for (const lang of LANGS) {
      for (const [key, word] of Object.entries(words[lang])) {
        assert.ok(typeof word === 'string' && word.trim() !== '', `${lang} ${key} is empty`);
      }
    }
  }
});
