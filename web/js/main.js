// The composition root: builds the store, the map and the views, connects them, and loads the data. The
// app's state is the store's (store.js); the URL's part of it is kept in the hash (share.js). What spans
// several views runs in page-sync.js; each view draws itself from the store.

import * as api from './api.js';
import * as i18n from './i18n.js';
import { t, pick } from './i18n.js';
import { store } from './store.js';
import { History } from './share.js';
import { PlanMap } from './map.js';
import { patternDefs } from './styles.js';
import { render, svgMarkup } from './html.js';
import { showConnectionNote } from './connection.js';
import { installHooks } from './test-hooks.js';
import { AppData } from './data.js';
import { Notices } from './notices.js';
import { Drawer } from './drawer.js';
import { AsOfControl } from './asof.js';
import { Selection } from './selection.js';
import { Editing } from './editing.js';
import { PageSync } from './page-sync.js';
import { LayersTab } from './layers-tab.js';
import { PanelActivity } from './panel-activity.js';
import { exportContext, visibleLayers } from './task-filter.js';
import { Panel } from './panel.js';
import { SearchBox } from './search.js';
import { TasksView } from './tasks.js';
import { ExportDialog } from './export.js';
import { Session } from './session.js';
import { reportingAgencies, canEdit } from './roles.js';
import { clientTerms } from './terms.js';
import { ReportDialog } from './report.js';
import { FeatureEditor } from './editor.js';
import { TaskEditor } from './task-editor.js';
import { AgencyView } from './agency.js';
import { ImportDialog } from './import.js';
import { PlaceLabels } from './labels.js';
import { CursorReadout } from './cursor.js';
import { MeasureTool } from './measure.js';
import { ScansView } from './scans.js';
import { ReviewQueue } from './review.js';
import { AttachmentActions } from './attachments.js';
import { AnnualDialog } from './annual.js';
import { PrintView } from './print.js';
import { ProgressView } from './progress.js';

const $ = (sel) => document.querySelector(sel);
const history = new History(window);
store.set(history.current());

const app = { store, api, history };
app.notices = new Notices(store);
const { notices } = app;
const reportError = (e) => notices.reportError(e);
const select = (sel, options) => app.selection.select(sel, options);
const selectTask = (code) => select({ type: 'task', id: code }, { zoom: true });
const reload = () => app.sync.reload();

i18n.apply(document);
document.title = t('app.title');
render(svgMarkup(patternDefs()), $('#pm-defs'));
showConnectionNote($('#pm-insecure'));

app.planMap = new PlanMap($('#map'), {
  onSelect: (id) => select({ type: 'feature', id }, { zoom: false, keep: true }),
  onBackground: () => {
    if (store.state.sel && !app.editing.active() && !app.measure.active) {
      select(null);
    }
  },
  onMove: (view) => {
    if (store.state.ready) {
      store.set({ view });
      history.replace(store.state);
    }
  },
  onBasemap: (status) => notices.basemap(status),
  nameOf: (feature) => pick(feature.properties.name, feature.properties.name_en),
});
const { planMap } = app;
installHooks(window, store, planMap);
new PlaceLabels(planMap);
new CursorReadout(planMap.map, api);
app.measure = new MeasureTool(planMap.map);
app.data = new AppData(store, api, planMap);
app.drawer = new Drawer(store, history);
app.asOf = new AsOfControl(store, history);
app.selection = new Selection(app);
app.editing = new Editing(app);
app.sync = new PageSync(app);

