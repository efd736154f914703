// The API's terms for the unit tests, which run without a server: config-terms.json is what GET /config serves
// (ClientTermsTest on the server fails when it is not), put in the store as main.js puts /config's answer.
// A test file that exercises code reading the terms imports this module first.

import { readFileSync } from 'node:fs';
import { store } from '../js/store.js';
import { clientTerms } from '../js/terms.js';

export const CONFIG = JSON.parse(readFileSync(new URL('./config-terms.json', import.meta.url), 'utf8'));
store.set({ terms: clientTerms(CONFIG) });
