// The georeference box of a scanned plan, over the map: the sheet (click a point on it), then its place —
// a click on the map, or the VN-2000 grid coordinates printed on the sheet — for at least three points; the
// server fits the sheet (PUT /scans/{id}/georeference) and each point's residual in metres and the RMS are
// shown. The points' pure parts are georef-points.js's.

import { html, redraw } from './html.js';
import { t, lang } from './i18n.js';
import { fixed } from './numbers.js';
import { scanCrss } from './terms.js';
import { pointBody, pointFromClick } from './georef-points.js';

const L = globalThis.L;
const SCALES = [0, 0.25, 0.5, 1]; // 0: fit the box's width

const num = (n, digits) => fixed(n, digits, lang());

export class GeorefBox {
  // @param host       the element over the map that holds the box
  // @param map        the L.Map (clicked for places; the points are marked on it)
  // @param api        {georeference(id, points)}
  // @param callbacks  {onSaved(scan)}
  constructor(host, map, api, callbacks) {
    this.host = host;
    this.map = map;
    this.api = api;
    this.callbacks = callbacks;
    this.scan = null;
    this.markers = L.layerGroup();
    this.onMapClick = (e) => this.place({ lonlat: [round7(e.latlng.lng), round7(e.latlng.lat)] });
  }

  // @method open(scan): starts georeferencing the scan, from its saved points if any
  open(scan) {
    this.close();
    const g = scan.georeference;
    this.scan = scan;
    this.points = g ? g.points.map((p) => ({ image: p.image, ...(p.given.lonlat ? { lonlat: p.given.lonlat }
      : { world: { crs: p.given.crs, x: p.given.x, y: p.given.y } }), residual: p.residual_m, at: p.lonlat })) : [];
    this.fit = g ? { rms: g.rms_m, mpp: g.metres_per_pixel } : null;
    this.pending = null;
    this.scale = 0;
    this.message = '';
    this.crs = scanCrss()[0];
    this.el = document.createElement('section');
    this.el.className = 'pm-georef';
    this.el.id = 'pm-georef';
    this.el.setAttribute('aria-labelledby', 'pm-georef-title');
    L.DomEvent.disableClickPropagation(this.el);
    L.DomEvent.disableScrollPropagation(this.el);
    this.el.addEventListener('click', (e) => this.onClick(e));
    this.el.addEventListener('change', (e) => this.onChange(e));
    this.el.addEventListener('submit', (e) => {
      e.preventDefault();
      this.typed();
    });
    this.host.appendChild(this.el);
    this.markers.addTo(this.map);
    this.map.on('click', this.onMapClick);
    this.render();
    this.el.querySelector('#pm-georef-title').focus();
  }

  // @method close(): leaves the box (the saved georeference stays)
  close() {
    if (!this.scan) {
      return;
    }
    this.map.off('click', this.onMapClick);
    this.map.getContainer().classList.remove('pm-picking');
    this.markers.clearLayers().remove();
    this.el.remove();
    this.scan = null;
  }

  closeIf(id) {
    if (this.scan && this.scan.id === id) {
      this.close();
    }
  }

  // @method rerender(): the box again (after a language switch), keeping its points
  rerender() {
    if (this.scan) {
      this.render();
    }
  }

  render() {
    const s = this.scan;
    const n = this.points.length;
    const scale = this.scale || 0;
    const rows = this.points.map((p, i) => html`<tr data-point=${i}><td>${i + 1}</td><td>${num(p.image[0], 1)}, ${num(p.image[1], 1)}</td>
        <td>${p.lonlat ? `${p.lonlat[1].toFixed(6)}, ${p.lonlat[0].toFixed(6)}` : `${p.world.crs} X ${num(p.world.x, 2)} Y ${num(p.world.y, 2)}`}</td>
        <td class="pm-georef-residual">${p.residual === undefined || p.residual === null ? '—' : num(p.residual, 2)}</td>
        <td><button type="button" class="pm-icon-button" data-georef="remove" data-index=${i} aria-label=${t('georef.remove', { n: i + 1 })}>×</button></td></tr>`);
    redraw(this.el, html`<h2 class="pm-h2" id="pm-georef-title" tabindex="-1">${t('georef.title', { name: s.filename })}</h2>
      <p class="pm-small pm-muted">${t('georef.hint')}</p>
      <p class="pm-small"><label>${t('georef.scale')} <select name="scale">${SCALES.map((v) =>
        html`<option value=${v} ?selected=${v === scale}>${v ? `${v * 100} %` : t('georef.fitWidth')}</option>`)}</select></label></p>
      <div class="pm-georef-sheet" aria-label=${t('georef.sheet')}>
        <div class="pm-georef-frame" style="width:${scale ? `${s.width * scale}px` : '100%'}">
          <img src=${s.image} alt=${s.filename} id="pm-georef-image" draggable="false">${this.points.map((p, i) => this.pin(p.image, i + 1))}${
            this.pending ? this.pin(this.pending.image, n + 1, true) : ''}</div></div>
      <p class="pm-small" id="pm-georef-step" aria-live="polite">${this.pending ? t('georef.pending', { n: n + 1 }) : t('georef.pickImage', { n: n + 1 })}</p>
      ${this.pending ? html`<form class="pm-georef-typed" id="pm-georef-typed" novalidate>
        <label>${t('georef.crs')} <select name="crs">${scanCrss().map((c) => html`<option ?selected=${c === this.crs}>${c}</option>`)}</select></label>
        <label>${t('georef.x')} <input name="x" id="pm-georef-x" inputmode="decimal" autocomplete="off"></label>
        <label>${t('georef.y')} <input name="y" id="pm-georef-y" inputmode="decimal" autocomplete="off"></label>
        <button type="submit" class="pm-button pm-button-small" id="pm-georef-add">${t('georef.add')}</button></form>` : ''}
      ${n ? html`<table class="pm-georef-points"><thead><tr><th>${t('georef.point')}</th><th>${t('georef.image')}</th>
        <th>${t('georef.place')}</th><th>${t('georef.residual')}</th><th></th></tr></thead><tbody>${rows}</tbody></table>` : ''}
      ${this.fit && n >= 3 ? html`<p class="pm-small" id="pm-georef-rms">${t('georef.rms', { rms: num(this.fit.rms, 2), n,
        mpp: num(this.fit.mpp[0], 2) })}${n === 3 ? ` ${t('georef.exact')}` : ''}</p>` : ''}
      <p class="pm-form-error" id="pm-georef-error" role="alert">${this.message}</p>
      <p class="pm-dialog-actions"><button type="button" class="pm-button pm-button-secondary" data-georef="close">${t('georef.close')}</button>
        <button type="button" class="pm-button" id="pm-georef-save" data-georef="save" ?disabled=${n < 3}>${t('georef.save', { n })}</button></p>`);
    this.el.querySelector('#pm-georef-image').addEventListener('click', (e) => this.pick(e));
    this.map.getContainer().classList.toggle('pm-picking', Boolean(this.pending));
    this.drawMarkers();
  }

