// Signing in and out: the header's account area (who is signed in, in which role) and the sign-in dialog,
// with errors said in words (wrong password, too many attempts). Browsing needs no account: a viewer
// simply never opens the dialog. What each role may do is roles.js's.

import { html, render, redraw } from './html.js';
import { t } from './i18n.js';
import { VIEWER } from './store.js';

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
    return Boolean(this.user && this.user.username); // nobody signed in: the viewer, who has no account
  }

  render() {
    if (!this.signedIn()) {
      render(html`<button type="button" class="pm-button pm-button-quiet" id="pm-signin" data-action="signin">${t('auth.signIn')}</button>`, this.area);
      return;
    }
    const { user } = this;
    render(html`<span class="pm-user" id="pm-user" title=${user.username}>
        <span class="pm-user-name">${user.display_name || user.username}</span>
        <span class="pm-user-role" data-role=${user.role}>${t('role.' + user.role)}</span></span>
      <button type="button" class="pm-button pm-button-quiet" id="pm-signout" data-action="signout">${t('auth.signOut')}</button>`, this.area);
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
    // drawn afresh each time: a new, empty form
    redraw(this.dialog, html`
      <form class="pm-dialog-inner" novalidate>
        <h2 class="pm-h2" id="pm-login-title">${t('auth.heading')}</h2>
        <p class="pm-small pm-muted">${t('auth.note')}</p>
        <p class="pm-field"><label for="pm-login-user">${t('auth.username')}</label>
          <input id="pm-login-user" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required></p>
        <p class="pm-field"><label for="pm-login-password">${t('auth.password')}</label>
          <input id="pm-login-password" name="password" type="password" autocomplete="current-password" required></p>
        <p class="pm-form-error" id="pm-login-error" role="alert"></p>
        <p class="pm-dialog-actions">
          <button type="button" class="pm-button pm-button-secondary" data-action="cancel">${t('auth.cancel')}</button>
          <button type="submit" class="pm-button" id="pm-login-submit">${t('auth.signIn')}</button></p>
      </form>`);
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
