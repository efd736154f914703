// Parts of a task drawn wherever a task is listed (the tasks tab, the agency tab, the panel's cards):
// its state as chips, its deadline, and the legend of the timeliness chips. lit-html templates.

import { html } from './html.js';
import { formatDate } from './dates.js';
import { daysLeftText, timelinessDaysText } from './deadlines.js';
import { t, lang } from './i18n.js';
import { timelinessIds, dueSoonDays } from './terms.js';

// @function statusChip(task): the chips of a task's state: its timeliness (coloured, class
// pm-chip-<timeliness>) and, once reported, its progress
export function statusChip(task) {
  const tl = task.timeliness || 'open';
  const chip = html`<span class="pm-chip pm-chip-${tl}" data-timeliness=${tl}>${t('timeliness.' + tl)}</span>`;
  if (!task.progress || task.progress === 'not_reported') {
    return chip;
  }
  return html`${chip} <span class="pm-chip" data-progress=${task.progress}>${t('status.' + task.progress)}</span>`;
}

// @function deadline(task): "Quý I/2023 · 31/03/2023 · Quá hạn 1.338 ngày"
export function deadline(task) {
  const date = formatDate(task.due_date);
  // late and overdue say their days; a task finished in time says nothing more; others the days left
  const finished = task.timeliness === 'on_time' || task.timeliness === 'late';
  const left = timelinessDaysText(task, lang())
    || (finished ? '' : daysLeftText(task.days_left, lang(), task.ongoing && !task.due_date));
  return html`<span class="pm-deadline-text">${task.deadline_text}</span>${date
    ? html` · <time datetime=${task.due_date}>${date}</time>` : ''}${left && (task.due_date || task.ongoing)
    ? html` · <span class="pm-days pm-days-${task.timeliness || ''}">${left}</span>` : ''}`;
}

// @function timelinessLegend(): the legend of the timeliness chips, each with its meaning
export function timelinessLegend() {
  return html`<h2 class="pm-h2">${t('timeliness.heading')}</h2><ul class="pm-legend pm-legend-timeliness">${timelinessIds().map(
    (tl) => html`<li><span class="pm-swatches"><span class="pm-chip pm-chip-${tl}">${t('timeliness.' + tl)}</span></span>
    <span>${t('timeliness.legend.' + tl, { days: dueSoonDays() })}</span></li>`)}</ul>`;
}
