// The programme's progress views over the map: the timeline and the dashboard, as two tabs of one
// overlay opened from the header (Tiến độ / Progress) and closed with its button or Escape. Choosing a
// task closes the overlay and opens the task's panel on the map.

import { t } from './i18n.js';
import { TimelineView } from './timeline.js';
import { DashboardView } from './dashboard.js';

export const VIEWS = ['timeline', 'dashboard'];

export class ProgressView {
  // @param root       the overlay's element (#pm-progress)
  // @param data       () → {tasks, today, asOf}: the tasks the map shows (as of its day)
  // @param api        {indicators()}
  // @param callbacks  onSelectTask(code)
  constructor(root, data, api, callbacks) {
    this.root = root;
    this.data = data;
    this.tab = 'timeline';
    this.timeline = new TimelineView(root.querySelector('#pm-progress-timeline'), {
      onSelectTask: (code) => {
        this.close();
        callbacks.onSelectTask(code);
      },
    });
    this.dashboard = new DashboardView(root.querySelector('#pm-progress-dashboard'), api);
    root.querySelector('.pm-progress-close').addEventListener('click', () => this.close());
    root.querySelectorAll('[data-view]').forEach((b) => b.addEventListener('click', () => this.show(b.dataset.view)));
    root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        this.close();
      }
    });
  }

  // @property open: boolean
  get open() {
    return !this.root.hidden;
  }

  // @method show(view: 'timeline'|'dashboard'): opens the overlay on that view
  show(view = this.tab) {
    this.tab = VIEWS.includes(view) ? view : 'timeline';
    this.root.hidden = false;
    document.body.classList.add('pm-progress-open');
    this.root.querySelectorAll('[data-view]').forEach((b) => b.setAttribute('aria-selected', String(b.dataset.view === this.tab)));
    this.root.querySelector('#pm-progress-timeline').hidden = this.tab !== 'timeline';
    this.root.querySelector('#pm-progress-dashboard').hidden = this.tab !== 'dashboard';
    this.root.querySelector(`[data-view="${this.tab}"]`).focus();
    return this.refresh();
  }

  close() {
    this.root.hidden = true;
    document.body.classList.remove('pm-progress-open');
    document.getElementById('pm-progress-open').focus({ preventScroll: true });
  }

  // @method refresh(): Promise — redraws the open view (after new data or a language switch)
  refresh() {
    if (!this.open) {
      return Promise.resolve();
    }
    this.root.querySelector('.pm-progress-title').textContent = t('progress.heading');
    const view = this.tab === 'timeline' ? this.timeline : this.dashboard;
    return view.render(this.data()).then(() => {
      this.root.dataset.rendered = this.tab;
    });
  }
}
