// What a user may do, by role (viewer, reporter, editor, admin) — the front end's reading of the rules the
// server enforces (the server refuses what these functions would not offer). Pure (unit-tested).

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
  if (user.role === 'admin') {
    return ids;
  }
  if (user.role !== 'reporter') {
    return [];
  }
  return (user.agencies || []).filter((id) => ids.includes(id));
}

// @function canEdit(user): boolean
export function canEdit(user) {
  return Boolean(user && (user.role === 'editor' || user.role === 'admin'));
}
