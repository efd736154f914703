// The side panel (a bottom sheet on phones): what a planner reads about the selected feature, task or
// agency. Every value from the server is escaped here before it reaches the page.

import { escapeHtml, yearsOverdue } from './format.js';
import { t, pick, lang } from './i18n.js';
import { swatch, shapeOf, badgeHtml } from './styles.js';
import { statusChip, deadlineHtml } from './tasks.js';
import { accuracyHtml, sources } from './accuracy.js';

// Long sentences of the programme are shown clamped to a few lines, with a button to read them whole.
const LONG_QUOTE = 280;

function quote(text) {
  const long = text.length > LONG_QUOTE;
  return `<blockquote class="pm-quote" lang="vi"><span class="pm-quote-text${long ? ' pm-clamp' : ''}">${escapeHtml(text)}</span></blockquote>`
    + (long ? `<button type="button" class="pm-link-button pm-small" data-action="expand" aria-expanded="false">${escapeHtml(t('panel.more'))}</button>` : '');
}

const row = (label, valueHtml) => (valueHtml ? `<dt>${escapeHtml(label)}</dt><dd>${valueHtml}</dd>` : '');

function agencyNames(list, fallback) {
  if (!list || !list.length) {
    return escapeHtml(fallback || '');
  }
  return list.map((a) => {
    const name = lang() === 'en' ? a.name_en || a.name_vi : a.name_vi;
    return `<button type="button" class="pm-link-button" data-agency="${escapeHtml(a.id)}">${escapeHtml(name)}</button>`;
  }).join(', ');
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
    let html = null;
    if (sel.type === 'feature' && this.catalog.features.has(sel.id)) {
      html = this.featureHtml(this.catalog.features.get(sel.id));
    } else if (sel.type === 'task' && this.catalog.tasks.has(sel.id)) {
      html = this.taskHtml(this.catalog.tasks.get(sel.id));
    } else if (sel.type === 'agency' && this.catalog.agencies.has(sel.id)) {
      html = this.agencyHtml(this.catalog.agencies.get(sel.id));
    }
    if (html === null) {
      this.hide();
      return false;
    }
    this.current = sel;
    this.body.innerHTML = html;
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

  featureHtml(feature) {
    const p = feature.properties;
    const layer = this.catalog.layers.get(p.layer);
    const kind = layer && (layer.kinds || []).find((k) => k.id === p.kind);
    const kindLabel = kind ? pick(kind.label_vi, kind.label_en) : p.kind;
    const layerTitle = layer ? pick(layer.title, layer.title_en) : p.layer;
    const tasks = (p.tasks || []).map((ft) => this.catalog.tasks.get(ft.code) || fromFeatureTask(ft));
    const badges = [];
    if (p.kind === 'stalled-project') {
      badges.push(`${badgeHtml('stalled', 0, t('badge.stalled'))} ${escapeHtml(t('badge.stalled'))}`);
    }
    const overdue = tasks.filter((task) => task.timeliness === 'overdue');
    if (overdue.length) {
      const worst = Math.min(...overdue.map((task) => -(task.days_overdue ?? 0)));
      badges.push(`${badgeHtml('overdue', yearsOverdue(worst), t('badge.overdue'))} ${escapeHtml(t('badge.overdue'))}: ${overdue.map((task) => escapeHtml(task.code)).join(', ')}`);
    }
    const otherName = lang() === 'en' ? p.name : p.name_en;
    const title = lang() === 'en' && p.name_en ? p.name_en : p.name;
    return `
      <p class="pm-kicker">${swatch(p.kind, shapeOf(feature.geometry ? feature.geometry.type : ''))}
        <span><span class="pm-kind" data-kind="${escapeHtml(p.kind)}">${escapeHtml(kindLabel)}</span> · ${escapeHtml(layerTitle)}</span></p>
      <h2 id="pm-panel-title" class="pm-title" tabindex="-1">${escapeHtml(title)}</h2>
      ${otherName && otherName !== title ? `<p class="pm-alt-name" lang="${lang() === 'en' ? 'vi' : 'en'}">${escapeHtml(otherName)}</p>` : ''}
      ${badges.length ? `<p class="pm-status-line">${badges.join('<br>')}</p>` : ''}
      <p class="pm-panel-actions"><button type="button" class="pm-button pm-button-small" data-action="zoom">${escapeHtml(t('panel.zoom'))}</button>
        ${this.can().edit ? `<button type="button" class="pm-button pm-button-small pm-button-secondary" id="pm-edit" data-action="edit" data-id="${escapeHtml(feature.id ?? p.id)}">${escapeHtml(t('edit.button'))}</button>` : ''}</p>
      ${this.can().asOf && this.can().signedIn ? `<p class="pm-small pm-muted">${escapeHtml(t('edit.asOfOff'))}</p>` : ''}
      ${p.source_text ? `<h3 class="pm-h3">${escapeHtml(t('panel.source'))}</h3>${quote(p.source_text)}` : ''}
      <dl class="pm-dl">
        ${row(t('panel.accuracy'), accuracyHtml(p))}
        ${row(t('panel.ward2022'), escapeHtml(p.ward_2022))}
        ${row(t('panel.ward2025'), escapeHtml(p.ward_2025))}
        ${row(t('panel.statusNote'), escapeHtml(p.status_note))}
        ${row(t('panel.ref'), sources(p) ? `<span class="pm-small" data-accuracy-sources>${escapeHtml(sources(p))}</span>` : '')}
      </dl>
      <h3 class="pm-h3">${escapeHtml(t('panel.tasks'))}</h3>
      ${tasks.length ? tasks.map((task) => this.taskCard(task, true)).join('') : `<p class="pm-muted">${escapeHtml(t('panel.noTasks'))}</p>`}
      <h3 class="pm-h3">${escapeHtml(t('history.heading'))}</h3>
      <div class="pm-slot" data-slot="history" id="pm-history">${escapeHtml(t('history.loading'))}</div>`;
  }

  can() {
    return this.callbacks.can ? this.callbacks.can() : { edit: false, report: () => false, asOf: false, signedIn: false };
  }

  taskCard(task, linkToTask) {
    return `<article class="pm-task-card" data-code="${escapeHtml(task.code)}">
      <h4 class="pm-task-card-head"><b class="pm-code">${escapeHtml(task.code)}</b> ${statusChip(task)}</h4>
      <p class="pm-task-content" lang="vi">${escapeHtml(task.content)}</p>
      <dl class="pm-dl pm-dl-compact">
        ${row(t('panel.task.lead'), agencyNames(task.lead, task.lead_text))}
        ${row(t('panel.task.partners'), agencyNames(task.partners, task.partners_text))}
        ${row(t('panel.task.product'), escapeHtml(task.product))}
        ${row(t('panel.task.deadline'), deadlineHtml(task))}
        ${row(t('panel.task.progress'), escapeHtml(t('status.' + (task.progress || 'not_reported'))))}
      </dl>
      ${linkToTask ? `<button type="button" class="pm-link-button" data-task="${escapeHtml(task.code)}">${escapeHtml(t('panel.task.show'))}</button>` : ''}
      ${this.can().report(task) ? `<p><button type="button" class="pm-button pm-button-small" data-action="report" data-code="${escapeHtml(task.code)}">${escapeHtml(t('report.button'))}</button></p>` : ''}
    </article>`;
  }

  taskHtml(task) {
    const places = (task.places || []).map((place) => {
      const name = lang() === 'en' && place.name_en ? place.name_en : place.name;
      return `<li><button type="button" class="pm-link-button" data-feature="${escapeHtml(place.id)}">${swatch(place.kind)} ${escapeHtml(name)}</button></li>`;
    }).join('');
    return `
      <p class="pm-kicker"><span>${escapeHtml(t('panel.task.section'))} ${escapeHtml(task.section)} · ${escapeHtml(pick(task.section_title, task.section_title_en))}</span></p>
      <h2 id="pm-panel-title" class="pm-title" tabindex="-1">${escapeHtml(t('search.kind.task'))} ${escapeHtml(task.code)}</h2>
      ${this.taskActions(task)}
      ${this.taskCard(task, false)}
      ${task.note ? `<p class="pm-small"><b>${escapeHtml(t('panel.task.note'))}:</b> ${escapeHtml(task.note)}</p>` : ''}
      <h3 class="pm-h3">${escapeHtml(t('panel.task.places'))}</h3>
      ${places ? `<ul class="pm-place-list">${places}</ul>` : `<p class="pm-muted">${escapeHtml(t('tasks.noPlaces'))}</p>`}
      ${this.can().asOf && this.can().signedIn ? `<p class="pm-small pm-muted">${escapeHtml(t('edit.asOfOff'))}</p>` : ''}
      <h3 class="pm-h3">${escapeHtml(t('report.list'))}</h3>
      <div class="pm-slot" data-slot="reports" id="pm-reports">${escapeHtml(t('history.loading'))}</div>
      <h3 class="pm-h3">${escapeHtml(t('history.heading'))}</h3>
      <div class="pm-slot" data-slot="history" id="pm-history">${escapeHtml(t('history.loading'))}</div>`;
  }

  // Zoom to the task's places (when it has any) and, for editors, Edit task.
  taskActions(task) {
    const zoom = task.places && task.places.length
      ? `<button type="button" class="pm-button pm-button-small" data-action="zoom">${escapeHtml(t('panel.zoom'))}</button>` : '';
    const edit = this.can().edit
      ? `<button type="button" class="pm-button pm-button-small pm-button-secondary" id="pm-task-edit" data-action="edit-task" data-code="${escapeHtml(task.code)}">${escapeHtml(t('taskEdit.button'))}</button>` : '';
    return zoom || edit ? `<p class="pm-panel-actions">${zoom} ${edit}</p>` : '';
  }

  agencyHtml(agency) {
    const list = (codes) => (codes || []).map((code) =>
      `<button type="button" class="pm-link-button pm-code-button" data-task="${escapeHtml(code)}">${escapeHtml(code)}</button>`).join(' ');
    const title = lang() === 'en' ? agency.name_en || agency.name_vi : agency.name_vi;
    const other = lang() === 'en' ? agency.name_vi : agency.name_en;
    return `
      <p class="pm-kicker"><span>${escapeHtml(t('search.kind.agency'))} · ${escapeHtml(agency.short_vi)}</span></p>
      <h2 id="pm-panel-title" class="pm-title" tabindex="-1">${escapeHtml(title)}</h2>
      ${other ? `<p class="pm-alt-name">${escapeHtml(other)}</p>` : ''}
      <dl class="pm-dl">
        ${row(t('panel.agency.lead'), list(agency.lead_tasks))}
        ${row(t('panel.agency.partner'), list(agency.partner_tasks))}
      </dl>
      ${(agency.lead_tasks || []).length ? `<p><button type="button" class="pm-button pm-button-small" data-action="filter-agency" data-id="${escapeHtml(agency.id)}">${escapeHtml(t('panel.agency.filter'))}</button></p>` : ''}`;
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

