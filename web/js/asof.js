// The as-of day (the store's `asOf`): the date control in the drawer, the banner over the map while the
// map shows a past day, and the page's as-of look. Choosing a day (or "back to today") sets it in the
// store and records a history step; whoever subscribed to asOf reloads the data.

import { formatDate, isIsoDay } from './dates.js';
import { t } from './i18n.js';

export class AsOfControl {
  // @param store    the app's store (asOf, realToday, lang)
  // @param history  share.js's History
  constructor(store, history) {
    this.store = store;
    this.history = history;
    this.input = document.getElementById('pm-asof-input');
    this.error = document.getElementById('pm-asof-error');
    document.getElementById('pm-asof-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const day = this.input.value;
      const { realToday } = store.state;
      if (!isIsoDay(day) || day > realToday) {
        this.error.textContent = t('asof.invalid');
        return;
      }
      this.error.textContent = '';
      this.set(day === realToday ? null : day);
    });
    document.getElementById('pm-asof-today').addEventListener('click', () => this.set(null));
    store.subscribe(['asOf', 'realToday', 'lang'], () => this.render());
  }

  // @method set(day: string|null): shows the map as of day (null: today) and records the step
  set(day) {
    if ((day || null) === (this.store.state.asOf || null)) {
      return;
    }
    this.store.set({ asOf: day || null });
    this.history.push(this.store.state);
  }

  render() {
    const { asOf, realToday } = this.store.state;
    if (realToday) {
      this.input.max = realToday;
    }
    this.input.value = asOf || realToday || '';
    document.getElementById('pm-asof-banner').hidden = !asOf;
    document.body.classList.toggle('pm-as-of', Boolean(asOf));
    document.getElementById('pm-asof-text').textContent = asOf ? t('asof.banner', { date: formatDate(asOf) }) : '';
  }
}
