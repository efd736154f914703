// The side panel (a bottom sheet on phones): what a planner reads about the selected feature, task or
// agency. lit-html templates: every value from the server is escaped before it reaches the page.

import { html, redraw, markup } from './html.js';
import { yearsOverdue } from './deadlines.js';
import { t, pick, lang } from './i18n.js';
import { swatch, shapeOf, badgeHtml } from './styles.js';
import { statusChip, deadline } from './task-parts.js';
import { classOf, metresText, sentence, sources } from './accuracy.js';

// Long sentences of the programme are shown clamped to a few lines, with a button to read them whole.
const LONG_QUOTE = 280;

function quote(text) {
  const long = text.length > LONG_QUOTE;
  return html`<blockquote class="pm-quote" lang="vi"><span class="pm-quote-text ${long ? 'pm-clamp' : ''}">${text}</span></blockquote>${long
    ? html`<button type="button" class="pm-link-button pm-small" data-action="expand" aria-expanded="false">${t('panel.more')}</button>` : ''}`;
}

const empty = (value) => value === '' || value === null || value === undefined || (Array.isArray(value) && !value.length);
const row = (label, value) => (empty(value) ? '' : html`<dt>${label}</dt><dd>${value}</dd>`);

function agencyNames(list, fallback) {
  if (!list || !list.length) {
    return fallback || '';
  }
  return list.map((a, i) => html`${i ? ', ' : ''}<button type="button" class="pm-link-button" data-agency=${a.id}>${
    lang() === 'en' ? a.name_en || a.name_vi : a.name_vi}</button>`);
}

// the accuracy: class, ±metres, and the sentence or, when the page's language has none, what the class means
function accuracy(props) {
  const cls = classOf(props);
  return html`<span class="pm-accuracy-class" data-accuracy-class=${cls}>${t(`accuracy.class.${cls}`)}</span>${props.accuracy_m
    ? `, ${t('accuracy.within', { metres: metresText(props.accuracy_m) })}` : ''}<br><span class="pm-accuracy">${
    sentence(props) || t(`accuracy.explain.${cls}`)}</span>`;
}

