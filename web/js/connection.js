// The connection note: a small lasting note in the header while the map is reached over plain HTTP from
// another machine (the server then sends the session cookie without Secure, so sign-in works, but the
// password and the cookie cross the network in clear). Loopback addresses never leave the machine: no note.

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

// @function isUnencrypted(location: {protocol, hostname}): boolean
// Whether the page came over plain HTTP from another machine than this one.
export function isUnencrypted(location) {
  const host = String(location.hostname || '').toLowerCase();
  return location.protocol === 'http:' && !LOOPBACK.has(host) && !host.endsWith('.localhost');
}

// @function showConnectionNote(note: Element, location?: Location): void
// Shows the note (its words come from data-i18n, so they follow the language switch) when unencrypted.
export function showConnectionNote(note, location = window.location) {
  note.hidden = !isUnencrypted(location);
}
