// The tasks view: every task of the programme's appendix grouped by section, filtered by lead agency,
// deadline window and section. Choosing a task asks main.js to highlight and zoom to its places.
// TasksView renders into the drawer; which tasks pass the filter is task-filter.js's.

import { escapeHtml, formatDate, daysLeftText, timelinessDaysText, truncate, WINDOWS } from './format.js';
import { t, pick, lang } from './i18n.js';
import { TIMELINESS } from './timeliness.js';
import { matchingTasks } from './task-filter.js';

// @function statusChip(task): string — the HTML chips of a task's state: its timeliness (coloured, class
// pm-chip-<timeliness>) and, once reported, its progress
export function statusChip(task) {
  const tl = task.timeliness || 'open';
  const chip = `<span class="pm-chip pm-chip-${escapeHtml(tl)}" data-timeliness="${escapeHtml(tl)}">${escapeHtml(t('timeliness.' + tl))}</span>`;
  if (!task.progress || task.progress === 'not_reported') {
    return chip;
  }
  return `${chip} <span class="pm-chip" data-progress="${escapeHtml(task.progress)}">${escapeHtml(t('status.' + task.progress))}</span>`;
}

// @function timelinessLegendHtml(): string — the legend of the timeliness chips, each with its meaning
export function timelinessLegendHtml() {
  const items = TIMELINESS.map((tl) => `<li><span class="pm-swatches"><span class="pm-chip pm-chip-${tl}">${escapeHtml(t('timeliness.' + tl))}</span></span>
    <span>${escapeHtml(t('timeliness.legend.' + tl))}</span></li>`).join('');
  return `<h2 class="pm-h2">${escapeHtml(t('timeliness.heading'))}</h2><ul class="pm-legend pm-legend-timeliness">${items}</ul>`;
}

// @function deadlineHtml(task): string — "Quý I/2023 · 31/03/2023 · Quá hạn 1.338 ngày"
export function deadlineHtml(task) {
  const parts = [`<span class="pm-deadline-text">${escapeHtml(task.deadline_text)}</span>`];
  const date = formatDate(task.due_date);
  if (date) {
    parts.push(`<time datetime="${escapeHtml(task.due_date)}">${escapeHtml(date)}</time>`);
  }
  // late and overdue say their days; a task finished in time says nothing more; others the days left
  const finished = task.timeliness === 'on_time' || task.timeliness === 'late';
  const left = timelinessDaysText(task, lang())
    || (finished ? '' : daysLeftText(task.days_left, lang(), task.ongoing && !task.due_date));
  if (left && (task.due_date || task.ongoing)) {
    parts.push(`<span class="pm-days pm-days-${escapeHtml(task.timeliness || '')}">${escapeHtml(left)}</span>`);
  }
  return parts.join(' · ');
}

export class TasksView {
  // @param root         the tasks tab's element
  // @param data         {today, sections, tasks} from /tasks and {agencies} from /agencies
  // @param callbacks    onSelect(code), onFilter(filter, dim)
  constructor(root, data, callbacks) {
    this.root = root;
    this.today = data.today;
    this.sections = data.sections;
    this.tasks = data.tasks;
    this.agencies = data.agencies.filter((a) => (a.lead_tasks || []).length > 0);
    this.callbacks = callbacks;
    this.filter = { lead: '', window: '', section: '' };
    this.dim = false;
    this.selected = null;
    root.addEventListener('change', (e) => this.onChange(e));
    root.addEventListener('click', (e) => this.onClick(e));
  }

  // @method set(filter, dim, selected): re-renders with this state (no callbacks fired)
  set(filter, dim, selected) {
    this.filter = { lead: '', window: '', section: '', ...filter };
    this.dim = Boolean(dim);
    this.selected = selected;
    this.render();
  }

  matching() {
    return matchingTasks(this.tasks, this.filter, this.today);
  }

  onChange(e) {
    const el = e.target;
    if (el.name === 'lead' || el.name === 'window' || el.name === 'section') {
      this.filter = { ...this.filter, [el.name]: el.value };
    } else if (el.name === 'dim') {
      this.dim = el.checked;
    } else {
      return;
    }
    this.renderList();
    this.callbacks.onFilter(this.filter, this.dim);
  }

  onClick(e) {
    const clear = e.target.closest('[data-action="clear"]');
    if (clear) {
      this.filter = { lead: '', window: '', section: '' };
      this.render();
      this.callbacks.onFilter(this.filter, this.dim);
      return;
    }
    const item = e.target.closest('[data-task]');
    if (item) {
      this.callbacks.onSelect(item.dataset.task);
    }
  }

