// The Leaflet map: basemap (with its failure note), one pane per layer in catalog order, each feature
// drawn by kind (styles.js), status badges, hover and selection halos, dimming of features that do
// not match the tasks filter. Leaflet 1.9.4 is loaded by index.html from /vendor/leaflet (global L).

import { escapeHtml } from './text.js';
import { uncertaintyBounds } from './accuracy.js';
import { featureLayers, badgeIcon, halo, decorate, basemapLayer } from './map-feature.js';
import { labelPoint, tooCloseFor, fitBounds, panIntoView } from './map-geometry.js';

const L = globalThis.L;

// The frame of everything the programme names (geodata/README: lon 105.62–105.90, lat 19.70–19.92).
export const DEFAULT_BOUNDS = [[19.70, 105.62], [19.92, 105.90]];

export class PlanMap {
  // @param el         the #map element
  // @param callbacks  onSelect(featureId), onBackground(), onMove(view), onBasemap('ok'|'error'|'none'),
  //                   nameOf(feature) → the name to show on hover, in the page's language
  constructor(el, callbacks) {
    this.callbacks = callbacks;
    this.map = L.map(el, { zoomControl: true, minZoom: 9, maxZoom: 19, zoomSnap: 0.5, attributionControl: true });
    this.map.attributionControl.setPrefix('<a href="https://leafletjs.com" rel="noopener">Leaflet</a>');
    this.map.fitBounds(DEFAULT_BOUNDS);
    this.entries = new Map(); // feature id → {id, layer, feature, group, badge}
    this.layers = new Map(); // layer id → {group, badges, order}
    this.selected = [];
    this.hovered = null;
    this.dimmed = null; // Set of ids that match, or null for no dimming
    this.badgesOn = true;
    this.haloGroup = L.layerGroup().addTo(this.map);
    this.hoverGroup = L.layerGroup().addTo(this.map);
    this.map.createPane('pm-halo').style.zIndex = 480;
    this.map.createPane('pm-badges').style.zIndex = 640;
    this.map.getPane('pm-halo').style.pointerEvents = 'none';
    this.map.on('click', () => this.callbacks.onBackground());
    this.map.on('moveend', () => this.callbacks.onMove(this.view()));
    L.control.scale({ metric: true, imperial: false, maxWidth: 140, position: 'bottomright' }).addTo(this.map);
  }

  // @method basemap(tileUrl: string, attribution: string): void
  // Adds the tile layer; reports 'error' on the first tile that fails and 'ok' on the first that loads.
  basemap(tileUrl, attribution) {
    if (!tileUrl) {
      this.callbacks.onBasemap('none');
      return;
    }
    basemapLayer(tileUrl, attribution, (status) => this.callbacks.onBasemap(status)).addTo(this.map);
  }

