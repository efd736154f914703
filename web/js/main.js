// Wiring: loads the catalog, the layers and the programme, builds the map, the drawer (layers and
// legend, tasks, agencies), the panel, the search box, the export dialog, signing in, reporting and
// editing, and keeps all of them in step with one state object that lives in the URL hash (share.js).
// reloadData() fetches the layers and tasks again (after a report, an edit, a new as-of day) without
// reloading the page.

import * as api from './api.js';
import { escapeHtml, formatDate, isIsoDay, onOrBefore } from './format.js';
import * as i18n from './i18n.js';
import { t, pick } from './i18n.js';
import { PlanMap } from './map.js';
import { Panel } from './panel.js';
import { SearchBox } from './search.js';
import { History, defaultState } from './share.js';
import { patternDefs, swatch, shapeOf, badgeHtml, haloSwatch, dimSwatch } from './styles.js';
import { TasksView, matchingTasks, featureMatches, isFilterActive, timelinessLegendHtml } from './tasks.js';
import { ExportDialog } from './export.js';
import { groupCollections, groupItems } from './layer-groups.js';
import { Session, reportingAgencies, canEdit } from './session.js';
import { ReportDialog } from './report.js';
import { FeatureEditor } from './editor.js';
import { TaskEditor } from './task-editor.js';
import { AgencyView } from './agency.js';
import { ImportDialog } from './import.js';
import { reportsHtml, historyHtml } from './activity.js';
import { PlaceLabels } from './labels.js';
import { CursorReadout } from './cursor.js';
import { MeasureTool } from './measure.js';
import { ScansView } from './scans.js';
import { ReviewQueue } from './review.js';
import { AttachmentActions } from './attachments.js';
import { AnnualDialog } from './annual.js';
import { PrintView } from './print.js';
import { ProgressView } from './progress.js';
import { showConnectionNote } from './connection.js';
import { legendHtml as accuracyLegendHtml } from './accuracy.js';

const $ = (sel) => document.querySelector(sel);
const PHONE = window.matchMedia('(max-width: 720px)');
// Below this width the drawer slides over the map (planmap.css), so choosing something closes it.
const NARROW = window.matchMedia('(max-width: 1100px)');

const history = new History(window);
let state = history.current();
let ready = false;
const hook = { ready: false, readyAt: null, error: null };
window.planmap = hook;

i18n.setLang(state.lang);
i18n.apply(document);
document.title = t('app.title');
$('#pm-defs').innerHTML = patternDefs();
showConnectionNote($('#pm-insecure'));

const catalog = { layers: new Map(), tasks: new Map(), agencies: new Map(), features: new Map(), order: [], bbox: null };
let programme = null;
let tasksView = null;
let panel = null;
let search = null;
let exporter = null;
let session = null;
let reporter = null;
let reviewQueue = null;
let attachmentActions = null;
let annualDialog = null;
let editor = null;
let taskEditor = null;
let agencyView = null;
let importer = null;
let scansView = null;
let printView = null;
let progressView = null;
let agencyList = [];
let realToday = null;
hook.dataVersion = 0;
api.setAsOf(state.asOf);

const planMap = new PlanMap($('#map'), {
  onSelect: (id) => select({ type: 'feature', id }, { zoom: false, keep: true }),
  onBackground: () => {
    if (state.sel && !editing() && !measure.active) {
      select(null);
    }
  },
  onMove: (view) => {
    if (ready) {
      state.view = view;
      history.replace(state);
    }
  },
  onBasemap: (status) => showBasemapNote(status),
  nameOf: (feature) => pick(feature.properties.name, feature.properties.name_en),
});

new PlaceLabels(planMap);
new CursorReadout(planMap.map, api);
const measure = new MeasureTool(planMap.map);

function showBasemapNote(status) {
  const note = $('#pm-basemap-note');
  note.dataset.status = status;
  note.hidden = status === 'ok';
  note.textContent = status === 'none' ? t('basemap.none') : t('basemap.unavailable');
  note.lang = i18n.lang();
  if (status === 'error') {
    // Both languages at once: the note must be understood whatever the switch says.
    note.textContent = 'Bản đồ nền không tải được / Basemap unavailable';
  }
}

