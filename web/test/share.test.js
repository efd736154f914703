// Unit tests of the URL state of web/js/share.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encode, decode, defaultState } from '../js/share.js';

test('the default state has no hash, and an empty hash is the default state', () => {
  assert.equal(encode(defaultState()), '');
  assert.deepEqual(decode(''), defaultState());
  assert.deepEqual(decode('#'), defaultState());
});

test('a full state survives encode → decode', () => {
  const state = {
    view: { zoom: 14.5, lat: 19.80751, lng: 105.77639 },
    layers: ['roads', 'centres'],
    sel: { type: 'feature', id: 'dai-lo-bac-song-ma' },
    filter: { lead: 'so-xay-dung', window: 'overdue', section: 'VI' },
    dim: false,
    lang: 'en',
    tab: 'tasks',
    agency: 'so-xay-dung',
    asOf: '2026-11-26',
  };
  const hash = encode(state);
  assert.equal(hash, '#map=14.5/19.80751/105.77639&layers=roads,centres&sel=feature:dai-lo-bac-song-ma'
    + '&lead=so-xay-dung&win=overdue&sec=VI&dim=0&lang=en&tab=tasks&agency=so-xay-dung&asof=2026-11-26');
  assert.deepEqual(decode(hash), state);
});

test('a task selection keeps its dotted code', () => {
  const state = { ...defaultState(), sel: { type: 'task', id: 'VI.2' } };
  assert.equal(encode(state), '#sel=task:VI.2');
  assert.deepEqual(decode('#sel=task:VI.2').sel, { type: 'task', id: 'VI.2' });
});

test('no visible layer is an empty list, not "all layers"', () => {
  assert.equal(encode({ ...defaultState(), layers: [] }), '#layers=');
  assert.deepEqual(decode('#layers=').layers, []);
});

test('view coordinates are rounded to 5 decimals (about 1 m)', () => {
  const hash = encode({ ...defaultState(), view: { zoom: 13.123, lat: 19.8075123456, lng: 105.7763987654 } });
  assert.equal(hash, '#map=13.12/19.80751/105.7764');
});

test('malformed or hostile parts are ignored', () => {
  const s = decode('#map=99/500/x&sel=script:<b>&win=tomorrow&sec=VI.2&lang=fr&layers=roads,<x>,centres&lead=%E0%A4%A&tab=other');
  assert.equal(s.view, null);
  assert.equal(s.sel, null);
  assert.equal(s.filter.window, '');
  assert.equal(s.filter.section, '');
  assert.equal(s.filter.lead, '');
  assert.equal(s.lang, 'vi');
  assert.equal(s.tab, 'layers');
  assert.deepEqual(s.layers, ['roads', 'centres']);
});

test('percent-encoded values decode', () => {
  assert.deepEqual(decode('#sel=feature%3Acau-dai-hung').sel, { type: 'feature', id: 'cau-dai-hung' });
});

test('the as-of day and the agency tab survive the URL; malformed ones are ignored', () => {
  assert.deepEqual(decode('#asof=2026-11-26&tab=agency&agency=ubnd-thanh-pho-thanh-hoa'),
    { ...defaultState(), asOf: '2026-11-26', tab: 'agency', agency: 'ubnd-thanh-pho-thanh-hoa' });
  assert.equal(decode('#asof=26/11/2026').asOf, null);
  assert.equal(decode('#asof=2026-11-26%3Cscript%3E').asOf, null);
  assert.equal(decode('#tab=nonsense').tab, 'layers');
});