export class Panel {
  // @param root       the <aside> element
  // @param store      the app's store: its catalog {layers: Map id→collection, tasks: Map code→task,
  //                   agencies: Map id→agency, features: Map id→feature} is what the panel shows
  // @param callbacks  onClose(), onZoom(), onSelect({type, id}), onFilterAgency(id), onEdit(featureId),
  //                   onEditTask(code), onReport(code), onShown(sel, body) (fills the reports and history slots),
  //                   can() → {edit: boolean, report(task): boolean, asOf: boolean}
  constructor(root, store, callbacks) {
    this.root = root;
    this.body = root.querySelector('.pm-panel-body');
    this.store = store;
    this.callbacks = callbacks;
    this.current = null;
    root.querySelector('.pm-panel-close').addEventListener('click', () => callbacks.onClose());
    root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        callbacks.onClose();
      }
    });
    this.body.addEventListener('click', (e) => this.onClick(e));
  }

  get catalog() {
    return this.store.state.catalog;
  }

  onClick(e) {
    const el = e.target.closest('button');
    if (!el) {
      return;
    }
    if (el.dataset.action === 'expand') {
      const q = el.previousElementSibling.querySelector('.pm-quote-text');
      const open = q.classList.toggle('pm-clamp') === false;
      el.setAttribute('aria-expanded', String(open));
      el.textContent = t(open ? 'panel.less' : 'panel.more');
    } else if (el.dataset.action === 'zoom') {
      this.callbacks.onZoom();
    } else if (el.dataset.action === 'edit') {
      this.callbacks.onEdit(el.dataset.id);
    } else if (el.dataset.action === 'edit-task') {
      this.callbacks.onEditTask(el.dataset.code);
    } else if (el.dataset.action === 'report') {
      this.callbacks.onReport(el.dataset.code);
    } else if (el.dataset.action === 'filter-agency') {
      this.callbacks.onFilterAgency(el.dataset.id);
    } else if (el.dataset.task) {
      this.callbacks.onSelect({ type: 'task', id: el.dataset.task });
    } else if (el.dataset.feature) {
      this.callbacks.onSelect({ type: 'feature', id: el.dataset.feature });
    } else if (el.dataset.agency) {
      this.callbacks.onSelect({ type: 'agency', id: el.dataset.agency });
    }
  }

  // @method show(sel: {type, id}, focus: boolean): boolean — false when the id is unknown (panel closed)
  show(sel, focus = false) {
    let content = null;
    if (sel.type === 'feature' && this.catalog.features.has(sel.id)) {
      content = this.feature(this.catalog.features.get(sel.id));
    } else if (sel.type === 'task' && this.catalog.tasks.has(sel.id)) {
      content = this.task(this.catalog.tasks.get(sel.id));
    } else if (sel.type === 'agency' && this.catalog.agencies.has(sel.id)) {
      content = this.agency(this.catalog.agencies.get(sel.id));
    }
    if (content === null) {
      this.hide();
      return false;
    }
    this.current = sel;
    // Drawn afresh each time (the editors and the activity slots write into the body too).
    redraw(this.body, content);
    this.root.hidden = false;
    this.root.dataset.type = sel.type;
    document.body.classList.add('pm-panel-open');
    this.body.scrollTop = 0;
    if (focus) {
      this.root.querySelector('#pm-panel-title').focus({ preventScroll: true });
    }
    if (this.callbacks.onShown) {
      this.callbacks.onShown(sel, this.body);
    }
    return true;
  }

  hide() {
    const hadFocus = this.root.contains(document.activeElement);
    this.current = null;
    this.root.hidden = true;
    document.body.classList.remove('pm-panel-open');
    if (hadFocus) {
      // keyboard users land back on the map rather than on the page's start
      document.getElementById('map').focus({ preventScroll: true });
    }
  }

  // Re-renders the current content (after a language switch).
  refresh() {
    if (this.current) {
      this.show(this.current);
    }
  }

  feature(feature) {
    const p = feature.properties;
    const layer = this.catalog.layers.get(p.layer);
    const kind = layer && (layer.kinds || []).find((k) => k.id === p.kind);
    const kindLabel = kind ? pick(kind.label_vi, kind.label_en) : p.kind;
    const layerTitle = layer ? pick(layer.title, layer.title_en) : p.layer;
    const tasks = (p.tasks || []).map((ft) => this.catalog.tasks.get(ft.code) || fromFeatureTask(ft));
    const badges = [];
    if (p.kind === 'stalled-project') {
      badges.push(html`${markup(badgeHtml('stalled', 0, t('badge.stalled')))} ${t('badge.stalled')}`);
    }
    const overdue = tasks.filter((task) => task.timeliness === 'overdue');
    if (overdue.length) {
      const worst = Math.min(...overdue.map((task) => -(task.days_overdue ?? 0)));
      badges.push(html`${markup(badgeHtml('overdue', yearsOverdue(worst), t('badge.overdue')))} ${t('badge.overdue')}: ${overdue.map((task) => task.code).join(', ')}`);
    }
    const otherName = lang() === 'en' ? p.name : p.name_en;
    const title = lang() === 'en' && p.name_en ? p.name_en : p.name;
    const can = this.can();
    return html`
      <p class="pm-kicker">${markup(swatch(p.kind, shapeOf(feature.geometry ? feature.geometry.type : '')))}
        <span><span class="pm-kind" data-kind=${p.kind}>${kindLabel}</span> · ${layerTitle}</span></p>
      <h2 id="pm-panel-title" class="pm-title" tabindex="-1">${title}</h2>
      ${otherName && otherName !== title ? html`<p class="pm-alt-name" lang=${lang() === 'en' ? 'vi' : 'en'}>${otherName}</p>` : ''}
      ${badges.length ? html`<p class="pm-status-line">${badges.map((b, i) => html`${i ? html`<br>` : ''}${b}`)}</p>` : ''}
      <p class="pm-panel-actions"><button type="button" class="pm-button pm-button-small" data-action="zoom">${t('panel.zoom')}</button>
        ${can.edit ? html`<button type="button" class="pm-button pm-button-small pm-button-secondary" id="pm-edit" data-action="edit" data-id=${feature.id ?? p.id}>${t('edit.button')}</button>` : ''}</p>
      ${this.asOfNote(can)}
      ${p.source_text ? html`<h3 class="pm-h3">${t('panel.source')}</h3>${quote(p.source_text)}` : ''}
      <dl class="pm-dl">
        ${row(t('panel.accuracy'), accuracy(p))}
        ${row(t('panel.ward2022'), p.ward_2022)}
        ${row(t('panel.ward2025'), p.ward_2025)}
        ${row(t('panel.statusNote'), p.status_note)}
        ${row(t('panel.ref'), sources(p) ? html`<span class="pm-small" data-accuracy-sources>${sources(p)}</span>` : '')}
      </dl>
      <h3 class="pm-h3">${t('panel.tasks')}</h3>
      ${tasks.length ? tasks.map((task) => this.taskCard(task, true)) : html`<p class="pm-muted">${t('panel.noTasks')}</p>`}
      <h3 class="pm-h3">${t('history.heading')}</h3>
      <div class="pm-slot" data-slot="history" id="pm-history">${t('history.loading')}</div>`;
  }

  can() {
    return this.callbacks.can ? this.callbacks.can() : { edit: false, report: () => false, asOf: false, signedIn: false };
  }

  asOfNote(can) {
    return can.asOf && can.signedIn ? html`<p class="pm-small pm-muted">${t('edit.asOfOff')}</p>` : '';
  }

  taskCard(task, linkToTask) {
    return html`<article class="pm-task-card" data-code=${task.code}>
      <h4 class="pm-task-card-head"><b class="pm-code">${task.code}</b> ${statusChip(task)}</h4>
      <p class="pm-task-content" lang="vi">${task.content}</p>
      <dl class="pm-dl pm-dl-compact">
        ${row(t('panel.task.lead'), agencyNames(task.lead, task.lead_text))}
        ${row(t('panel.task.partners'), agencyNames(task.partners, task.partners_text))}
        ${row(t('panel.task.product'), task.product)}
        ${row(t('panel.task.deadline'), deadline(task))}
        ${row(t('panel.task.progress'), t('status.' + (task.progress || 'not_reported')))}
      </dl>
      ${linkToTask ? html`<button type="button" class="pm-link-button" data-task=${task.code}>${t('panel.task.show')}</button>` : ''}
      ${this.can().report(task) ? html`<p><button type="button" class="pm-button pm-button-small" data-action="report" data-code=${task.code}>${t('report.button')}</button></p>` : ''}
    </article>`;
  }

  task(task) {
    const places = (task.places || []).map((place) => html`<li><button type="button" class="pm-link-button" data-feature=${place.id}>${
      markup(swatch(place.kind))} ${lang() === 'en' && place.name_en ? place.name_en : place.name}</button></li>`);
    return html`
      <p class="pm-kicker"><span>${t('panel.task.section')} ${task.section} · ${pick(task.section_title, task.section_title_en)}</span></p>
      <h2 id="pm-panel-title" class="pm-title" tabindex="-1">${t('search.kind.task')} ${task.code}</h2>
      ${this.taskActions(task)}
      ${this.taskCard(task, false)}
      ${task.note ? html`<p class="pm-small"><b>${t('panel.task.note')}:</b> ${task.note}</p>` : ''}
      <h3 class="pm-h3">${t('panel.task.places')}</h3>
      ${places.length ? html`<ul class="pm-place-list">${places}</ul>` : html`<p class="pm-muted">${t('tasks.noPlaces')}</p>`}
      ${this.asOfNote(this.can())}
      <h3 class="pm-h3">${t('report.list')}</h3>
      <div class="pm-slot" data-slot="reports" id="pm-reports">${t('history.loading')}</div>
      <h3 class="pm-h3">${t('history.heading')}</h3>
      <div class="pm-slot" data-slot="history" id="pm-history">${t('history.loading')}</div>`;
  }

  // Zoom to the task's places (when it has any) and, for editors, Edit task.
  taskActions(task) {
    const zoom = task.places && task.places.length;
    const edit = this.can().edit;
    return zoom || edit ? html`<p class="pm-panel-actions">${zoom
      ? html`<button type="button" class="pm-button pm-button-small" data-action="zoom">${t('panel.zoom')}</button>` : ''} ${edit
      ? html`<button type="button" class="pm-button pm-button-small pm-button-secondary" id="pm-task-edit" data-action="edit-task" data-code=${task.code}>${t('taskEdit.button')}</button>` : ''}</p>` : '';
  }

  agency(agency) {
    const list = (codes) => (codes || []).map((code, i) =>
      html`${i ? ' ' : ''}<button type="button" class="pm-link-button pm-code-button" data-task=${code}>${code}</button>`);
    const title = lang() === 'en' ? agency.name_en || agency.name_vi : agency.name_vi;
    const other = lang() === 'en' ? agency.name_vi : agency.name_en;
    return html`
      <p class="pm-kicker"><span>${t('search.kind.agency')} · ${agency.short_vi}</span></p>
      <h2 id="pm-panel-title" class="pm-title" tabindex="-1">${title}</h2>
      ${other ? html`<p class="pm-alt-name">${other}</p>` : ''}
      <dl class="pm-dl">
        ${row(t('panel.agency.lead'), list(agency.lead_tasks))}
        ${row(t('panel.agency.partner'), list(agency.partner_tasks))}
      </dl>
      ${(agency.lead_tasks || []).length ? html`<p><button type="button" class="pm-button pm-button-small" data-action="filter-agency" data-id=${agency.id}>${t('panel.agency.filter')}</button></p>` : ''}`;
  }
}

// A task as the feature carries it, when /tasks did not list it (shaped like a /tasks entry).
function fromFeatureTask(ft) {
  return {
    code: ft.code, content: ft.content, lead: [], lead_text: ft.lead, partners: [], partners_text: '', product: '',
    deadline_text: ft.deadline, due_date: ft.due, ongoing: !ft.due, progress: ft.progress,
    timeliness: ft.timeliness, days_late: ft.days_late, days_overdue: ft.days_overdue, days_left: null, places: [],
  };
}

