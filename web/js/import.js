// The import dialog (editors): a file and its CRS are sent to POST /imports; the features come back in
// WGS84 with their matches, drawn over the map (dashed, on top of the current shapes) and listed with their
// attributes; the editor assigns each to an existing place, to a new place of a layer and kind, or skips it,
// states the file's accuracy, and applies (POST /imports/{id}/apply, one transaction). The panel is not
// modal: the map stays usable to compare the preview with the current shapes.
// The rules it applies (choices, the apply request, refusals in words) are import-rules.js's.

import { html, redraw } from './html.js';
import { t, pick, lang } from './i18n.js';
import { importCrss, accuracyClassIds } from './terms.js';
import { defaultChoice, applyBody, problemWords, attributeText } from './import-rules.js';
const ACCEPT = '.gpkg,.zip,.kml,.kmz,.geojson,.json,.dxf,.csv';
const PREVIEW_STYLE = { color: '#c2185b', weight: 3, dashArray: '6 4', fillColor: '#c2185b', fillOpacity: 0.12 };
const CHOSEN_STYLE = { ...PREVIEW_STYLE, weight: 5, fillOpacity: 0.25 };
const PANE = 'pm-import-preview';

export class ImportDialog {
  // @param panel     the element the dialog is drawn in (a side panel over the map)
  // @param api       {createImport(file, crs), applyImport(id, body)}
  // @param map       the L.Map the preview is drawn on
  // @param context   () → {layers: [{id, title, title_en, kinds: [{id, label_vi, label_en}]}]}
  // @param onApplied ({places}) → void
  constructor(panel, api, map, context, onApplied) {
    this.panel = panel;
    this.api = api;
    this.map = map;
    this.context = context;
    this.onApplied = onApplied;
    this.doc = null;
    this.preview = null;
    panel.addEventListener('click', (e) => this.onClick(e));
    panel.addEventListener('change', (e) => this.onChange(e));
    panel.addEventListener('submit', (e) => this.onSubmit(e));
    panel.addEventListener('mouseover', (e) => this.highlight(e));
  }

  // @method open(): shows the file form
  open() {
    this.clearPreview();
    this.doc = null;
    this.renderForm(null, null);
    this.panel.hidden = false;
    this.panel.querySelector('#pm-import-file').focus();
  }

  close() {
    this.clearPreview();
    this.doc = null;
    this.panel.hidden = true;
    this.panel.replaceChildren();
  }

  isOpen() {
    return !this.panel.hidden;
  }

  renderForm(message, suggest, crs = '') {
    redraw(this.panel, html`
      <form class="pm-import-form" id="pm-import-form">
        <button type="button" class="pm-icon-button pm-panel-close" data-import="close" aria-label=${t('import.close')}>×</button>
        <h2 class="pm-h2" id="pm-import-title">${t('import.heading')}</h2>
        <p class="pm-small pm-muted">${t('import.intro')}</p>
        <p><label for="pm-import-file"><b>${t('import.file')}</b></label><br>
          <input type="file" id="pm-import-file" name="file" accept=${ACCEPT} required></p>
        <p><label for="pm-import-crs"><b>${t('import.crs')}</b></label><br>
          <select id="pm-import-crs" name="crs"><option value="">${t('import.crs.file')}</option>${importCrss().map(
            (c) => html`<option value=${c} ?selected=${c === crs}>${t('import.crs.' + c)}</option>`)}</select></p>
        <p class="pm-small pm-muted">${t('import.crs.hint')}</p>
        <p class="pm-form-error" id="pm-import-error" role="alert">${message || ''}
          ${suggest ? html`<button type="button" class="pm-button pm-button-small" data-import="retry" data-crs=${suggest}>${t('import.tryCrs', { crs: suggest })}</button>` : ''}</p>
        <p class="pm-dialog-actions">
          <button type="button" class="pm-button pm-button-quiet" data-import="close">${t('import.close')}</button>
          <button type="submit" class="pm-button" id="pm-import-read">${t('import.read')}</button></p>
      </form>`);
  }

  async onSubmit(e) {
    e.preventDefault();
    if (e.target.id === 'pm-import-form') {
      await this.read(this.panel.querySelector('#pm-import-crs').value || null);
    } else if (e.target.id === 'pm-import-assign') {
      await this.apply();
    }
  }

