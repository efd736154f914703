// The editors' review queue: the progress reports, pending ones first (a claim of submitted or done dated on or
// before the deadline but filed after it counts only once accepted), each with its claimed and filed dates, the
// task's deadline, its text, document and attachments; accept, or reject with a reason (required). Decisions
// are kept in the history by the server. Opened from the header's "Duyệt báo cáo" (editors only).

import { html, redraw } from './html.js';
import { formatDate, formatDateTime } from './dates.js';
import { fileSizeText } from './numbers.js';
import { t, lang } from './i18n.js';
import { reviewLine } from './activity.js';

export class ReviewQueue {
  // @param dialog   the <dialog> element
  // @param api      {reportQueue(), reviewReport(id, review, reason)}
  // @param onChange () → void after a decision (main.js reloads the data)
  constructor(dialog, api, onChange) {
    this.dialog = dialog;
    this.api = api;
    this.onChange = onChange;
    this.reports = [];
    dialog.addEventListener('click', (e) => this.onClick(e));
  }

  // @method open(): loads the queue and shows it
  async open() {
    redraw(this.dialog, html`<div class="pm-dialog-inner"><p>${t('history.loading')}</p></div>`);
    if (!this.dialog.open) {
      this.dialog.showModal();
    }
    await this.load();
  }

  async load() {
    this.reports = (await this.api.reportQueue()).reports;
    this.render();
  }

  // @method pendingCount(): number — of the last loaded queue
  pendingCount() {
    return this.reports.filter((r) => r.review === 'pending').length;
  }

  // drawn afresh after each decision (the reasons typed in other items start empty again)
  render() {
    redraw(this.dialog, html`<div class="pm-dialog-inner pm-review">
      <h2 class="pm-h2" id="pm-review-title">${t('review.heading')}
        <span class="pm-chip pm-review-pending">${t('review.pendingCount', { n: this.pendingCount() })}</span></h2>
      <p class="pm-small pm-muted">${t('review.intro')}</p>
      ${this.reports.length ? html`<ol class="pm-review-list">${this.reports.map((r) => this.item(r))}</ol>`
        : html`<p class="pm-muted">${t('review.empty')}</p>`}
      <p class="pm-dialog-actions"><button type="button" class="pm-button pm-button-secondary" data-action="close">${t('review.close')}</button></p>
    </div>`);
  }

  item(r) {
    const files = (r.attachments || []).map((a) => html`<li><a href=${a.href} download=${a.filename}>${a.filename}</a>
      <span class="pm-muted">(${fileSizeText(a.size, lang())})</span></li>`);
    const { id } = r;
    return html`<li class="pm-review-item" data-report=${id} data-review=${r.review}>
      <p class="pm-report-head"><b class="pm-code">${r.task}</b>
        <span class="pm-chip" data-status=${r.status}>${t('status.' + r.status)}</span></p>
      <p class="pm-small pm-clamp-2" lang="vi">${r.task_content || ''}</p>
      <p class="pm-small">${t('review.claimed', { date: formatDate(r.report_date) })} ·
        ${t('review.filed', { date: formatDateTime(r.filed_at) })}
        ${r.due_date ? ` · ${t('review.due', { date: formatDate(r.due_date) })}` : ''}</p>
      <p class="pm-small pm-muted">${t('report.by', { agency: r.agency_name || r.agency, user: r.reported_by || '' })}</p>
      ${r.document_ref ? html`<p class="pm-report-doc">${r.document_ref}</p>` : ''}
      ${r.text ? html`<p class="pm-report-text" lang="vi">${r.text}</p>` : ''}
      ${files.length ? html`<ul class="pm-attachments">${files}</ul>` : ''}
      ${reviewLine(r)}
      <p class="pm-field"><label for="pm-review-reason-${id}">${t('review.reason')}</label>
        <input id="pm-review-reason-${id}" class="pm-review-reason-input" maxlength="1000" placeholder=${t('review.reasonHint')}></p>
      <p class="pm-form-error pm-review-error" role="alert"></p>
      <p class="pm-panel-actions">
        ${r.review !== 'accepted' ? html`<button type="button" class="pm-button pm-button-small" data-action="accept" data-report=${id}>${t('review.accept')}</button>` : ''}
        ${r.review !== 'rejected' ? html`<button type="button" class="pm-button pm-button-small pm-button-secondary" data-action="reject" data-report=${id}>${t('review.reject')}</button>` : ''}</p>
    </li>`;
  }

  async onClick(e) {
    if (e.target.closest('[data-action="close"]')) {
      this.dialog.close();
      return;
    }
    const button = e.target.closest('[data-action="accept"], [data-action="reject"]');
    if (!button) {
      return;
    }
    const item = button.closest('.pm-review-item');
    const reason = item.querySelector('.pm-review-reason-input').value.trim();
    const error = item.querySelector('.pm-review-error');
    const review = button.dataset.action === 'accept' ? 'accepted' : 'rejected';
    if (review === 'rejected' && !reason) {
      error.textContent = t('review.reasonNeeded');
      item.querySelector('.pm-review-reason-input').focus();
      return;
    }
    button.disabled = true;
    try {
      const saved = await this.api.reviewReport(button.dataset.report, review, reason || null);
      await this.load();
      this.onChange(saved);
    } catch (err) {
      button.disabled = false;
      error.textContent = err.status === 400 && err.problem && err.problem.parameter === 'reason'
        ? t('review.reasonNeeded') : t('review.failed', { status: err.status });
    }
  }
}
