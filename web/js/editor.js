// The editor's form for one feature, shown in the panel: name, English name, accuracy, the programme's
// sentence, linked tasks, and a redraw of the geometry on the map (draw.js). Save sends only what changed,
// with If-Match; a 409 shows what the other person saved and keeps every value of this form (and the
// redrawn geometry), with a button to rebase on the latest version; a 400 says what is wrong.
// The PATCH body and the pieces shared with the task editor are in edit-form.js.

import { html, redraw } from './html.js';
import { splitCodes } from './text.js';
import { t } from './i18n.js';
import { DrawEditor, toPaths } from './draw.js';
import { TEXT_FIELDS, editChanges, failureText, lastSavedBy, rebase, saveChanges, wireForm } from './edit-form.js';
import { conflictBox } from './edit-conflict.js';

export class FeatureEditor {
  // @param api        {editState, saveEdit, history}
  // @param map        the L.Map the geometry is redrawn on
  // @param callbacks  onSaved(id, {geometry: boolean}), onClose(id), onRedraw(id) (zoom to it)
  constructor(api, map, callbacks) {
    this.api = api;
    this.map = map;
    this.callbacks = callbacks;
    this.active = null;
    this.draw = null;
  }

  // @method start(id, container): loads the editable state and shows the form in the container
  async start(id, container) {
    this.stopDraw();
    const { state, etag } = await this.api.editState('features', id);
    this.active = { id, base: state, etag, geometry: null, conflict: null, message: null };
    this.container = container;
    this.render(this.valuesOf(state));
    container.querySelector('#pm-edit-name').focus();
  }

  valuesOf(state) {
    const v = { tasks: [...(state.tasks || [])] };
    TEXT_FIELDS.forEach((f) => { v[f] = state[f] ?? ''; });
    return v;
  }

  // @method collect(): the form's values
  collect() {
    const form = this.container.querySelector('#pm-edit-form');
    const v = { tasks: splitCodes(form.tasks.value) };
    TEXT_FIELDS.forEach((f) => { v[f] = form[f].value; });
    return v;
  }

  render(values) {
    const a = this.active;
    const input = (f, long = false) => html`<p class="pm-field"><label for="pm-edit-${f}">${t('field.' + f)}</label>
      ${long ? html`<textarea id="pm-edit-${f}" name=${f} rows="3" .value=${values[f]}></textarea>`
        : html`<input id="pm-edit-${f}" name=${f} value=${values[f]}>`}</p>`;
    const editable = Boolean(toPaths(a.base.geometry));
    redraw(this.container, html`
      <h2 id="pm-panel-title" class="pm-title" tabindex="-1">${t('edit.heading')}: ${a.base.name}</h2>
      <form id="pm-edit-form" class="pm-edit-form" novalidate>
        ${input('name')}${input('name_en')}${input('accuracy_vi', true)}${input('accuracy', true)}${input('source_text', true)}
        <p class="pm-field"><label for="pm-edit-tasks">${t('field.tasks')}</label>
          <input id="pm-edit-tasks" name="tasks" value=${values.tasks.join(', ')} spellcheck="false"></p>
        <p>${editable ? html`<button type="button" class="pm-button pm-button-small pm-button-secondary" id="pm-edit-redraw" data-edit="redraw">${t('edit.redraw')}</button>`
          : html`<span class="pm-small pm-muted">${t('edit.pointNoRedraw')}</span>`}</p>
        <p class="pm-small" id="pm-edit-geometry-note" aria-live="polite">${a.geometry ? t('edit.geometryChanged') : ''}</p>
        <div id="pm-edit-conflict">${a.conflict ? this.conflictBox(a.conflict) : ''}</div>
        <p class="pm-form-error" id="pm-edit-error" role="alert">${a.message || ''}</p>
        <p class="pm-dialog-actions">
          <button type="button" class="pm-button pm-button-secondary" data-edit="cancel">${t('edit.cancel')}</button>
          <button type="submit" class="pm-button" id="pm-edit-save">${t('edit.save')}</button></p>
      </form>`);
    wireForm(this.container.querySelector('#pm-edit-form'), () => this.save(), {
      redraw: () => this.redraw(),
      cancel: () => this.close(),
      reapply: () => this.reapply(),
    });
  }

  // @method rerender(): the form again in the current language, keeping its values
  rerender() {
    if (this.active && this.container && this.container.querySelector('#pm-edit-form')) {
      this.render(this.collect());
    }
  }

  redraw() {
    this.stopDraw();
    const a = this.active;
    this.callbacks.onRedraw(a.id);
    this.draw = new DrawEditor(this.map, a.geometry || a.base.geometry, {
      labels: { save: t('edit.save'), cancel: t('edit.cancel'), hint: t('edit.drawHint'), tooFew: t('edit.tooFew') },
      onChange: (g) => {
        a.geometry = g;
        this.container.querySelector('#pm-edit-geometry-note').textContent = t('edit.geometryChanged');
      },
      onSave: (g) => {
        if (this.draw.changed) {
          a.geometry = g;
        }
        this.save();
      },
      onCancel: () => {
        a.geometry = null;
        this.stopDraw();
        this.container.querySelector('#pm-edit-geometry-note').textContent = '';
      },
    });
  }

  stopDraw() {
    if (this.draw) {
      this.draw.stop();
      this.draw = null;
    }
  }

  error(text) {
    this.active.message = text;
    this.container.querySelector('#pm-edit-error').textContent = text;
    if (this.draw) {
      this.draw.message(text);
    }
  }

  async save() {
    const a = this.active;
    const values = this.collect();
    const saved = await saveChanges(this, 'features', a.id, editChanges(a.base, values, a.geometry),
      this.container.querySelector('#pm-edit-save'), values);
    if (!saved) {
      return;
    }
    this.stopDraw();
    const id = a.id;
    this.active = null;
    this.callbacks.onSaved(id, { geometry: Boolean(a.geometry) });
  }

  async failed(err, values) {
    const a = this.active;
    const p = err.problem || {};
    if (err.status === 409 && p.current) {
      const who = await lastSavedBy(this.api, 'feature', a.id);
      a.conflict = { ...p, who };
      a.message = null;
      this.render(values);
      this.container.querySelector('#pm-edit-conflict').scrollIntoView({ block: 'nearest' });
      if (this.draw) {
        this.draw.message(t('edit.conflict', { user: who, version: p.current_version }));
      }
      return;
    }
    if (err.status === 400 && p.parameter === 'geometry') {
      this.error(t('edit.invalidGeometry', { detail: p.detail }));
    } else {
      this.error(failureText(err));
    }
  }

  conflictBox(c) {
    return conflictBox(c, t('edit.conflict', { user: c.who, version: c.current_version }), (f, current) =>
      (f === 'geometry' ? t('history.geometry') : f === 'tasks' ? (current.tasks || []).join(', ') : current[f]));
  }

  // Rebases the edit on the version the other person saved: the form's values and the redrawn geometry stay.
  reapply() {
    rebase(this, '#pm-edit-save');
  }

  // @method close(): leaves the form without saving
  close() {
    this.stopDraw();
    const id = this.active && this.active.id;
    this.active = null;
    this.callbacks.onClose(id);
  }
}
