// The annual evaluation (section III.2 of the programme): the Word report of a year for anyone to download
// (/annual-report), the deadline calendars to subscribe to (/deadlines.ics, one per agency), and for editors a
// small form of the section II indicators' actual values for that year (PUT /indicators/{id}/actuals/{year}).

import { html, redraw } from './html.js';
import { t, lang, pick } from './i18n.js';
import { parseNumber } from './numbers.js';
import { annualReportPath } from './api.js';

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
      years.push(y);
    }
    redraw(this.dialog, html`<div class="pm-dialog-inner pm-annual">
      <h2 class="pm-h2" id="pm-annual-title">${t('annual.heading')}</h2>
      <p class="pm-field"><label for="pm-annual-year">${t('annual.year')}</label>
        <select id="pm-annual-year" name="year">${years.map((y) => html`<option value=${y} ?selected=${y === this.year}>${y}</option>`)}</select></p>
      <p><a class="pm-button" id="pm-annual-docx" href=${annualReportPath(this.year, lang())} download>${t('annual.download')}</a></p>
      <p class="pm-small pm-muted">${t('annual.note')}</p>
      <h3 class="pm-h3">${t('annual.calendars')}</h3>
      <p class="pm-small">${t('annual.calendarsNote')}</p>
      <p><a href="/deadlines.ics" id="pm-annual-ics">${t('annual.allDeadlines')}</a></p>
      <p class="pm-field"><label for="pm-annual-agency-ics">${t('annual.agencyDeadlines')}</label>
        <select id="pm-annual-agency-ics" data-action="feed"><option value="">—</option>${this.agencies.map(
          (a) => html`<option value="/agencies/${encodeURIComponent(a.id)}/deadlines.ics">${a.name}</option>`)}</select></p>
      ${this.editor ? this.indicatorsTable() : ''}
      <p class="pm-dialog-actions"><button type="button" class="pm-button pm-button-secondary" data-action="close">${t('review.close')}</button></p>
    </div>`);
    this.dialog.querySelector('#pm-annual-agency-ics').addEventListener('change', (e) => {
      if (e.target.value) {
        window.location.href = e.target.value;
      }
    });
  }

  indicatorsTable() {
    const rows = this.indicators.map((i) => {
      const actual = (i.actuals || []).find((a) => a.year === this.year);
      const unit = pick(i.unit, i.unit_en);
      return html`<tr data-indicator=${i.id}><th scope="row">${pick(i.name_vi, i.name_en)}</th>
        <td>${i.value} ${unit}${i.period || i.year ? ` (${i.period || i.year})` : ''}</td>
        <td><input class="pm-actual-value" inputmode="decimal" size="8" aria-label=${t('annual.actual', { year: this.year })} value=${actual ? actual.value : ''}> ${unit}</td>
        <td><input class="pm-actual-note" size="14" maxlength="1000" aria-label=${t('annual.source')} value=${actual ? actual.note : ''}></td>
        <td><button type="button" class="pm-button pm-button-small" data-action="save-actual">${t('annual.save')}</button>
          <span class="pm-small pm-actual-message" role="status"></span></td></tr>`;
    });
    return html`<h3 class="pm-h3">${t('annual.indicators', { year: this.year })}</h3>
      <table class="pm-table pm-actuals"><thead><tr><th>${t('annual.indicator')}</th><th>${t('annual.target')}</th>
        <th>${t('annual.actual', { year: this.year })}</th><th>${t('annual.source')}</th><th></th></tr></thead>
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
