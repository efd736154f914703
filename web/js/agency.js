// The agency tab: "My agency" for a reporter, and a picker for anyone: the tasks an agency leads and
// partners on, what falls due in the next 90 days, what is overdue (as of the as-of day, if set), and its
// printable summary (a map sheet of its places with its tasks as the annex, print.js). Choosing a task
// opens it in the panel.

import { html, render, live } from './html.js';
import { formatDate } from './dates.js';
import { t, lang } from './i18n.js';
import { statusChip, deadline } from './task-parts.js';

const nameOf = (a) => (lang() === 'en' ? a.name_en || a.name_vi : a.name_vi);

export class AgencyView {
  // @param root       the tab's element
  // @param api        {agency(id)}
  // @param callbacks  onSelectTask(code), onPick(id), onPrint(data: the /agencies/{id} body)
  constructor(root, api, callbacks) {
    this.root = root;
    this.api = api;
    this.callbacks = callbacks;
    this.agencies = [];
    this.mine = [];
    this.id = '';
    this.data = null;
    this.error = false;
    root.addEventListener('change', (e) => {
      if (e.target.name === 'agency') {
        this.callbacks.onPick(e.target.value);
      }
    });
    root.addEventListener('click', (e) => {
      if (e.target.closest('#pm-agency-print') && this.data) {
        this.callbacks.onPrint(this.data);
        return;
      }
      const b = e.target.closest('[data-task]');
      if (b) {
        this.callbacks.onSelectTask(b.dataset.task);
      }
    });
  }

  // @method set(agencies, mine: string[], id): shows one agency (loads it); '' shows the picker alone
  async set(agencies, mine, id) {
    this.agencies = agencies;
    this.mine = mine;
    this.id = id || mine[0] || '';
    this.data = null;
    this.error = false;
    this.render();
    if (!this.id) {
      return;
    }
    const asked = this.id;
    try {
      const data = await this.api.agency(asked);
      if (asked === this.id) {
        this.data = data;
      }
    } catch (e) {
      this.error = true;
    }
    this.render();
  }

  list(tasks) {
    if (!tasks.length) {
      return html`<p class="pm-muted pm-small">${t('agency.none')}</p>`;
    }
    return html`<ul class="pm-agency-tasks">${tasks.map((task) => html`<li><button type="button" class="pm-task" data-task=${task.code}>
        <span class="pm-task-head"><b class="pm-code">${task.code}</b> ${statusChip(task)}</span>
        <span class="pm-task-content">${task.content.length > 140 ? task.content.slice(0, 139) + '…' : task.content}</span>
        <span class="pm-task-meta">${deadline(task)}</span></button></li>`)}</ul>`;
  }

  body() {
    if (this.error) {
      return html`<p class="pm-form-error">${t('agency.loadError')}</p>`;
    }
    if (!this.data) {
      return this.id ? html`<p class="pm-muted">${t('history.loading')}</p>` : '';
    }
    const d = this.data;
    const section = (list, heading, tasks) => html`<section data-list=${list}><h4 class="pm-h3">${t(heading)} (${tasks.length})</h4>${this.list(tasks)}</section>`;
    return html`
      <h3 class="pm-h2" id="pm-agency-name">${nameOf(d.agency)}</h3>
      <p class="pm-small pm-muted">${t('agency.intro', { date: formatDate(d.today) })}</p>
      <p><button type="button" class="pm-button pm-button-small" id="pm-agency-print">${t('agency.print')}</button></p>
      ${section('overdue', 'agency.overdue', d.overdue)}
      ${section('due', 'agency.dueSoon', d.due_next_90_days)}
      ${section('lead', 'agency.lead', d.lead_tasks)}
      ${section('partner', 'agency.partner', d.partner_tasks)}`;
  }

  render() {
    const collator = new Intl.Collator('vi');
    const sorted = [...this.agencies].sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
    const isMine = this.id && this.mine.includes(this.id);
    render(html`
      <h2 class="pm-h2">${isMine ? t('agency.mine') : t('agency.pick')}</h2>
      <p class="pm-field"><label for="pm-agency-pick">${t('agency.pick')}</label>
        <select id="pm-agency-pick" name="agency"><option value="" .selected=${live(!this.id)}>${t('agency.choose')}</option>${sorted.map(
          (a) => html`<option value=${a.id} .selected=${live(a.id === this.id)}>${nameOf(a)}${this.mine.includes(a.id) ? ' ★' : ''}</option>`)}</select></p>
      <div class="pm-agency-body" aria-live="polite">${this.body()}</div>`, this.root);
  }
}
