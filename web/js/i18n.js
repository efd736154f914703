// The page's words in Vietnamese (default) and English. t(key) looks a word up in the current language;
// elements with data-i18n="key" (text), data-i18n-title, data-i18n-placeholder, data-i18n-aria-label get
// theirs from apply(root). Words are plain text: callers escape them like any other value.
// The current language is the store's `lang` (store.js): setLang() sets it, t() reads it.

import { store } from './store.js';
import core from './words/core.js';
import maptools from './words/maptools.js';
import scans from './words/scans.js';
import progress from './words/progress.js';
import accuracy from './words/accuracy.js';
import review from './words/review.js';
import print from './words/print.js';
import connection from './words/connection.js';
import annual from './words/annual.js';
import importWords from './words/import.js';
import clusters from './words/clusters.js';

// The word modules, one per feature (web/js/words/<feature>.js, each `export default {vi: {...}, en: {...}}`).
// A new feature adds its module here; a key may be declared in one module only (web/test/words.test.js).
export const WORD_MODULES = [
  core,
  maptools,
  scans,
  progress,
  accuracy,
  review,
  connection,
  annual,
  importWords,
  print,
  clusters,
];

const WORDS = { vi: {}, en: {} };
for (const words of WORD_MODULES) {
  Object.assign(WORDS.vi, words.vi);
  Object.assign(WORDS.en, words.en);
}

export const LANGS = ['vi', 'en'];

// @function setLang(lang: 'vi'|'en'): void — unknown values fall back to Vietnamese.
export function setLang(lang) {
  store.set({ lang: LANGS.includes(lang) ? lang : 'vi' });
}

// @function lang(): 'vi'|'en'
export function lang() {
  return LANGS.includes(store.state.lang) ? store.state.lang : 'vi';
}

// @function t(key: string, vars?: object): string
// The word for key in the current language, with {name} placeholders filled; the key itself when missing.
export function t(key, vars) {
  const s = WORDS[lang()][key] ?? WORDS.vi[key] ?? key;
  if (!vars) {
    return s;
  }
  return s.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
}

// @function pick(vi: string, en: string): string
// The English text when the page is in English and it exists, else the Vietnamese.
export function pick(vi, en) {
  return lang() === 'en' && en ? en : vi ?? '';
}

// @function apply(root: Element): void
// Fills data-i18n* elements under root, and the document's lang attribute.
export function apply(root) {
  root.querySelectorAll('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n);
  });
  for (const attr of ['title', 'placeholder', 'aria-label']) {
    const data = 'i18n' + attr.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('');
    root.querySelectorAll(`[data-i18n-${attr}]`).forEach((el) => {
      el.setAttribute(attr, t(el.dataset[data]));
    });
  }
  if (root.ownerDocument || root.documentElement) {
    (root.ownerDocument || root).documentElement.lang = lang();
  }
}
