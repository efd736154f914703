// The timeline: every dated task on a time axis at its due day, one row per section or per lead agency,
// coloured (and shaped) by its timeliness, with today's line; tasks without a date are listed under it.
// Clicking a task opens its panel. Drawn with Chart.js (charts.js).

import { html, redraw } from './html.js';
import { formatDate, dayMs, quarterTicks, quarterLabel } from './dates.js';
import { t } from './i18n.js';
import { timelinessText } from './timeliness.js';
import { timelinessIds } from './terms.js';
import { GROUPINGS, groupTasks, timelinePoints } from './progress-data.js';
import { loadChart, TIMELINESS_STYLE } from './charts.js';

const DAY_MS = 86400000;
const ROW_PX = 30;
// Chart.js plugin: a dashed vertical line at options.value (ms) with its label at the top.
const todayLine = {
  id: 'pmToday',
  afterDatasetsDraw(chart, args, options) {
    const x = chart.scales.x.getPixelForValue(options.value);
    const { top, bottom, right } = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = '#1f1f1f';
    ctx.lineWidth = 1.5;
    ctx.setLineDash([5, 4]);
    ctx.beginPath();
    ctx.moveTo(x, top);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = '#1f1f1f';
    ctx.font = '600 12px "Noto Sans", sans-serif';
    const width = ctx.measureText(options.label).width;
    ctx.fillText(options.label, x + 4 + width > right ? x - 4 - width : x + 4, top + 12); // left of the line near the edge
    ctx.restore();
  },
};

export class TimelineView {
  // @param root       the tab panel's element
  // @param callbacks  onSelectTask(code)
  constructor(root, callbacks) {
    this.root = root;
    this.callbacks = callbacks;
    this.by = 'section';
    this.chart = null;
    root.addEventListener('change', (e) => {
      if (e.target.name === 'timeline-by' && GROUPINGS.includes(e.target.value)) {
        this.by = e.target.value;
        this.render(this.data);
      }
    });
    root.addEventListener('click', (e) => {
      const b = e.target.closest('[data-task]');
      if (b) {
        this.callbacks.onSelectTask(b.dataset.task);
      }
    });
  }

  // @method render(data: {tasks, today}): Promise — draws the timeline of the tasks
  async render(data) {
    this.data = data;
    const groups = groupTasks(data.tasks, this.by);
    const dated = data.tasks.filter((task) => task.due_date);
    const ongoing = groups.map((g) => ({ ...g, tasks: g.tasks.filter((task) => !task.due_date) })).filter((g) => g.tasks.length);
    const byTask = new Map(data.tasks.map((task) => [task.code, task]));
    redraw(this.root, html`
      <div class="pm-view-controls"><label for="pm-timeline-by">${t('timeline.groupBy')}</label>
        <select id="pm-timeline-by" name="timeline-by">${GROUPINGS.map((g) => html`<option value=${g} ?selected=${g === this.by}>${t('timeline.by.' + g)}</option>`)}</select>
        <span class="pm-small pm-muted">${t('timeline.hint', { n: dated.length, date: formatDate(data.today) })}</span></div>
      <div class="pm-timeline-chart">
        <canvas id="pm-timeline-canvas" role="img" aria-label=${t('timeline.label', { n: dated.length })}></canvas></div>
      <h3 class="pm-h3">${t('timeline.ongoing')}</h3>
      ${ongoing.length ? html`<ul class="pm-timeline-ongoing">${ongoing.map((g) => html`<li><b title=${g.title}>${g.label}</b>: ${g.tasks.map((task, i) =>
        html`${i ? ' ' : ''}<button type="button" class="pm-link-button pm-code-button" data-task=${task.code}>${task.code}</button>`)}</li>`)}</ul>`
        : html`<p class="pm-muted">${t('agency.none')}</p>`}`);
    this.root.querySelector('.pm-timeline-chart').style.height = `${Math.max(160, groups.length * ROW_PX + 70)}px`;
    const Chart = await loadChart();
    if (this.data !== data || !this.root.contains(this.root.querySelector('#pm-timeline-canvas'))) {
      return;
    }
    this.draw(Chart, groups, byTask, data.today);
  }

  draw(Chart, groups, byTask, today) {
    if (this.chart) {
      this.chart.destroy();
    }
    const points = timelinePoints(groups, dayMs);
    const todayMs = dayMs(today);
    const xs = [...points.map((p) => p.x), todayMs];
    const min = Math.min(...xs) - 45 * DAY_MS;
    const max = Math.max(...xs) + 45 * DAY_MS;
    const datasets = timelinessIds().map((value) => ({
      label: t('timeliness.' + value),
      data: points.filter((p) => p.timeliness === value),
      backgroundColor: TIMELINESS_STYLE[value].colour,
      borderColor: TIMELINESS_STYLE[value].colour,
      pointStyle: TIMELINESS_STYLE[value].point,
      pointRadius: 7,
      pointHoverRadius: 9,
    })).filter((d) => d.data.length);
    this.chart = new Chart(this.root.querySelector('#pm-timeline-canvas'), {
      type: 'scatter',
      data: { datasets },
      plugins: [todayLine],
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { type: 'linear', min, max, afterBuildTicks: (axis) => { axis.ticks = quarterTicks(min, max).map((value) => ({ value })); },
            ticks: { callback: (v) => quarterLabel(v), autoSkip: false, maxRotation: 0 }, grid: { color: (c) => (quarterLabel(c.tick.value).includes('/') ? '#9aa3ab' : '#e3e6ea') } },
          y: { type: 'linear', reverse: true, min: -0.6, max: groups.length - 0.4,
            afterBuildTicks: (axis) => { axis.ticks = groups.map((g, i) => ({ value: i })); },
            ticks: { autoSkip: false, callback: (v) => (groups[v] ? groups[v].label : '') } },
        },
        plugins: {
          pmToday: { value: dayMs(today), label: t('timeline.today', { date: formatDate(today) }) },
          legend: { position: 'top', labels: { usePointStyle: true } },
          tooltip: { callbacks: { label: (c) => this.tooltip(byTask.get(c.raw.code)) } },
        },
        onClick: (e, elements, chart) => {
          if (elements.length) {
            const el = elements[0];
            this.callbacks.onSelectTask(chart.data.datasets[el.datasetIndex].data[el.index].code);
          }
        },
        onHover: (e, elements) => {
          e.native.target.style.cursor = elements.length ? 'pointer' : 'default';
        },
      },
    });
  }

  // The tooltip's text (Chart.js writes it on the canvas: plain text, no HTML).
  tooltip(task) {
    const content = task.content.length > 80 ? `${task.content.slice(0, 79)}…` : task.content;
    return `${task.code} · ${task.deadline_text} (${formatDate(task.due_date)}) · ${timelinessText(task)} — ${content}`;
  }

  // @method codes(): string[] — the tasks drawn, in dataset order (test hook)
  codes() {
    return this.chart ? this.chart.data.datasets.flatMap((d) => d.data.map((p) => p.code)) : [];
  }
}

