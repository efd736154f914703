// The panel's activity slots: a task's progress reports and the history of a task or a place, fetched
// once the panel shows it and drawn as of the as-of day (rows after it are not shown).

import { html, redraw } from './html.js';
import { onOrBefore } from './dates.js';
import { t } from './i18n.js';
import { reports as reportCards, history } from './activity.js';

export class PanelActivity {
  // @param store    the app's store (asOf, user)
  // @param api      api.js (history, reports, historyPath)
  // @param panel    the Panel (its current selection)
  // @param actions  AttachmentActions (adding and removing a report's files)
  constructor(store, api, panel, actions) {
    this.store = store;
    this.api = api;
    this.panel = panel;
    this.actions = actions;
  }

  // @method fill(sel, body): fills body's [data-slot="history"] and [data-slot="reports"] for sel
  async fill(sel, body) {
    const { asOf } = this.store.state;
    const visible = (at) => !asOf || onOrBefore(at, asOf);
    const entity = sel.type === 'feature' ? 'feature' : sel.type === 'task' ? 'task' : null;
    if (!entity) {
      return;
    }
    const { api } = this;
    const historySlot = body.querySelector('[data-slot="history"]');
    const reportsSlot = body.querySelector('[data-slot="reports"]');
    const [rows, reports] = await Promise.all([
      api.history(entity, sel.id).then((r) => r.history).catch(() => null),
      reportsSlot ? api.reports(sel.id).then((r) => r.reports).catch(() => null) : null,
    ]);
    if (this.panel.current !== sel || !body.contains(historySlot)) {
      return; // the panel moved on meanwhile
    }
    const failed = html`<p class="pm-form-error">${t('history.loadError')}</p>`;
    redraw(historySlot, rows === null ? failed
      : history(rows.filter((h) => visible(h.at)), api.historyPath(entity, sel.id, 'csv')));
    historySlot.dataset.loaded = 'true';
    if (reportsSlot) {
      const { user } = this.store.state;
      redraw(reportsSlot, reports === null ? failed
        : reportCards(reports.filter((r) => visible(r.filed_at)), { userId: this.store.state.asOf ? null : user.id }));
      if (!reportsSlot.dataset.bound) {
        this.actions.bind(reportsSlot);
        reportsSlot.dataset.bound = 'true';
      }
      reportsSlot.dataset.loaded = 'true';
    }
  }
}
