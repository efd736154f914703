// Layer groups: the API serves one geometry type per collection (so GIS clients draw every feature), and a
// collection may name another as its `group` (the Mã river line belongs to the context polygons, the areas of
// facilities and stalled projects to their points). The map shows each group as one layer, as before the split.

// @function groupCollections(collections: Array): Array — the collections without a group, in order, each
// with `members` (the collections shown with it, itself first), `numberOfFeatures` summed, the extents
// joined and the kinds joined (each id once, first label kept). A collection whose group is unknown stands alone.
export function groupCollections(collections) {
  const byId = new Map();
  const out = [];
  for (const c of collections) {
    const parent = c.group ? byId.get(c.group) : undefined;
    if (parent) {
      parent.members.push(c);
      parent.numberOfFeatures = (parent.numberOfFeatures || 0) + (c.numberOfFeatures || 0);
      parent.extent = joinExtents(parent.extent, c.extent);
      parent.kinds = joinKinds(parent.kinds, c.kinds);
      continue;
    }
    const own = { ...c, members: [c] };
    byId.set(c.id, own);
    out.push(own);
  }
  return out;
}

// @function groupItems(items: (id, filters) → Promise<FeatureCollection>, group, filters?): Promise<FeatureCollection>
// — the features of every member of a group, in member order, as one collection.
export async function groupItems(items, group, filters = {}) {
  const members = group.members || [group];
  const parts = await Promise.all(members.map((m) => items(m.id, filters)));
  const features = parts.flatMap((fc) => fc.features);
  return { ...parts[0], features, numberMatched: features.length, numberReturned: features.length };
}

function joinKinds(a, b) {
  if (!Array.isArray(a) || !Array.isArray(b)) {
    return a || b;
  }
  const ids = new Set(a.map((k) => k.id));
  return [...a, ...b.filter((k) => !ids.has(k.id))];
}

function joinExtents(a, b) {
  const ba = a && a.spatial && a.spatial.bbox && a.spatial.bbox[0];
  const bb = b && b.spatial && b.spatial.bbox && b.spatial.bbox[0];
  if (!ba || !bb) {
    return a || b;
  }
  const box = [Math.min(ba[0], bb[0]), Math.min(ba[1], bb[1]), Math.max(ba[2], bb[2]), Math.max(ba[3], bb[3])];
  return { ...a, spatial: { ...a.spatial, bbox: [box] } };
}
