// The API's terms as the server declares them: GET /config (the server's ClientTerms) serves them, main.js puts
// them in the store (`terms`) before anything is drawn, and the front end reads them here rather than declaring
// them again: the roles and what each may do, the export formats and coordinate systems, the CRSs of drawings
// and scans, the progress, timeliness and accuracy values with their words, the attachment and scan policies,
// the due-soon window. Every function reads the store's terms (unit tests set them from web/test/config-terms.json,
// which ClientTermsTest keeps equal to what the server serves).

import { store } from './store.js';

// The dictionary keys of the vocabularies' words (i18n.js looks a word up among them after the word modules).
const WORD_KEYS = { progress: 'status.', timeliness: 'timeliness.', accuracyClasses: 'accuracy.class.' };

// @function clientTerms(config: object): object — the terms of a /config answer, frozen, with the words of its
// vocabularies as a dictionary ({vi: {'status.done': …}, en: {…}}). An accuracy class's words start with a
// capital here (the server writes them mid-sentence: "Độ chính xác: đo đạc, ±2 m").
export function clientTerms(config) {
  const words = { vi: {}, en: {} };
  for (const [vocabulary, prefix] of Object.entries(WORD_KEYS)) {
    for (const value of config[vocabulary] || []) {
      for (const lang of Object.keys(words)) {
        words[lang][prefix + value.id] = capital(value[lang], lang);
      }
    }
  }
  return Object.freeze({ ...config, words: Object.freeze(words) });
}

const capital = (word, lang) => word.charAt(0).toLocaleUpperCase(lang) + word.slice(1);

// @function terms(): object — the store's terms; throws before /config is read
export function terms() {
  const loaded = store.state.terms;
  if (!loaded) {
    throw new Error('the API terms are not loaded yet (GET /config)');
  }
  return loaded;
}

const ids = (values) => values.map((v) => v.id);

// @function progressIds(): string[] — in the order of a report's life ('not_reported': no report yet)
export const progressIds = () => ids(terms().progress);
// @function reportStatuses(): string[] — the statuses a progress report may state
export const reportStatuses = () => terms().reportStatuses;
// @function timelinessIds(): string[] — most pressing first (the order of legends and charts)
export const timelinessIds = () => ids(terms().timeliness);
// @function dueSoonDays(): number — a task is due soon when its due date is at most this many days ahead
export const dueSoonDays = () => terms().dueSoonDays;
// @function accuracyClassIds(): string[] — most to least certain
export const accuracyClassIds = () => ids(terms().accuracyClasses);

// @function exportFormatIds(): string[] — /export's formats, in the order a planner reaches for them
export const exportFormatIds = () => ids(terms().exportFormats);
// @function exportCrsIds(): string[] — /export's coordinate systems (wgs84, vn2000-utm48, vn2000-thanhhoa)
export const exportCrsIds = () => ids(terms().crs);

// @function crsChoices(format: string): string[] — the CRSs a format can carry: ['wgs84'] for KML and GeoJSON,
// none for the tasks workbook (no geometry)
export function crsChoices(format) {
  const f = terms().exportFormats.find((x) => x.id === format);
  if (f && !f.hasCrs) {
    return [];
  }
  return f && !f.projectable ? ['wgs84'] : exportCrsIds();
}

// @function importCrss(): string[] — the CRSs an editor may say a drawing is in (besides the file's own)
export const importCrss = () => terms().importCrs;
// @function scanCrss(): string[] — the CRSs of a scan's control points, the province's zone first
export const scanCrss = () => terms().scanCrs;

// @function attachmentTypes(): string[] — the media types a report's file may have (the server checks content)
export const attachmentTypes = () => terms().attachments.types;
// @function attachmentMaxBytes(): number — the largest file a report may carry
export const attachmentMaxBytes = () => terms().attachments.maxBytes;
// @function attachmentAccept(): string — a file input's accept attribute: the types and their extensions
export const attachmentAccept = () => [...attachmentTypes(), ...terms().attachments.extensions].join(',');
// @function scanTypes(): string[] — the media types of a scanned plan
export const scanTypes = () => terms().scans.types;
// @function scanMaxBytes(): number — the largest scanned plan
export const scanMaxBytes = () => terms().scans.maxBytes;

// @function may(user, permission: string): boolean — whether the user's role holds the permission ('report',
// 'review', 'edit', 'import', 'scans', 'indicators', 'accounts'); false for nobody signed in
export function may(user, permission) {
  return Boolean(user && (terms().permissions[permission] || []).includes(user.role));
}
