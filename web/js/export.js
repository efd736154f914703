// The export dialog: the visible layers, with the tasks filter in force, in a chosen format and
// coordinate system, downloaded from /export. When a server does not offer /export (feature-detected once),
// it falls back to GeoJSON in WGS84: the items endpoints of each visible layer, or all of them merged
// here into one FeatureCollection. exportUrl/itemsParams are pure (unit-tested).

import { escapeHtml } from './format.js';
import { t, pick } from './i18n.js';

// In the order a planner reaches for them. KML and GeoJSON are always WGS84; the workbook has no geometry.
export const FORMATS = ['gpkg', 'shp', 'kml', 'geojson', 'csv', 'xlsx', 'pack'];
export const CRSS = ['wgs84', 'vn2000-utm48', 'vn2000-thanhhoa'];
const WGS84_ONLY = ['kml', 'geojson'];
const NO_GEOMETRY = ['xlsx'];

// @function crsChoices(format: string): string[] — the CRSs a format can carry
export function crsChoices(format) {
  if (WGS84_ONLY.includes(format)) {
    return ['wgs84'];
  }
  return NO_GEOMETRY.includes(format) ? [] : CRSS;
}

// @function filterParams(taskCodes: string[]|null): object
// The items/export filter for a tasks filter: the codes of the matching tasks (a feature passes when it
// serves one of them), or nothing when no filter is active (taskCodes null).
export function filterParams(taskCodes) {
  return taskCodes === null ? {} : { task: [...taskCodes].sort().join(',') };
}

// @function exportUrl({layers, format, crs, taskCodes}): string|null
// The /export URL; null when there is nothing to export (no layer, or a filter no task passes).
export function exportUrl({ layers, format, crs, taskCodes }) {
  if (!layers.length || (taskCodes !== null && !taskCodes.length)) {
    return null;
  }
  const choices = crsChoices(format);
  const params = new URLSearchParams({ layers: layers.join(','), format });
  if (choices.length) {
    params.set('crs', choices.includes(crs) ? crs : 'wgs84');
  }
  Object.entries(filterParams(taskCodes)).forEach(([k, v]) => params.set(k, v));
  return `/export?${params.toString().replace(/%2C/g, ',')}`;
}

// @function itemsParams(taskCodes: string[]|null): URLSearchParams — one layer's GeoJSON download
export function itemsParams(taskCodes) {
  return new URLSearchParams({ limit: '10000', f: 'json', ...filterParams(taskCodes) });
}

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

  render() {
    const ctx = this.context();
    const layerNames = ctx.layers.map((l) => pick(l.title, l.title_en));
    const filters = ctx.taskCodes === null ? t('export.noFilters') : ctx.filterText;
    let body;
    if (!ctx.layers.length) {
      body = `<p>${escapeHtml(t('export.noLayers'))}</p>`;
    } else if (this.available) {
      const formats = FORMATS.map((v, i) => `<label class="pm-radio pm-radio-block"><input type="radio" name="format" value="${v}"${i === 0 ? ' checked' : ''}>
          <span><b>${escapeHtml(t('format.' + v))}</b> <span class="pm-muted">${escapeHtml(t('format.hint.' + v))}</span></span></label>`).join('');
      const crss = CRSS.map((v, i) => `<label class="pm-radio pm-radio-block"><input type="radio" name="crs" value="${v}"${i === 0 ? ' checked' : ''}>
          <span>${escapeHtml(t('crs.' + v))}</span></label>`).join('');
      body = `
        <fieldset><legend>${escapeHtml(t('export.format'))}</legend>${formats}</fieldset>
        <fieldset id="pm-export-crs"><legend>${escapeHtml(t('export.crs'))}</legend>${crss}
          <p class="pm-small pm-muted" id="pm-export-crs-note" aria-live="polite"></p></fieldset>
        <p><a class="pm-button" id="pm-export-download" download href="#">${escapeHtml(t('export.download'))}</a></p>`;
    } else {
      const links = ctx.layers.map((l) => {
        const href = this.api.itemsPath(l.id, itemsParams(ctx.taskCodes));
        return `<li><a href="${escapeHtml(href)}" download="${escapeHtml(l.id)}.geojson">${escapeHtml(pick(l.title, l.title_en))}</a></li>`;
      }).join('');
      body = `
        <p class="pm-note">${escapeHtml(t('export.fallback'))}</p>
        <p><button type="button" class="pm-button" data-action="merged">${escapeHtml(t('export.download'))} GeoJSON (WGS84)</button></p>
        <p class="pm-small">${escapeHtml(t('export.perLayer'))}</p><ul class="pm-small">${links}</ul>`;
    }
    this.dialog.innerHTML = `
      <form method="dialog" class="pm-dialog-inner">
        <h2 class="pm-h2" id="pm-export-title">${escapeHtml(t('export.heading'))}</h2>
        <p class="pm-small"><b>${escapeHtml(t('export.layers'))}:</b> ${escapeHtml(layerNames.join(', ') || '—')}</p>
        <p class="pm-small"><b>${escapeHtml(t('export.filters'))}:</b> ${escapeHtml(filters)}</p>
        ${body}
        <p class="pm-dialog-actions"><button class="pm-button pm-button-quiet" value="close">${escapeHtml(t('export.close'))}</button></p>
      </form>`;
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