  options(values, current) {
    const any = `<option value="">${escapeHtml(t('tasks.filter.any'))}</option>`;
    return any + values.map(([value, label]) =>
      `<option value="${escapeHtml(value)}"${value === current ? ' selected' : ''}>${escapeHtml(label)}</option>`).join('');
  }

  render() {
    const collator = new Intl.Collator('vi');
    const agencies = [...this.agencies].sort((a, b) => collator.compare(a.short_vi || a.name_vi, b.short_vi || b.name_vi));
    const leadOptions = agencies.map((a) => [a.id, lang() === 'en' ? a.name_en || a.name_vi : a.short_vi || a.name_vi]);
    const windowOptions = WINDOWS.map((w) => [w, t('tasks.window.' + w)]);
    const sectionOptions = this.sections.map((s) => [s.code, `${s.code}. ${truncate(pick(s.title_vi, s.title_en), 60)}`]);
    this.root.innerHTML = `
      <h2 class="pm-h2">${escapeHtml(t('tasks.heading'))}</h2>
      <p class="pm-muted">${escapeHtml(t('tasks.today', { date: formatDate(this.today) }))}</p>
      <div class="pm-filters">
        <label>${escapeHtml(t('tasks.filter.lead'))}
          <select name="lead" id="pm-filter-lead">${this.options(leadOptions, this.filter.lead)}</select></label>
        <label>${escapeHtml(t('tasks.filter.window'))}
          <select name="window" id="pm-filter-window">${this.options(windowOptions, this.filter.window)}</select></label>
        <label>${escapeHtml(t('tasks.filter.section'))}
          <select name="section" id="pm-filter-section">${this.options(sectionOptions, this.filter.section)}</select></label>
        <label class="pm-check"><input type="checkbox" name="dim" id="pm-filter-dim"${this.dim ? ' checked' : ''}>
          ${escapeHtml(t('tasks.dim'))}</label>
        <button type="button" class="pm-link-button" data-action="clear">${escapeHtml(t('tasks.clear'))}</button>
      </div>
      <p class="pm-count" id="pm-task-count" aria-live="polite"></p>
      <div class="pm-task-list" id="pm-task-list"></div>`;
    this.renderList();
  }

  renderList() {
    const list = this.root.querySelector('#pm-task-list');
    const count = this.root.querySelector('#pm-task-count');
    if (!list) {
      return;
    }
    const matching = this.matching();
    count.textContent = t('tasks.count', { n: matching.length, total: this.tasks.length });
    if (!matching.length) {
      list.innerHTML = `<p class="pm-muted">${escapeHtml(t('tasks.none'))}</p>`;
      return;
    }
    const bySection = new Map();
    for (const task of matching) {
      if (!bySection.has(task.section)) {
        bySection.set(task.section, []);
      }
      bySection.get(task.section).push(task);
    }
    const html = [];
    for (const section of this.sections) {
      const tasks = bySection.get(section.code);
      if (!tasks) {
        continue;
      }
      html.push(`<section class="pm-task-section"><h3 class="pm-h3">${escapeHtml(section.code)}. ${escapeHtml(pick(section.title_vi, section.title_en))}</h3><ul>`);
      for (const task of tasks) {
        html.push(this.itemHtml(task));
      }
      html.push('</ul></section>');
    }
    list.innerHTML = html.join('');
  }

  itemHtml(task) {
    const lead = (task.lead || []).map((a) => (lang() === 'en' ? a.name_en || a.name_vi : a.short_vi || a.name_vi)).join(', ')
      || task.lead_text;
    const places = (task.places || []).length;
    const placesText = places ? t('tasks.places', { n: places }) : t('tasks.noPlaces');
    const selected = this.selected === task.code;
    return `<li><button type="button" class="pm-task${selected ? ' pm-task-selected' : ''}" data-task="${escapeHtml(task.code)}"
        aria-pressed="${selected}">
      <span class="pm-task-head"><b class="pm-code">${escapeHtml(task.code)}</b> ${statusChip(task)}</span>
      <span class="pm-task-content">${escapeHtml(truncate(task.content, 170))}</span>
      <span class="pm-task-meta">${escapeHtml(lead)}</span>
      <span class="pm-task-meta">${deadlineHtml(task)}</span>
      <span class="pm-task-meta pm-muted">${escapeHtml(placesText)}</span>
    </button></li>`;
  }
}
