// Plane geometry for the map, pure (web/test/map.test.js): where a badge goes on a feature, and how far to pan
// for a box to lie inside the part of the map the panel leaves free. Coordinates as given ([lon, lat] for
// GeoJSON, container pixels for the pan); no Leaflet.

// @function panOffset(nw: {x, y}, se: {x, y}, size: {x, y}, padding: {topLeft, bottomRight}): [dx, dy]
// The least pan (pixels) that brings the box nw–se inside the container minus the padding; a box larger than
// that space is centred in it.
export function panOffset(nw, se, size, padding) {
  const shift = (lo, hi, min, max) => {
    if (hi - lo > max - min) {
      return (lo + hi) / 2 - (min + max) / 2;
    }
    return lo < min ? lo - min : hi > max ? hi - max : 0;
  };
  return [shift(nw.x, se.x, padding.topLeft[0], size.x - padding.bottomRight[0]),
    shift(nw.y, se.y, padding.topLeft[1], size.y - padding.bottomRight[1])];
}

// @function labelPoint(geometry): [lon, lat] — where a badge goes: the point itself, the middle of a
// line (by length), or the area-weighted centroid of a polygon's largest ring.
export function labelPoint(geometry) {
  const g = geometry;
  switch (g.type) {
    case 'Point':
      return g.coordinates;
    case 'MultiPoint':
      return g.coordinates[0];
    case 'LineString':
      return midpoint(g.coordinates);
    case 'MultiLineString':
      return midpoint(longest(g.coordinates, lineLength));
    case 'Polygon':
      return centroid(g.coordinates[0]);
    case 'MultiPolygon':
      return centroid(longest(g.coordinates.map((p) => p[0]), (r) => Math.abs(ringArea(r))));
    default:
      return [0, 0];
  }
}

function longest(list, measure) {
  return list.reduce((best, x) => (measure(x) > measure(best) ? x : best), list[0]);
}

function lineLength(coords) {
  let len = 0;
  for (let i = 1; i < coords.length; i++) {
    len += Math.hypot(coords[i][0] - coords[i - 1][0], coords[i][1] - coords[i - 1][1]);
  }
  return len;
}

function midpoint(coords) {
  const half = lineLength(coords) / 2;
  let run = 0;
  for (let i = 1; i < coords.length; i++) {
    const seg = Math.hypot(coords[i][0] - coords[i - 1][0], coords[i][1] - coords[i - 1][1]);
    if (run + seg >= half && seg > 0) {
      const f = (half - run) / seg;
      return [coords[i - 1][0] + f * (coords[i][0] - coords[i - 1][0]), coords[i - 1][1] + f * (coords[i][1] - coords[i - 1][1])];
    }
    run += seg;
  }
  return coords[0];
}

function ringArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return a / 2;
}

function centroid(ring) {
  const a = ringArea(ring);
  if (Math.abs(a) < 1e-12) {
    return ring[0];
  }
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    x += (ring[j][0] + ring[i][0]) * f;
    y += (ring[j][1] + ring[i][1]) * f;
  }
  return [x / (6 * a), y / (6 * a)];
}

// @function tooCloseFor(map, bounds: L.LatLngBounds|null, padding: {topLeft, bottomRight}): boolean — whether the
// map's view is closer than the bounds allow: they do not fit at the current zoom, or lie outside the view
export function tooCloseFor(map, bounds, padding) {
  if (!bounds) {
    return false;
  }
  const room = globalThis.L.point(padding.topLeft).add(padding.bottomRight);
  return map.getZoom() > map.getBoundsZoom(bounds, false, room) || !map.getBounds().intersects(bounds);
}

// @function fitBounds(map, bounds: L.LatLngBounds | [w,s,e,n], padding, maxZoom): void — fits the view, unanimated
export function fitBounds(map, bounds, padding, maxZoom) {
  if (!bounds) {
    return;
  }
  const L = globalThis.L;
  const b = Array.isArray(bounds) ? L.latLngBounds([bounds[1], bounds[0]], [bounds[3], bounds[2]]) : bounds;
  if (b.isValid()) {
    map.fitBounds(b, { paddingTopLeft: padding.topLeft, paddingBottomRight: padding.bottomRight, maxZoom, animate: false });
  }
}

// @function panIntoView(map, bounds, padding): void — pans (without zooming) the least needed for the bounds to lie
// inside the map minus the padding (the part the side panel does not cover); larger bounds are centred in it
export function panIntoView(map, bounds, padding) {
  if (!bounds || !bounds.isValid()) {
    return;
  }
  const [dx, dy] = panOffset(map.latLngToContainerPoint(bounds.getNorthWest()),
    map.latLngToContainerPoint(bounds.getSouthEast()), map.getSize(), padding);
  if (Math.abs(dx) >= 1 || Math.abs(dy) >= 1) {
    map.panBy([dx, dy], { duration: 0.3 });
  }
}