  view() {
    const c = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat: c.lat, lng: c.lng };
  }

  setView(view) {
    this.map.setView([view.lat, view.lng], view.zoom, { animate: false });
  }

  // @method addLayer(layerId: string, order: number, collection: GeoJSON FeatureCollection, status): void
  // status(feature) → {stalled: boolean, overdueDays: number|null, title: string} for the badges.
  addLayer(layerId, order, collection, status) {
    const pane = this.layerPane(order);
    this.layers.set(layerId, { ...this.buildLayer(layerId, pane, collection, status), order, pane });
    this.setLayerVisible(layerId, true);
  }

  // @method addTiledLayer(layerId: string, order: number, build: (pane, group) → Promise): void
  // A layer drawn from vector tiles (see tiled-layer.js): build fills the group with its tile layers; it has no
  // badges or labels. replaceLayer redraws its tiles (the ETags tell which changed).
  addTiledLayer(layerId, order, build) {
    const pane = this.layerPane(order);
    const group = L.layerGroup();
    this.layers.set(layerId, { group, badges: L.layerGroup(), order, pane, tiled: true });
    this.setLayerVisible(layerId, true);
    return build(pane, group);
  }

  layerPane(order) {
    const pane = `pm-layer-${order}`;
    const paneEl = this.map.createPane(pane);
    paneEl.style.zIndex = String(410 + order);
    paneEl.classList.add('pm-layer-pane');
    return pane;
  }

  // @method replaceLayer(layerId, collection, status): redraws a layer with new data (after a report, an
  // edit, a change of the as-of day), keeping its pane, its visibility, the badges switch and the halos.
  replaceLayer(layerId, collection, status) {
    const old = this.layers.get(layerId);
    if (old.tiled) {
      old.group.eachLayer((grid) => grid.redraw());
      return;
    }
    const visible = this.isLayerVisible(layerId);
    old.group.remove();
    old.badges.remove();
    for (const [id, entry] of this.entries) {
      if (entry.layer === layerId) {
        this.entries.delete(id);
      }
    }
    this.hover(null);
    this.layers.set(layerId, { ...this.buildLayer(layerId, old.pane, collection, status), order: old.order, pane: old.pane });
    this.setLayerVisible(layerId, visible);
    this.selected = this.selected.filter((id) => this.entries.has(id));
    this.dim(this.dimmed);
  }

  buildLayer(layerId, pane, collection, status) {
    const group = L.layerGroup();
    const badges = L.layerGroup();
    for (const feature of collection.features) {
      const entry = this.featureEntry(layerId, pane, feature);
      if (!entry) {
        continue;
      }
      group.addLayer(entry.uncertainty);
      group.addLayer(entry.group);
      const s = status(feature);
      if (s.stalled || s.overdueDays !== null) {
        entry.badge = this.badge(entry, s);
        badges.addLayer(entry.badge);
      }
      this.entries.set(entry.id, entry);
    }
    return { group, badges };
  }

  featureEntry(layerId, pane, feature) {
    if (!feature.geometry) {
      return null;
    }
    const { parts, uncertainty, shape, accuracy } = featureLayers(feature, pane);
    const group = L.featureGroup(parts);
    const entry = { id: String(feature.id ?? feature.properties.id), layer: layerId, feature, group, parts, shape, badge: null,
      uncertainty: L.layerGroup(uncertainty), accuracy };
    group.on('click', (e) => {
      L.DomEvent.stop(e);
      this.callbacks.onSelect(entry.id);
    });
    group.on('keypress', (e) => {
      if (e.originalEvent && e.originalEvent.key === 'Enter') {
        this.callbacks.onSelect(entry.id);
      }
    });
    group.bindTooltip(() => escapeHtml(this.callbacks.nameOf(feature)), { sticky: true, direction: 'top',
      offset: [0, -8], className: 'pm-tooltip', opacity: 0.95 });
    group.on('mouseover', () => this.hover(entry));
    group.on('mouseout', () => this.hover(null));
    for (const part of parts) {
      part.on('add', () => this.decorate(entry));
    }
    return entry;
  }

  badge(entry, status) {
    const point = labelPoint(entry.feature.geometry);
    const marker = L.marker([point[1], point[0]], { icon: badgeIcon(entry.shape, status), pane: 'pm-badges',
      keyboard: false, interactive: true, bubblingMouseEvents: false });
    marker.on('click', (e) => {
      L.DomEvent.stop(e);
      this.callbacks.onSelect(entry.id);
    });
    marker.on('add', () => this.decorate(entry));
    return marker;
  }

  // @method relabelBadges(status): rebuilds the badges' tooltips (after a language switch)
  relabelBadges(status) {
    for (const entry of this.entries.values()) {
      if (entry.badge) {
        entry.badge.setIcon(badgeIcon(entry.shape, status(entry.feature)));
        this.decorate(entry);
      }
    }
    this.map.fire('pm:layers'); // the names change with the language too
  }

  // Puts the entry's data attributes and state classes on its DOM elements (again after a re-add).
  decorate(entry) {
    decorate(entry, this.dimmed !== null && !this.dimmed.has(entry.id), this.selected.includes(entry.id));
  }

  setLayerVisible(layerId, visible) {
    const layer = this.layers.get(layerId);
    if (!layer) {
      return;
    }
    if (visible) {
      layer.group.addTo(this.map);
      if (this.badgesOn) {
        layer.badges.addTo(this.map);
      }
    } else {
      layer.group.remove();
      layer.badges.remove();
    }
    this.redrawHalos();
    this.map.fire('pm:layers');
  }

  isLayerVisible(layerId) {
    const layer = this.layers.get(layerId);
    return Boolean(layer && this.map.hasLayer(layer.group));
  }

  setBadges(on) {
    this.badgesOn = on;
    for (const [id, layer] of this.layers) {
      if (on && this.isLayerVisible(id)) {
        layer.badges.addTo(this.map);
      } else {
        layer.badges.remove();
      }
    }
  }

  // @method dim(matching: Set<string>|null): features outside the set are dimmed; null ends dimming
  dim(matching) {
    this.dimmed = matching;
    for (const entry of this.entries.values()) {
      this.decorate(entry);
    }
  }

  // @method select(ids: string[]): the features carry the selection halo (an empty list clears it)
  select(ids) {
    const previous = this.selected;
    this.selected = ids.filter((id) => this.entries.has(id));
    for (const id of new Set([...previous, ...this.selected])) {
      this.decorate(this.entries.get(id));
    }
    this.redrawHalos();
  }

  redrawHalos() {
    this.haloGroup.clearLayers();
    for (const id of this.selected) {
      const entry = this.entries.get(id);
      if (entry && this.isLayerVisible(entry.layer)) {
        this.haloGroup.addLayer(halo(entry, false));
      }
    }
  }

  hover(entry) {
    this.hoverGroup.clearLayers();
    this.hovered = entry;
    if (entry && !this.selected.includes(entry.id)) {
      this.hoverGroup.addLayer(halo(entry, true));
    }
  }

  // @method onlyPoints(ids: string[]): boolean — whether every one of the features is a point
  onlyPoints(ids) {
    return ids.every((id) => this.entries.has(id) && this.entries.get(id).shape === 'point');
  }

  // @method boundsOf(ids: string[]): L.LatLngBounds|null — the features' bounds grown by each one's stated
  // uncertainty (accuracy_m), so that fitting them never shows a place closer than its accuracy allows
  boundsOf(ids) {
    let bounds = null;
    for (const id of ids) {
      const entry = this.entries.get(id);
      if (!entry) {
        continue;
      }
      const b = uncertaintyBounds(entry.group.getBounds(), entry.feature.properties.accuracy_m);
      bounds = bounds ? bounds.extend(b) : L.latLngBounds(b.getSouthWest(), b.getNorthEast());
    }
    return bounds;
  }

  // @method tooClose(ids: string[], padding): boolean — whether the view is closer than the features' accuracy
  // allows: their uncertainty (boundsOf) does not fit at the current zoom
  tooClose(ids, padding) {
    return tooCloseFor(this.map, this.boundsOf(ids), padding);
  }

  // @method fit(bounds: L.LatLngBounds | [w,s,e,n], padding: {topLeft, bottomRight}, maxZoom?: number): void
  fit(bounds, padding, maxZoom = 16) {
    fitBounds(this.map, bounds, padding, maxZoom);
  }

  // @method keepInView(ids: string[], padding: {topLeft, bottomRight}): void
  // Pans (without zooming) the least needed for the features' bounds to lie inside the map minus the
  // padding — the part the side panel does not cover; a feature larger than that part is centred in it.
  keepInView(ids, padding) {
    panIntoView(this.map, this.boundsOf(ids), padding);
  }

  invalidate() {
    this.map.invalidateSize({ pan: false });
  }
}
