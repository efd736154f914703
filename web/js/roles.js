// What a user may do, by role (viewer, reporter, editor, admin) — the front end's reading of the rules the
// server enforces (the server refuses what these functions would not offer). Pure (unit-tested).

import { ROLES } from './terms.js';

const [VIEWER, REPORTER, EDITOR, ADMIN] = ROLES;

// @function roleOf(user): one of ROLES — the user's role; the viewer's for nobody or a role the page does not know
export function roleOf(user) {
  return user && ROLES.includes(user.role) ? user.role : VIEWER;
}

// @function agencyIdsOf(task): string[] — the ids of the agencies leading or partnering on a /tasks entry
export function agencyIdsOf(task) {
  return [...(task.lead || []), ...(task.partners || [])].map((a) => a.id);
}

// @function reportingAgencies(user, task): string[] — the user's agencies that may report on the task
// (an admin may report for any agency of the task); [] for viewers and editors.
export function reportingAgencies(user, task) {
  if (!user || !task) {
    return [];
  }
  const ids = agencyIdsOf(task);
  if (roleOf(user) === ADMIN) {
    return ids;
  }
  if (roleOf(user) !== REPORTER) {
    return [];
  }
  return (user.agencies || []).filter((id) => ids.includes(id));
}

// @function canEdit(user): boolean
export function canEdit(user) {
  return [EDITOR, ADMIN].includes(roleOf(user));
}
