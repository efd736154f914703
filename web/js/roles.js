// What a user may do: the permissions of /config (terms.js `may`), which the server enforces (and refuses what
// these functions would not offer). The front end checks no role by name. Pure (unit-tested).

import { may } from './terms.js';

// @function agencyIdsOf(task): string[] — the ids of the agencies leading or partnering on a /tasks entry
export function agencyIdsOf(task) {
  return [...(task.lead || []), ...(task.partners || [])].map((a) => a.id);
}

// @function reportingAgencies(user, task): string[] — the user's agencies that may report on the task (all of
// the task's for a user who may report for any agency); [] for a user who may not report.
export function reportingAgencies(user, task) {
  if (!user || !task || !may(user, 'report')) {
    return [];
  }
  const ids = agencyIdsOf(task);
  return may(user, 'report_for_any_agency') ? ids : (user.agencies || []).filter((id) => ids.includes(id));
}

// @function canEdit(user): boolean — whether the user may edit places and tasks
export function canEdit(user) {
  return may(user, 'edit');
}

// @function canReview(user): boolean — whether the user may accept or reject progress reports
export function canReview(user) {
  return may(user, 'review');
}