// ------------------------------------------------------------------ loading

async function load() {
  const configP = api.config();
  const tasksP = api.tasks();
  const agenciesP = api.agencies();
  // the real today (for the date control's maximum and the report form's default), asked without as_of
  api.setAsOf(null);
  const todayP = state.asOf ? api.tasks() : null;
  api.setAsOf(state.asOf);
  const collections = groupCollections((await api.collections()).collections);
  const itemsP = Promise.all(collections.map((c) => groupItems(api.items, c)));
  configP.then((cfg) => planMap.basemap(cfg.tileUrl, cfg.tileAttribution)).catch(() => showBasemapNote('error'));
  const [layerItems, tasksBody, agenciesBody, todayBody] = await Promise.all([itemsP, tasksP, agenciesP, todayP]);
  programme = tasksBody;
  realToday = todayBody ? todayBody.today : tasksBody.today;
  tasksBody.tasks.forEach((task) => catalog.tasks.set(task.code, task));
  agenciesBody.agencies.forEach((a) => catalog.agencies.set(a.id, a));
  agencyList = agenciesBody.agencies;
  collections.forEach((c, i) => {
    c.members.forEach((m) => catalog.layers.set(m.id, c));
    catalog.order.push(c.id);
    const fc = layerItems[i];
    fc.features.forEach((f) => catalog.features.set(String(f.id ?? f.properties.id), f));
    planMap.addLayer(c.id, i, fc, (f) => featureStatus(f));
    c.loaded = fc.features.length;
    c.shapes = shapesByKind(fc.features);
    const box = c.extent && c.extent.spatial && c.extent.spatial.bbox && c.extent.spatial.bbox[0];
    if (box && box.length === 4 && fc.features.length) {
      catalog.bbox = catalog.bbox ? [Math.min(catalog.bbox[0], box[0]), Math.min(catalog.bbox[1], box[1]),
        Math.max(catalog.bbox[2], box[2]), Math.max(catalog.bbox[3], box[3])] : [...box];
    }
  });
  build(agenciesBody.agencies);
  await session.init();
  showImport();
  applyState(state, { initial: true });
  ready = true;
  hook.ready = true;
  hook.readyAt = performance.now();
  $('#pm-status').hidden = true;
}

function shapesByKind(features) {
  const shapes = new Map();
  for (const f of features) {
    const kind = f.properties.kind;
    if (!shapes.has(kind)) {
      shapes.set(kind, new Set());
    }
    if (f.geometry) {
      shapes.get(kind).add(shapeOf(f.geometry.type));
    }
  }
  return shapes;
}

// @function reloadData(): fetches the layers and the tasks again (as of the as-of day, if any) and redraws
// the map, the task list, the panel and the agency tab with them.
async function reloadData() {
  const [layerItems, tasksBody] = await Promise.all([
    Promise.all(catalog.order.map((id) => groupItems(api.items, catalog.layers.get(id)))), api.tasks()]);
  programme = tasksBody;
  catalog.tasks.clear();
  tasksBody.tasks.forEach((task) => catalog.tasks.set(task.code, task));
  catalog.features.clear();
  catalog.order.forEach((id, i) => {
    const fc = layerItems[i];
    fc.features.forEach((f) => catalog.features.set(String(f.id ?? f.properties.id), f));
    planMap.replaceLayer(id, fc, (f) => featureStatus(f));
  });
  tasksView.tasks = tasksBody.tasks;
  tasksView.today = tasksBody.today;
  tasksView.set(state.filter, state.dim, state.sel && state.sel.type === 'task' ? state.sel.id : null);
  applyFilterToMap();
  if (!editing()) {
    panel.refresh();
  }
  planMap.select(state.sel ? selectionFeatureIds(state.sel) : []);
  renderAgencyTab();
  progressView.refresh().catch(reportError);
  hook.dataVersion += 1;
}

