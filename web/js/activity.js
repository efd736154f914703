// A task's progress reports and the history of a task or feature, rendered into the panel once loaded:
// newest first, attachments as download links, each history row as who, when and a short summary of
// what changed ("geometry redrawn", "changed: name, tasks", "status: not reported → done").

import { escapeHtml } from './text.js';
import { formatDate, formatDateTime } from './dates.js';
import { fileSizeText } from './numbers.js';
import { historyParts, parseState } from './history-rows.js';
import { t, lang } from './i18n.js';

const field = (name) => {
  const word = t('field.' + name);
  return word === 'field.' + name ? name : word;
};

const statusWord = (s) => (s ? t('status.' + s) : '—');

// @function reviewHtml(report): string — the review outcome of a report: a chip (pending, accepted, rejected)
// with the reason and who decided when, for the reporter's card and the editors' queue
export function reviewHtml(r) {
  const state = r.review || 'accepted';
  const chip = `<span class="pm-chip pm-review-${escapeHtml(state)}" data-review="${escapeHtml(state)}">${escapeHtml(t('review.state.' + state))}</span>`;
  const who = r.reviewed_by ? ` <span class="pm-small pm-muted">${escapeHtml(t('review.by', { user: r.reviewed_by, when: formatDateTime(r.reviewed_at) }))}</span>` : '';
  const reason = r.review_reason ? `<span class="pm-review-reason">${escapeHtml(r.review_reason)}</span>` : '';
  return `<p class="pm-review-line">${chip}${who}${reason ? ` ${reason}` : ''}</p>`;
}

// @function reportsHtml(reports: Array, options?: {userId: number|null}): string
// The report cards, newest first: status, claimed date, the date it was filed, the review outcome, text, document,
// attachments. On the cards of options.userId's own reports: add a file, remove one.
export function reportsHtml(reports, options = {}) {
  if (!reports.length) {
    return `<p class="pm-muted">${escapeHtml(t('report.none'))}</p>`;
  }
  return `<ol class="pm-report-list">${reports.map((r) => {
    const mine = options.userId != null && r.user_id === options.userId;
    const files = (r.attachments || []).map((a) =>
      `<li><a href="${escapeHtml(a.href)}" download="${escapeHtml(a.filename)}">${escapeHtml(a.filename)}</a>
        <span class="pm-muted">(${escapeHtml(fileSizeText(a.size, lang()))})</span>
        ${mine ? `<button type="button" class="pm-link-button" data-action="remove-attachment" data-report="${escapeHtml(r.id)}" data-attachment="${escapeHtml(a.id)}" data-name="${escapeHtml(a.filename)}" aria-label="${escapeHtml(t('attach.removeLabel', { name: a.filename }))}">${escapeHtml(t('attach.remove'))}</button>` : ''}</li>`).join('');
    const add = mine ? `<p class="pm-field pm-attach-add"><label>${escapeHtml(t('attach.add'))}
        <input type="file" multiple data-report="${escapeHtml(r.id)}" accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"></label></p>
      <p class="pm-form-error pm-attach-message" role="alert"></p>` : '';
    return `<li class="pm-report" data-report="${escapeHtml(r.id)}">
      <p class="pm-report-head"><span class="pm-chip" data-status="${escapeHtml(r.status)}">${escapeHtml(statusWord(r.status))}</span>
        <time datetime="${escapeHtml(r.report_date)}">${escapeHtml(formatDate(r.report_date))}</time>
        <span class="pm-small pm-muted pm-filed">${escapeHtml(t('review.filed', { date: formatDateTime(r.filed_at) }))}</span></p>
      ${reviewHtml(r)}
      ${r.document_ref ? `<p class="pm-report-doc">${escapeHtml(r.document_ref)}</p>` : ''}
      ${r.text ? `<p class="pm-report-text" lang="vi">${escapeHtml(r.text)}</p>` : ''}
      <p class="pm-small pm-muted">${escapeHtml(t('report.by', { agency: r.agency_name || r.agency, user: r.reported_by || '' }))}</p>
      ${files ? `<ul class="pm-attachments">${files}</ul>` : ''}
      ${add}
    </li>`;
  }).join('')}</ol>`;
}

// @function historySummary(entry): string — plain text, escaped by the caller
export function historySummary(entry) {
  const p = historyParts(entry);
  if (entry.action === 'report') {
    return `${t('history.action.report')} · ${t('history.status', { from: statusWord(p.status.from), to: statusWord(p.status.to) })}`;
  }
  if (entry.action === 'traced over scan') {
    const scan = (parseState(entry.after) || {}).traced_over_scan || {};
    return t('scans.history', { name: scan.filename || '' });
  }
  if (entry.action === 'attachment') {
    return `${t('history.action.attachment')}${p.filename ? `: ${p.filename}` : ''}`;
  }
  if (entry.action === 'attachment removed') {
    return `${t('attach.remove')}: ${(entry.before && entry.before.filename) || ''}`;
  }
  if (entry.action.startsWith('report ') || entry.action.startsWith('review ')) {
    const state = entry.action.split(' ')[1];
    return `${t('review.state.' + state)}${p.status && p.status.from !== p.status.to ? ` · ${t('history.status', { from: statusWord(p.status.from), to: statusWord(p.status.to) })}` : ''}`;
  }
  const parts = [];
  const imported = entry.action === 'import' && /^imported from (.+) \((.+)\) by /.exec(entry.note || '');
  if (imported) {
    parts.push(`${t('history.action.import')} ${imported[1]} (${imported[2]})`);
  }
  if (p.geometry) {
    parts.push(t('history.geometry'));
  }
  if (p.fields.length) {
    parts.push(t('history.changed', { fields: p.fields.map(field).join(', ') }));
  }
  if (!parts.length) {
    parts.push(entry.before ? (t('history.action.' + entry.action) || entry.action) : t('history.created'));
  }
  return parts.join(' · ');
}

// @function historyHtml(rows: Array, csvHref: string): string
export function historyHtml(rows, csvHref) {
  const list = rows.length
    ? `<ol class="pm-history-list">${rows.map((h) => `<li class="pm-history-row" data-action="${escapeHtml(h.action)}">
        <time datetime="${escapeHtml(h.at)}">${escapeHtml(formatDateTime(h.at))}</time>
        <b class="pm-history-user">${escapeHtml(h.username)}</b>
        <span class="pm-history-what">${escapeHtml(historySummary(h))}</span></li>`).join('')}</ol>`
    : `<p class="pm-muted">${escapeHtml(t('history.none'))}</p>`;
  return `${list}<p class="pm-small"><a href="${escapeHtml(csvHref)}" download class="pm-history-csv">${escapeHtml(t('history.csv'))}</a></p>`;
}