  async read(crs) {
    const input = this.panel.querySelector('#pm-import-file');
    const file = input && input.files && input.files[0];
    if (!file) {
      return;
    }
    this.file = file;
    const button = this.panel.querySelector('#pm-import-read');
    button.disabled = true;
    button.textContent = t('import.reading');
    try {
      this.doc = await this.api.createImport(file, crs);
      this.showPreview();
    } catch (err) {
      const w = problemWords(err.status, err.problem);
      const detail = lang() === 'en' && err.problem && err.problem.detail ? ` (${err.problem.detail})` : '';
      const words = t(w.key, w.vars) + (w.suggest ? ` ${t('import.error.suggest', { crs: t('import.crs.' + w.suggest) })}` : '');
      this.renderForm(words + detail, w.suggest, crs || '');
      this.keepFile(file);
    }
  }

  // keeps the chosen file in the re-rendered form (so "read again as…" needs no new choice)
  keepFile(file) {
    const input = this.panel.querySelector('#pm-import-file');
    try {
      const dt = new DataTransfer();
      dt.items.add(file);
      input.files = dt.files;
    } catch (e) {
      // an old browser: the editor chooses the file again
    }
  }

  showPreview() {
    const doc = this.doc;
    this.clearPreview();
    this.layerById = new Map();
    if (!this.map.getPane(PANE)) {
      // over every layer's pane (410 + n) and the selection halo, under the badges
      this.map.createPane(PANE).style.zIndex = 600;
    }
    this.preview = L.geoJSON({ type: 'FeatureCollection', features: doc.features.map((f) => ({ type: 'Feature', properties: { index: f.index }, geometry: f.geometry })) }, {
      pane: PANE,
      style: () => PREVIEW_STYLE,
      pointToLayer: (feature, latlng) => L.circleMarker(latlng, { ...PREVIEW_STYLE, radius: 7, pane: PANE }),
      onEachFeature: (feature, layer) => {
        this.layerById.set(feature.properties.index, layer);
        layer.on('click', () => this.focusRow(feature.properties.index));
      },
    }).addTo(this.map);
    const bounds = this.preview.getBounds();
    if (bounds.isValid()) {
      // clear of the panel, which covers the map's right side (or its bottom on a phone)
      const wide = this.panel.offsetWidth < this.map.getContainer().offsetWidth;
      this.map.fitBounds(bounds, { paddingTopLeft: [40, 40], maxZoom: 17,
        paddingBottomRight: wide ? [this.panel.offsetWidth + 40, 40] : [40, this.panel.offsetHeight + 40] });
    }
    redraw(this.panel, html`
      <form class="pm-import-form" id="pm-import-assign">
        <button type="button" class="pm-icon-button pm-panel-close" data-import="close" aria-label=${t('import.close')}>×</button>
        <h2 class="pm-h2" id="pm-import-title">${t('import.heading')}</h2>
        <p class="pm-small" id="pm-import-summary">${t('import.summary', { file: doc.filename, count: doc.features.length, format: doc.format_title, crs: doc.crs })}
          <span class="pm-muted">(${doc.crs_title}, ${t('import.crsFrom.' + doc.crs_from)})</span></p>
        ${doc.axis_swapped ? html`<p class="pm-small pm-note">${t('import.swapped')}</p>` : ''}
        <div class="pm-import-table-wrap"><table class="pm-import-table">
          <thead><tr><th>${t('import.col.feature')}</th><th>${t('import.col.assign')}</th></tr></thead>
          <tbody>${doc.features.map((f) => this.row(f))}</tbody></table></div>
        <fieldset><legend>${t('import.accuracy')}</legend>
          <p class="pm-import-accuracy"><label>${t('import.accuracy.class')}<br><select name="accuracy_class">${accuracyClassIds().map(
            (c) => html`<option value=${c} ?selected=${c === 'from_plan'}>${t('accuracy.class.' + c)}</option>`)}</select></label>
          <label>${t('import.accuracy.metres')}<br><input type="number" name="accuracy_metres" min="0.01" step="any" value="2" required></label></p>
          <p><label>${t('import.accuracy.source')}<br><input type="text" name="accuracy_source" maxlength="1000" required
             placeholder=${t('import.accuracy.sourcePlaceholder')}></label></p></fieldset>
        <p class="pm-form-error" id="pm-import-error" role="alert"></p>
        <p class="pm-dialog-actions">
          <button type="button" class="pm-button pm-button-quiet" data-import="back">${t('import.back')}</button>
          <button type="submit" class="pm-button" id="pm-import-apply">${t('import.apply')}</button></p>
      </form>`);
    doc.features.forEach((f) => this.restyle(f.index));
  }