// What the badges say of a feature: stalled (its kind), and the worst overdue task.
function featureStatus(feature) {
  const p = feature.properties;
  const overdue = (p.tasks || []).filter((ft) => ft.timeliness === 'overdue').map((ft) => catalog.tasks.get(ft.code))
    .filter(Boolean);
  const overdueDays = overdue.length ? Math.min(...overdue.map((task) => -(task.days_overdue ?? 0))) : null;
  const words = [];
  if (p.kind === 'stalled-project') {
    words.push(t('badge.stalled'));
  }
  if (overdueDays !== null) {
    words.push(`${t('badge.overdue')}: ${overdue.map((task) => task.code).join(', ')}`);
  }
  // A stalled point is drawn as the stalled symbol itself: no second ⏸ beside it.
  const stalledPoint = feature.geometry && shapeOf(feature.geometry.type) === 'point';
  return { stalled: p.kind === 'stalled-project' && !stalledPoint, overdueDays, title: words.join(' · ') };
}

function build(agencies) {
  panel = new Panel($('#pm-panel'), catalog, {
    onClose: () => select(null),
    onZoom: () => zoomToSelection(),
    onSelect: (sel) => select(sel, { zoom: true }),
    onFilterAgency: (id) => {
      setFilter({ lead: id, window: '', section: '' }, state.dim);
      setTab('tasks');
    },
    onEdit: (id) => startEdit(id),
    onEditTask: (code) => startTaskEdit(code),
    onReport: (code) => openReport(code),
    onShown: (sel, body) => {
      fillActivity(sel, body);
      scansView.fillPanel(sel, body).catch(reportError);
    },
    can: () => ({
      edit: !state.asOf && canEdit(session.user),
      report: (task) => !state.asOf && reportingAgencies(session.user, task).length > 0,
      asOf: Boolean(state.asOf),
      signedIn: session.signedIn(),
    }),
  });
  session = new Session($('#pm-account'), $('#pm-login-dialog'), api, (user) => onSignIn(user));
  reporter = new ReportDialog($('#pm-report-dialog'), api, (code, failures) => {
    toast(t('report.sent', { code }));
    reloadData().catch(reportError);
  });
  reviewQueue = new ReviewQueue($('#pm-review-dialog'), api, (r) => {
    toast(t('review.saved', { code: r.task }));
    reloadData().catch(reportError);
  });
  attachmentActions = new AttachmentActions(api, () => fillActivity(panel.current, panel.body));
  annualDialog = new AnnualDialog($('#pm-annual-dialog'), api);
  editor = new FeatureEditor(api, planMap.map, {
    onSaved: (id, saved) => {
      toast(t('edit.saved'));
      scansView.traced(id, saved.geometry).then(reloadData).then(() => select({ type: 'feature', id }, { push: false }))
        .catch(reportError);
    },
    onClose: (id) => {
      if (state.sel) {
        select(state.sel, { push: false });
      }
    },
    onRedraw: () => zoomToSelection(),
  });
  taskEditor = new TaskEditor(api, {
    onSaved: (code) => {
      toast(t('edit.saved'));
      reloadData().then(() => select({ type: 'task', id: code }, { push: false })).catch(reportError);
    },
    onClose: () => {
      if (state.sel) {
        select(state.sel, { push: false });
      }
    },
  });
  scansView = new ScansView(api, planMap.map, $('.pm-map-wrap'), {
    canEdit: () => !state.asOf && canEdit(session.user), toast, error: reportError });
  scansView.load().catch(reportError);
  agencyView = new AgencyView($('#pm-tabpanel-agency'), api, {
    onSelectTask: (code) => select({ type: 'task', id: code }, { zoom: true }),
    onPick: (id) => {
      state.agency = id;
      history.push(state);
      renderAgencyTab();
    },
    onPrint: (data) => printView.openAgency(data),
  });
  $('#pm-asof-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const day = $('#pm-asof-input').value;
    if (!isIsoDay(day) || day > realToday) {
      $('#pm-asof-error').textContent = t('asof.invalid');
      return;
    }
    $('#pm-asof-error').textContent = '';
    setAsOf(day === realToday ? null : day);
  });
  $('#pm-asof-today').addEventListener('click', () => setAsOf(null));
  tasksView = new TasksView($('#pm-tabpanel-tasks'), { ...programme, agencies }, {
    onSelect: (code) => select({ type: 'task', id: code }, { zoom: true }),
    onFilter: (filter, dim) => setFilter(filter, dim),
  });
  search = new SearchBox($('#pm-search-input'), $('#pm-search-list'), api.search, (result) => {
    if (result.kind === 'feature' || result.kind === 'task' || result.kind === 'agency') {
      select({ type: result.kind, id: result.id }, { zoom: true, bbox: result.bbox, focus: true });
    }
  });
  exporter = new ExportDialog($('#pm-export-dialog'), api, exportContext);
  importer = new ImportDialog($('#pm-import-panel'), api, planMap.map,
    () => ({ layers: catalog.order.map((id) => catalog.layers.get(id)) }), (applied) => {
      toast(t('import.applied', { count: applied.places.length }));
      reloadData().then(() => select({ type: 'feature', id: applied.places[0].id }, { zoom: true })).catch(reportError);
    });
  $('#pm-import').addEventListener('click', () => { select(null); importer.open(); });
  printView = new PrintView($('#pm-print-dialog'), planMap, () => ({ ...exportContext(), legendLayers: visibleLayers(), tasks: programme.tasks,
    agencies: catalog.agencies, features: catalog.features, day: state.asOf || programme.today, asOf: Boolean(state.asOf),
    panelBody: state.sel && !editing() ? panel.body : null }));
  $('#pm-print').addEventListener('click', () => printView.open());
  progressView = new ProgressView($('#pm-progress'), () => ({ tasks: programme.tasks, today: programme.today, asOf: state.asOf }),
    api, { onSelectTask: (code) => select({ type: 'task', id: code }, { zoom: true }) });
  $('#pm-progress-open').addEventListener('click', () => progressView.show());
  $('#pm-tabpanel-layers').addEventListener('change', onLayersChange);
  document.querySelectorAll('[role="tab"]').forEach((tab) => {
    tab.addEventListener('click', () => setTab(tab.dataset.tab));
    tab.addEventListener('keydown', onTabKey);
  });
  $('#pm-lang').addEventListener('click', () => {
    state.lang = state.lang === 'en' ? 'vi' : 'en';
    applyLang();
    history.push(state);
  });
  $('#pm-share').addEventListener('click', share);
  $('#pm-export').addEventListener('click', () => exporter.open());
  $('#pm-review').addEventListener('click', () => reviewQueue.open().catch(reportError));
  $('#pm-annual').addEventListener('click', () => annualDialog.open(realToday, canEdit(session.user), agencyList
    .map((a) => ({ id: a.id, name: i18n.lang() === 'en' ? a.name_en || a.name_vi : a.name_vi }))).catch(reportError));
  $('#pm-drawer-toggle').addEventListener('click', () => setDrawer(!document.body.classList.contains('pm-drawer-open')));
  $('#pm-drawer-close').addEventListener('click', () => setDrawer(false));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && document.body.classList.contains('pm-drawer-open') && NARROW.matches) {
      setDrawer(false);
    }
  });
  history.onPop((next) => applyState(next, {}));
  window.addEventListener('resize', () => planMap.invalidate());
}

