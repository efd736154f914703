// The editor's form for one task of the programme, shown in the panel: content, note, product and the
// deadline's text (with the forms the server accepts). Save sends only what changed, with If-Match; a 400
// on the deadline is said next to its field; a 409 shows what the other person saved and keeps every value
// of this form, with a button to rebase on the latest version (the same flow as the place editor,
// editor.js, whose shared pieces, the PATCH body among them, are in edit-form.js).

import { html, redraw, nothing } from './html.js';
import { t } from './i18n.js';
import { TASK_FIELDS, taskChanges, failureText, lastSavedBy, rebase, saveChanges, wireForm } from './edit-form.js';
import { conflictBox } from './edit-conflict.js';

// The deadline forms the server's DeadlineParser knows, shown as examples under the field.
export const DEADLINE_EXAMPLES = ['Quý I/2023', 'Tháng 6/2022', 'trước ngày 31/3/2022', 'Trước tháng 7/2022',
  'Trong thời gian thực hiện Nghị quyết'];

export class TaskEditor {
  // @param api        {editState, saveEdit, history}
  // @param callbacks  onSaved(code), onClose(code)
  constructor(api, callbacks) {
    this.api = api;
    this.callbacks = callbacks;
    this.active = null;
    this.container = null;
  }

  // @method start(code, container): loads the task's editable state and shows the form in the container
  async start(code, container) {
    const { state, etag } = await this.api.editState('tasks', code);
    this.active = { code, base: state, etag, conflict: null, message: null, deadlineError: null };
    this.container = container;
    this.render(this.valuesOf(state));
    container.querySelector('#pm-task-edit-content').focus();
  }

  valuesOf(state) {
    const v = {};
    TASK_FIELDS.forEach((f) => { v[f] = state[f] ?? ''; });
    return v;
  }

  // @method collect(): the form's values
  collect() {
    const form = this.container.querySelector('#pm-task-edit-form');
    const v = {};
    TASK_FIELDS.forEach((f) => { v[f] = form[f].value; });
    return v;
  }

  render(values) {
    const a = this.active;
    const label = (f) => html`<label for="pm-task-edit-${f}">${t('taskEdit.' + f)}</label>`;
    const area = (f, rows) => html`<p class="pm-field">${label(f)}
      <textarea id="pm-task-edit-${f}" name=${f} rows=${rows} lang="vi" .value=${values[f] ?? ''}></textarea></p>`;
    redraw(this.container, html`
      <h2 id="pm-panel-title" class="pm-title" tabindex="-1">${t('taskEdit.heading', { code: a.code })}</h2>
      <form id="pm-task-edit-form" class="pm-edit-form" novalidate>
        ${area('content', 5)}${area('note', 2)}
        <p class="pm-field">${label('product')}
          <input id="pm-task-edit-product" name="product" lang="vi" value=${values.product ?? ''}></p>
        <p class="pm-field">${label('deadline_text')}
          <input id="pm-task-edit-deadline_text" name="deadline_text" lang="vi" spellcheck="false"
            value=${values.deadline_text ?? ''} aria-describedby="pm-task-edit-deadline-hint pm-task-edit-deadline-error"
            aria-invalid=${a.deadlineError ? 'true' : nothing}>
          <span class="pm-small pm-muted" id="pm-task-edit-deadline-hint">${t('taskEdit.deadlineHint')} ${DEADLINE_EXAMPLES.map(
            (d, i) => html`${i ? ', ' : ''}<q lang="vi">${d}</q>`)}</span>
          <span class="pm-form-error" id="pm-task-edit-deadline-error" role="alert">${a.deadlineError || ''}</span></p>
        <div id="pm-task-edit-conflict">${a.conflict ? this.conflictBox(a.conflict) : ''}</div>
        <p class="pm-form-error" id="pm-task-edit-error" role="alert">${a.message || ''}</p>
        <p class="pm-dialog-actions">
          <button type="button" class="pm-button pm-button-secondary" data-edit="cancel">${t('edit.cancel')}</button>
          <button type="submit" class="pm-button" id="pm-task-edit-save">${t('edit.save')}</button></p>
      </form>`);
    wireForm(this.container.querySelector('#pm-task-edit-form'), () => this.save(), {
      cancel: () => this.close(),
      reapply: () => this.reapply(),
    });
  }

  // @method rerender(): the form again in the current language, keeping its values
  rerender() {
    if (this.active && this.container && this.container.querySelector('#pm-task-edit-form')) {
      this.render(this.collect());
    }
  }

  conflictBox(c) {
    return conflictBox(c, t('taskEdit.conflict', { user: c.who, version: c.current_version }),
      (f, current) => current[f]);
  }

  error(text) {
    this.active.message = text;
    this.container.querySelector('#pm-task-edit-error').textContent = text;
  }

  deadlineError(text) {
    this.active.deadlineError = text;
    const input = this.container.querySelector('#pm-task-edit-deadline_text');
    this.container.querySelector('#pm-task-edit-deadline-error').textContent = text || '';
    if (text) {
      input.setAttribute('aria-invalid', 'true');
    } else {
      input.removeAttribute('aria-invalid');
    }
  }

  async save() {
    const a = this.active;
    const values = this.collect();
    this.deadlineError(null);
    const saved = await saveChanges(this, 'tasks', a.code, taskChanges(a.base, values),
      this.container.querySelector('#pm-task-edit-save'), values);
    if (!saved) {
      return;
    }
    const code = a.code;
    this.active = null;
    this.callbacks.onSaved(code);
  }

  async failed(err, values) {
    const a = this.active;
    const p = err.problem || {};
    if (err.status === 409 && p.current) {
      a.conflict = { ...p, who: await lastSavedBy(this.api, 'task', a.code) };
      a.message = null;
      this.render(values);
      this.container.querySelector('#pm-task-edit-conflict').scrollIntoView({ block: 'nearest' });
      return;
    }
    if (err.status === 400 && p.parameter === 'deadline_text') {
      this.error('');
      this.deadlineError(t('taskEdit.badDeadline', { detail: p.detail || '' }));
      this.container.querySelector('#pm-task-edit-deadline_text').focus();
    } else {
      this.error(failureText(err));
    }
  }

  // Rebases the edit on the version the other person saved: the form's values stay.
  reapply() {
    rebase(this, '#pm-task-edit-save');
  }

  // @method close(): leaves the form without saving
  close() {
    const code = this.active && this.active.code;
    this.active = null;
    this.callbacks.onClose(code);
  }
}
