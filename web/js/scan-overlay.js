// A georeferenced scan drawn on the Leaflet map from three of its corners. The server fits the sheet with an
// affine map in VN-2000 metres (EPSG:5897) and serves its corners in WGS84; over a sheet's few kilometres the
// map's Web Mercator is affine to a few centimetres, so one CSS matrix on the <img> (its natural size in
// pixels) places every pixel: turned, skewed and scaled as the fit says. Written for planmap: the rotated
// overlay plugins are not served as WebJars, and the whole job is the matrix below (unit-tested).
// The overlay sits in its own pane under the layers (z-index 300: above the basemap, below every layer).

const L = globalThis.L; // undefined under node --test

// @function overlayMatrix(tl: {x,y}, tr: {x,y}, bl: {x,y}, width: number, height: number): number[6]
// The CSS matrix(a, b, c, d, e, f) that puts an image of width × height pixels (transform-origin 0 0) with
// its top-left, top-right and bottom-left corners on the three points.
export function overlayMatrix(tl, tr, bl, width, height) {
  return [(tr.x - tl.x) / width, (tr.y - tl.y) / width, (bl.x - tl.x) / height, (bl.y - tl.y) / height, tl.x, tl.y];
}

// @function cornersOf(georeference): {top_left, top_right, bottom_right, bottom_left} as [lat, lng] pairs
export function cornersOf(georeference) {
  const c = georeference.corners;
  const ll = (p) => [p[1], p[0]];
  return { top_left: ll(c.top_left), top_right: ll(c.top_right), bottom_right: ll(c.bottom_right),
    bottom_left: ll(c.bottom_left) };
}

export const SCAN_PANE = 'pm-scans';

// @function ensureScanPane(map): creates the scans' pane (under the layers, never catching clicks) once
export function ensureScanPane(map) {
  if (!map.getPane(SCAN_PANE)) {
    const pane = map.createPane(SCAN_PANE);
    pane.style.zIndex = 300;
    pane.style.pointerEvents = 'none';
  }
}

// @function scanOverlay(scan, opacity: number 0–1): L.ImageOverlay — the scan placed by its corners
export function scanOverlay(scan, opacity) {
  const corners = cornersOf(scan.georeference);
  const Overlay = L.ImageOverlay.extend({
    // no zoom animation: the image is hidden while the map zooms and placed again after
    getEvents() {
      return { zoom: this._reset, viewreset: this._reset };
    },
    _initImage() {
      L.ImageOverlay.prototype._initImage.call(this);
      this._image.classList.remove('leaflet-zoom-animated');
      this._image.classList.add('leaflet-zoom-hide', 'pm-scan-image');
      this._image.dataset.scan = String(scan.id);
      this._image.alt = scan.filename;
    },
    _reset() {
      const map = this._map;
      const p = (ll) => map.latLngToLayerPoint(ll);
      const m = overlayMatrix(p(corners.top_left), p(corners.top_right), p(corners.bottom_left), scan.width, scan.height);
      const img = this._image;
      img.style.width = `${scan.width}px`;
      img.style.height = `${scan.height}px`;
      img.style.transformOrigin = '0 0';
      img.style.transform = `matrix(${m.join(',')})`;
    },
  });
  const bounds = L.latLngBounds(Object.values(corners));
  return new Overlay(scan.image, bounds, { pane: SCAN_PANE, opacity, interactive: false, className: 'pm-scan' });
}