// ------------------------------------------------------------------ the layers tab

function renderLayers() {
  const html = [`<h2 class="pm-h2">${escapeHtml(t('layers.heading'))}</h2>
    <p class="pm-small pm-muted">${escapeHtml(t('legend.landuse'))}</p><ul class="pm-layer-list">`];
  for (const id of catalog.order) {
    const c = catalog.layers.get(id);
    const visible = planMap.isLayerVisible(id);
    const kinds = (c.kinds || []).map((k) => {
      const shapes = c.shapes.get(k.id);
      const swatches = shapes && shapes.size ? [...shapes].map((s) => swatch(k.id, s)).join('') : swatch(k.id);
      return `<li><span class="pm-swatches">${swatches}</span><span>${escapeHtml(pick(k.label_vi, k.label_en))}</span></li>`;
    }).join('');
    html.push(`<li class="pm-layer" data-layer="${escapeHtml(id)}">
      <label class="pm-check pm-layer-toggle"><input type="checkbox" name="layer" value="${escapeHtml(id)}"${visible ? ' checked' : ''}>
        <span class="pm-layer-title">${escapeHtml(pick(c.title, c.title_en))}</span>
        <span class="pm-count-badge" title="${escapeHtml(t('layers.features'))}">${escapeHtml(c.loaded)}</span></label>
      <p class="pm-layer-desc">${escapeHtml(pick(c.description, c.description_en))}</p>
      <ul class="pm-legend">${kinds}</ul></li>`);
  }
  html.push('</ul>');
  html.push(`<h2 class="pm-h2">${escapeHtml(t('legend.status'))}</h2>
    <ul class="pm-legend pm-legend-status">
      <li><span class="pm-swatches">${badgeHtml('stalled')}</span><span>${escapeHtml(t('legend.stalled'))}</span></li>
      <li><span class="pm-swatches">${badgeHtml('overdue', 3)}</span><span>${escapeHtml(t('legend.overdue'))}</span></li>
      <li><span class="pm-swatches">${haloSwatch()}</span><span>${escapeHtml(t('legend.selected'))}</span></li>
      <li><span class="pm-swatches">${dimSwatch()}</span><span>${escapeHtml(t('legend.dimmed'))}</span></li>
    </ul>
    ${timelinessLegendHtml()}
    <label class="pm-check"><input type="checkbox" name="badges"${planMap.badgesOn ? ' checked' : ''}> ${escapeHtml(t('legend.badges'))}</label>
    ${accuracyLegendHtml()}
    <p class="pm-small pm-muted">${escapeHtml(t('app.schematic'))}</p>`);
  $('#pm-tabpanel-layers').innerHTML = html.join('');
  scansView.mount($('#pm-tabpanel-layers'));
}

