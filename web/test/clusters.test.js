// Unit tests of how a group of points that overlap is drawn and named (web/js/point-clusters.js; no Leaflet needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterState, clusterTitle } from '../js/point-clusters.js';
import { setLang } from '../js/i18n.js';

test('a group is dimmed only when every one of its places is outside the tasks filter', () => {
  const ids = ['a', 'b', 'c'];
  assert.equal(clusterState(ids, null, []).dimmed, false, 'no filter, nothing dimmed');
  assert.equal(clusterState(ids, new Set(), []).dimmed, true, 'none matches');
  assert.equal(clusterState(ids, new Set(['b']), []).dimmed, false, 'one matches: the group stays bright');
});

test('a group is marked selected when one of its places is', () => {
  assert.equal(clusterState(['a', 'b'], null, []).selected, false);
  assert.equal(clusterState(['a', 'b'], null, ['x', 'b']).selected, true);
});

test('the group says how many places it holds, in the page\'s language', () => {
  setLang('vi');
  assert.equal(clusterTitle(3), '3 địa điểm gần như trùng vị trí ở mức thu phóng này: bấm để tách ra');
  setLang('en');
  assert.equal(clusterTitle(2), '2 places at almost the same position at this zoom: click to spread them out');
  setLang('vi');
});

test('the printed legend explains the disc without asking for a click paper cannot take', async () => {
  const { legendHtml } = await import('../js/print-sheet.js');
  setLang('vi');
  const legend = legendHtml([], '');
  assert.match(legend, /data-cluster-legend/);
  assert.match(legend, /số là số địa điểm/);
  assert.doesNotMatch(legend, /bấm/);
});
