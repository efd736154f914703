// The dashboard: how the programme stands as of a day — the tasks by timeliness and how many were never
// reported, the same by lead agency and by section (stacked bars, with the table of numbers under each),
// and the section II indicators against their targets (with the actual value where one was entered).

import { html, redraw } from './html.js';
import { formatDate } from './dates.js';
import { t, pick, lang } from './i18n.js';
import { countKeys, counts, groupTasks, indicatorActual, shareOfTarget } from './progress-data.js';
import { loadChart, TIMELINESS_STYLE, NOT_REPORTED_COLOUR } from './charts.js';
import { formatDecimal } from './numbers.js';

const ROW_PX = 26;

const colourOf = (key) => (key === 'not_reported' ? NOT_REPORTED_COLOUR : TIMELINESS_STYLE[key].colour);
const countWord = (k) => t(k === 'not_reported' ? 'status.not_reported' : 'timeliness.' + k);
const number = (n) => formatDecimal(n, Number.isInteger(n) ? 0 : 1, lang());

export class DashboardView {
  // @param root  the tab panel's element
  // @param api   {indicators() → Promise<{indicators}>}
  constructor(root, api) {
    this.root = root;
    this.api = api;
    this.charts = [];
  }

  // @method render(data: {tasks, today, asOf}): Promise — draws the dashboard of the tasks
  async render(data) {
    this.data = data;
    const total = counts(data.tasks);
    const byAgency = groupTasks(data.tasks, 'agency').map((g) => ({ ...g, counts: counts(g.tasks) }));
    const bySection = groupTasks(data.tasks, 'section').map((g) => ({ ...g, counts: counts(g.tasks) }));
    redraw(this.root, html`
      <p class="pm-small pm-muted">${t(data.asOf ? 'dashboard.introPast' : 'dashboard.intro', { n: total.total, date: formatDate(data.today) })}</p>
      <ul class="pm-dash-cards">${countKeys().map((k) => html`<li class="pm-dash-card" data-count=${k}>
        <b class="pm-dash-number">${number(total[k])}</b><span>${countWord(k)}</span></li>`)}</ul>
      ${this.section('agency', byAgency)}
      ${this.section('section', bySection)}
      <section class="pm-dash-section" id="pm-dash-indicators"><h3 class="pm-h3">${t('dashboard.indicators')}</h3>
        <p class="pm-muted">${t('history.loading')}</p></section>`);
    // sizes and colours are set here, not in style attributes (the page's CSP allows no inline styles)
    this.root.querySelectorAll('.pm-dash-card').forEach((el) => { el.style.borderTopColor = colourOf(el.dataset.count); });
    this.root.querySelectorAll('.pm-dash-chart').forEach((el) => { el.style.height = `${Number(el.dataset.rows) * ROW_PX + 60}px`; });
    const [Chart, indicators] = await Promise.all([loadChart(), this.api.indicators().then((r) => r.indicators).catch(() => null)]);
    if (this.data !== data) {
      return;
    }
    this.charts.forEach((c) => c.destroy());
    this.charts = [this.bars(Chart, 'agency', byAgency), this.bars(Chart, 'section', bySection)];
    redraw(this.root.querySelector('#pm-dash-indicators'), this.indicators(indicators));
    this.root.querySelectorAll('[data-share]').forEach((el) => { el.style.width = `${el.dataset.share}%`; });
  }

  section(by, groups) {
    return html`<section class="pm-dash-section" data-by=${by}><h3 class="pm-h3">${t('dashboard.by.' + by)}</h3>
      <div class="pm-dash-chart" data-rows=${groups.length}><canvas id="pm-dash-${by}" role="img"
        aria-label=${t('dashboard.by.' + by)}></canvas></div>
      <details class="pm-dash-table"><summary>${t('dashboard.table')}</summary>
        <table class="pm-table"><thead><tr><th scope="col"></th><th scope="col">${t('dashboard.total')}</th>${
          countKeys().map((k) => html`<th scope="col">${countWord(k)}</th>`)}</tr></thead>
        <tbody>${groups.map((g) => html`<tr data-group=${g.key}><th scope="row" title=${g.title}>${g.label}</th>
      <td>${g.counts.total}</td>${countKeys().map((k) => html`<td>${g.counts[k] || ''}</td>`)}</tr>`)}</tbody></table></details></section>`;
  }

  bars(Chart, by, groups) {
    const datasets = countKeys().map((k) => ({
      label: countWord(k),
      data: groups.map((g) => g.counts[k]),
      backgroundColor: colourOf(k),
      // "not reported" is a progress, not a timeliness: a bar of its own beside the stack
      stack: k === 'not_reported' ? 'progress' : 'timeliness',
    }));
    return new Chart(this.root.querySelector(`#pm-dash-${by}`), {
      type: 'bar',
      data: { labels: groups.map((g) => g.label), datasets },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true, ticks: { autoSkip: false } } },
        plugins: { legend: { position: 'top' }, tooltip: { callbacks: { title: (items) => groups[items[0].dataIndex].title } } },
      },
    });
  }

  indicators(indicators) {
    if (indicators === null) {
      return html`<h3 class="pm-h3">${t('dashboard.indicators')}</h3><p class="pm-form-error">${t('dashboard.indicatorsError')}</p>`;
    }
    const rows = indicators.map((ind) => {
      const unit = pick(ind.unit, ind.unit_en) || '';
      const actual = indicatorActual(ind);
      const share = actual ? shareOfTarget(actual.value, ind.value) : null;
      const target = `${number(ind.value)} ${unit}${ind.period ? ` (${ind.period})` : ind.year ? ` (${ind.year})` : ''}`;
      const done = actual ? `${number(actual.value)} ${unit}${actual.year ? ` (${actual.year})` : ''}` : t('dashboard.noActual');
      const bar = share === null ? '' : html`<span class="pm-dash-bar"><span data-share=${Math.min(100, share).toFixed(1)}></span></span> ${formatDecimal(share, 0, lang())} %`;
      return html`<tr data-indicator=${ind.id}><th scope="row">${pick(ind.name_vi, ind.name_en)}</th>
        <td>${target}</td><td class=${actual ? '' : 'pm-muted'}>${done}</td><td>${bar}</td></tr>`;
    });
    return html`<h3 class="pm-h3">${t('dashboard.indicators')}</h3>
      <table class="pm-table pm-dash-indicators"><thead><tr><th scope="col">${t('dashboard.indicator')}</th>
      <th scope="col">${t('dashboard.target')}</th><th scope="col">${t('dashboard.actual')}</th>
      <th scope="col">${t('dashboard.share')}</th></tr></thead><tbody>${rows}</tbody></table>`;
  }
}
