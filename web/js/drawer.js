// The drawer beside the map (over it on narrow screens) and its tabs: layers and legend, tasks, agencies.
// The open tab is the store's `tab`; this module draws it and turns clicks and arrow keys into it.

import { TABS } from './share.js';

// Below this width the drawer slides over the map (planmap.css), so choosing something closes it.
const NARROW = window.matchMedia('(max-width: 1100px)');

export class Drawer {
  // @param store    the app's store (tab)
  // @param history  share.js's History (a tab change replaces the current entry)
  constructor(store, history) {
    this.store = store;
    this.history = history;
    this.toggle = document.getElementById('pm-drawer-toggle');
    this.tabs = [...document.querySelectorAll('[role="tab"][data-tab]')];
    for (const tab of this.tabs) {
      tab.addEventListener('click', () => this.setTab(tab.dataset.tab));
      tab.addEventListener('keydown', (e) => this.onTabKey(e));
    }
    this.toggle.addEventListener('click', () => this.setOpen(!document.body.classList.contains('pm-drawer-open')));
    document.getElementById('pm-drawer-close').addEventListener('click', () => this.setOpen(false));
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && document.body.classList.contains('pm-drawer-open') && NARROW.matches) {
        this.setOpen(false);
      }
    });
    store.subscribe(['tab'], () => this.render());
  }

  // @method setTab(tab, push = true): opens a tab (an unknown one opens the layers); push: record it in
  // the current history entry
  setTab(tab, push = true) {
    this.store.set({ tab: TABS.includes(tab) ? tab : 'layers' });
    this.render();
    if (push) {
      this.history.replace(this.store.state);
    }
  }

  render() {
    const current = this.store.state.tab;
    for (const el of this.tabs) {
      const on = el.dataset.tab === current;
      el.setAttribute('aria-selected', String(on));
      el.tabIndex = on ? 0 : -1;
    }
    for (const tab of TABS) {
      document.getElementById(`pm-tabpanel-${tab}`).hidden = current !== tab;
    }
  }

  onTabKey(e) {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') {
      return;
    }
    const step = e.key === 'ArrowRight' ? 1 : TABS.length - 1;
    const next = TABS[(TABS.indexOf(this.store.state.tab) + step) % TABS.length];
    this.setTab(next);
    document.getElementById(`pm-tab-${next}`).focus();
  }

  // @method setOpen(open: boolean): opens or closes the drawer (the open drawer's tab gets the focus)
  setOpen(open) {
    document.body.classList.toggle('pm-drawer-open', open);
    this.toggle.setAttribute('aria-expanded', String(open));
    if (open) {
      document.getElementById(`pm-tab-${this.store.state.tab}`).focus();
    }
  }

  // @method closeIfNarrow(): closes the drawer where it covers the map
  closeIfNarrow() {
    if (NARROW.matches) {
      this.setOpen(false);
    }
  }
}
