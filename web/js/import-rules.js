// The import's rules, apart from its dialog (import.js): which match is chosen for the editor, the apply
// request built from the editor's choices, the words for a refusal, a feature's attributes as text. Pure
// (web/test/import.test.js).

import { lang } from './i18n.js';
import { accuracyClassIds } from './terms.js';

// @const AUTO_MATCH: a match this good is chosen for the editor (who can change it)
export const AUTO_MATCH = 0.6;

// @function defaultChoice(feature): string — 'place:<id>' for a convincing best match, else 'skip'
export function defaultChoice(feature) {
  const best = (feature.matches || [])[0];
  return best && best.score >= AUTO_MATCH ? `place:${best.feature}` : 'skip';
}

// @function applyBody(choices: Array<{index, choice, layer, kind, name}>, accuracy: {class, metres, source})
// The apply request, or {error: key, index?} when something is missing.
export function applyBody(choices, accuracy) {
  const assign = [];
  for (const c of choices) {
    if (c.choice.startsWith('place:')) {
      assign.push({ index: c.index, feature: c.choice.slice(6) });
    } else if (c.choice === 'new') {
      if (!c.layer || !c.kind || !(c.name || '').trim()) {
        return { error: 'import.needName', index: c.index };
      }
      assign.push({ index: c.index, layer: c.layer, kind: c.kind, name: c.name.trim() });
    }
  }
  if (!assign.length) {
    return { error: 'import.nothing' };
  }
  const metres = Number(accuracy.metres);
  if (!(metres > 0) || !(accuracy.source || '').trim() || !accuracyClassIds().includes(accuracy.class)) {
    return { error: 'import.needAccuracy' };
  }
  return { body: { assign, accuracy: { class: accuracy.class, metres, source: accuracy.source.trim() } } };
}

// @function problemWords(status: number, problem: object): {key, vars, suggest: string|null}
// The words for a refusal of POST /imports (the server's detail is English; the page says it in its language).
export function problemWords(status, problem) {
  const p = problem || {};
  const suggest = p.suggested_crs || null;
  if (status === 415) {
    return { key: 'import.error.format', vars: {}, suggest };
  }
  if (status === 413) {
    return { key: 'import.error.size', vars: {}, suggest };
  }
  if (status === 400 && p.parameter === 'crs') {
    return { key: 'import.error.crs', vars: {}, suggest };
  }
  if (status === 410) {
    return { key: 'import.error.expired', vars: {}, suggest };
  }
  if (status === 422 && Number.isInteger(p.feature)) {
    if (Number.isFinite(p.distance_km)) {
      return { key: 'import.error.far', vars: { index: p.feature, km: p.distance_km.toLocaleString(lang() === 'vi' ? 'vi-VN' : 'en-GB') }, suggest };
    }
    if (suggest) {
      return { key: 'import.error.notEarth', vars: { index: p.feature }, suggest };
    }
    return { key: 'import.error.feature', vars: { index: p.feature }, suggest };
  }
  if (status === 422) {
    return { key: 'import.error.unreadable', vars: {}, suggest };
  }
  return { key: 'import.error.other', vars: { status }, suggest };
}

// @function attributeText(properties: object, limit?: number): string — "key: value · …", plain text
export function attributeText(properties, limit = 6) {
  return Object.entries(properties || {})
    .filter(([, v]) => v !== null && v !== '' && typeof v !== 'object')
    .slice(0, limit)
    .map(([k, v]) => `${k}: ${v}`)
    .join(' · ');
}
