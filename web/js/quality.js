// The data-quality page (/quality.html): every place with its accuracy class, metres, public sources, last change
// and who made it (GET /quality), sortable by any column and filterable by class and text, with the count still
// schematic as the server computes it, and the same table as CSV or Excel. The page's language comes from
// #lang=en (as on the map); lit-html templates escape every value.

import { html, render, live } from './html.js';
import * as api from './api.js';
import { formatDate } from './dates.js';
import * as i18n from './i18n.js';
import { t, pick } from './i18n.js';
import { metresText } from './accuracy.js';
import { accuracyClassIds, clientTerms } from './terms.js';
import { store } from './store.js';

const $ = (sel) => document.querySelector(sel);
const COLUMNS = [
  { key: 'layer', label: 'quality.col.layer', value: (p) => pick(p.layer_title, p.layer_title_en) },
  { key: 'name', label: 'quality.col.name', value: (p) => pick(p.name, p.name_en) },
  { key: 'accuracy_class', label: 'quality.col.class', value: (p) => t(`accuracy.class.${p.accuracy_class}`),
    order: (p) => accuracyClassIds().indexOf(p.accuracy_class) },
  { key: 'accuracy_m', label: 'quality.col.metres', value: (p) => `±${metresText(p.accuracy_m)} m`, order: (p) => Number(p.accuracy_m) },
  { key: 'source', label: 'quality.col.source', value: (p) => pick(p.accuracy_source, p.accuracy_source_en) },
  { key: 'last_changed_at', label: 'quality.col.changed', value: (p) => (p.last_changed_at ? formatDate(p.last_changed_at.slice(0, 10)) : t('quality.asLoaded')),
    order: (p) => p.last_changed_at || '' },
  { key: 'last_changed_by', label: 'quality.col.by', value: (p) => p.last_changed_by || '—' },
];

// @function rows(places, view): the places the table shows, filtered and sorted (pure, for tests)
export function rows(places, v) {
  const col = COLUMNS.find((c) => c.key === v.sort) || COLUMNS[0];
  const key = col.order || col.value;
  const text = v.text.trim().toLowerCase();
  const shown = places.filter((p) => (!v.cls || p.accuracy_class === v.cls)
    && (!text || `${p.name} ${p.name_en} ${p.id}`.toLowerCase().includes(text)));
  const sorted = shown.map((p, i) => ({ p, i })).sort((a, b) => {
    const x = key(a.p);
    const y = key(b.p);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'vi');
    return (v.desc ? -c : c) || a.i - b.i;
  });
  return sorted.map((s) => s.p);
}

class QualityPage {
  constructor(data) {
    this.data = data;
    this.view = { sort: 'layer', desc: false, cls: '', text: '' };
    $('#pm-quality-table thead').addEventListener('click', (e) => {
      const b = e.target.closest('[data-sort]');
      if (b) {
        this.view = { ...this.view, desc: this.view.sort === b.dataset.sort ? !this.view.desc : false, sort: b.dataset.sort };
        this.render();
      }
    });
    $('#pm-quality-class').addEventListener('change', (e) => {
      this.view = { ...this.view, cls: e.target.value };
      this.render();
    });
    $('#pm-quality-text').addEventListener('input', (e) => {
      this.view = { ...this.view, text: e.target.value };
      this.render();
    });
  }

  render() {
    const { data: d, view: v } = this;
    $('#pm-quality-summary').textContent = t('quality.summary', { n: d.still_schematic, total: d.total })
      + ' · ' + accuracyClassIds().map((c) => `${t(`accuracy.class.${c}`)}: ${d.by_class[c] ?? 0}`).join(' · ');
    render(html`<option value="" .selected=${live(!v.cls)}>${t('quality.allClasses')}</option>${accuracyClassIds().map(
      (c) => html`<option value=${c} .selected=${live(v.cls === c)}>${t(`accuracy.class.${c}`)}</option>`)}`, $('#pm-quality-class'));
    render(COLUMNS.map((c) => html`<th aria-sort=${v.sort === c.key ? (v.desc ? 'descending' : 'ascending') : 'none'}><button
      type="button" class="pm-link-button" data-sort=${c.key}>${t(c.label)}</button></th>`), $('#pm-quality-table thead tr'));
    render(rows(d.places, v).map((p) => html`<tr data-id=${p.id} data-class=${p.accuracy_class}>${COLUMNS.map((c) => (c.key === 'name'
      ? html`<td><a href="/#sel=feature:${encodeURIComponent(p.id)}">${c.value(p)}</a></td>`
      : html`<td>${c.value(p)}</td>`))}</tr>`), $('#pm-quality-table tbody'));
  }
}

async function start() {
  const lang = new URLSearchParams(window.location.hash.slice(1)).get('lang');
  i18n.setLang(lang === 'en' ? 'en' : 'vi');
  i18n.apply(document);
  document.title = `${t('quality.title')} · ${t('app.short')}`;
  let data;
  try {
    store.set({ terms: clientTerms(await api.config()) });
    data = await api.quality();
  } catch (e) {
    $('#pm-quality-summary').textContent = t('quality.error');
    return;
  }
  new QualityPage(data).render();
  window.planmapQuality = { ready: true };
}

if (typeof document !== 'undefined' && document.getElementById('pm-quality')) {
  start().catch((e) => {
    $('#pm-quality-summary').textContent = `${t('quality.error')} ${e.message}`;
  });
}
