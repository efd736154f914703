// Scanned plans on the map: the list in the layers tab (a tick shows a georeferenced sheet under the layers,
// with an opacity slider), upload and delete for editors, the georeference box (georef.js), the scans a place
// was traced over in its panel, and the tracing link recorded when a place is redrawn while scans are shown.

import { html, render, redraw } from './html.js';
import { metres } from './numbers.js';
import { formatDate } from './dates.js';
import { t, lang } from './i18n.js';
import { GeorefBox } from './georef.js';
import { scanTypes, scanMaxBytes } from './terms.js';
import { ensureScanPane, scanOverlay, cornersOf } from './scan-overlay.js';

const L = globalThis.L;

// @function fitText(scan): string — "4 control points, RMS error 0.42 m", or "not georeferenced"
export function fitText(scan) {
  const g = scan.georeference;
  if (!g) {
    return t('scans.notPlaced');
  }
  return t('scans.fit', { n: g.points.length, rms: metres(g.rms_m, lang()) });
}

const DEFAULT_OPACITY = 0.7;

export class ScansView {
  // @param api        the API client (scans, uploadScan, georeference, deleteScan, tracedOver)
  // @param map        the L.Map
  // @param host       the element over the map that holds the georeference box
  // @param callbacks  {canEdit(): boolean, toast(text), error(e)}
  constructor(api, map, host, callbacks) {
    this.api = api;
    this.map = map;
    this.callbacks = callbacks;
    this.list = [];
    this.shown = new Map(); // scan id → {overlay, opacity}
    ensureScanPane(map);
    this.el = document.createElement('section');
    this.el.className = 'pm-scans';
    this.el.id = 'pm-scans';
    this.el.addEventListener('change', (e) => this.onChange(e));
    this.el.addEventListener('input', (e) => this.onInput(e));
    this.el.addEventListener('click', (e) => this.onClick(e));
    this.box = new GeorefBox(host, map, api, {
      onSaved: (scan) => {
        this.replace(scan);
        this.show(scan.id, true);
        this.callbacks.toast(t('georef.saved'));
      },
    });
  }

  // @method load(): Promise — fetches the list of scans and renders it
  async load() {
    this.list = (await this.api.scans()).scans;
    this.render();
  }

  // @method mount(container): renders the section at the end of the container (the layers tab, redrawn often)
  mount(container) {
    this.render();
    container.appendChild(this.el);
  }

  byId(id) {
    return this.list.find((s) => String(s.id) === String(id));
  }

  replace(scan) {
    const i = this.list.findIndex((s) => s.id === scan.id);
    if (i >= 0) {
      this.list[i] = scan;
    } else {
      this.list.unshift(scan);
    }
    const entry = this.shown.get(scan.id);
    if (entry) {
      entry.overlay.remove();
      this.shown.delete(scan.id);
      this.show(scan.id, true, entry.opacity);
    }
    this.render();
  }

  // @method render(): the section again (after a change, a sign-in, a language switch)
  render() {
    const edit = this.callbacks.canEdit();
    const items = this.list.map((s) => {
      const entry = this.shown.get(s.id);
      const { id } = s;
      return html`<li class="pm-scan" data-scan=${id}>
        <label class="pm-check"><input type="checkbox" name="scan" value=${id} ?checked=${Boolean(entry)} ?disabled=${!s.georeference}
          aria-label=${t('scans.show', { name: s.filename })}> <span class="pm-scan-name">${s.filename}</span></label>
        <p class="pm-small pm-muted pm-scan-fit">${fitText(s)} · ${t('scans.uploadedBy', { user: s.uploaded_by, date: formatDate(String(s.uploaded_at).slice(0, 10)) })}</p>
        ${entry ? html`<label class="pm-scan-opacity pm-small">${t('scans.opacity')}
          <input type="range" name="opacity" min="0" max="100" step="5" value=${Math.round(entry.opacity * 100)} data-scan=${id}></label>` : ''}
        <p class="pm-scan-actions">${s.georeference ? html`<button type="button" class="pm-link-button pm-small" data-scan-action="zoom" data-scan=${id}>${t('scans.zoom')}</button>` : ''}
          ${s.georeference ? html`<a class="pm-small" href="${s.href}/world" download title=${t('scans.worldFileHint')}>${t('scans.worldFile')}</a>` : ''}
          ${edit ? html`<button type="button" class="pm-link-button pm-small" data-scan-action="georeference" data-scan=${id}>${t('scans.georeference')}</button>
          <button type="button" class="pm-link-button pm-small" data-scan-action="delete" data-scan=${id}>${t('scans.delete')}</button>` : ''}</p></li>`;
    });
    // drawn afresh: the switches and sliders follow this.shown, not what was last clicked
    redraw(this.el, html`<h2 class="pm-h2">${t('scans.heading')}</h2>
      <p class="pm-small pm-muted">${t('scans.intro')}</p>
      ${items.length ? html`<ul class="pm-scan-list">${items}</ul>` : html`<p class="pm-muted pm-small">${t('scans.none')}</p>`}
      ${edit ? html`<p class="pm-field pm-scan-upload"><label for="pm-scan-file">${t('scans.upload')}</label>
        <input type="file" id="pm-scan-file" name="file" accept=${scanTypes().join(',')}></p>` : ''}
      <p class="pm-form-error" id="pm-scan-error" role="alert"></p>`);
    this.box.rerender();
  }

