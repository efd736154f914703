// The search box: an ARIA 1.2 combobox with a listbox popup. Suggestions (features, tasks, agencies)
// come from /search as the planner types (the server folds diacritics: "bac song ma" finds
// "Đại lộ Bắc Sông Mã"). Arrow keys move, Enter chooses, Escape closes (and then clears).

import { html, render } from './html.js';
import { truncate } from './text.js';
import { t, lang } from './i18n.js';

const LIMIT = 8;
const DEBOUNCE_MS = 120;

export class SearchBox {
  // @param input     the <input role="combobox">
  // @param list      the <ul role="listbox">
  // @param search    (q, limit, signal) → Promise<{results}>
  // @param onChoose  (result) → void
  constructor(input, list, search, onChoose) {
    this.input = input;
    this.list = list;
    this.search = search;
    this.onChoose = onChoose;
    this.results = [];
    this.active = -1;
    this.timer = null;
    this.pending = null;
    this.seq = 0;
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (e) => this.onKey(e));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    input.addEventListener('focus', () => {
      if (this.results.length && input.value.trim()) {
        this.open();
      }
    });
    list.addEventListener('mousedown', (e) => {
      const li = e.target.closest('[role="option"]');
      if (li) {
        e.preventDefault();
        this.choose(Number(li.dataset.index));
      }
    });
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.ask(), DEBOUNCE_MS);
  }

  async ask() {
    const q = this.input.value.trim();
    if (this.pending) {
      this.pending.abort();
      this.pending = null;
    }
    if (q.length < 2) {
      this.results = [];
      this.close();
      return;
    }
    const seq = ++this.seq;
    const controller = new AbortController();
    this.pending = controller;
    try {
      const body = await this.search(q, LIMIT, controller.signal);
      if (seq !== this.seq) {
        return;
      }
      this.results = body.results || [];
      this.active = -1;
      this.render();
      this.open();
    } catch (e) {
      if (e.name !== 'AbortError') {
        console.warn('search failed:', e.message);
      }
    } finally {
      if (this.pending === controller) {
        this.pending = null;
      }
    }
  }

  render() {
    if (!this.results.length) {
      render(html`<li class="pm-option-empty" role="presentation">${t('search.none')}</li>`, this.list);
      return;
    }
    render(this.results.map((r, i) => html`<li role="option" id="pm-option-${i}" data-index=${i}
        aria-selected=${String(i === this.active)} class="pm-option ${i === this.active ? 'pm-option-active' : ''}">
        <span class="pm-option-kind pm-option-${r.kind}">${t('search.kind.' + r.kind)}</span>
        <span class="pm-option-text"><span class="pm-option-title">${truncate(lang() === 'en' && r.titleEn ? r.titleEn : r.title, 110)}</span>
        ${r.subtitle ? html`<span class="pm-option-sub">${r.subtitle}</span>` : ''}</span></li>`), this.list);
  }

  open() {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  isOpen() {
    return !this.list.hidden;
  }

  move(delta) {
    if (!this.results.length) {
      return;
    }
    if (!this.isOpen()) {
      this.open();
    }
    const n = this.results.length;
    this.active = this.active < 0 ? (delta > 0 ? 0 : n - 1) : (this.active + delta + n) % n;
    this.render();
    this.list.querySelector(`#pm-option-${this.active}`).scrollIntoView({ block: 'nearest' });
    this.input.setAttribute('aria-activedescendant', `pm-option-${this.active}`);
  }

  onKey(e) {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        this.move(1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        this.move(-1);
        break;
      case 'Enter':
        if (this.isOpen() && this.results.length) {
          e.preventDefault();
          this.choose(this.active >= 0 ? this.active : 0);
        }
        break;
      case 'Escape':
        if (this.isOpen()) {
          e.preventDefault();
          this.close();
        } else if (this.input.value) {
          e.preventDefault();
          this.input.value = '';
          this.results = [];
        }
        break;
      default:
        break;
    }
  }

  choose(index) {
    const result = this.results[index];
    if (!result) {
      return;
    }
    this.input.value = lang() === 'en' && result.titleEn ? result.titleEn : result.title;
    this.close();
    this.onChoose(result);
  }

  // Re-renders open suggestions in the current language.
  refresh() {
    if (this.results.length) {
      this.render();
    }
  }
}
