// A task's progress reports and the history of a task or feature, rendered into the panel once loaded:
// newest first, attachments as download links, each history row as who, when and a short summary of
// what changed ("geometry redrawn", "changed: name, tasks", "status: not reported → done").

import { html } from './html.js';
import { formatDate, formatDateTime } from './dates.js';
import { fileSizeText } from './numbers.js';
import { historySummary, statusWord } from './history-rows.js';
import { t, lang } from './i18n.js';
import { attachmentAccept } from './terms.js';

// @function reviewLine(report): the review outcome of a report: a chip (pending, accepted, rejected) with the
// reason and who decided when, for the reporter's card and the editors' queue
export function reviewLine(r) {
  const state = r.review || 'accepted';
  return html`<p class="pm-review-line"><span class="pm-chip pm-review-${state}" data-review=${state}>${t('review.state.' + state)}</span>${
    r.reviewed_by ? html` <span class="pm-small pm-muted">${t('review.by', { user: r.reviewed_by, when: formatDateTime(r.reviewed_at) })}</span>` : ''}${
    r.review_reason ? html` <span class="pm-review-reason">${r.review_reason}</span>` : ''}</p>`;
}

// @function reports(reports: Array, options?: {userId: number|null})
// The report cards, newest first: status, claimed date, the date it was filed, the review outcome, text, document,
// attachments. On the cards of options.userId's own reports: add a file, remove one.
export function reports(list, options = {}) {
  if (!list.length) {
    return html`<p class="pm-muted">${t('report.none')}</p>`;
  }
  return html`<ol class="pm-report-list">${list.map((r) => {
    const mine = options.userId != null && r.user_id === options.userId;
    const files = (r.attachments || []).map((a) => html`<li><a href=${a.href} download=${a.filename}>${a.filename}</a>
        <span class="pm-muted">(${fileSizeText(a.size, lang())})</span>
        ${mine ? html`<button type="button" class="pm-link-button" data-action="remove-attachment" data-report=${r.id} data-attachment=${a.id} data-name=${a.filename} aria-label=${t('attach.removeLabel', { name: a.filename })}>${t('attach.remove')}</button>` : ''}</li>`);
    return html`<li class="pm-report" data-report=${r.id}>
      <p class="pm-report-head"><span class="pm-chip" data-status=${r.status}>${statusWord(r.status)}</span>
        <time datetime=${r.report_date}>${formatDate(r.report_date)}</time>
        <span class="pm-small pm-muted pm-filed">${t('review.filed', { date: formatDateTime(r.filed_at) })}</span></p>
      ${reviewLine(r)}
      ${r.document_ref ? html`<p class="pm-report-doc">${r.document_ref}</p>` : ''}
      ${r.text ? html`<p class="pm-report-text" lang="vi">${r.text}</p>` : ''}
      <p class="pm-small pm-muted">${t('report.by', { agency: r.agency_name || r.agency, user: r.reported_by || '' })}</p>
      ${files.length ? html`<ul class="pm-attachments">${files}</ul>` : ''}
      ${mine ? html`<p class="pm-field pm-attach-add"><label>${t('attach.add')}
        <input type="file" multiple data-report=${r.id} accept=${attachmentAccept()}></label></p>
      <p class="pm-form-error pm-attach-message" role="alert"></p>` : ''}
    </li>`;
  })}</ol>`;
}


// @function history(rows: Array, csvHref: string): the history rows, newest first, and the CSV download
export function history(rows, csvHref) {
  return html`${rows.length
    ? html`<ol class="pm-history-list">${rows.map((h) => html`<li class="pm-history-row" data-action=${h.action}>
        <time datetime=${h.at}>${formatDateTime(h.at)}</time>
        <b class="pm-history-user">${h.username}</b>
        <span class="pm-history-what">${historySummary(h)}</span></li>`)}</ol>`
    : html`<p class="pm-muted">${t('history.none')}</p>`}<p class="pm-small"><a href=${csvHref} download class="pm-history-csv">${t('history.csv')}</a></p>`;
}
