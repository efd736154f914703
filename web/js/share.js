// The map's state in the URL hash, so that a copied link opens the same map and back/forward walk the
// planner's steps:
//   #map=<zoom>/<lat>/<lon>&layers=<id,id>&sel=<feature|task|agency>:<id>&lead=<agency>&win=<window>
//    &sec=<section>&dim=0&lang=en&tab=tasks|agency&agency=<id>&asof=<yyyy-mm-dd>
// Every part is optional; a missing part means the default (all layers, Vietnamese, no filter, features
// that do not match a filter dimmed …).
// encode/decode are pure (unit-tested); History binds them to window.history.

const SELECTION_TYPES = ['feature', 'task', 'agency'];
import { WINDOWS } from './deadlines.js';

const WINDOW_VALUES = WINDOWS;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/;

// @function defaultState(): object — the state of a map opened without a hash
export function defaultState() {
  return {
    view: null,
    layers: null,
    sel: null,
    filter: { lead: '', window: '', section: '' },
    dim: true,
    lang: 'vi',
    tab: 'layers',
    agency: '',
    asOf: null,
  };
}

// @const TABS: the drawer's tabs, in order
export const TABS = ['layers', 'tasks', 'agency'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function enc(value) {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%2F/gi, '/');
}

const round = (n, digits) => Number(n.toFixed(digits));

// @function encode(state: object): string
// The hash (with its leading '#') for a state; '' for the default state.
export function encode(state) {
  const parts = [];
  if (state.view) {
    parts.push(`map=${round(state.view.zoom, 2)}/${round(state.view.lat, 5)}/${round(state.view.lng, 5)}`);
  }
  if (Array.isArray(state.layers)) {
    parts.push(`layers=${state.layers.map(enc).join(',')}`);
  }
  if (state.sel && state.sel.id) {
    parts.push(`sel=${state.sel.type}:${enc(state.sel.id)}`);
  }
  const f = state.filter || {};
  if (f.lead) {
    parts.push(`lead=${enc(f.lead)}`);
  }
  if (f.window) {
    parts.push(`win=${enc(f.window)}`);
  }
  if (f.section) {
    parts.push(`sec=${enc(f.section)}`);
  }
  if (state.dim === false) {
    parts.push('dim=0');
  }
  if (state.lang && state.lang !== 'vi') {
    parts.push(`lang=${enc(state.lang)}`);
  }
  if (state.tab && state.tab !== 'layers') {
    parts.push(`tab=${enc(state.tab)}`);
  }
  if (state.agency) {
    parts.push(`agency=${enc(state.agency)}`);
  }
  if (state.asOf) {
    parts.push(`asof=${enc(state.asOf)}`);
  }
  return parts.length ? '#' + parts.join('&') : '';
}

function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch (e) {
    return null;
  }
}

// @function decode(hash: string): object
// The state a hash describes; malformed parts are ignored (they keep their default).
export function decode(hash) {
  const state = defaultState();
  const text = (hash || '').replace(/^#/, '');
  if (!text) {
    return state;
  }
  for (const part of text.split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) {
      continue;
    }
    const key = part.slice(0, eq);
    const value = safeDecode(part.slice(eq + 1).replace(/\+/g, ' '));
    if (value === null) {
      continue;
    }
    switch (key) {
      case 'map': {
        const [z, lat, lng] = value.split('/').map(Number);
        if ([z, lat, lng].every(Number.isFinite) && z >= 0 && z <= 22 && Math.abs(lat) <= 90 && Math.abs(lng) <= 180) {
          state.view = { zoom: z, lat, lng };
        }
        break;
      }
      case 'layers':
        state.layers = value === '' ? [] : value.split(',').filter((id) => ID.test(id));
        break;
      case 'sel': {
        const colon = value.indexOf(':');
        const type = value.slice(0, colon);
        const id = value.slice(colon + 1);
        if (colon > 0 && SELECTION_TYPES.includes(type) && ID.test(id)) {
          state.sel = { type, id };
        }
        break;
      }
      case 'lead':
        if (ID.test(value)) {
          state.filter.lead = value;
        }
        break;
      case 'win':
        if (WINDOW_VALUES.includes(value)) {
          state.filter.window = value;
        }
        break;
      case 'sec':
        if (/^[IVX]{1,5}$/.test(value)) {
          state.filter.section = value;
        }
        break;
      case 'dim':
        state.dim = !(value === '0' || value === 'false');
        break;
      case 'lang':
        state.lang = value === 'en' ? 'en' : 'vi';
        break;
      case 'tab':
        state.tab = TABS.includes(value) ? value : 'layers';
        break;
      case 'agency':
        if (ID.test(value)) {
          state.agency = value;
        }
        break;
      case 'asof':
        if (DAY.test(value)) {
          state.asOf = value;
        }
        break;
      default:
        break;
    }
  }
  return state;
}

// @class History: the state ↔ window.history. push() for a planner's step (selection, filter, layer,
// language), replace() for map moves (so panning does not flood the back button), onPop(cb) for back/forward.
export class History {
  constructor(win) {
    this.win = win;
  }

  current() {
    return decode(this.win.location.hash);
  }

  push(state) {
    const hash = encode(state);
    if (hash === this.win.location.hash) {
      return;
    }
    this.win.history.pushState(null, '', hash || this.win.location.pathname + this.win.location.search);
  }

  replace(state) {
    const hash = encode(state);
    if (hash === this.win.location.hash) {
      return;
    }
    this.win.history.replaceState(null, '', hash || this.win.location.pathname + this.win.location.search);
  }

  onPop(callback) {
    this.win.addEventListener('popstate', () => callback(this.current()));
  }
}