function onLayersChange(e) {
  const el = e.target;
  if (el.name === 'badges') {
    planMap.setBadges(el.checked);
    return;
  }
  if (el.name !== 'layer') {
    return;
  }
  planMap.setLayerVisible(el.value, el.checked);
  const visible = catalog.order.filter((id) => planMap.isLayerVisible(id));
  state.layers = visible.length === catalog.order.length ? null : visible;
  history.push(state);
}

// ------------------------------------------------------------------ tabs, drawer

const TABS = ['layers', 'tasks', 'agency'];

function setTab(tab, push = true) {
  state.tab = TABS.includes(tab) ? tab : 'layers';
  document.querySelectorAll('[role="tab"]').forEach((el) => {
    const on = el.dataset.tab === state.tab;
    el.setAttribute('aria-selected', String(on));
    el.tabIndex = on ? 0 : -1;
  });
  $('#pm-tabpanel-layers').hidden = state.tab !== 'layers';
  $('#pm-tabpanel-tasks').hidden = state.tab !== 'tasks';
  $('#pm-tabpanel-agency').hidden = state.tab !== 'agency';
  if (push) {
    history.replace(state);
  }
}

function onTabKey(e) {
  if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') {
    return;
  }
  const step = e.key === 'ArrowRight' ? 1 : TABS.length - 1;
  const next = TABS[(TABS.indexOf(state.tab) + step) % TABS.length];
  setTab(next);
  document.getElementById(`pm-tab-${next}`).focus();
}

function setDrawer(open) {
  document.body.classList.toggle('pm-drawer-open', open);
  $('#pm-drawer-toggle').setAttribute('aria-expanded', String(open));
  if (open) {
    $(`#pm-tab-${state.tab}`).focus();
  }
}

// ------------------------------------------------------------------ filters

function matchingCodes(filter) {
  return new Set(matchingTasks(programme.tasks, filter, programme.today).map((task) => task.code));
}

function applyFilterToMap() {
  if (!state.dim || !isFilterActive(state.filter)) {
    planMap.dim(null);
    return;
  }
  const codes = matchingCodes(state.filter);
  const matching = new Set();
  for (const [id, feature] of catalog.features) {
    if (featureMatches(feature, codes)) {
      matching.add(id);
    }
  }
  planMap.dim(matching);
}