  // @method show(id, on: boolean, opacity?: number): draws the scan under the layers, or removes it
  show(id, on, opacity = DEFAULT_OPACITY) {
    const scan = this.byId(id);
    const entry = this.shown.get(scan ? scan.id : id);
    if (!on || !scan || !scan.georeference) {
      if (entry) {
        entry.overlay.remove();
        this.shown.delete(scan ? scan.id : id);
      }
      this.render();
      return;
    }
    if (!entry) {
      this.shown.set(scan.id, { overlay: scanOverlay(scan, opacity).addTo(this.map), opacity });
    }
    this.render();
  }

  zoomTo(id) {
    const scan = this.byId(id);
    if (scan && scan.georeference) {
      this.map.fitBounds(L.latLngBounds(Object.values(cornersOf(scan.georeference))), { animate: false });
    }
  }

  onChange(e) {
    const el = e.target;
    if (el.name === 'scan') {
      this.show(el.value, el.checked);
      if (el.checked) {
        this.el.querySelector(`input[name=opacity][data-scan="${CSS.escape(el.value)}"]`).focus();
      }
    } else if (el.name === 'file' && el.files.length) {
      this.upload(el.files[0]);
    }
  }

  onInput(e) {
    const el = e.target;
    if (el.name !== 'opacity') {
      return;
    }
    const entry = this.shown.get(this.byId(el.dataset.scan).id);
    entry.opacity = Number(el.value) / 100;
    entry.overlay.setOpacity(entry.opacity);
  }

  onClick(e) {
    const b = e.target.closest('[data-scan-action]');
    if (!b) {
      return;
    }
    const scan = this.byId(b.dataset.scan);
    if (b.dataset.scanAction === 'zoom') {
      this.zoomTo(scan.id);
    } else if (b.dataset.scanAction === 'georeference') {
      this.box.open(scan);
    } else if (b.dataset.scanAction === 'delete' && window.confirm(t('scans.deleteConfirm', { name: scan.filename }))) {
      this.remove(scan);
    }
  }

  async upload(file) {
    const error = this.el.querySelector('#pm-scan-error');
    if (!scanTypes().includes(file.type) || file.size > scanMaxBytes()) {
      error.textContent = t('scans.badFile');
      return;
    }
    error.textContent = t('scans.uploading');
    try {
      const scan = await this.api.uploadScan(file);
      this.list.unshift(scan);
      this.render();
      this.callbacks.toast(t('scans.uploaded', { name: scan.filename }));
      this.box.open(scan);
    } catch (err) {
      this.el.querySelector('#pm-scan-error').textContent = err.problem && err.problem.detail
        ? `${t('scans.badFile')} (${err.problem.detail})` : t('scans.badFile');
    }
  }

  async remove(scan) {
    try {
      await this.api.deleteScan(scan.id);
      this.show(scan.id, false);
      this.list = this.list.filter((s) => s.id !== scan.id);
      this.box.closeIf(scan.id);
      this.render();
      this.callbacks.toast(t('scans.deleted'));
    } catch (err) {
      this.callbacks.error(err);
    }
  }

  // @method traced(featureId, geometryChanged: boolean): Promise — links the place to every scan shown
  traced(featureId, geometryChanged) {
    if (!geometryChanged || !this.shown.size) {
      return Promise.resolve();
    }
    return Promise.all([...this.shown.keys()].map((id) => this.api.tracedOver(id, featureId)));
  }

  // @method fillPanel(sel, body): lists, in a place's panel, the scans it was traced over (nothing when none)
  async fillPanel(sel, body) {
    if (!sel || sel.type !== 'feature') {
      return;
    }
    const scans = (await this.api.scans(sel.id)).scans;
    const history = body.querySelector('[data-slot="history"]');
    if (!scans.length || !history || !history.previousElementSibling || body.querySelector('#pm-traced')) {
      return;
    }
    const traced = document.createDocumentFragment();
    render(html`<h3 class="pm-h3">${t('scans.traced')}</h3>
      <ul class="pm-place-list" id="pm-traced">${scans.map((s) => html`<li><button type="button" class="pm-link-button" data-traced-scan=${s.id}>${s.filename}</button>
      <span class="pm-small pm-muted">${fitText(s)}</span></li>`)}</ul>`, traced);
    history.previousElementSibling.before(traced);
    body.querySelector('#pm-traced').addEventListener('click', (e) => {
      const b = e.target.closest('[data-traced-scan]');
      if (b) {
        scans.forEach((s) => { if (!this.byId(s.id)) { this.list.push(s); } });
        this.show(b.dataset.tracedScan, true);
        this.zoomTo(b.dataset.tracedScan);
      }
    });
  }
}
