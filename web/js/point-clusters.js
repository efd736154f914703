// Points that overlap at the current zoom are grouped, so that stacked approximate places ("±3,000 m" facilities
// put at nearly the same spot) never look like one exact point: Leaflet.markercluster (served by planmap itself at
// /vendor/markercluster, copied from npm at build; never a CDN) draws one disc with their count, and a click or Enter
// on it spreads them (spiderfies) at the current zoom — it never zooms in, since a place must not be shown closer
// than its accuracy allows. Each spread point keeps its own symbol, name, click and keyboard handling; its
// uncertainty halo stays at its stated position (map-feature.js). Points of every layer are clustered together
// (the stacks cross layers); map.js adds and removes a layer's points as the layer is shown and hidden.

import { t } from './i18n.js';

// @const CLUSTER_RADIUS: px — points closer than a symbol (26 px) and its clearance are grouped
export const CLUSTER_RADIUS = 28;

// @function clusterState(ids: string[], dimmed: Set<string>|null, selected: string[]): {dimmed, selected}
// How a group is drawn: dimmed when every member is (the tasks filter), selected when one member is. Pure.
export function clusterState(ids, dimmed, selected) {
  return {
    dimmed: dimmed !== null && ids.length > 0 && ids.every((id) => !dimmed.has(id)),
    selected: ids.some((id) => selected.includes(id)),
  };
}

// @function clusterTitle(count: number): string — what the group says to the mouse and to a screen reader
export function clusterTitle(count) {
  return t('cluster.title', { n: count });
}

const memberId = (marker) => String(marker.feature.id ?? marker.feature.properties.id);

export class PointClusters {
  // @param map    the Leaflet map (the group is added to it, in its own pane above the layers)
  // @param state  (ids: string[]) → {dimmed, selected}: how a group of these features is drawn now
  constructor(map, state) {
    const L = globalThis.L;
    this.map = map;
    map.createPane('pm-clusters').style.zIndex = 620;
    const ClusterIcon = L.DivIcon.extend({
      // the disc is a button with its title, its members' ids and their state on its element
      createIcon(old) {
        const div = L.DivIcon.prototype.createIcon.call(this, old);
        div.title = this.options.label;
        div.setAttribute('aria-label', this.options.label);
        div.dataset.features = this.options.ids.join(' ');
        return div;
      },
    });
    this.group = L.markerClusterGroup({
      maxClusterRadius: CLUSTER_RADIUS,
      clusterPane: 'pm-clusters',
      zoomToBoundsOnClick: false,
      spiderfyOnEveryZoom: true,
      showCoverageOnHover: false,
      animate: false, // groups change at once with the zoom, and spread at once: no symbol ever caught mid-flight
      spiderfyDistanceMultiplier: 1.5, // 26 px symbols spread clear of one another and of the faded disc
      spiderLegPolylineOptions: { weight: 1.5, color: '#1F1F1F', opacity: 0.6 },
      iconCreateFunction: (cluster) => {
        const ids = cluster.getAllChildMarkers().map(memberId);
        const s = state(ids);
        const className = `pm-cluster${s.dimmed ? ' pm-dimmed' : ''}${s.selected ? ' pm-selected' : ''}`;
        return new ClusterIcon({ className, ids, label: clusterTitle(ids.length), iconSize: [30, 30],
          html: `<span>${ids.length}</span>` });
      },
    }).addTo(map);
  }

  // @method add(markers: L.Marker[]) / remove(markers: L.Marker[]): a layer's points shown or hidden
  add(markers) {
    this.group.addLayers(markers);
  }

  remove(markers) {
    this.group.removeLayers(markers);
  }

  // @method redraw(): the groups' discs drawn again (after a change of language, filter or selection)
  redraw() {
    this.group.refreshClusters();
  }

  // @method hidden(marker): boolean — whether the point is inside a group now (not drawn on its own)
  hidden(marker) {
    return this.group.hasLayer(marker) && !this.map.hasLayer(marker);
  }

  // @method reveal(marker): spreads the group that holds the point, if one does, so that it can be seen
  reveal(marker) {
    const parent = this.hidden(marker) ? this.group.getVisibleParent(marker) : null;
    if (parent && parent.spiderfy) {
      parent.spiderfy();
    }
  }

  // @method on(type, fn): the group's events ('animationend' once groups have changed after a zoom, 'spiderfied' …)
  on(type, fn) {
    this.group.on(type, fn);
  }
}
