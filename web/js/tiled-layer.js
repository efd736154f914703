// Big layers — more than TILED_ABOVE features — are drawn from planmap's vector tiles (OGC API – Tiles:
// /collections/{id}/tiles/WebMercatorQuad/{z}/{y}/{x}, Mapbox Vector Tiles made by PostGIS) with Leaflet.VectorGrid,
// served by planmap itself at /vendor/vectorgrid (copied from npm at build; never a CDN) and loaded the first time
// a big layer is shown. The browser then holds only the features of the tiles in view, instead of downloading every
// feature as GeoJSON. Small layers keep the GeoJSON path, with its labels, badges and halos.

import { areaStyle, kindStyle, lineStyles } from './styles.js';
import { escapeHtml } from './text.js';
import { loadScript } from './script-loader.js';

// @const TILED_ABOVE: a layer (or group of layers) with more features than this is drawn from vector tiles
export const TILED_ABOVE = 5000;
const SRC = '/vendor/vectorgrid/Leaflet.VectorGrid.bundled.min.js';

// @function isTiled(group): boolean — from the collections' numberOfFeatures (summed over a group's members)
export function isTiled(group) {
  const members = group.members || [group];
  return members.reduce((n, m) => n + (Number(m.numberOfFeatures) || 0), 0) > TILED_ABOVE;
}

// @function itemsUnlessTiled(items, groupItems, group): Promise<FeatureCollection> — the group's features through
// groupItems, or no feature for a tiled group (its features come with its tiles)
export function itemsUnlessTiled(items, groupItems, group) {
  if (isTiled(group)) {
    return Promise.resolve({ type: 'FeatureCollection', features: [], numberMatched: 0, numberReturned: 0 });
  }
  return groupItems(items, group);
}

function loadVectorGrid() {
  return loadScript(SRC, () => globalThis.L.vectorGrid);
}

// How a feature of a tile is drawn: its kind's outline, fill or casing (SVG patterns included), as the GeoJSON
// layers draw it, without the labels.
function tileStyle(kind) {
  const k = kindStyle(kind);
  if (k.shape === 'line') {
    const [casing] = lineStyles(kind);
    return { ...casing, weight: Math.max(2, casing.weight / 2) };
  }
  if (k.shape === 'point') {
    return { radius: 4, weight: 1, color: '#1F1F1F', fill: true, fillColor: k.bg || '#555555', fillOpacity: 0.9 };
  }
  return { ...areaStyle(kind), weight: 1 };
}

// @function buildTiledLayer(group, pane, target: L.LayerGroup): Promise<void> — adds one vector-tile layer per member
// of the group to target, in the given pane; a click on a feature shows its name
export async function buildTiledLayer(group, pane, target) {
  const L = globalThis.L;
  await loadVectorGrid();
  for (const m of group.members || [group]) {
    const url = `/collections/${encodeURIComponent(m.id)}/tiles/WebMercatorQuad/{z}/{y}/{x}`;
    const grid = L.vectorGrid.protobuf(url, {
      pane,
      rendererFactory: L.svg.tile,
      interactive: true,
      maxNativeZoom: 19,
      vectorTileLayerStyles: { [m.id]: (props) => tileStyle(props.kind) },
      getFeatureId: (f) => f.properties.id,
    });
    grid.on('click', (e) => {
      L.DomEvent.stopPropagation(e);
      const name = e.layer && e.layer.properties ? e.layer.properties.name : '';
      L.popup().setLatLng(e.latlng).setContent(`<strong>${escapeHtml(name)}</strong>`).openOn(grid._map);
    });
    target.addLayer(grid);
  }
}
