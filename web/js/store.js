// The one store of the app's state. Everything the page shows is drawn from it; nothing else in web/js
// keeps module-level mutable state. set(patch) replaces the state with a shallow copy (the old state is
// never changed) and tells the subscribers of the keys that changed, in the order they subscribed.
//
// The state's keys:
//   the URL's part (share.js encodes it in the hash): view, layers, sel, filter, dim, lang, tab, agency, asOf
//   the session: user ({role, agencies, …}; VIEWER when nobody is signed in), csrf (the token for writes)
//   the API's terms: terms (GET /config, read through terms.js; null until loaded)
//   the data: catalog ({layers, tasks, agencies, features: Map; order: layer ids; bbox}), programme (/tasks
//     as of the as-of day), agencies (/agencies' list), realToday (the server's today, whatever the as-of day)
//   the page: ready (the first load is done), readyAt (ms since navigation), dataVersion (data reloads so
//     far), error (the last error's message)
// store is the app's instance: main.js fills it; i18n.js reads the language and api.js the as-of day and
// the CSRF token from it; views receive it from main.js.

import { defaultState } from './share.js';

// @const VIEWER: the user of a browser nobody signed in on, until /auth/me says so (its role, 'viewer', holds no
// permission: terms.js `may`)
export const VIEWER = Object.freeze({ role: null, agencies: [] });

// @const URL_KEYS: the keys of the state that the URL carries (share.js)
export const URL_KEYS = Object.freeze(Object.keys(defaultState()));

// @function initialState(): object — the state before the hash is read and anything is loaded
export function initialState() {
  return {
    ...defaultState(),
    user: VIEWER,
    csrf: null,
    terms: null,
    catalog: emptyCatalog(),
    programme: null,
    agencies: [],
    realToday: null,
    ready: false,
    readyAt: null,
    dataVersion: 0,
    error: null,
  };
}

// @function emptyCatalog(): the catalog before the layers and the programme are loaded
export function emptyCatalog() {
  return { layers: new Map(), tasks: new Map(), agencies: new Map(), features: new Map(), order: [], bbox: null };
}

// @function urlState(state): object — the URL's part of a state (what share.js encodes)
export function urlState(state) {
  return Object.fromEntries(URL_KEYS.map((key) => [key, state[key]]));
}

export class Store {
  // @param state  the initial state (kept as given; never changed in place)
  constructor(state) {
    this.current = Object.freeze({ ...state });
    this.listeners = [];
  }

  // @property state: the current state (frozen; set() makes a new one)
  get state() {
    return this.current;
  }

  // @method set(patch: object): string[] — merges patch into a new state and notifies the subscribers of
  // the keys whose value changed (compared with Object.is); returns those keys.
  set(patch) {
    const changed = Object.keys(patch).filter((key) => !Object.is(this.current[key], patch[key]));
    if (!changed.length) {
      return changed;
    }
    this.current = Object.freeze({ ...this.current, ...patch });
    for (const listener of [...this.listeners]) {
      if (!listener.keys || listener.keys.some((key) => changed.includes(key))) {
        listener.fn(this.current, changed);
      }
    }
    return changed;
  }

  // @method subscribe(keys: string[]|null, fn: (state, changed: string[]) → void): () → void
  // Calls fn after every set() that changes one of keys (any key when keys is null); returns the
  // function that unsubscribes.
  subscribe(keys, fn) {
    const listener = { keys, fn };
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }
}

// @const store: the app's one store
export const store = new Store(initialState());
