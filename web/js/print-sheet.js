// The parts of a printed map sheet, as HTML (every value escaped): the paper sizes, the heading, the
// legend of the visible layers, the north arrow, the foot (accuracy and source note, date of printing),
// and the annexes (the selected place's panel, a task table). print.js lays them out and prints.

import { escapeHtml } from './text.js';
import { formatDate } from './dates.js';
import { t, pick, lang } from './i18n.js';
import { swatch, badgeHtml } from './styles.js';
import { progressOf, timelinessChip } from './timeliness.js';

// @const PAPERS: paper sizes in millimetres, portrait (width × height)
export const PAPERS = { A4: [210, 297], A3: [297, 420] };
export const ORIENTATIONS = ['landscape', 'portrait'];

// @function paperSize(paper: 'A4'|'A3', orientation: 'landscape'|'portrait'): [widthMm, heightMm]
export function paperSize(paper, orientation) {
  const [w, h] = PAPERS[paper] || PAPERS.A4;
  return orientation === 'portrait' ? [w, h] : [h, w];
}

// @function pageCss(paper, orientation): string — the @page rule the browser prints with (no margins:
// the sheet has its own)
export function pageCss(paper, orientation) {
  const name = PAPERS[paper] ? paper : 'A4';
  return `@page { size: ${name} ${orientation === 'portrait' ? 'portrait' : 'landscape'}; margin: 0; }`;
}

// @function scaleDenominator(metresPerPixel: number): number — the sheet's scale (1:n) for a map drawn at
// that ground resolution, with CSS pixels printed at 96 per inch; rounded to 2 significant digits
export function scaleDenominator(metresPerPixel) {
  const n = metresPerPixel / (0.0254 / 96);
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.round(n / magnitude) * magnitude;
}

// @function headHtml({title, subtitle, day, asOf}): string
export function headHtml({ title, subtitle, day, asOf }) {
  const when = t(asOf ? 'print.asOfPast' : 'print.asOf', { date: formatDate(day) });
  return `<h1 class="pm-sheet-title">${escapeHtml(title)}</h1>
    <p class="pm-sheet-sub">${escapeHtml(subtitle)} · <span class="pm-sheet-date">${escapeHtml(when)}</span></p>`;
}

// @function legendHtml(layers, filterText): string — the visible layers with the kinds they draw, the
// status badges and the disc of a group of points, the filter in force
export function legendHtml(layers, filterText) {
  const blocks = layers.map((c) => {
    const kinds = (c.kinds || []).filter((k) => !c.shapes || c.shapes.has(k.id)).map((k) => {
      const shapes = c.shapes && c.shapes.get(k.id);
      const swatches = shapes && shapes.size ? [...shapes].map((s) => swatch(k.id, s)).join('') : swatch(k.id);
      return `<li><span class="pm-swatches">${swatches}</span><span>${escapeHtml(pick(k.label_vi, k.label_en))}</span></li>`;
    }).join('');
    return `<section class="pm-sheet-layer"><h3>${escapeHtml(pick(c.title, c.title_en))}</h3><ul class="pm-legend">${kinds}</ul></section>`;
  }).join('');
  return `<h2 class="pm-sheet-legend-title">${escapeHtml(t('print.legend'))}</h2>${blocks}
    <section class="pm-sheet-layer"><h3>${escapeHtml(t('legend.status'))}</h3><ul class="pm-legend">
      <li><span class="pm-swatches">${badgeHtml('stalled')}</span><span>${escapeHtml(t('legend.stalled'))}</span></li>
      <li><span class="pm-swatches">${badgeHtml('overdue', 3)}</span><span>${escapeHtml(t('legend.overdue'))}</span></li>
      <li data-cluster-legend><span class="pm-swatches"><span class="pm-cluster pm-cluster-swatch"><span>3</span></span></span><span>${escapeHtml(t('cluster.print'))}</span></li>
    </ul></section>
    ${filterText ? `<p class="pm-sheet-filter"><b>${escapeHtml(t('print.filter'))}:</b> ${escapeHtml(filterText)}</p>` : ''}`;
}

// @function northArrowHtml(): string — an arrow with the letter of north in the page's language
export function northArrowHtml() {
  return `<div class="pm-north" aria-label="${escapeHtml(t('print.north'))}"><svg viewBox="0 0 24 36" width="24" height="36" aria-hidden="true">
    <path d="M12 2l8 22-8-5-8 5z" fill="#1f1f1f"/><path d="M12 2l8 22-8-5z" fill="#fff" stroke="#1f1f1f" stroke-width="1"/></svg>
    <span class="pm-north-letter">${escapeHtml(t('cursor.north'))}</span></div>`;
}

// @function footHtml({accuracyNote, scale, attribution, printedAt}): string
export function footHtml({ accuracyNote, scale, attribution, printedAt }) {
  const scaleText = scale ? t('print.scale', { n: scale.toLocaleString(lang() === 'en' ? 'en-US' : 'vi-VN') }) : '';
  return `<p class="pm-sheet-note">${escapeHtml(accuracyNote)}</p>
    <p class="pm-sheet-source">${escapeHtml(t('print.source'))}${attribution ? ` · ${escapeHtml(t('print.basemap'))}: ${escapeHtml(attribution)}` : ''}
      ${scaleText ? ` · ${escapeHtml(scaleText)}` : ''} · ${escapeHtml(t('print.printedAt', { date: printedAt }))}</p>`;
}

// @function taskTableHtml(title, tasks, agencies: Map): string — code, content, lead, deadline, progress, timeliness
export function taskTableHtml(title, tasks, agencies) {
  const leadOf = (task) => (task.lead || []).map((a) => {
    const agency = agencies.get(a.id || a) || a;
    return pick(agency.name_vi || agency.short_vi || '', agency.name_en);
  }).filter(Boolean).join(', ') || task.lead_text || '';
  const rows = tasks.map((task) => `<tr data-code="${escapeHtml(task.code)}"><td class="pm-code">${escapeHtml(task.code)}</td>
    <td lang="vi">${escapeHtml(task.content)}</td><td>${escapeHtml(leadOf(task))}</td>
    <td>${escapeHtml(task.deadline_text || '')}${task.due_date ? `<br><span class="pm-muted">${escapeHtml(formatDate(task.due_date))}</span>` : ''}</td>
    <td>${escapeHtml(t('status.' + progressOf(task)))}</td><td>${timelinessChip(task)}</td></tr>`).join('');
  return `<h2 class="pm-annex-title">${escapeHtml(title)} (${tasks.length})</h2>
    <table class="pm-annex-table"><thead><tr><th>${escapeHtml(t('print.col.code'))}</th><th>${escapeHtml(t('print.col.content'))}</th>
    <th>${escapeHtml(t('print.col.lead'))}</th><th>${escapeHtml(t('print.col.deadline'))}</th><th>${escapeHtml(t('print.col.progress'))}</th>
    <th>${escapeHtml(t('print.col.timeliness'))}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

// @function panelAnnex(panelBody: Element): Element — a copy of the panel's content without its buttons
export function panelAnnex(panelBody) {
  const copy = panelBody.cloneNode(true);
  copy.querySelectorAll('button, form, .pm-panel-actions').forEach((el) => el.remove());
  copy.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
  copy.querySelectorAll('.pm-clamp').forEach((el) => el.classList.remove('pm-clamp'));
  copy.className = 'pm-annex-panel';
  return copy;
}
