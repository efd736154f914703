// Printing: a mode of the map, not another page (uMap's printer.js idea). The map's own element is moved
// into a sheet of the paper's size (A4 or A3, portrait or landscape, in millimetres) with a heading (title,
// as-of date), the visible layers' legend, a north arrow, Leaflet's scale bar, the accuracy and source
// note, and optionally an annex (the selected place's panel, or a task table) on the following pages.
// The screen shows the sheet as a preview; the browser prints it through print CSS and an @page rule of
// the paper's size. Ctrl+P outside the preview prints the current view on the last paper chosen.

import { escapeHtml, formatDateTime } from './format.js';
import { t } from './i18n.js';
import { featureMatches } from './tasks.js';
import {
  PAPERS, ORIENTATIONS, paperSize, pageCss, scaleDenominator, headHtml, legendHtml, northArrowHtml, footHtml,
  taskTableHtml, panelAnnex,
} from './print-sheet.js';

const TILE_WAIT_MS = 8000;

export class PrintView {
  // @param dialog   the <dialog> of print options
  // @param planMap  the PlanMap (its Leaflet map is moved into the sheet and back)
  // @param context  () → {layers (the exported collections), legendLayers (the map's layers), filterText, taskCodes, tasks, agencies: Map, features: Map, day, asOf,
  //                 panelBody: Element|null (the open panel's content)}
  constructor(dialog, planMap, context) {
    this.dialog = dialog;
    this.planMap = planMap;
    this.map = planMap.map;
    this.context = context;
    this.options = { paper: 'A4', orientation: 'landscape', title: '', annex: 'none' };
    this.agency = null;
    this.active = null; // {home, next, bounds, dimmed, style} while the sheet is shown
    dialog.addEventListener('submit', (e) => {
      e.preventDefault();
      this.fromForm();
      dialog.close();
      this.preview().catch((err) => console.warn('planmap: print preview', err.message));
    });
    dialog.addEventListener('click', (e) => {
      if (e.target.closest('[data-action="close"]')) {
        dialog.close();
      }
    });
    window.addEventListener('beforeprint', () => {
      if (!this.active) {
        this.enter();
        this.viaShortcut = true;
      }
    });
    window.addEventListener('afterprint', () => {
      if (this.viaShortcut) {
        this.viaShortcut = false;
        this.exit();
      }
    });
  }

  // @method open(): the options dialog for the current view
  open() {
    this.agency = null;
    this.render();
    this.dialog.showModal();
  }

  // @method openAgency(data): the options dialog for an agency's summary (/agencies/{id}): the map framed on
  // its places (the others dimmed), its overdue, coming, led and partnered tasks as the annex
  openAgency(data) {
    this.agency = data;
    this.render();
    this.dialog.showModal();
  }

  render() {
    const ctx = this.context();
    const o = this.options;
    const title = this.agency ? this.agencyTitle() : o.title || t('app.title');
    const radios = (name, values, current, label) => values.map((v) => `<label class="pm-radio"><input type="radio" name="${name}"
      value="${escapeHtml(v)}"${v === current ? ' checked' : ''}> ${escapeHtml(label(v))}</label>`).join(' ');
    const annexes = this.agency ? ['agency', 'none'] : ['none', 'selection', 'tasks'];
    const annex = this.agency ? 'agency' : o.annex === 'selection' && !ctx.panelBody ? 'none' : o.annex;
    this.dialog.innerHTML = `<form method="dialog" class="pm-dialog-inner pm-print-form">
      <h2 class="pm-h2" id="pm-print-title">${escapeHtml(t(this.agency ? 'print.agencyHeading' : 'print.heading'))}</h2>
      <fieldset><legend>${escapeHtml(t('print.paper'))}</legend>${radios('paper', Object.keys(PAPERS), o.paper, (v) => v)}</fieldset>
      <fieldset><legend>${escapeHtml(t('print.orientation'))}</legend>${radios('orientation', ORIENTATIONS, o.orientation, (v) => t('print.' + v))}</fieldset>
      <p class="pm-field"><label for="pm-print-name">${escapeHtml(t('print.titleLabel'))}</label>
        <input id="pm-print-name" name="title" maxlength="200" value="${escapeHtml(title)}"></p>
      <p class="pm-field"><label for="pm-print-annex">${escapeHtml(t('print.annex'))}</label>
        <select id="pm-print-annex" name="annex">${annexes.map((a) => `<option value="${a}"${a === annex ? ' selected' : ''}${a === 'selection' && !ctx.panelBody ? ' disabled' : ''}>${escapeHtml(t('print.annex.' + a))}</option>`).join('')}</select></p>
      <p class="pm-small pm-muted">${escapeHtml(t('print.hint'))}</p>
      <p class="pm-dialog-actions"><button type="submit" class="pm-button" id="pm-print-preview">${escapeHtml(t('print.preview'))}</button>
        <button type="button" class="pm-button pm-button-quiet" data-action="close">${escapeHtml(t('export.close'))}</button></p></form>`;
  }

