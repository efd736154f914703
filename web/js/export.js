// The export dialog: the visible layers, with the tasks filter in force, in a chosen format and
// coordinate system, downloaded from /export. When a server does not offer /export (feature-detected once),
// it falls back to GeoJSON in WGS84: the items endpoints of each visible layer, or all of them merged
// here into one FeatureCollection. The addresses are export-url.js's.

import { html, redraw } from './html.js';
import { t, pick } from './i18n.js';
import { crsChoices, filterParams, exportUrl, itemsParams } from './export-url.js';
import { exportFormatIds, exportCrsIds } from './terms.js';

export class ExportDialog {
  // @param dialog   the <dialog> element
  // @param api      {exportAvailable(), items(layer, filters), itemsPath(layer, params)}
  // @param context  () → {layers: [{id, title, title_en}], taskCodes: string[]|null, filterText: string}
  constructor(dialog, api, context) {
    this.dialog = dialog;
    this.api = api;
    this.context = context;
    this.available = null;
    dialog.addEventListener('click', (e) => this.onClick(e));
    dialog.addEventListener('change', () => this.updateLink());
  }

  async open() {
    if (this.available === null) {
      this.available = await this.api.exportAvailable();
    }
    this.render();
    if (!this.dialog.open) {
      this.dialog.showModal();
    }
  }

  body(ctx) {
    if (!ctx.layers.length) {
      return html`<p>${t('export.noLayers')}</p>`;
    }
    if (this.available) {
      const radio = (name, v, i, label) => html`<label class="pm-radio pm-radio-block"><input type="radio" name=${name} value=${v} ?checked=${i === 0}>
          <span>${label}</span></label>`;
      return html`
        <fieldset><legend>${t('export.format')}</legend>${exportFormatIds().map((v, i) => radio('format', v, i,
          html`<b>${t('format.' + v)}</b> <span class="pm-muted">${t('format.hint.' + v)}</span>`))}</fieldset>
        <fieldset id="pm-export-crs"><legend>${t('export.crs')}</legend>${exportCrsIds().map((v, i) => radio('crs', v, i, t('crs.' + v)))}
          <p class="pm-small pm-muted" id="pm-export-crs-note" aria-live="polite"></p></fieldset>
        <p><a class="pm-button" id="pm-export-download" download href="#">${t('export.download')}</a></p>`;
    }
    return html`
      <p class="pm-note">${t('export.fallback')}</p>
      <p><button type="button" class="pm-button" data-action="merged">${t('export.download')} GeoJSON (WGS84)</button></p>
      <p class="pm-small">${t('export.perLayer')}</p><ul class="pm-small">${ctx.layers.map((l) => html`<li><a
        href=${this.api.itemsPath(l.id, itemsParams(ctx.taskCodes))} download="${l.id}.geojson">${pick(l.title, l.title_en)}</a></li>`)}</ul>`;
  }

  render() {
    const ctx = this.context();
    const layerNames = ctx.layers.map((l) => pick(l.title, l.title_en));
    // drawn afresh each time the dialog opens: the first format and CRS chosen again
    redraw(this.dialog, html`
      <form method="dialog" class="pm-dialog-inner">
        <h2 class="pm-h2" id="pm-export-title">${t('export.heading')}</h2>
        <p class="pm-small"><b>${t('export.layers')}:</b> ${layerNames.join(', ') || '—'}</p>
        <p class="pm-small"><b>${t('export.filters')}:</b> ${ctx.taskCodes === null ? t('export.noFilters') : ctx.filterText}</p>
        ${this.body(ctx)}
        <p class="pm-dialog-actions"><button class="pm-button pm-button-quiet" value="close">${t('export.close')}</button></p>
      </form>`);
    this.updateLink();
  }

  updateLink() {
    const link = this.dialog.querySelector('#pm-export-download');
    if (!link) {
      return;
    }
    const ctx = this.context();
    const format = this.dialog.querySelector('input[name="format"]:checked').value;
    const choices = crsChoices(format);
    const note = this.dialog.querySelector('#pm-export-crs-note');
    this.dialog.querySelectorAll('input[name="crs"]').forEach((input) => {
      input.disabled = !choices.includes(input.value);
      if (input.disabled && input.checked) {
        this.dialog.querySelector('input[name="crs"][value="wgs84"]').checked = true;
      }
    });
    note.textContent = choices.length === 0 ? t('export.noGeometry') : (choices.length === 1 ? t('export.wgs84Only') : '');
    const crs = this.dialog.querySelector('input[name="crs"]:checked').value;
    const url = exportUrl({ layers: ctx.layers.map((l) => l.id), format, crs, taskCodes: ctx.taskCodes });
    if (url) {
      link.href = this.api.withAsOf ? this.api.withAsOf(url) : url;
      link.removeAttribute('aria-disabled');
    } else {
      link.removeAttribute('href');
      link.setAttribute('aria-disabled', 'true');
    }
  }

  async onClick(e) {
    const button = e.target.closest('[data-action="merged"]');
    if (!button) {
      return;
    }
    e.preventDefault();
    button.disabled = true;
    try {
      const ctx = this.context();
      const filters = filterParams(ctx.taskCodes);
      const collections = ctx.taskCodes !== null && !ctx.taskCodes.length
        ? [] : await Promise.all(ctx.layers.map((l) => this.api.items(l.id, filters)));
      const merged = { type: 'FeatureCollection', features: collections.flatMap((c) => c.features) };
      const blob = new Blob([JSON.stringify(merged)], { type: 'application/geo+json' });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = 'planmap.geojson';
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    } finally {
      button.disabled = false;
    }
  }
}