function setFilter(filter, dim) {
  state.filter = { ...filter };
  state.dim = dim;
  tasksView.set(state.filter, state.dim, state.sel && state.sel.type === 'task' ? state.sel.id : null);
  applyFilterToMap();
  history.push(state);
}

function filterText() {
  const f = state.filter;
  const parts = [];
  if (f.lead && catalog.agencies.has(f.lead)) {
    const a = catalog.agencies.get(f.lead);
    parts.push(`${t('tasks.filter.lead')}: ${pick(a.name_vi, a.name_en)}`);
  }
  if (f.window) {
    parts.push(`${t('tasks.filter.window')}: ${t('tasks.window.' + f.window)}`);
  }
  if (f.section) {
    parts.push(`${t('tasks.filter.section')}: ${f.section}`);
  }
  return parts.join(' · ');
}

// the visible layers as the map shows them (a group of collections is one layer)
function visibleLayers() {
  return catalog.order.filter((id) => planMap.isLayerVisible(id)).map((id) => catalog.layers.get(id));
}

function exportContext() {
  const layers = visibleLayers().flatMap((layer) => layer.members);
  const taskCodes = isFilterActive(state.filter) ? [...matchingCodes(state.filter)] : null;
  return { layers, taskCodes, filterText: filterText() };
}

// ------------------------------------------------------------------ selection

function selectionFeatureIds(sel) {
  if (!sel) {
    return [];
  }
  if (sel.type === 'feature') {
    return [sel.id];
  }
  if (sel.type === 'task' && catalog.tasks.has(sel.id)) {
    return (catalog.tasks.get(sel.id).places || []).map((p) => p.id);
  }
  return [];
}

// @function select(sel|null, {zoom, bbox, focus, push})
function select(sel, options = {}) {
  const { zoom = false, bbox = null, focus = false, push = true, keep = false } = options;
  stopEditing();
  state.sel = sel;
  if (!sel) {
    panel.hide();
    planMap.select([]);
    tasksView.set(state.filter, state.dim, null);
  } else {
    const shown = panel.show(sel, focus);
    if (!shown) {
      state.sel = null;
    }
    planMap.select(shown ? selectionFeatureIds(sel) : []);
    tasksView.set(state.filter, state.dim, sel.type === 'task' ? sel.id : null);
    if (shown && NARROW.matches) {
      setDrawer(false);
    }
  }
  // Push before zooming: the zoom's moveend replaces the view of the new entry, not the previous one.
  if (push) {
    history.push(state);
  }
  if (state.sel && zoom) {
    zoomToSelection(bbox);
  } else if (state.sel && keep) {
    planMap.keepInView(selectionFeatureIds(state.sel), fitPadding());
  }
}

function fitPadding() {
  const panelEl = $('#pm-panel');
  const open = !panelEl.hidden;
  if (PHONE.matches) {
    return { topLeft: [24, 24], bottomRight: [24, 24 + (open ? panelEl.offsetHeight : 0)] };
  }
  return { topLeft: [40, 40], bottomRight: [40 + (open ? panelEl.offsetWidth : 0), 40] };
}

function zoomToSelection(bbox = null) {
  const ids = selectionFeatureIds(state.sel);
  const bounds = planMap.boundsOf(ids) || bbox;
  if (bounds) {
    // a point gets a street-level view; an area keeps some of its surroundings in sight
    planMap.fit(bounds, fitPadding(), ids.length && planMap.onlyPoints(ids) ? 16 : 15);
  }
}

// ------------------------------------------------------------------ state ↔ page

function applyTexts() {
  i18n.setLang(state.lang);
  i18n.apply(document);
  document.title = t('app.title');
  $('#pm-lang').lang = state.lang === 'en' ? 'vi' : 'en';
  const note = $('#pm-basemap-note');
  if (note.dataset.status) {
    showBasemapNote(note.dataset.status);
  }
}