  agencyTitle() {
    const a = this.agency.agency;
    return `${t('print.agencyTitle')}: ${(document.documentElement.lang === 'en' && a.name_en) || a.name_vi}`;
  }

  fromForm() {
    const f = new FormData(this.dialog.querySelector('form'));
    this.options = {
      paper: PAPERS[f.get('paper')] ? f.get('paper') : 'A4',
      orientation: ORIENTATIONS.includes(f.get('orientation')) ? f.get('orientation') : 'landscape',
      title: String(f.get('title') || '').trim(),
      annex: String(f.get('annex') || 'none'),
    };
  }

  // @method preview(): Promise — shows the sheet and waits until the basemap's tiles are in
  async preview() {
    this.enter();
    await this.tilesLoaded();
    document.body.dataset.printReady = 'true';
  }

  // The agency's places: the features linked to a task it leads or partners on.
  agencyPlaces(ctx) {
    const codes = new Set([...this.agency.lead_tasks, ...this.agency.partner_tasks].map((task) => task.code));
    const ids = new Set();
    for (const [id, feature] of ctx.features) {
      if (featureMatches(feature, codes)) {
        ids.add(id);
      }
    }
    return ids;
  }

  enter() {
    if (this.active) {
      this.exit();
    }
    const ctx = this.context();
    const o = this.options;
    const [w, h] = paperSize(o.paper, o.orientation);
    const mapEl = this.map.getContainer();
    const places = this.agency ? this.agencyPlaces(ctx) : null;
    this.active = { home: mapEl.parentNode, next: mapEl.nextSibling, bounds: this.map.getBounds(), dimmed: this.planMap.dimmed,
      center: this.map.getCenter(), zoom: this.map.getZoom() };
    // a constructed style sheet, not a <style> element: the page's CSP allows no inline styles
    const style = new CSSStyleSheet();
    style.replaceSync(pageCss(o.paper, o.orientation));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, style];
    const root = document.createElement('div');
    root.id = 'pm-print';
    root.innerHTML = `<div class="pm-print-toolbar" role="toolbar">
        <button type="button" class="pm-button" data-action="print">${escapeHtml(t('print.print'))}</button>
        <button type="button" class="pm-button pm-button-quiet" data-action="exit">${escapeHtml(t('print.exit'))}</button>
        <span class="pm-small">${escapeHtml(o.paper)} · ${escapeHtml(t('print.' + o.orientation))}</span></div>
      <section class="pm-sheet" data-orientation="${escapeHtml(o.orientation)}">
        <header class="pm-sheet-head">${headHtml({ title: o.title || (this.agency ? this.agencyTitle() : t('app.title')),
    subtitle: t('app.subtitle'), day: ctx.day, asOf: ctx.asOf })}</header>
        <div class="pm-sheet-body"><div class="pm-sheet-map">${northArrowHtml()}</div>
          <aside class="pm-sheet-legend">${legendHtml(ctx.legendLayers, this.agency ? '' : ctx.filterText)}</aside></div>
        <footer class="pm-sheet-foot"></footer></section>`;
    const sheet = root.querySelector('.pm-sheet');
    sheet.style.width = `${w}mm`; // set here, not in a style attribute (the page's CSP allows no inline styles)
    sheet.style.height = `${h}mm`;
    root.querySelector('.pm-sheet-map').prepend(mapEl);
    root.addEventListener('click', (e) => {
      const b = e.target.closest('[data-action]');
      if (b && b.dataset.action === 'print') {
        window.print();
      } else if (b && b.dataset.action === 'exit') {
        this.exit();
      }
    });
    this.annex(root, ctx);
    document.body.appendChild(root);
    document.body.classList.add('pm-print-mode');
    this.active.style = style;
    this.active.root = root;
    this.map.invalidateSize({ pan: false });
    if (places) {
      this.planMap.dim(places);
      const bounds = this.planMap.boundsOf([...places]);
      if (bounds) {
        this.map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16, animate: false });
      }
    } else {
      this.map.fitBounds(this.active.bounds, { animate: false });
    }
    const metresPerPixel = this.map.distance(this.map.containerPointToLatLng([0, 0]), this.map.containerPointToLatLng([100, 0])) / 100;
    root.querySelector('.pm-sheet-foot').innerHTML = footHtml({ accuracyNote: t('app.schematic'),
      scale: scaleDenominator(metresPerPixel), printedAt: formatDateTime(new Date().toISOString()) });
  }

  annex(root, ctx) {
    const kind = this.agency ? this.options.annex === 'none' ? 'none' : 'agency' : this.options.annex;
    let html = null;
    if (kind === 'tasks') {
      const codes = ctx.taskCodes ? new Set(ctx.taskCodes) : null;
      html = taskTableHtml(t('print.annex.tasks'), ctx.tasks.filter((task) => !codes || codes.has(task.code)), ctx.agencies);
    } else if (kind === 'agency') {
      const d = this.agency;
      html = [['agency.overdue', d.overdue], ['agency.dueSoon', d.due_next_90_days], ['agency.lead', d.lead_tasks],
        ['agency.partner', d.partner_tasks]].map(([key, tasks]) => taskTableHtml(t(key), tasks, ctx.agencies)).join('');
    }
    if (html === null && !(kind === 'selection' && ctx.panelBody)) {
      return;
    }
    const section = document.createElement('section');
    section.className = 'pm-annex';
    section.innerHTML = `<p class="pm-annex-kicker">${escapeHtml(t('print.annexOf', { title: this.options.title || t('app.title') }))}</p>`;
    if (html !== null) {
      section.insertAdjacentHTML('beforeend', html);
    } else {
      section.appendChild(panelAnnex(ctx.panelBody));
    }
    root.appendChild(section);
  }

  // @method exit(): puts the map back where it was, at the view it had
  exit() {
    const a = this.active;
    if (!a) {
      return;
    }
    this.active = null;
    a.home.insertBefore(this.map.getContainer(), a.next);
    a.root.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== a.style);
    document.body.classList.remove('pm-print-mode');
    delete document.body.dataset.printReady;
    this.planMap.dim(a.dimmed);
    this.map.invalidateSize({ pan: false });
    this.map.setView(a.center, a.zoom, { animate: false });
  }

  // Resolves once no basemap tile is loading (or after TILE_WAIT_MS: a slow tile server still prints).
  tilesLoaded() {
    const start = performance.now();
    return new Promise((resolve) => {
      const check = () => {
        const loading = this.map.getContainer().querySelectorAll('.leaflet-tile:not(.leaflet-tile-loaded)').length;
        if (!loading || performance.now() - start > TILE_WAIT_MS) {
          resolve();
        } else {
          setTimeout(check, 100);
        }
      };
      setTimeout(check, 50);
    });
  }
}
