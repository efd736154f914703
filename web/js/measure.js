// The measuring tool: a control under the zoom buttons to measure a distance (a polyline) or an area (a
// polygon) by clicking on the map; a double click (or Enter) ends the shape, Escape or the active button
// clears it. Lengths and areas are geodesic on WGS84 (geodesy.js). While measuring, clicks on places do
// not open them.

import { length, area } from './geodesy.js';
import { formatDecimal } from './numbers.js';
import { t, lang } from './i18n.js';
import { escapeHtml } from './text.js';

const L = globalThis.L;

// @function lengthText(metres, lang): string — "845,3 m" under a kilometre, "2,35 km" above (vi)
export function lengthText(metres, language) {
  return metres < 1000 ? `${formatDecimal(metres, 1, language)} m` : `${formatDecimal(metres / 1000, 2, language)} km`;
}

// @function areaText(squareMetres, lang): string — "8.500 m²" under a hectare, "12,34 ha" up to
// 10 km², "12,34 km²" above (vi)
export function areaText(squareMetres, language) {
  if (squareMetres < 10000) {
    return `${formatDecimal(squareMetres, 0, language)} m²`;
  }
  if (squareMetres < 1e7) {
    return `${formatDecimal(squareMetres / 10000, 2, language)} ha`;
  }
  return `${formatDecimal(squareMetres / 1e6, 2, language)} km²`;
}

const ICONS = {
  distance: '<svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true"><path d="M2 14L14 2l4 4L6 18z" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M5 11l2 2M8 8l2 2M11 5l2 2" stroke="currentColor" stroke-width="1.4"/></svg>',
  area: '<svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true"><path d="M3 6l8-3 6 6-3 8-10-2z" fill="currentColor" fill-opacity="0.25" stroke="currentColor" stroke-width="1.6"/></svg>',
};

export class MeasureTool {
  // @param map  the Leaflet map
  constructor(map) {
    this.map = map;
    this.mode = null; // 'distance' | 'area' | null
    this.points = [];
    this.done = false;
    map.createPane('pm-measure').style.zIndex = 660;
    map.getPane('pm-measure').style.pointerEvents = 'none';
    this.layer = L.layerGroup().addTo(map);
    const control = L.control({ position: 'topleft' });
    control.onAdd = () => this.build();
    control.addTo(map);
    map.on('click', (e) => this.add(e.latlng));
    map.on('dblclick', () => this.finish());
    map.on('mousemove', (e) => this.rubber(e.latlng));
    map.getContainer().addEventListener('keydown', (e) => this.key(e));
  }

  // @property active: boolean — whether a measurement is under way (clicks measure instead of select)
  get active() {
    return this.mode !== null;
  }

  build() {
    const el = L.DomUtil.create('div', 'leaflet-bar pm-measure');
    el.id = 'pm-measure';
    el.innerHTML = ['distance', 'area'].map((m) => `<button type="button" class="pm-measure-button" data-mode="${m}"
      aria-pressed="false">${ICONS[m]}<span class="pm-visually-hidden"></span></button>`).join('')
      + '<output class="pm-measure-result" id="pm-measure-result" hidden></output>';
    L.DomEvent.disableClickPropagation(el);
    L.DomEvent.disableScrollPropagation(el);
    el.addEventListener('click', (e) => {
      const b = e.target.closest('button[data-mode]');
      if (b) {
        this.start(this.mode === b.dataset.mode ? null : b.dataset.mode);
      }
    });
    this.el = el;
    this.result = el.querySelector('output');
    this.relabel();
    return el;
  }

  // @method relabel(): the buttons' names in the page's language (after a language switch)
  relabel() {
    this.el.querySelectorAll('button[data-mode]').forEach((b) => {
      const name = t(`measure.${b.dataset.mode}`);
      b.title = name;
      b.querySelector('.pm-visually-hidden').textContent = name;
    });
    this.show();
  }

  // @method start(mode: 'distance'|'area'|null): begins a new measurement, or ends measuring (null)
  start(mode) {
    this.mode = mode;
    this.points = [];
    this.done = false;
    this.layer.clearLayers();
    const container = this.map.getContainer();
    container.classList.toggle('pm-measuring', mode !== null);
    if (mode) {
      this.map.doubleClickZoom.disable();
    } else {
      this.map.doubleClickZoom.enable();
    }
    this.el.querySelectorAll('button[data-mode]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.mode === mode)));
    this.show();
  }

  add(latlng) {
    if (!this.mode) {
      return;
    }
    if (this.done) {
      this.start(this.mode); // a click after a finished shape starts a new one
    }
    const last = this.points[this.points.length - 1];
    if (!last || !last.equals(latlng)) {
      this.points.push(latlng);
    }
    this.draw(null);
  }

  finish() {
    if (this.mode && this.points.length) {
      this.done = true;
      this.draw(null);
    }
  }

  rubber(latlng) {
    if (this.mode && this.points.length && !this.done) {
      this.draw(latlng);
    }
  }

  key(e) {
    if (!this.mode) {
      return;
    }
    if (e.key === 'Escape') {
      this.start(null);
    } else if (e.key === 'Enter') {
      this.finish();
    }
  }

  // The positions as [lon, lat], with the cursor's when it is given.
  coords(cursor) {
    const pts = cursor ? [...this.points, cursor] : this.points;
    return pts.map((p) => [p.lng, p.lat]);
  }

  draw(cursor) {
    this.layer.clearLayers();
    const pts = cursor ? [...this.points, cursor] : this.points;
    const style = { pane: 'pm-measure', interactive: false, color: '#c2185b', weight: 3, dashArray: this.done ? null : '6 5' };
    if (this.mode === 'area' && pts.length > 2) {
      this.layer.addLayer(L.polygon(pts, { ...style, fillOpacity: 0.12 }));
    } else if (pts.length > 1) {
      this.layer.addLayer(L.polyline(pts, style));
    }
    for (const p of this.points) {
      this.layer.addLayer(L.circleMarker(p, { pane: 'pm-measure', interactive: false, radius: 4, color: '#c2185b', fillColor: '#fff', fillOpacity: 1, weight: 2 }));
    }
    this.show(cursor);
  }

  show(cursor = null) {
    const r = this.result;
    if (!this.mode) {
      r.hidden = true;
      r.textContent = '';
      return;
    }
    const c = this.coords(cursor);
    const language = lang();
    let html;
    if (this.mode === 'distance') {
      const m = length(c);
      r.dataset.metres = String(m);
      html = `<b>${escapeHtml(t('measure.length'))}:</b> ${escapeHtml(lengthText(m, language))}`;
    } else {
      const ring = c.length > 2 ? [...c, c[0]] : c;
      const m2 = area(c);
      r.dataset.squareMetres = String(m2);
      html = `<b>${escapeHtml(t('measure.areaResult'))}:</b> ${escapeHtml(areaText(m2, language))}`
        + ` · ${escapeHtml(t('measure.perimeter'))} ${escapeHtml(lengthText(length(ring), language))}`;
    }
    const hint = this.points.length === 0 ? t('measure.hintStart') : this.done ? t('measure.hintDone') : t('measure.hintNext');
    r.innerHTML = `${html}<br><span class="pm-small">${escapeHtml(hint)}</span>`;
    r.dataset.done = String(this.done);
    r.dataset.points = JSON.stringify(this.coords(null)); // [lon, lat] of the clicked points
    r.hidden = false;
  }
}
