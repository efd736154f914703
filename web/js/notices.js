// What the page tells the planner in passing: the toast (a few seconds, polite), errors (logged, kept in
// the store's `error` for the tests, and toasted), the basemap's note over the map, and the share button.

import { t, lang } from './i18n.js';

export class Notices {
  // @param store  the app's store (error; lang re-words the basemap note)
  constructor(store) {
    this.store = store;
    this.toastEl = document.getElementById('pm-toast');
    this.basemapEl = document.getElementById('pm-basemap-note');
    store.subscribe(['lang'], () => {
      if (this.basemapEl.dataset.status) {
        this.basemap(this.basemapEl.dataset.status);
      }
    });
  }

  // @method toast(message: string): shows message for 2.5 s
  toast(message) {
    const el = this.toastEl;
    el.textContent = message;
    el.classList.add('pm-toast-on');
    setTimeout(() => el.classList.remove('pm-toast-on'), 2500);
  }

  // @method reportError(e: Error): logs e, keeps its message in the store and says that loading failed
  reportError(e) {
    this.store.set({ error: e.message });
    console.warn('planmap:', e.message);
    this.toast(t('app.loadError'));
  }

  // @method basemap(status: 'ok'|'none'|'error'): the note on the basemap (none when it is ok)
  basemap(status) {
    const note = this.basemapEl;
    note.dataset.status = status;
    note.hidden = status === 'ok';
    note.textContent = status === 'none' ? t('basemap.none') : t('basemap.unavailable');
    note.lang = lang();
    if (status === 'error') {
      // Both languages at once: the note must be understood whatever the switch says.
      note.textContent = 'Bản đồ nền không tải được / Basemap unavailable';
    }
  }

  // @method share(): copies the page's address (the state is in its hash) and says whether it worked
  async share() {
    let message = t('share.copied');
    try {
      await navigator.clipboard.writeText(window.location.href);
    } catch (e) {
      message = t('share.copyFailed');
    }
    this.toast(message);
  }
}
