// The annual evaluation (section III.2 of the programme): the Word report of a year for anyone to download
// (/annual-report), the deadline calendars to subscribe to (/deadlines.ics, one per agency), and for editors a
// small form of the section II indicators' actual values for that year (PUT /indicators/{id}/actuals/{year}).

import { escapeHtml } from './text.js';
import { t, lang, pick } from './i18n.js';

// @function annualReportHref(year: number, language: 'vi'|'en'): string
export function annualReportHref(year, language) {
  return `/annual-report?${new URLSearchParams({ year: String(year), format: 'docx', lang: language })}`;
}

// @function parseNumber(text: string): number|null — "98,5" or "98.5" → 98.5; null when not a number
export function parseNumber(text) {
  const s = String(text ?? '').trim().replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

export class AnnualDialog {
  // @param dialog  the <dialog> element
  // @param api     {indicators(), saveActual(id, year, value, note)}
  constructor(dialog, api) {
    this.dialog = dialog;
    this.api = api;
    dialog.addEventListener('click', (e) => this.onClick(e));
    dialog.addEventListener('change', (e) => {
      if (e.target.name === 'year') {
        this.year = Number(e.target.value);
        this.render();
      }
    });
  }

  // @method open(todayIso: string, editor: boolean, agencies: [{id, name}])
  async open(todayIso, editor, agencies) {
    this.thisYear = Number(todayIso.slice(0, 4));
    this.year = this.year || this.thisYear;
    this.editor = editor;
    this.agencies = agencies;
    this.indicators = editor ? (await this.api.indicators()).indicators : [];
    this.render();
    if (!this.dialog.open) {
      this.dialog.showModal();
    }
  }

  render() {
    const years = [];
    for (let y = this.thisYear; y >= 2021; y -= 1) {
      years.push(`<option value="${y}"${y === this.year ? ' selected' : ''}>${y}</option>`);
    }
    const feeds = this.agencies.map((a) => `<option value="/agencies/${escapeHtml(encodeURIComponent(a.id))}/deadlines.ics">${escapeHtml(a.name)}</option>`).join('');
    this.dialog.innerHTML = `<div class="pm-dialog-inner pm-annual">
      <h2 class="pm-h2" id="pm-annual-title">${escapeHtml(t('annual.heading'))}</h2>
      <p class="pm-field"><label for="pm-annual-year">${escapeHtml(t('annual.year'))}</label>
        <select id="pm-annual-year" name="year">${years.join('')}</select></p>
      <p><a class="pm-button" id="pm-annual-docx" href="${escapeHtml(annualReportHref(this.year, lang()))}" download>${escapeHtml(t('annual.download'))}</a></p>
      <p class="pm-small pm-muted">${escapeHtml(t('annual.note'))}</p>
      <h3 class="pm-h3">${escapeHtml(t('annual.calendars'))}</h3>
      <p class="pm-small">${escapeHtml(t('annual.calendarsNote'))}</p>
      <p><a href="/deadlines.ics" id="pm-annual-ics">${escapeHtml(t('annual.allDeadlines'))}</a></p>
      <p class="pm-field"><label for="pm-annual-agency-ics">${escapeHtml(t('annual.agencyDeadlines'))}</label>
        <select id="pm-annual-agency-ics" data-action="feed"><option value="">—</option>${feeds}</select></p>
      ${this.editor ? this.indicatorsHtml() : ''}
      <p class="pm-dialog-actions"><button type="button" class="pm-button pm-button-secondary" data-action="close">${escapeHtml(t('review.close'))}</button></p>
    </div>`;
    this.dialog.querySelector('#pm-annual-agency-ics').addEventListener('change', (e) => {
      if (e.target.value) {
        window.location.href = e.target.value;
      }
    });
  }

  indicatorsHtml() {
    const rows = this.indicators.map((i) => {
      const actual = (i.actuals || []).find((a) => a.year === this.year);
      const unit = pick(i.unit, i.unit_en);
      return `<tr data-indicator="${escapeHtml(i.id)}"><th scope="row">${escapeHtml(pick(i.name_vi, i.name_en))}</th>
        <td>${escapeHtml(i.value)} ${escapeHtml(unit)}${i.period || i.year ? ` (${escapeHtml(i.period || i.year)})` : ''}</td>
        <td><input class="pm-actual-value" inputmode="decimal" size="8" aria-label="${escapeHtml(t('annual.actual', { year: this.year }))}" value="${escapeHtml(actual ? actual.value : '')}"> ${escapeHtml(unit)}</td>
        <td><input class="pm-actual-note" size="14" maxlength="1000" aria-label="${escapeHtml(t('annual.source'))}" value="${escapeHtml(actual ? actual.note : '')}"></td>
        <td><button type="button" class="pm-button pm-button-small" data-action="save-actual">${escapeHtml(t('annual.save'))}</button>
          <span class="pm-small pm-actual-message" role="status"></span></td></tr>`;
    }).join('');
    return `<h3 class="pm-h3">${escapeHtml(t('annual.indicators', { year: this.year }))}</h3>
      <table class="pm-table pm-actuals"><thead><tr><th>${escapeHtml(t('annual.indicator'))}</th><th>${escapeHtml(t('annual.target'))}</th>
        <th>${escapeHtml(t('annual.actual', { year: this.year }))}</th><th>${escapeHtml(t('annual.source'))}</th><th></th></tr></thead>
        <tbody>${rows}</tbody></table>`;
  }

  async onClick(e) {
    if (e.target.closest('[data-action="close"]')) {
      this.dialog.close();
      return;
    }
    const button = e.target.closest('[data-action="save-actual"]');
    if (!button) {
      return;
    }
    const row = button.closest('tr');
    const message = row.querySelector('.pm-actual-message');
    const value = parseNumber(row.querySelector('.pm-actual-value').value);
    if (value === null) {
      message.textContent = t('annual.notNumber');
      return;
    }
    try {
      await this.api.saveActual(row.dataset.indicator, this.year, value, row.querySelector('.pm-actual-note').value.trim());
      this.indicators = (await this.api.indicators()).indicators;
      message.textContent = t('annual.saved');
    } catch (err) {
      message.textContent = t('annual.failed', { status: err.status });
    }
  }
}
