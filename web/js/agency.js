// The agency tab: "My agency" for a reporter, and a picker for anyone: the tasks an agency leads and
// partners on, what falls due in the next 90 days, what is overdue (as of the as-of day, if set), and its
// printable summary (a map sheet of its places with its tasks as the annex, print.js). Choosing a task
// opens it in the panel.

import { escapeHtml, formatDate } from './format.js';
import { t, lang } from './i18n.js';
import { statusChip, deadlineHtml } from './tasks.js';

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
      return `<p class="pm-muted pm-small">${escapeHtml(t('agency.none'))}</p>`;
    }
    return `<ul class="pm-agency-tasks">${tasks.map((task) => `<li><button type="button" class="pm-task" data-task="${escapeHtml(task.code)}">
        <span class="pm-task-head"><b class="pm-code">${escapeHtml(task.code)}</b> ${statusChip(task)}</span>
        <span class="pm-task-content">${escapeHtml(task.content.length > 140 ? task.content.slice(0, 139) + '…' : task.content)}</span>
        <span class="pm-task-meta">${deadlineHtml(task)}</span></button></li>`).join('')}</ul>`;
  }

  render() {
    const collator = new Intl.Collator('vi');
    const sorted = [...this.agencies].sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
    const options = sorted.map((a) => `<option value="${escapeHtml(a.id)}"${a.id === this.id ? ' selected' : ''}>${escapeHtml(nameOf(a))}${this.mine.includes(a.id) ? ' ★' : ''}</option>`).join('');
    const isMine = this.id && this.mine.includes(this.id);
    let body = '';
    if (this.error) {
      body = `<p class="pm-form-error">${escapeHtml(t('agency.loadError'))}</p>`;
    } else if (this.data) {
      const d = this.data;
      body = `
        <h3 class="pm-h2" id="pm-agency-name">${escapeHtml(nameOf(d.agency))}</h3>
        <p class="pm-small pm-muted">${escapeHtml(t('agency.intro', { date: formatDate(d.today) }))}</p>
        <p><button type="button" class="pm-button pm-button-small" id="pm-agency-print">${escapeHtml(t('agency.print'))}</button></p>
        <section data-list="overdue"><h4 class="pm-h3">${escapeHtml(t('agency.overdue'))} (${d.overdue.length})</h4>${this.list(d.overdue)}</section>
        <section data-list="due"><h4 class="pm-h3">${escapeHtml(t('agency.dueSoon'))} (${d.due_next_90_days.length})</h4>${this.list(d.due_next_90_days)}</section>
        <section data-list="lead"><h4 class="pm-h3">${escapeHtml(t('agency.lead'))} (${d.lead_tasks.length})</h4>${this.list(d.lead_tasks)}</section>
        <section data-list="partner"><h4 class="pm-h3">${escapeHtml(t('agency.partner'))} (${d.partner_tasks.length})</h4>${this.list(d.partner_tasks)}</section>`;
    } else if (this.id) {
      body = `<p class="pm-muted">${escapeHtml(t('history.loading'))}</p>`;
    }
    this.root.innerHTML = `
      <h2 class="pm-h2">${escapeHtml(isMine ? t('agency.mine') : t('agency.pick'))}</h2>
      <p class="pm-field"><label for="pm-agency-pick">${escapeHtml(t('agency.pick'))}</label>
        <select id="pm-agency-pick" name="agency"><option value="">${escapeHtml(t('agency.choose'))}</option>${options}</select></p>
      <div class="pm-agency-body" aria-live="polite">${body}</div>`;
  }
}
