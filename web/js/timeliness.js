// A task's progress and timeliness as the programme's API states them (progress: not_reported,
// not_started, in_progress, submitted, done, blocked; timeliness: on_time, late, overdue, due_soon, open,
// ongoing — computed once, in the database). For a server that does not state them yet, they are read
// from the older fields (status, overdue, days_left, ongoing) as closely as those allow: such a server
// cannot tell "late" from "on time".

import { escapeHtml } from './format.js';
import { t } from './i18n.js';

// @const TIMELINESS: the timeliness values, worst first (the order of legends and charts)
export const TIMELINESS = ['overdue', 'late', 'due_soon', 'open', 'on_time', 'ongoing'];

// @const PROGRESS: the progress values, in the order of a report's life
export const PROGRESS = ['not_reported', 'not_started', 'in_progress', 'submitted', 'done', 'blocked'];

// @function progressOf(task): string — one of PROGRESS
export function progressOf(task) {
  const p = task.progress ?? task.status;
  return PROGRESS.includes(p) ? p : 'not_reported';
}

// @function timelinessOf(task): string — one of TIMELINESS
export function timelinessOf(task) {
  if (TIMELINESS.includes(task.timeliness)) {
    return task.timeliness;
  }
  if (!task.due_date) {
    return 'ongoing';
  }
  if (task.overdue) {
    return 'overdue';
  }
  const progress = progressOf(task);
  if (progress === 'submitted' || progress === 'done') {
    return 'on_time';
  }
  return typeof task.days_left === 'number' && task.days_left <= 30 ? 'due_soon' : 'open';
}

// @function timelinessText(task): string — the timeliness in words, with the days late or overdue
export function timelinessText(task) {
  const value = timelinessOf(task);
  const days = value === 'late' ? task.days_late
    : value === 'overdue' ? (task.days_overdue ?? (typeof task.days_left === 'number' ? -task.days_left : null)) : null;
  return typeof days === 'number' && days > 0 ? t(`timeliness.${value}.days`, { n: days }) : t(`timeliness.${value}`);
}

// @function timelinessChip(task): string — HTML: timelinessText in a chip of the timeliness's class
export function timelinessChip(task) {
  return `<span class="pm-tl pm-tl-${escapeHtml(timelinessOf(task))}">${escapeHtml(timelinessText(task))}</span>`;
}