  row(f) {
    const choice = defaultChoice(f);
    const layers = this.context().layers;
    return html`<tr class="pm-import-row" data-index=${f.index}>
      <td><b>${f.index}. ${f.name || '—'}</b>
        <div class="pm-small pm-muted">${attributeText(f.properties)}</div>
        ${(f.matches || []).length ? '' : html`<div class="pm-small pm-muted">${t('import.noMatch')}</div>`}</td>
      <td><select name="choice" data-index=${f.index} aria-label="${t('import.col.assign')} ${f.index}">
          <option value="skip" ?selected=${choice === 'skip'}>${t('import.skip')}</option>
          ${(f.matches || []).map((m) => html`<option value="place:${m.feature}" ?selected=${choice === 'place:' + m.feature}>${
            t('import.match', { name: m.name, score: Math.round(m.score * 100) })}</option>`)}
          <option value="new">${t('import.newPlace')}</option></select>
        <div class="pm-import-new" data-index=${f.index} hidden>
          <label>${t('import.name')}<input type="text" name="new_name" maxlength="300" value=${f.name || ''}></label>
          <label>${t('import.layer')}<select name="new_layer">${layers.map((l) => html`<option value=${l.id}>${pick(l.title, l.title_en)}</option>`)}</select></label>
          <label>${t('import.kind')}<select name="new_kind">${this.kindOptions(layers[0])}</select></label>
        </div></td></tr>`;
  }

  kindOptions(layer) {
    return ((layer && layer.kinds) || []).map((k) => html`<option value=${k.id}>${pick(k.label_vi, k.label_en)}</option>`);
  }

  onChange(e) {
    const el = e.target;
    const row = el.closest('.pm-import-row');
    if (!row) {
      return;
    }
    const index = Number(row.dataset.index);
    if (el.name === 'choice') {
      row.querySelector('.pm-import-new').hidden = el.value !== 'new';
      this.restyle(index);
    } else if (el.name === 'new_layer') {
      const layer = this.context().layers.find((l) => l.id === el.value);
      redraw(row.querySelector('select[name="new_kind"]'), this.kindOptions(layer));
    }
  }

  restyle(index) {
    const layer = this.layerById && this.layerById.get(index);
    const select = this.panel.querySelector(`select[name="choice"][data-index="${index}"]`);
    if (layer && select && layer.setStyle) {
      layer.setStyle(select.value === 'skip' ? { ...PREVIEW_STYLE, opacity: 0.5, fillOpacity: 0.04 } : CHOSEN_STYLE);
    }
  }

  highlight(e) {
    const row = e.target.closest && e.target.closest('.pm-import-row');
    if (!row || !this.layerById) {
      return;
    }
    const layer = this.layerById.get(Number(row.dataset.index));
    if (layer && layer.bringToFront) {
      layer.bringToFront();
    }
  }

  focusRow(index) {
    const select = this.panel.querySelector(`select[name="choice"][data-index="${index}"]`);
    if (select) {
      select.scrollIntoView({ block: 'nearest' });
      select.focus();
    }
  }

  choices() {
    return [...this.panel.querySelectorAll('.pm-import-row')].map((row) => ({
      index: Number(row.dataset.index),
      choice: row.querySelector('select[name="choice"]').value,
      name: row.querySelector('input[name="new_name"]').value,
      layer: row.querySelector('select[name="new_layer"]').value,
      kind: row.querySelector('select[name="new_kind"]').value,
    }));
  }

  async apply() {
    const form = this.panel.querySelector('#pm-import-assign');
    const error = this.panel.querySelector('#pm-import-error');
    const result = applyBody(this.choices(), {
      class: form.accuracy_class.value, metres: form.accuracy_metres.value, source: form.accuracy_source.value });
    if (result.error) {
      error.textContent = t(result.error, { index: result.index });
      return;
    }
    const button = this.panel.querySelector('#pm-import-apply');
    button.disabled = true;
    button.textContent = t('import.applying');
    try {
      const applied = await this.api.applyImport(this.doc.id, result.body);
      this.close();
      this.onApplied(applied);
    } catch (err) {
      const detail = lang() === 'en' && err.problem && err.problem.detail ? ` (${err.problem.detail})` : '';
      error.textContent = (err.status === 410 ? t('import.error.expired') : t('import.error.apply')) + detail;
      button.disabled = false;
      button.textContent = t('import.apply');
    }
  }

  onClick(e) {
    const b = e.target.closest('[data-import]');
    if (!b) {
      return;
    }
    if (b.dataset.import === 'close') {
      this.close();
    } else if (b.dataset.import === 'back') {
      const file = this.file;
      this.open();
      if (file) {
        this.keepFile(file);
      }
    } else if (b.dataset.import === 'retry') {
      this.panel.querySelector('#pm-import-crs').value = b.dataset.crs;
      this.read(b.dataset.crs);
    }
  }

  clearPreview() {
    if (this.preview) {
      this.preview.remove();
      this.preview = null;
      this.layerById = null;
    }
  }
}
