// Unit tests of the app's store (web/js/store.js) and of the language that i18n.js reads from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Store, initialState, urlState, store } from '../js/store.js';
import { setLang, lang, t } from '../js/i18n.js';
import { encode } from '../js/share.js';

test('set() tells the subscribers of the keys that changed, and only those', () => {
  const s = new Store({ a: 1, b: 2 });
  const calls = [];
  s.subscribe(['a'], (state, changed) => calls.push(['a', state.a, changed]));
  s.subscribe(null, (state, changed) => calls.push(['any', changed]));
  assert.deepEqual(s.set({ b: 3 }), ['b']);
  assert.deepEqual(s.set({ a: 1 }), [], 'an unchanged value is no change');
  assert.deepEqual(s.set({ a: 5, b: 3 }), ['a']);
  assert.deepEqual(calls, [['any', ['b']], ['a', 5, ['a']], ['any', ['a']]]);
});

test('a state is never changed in place; an unsubscribed listener hears nothing more', () => {
  const s = new Store({ a: 1 });
  const before = s.state;
  let heard = 0;
  const stop = s.subscribe(['a'], () => { heard += 1; });
  s.set({ a: 2 });
  stop();
  s.set({ a: 3 });
  assert.equal(before.a, 1);
  assert.ok(Object.isFrozen(s.state));
  assert.throws(() => { 'use strict'; s.state.a = 9; }, TypeError);
  assert.equal(heard, 1);
});

test("the URL's part of the state is what share.js encodes, and nothing of the session or the data", () => {
  const state = { ...initialState(), lang: 'en', csrf: 'secret', tab: 'tasks' };
  const url = urlState(state);
  assert.equal(url.csrf, undefined);
  assert.equal(url.catalog, undefined);
  assert.equal(encode(url), '#lang=en&tab=tasks');
});

test("the page's language is the store's", () => {
  setLang('en');
  assert.equal(store.state.lang, 'en');
  assert.equal(t('tabs.tasks'), 'Tasks');
  store.set({ lang: 'vi' });
  assert.equal(lang(), 'vi');
  assert.equal(t('tabs.tasks'), 'Nhiệm vụ');
  setLang('fr');
  assert.equal(lang(), 'vi', 'an unknown language falls back to Vietnamese');
});