function applyLang() {
  applyTexts();
  planMap.relabelBadges(featureStatus);
  renderLayers();
  tasksView.render();
  if (editor.active) {
    editor.rerender();
  } else if (taskEditor.active) {
    taskEditor.rerender();
  } else {
    panel.refresh();
  }
  search.refresh();
  measure.relabel();
  progressView.refresh().catch(reportError);
  session.render();
  renderAsOf();
  renderAgencyTab();
}

function applyState(next, { initial = false } = {}) {
  const langChanged = next.lang !== i18n.lang() || initial;
  const asOfChanged = (next.asOf || null) !== (state.asOf || null);
  state = next;
  renderAsOf();
  if (asOfChanged && !initial) {
    api.setAsOf(state.asOf);
    reloadData().catch(reportError);
  }
  if (initial || asOfChanged) {
    renderAgencyTab();
  }
  if (langChanged) {
    applyTexts();
    if (!initial) {
      planMap.relabelBadges(featureStatus);
    }
  }
  for (const id of catalog.order) {
    planMap.setLayerVisible(id, state.layers === null || state.layers.includes(id));
  }
  renderLayers();
  setTab(state.tab, false);
  tasksView.set(state.filter, state.dim, state.sel && state.sel.type === 'task' ? state.sel.id : null);
  applyFilterToMap();
  if (langChanged) {
    search.refresh();
  }
  select(state.sel, { push: false, zoom: false });
  if (state.view) {
    planMap.setView(state.view);
    if (state.sel && planMap.tooClose(selectionFeatureIds(state.sel), fitPadding())) {
      zoomToSelection(); // a link never opens a place closer than its accuracy allows
    }
  } else if (state.sel) {
    zoomToSelection();
  } else if (initial && catalog.bbox) {
    planMap.fit(catalog.bbox, fitPadding());
  }
}

async function share() {
  let message = t('share.copied');
  try {
    await navigator.clipboard.writeText(window.location.href);
  } catch (e) {
    message = t('share.copyFailed');
  }
  toast(message);
}

function toast(message) {
  const el = $('#pm-toast');
  el.textContent = message;
  el.classList.add('pm-toast-on');
  setTimeout(() => el.classList.remove('pm-toast-on'), 2500);
}

function reportError(e) {
  hook.error = e.message;
  console.warn('planmap:', e.message);
  toast(t('app.loadError'));
}

// ------------------------------------------------------------------ accounts, reports, editing

// @function editing(): boolean — whether a place or a task is being edited in the panel
function editing() {
  return Boolean((editor && editor.active) || (taskEditor && taskEditor.active));
}

// Leaves any edit without saving (the panel is about to show something else).
function stopEditing() {
  if (editor && editor.active) {
    editor.stopDraw();
    editor.active = null;
  }
  if (taskEditor) {
    taskEditor.active = null;
  }
}

// the import button is for editors, on today's map
function showImport() {
  $('#pm-import').hidden = !canEdit(session.user) || Boolean(state.asOf);
  if ($('#pm-import').hidden && importer.isOpen()) {
    importer.close();
  }
}

function onSignIn(user) {
  showImport();
  stopEditing();
  panel.refresh();
  scansView.render();
  renderAgencyTab();
  hook.user = user.username || null;
  $('#pm-review').hidden = !canEdit(user);
}

function openReport(code) {
  const task = catalog.tasks.get(code);
  if (!task) {
    return;
  }
  const agencies = reportingAgencies(session.user, task).map((id) => {
    const a = catalog.agencies.get(id);
    return { id, name: a ? (i18n.lang() === 'en' ? a.name_en || a.name_vi : a.name_vi) : id };
  });
  reporter.open(task, agencies, realToday);
}

async function startEdit(id) {
  try {
    await editor.start(id, panel.body);
  } catch (e) {
    reportError(e);
  }
}

async function startTaskEdit(code) {
  try {
    await taskEditor.start(code, panel.body);
  } catch (e) {
    reportError(e);
  }
}

