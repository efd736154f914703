// Unit tests of the browser's attachment checks and the server's refusals in words (web/js/attachments.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import './terms-fixture.js';
import { sniffType, fileProblem, refusalText } from '../js/attachments.js';
import { setLang } from '../js/i18n.js';

const bytes = (...b) => new Uint8Array(b);
const file = (name, type, content) => new File([content], name, { type });

test('sniffType reads the PDF, PNG and JPEG signatures and nothing else', () => {
  assert.equal(sniffType(new TextEncoder().encode('%PDF-1.7\n')), 'application/pdf');
  assert.equal(sniffType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)), 'image/png');
  assert.equal(sniffType(bytes(0xff, 0xd8, 0xff, 0xe0)), 'image/jpeg');
  assert.equal(sniffType(new TextEncoder().encode('<script>')), null);
  assert.equal(sniffType(bytes(0x25, 0x50)), null, 'too short');
});

test('a file whose content is not what its name and type claim is refused before sending', async () => {
  assert.equal(await fileProblem(file('evil.pdf', 'application/pdf', '<script>alert(1)</script>')), 'content');
  assert.equal(await fileProblem(file('ok.pdf', 'application/pdf', '%PDF-1.4\n%%EOF\n')), null);
  assert.equal(await fileProblem(file('x.html', 'text/html', '<html>')), 'type');
  assert.equal(await fileProblem(file('empty.pdf', 'application/pdf', '')), 'empty');
});

test('the server’s refusals are said in the interface’s language, never its English detail', () => {
  const err = (status, problem = {}) => ({ status, problem: { detail: 'the file\'s content is not application/pdf', ...problem } });
  setLang('vi');
  const vi = refusalText(err(415), 'a.pdf');
  assert.match(vi, /^a\.pdf: máy chủ từ chối/);
  assert.doesNotMatch(vi, /content is not/);
  assert.match(refusalText(err(413), 'a.pdf'), /5 MB/);
  assert.match(refusalText(err(400, { parameter: 'filename' }), 'a.pdf'), /tên tệp/);
  assert.match(refusalText(err(500), 'a.pdf'), /HTTP 500/);
  setLang('en');
  assert.match(refusalText(err(415), 'a.pdf'), /refused by the server/);
  setLang('vi');
});
