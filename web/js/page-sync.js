// Keeps the views in step with the store: after a history step (back/forward, or the first load), after a
// language switch, a sign-in, a new as-of day and a data reload. What follows one key of the store alone
// subscribes to it where it is drawn (drawer.js, asof.js, notices.js); this module holds the steps that
// span several views and must run in order (the map's layers before its selection, the selection before
// the zoom).

import * as i18n from './i18n.js';
import { t } from './i18n.js';
import { canReview } from './roles.js';
import { may } from './terms.js';
import { urlState } from './store.js';
import { dimmedMatches } from './task-filter.js';

export class PageSync {
  // @param app  main.js's wiring: {store, api, history, planMap, measure, data, notices, drawer, asOf,
  //             layersTab, tasksView, panel, selection, editing, search, session, scansView, agencyView,
  //             progressView, importer}
  constructor(app) {
    this.app = app;
  }

  // @method follow(): subscribes to the store's keys whose changes span several views (after the first
  // render, so the first load draws each view once)
  follow() {
    const { store, history } = this.app;
    store.subscribe(['lang'], () => this.relang());
    store.subscribe(['asOf'], () => this.app.data.reload().then(() => this.reloaded()).catch((e) => this.app.notices.reportError(e)));
    store.subscribe(['asOf', 'user'], () => this.showImport());
    store.subscribe(['agency', 'asOf', 'user', 'lang', 'dataVersion'], () => this.renderAgencyTab());
    store.subscribe(['user'], (state) => {
      document.getElementById('pm-review').hidden = !canReview(state.user);
    });
    history.onPop((next) => this.apply(next));
  }

  // @method apply(next, {initial}): makes the page show a state of the URL (share.js's decode)
  apply(next, { initial = false } = {}) {
    const { store, planMap, layersTab, drawer, selection, search } = this.app;
    const langChanged = initial || next.lang !== store.state.lang;
    store.set(urlState(next));
    if (initial) {
      this.app.asOf.render();
      this.renderAgencyTab();
      this.applyTexts();
    }
    layersTab.showLayers();
    layersTab.render();
    drawer.setTab(store.state.tab, false);
    this.applyFilter();
    if (langChanged) {
      search.refresh();
    }
    selection.select(store.state.sel, { push: false, zoom: false });
    const { view, sel } = store.state;
    if (view) {
      planMap.setView(view);
      if (sel && planMap.tooClose(selection.featureIds(), selection.fitPadding())) {
        selection.zoom(); // a link never opens a place closer than its accuracy allows
      }
    } else if (sel) {
      selection.zoom();
    } else if (initial && store.state.catalog.bbox) {
      planMap.fit(store.state.catalog.bbox, selection.fitPadding());
    }
  }

  // @method setFilter(filter, dim): a new task filter (a history step)
  setFilter(filter, dim) {
    const { store, history } = this.app;
    store.set({ filter: { ...filter }, dim });
    this.applyFilter();
    history.push(store.state);
  }

  // @method applyFilter(): the tasks list and the map's dimming follow the store's filter
  applyFilter() {
    const { store, tasksView, planMap, selection } = this.app;
    tasksView.set(store.state.filter, store.state.dim, selection.selectedTask());
    planMap.dim(dimmedMatches(store.state));
  }

  applyTexts() {
    const { lang } = this.app.store.state;
    i18n.apply(document);
    document.title = t('app.title');
    document.getElementById('pm-lang').lang = lang === 'en' ? 'vi' : 'en';
  }

  // the language changed: every view again in it
  relang() {
    const { planMap, data, layersTab, tasksView, editing, panel, search, measure, progressView, session, notices } = this.app;
    this.applyTexts();
    planMap.relabelBadges((f) => data.status(f));
    layersTab.render();
    tasksView.render();
    if (!editing.rerender()) {
      panel.refresh();
    }
    search.refresh();
    measure.relabel();
    progressView.refresh().catch((e) => notices.reportError(e));
    session.render();
  }

  // @method reloaded(): after a data reload, every view with the new data; then dataVersion + 1
  reloaded() {
    const { store, tasksView, editing, panel, planMap, selection, progressView, notices } = this.app;
    const { programme } = store.state;
    tasksView.tasks = programme.tasks;
    tasksView.today = programme.today;
    this.applyFilter();
    if (!editing.active()) {
      panel.refresh();
    }
    planMap.select(store.state.sel ? selection.featureIds() : []);
    progressView.refresh().catch((e) => notices.reportError(e));
    store.set({ dataVersion: store.state.dataVersion + 1 });
  }

  // @method reload(): fetches the data again and redraws (after a report, an edit, an import)
  reload() {
    return this.app.data.reload().then(() => this.reloaded());
  }

  // @method signedIn(user): after a sign-in or a sign-out
  signedIn() {
    const { editing, panel, scansView } = this.app;
    editing.stop();
    panel.refresh();
    scansView.render();
  }

  // the import button is for editors, on today's map
  showImport() {
    const { store, importer } = this.app;
    const button = document.getElementById('pm-import');
    button.hidden = !may(store.state.user, 'import') || Boolean(store.state.asOf);
    if (button.hidden && importer.isOpen()) {
      importer.close();
    }
  }

  renderAgencyTab() {
    const { store, agencyView } = this.app;
    const mine = store.state.user.agencies || [];
    agencyView.set(store.state.agencies, mine, store.state.agency || mine[0] || '');
  }
}
