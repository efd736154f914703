// Unit tests of the printed sheet's pure parts (web/js/print-sheet.js) and of timeliness.js.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { paperSize, pageCss, scaleDenominator, headHtml, taskTableHtml } from '../js/print-sheet.js';
import { timelinessOf, progressOf } from '../js/timeliness.js';
import { setLang } from '../js/i18n.js';

describe('paper', () => {
  test('A4 and A3 in both orientations, in millimetres', () => {
    assert.deepEqual(paperSize('A4', 'landscape'), [297, 210]);
    assert.deepEqual(paperSize('A4', 'portrait'), [210, 297]);
    assert.deepEqual(paperSize('A3', 'landscape'), [420, 297]);
    assert.deepEqual(paperSize('A3', 'portrait'), [297, 420]);
  });
  test('an unknown paper is A4; the @page rule names the paper and has no margin', () => {
    assert.deepEqual(paperSize('Letter', 'portrait'), [210, 297]);
    assert.equal(pageCss('A3', 'portrait'), '@page { size: A3 portrait; margin: 0; }');
    assert.equal(pageCss('<b>', 'x'), '@page { size: A4 landscape; margin: 0; }');
  });
  test('the scale of a map at a ground resolution printed at 96 CSS px per inch', () => {
    // 1 px = 0.2646 mm on paper: 10 m per pixel is 1:37 795, rounded to 1:38 000
    assert.equal(scaleDenominator(10), 38000);
    assert.equal(scaleDenominator(26.4583), 100000);
  });
});

describe('sheet text', () => {
  test('the heading escapes the title and states the day', () => {
    setLang('vi');
    const html = headHtml({ title: '<script>x</script>', subtitle: 'Thành phố Thanh Hóa', day: '2026-11-27', asOf: false });
    assert.ok(html.includes('&lt;script&gt;x&lt;/script&gt;') && !html.includes('<script>'));
    assert.ok(html.includes('Tình hình đến ngày 27/11/2026'));
  });
  test('the task table gives progress and timeliness in words, never codes', () => {
    setLang('vi');
    const html = taskTableHtml('Nhiệm vụ', [{ code: 'III.1', content: 'Quy hoạch <chung>', lead: [{ id: 'so-xay-dung' }],
      deadline_text: 'Quý I/2022', due_date: '2022-03-31', status: 'not_reported', overdue: true, days_left: -1702 }],
    new Map([['so-xay-dung', { name_vi: 'Sở Xây dựng' }]]));
    assert.ok(html.includes('Sở Xây dựng') && html.includes('Chưa có báo cáo') && html.includes('Quá hạn 1702 ngày'), html);
    assert.ok(html.includes('Quy hoạch &lt;chung&gt;'));
    assert.ok(!html.includes('>not_reported<') && !html.includes('>overdue<'));
  });
});

describe('timeliness', () => {
  test('is read from the API when it states it', () => {
    assert.equal(timelinessOf({ timeliness: 'late', due_date: '2022-03-31', overdue: false }), 'late');
    assert.equal(progressOf({ progress: 'done', status: 'submitted' }), 'done');
  });
  test('is derived from the older fields otherwise', () => {
    assert.equal(timelinessOf({ due_date: null, ongoing: true }), 'ongoing');
    assert.equal(timelinessOf({ due_date: '2022-03-31', overdue: true }), 'overdue');
    assert.equal(timelinessOf({ due_date: '2022-03-31', overdue: false, status: 'done' }), 'on_time');
    assert.equal(timelinessOf({ due_date: '2026-12-20', overdue: false, status: 'in_progress', days_left: 23 }), 'due_soon');
    assert.equal(timelinessOf({ due_date: '2027-12-20', overdue: false, status: 'not_reported', days_left: 388 }), 'open');
    assert.equal(progressOf({ status: 'bogus' }), 'not_reported');
  });
});
