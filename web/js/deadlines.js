// Deadlines in words and the deadline windows the tasks view filters by: days left, days late or overdue,
// years overdue (the badge), and whether a task falls in a window. Pure (web/test/format.test.js).

import { parseIsoDate, quarterOf, yearOf } from './dates.js';
import { formatNumber } from './numbers.js';

// @function daysLeftText(daysLeft: number|null, lang: 'vi'|'en', ongoing?: boolean): string
// What a planner reads next to a deadline: "Còn 12 ngày", "Đến hạn hôm nay", "Quá hạn 1.338 ngày",
// "Thường xuyên" (ongoing, no date); English likewise. '' when there is neither a date nor an ongoing mark.
export function daysLeftText(daysLeft, lang, ongoing = false) {
  const en = lang === 'en';
  if (daysLeft === null || daysLeft === undefined || Number.isNaN(daysLeft)) {
    if (ongoing) {
      return en ? 'Ongoing (no fixed date)' : 'Thường xuyên (không có hạn cụ thể)';
    }
    return '';
  }
  const n = formatNumber(Math.abs(daysLeft), lang);
  if (daysLeft === 0) {
    return en ? 'Due today' : 'Đến hạn hôm nay';
  }
  if (daysLeft > 0) {
    if (en) {
      return daysLeft === 1 ? '1 day left' : `${n} days left`;
    }
    return `Còn ${n} ngày`;
  }
  if (en) {
    return daysLeft === -1 ? '1 day overdue' : `${n} days overdue`;
  }
  return `Quá hạn ${n} ngày`;
}

// @function timelinessDaysText(task: {timeliness, days_late, days_overdue}, lang): string
// The days a task is late or overdue in words: "Trễ hạn 487 ngày" / "487 days late", "Quá hạn 1.337 ngày" /
// "1,337 days overdue"; '' for any other timeliness (see daysLeftText for the days left).
export function timelinessDaysText(task, lang) {
  const en = lang === 'en';
  const late = task.timeliness === 'late';
  const days = late ? task.days_late : task.timeliness === 'overdue' ? task.days_overdue : null;
  if (typeof days !== 'number') {
    return '';
  }
  const n = formatNumber(days, lang);
  if (en) {
    return `${days === 1 ? '1 day' : `${n} days`} ${late ? 'late' : 'overdue'}`;
  }
  return `${late ? 'Trễ hạn' : 'Quá hạn'} ${n} ngày`;
}

// @function yearsOverdue(daysLeft: number|null): number
// Whole years past the deadline (0 when not overdue or less than a year), for the overdue badge.
export function yearsOverdue(daysLeft) {
  if (typeof daysLeft !== 'number' || daysLeft >= 0) {
    return 0;
  }
  return Math.floor(-daysLeft / 365);
}


// @const WINDOWS: the deadline windows the tasks view filters by (inWindow says what each holds)
export const WINDOWS = Object.freeze(['overdue', 'late', 'due_soon', 'quarter', 'year', 'ongoing']);

// @function inWindow(task, window: string, todayIso: string): boolean
// Whether a task (fields due_date, ongoing, timeliness as /tasks gives them) falls in a deadline window:
// 'overdue', 'late', 'due_soon' (the server's timeliness), 'quarter' / 'year' (due within today's calendar
// quarter / year),
// 'ongoing' (no fixed date: "in the course of the resolution"). An empty or unknown window matches everything.
export function inWindow(task, window, todayIso) {
  switch (window) {
    case 'overdue':
    case 'late':
    case 'due_soon':
      return task.timeliness === window;
    case 'ongoing':
      return task.ongoing === true;
    case 'quarter':
    case 'year': {
      const range = window === 'quarter' ? quarterOf(todayIso) : yearOf(todayIso);
      const due = parseIsoDate(task.due_date) ? task.due_date.slice(0, 10) : null;
      return Boolean(range && due && due >= range.start && due <= range.end);
    }
    default:
      return true;
  }
}
