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

test('the words of the API\'s vocabularies are the server\'s (/config), in both languages', async () => {
  const { CONFIG } = await import('./terms-fixture.js');
  const { t, setLang } = await import('../js/i18n.js');
  setLang('vi');
  assert.equal(t('status.done'), CONFIG.progress.find((p) => p.id === 'done').vi);
  assert.equal(t('timeliness.due_soon'), 'Sắp đến hạn');
  assert.equal(t('accuracy.class.surveyed'), 'Đo đạc', 'a class starts with a capital on the map');
  setLang('en');
  assert.equal(t('timeliness.overdue'), 'Overdue');
  assert.equal(t('accuracy.class.from_plan'), 'From plan or official map');
  setLang('vi');
  for (const words of WORD_MODULES) {
    for (const key of Object.keys(words.vi)) {
      assert.ok(!/^(status|timeliness|accuracy\.class)\.[a-z_]+$/.test(key) || key.startsWith('timeliness.legend')
        || key === 'timeliness.heading', `${key} is the server's word (/config), not a word module's`);
    }
  }
});