  pin(image, n, pending = false) {
    const left = (100 * image[0]) / this.scan.width;
    const top = (100 * image[1]) / this.scan.height;
    return html`<span class="pm-georef-pin ${pending ? 'pm-georef-pending' : ''}" style="left:${left}%;top:${top}%">${n}</span>`;
  }

  drawMarkers() {
    this.markers.clearLayers();
    this.points.forEach((p, i) => {
      const at = p.lonlat || p.at;
      if (at) {
        const icon = L.divIcon({ className: 'pm-georef-marker', html: String(i + 1), iconSize: [22, 22], iconAnchor: [11, 11] });
        this.markers.addLayer(L.marker([at[1], at[0]], { icon, interactive: false, keyboard: false, pane: 'markerPane' }));
      }
    });
  }

  pick(e) {
    const img = e.currentTarget;
    this.pending = { image: pointFromClick(e.clientX, e.clientY, img.getBoundingClientRect(), this.scan.width, this.scan.height) };
    this.message = '';
    this.render();
    this.el.querySelector('#pm-georef-x').focus();
  }

  // A place for the pending image point: {lonlat} from the map or {world} typed.
  place(where) {
    if (!this.pending) {
      return;
    }
    this.points.push({ image: this.pending.image, ...where, residual: null });
    this.pending = null;
    this.fit = null;
    this.points.forEach((p) => { p.residual = null; });
    this.render();
  }

  typed() {
    const form = this.el.querySelector('#pm-georef-typed');
    const value = (name) => Number(String(form[name].value).replace(/\s/g, '').replace(',', '.'));
    const x = value('x');
    const y = value('y');
    this.crs = form.crs.value;
    if (!form.x.value.trim() || !form.y.value.trim() || !Number.isFinite(x) || !Number.isFinite(y)) {
      this.el.querySelector('#pm-georef-error').textContent = t('georef.badNumber');
      return;
    }
    this.place({ world: { crs: this.crs, x, y } });
  }

  onChange(e) {
    if (e.target.name === 'scale') {
      this.scale = Number(e.target.value);
      this.render();
    }
  }

  onClick(e) {
    const b = e.target.closest('[data-georef]');
    if (!b) {
      return;
    }
    if (b.dataset.georef === 'remove') {
      this.points.splice(Number(b.dataset.index), 1);
      this.fit = null;
      this.render();
    } else if (b.dataset.georef === 'close') {
      this.close();
    } else if (b.dataset.georef === 'save') {
      this.save();
    }
  }

  async save() {
    if (this.points.length < 3) {
      this.el.querySelector('#pm-georef-error').textContent = t('georef.needThree');
      return;
    }
    try {
      const scan = await this.api.georeference(this.scan.id, this.points.map(pointBody));
      const g = scan.georeference;
      this.points.forEach((p, i) => {
        p.residual = g.points[i].residual_m;
        p.at = g.points[i].lonlat;
      });
      this.fit = { rms: g.rms_m, mpp: g.metres_per_pixel };
      this.message = '';
      this.scan = { ...scan };
      this.render();
      this.callbacks.onSaved(scan);
    } catch (err) {
      this.message = t('georef.refused', { detail: (err.problem && err.problem.detail) || err.message });
      this.render();
    }
  }
}

const round7 = (n) => Math.round(n * 1e7) / 1e7;
