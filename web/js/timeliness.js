// A task's progress and timeliness as the API states them (progress: not_reported, not_started, in_progress,
// submitted, done, blocked; timeliness: on_time, late, overdue, due_soon, open, ongoing). Both are computed once,
// in the database (task_state(), README "Progress and timeliness"); the front end only names and orders them.

import { escapeHtml } from './text.js';
import { timelinessDaysText } from './deadlines.js';
import { t, lang } from './i18n.js';

import { timelinessIds, progressIds } from './terms.js';

// @function progressOf(task): string — one of PROGRESS ('not_reported' for a value the API does not state)
export function progressOf(task) {
  return progressIds().includes(task.progress) ? task.progress : 'not_reported';
}

// @function timelinessOf(task): string — one of TIMELINESS ('open' for a value the API does not state)
export function timelinessOf(task) {
  return timelinessIds().includes(task.timeliness) ? task.timeliness : 'open';
}

// @function timelinessText(task): string — the timeliness in words, with the days late or overdue
export function timelinessText(task) {
  return timelinessDaysText(task, lang()) || t(`timeliness.${timelinessOf(task)}`);
}

// @function timelinessChip(task): string — HTML: timelinessText in a chip of the timeliness's class
export function timelinessChip(task) {
  return `<span class="pm-tl pm-tl-${escapeHtml(timelinessOf(task))}">${escapeHtml(timelinessText(task))}</span>`;
}
