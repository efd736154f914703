// The cursor's position under the map, as a surveyor reads it: WGS84 latitude and longitude (degrees,
// at once) and VN-2000 / TM-3 zone 482 (EPSG:5897, Thanh Hóa's cadastral system) X (northing) and Y
// (easting) in metres, as Vietnamese surveying writes them. The VN-2000 numbers come from the server
// (GET /coordinates), which uses the exports' transformer, so a readout and an exported file agree.

import { t, lang } from './i18n.js';
import { formatDecimal } from './numbers.js';

const L = globalThis.L;
const WAIT_MS = 120; // ask the server once the cursor rests this long

// @function latLngText(lat, lng, lang): string — "19,80750° B · 105,77639° Đ" (vi), "19.80750° N · 105.77639° E" (en)
export function latLngText(lat, lng, language) {
  const ns = lat >= 0 ? t('cursor.north') : t('cursor.south');
  const ew = lng >= 0 ? t('cursor.east') : t('cursor.west');
  return `${formatDecimal(Math.abs(lat), 5, language)}° ${ns} · ${formatDecimal(Math.abs(lng), 5, language)}° ${ew}`;
}

export class CursorReadout {
  // @param map  the Leaflet map
  // @param api  {coordinates(lon, lat, signal) → Promise<{x, y, epsg, area_of_use}>}
  constructor(map, api) {
    this.api = api;
    this.timer = null;
    this.pending = null;
    this.area = null; // [minLon, minLat, maxLon, maxLat], known after the first answer
    const control = L.control({ position: 'bottomright' });
    control.onAdd = () => {
      const el = L.DomUtil.create('div', 'pm-cursor leaflet-control');
      el.id = 'pm-cursor';
      el.setAttribute('aria-live', 'off');
      el.innerHTML = '<span class="pm-cursor-wgs" data-ref="wgs"></span><span class="pm-cursor-vn" data-ref="vn"></span>';
      L.DomEvent.disableClickPropagation(el);
      return el;
    };
    control.addTo(map);
    this.el = control.getContainer();
    this.wgs = this.el.querySelector('[data-ref="wgs"]');
    this.vn = this.el.querySelector('[data-ref="vn"]');
    this.el.hidden = true;
    map.on('mousemove', (e) => this.move(e.latlng));
    map.on('mouseout', () => {
      this.el.hidden = true;
      this.cancel();
    });
  }

  cancel() {
    clearTimeout(this.timer);
    if (this.pending) {
      this.pending.abort();
      this.pending = null;
    }
  }

  move(latlng) {
    this.el.hidden = false;
    this.wgs.textContent = `WGS84 ${latLngText(latlng.lat, latlng.lng, lang())}`;
    this.el.dataset.lat = String(latlng.lat);
    this.el.dataset.lng = String(latlng.lng);
    this.cancel();
    const a = this.area;
    if (a && (latlng.lng < a[0] || latlng.lat < a[1] || latlng.lng > a[2] || latlng.lat > a[3])) {
      this.vn.textContent = t('cursor.outside');
      this.vn.dataset.state = 'outside';
      return;
    }
    this.vn.dataset.state = 'pending';
    this.timer = setTimeout(() => this.ask(latlng), WAIT_MS);
  }

  async ask(latlng) {
    const controller = new AbortController();
    this.pending = controller;
    try {
      const r = await this.api.coordinates(latlng.lng, latlng.lat, controller.signal);
      this.area = r.area_of_use || this.area;
      const language = lang();
      this.vn.textContent = t('cursor.vn2000', { x: formatDecimal(r.y, 2, language), y: formatDecimal(r.x, 2, language) });
      this.vn.title = t('cursor.vn2000Title');
      this.vn.dataset.state = 'ok';
      this.vn.dataset.easting = String(r.x);
      this.vn.dataset.northing = String(r.y);
    } catch (e) {
      if (e.name !== 'AbortError') {
        this.vn.textContent = t('cursor.unavailable');
        this.vn.dataset.state = 'error';
      }
    } finally {
      if (this.pending === controller) {
        this.pending = null;
      }
    }
  }
}
