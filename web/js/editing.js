// Editing from the panel: a place (FeatureEditor), a task (TaskEditor) or a progress report (ReportDialog).
// Only one edit is open at a time, in the panel; showing something else leaves it without saving.

import { reportingAgencies } from './roles.js';
import { lang } from './i18n.js';

export class Editing {
  // @param app  {store, panel, editor, taskEditor, reporter, notices} (main.js's wiring)
  constructor(app) {
    this.app = app;
  }

  // @method active(): boolean — whether a place or a task is being edited in the panel
  active() {
    const { editor, taskEditor } = this.app;
    return Boolean((editor && editor.active) || (taskEditor && taskEditor.active));
  }

  // @method stop(): leaves any edit without saving (the panel is about to show something else)
  stop() {
    const { editor, taskEditor } = this.app;
    if (editor && editor.active) {
      editor.stopDraw();
      editor.active = null;
    }
    if (taskEditor) {
      taskEditor.active = null;
    }
  }

  // @method rerender(): the open edit form in the current language; false when none is open
  rerender() {
    const { editor, taskEditor } = this.app;
    if (editor.active) {
      editor.rerender();
    } else if (taskEditor.active) {
      taskEditor.rerender();
    } else {
      return false;
    }
    return true;
  }

  // @method place(id): opens the place's edit form in the panel
  async place(id) {
    try {
      await this.app.editor.start(id, this.app.panel.body);
    } catch (e) {
      this.app.notices.reportError(e);
    }
  }

  // @method task(code): opens the task's edit form in the panel
  async task(code) {
    try {
      await this.app.taskEditor.start(code, this.app.panel.body);
    } catch (e) {
      this.app.notices.reportError(e);
    }
  }

  // @method report(code): opens the report dialog for the task, for the agencies the user may report for
  report(code) {
    const { catalog, user, realToday } = this.app.store.state;
    const task = catalog.tasks.get(code);
    if (!task) {
      return;
    }
    const agencies = reportingAgencies(user, task).map((id) => {
      const a = catalog.agencies.get(id);
      return { id, name: a ? (lang() === 'en' ? a.name_en || a.name_vi : a.name_vi) : id };
    });
    this.app.reporter.open(task, agencies, realToday);
  }
}
