// A task's progress reports and the history of a task or feature, rendered into the panel once loaded:
// newest first, attachments as download links, each history row as who, when and a short summary of
// what changed ("geometry redrawn", "changed: name, tasks", "status: not reported → done").

import { escapeHtml, formatDate, formatDateTime, fileSizeText, historyParts, parseState } from './format.js';
import { t, lang } from './i18n.js';

const field = (name) => {
  const word = t('field.' + name);
  return word === 'field.' + name ? name : word;
};

const statusWord = (s) => (s ? t('status.' + s) : '—');

// @function reportsHtml(reports: Array): string
export function reportsHtml(reports) {
  if (!reports.length) {
    return `<p class="pm-muted">${escapeHtml(t('report.none'))}</p>`;
  }
  return `<ol class="pm-report-list">${reports.map((r) => {
    const files = (r.attachments || []).map((a) =>
      `<li><a href="${escapeHtml(a.href)}" download="${escapeHtml(a.filename)}">${escapeHtml(a.filename)}</a>
        <span class="pm-muted">(${escapeHtml(fileSizeText(a.size, lang()))})</span></li>`).join('');
    return `<li class="pm-report" data-report="${escapeHtml(r.id)}">
      <p class="pm-report-head"><span class="pm-chip" data-status="${escapeHtml(r.status)}">${escapeHtml(statusWord(r.status))}</span>
        <time datetime="${escapeHtml(r.report_date)}">${escapeHtml(formatDate(r.report_date))}</time></p>
      ${r.document_ref ? `<p class="pm-report-doc">${escapeHtml(r.document_ref)}</p>` : ''}
      ${r.text ? `<p class="pm-report-text" lang="vi">${escapeHtml(r.text)}</p>` : ''}
      <p class="pm-small pm-muted">${escapeHtml(t('report.by', { agency: r.agency_name || r.agency, user: r.reported_by || '' }))}</p>
      ${files ? `<ul class="pm-attachments">${files}</ul>` : ''}
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
  const parts = [];
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
