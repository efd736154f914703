// How certain a place is, as the map and the panel show it. Every feature carries accuracy_class (surveyed,
// from_plan, inferred, schematic, not_located), accuracy_m (radius of the stated uncertainty, metres), the
// sentence (accuracy in English, accuracy_vi in Vietnamese) and its public sources (accuracy_source in
// Vietnamese, accuracy_source_en in English).

import { escapeHtml } from './format.js';
import { t, lang } from './i18n.js';

// @const CLASSES: the accuracy classes, most to least certain.
export const CLASSES = ['surveyed', 'from_plan', 'inferred', 'schematic', 'not_located'];

// @function classOf(props: object): string — the feature's class; an unknown one is treated as not located.
export function classOf(props) {
  return CLASSES.includes(props && props.accuracy_class) ? props.accuracy_class : 'not_located';
}

// @function metresText(m: number): string — metres in the page's language: 1.500 (vi), 1,500 (en).
export function metresText(m) {
  return new Intl.NumberFormat(lang() === 'en' ? 'en' : 'vi', { maximumFractionDigits: 2 }).format(m);
}

// @function sentence(props): string — the accuracy sentence in the page's language, '' when there is none in it
// (the Vietnamese page shows no English).
export function sentence(props) {
  return lang() === 'en' ? props.accuracy || '' : props.accuracy_vi || '';
}

// @function sources(props): string — the public sources in the page's language ('' when none in it).
export function sources(props) {
  return lang() === 'en' ? props.accuracy_source_en || '' : props.accuracy_source || '';
}

// @function accuracyHtml(props): string — the panel's accuracy: class, ±metres, and the sentence or, when the page's
// language has none, what the class means. Escaped.
export function accuracyHtml(props) {
  const cls = classOf(props);
  const head = `<span class="pm-accuracy-class" data-accuracy-class="${cls}">${escapeHtml(t(`accuracy.class.${cls}`))}</span>`
    + (props.accuracy_m ? `, ${escapeHtml(t('accuracy.within', { metres: metresText(props.accuracy_m) }))}` : '');
  const text = sentence(props) || t(`accuracy.explain.${cls}`);
  return `${head}<br><span class="pm-accuracy">${escapeHtml(text)}</span>`;
}
