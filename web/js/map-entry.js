// A feature's entry on the map (map.js keeps them by id): its Leaflet layers as map-feature.js draws them, and what
// a click, Enter, the mouse and the tooltip do on it; its status badge. Leaflet is the page's global L.

import { escapeHtml } from './text.js';
import { featureLayers, badgeIcon } from './map-feature.js';
import { labelPoint } from './map-geometry.js';

const L = globalThis.L;

// @function featureEntry(planMap, layerId, pane, feature): {id, layer, feature, group, parts, shape, badge,
// uncertainty, accuracy} | null (no geometry) — a click or Enter selects the feature (planMap.callbacks.onSelect),
// the mouse shows its name (callbacks.nameOf) and its hover halo. group holds the parts for their bounds and events;
// a point's group is never on the map itself (its marker is, or its cluster: point-clusters.js), so a point's
// tooltip is bound on its marker.
export function featureEntry(planMap, layerId, pane, feature) {
  if (!feature.geometry) {
    return null;
  }
  const { parts, uncertainty, shape, accuracy } = featureLayers(feature, pane);
  const group = L.featureGroup(parts);
  const entry = { id: String(feature.id ?? feature.properties.id), layer: layerId, feature, group, parts, shape, badge: null,
    uncertainty: L.layerGroup(uncertainty), accuracy };
  group.on('click', (e) => {
    L.DomEvent.stop(e);
    planMap.callbacks.onSelect(entry.id);
  });
  group.on('keypress', (e) => {
    if (e.originalEvent && e.originalEvent.key === 'Enter') {
      planMap.callbacks.onSelect(entry.id);
    }
  });
  for (const target of shape === 'point' ? parts : [group]) {
    target.bindTooltip(() => escapeHtml(planMap.callbacks.nameOf(feature)), { sticky: true, direction: 'top',
      offset: [0, -8], className: 'pm-tooltip', opacity: 0.95 });
  }
  group.on('mouseover', () => planMap.hover(entry));
  group.on('mouseout', () => planMap.hover(null));
  for (const part of parts) {
    part.on('add', () => planMap.decorate(entry));
  }
  return entry;
}

// @function badgeMarker(planMap, entry, status: {stalled, overdueDays, title}): L.Marker — the entry's status
// badges at its label point (a point's follow its marker when a group of points is spread); a click selects it
export function badgeMarker(planMap, entry, status) {
  const point = labelPoint(entry.feature.geometry);
  const marker = L.marker([point[1], point[0]], { icon: badgeIcon(entry.shape, status), pane: 'pm-badges',
    keyboard: false, interactive: true, bubblingMouseEvents: false });
  marker.on('click', (e) => {
    L.DomEvent.stop(e);
    planMap.callbacks.onSelect(entry.id);
  });
  marker.on('add', () => planMap.decorate(entry));
  if (entry.shape === 'point' && entry.parts.length === 1) {
    entry.parts[0].on('move', (e) => marker.setLatLng(e.latlng));
  }
  return marker;
}
