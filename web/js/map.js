// The Leaflet map: basemap (with its failure note), one pane per layer in catalog order, each feature
// drawn by kind (styles.js), status badges, hover and selection halos, dimming of features that do
// not match the tasks filter; points that overlap at the current zoom grouped (point-clusters.js). Leaflet 1.9.4
// and Leaflet.markercluster are loaded by index.html from /vendor/leaflet and /vendor/markercluster (global L).

import { uncertaintyBounds } from './accuracy.js';
import { badgeIcon, halo, decorate, basemapLayer } from './map-feature.js';
import { featureEntry, badgeMarker } from './map-entry.js';
import { PointClusters, clusterState } from './point-clusters.js';
import { tooCloseFor, fitBounds, panIntoView } from './map-geometry.js';

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
    this.points = new PointClusters(this.map, (ids) => clusterState(ids, this.dimmed, this.selected));
    this.points.on('animationend', () => { // the groups change after a zoom: names and the selected point follow
      this.revealSelected();
      this.map.fire('pm:layers');
    });
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
    this.points.remove(old.points);
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

  // The layer's shapes and uncertainty (group), its badges, and its point markers (clustered across layers).
  buildLayer(layerId, pane, collection, status) {
    const group = L.layerGroup();
    const badges = L.layerGroup();
    const points = [];
    for (const feature of collection.features) {
      const entry = featureEntry(this, layerId, pane, feature);
      if (!entry) {
        continue;
      }
      group.addLayer(entry.uncertainty);
      if (entry.shape === 'point') {
        points.push(...entry.parts);
      } else {
        group.addLayer(entry.group);
      }
      const s = status(feature);
      if (s.stalled || s.overdueDays !== null) {
        entry.badge = badgeMarker(this, entry, s);
        badges.addLayer(entry.badge);
      }
      this.entries.set(entry.id, entry);
    }
    return { group, badges, points };
  }

  // @method relabelBadges(status): rebuilds the badges' tooltips (after a language switch)
  relabelBadges(status) {
    for (const entry of this.entries.values()) {
      if (entry.badge) {
        entry.badge.setIcon(badgeIcon(entry.shape, status(entry.feature)));
        this.decorate(entry);
      }
    }
    this.points.redraw(); // the groups' titles too
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
      this.points.add(layer.points || []);
      if (this.badgesOn) {
        layer.badges.addTo(this.map);
      }
    } else {
      layer.group.remove();
      this.points.remove(layer.points || []);
      layer.badges.remove();
    }
    this.redrawHalos();
    this.map.fire('pm:layers');
  }

  isLayerVisible(layerId) {
    const layer = this.layers.get(layerId);
    return Boolean(layer && this.map.hasLayer(layer.group));
  }

  // @method isDrawn(entry): boolean — false for a point inside a group of points (the group's disc stands for it)
  isDrawn(entry) {
    return entry.shape !== 'point' || !entry.parts.every((p) => this.points.hidden(p));
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
    this.points.redraw();
  }

  // @method select(ids: string[]): the features carry the selection halo (an empty list clears it)
  select(ids) {
    const previous = this.selected;
    this.selected = ids.filter((id) => this.entries.has(id));
    for (const id of new Set([...previous, ...this.selected])) {
      this.decorate(this.entries.get(id));
    }
    this.redrawHalos();
    this.points.redraw();
    this.revealSelected();
  }

  // A single selected point inside a group of points is spread out of it, so that its selection shows.
  revealSelected() {
    const entry = this.selected.length === 1 ? this.entries.get(this.selected[0]) : null;
    if (entry && entry.shape === 'point') {
      this.points.reveal(entry.parts[0]);
    }
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
