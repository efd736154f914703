// The tasks view: every task of the programme's appendix grouped by section, filtered by lead agency,
// deadline window and section. Choosing a task asks main.js to highlight and zoom to its places; which
// tasks pass the filter is task-filter.js's.

import { html, render, live } from './html.js';
import { formatDate } from './dates.js';
import { truncate } from './text.js';
import { WINDOWS } from './deadlines.js';
import { dueSoonDays } from './terms.js';
import { t, pick, lang } from './i18n.js';
import { matchingTasks } from './task-filter.js';
import { statusChip, deadline } from './task-parts.js';

const EMPTY_FILTER = Object.freeze({ lead: '', window: '', section: '' });

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
    this.filter = EMPTY_FILTER;
    this.dim = false;
    this.selected = null;
    root.addEventListener('change', (e) => this.onChange(e));
    root.addEventListener('click', (e) => this.onClick(e));
  }

  // @method set(filter, dim, selected): re-renders with this state (no callbacks fired)
  set(filter, dim, selected) {
    this.filter = { ...EMPTY_FILTER, ...filter };
    this.dim = Boolean(dim);
    this.selected = selected;
    this.render();
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
    this.render();
    this.callbacks.onFilter(this.filter, this.dim);
  }

  onClick(e) {
    if (e.target.closest('[data-action="clear"]')) {
      this.filter = EMPTY_FILTER;
      this.render();
      this.callbacks.onFilter(this.filter, this.dim);
      return;
    }
    const item = e.target.closest('[data-task]');
    if (item) {
      this.callbacks.onSelect(item.dataset.task);
    }
  }

  render() {
    const collator = new Intl.Collator('vi');
    const agencies = [...this.agencies].sort((a, b) => collator.compare(a.short_vi || a.name_vi, b.short_vi || b.name_vi));
    const leadOptions = agencies.map((a) => [a.id, lang() === 'en' ? a.name_en || a.name_vi : a.short_vi || a.name_vi]);
    const windowOptions = WINDOWS.map((w) => [w, t('tasks.window.' + w, { days: dueSoonDays() })]);
    const sectionOptions = this.sections.map((s) => [s.code, `${s.code}. ${truncate(pick(s.title_vi, s.title_en), 60)}`]);
    const select = (name, values) => html`<select name=${name} id="pm-filter-${name}">
      <option value="" .selected=${live(!this.filter[name])}>${t('tasks.filter.any')}</option>
      ${values.map(([value, label]) => html`<option value=${value} .selected=${live(value === this.filter[name])}>${label}</option>`)}
      </select>`;
    const matching = matchingTasks(this.tasks, this.filter, this.today);
    render(html`
      <h2 class="pm-h2">${t('tasks.heading')}</h2>
      <p class="pm-muted">${t('tasks.today', { date: formatDate(this.today) })}</p>
      <div class="pm-filters">
        <label>${t('tasks.filter.lead')} ${select('lead', leadOptions)}</label>
        <label>${t('tasks.filter.window')} ${select('window', windowOptions)}</label>
        <label>${t('tasks.filter.section')} ${select('section', sectionOptions)}</label>
        <label class="pm-check"><input type="checkbox" name="dim" id="pm-filter-dim" .checked=${live(this.dim)}>
          ${t('tasks.dim')}</label>
        <button type="button" class="pm-link-button" data-action="clear">${t('tasks.clear')}</button>
      </div>
      <p class="pm-count" id="pm-task-count" aria-live="polite">${t('tasks.count', { n: matching.length, total: this.tasks.length })}</p>
      <div class="pm-task-list" id="pm-task-list">${this.list(matching)}</div>`, this.root);
  }

  list(matching) {
    if (!matching.length) {
      return html`<p class="pm-muted">${t('tasks.none')}</p>`;
    }
    return this.sections.map((section) => {
      const tasks = matching.filter((task) => task.section === section.code);
      return tasks.length ? html`<section class="pm-task-section"><h3 class="pm-h3">${section.code}. ${pick(section.title_vi, section.title_en)}</h3>
        <ul>${tasks.map((task) => this.item(task))}</ul></section>` : '';
    });
  }

  item(task) {
    const lead = (task.lead || []).map((a) => (lang() === 'en' ? a.name_en || a.name_vi : a.short_vi || a.name_vi)).join(', ')
      || task.lead_text;
    const places = (task.places || []).length;
    const selected = this.selected === task.code;
    return html`<li><button type="button" class="pm-task ${selected ? 'pm-task-selected' : ''}" data-task=${task.code}
        aria-pressed=${String(selected)}>
      <span class="pm-task-head"><b class="pm-code">${task.code}</b> ${statusChip(task)}</span>
      <span class="pm-task-content">${truncate(task.content, 170)}</span>
      <span class="pm-task-meta">${lead}</span>
      <span class="pm-task-meta">${deadline(task)}</span>
      <span class="pm-task-meta pm-muted">${places ? t('tasks.places', { n: places }) : t('tasks.noPlaces')}</span>
    </button></li>`;
  }
}
