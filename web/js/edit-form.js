// What the editors' forms share (places in editor.js, tasks in task-editor.js): the PATCH bodies of the
// fields that changed, who saved last when a save meets a 409, the rows of the conflict's box (drawn by
// edit-conflict.js), the words for other failures, submitting, saving and rebasing. The bodies, the rows and
// the words are pure (unit-tested).

import { t } from './i18n.js';

// @function formChanges(base: state, values: object, fields: string[]): object
// The fields whose form values differ from the state edited (null and missing count as ""), with the
// form's values.
export function formChanges(base, values, fields) {
  const out = {};
  for (const f of fields) {
    if ((values[f] ?? '') !== (base[f] ?? '')) {
      out[f] = values[f];
    }
  }
  return out;
}

// @function lastSavedBy(api: {history}, entity: 'feature'|'task', id): Promise<string>
// The username of the newest history row, or "?" when the history cannot be read (the conflict is then
// shown without the name).
export async function lastSavedBy(api, entity, id) {
  try {
    const rows = (await api.history(entity, id)).history;
    return rows.length ? rows[0].username : '?';
  } catch (e) {
    return '?';
  }
}

// @function conflictRows(conflict: {current, fields_you_would_overwrite}, valueOf: (field, current) → string):
//   [{field, label, value}] — the fields you would overwrite, named in the page's language, with the values
//   the other person saved (plain text: the conflict box, edit-conflict.js, draws them)
export function conflictRows(c, valueOf) {
  return (c.fields_you_would_overwrite || []).map((f) => ({ field: f, label: t('field.' + f), value: valueOf(f, c.current) ?? '' }));
}

// @const TEXT_FIELDS: the text fields of a place the editor sends
export const TEXT_FIELDS = ['name', 'name_en', 'accuracy', 'accuracy_vi', 'source_text'];

// @function editChanges(base: state, values: {name, name_en, accuracy, source_text, tasks: string[]}, geometry|null): object
// A place's PATCH body: the fields whose values differ from the state edited, plus the redrawn geometry if any.
export function editChanges(base, values, geometry) {
  const out = formChanges(base, values, TEXT_FIELDS);
  const before = [...(base.tasks || [])].sort().join(',');
  if ([...values.tasks].sort().join(',') !== before) {
    out.tasks = values.tasks;
  }
  if (geometry) {
    out.geometry = geometry;
  }
  return out;
}

// @const TASK_FIELDS: the fields of a task the editor sends
export const TASK_FIELDS = ['content', 'note', 'product', 'deadline_text'];

// @function taskChanges(base: state, values: {content, note, product, deadline_text}): object
// A task's PATCH body: the fields whose values differ from the state edited (a null note equals an empty one).
export function taskChanges(base, values) {
  return formChanges(base, values, TASK_FIELDS);
}

// @function failureText(err: ApiError): string — what a failed save says when it is not a conflict
export function failureText(err) {
  const p = err.problem || {};
  if (err.status === 400) {
    return t('edit.invalid', { detail: `${p.parameter ? p.parameter + ': ' : ''}${p.detail || ''}` });
  }
  return t('edit.error', { status: err.status, detail: p.detail || err.message });
}

// @function etagOf(version: number): string — the ETag of a version, as the server writes it
export function etagOf(version) {
  return `"v${version}"`;
}

// @function wireForm(form: HTMLFormElement, save: Function, actions: Object)
// Submitting the form saves; a click on a button with data-edit="name" calls actions[name].
export function wireForm(form, save, actions) {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    save();
  });
  form.addEventListener('click', (e) => {
    const b = e.target.closest('[data-edit]');
    if (b && actions[b.dataset.edit]) {
      actions[b.dataset.edit]();
    }
  });
}

// @function saveChanges(editor, kind: 'features'|'tasks', id: string, changes: object, button: HTMLButtonElement, values: object): Promise<boolean>
// Sends the changes with the edit's ETag (If-Match). Nothing to send, or a failure (handed to editor.failed),
// gives false; a save gives true.
export async function saveChanges(editor, kind, id, changes, button, values) {
  if (!Object.keys(changes).length) {
    editor.error(t('edit.nothing'));
    return false;
  }
  button.disabled = true;
  editor.error(t('edit.saving'));
  try {
    await editor.api.saveEdit(kind, id, editor.active.etag, changes);
  } catch (err) {
    button.disabled = false;
    await editor.failed(err, values);
    return false;
  }
  return true;
}

// @function rebase(editor, saveSelector: string)
// After a conflict: takes the version the other person saved as the new base, keeping the form's values
// (and anything else the editor keeps, such as a redrawn geometry), and puts the focus on Save.
export function rebase(editor, saveSelector) {
  const a = editor.active;
  const values = editor.collect();
  a.base = a.conflict.current;
  a.etag = etagOf(a.conflict.current_version);
  a.conflict = null;
  a.message = t('edit.reapplied');
  editor.render(values);
  editor.container.querySelector(saveSelector).focus();
}
