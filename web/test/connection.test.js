import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isUnencrypted, showConnectionNote } from '../js/connection.js';

test('plain HTTP to another machine is unencrypted', () => {
  assert.equal(isUnencrypted({ protocol: 'http:', hostname: 'planmap.test' }), true);
  assert.equal(isUnencrypted({ protocol: 'http:', hostname: '192.168.1.20' }), true);
});

test('HTTPS, and loopback over HTTP, are not flagged', () => {
  assert.equal(isUnencrypted({ protocol: 'https:', hostname: 'planmap.test' }), false);
  for (const hostname of ['localhost', '127.0.0.1', '[::1]', 'app.localhost', 'LOCALHOST']) {
    assert.equal(isUnencrypted({ protocol: 'http:', hostname }), false, hostname);
  }
});

test('the note is shown or hidden accordingly', () => {
  const note = { hidden: true };
  showConnectionNote(note, { protocol: 'http:', hostname: 'planmap.test' });
  assert.equal(note.hidden, false);
  showConnectionNote(note, { protocol: 'https:', hostname: 'planmap.test' });
  assert.equal(note.hidden, true);
});