// The views that need the programme and the layers, once they are loaded.
function build() {
  const { editing, sync } = app;
  const canEditNow = () => !store.state.asOf && canEdit(store.state.user);
  const visible = (id) => planMap.isLayerVisible(id);
  const context = () => exportContext(store.state, visible);
  app.panel = new Panel($('#pm-panel'), store, {
    onClose: () => select(null),
    onZoom: () => app.selection.zoom(),
    onSelect: (sel) => select(sel, { zoom: true }),
    onFilterAgency: (id) => {
      sync.setFilter({ lead: id, window: '', section: '' }, store.state.dim);
      app.drawer.setTab('tasks');
    },
    onEdit: (id) => editing.place(id),
    onEditTask: (code) => editing.task(code),
    onReport: (code) => editing.report(code),
    onShown: (sel, body) => {
      app.activity.fill(sel, body);
      app.scansView.fillPanel(sel, body).catch(reportError);
    },
    can: () => ({
      edit: canEditNow(),
      report: (task) => !store.state.asOf && reportingAgencies(store.state.user, task).length > 0,
      asOf: Boolean(store.state.asOf),
      signedIn: app.session.signedIn(),
    }),
  });
  app.session = new Session($('#pm-account'), $('#pm-login-dialog'), store, api, () => sync.signedIn());
  app.reporter = new ReportDialog($('#pm-report-dialog'), api, (code) => {
    notices.toast(t('report.sent', { code }));
    reload().catch(reportError);
  });
  app.reviewQueue = new ReviewQueue($('#pm-review-dialog'), api, (r) => {
    notices.toast(t('review.saved', { code: r.task }));
    reload().catch(reportError);
  });
  const attachments = new AttachmentActions(api, () => app.activity.fill(app.panel.current, app.panel.body));
  app.activity = new PanelActivity(store, api, app.panel, attachments);
  const annual = new AnnualDialog($('#pm-annual-dialog'), api);
  app.editor = new FeatureEditor(api, planMap.map, {
    onSaved: (id, saved) => {
      notices.toast(t('edit.saved'));
      app.scansView.traced(id, saved.geometry).then(reload).then(() => select({ type: 'feature', id }, { push: false }))
        .catch(reportError);
    },
    onClose: () => store.state.sel && select(store.state.sel, { push: false }),
    onRedraw: () => app.selection.zoom(),
  });
  app.taskEditor = new TaskEditor(api, {
    onSaved: (code) => {
      notices.toast(t('edit.saved'));
      reload().then(() => select({ type: 'task', id: code }, { push: false })).catch(reportError);
    },
    onClose: () => store.state.sel && select(store.state.sel, { push: false }),
  });
  app.scansView = new ScansView(api, planMap.map, $('.pm-map-wrap'), {
    canEdit: canEditNow, toast: (m) => notices.toast(m), error: reportError });
  app.scansView.load().catch(reportError);
  app.layersTab = new LayersTab($('#pm-tabpanel-layers'), store, history, planMap, app.scansView);
  app.agencyView = new AgencyView($('#pm-tabpanel-agency'), api, {
    onSelectTask: selectTask,
    onPick: (id) => {
      store.set({ agency: id });
      history.push(store.state);
    },
    onPrint: (data) => app.printView.openAgency(data),
  });
  const { programme, agencies } = store.state;
  app.tasksView = new TasksView($('#pm-tabpanel-tasks'), { ...programme, agencies }, {
    onSelect: selectTask,
    onFilter: (filter, dim) => sync.setFilter(filter, dim),
  });
  app.search = new SearchBox($('#pm-search-input'), $('#pm-search-list'), api.search, (result) => {
    if (result.kind === 'feature' || result.kind === 'task' || result.kind === 'agency') {
      select({ type: result.kind, id: result.id }, { zoom: true, bbox: result.bbox, focus: true });
    }
  });
  const exporter = new ExportDialog($('#pm-export-dialog'), api, context);
  app.importer = new ImportDialog($('#pm-import-panel'), api, planMap.map,
    () => ({ layers: store.state.catalog.order.map((id) => store.state.catalog.layers.get(id)) }), (applied) => {
      notices.toast(t('import.applied', { count: applied.places.length }));
      reload().then(() => select({ type: 'feature', id: applied.places[0].id }, { zoom: true })).catch(reportError);
    });
  app.printView = new PrintView($('#pm-print-dialog'), planMap, () => {
    const s = store.state;
    return { ...context(), legendLayers: visibleLayers(s, visible), tasks: s.programme.tasks, agencies: s.catalog.agencies,
      features: s.catalog.features, day: s.asOf || s.programme.today, asOf: Boolean(s.asOf),
      panelBody: s.sel && !editing.active() ? app.panel.body : null };
  });
  app.progressView = new ProgressView($('#pm-progress'),
    () => ({ tasks: store.state.programme.tasks, today: store.state.programme.today, asOf: store.state.asOf }),
    api, { onSelectTask: selectTask });
  $('#pm-import').addEventListener('click', () => { select(null); app.importer.open(); });
  $('#pm-print').addEventListener('click', () => app.printView.open());
  $('#pm-progress-open').addEventListener('click', () => app.progressView.show());
  $('#pm-lang').addEventListener('click', () => {
    store.set({ lang: store.state.lang === 'en' ? 'vi' : 'en' });
    history.push(store.state);
  });
  $('#pm-share').addEventListener('click', () => notices.share());
  $('#pm-export').addEventListener('click', () => exporter.open());
  $('#pm-review').addEventListener('click', () => app.reviewQueue.open().catch(reportError));
  $('#pm-annual').addEventListener('click', () => annual.open(store.state.realToday, canEdit(store.state.user),
    store.state.agencies.map((a) => ({ id: a.id, name: i18n.lang() === 'en' ? a.name_en || a.name_vi : a.name_vi })))
    .catch(reportError));
  window.addEventListener('resize', () => planMap.invalidate());
}

async function load() {
  const config = await api.config(); // the API's terms come first: every view offers what they declare
  store.set({ terms: clientTerms(config) });
  planMap.basemap(config.tileUrl, config.tileAttribution);
  await app.data.load();
  build();
  await app.session.init();
  app.sync.showImport();
  app.sync.apply(store.state, { initial: true });
  app.sync.follow();
  store.set({ ready: true, readyAt: performance.now() });
  $('#pm-status').hidden = true;
}

load().catch((e) => {
  store.set({ error: e.message });
  const status = $('#pm-status');
  status.hidden = false;
  status.textContent = t('app.loadError');
  status.classList.add('pm-map-status-error');
  console.error('planmap could not load:', e);
});
