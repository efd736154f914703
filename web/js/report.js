// The "report progress" dialog of a reporter: status, date (today by default), a short text, the
// document's reference, the agency when the reporter has several, and attachments (PDF/PNG/JPEG, ≤ 5 MB,
// checked by their first bytes too, sizes shown, bad files named before anything is sent). A file the server
// refuses is named in the interface's words and the form stays usable: choose another file and send again (the
// report is not filed twice). After success main.js reloads the data.

import { html, render, redraw } from './html.js';
import { fileSizeText } from './numbers.js';
import { t, lang } from './i18n.js';
import { fileProblem, problemText, refusalText } from './attachments.js';
import { reportStatuses, attachmentAccept } from './terms.js';

export class ReportDialog {
  // @param dialog    the <dialog> element
  // @param api       {fileReport(code, report), attach(reportId, file)}
  // @param onDone    (code) → void after a report was filed
  constructor(dialog, api, onDone) {
    this.dialog = dialog;
    this.api = api;
    this.onDone = onDone;
    this.files = [];
    this.checks = [];
    dialog.addEventListener('submit', (e) => this.onSubmit(e));
    dialog.addEventListener('change', (e) => {
      if (e.target.name === 'files') {
        this.choose([...e.target.files]);
      }
    });
    dialog.addEventListener('click', (e) => {
      if (e.target.closest('[data-action="cancel"]')) {
        dialog.close();
      }
    });
  }

  // @method open(task, agencies: [{id, name}], today: 'yyyy-mm-dd')
  open(task, agencies, today) {
    this.task = task;
    this.files = [];
    this.checks = [];
    this.report = null;
    const chosen = !task.progress || task.progress === 'not_reported' ? 'in_progress' : task.progress;
    const agencyField = agencies.length > 1
      ? html`<p class="pm-field"><label for="pm-report-agency">${t('report.agency')}</label>
          <select id="pm-report-agency" name="agency">${agencies.map((a) => html`<option value=${a.id}>${a.name}</option>`)}</select></p>`
      : html`<input type="hidden" name="agency" value=${agencies[0] ? agencies[0].id : ''}>
         <p class="pm-small pm-muted">${t('report.agency')}: ${agencies[0] ? agencies[0].name : ''}</p>`;
    redraw(this.dialog, html`
      <form class="pm-dialog-inner" id="pm-report-form" novalidate>
        <h2 class="pm-h2" id="pm-report-title">${t('report.heading', { code: task.code })}</h2>
        <p class="pm-small pm-clamp-2" lang="vi">${task.content}</p>
        ${agencyField}
        <p class="pm-field"><label for="pm-report-status">${t('report.status')}</label>
          <select id="pm-report-status" name="status">${reportStatuses().map((s) => html`<option value=${s} ?selected=${s === chosen}>${t('status.' + s)}</option>`)}</select></p>
        <p class="pm-field"><label for="pm-report-date">${t('report.date')}</label>
          <input id="pm-report-date" name="report_date" type="date" value=${today} min="2021-01-01" max=${today} required></p>
        <p class="pm-field"><label for="pm-report-text">${t('report.text')}</label>
          <textarea id="pm-report-text" name="text" rows="3" maxlength="4000"></textarea></p>
        <p class="pm-field"><label for="pm-report-doc">${t('report.docRef')}</label>
          <input id="pm-report-doc" name="document_ref" maxlength="300" placeholder=${t('report.docRefHint')}></p>
        <p class="pm-field"><label for="pm-report-files">${t('report.files')}</label>
          <input id="pm-report-files" name="files" type="file" multiple accept=${attachmentAccept()}></p>
        <ul class="pm-file-list" id="pm-report-file-list"></ul>
        <p class="pm-form-error" id="pm-report-error" role="alert"></p>
        <p class="pm-dialog-actions">
          <button type="button" class="pm-button pm-button-secondary" data-action="cancel">${t('report.cancel')}</button>
          <button type="submit" class="pm-button" id="pm-report-submit">${t('report.submit')}</button></p>
      </form>`);
    this.dialog.showModal();
    this.dialog.querySelector('#pm-report-status').focus();
  }

  // Checks the chosen files (type, size, first bytes) and lists them; the checks are kept for sending.
  async choose(files) {
    this.files = files;
    this.pending = Promise.all(files.map(fileProblem));
    const checks = await this.pending;
    if (this.files === files) {
      this.checks = checks;
      this.renderFiles();
    }
  }

  problems() {
    return this.files.map((f, i) => (this.checks[i] ? problemText(this.checks[i], f) : null)).filter(Boolean);
  }

  renderFiles() {
    const list = this.dialog.querySelector('#pm-report-file-list');
    render(this.files.map((f, i) => html`<li class=${this.checks[i] ? 'pm-file-bad' : ''}>${f.name} <span class="pm-muted">(${
      fileSizeText(f.size, lang())})</span></li>`), list);
    this.dialog.querySelector('#pm-report-error').textContent = this.problems().join(' · ');
  }

  async onSubmit(e) {
    e.preventDefault();
    const form = e.target;
    const error = form.querySelector('#pm-report-error');
    await this.pending;
    const problems = this.problems();
    if (problems.length) {
      error.textContent = problems.join(' · ');
      return;
    }
    const submit = form.querySelector('#pm-report-submit');
    submit.disabled = true;
    submit.textContent = t('report.sending');
    error.textContent = '';
    const body = {
      status: form.status.value,
      report_date: form.report_date.value,
      text: form.text.value.trim(),
      document_ref: form.document_ref.value.trim() || null,
    };
    if (form.agency && form.agency.value) {
      body.agency = form.agency.value;
    }
    if (!this.report) {
      try {
        this.report = await this.api.fileReport(this.task.code, body);
      } catch (err) {
        error.textContent = t('report.error', { detail: (err.problem && err.problem.detail) || err.message });
        submit.disabled = false;
        submit.textContent = t('report.submit');
        return;
      }
    }
    const failed = [];
    for (const file of this.files) {
      try {
        await this.api.attach(this.report.id, file);
      } catch (err) {
        failed.push(t('report.attachError', { name: file.name, detail: refusalText(err, file.name) }));
      }
    }
    if (failed.length) {
      // the report is saved: the form now only sends files (choose others and press send, or close it)
      this.files = [];
      this.checks = [];
      this.renderFiles();
      error.textContent = failed.join(' · ');
      submit.disabled = false;
      submit.textContent = t('report.sendFiles');
      form.querySelector('#pm-report-files').value = '';
      this.onDone(this.task.code, failed);
      return;
    }
    this.dialog.close();
    this.onDone(this.task.code, []);
  }
}
