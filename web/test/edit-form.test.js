// Unit tests of the editors' shared pieces (web/js/edit-form.js): the PATCH bodies, the ETag, the words for a
// failure and the rows of the conflict box (the box itself is a template, edit-conflict.js, which escapes by
// default; EditingMapIT and TaskEditingIT read it in the browser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formChanges, failureText, etagOf, conflictRows, taskChanges, TASK_FIELDS } from '../js/edit-form.js';
import { setLang } from '../js/i18n.js';

const task = { content: 'Hoàn chỉnh Đề án', note: null, product: 'Đề án', deadline_text: 'Quý II/2022',
  due_date: '2022-06-30', version: 3 };
const same = { content: 'Hoàn chỉnh Đề án', note: '', product: 'Đề án', deadline_text: 'Quý II/2022' };

test('only the fields that changed are sent; a null note equals an empty one', () => {
  assert.deepEqual(taskChanges(task, same), {});
  assert.deepEqual(taskChanges(task, { ...same, deadline_text: 'Quý IV/2026' }), { deadline_text: 'Quý IV/2026' });
  assert.deepEqual(taskChanges(task, { ...same, note: 'Đã trình', product: 'Quyết định' }),
    { note: 'Đã trình', product: 'Quyết định' });
  assert.deepEqual(TASK_FIELDS, ['content', 'note', 'product', 'deadline_text']);
});

test('fields outside the list are never sent, and clearing a value sends ""', () => {
  assert.deepEqual(formChanges({ a: 'x', b: 'y' }, { a: 'x', b: 'z', c: 'w' }, ['a', 'b']), { b: 'z' });
  assert.deepEqual(formChanges({ a: 'x' }, { a: '' }, ['a']), { a: '' });
});

test('the ETag of a version is written as the server writes it', () => {
  assert.equal(etagOf(4), '"v4"');
});

test('a failed save says the parameter and the reason, or the status', () => {
  setLang('en');
  assert.equal(failureText({ status: 400, problem: { parameter: 'content', detail: 'too long' } }), 'Not saved: content: too long');
  assert.equal(failureText({ status: 500, problem: {}, message: 'boom' }), 'Not saved (500): boom');
  setLang('vi');
  assert.equal(failureText({ status: 403, problem: { detail: 'editors only' } }), 'Không lưu được (403): editors only');
});

test('the conflict box names the fields in the page\'s words and gives what the other person saved as text', () => {
  setLang('vi');
  const rows = conflictRows({ fields_you_would_overwrite: ['deadline_text'], current: { deadline_text: '<b>Quý I/2027</b>' } },
    (f, current) => current[f]);
  assert.equal(rows.length, 1);
  assert.match(rows[0].label, /thời hạn/);
  assert.equal(rows[0].value, '<b>Quý I/2027</b>', 'the value as typed: the template escapes it');
  assert.deepEqual(conflictRows({ current: {} }, () => 'x'), [], 'no fields, no rows');
});
