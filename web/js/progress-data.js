// The numbers behind the timeline and the dashboard, from the tasks of GET /tasks: groups (by section
// or by lead agency), counts of timeliness and progress per group, indicators against their targets.
// Pure functions (unit-tested); the views draw them.

import { timelinessOf, progressOf } from './timeliness.js';
import { timelinessIds } from './terms.js';
import { pick } from './i18n.js';

// @const GROUPINGS: how tasks can be grouped
export const GROUPINGS = ['section', 'agency'];

// @function groupsOf(task, by: 'section'|'agency'): {key, label, title}[] — a task's groups: its section, or
// each of its lead agencies (a task led by two agencies is in both; one led by none is "—")
export function groupsOf(task, by) {
  if (by === 'agency') {
    const leads = task.lead || [];
    if (!leads.length) {
      return [{ key: '', label: task.lead_text || '—', title: task.lead_text || '—' }];
    }
    return leads.map((a) => ({ key: a.id, label: a.short_vi || a.name_vi, title: pick(a.name_vi, a.name_en) }));
  }
  return [{ key: task.section, label: task.section, title: pick(task.section_title, task.section_title_en) }];
}

// @function groupTasks(tasks, by): {key, label, title, tasks}[] — groups in the order tasks first name them
// (sections in the programme's order), agencies by name
export function groupTasks(tasks, by) {
  const groups = new Map();
  for (const task of tasks) {
    for (const g of groupsOf(task, by)) {
      if (!groups.has(g.key)) {
        groups.set(g.key, { ...g, tasks: [] });
      }
      groups.get(g.key).tasks.push(task);
    }
  }
  const list = [...groups.values()];
  if (by === 'agency') {
    const collator = new Intl.Collator('vi');
    list.sort((a, b) => collator.compare(a.label, b.label));
  }
  return list;
}

// @function countKeys(): string[] — the dashboard's columns: the timeliness values and "not reported" (a progress)
export const countKeys = () => [...timelinessIds(), 'not_reported'];

// @function counts(tasks): {total, on_time, late, overdue, due_soon, open, ongoing, not_reported}
export function counts(tasks) {
  const c = { total: tasks.length };
  countKeys().forEach((k) => { c[k] = 0; });
  for (const task of tasks) {
    c[timelinessOf(task)] += 1;
    if (progressOf(task) === 'not_reported') {
      c.not_reported += 1;
    }
  }
  return c;
}

// @function timelinePoints(groups, dayMs: (iso) → number): {code, group, x, y, timeliness}[] — one point per
// dated task and group, x its due day (ms), y its group's index; tasks due the same day in one group are
// spread ±0.3 around the index so none hides another
export function timelinePoints(groups, dayMs) {
  const points = [];
  groups.forEach((g, index) => {
    const byDay = new Map();
    for (const task of g.tasks.filter((x) => x.due_date)) {
      byDay.set(task.due_date, [...(byDay.get(task.due_date) || []), task]);
    }
    for (const [day, tasks] of byDay) {
      tasks.forEach((task, i) => {
        const spread = tasks.length > 1 ? -0.3 + (0.6 * i) / (tasks.length - 1) : 0;
        points.push({ code: task.code, group: g.key, x: dayMs(day), y: index + spread, timeliness: timelinessOf(task) });
      });
    }
  });
  return points;
}

// @function indicatorActual(indicator): {value: number, year: number|null}|null — the latest actual value
// the API gives (`actuals: [{year, value}]`, or `actual` as a number or {year, value}); null when none
export function indicatorActual(indicator) {
  const list = Array.isArray(indicator.actuals) ? indicator.actuals.filter((a) => a && typeof a.value === 'number') : [];
  if (list.length) {
    const latest = list.reduce((a, b) => ((b.year ?? 0) > (a.year ?? 0) ? b : a));
    return { value: latest.value, year: latest.year ?? null };
  }
  const a = indicator.actual;
  if (typeof a === 'number') {
    return { value: a, year: indicator.actual_year ?? null };
  }
  if (a && typeof a.value === 'number') {
    return { value: a.value, year: a.year ?? null };
  }
  return null;
}

// @function shareOfTarget(actual: number, target: number): number|null — actual as a percentage of the
// target, null when the target is not a positive number
export function shareOfTarget(actual, target) {
  return typeof target === 'number' && target > 0 && typeof actual === 'number' ? (100 * actual) / target : null;
}