// Fills the panel's reports and history slots (as of the as-of day: rows after it are not shown).
async function fillActivity(sel, body) {
  const visible = (at) => !state.asOf || onOrBefore(at, state.asOf);
  const entity = sel.type === 'feature' ? 'feature' : sel.type === 'task' ? 'task' : null;
  if (!entity) {
    return;
  }
  const historySlot = body.querySelector('[data-slot="history"]');
  const reportsSlot = body.querySelector('[data-slot="reports"]');
  const [rows, reports] = await Promise.all([
    api.history(entity, sel.id).then((r) => r.history).catch(() => null),
    reportsSlot ? api.reports(sel.id).then((r) => r.reports).catch(() => null) : null,
  ]);
  if (panel.current !== sel || !body.contains(historySlot)) {
    return; // the panel moved on meanwhile
  }
  historySlot.innerHTML = rows === null ? `<p class="pm-form-error">${escapeHtml(t('history.loadError'))}</p>`
    : historyHtml(rows.filter((h) => visible(h.at)), api.historyPath(entity, sel.id, 'csv'));
  historySlot.dataset.loaded = 'true';
  if (reportsSlot) {
    reportsSlot.innerHTML = reports === null ? `<p class="pm-form-error">${escapeHtml(t('history.loadError'))}</p>`
      : reportsHtml(reports.filter((r) => visible(r.filed_at)), { userId: state.asOf ? null : session.user.id });
    if (!reportsSlot.dataset.bound) {
      attachmentActions.bind(reportsSlot);
      reportsSlot.dataset.bound = 'true';
    }
    reportsSlot.dataset.loaded = 'true';
  }
}

// ------------------------------------------------------------------ as of, agencies

function setAsOf(day) {
  if ((day || null) === (state.asOf || null)) {
    return;
  }
  state.asOf = day || null;
  api.setAsOf(state.asOf);
  renderAsOf();
  showImport();
  history.push(state);
  reloadData().catch(reportError);
}

function renderAsOf() {
  const banner = $('#pm-asof-banner');
  const input = $('#pm-asof-input');
  if (realToday) {
    input.max = realToday;
  }
  input.value = state.asOf || realToday || '';
  banner.hidden = !state.asOf;
  document.body.classList.toggle('pm-as-of', Boolean(state.asOf));
  $('#pm-asof-text').textContent = state.asOf ? t('asof.banner', { date: formatDate(state.asOf) }) : '';
}

function renderAgencyTab() {
  if (!agencyView || !session) {
    return;
  }
  const mine = session.user.agencies || [];
  agencyView.set(agencyList, mine, state.agency || mine[0] || '');
}

load().catch((e) => {
  hook.error = e.message;
  const status = $('#pm-status');
  status.hidden = false;
  status.textContent = t('app.loadError');
  status.classList.add('pm-map-status-error');
  console.error('planmap could not load:', e);
});

// Read-only test and debugging hooks.
hook.layerCounts = () => planMap.layerCounts();
hook.pagePoint = (lat, lng) => planMap.pagePoint(lat, lng);
hook.viewBbox = () => planMap.map.getBounds().toBBoxString().split(',').map(Number);
hook.uncertaintyBbox = (id) => planMap.boundsOf([id])?.toBBoxString().split(',').map(Number) ?? null;
hook.state = () => JSON.parse(JSON.stringify(state));
hook.today = () => (programme ? formatDate(programme.today) : null);
hook.overdueFeatures = () => planMap.overdueFeatures();
hook.task = (code) => (catalog.tasks.has(code) ? JSON.parse(JSON.stringify(catalog.tasks.get(code))) : null);
hook.geometry = (id) => (catalog.features.has(id) ? JSON.parse(JSON.stringify(catalog.features.get(id).geometry)) : null);
hook.containerPoint = (lon, lat) => {
  const p = planMap.map.latLngToContainerPoint([lat, lon]);
  const r = planMap.map.getContainer().getBoundingClientRect();
  return [p.x + r.left, p.y + r.top]; // in the page's viewport
};
hook.vertexPoint = (path, vertex) => {
  const el = document.querySelector(`.pm-vertex[data-path="${path}"][data-vertex="${vertex}"]`);
  if (!el) {
    return null;
  }
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  const hit = document.elementFromPoint(x, y);
  return hit === el || el.contains(hit) ? [x, y] : null; // only a handle nothing covers
};
