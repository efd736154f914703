// Signing in and out: the header's account area (who is signed in, in which role) and the sign-in dialog,
// with errors said in words (wrong password, too many attempts). Browsing needs no account: a viewer
// simply never opens the dialog. canReport/canEdit are pure (unit-tested).

import { escapeHtml } from './format.js';
import { t } from './i18n.js';
import { VIEWER } from './store.js';

// @function agencyIdsOf(task): string[] — the ids of the agencies leading or partnering on a /tasks entry
export function agencyIdsOf(task) {
  return [...(task.lead || []), ...(task.partners || [])].map((a) => a.id);
}

// @function reportingAgencies(user, task): string[] — the user's agencies that may report on the task
// (an admin may report for any agency of the task); [] for viewers and editors.
export function reportingAgencies(user, task) {
  if (!user || !task) {
    return [];
  }
  const ids = agencyIdsOf(task);
  if (user.role === 'admin') {
    return ids;
  }
  if (user.role !== 'reporter') {
    return [];
  }
  return (user.agencies || []).filter((id) => ids.includes(id));
}

// @function canEdit(user): boolean
export function canEdit(user) {
  return Boolean(user && (user.role === 'editor' || user.role === 'admin'));
}

export class Session {
  // @param area       the header element that holds the account button(s)
  // @param dialog     the <dialog> for signing in
  // @param store      the app's store: the signed-in user is its `user`
  // @param api        {me(), login(username, password), logout()}
  // @param onChange   (user) → void, after sign-in and sign-out
  constructor(area, dialog, store, api, onChange) {
    this.area = area;
    this.dialog = dialog;
    this.store = store;
    this.api = api;
    this.onChange = onChange;
    area.addEventListener('click', (e) => this.onAreaClick(e));
    dialog.addEventListener('submit', (e) => this.onSubmit(e));
    dialog.addEventListener('click', (e) => {
      if (e.target.closest('[data-action="cancel"]')) {
        dialog.close();
      }
    });
  }

  // @property user: the store's user (the viewer when nobody is signed in)
  get user() {
    return this.store.state.user;
  }

  set user(user) {
    this.store.set({ user: user || VIEWER });
  }

  // @method init(): Promise<user> — asks the server who this browser is signed in as
  async init() {
    try {
      this.user = await this.api.me();
    } catch (e) {
      this.user = VIEWER;
    }
    this.render();
    return this.user;
  }

  signedIn() {
    return this.user.role !== 'viewer';
  }

  render() {
    if (!this.signedIn()) {
      this.area.innerHTML = `<button type="button" class="pm-button pm-button-quiet" id="pm-signin" data-action="signin">${escapeHtml(t('auth.signIn'))}</button>`;
      return;
    }
    const name = this.user.display_name || this.user.username;
    this.area.innerHTML = `<span class="pm-user" id="pm-user" title="${escapeHtml(this.user.username)}">
        <span class="pm-user-name">${escapeHtml(name)}</span>
        <span class="pm-user-role" data-role="${escapeHtml(this.user.role)}">${escapeHtml(t('role.' + this.user.role))}</span></span>
      <button type="button" class="pm-button pm-button-quiet" id="pm-signout" data-action="signout">${escapeHtml(t('auth.signOut'))}</button>`;
  }

  onAreaClick(e) {
    const b = e.target.closest('[data-action]');
    if (!b) {
      return;
    }
    if (b.dataset.action === 'signin') {
      this.open();
    } else if (b.dataset.action === 'signout') {
      this.signOut();
    }
  }

  open() {
    this.dialog.innerHTML = `
      <form class="pm-dialog-inner" novalidate>
        <h2 class="pm-h2" id="pm-login-title">${escapeHtml(t('auth.heading'))}</h2>
        <p class="pm-small pm-muted">${escapeHtml(t('auth.note'))}</p>
        <p class="pm-field"><label for="pm-login-user">${escapeHtml(t('auth.username'))}</label>
          <input id="pm-login-user" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required></p>
        <p class="pm-field"><label for="pm-login-password">${escapeHtml(t('auth.password'))}</label>
          <input id="pm-login-password" name="password" type="password" autocomplete="current-password" required></p>
        <p class="pm-form-error" id="pm-login-error" role="alert"></p>
        <p class="pm-dialog-actions">
          <button type="button" class="pm-button pm-button-secondary" data-action="cancel">${escapeHtml(t('auth.cancel'))}</button>
          <button type="submit" class="pm-button" id="pm-login-submit">${escapeHtml(t('auth.signIn'))}</button></p>
      </form>`;
    this.dialog.showModal();
    this.dialog.querySelector('#pm-login-user').focus();
  }

  async onSubmit(e) {
    e.preventDefault();
    const form = e.target;
    const error = form.querySelector('#pm-login-error');
    const submit = form.querySelector('#pm-login-submit');
    const username = form.username.value.trim();
    const password = form.password.value;
    if (!username || !password) {
      error.textContent = t('auth.wrong');
      return;
    }
    submit.disabled = true;
    error.textContent = '';
    try {
      this.user = await this.api.login(username, password);
      this.dialog.close();
      this.render();
      this.onChange(this.user);
    } catch (err) {
      error.textContent = loginErrorText(err.status);
      form.password.select();
    } finally {
      submit.disabled = false;
    }
  }

  async signOut() {
    try {
      await this.api.logout();
    } catch (e) {
      // the session is gone on our side whatever the server said
    }
    this.user = VIEWER;
    this.render();
    this.onChange(this.user);
    document.getElementById('pm-signin').focus();
  }
}

// @function loginErrorText(status: number): string — what a failed sign-in says
export function loginErrorText(status) {
  if (status === 401 || status === 400) {
    return t('auth.wrong');
  }
  if (status === 429) {
    return t('auth.tooMany');
  }
  return t('auth.failed', { status: status || '—' });
}
