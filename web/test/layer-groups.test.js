// Unit tests of web/js/layer-groups.js (run: node --test web/test/).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { groupCollections, groupItems } from '../js/layer-groups.js';

const box = (w, s, e, n) => ({ spatial: { bbox: [[w, s, e, n]], crs: 'CRS84' } });

describe('groupCollections', () => {
  test('folds a collection into the group it names, summing counts and joining extents', () => {
    const groups = groupCollections([
      { id: 'context', numberOfFeatures: 2, extent: box(105.6, 19.7, 105.8, 19.9) },
      { id: 'river', group: 'context', numberOfFeatures: 1, extent: box(105.7, 19.8, 105.9, 19.95) },
      { id: 'roads', numberOfFeatures: 13, extent: box(105.7, 19.75, 105.85, 19.9) },
    ]);
    assert.deepEqual(groups.map((g) => g.id), ['context', 'roads']);
    assert.deepEqual(groups[0].members.map((m) => m.id), ['context', 'river']);
    assert.equal(groups[0].numberOfFeatures, 3);
    assert.deepEqual(groups[0].extent.spatial.bbox[0], [105.6, 19.7, 105.9, 19.95]);
    assert.deepEqual(groups[1].members.map((m) => m.id), ['roads']);
  });
  test('joins the kinds of the members, each id once', () => {
    const [g] = groupCollections([
      { id: 'facilities', kinds: [{ id: 'museum' }, { id: 'park', label_vi: 'Công viên' }] },
      { id: 'facility-areas', group: 'facilities', kinds: [{ id: 'park', label_vi: 'other' }, { id: 'sports' }] },
    ]);
    assert.deepEqual(g.kinds.map((k) => k.id), ['museum', 'park', 'sports']);
    assert.equal(g.kinds[1].label_vi, 'Công viên');
  });
  test('a collection whose group is unknown stands alone', () => {
    assert.deepEqual(groupCollections([{ id: 'a', group: 'nowhere' }]).map((g) => g.id), ['a']);
  });
});

describe('groupItems', () => {
  test('reads every member with the same filters and returns one collection', async () => {
    const asked = [];
    const items = async (id, filters) => {
      asked.push([id, filters.task]);
      return { type: 'FeatureCollection', features: [{ id: `${id}-1` }] };
    };
    const fc = await groupItems(items, { id: 'context', members: [{ id: 'context' }, { id: 'river' }] }, { task: 'XI.1' });
    assert.deepEqual(asked, [['context', 'XI.1'], ['river', 'XI.1']]);
    assert.deepEqual(fc.features.map((f) => f.id), ['context-1', 'river-1']);
    assert.equal(fc.numberMatched, 2);
  });
});
