// Unit tests of the printed sheet's pure parts (web/js/print-sheet.js) and of timeliness.js.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import './terms-fixture.js';
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
      deadline_text: 'Quý I/2022', due_date: '2022-03-31', progress: 'not_reported', timeliness: 'overdue', days_overdue: 1702 }],
    new Map([['so-xay-dung', { name_vi: 'Sở Xây dựng' }]]));
    assert.ok(html.includes('Sở Xây dựng') && html.includes('Chưa có báo cáo') && html.includes('Quá hạn 1.702 ngày'), html);
    assert.ok(html.includes('Quy hoạch &lt;chung&gt;'));
    assert.ok(!html.includes('>not_reported<') && !html.includes('>overdue<'));
  });
});

describe('timeliness', () => {
  test('is read from the API', () => {
    assert.equal(timelinessOf({ timeliness: 'late', due_date: '2022-03-31' }), 'late');
    assert.equal(progressOf({ progress: 'done' }), 'done');
  });
  test('a value the API does not state reads as not reported and open, never as a code', () => {
    assert.equal(timelinessOf({ timeliness: 'bogus' }), 'open');
    assert.equal(progressOf({ progress: 'bogus' }), 'not_reported');
  });
});

describe('progress data', async () => {
  const { groupTasks, counts, timelinePoints, indicatorActual, shareOfTarget } = await import('../js/progress-data.js');
  const { quarterTicks, quarterLabel, dayMs } = await import('../js/dates.js');
  const tasks = [
    { code: 'I.1', section: 'I', due_date: '2022-03-31', timeliness: 'overdue', progress: 'not_reported', lead: [{ id: 'a', short_vi: 'B agency' }, { id: 'b', short_vi: 'A agency' }] },
    { code: 'I.2', section: 'I', due_date: '2022-03-31', timeliness: 'late', days_late: 10, progress: 'done', lead: [{ id: 'a', short_vi: 'B agency' }] },
    { code: 'II.1', section: 'II', due_date: null, timeliness: 'ongoing', progress: 'in_progress', lead: [] , lead_text: 'Các sở' },
  ];
  test('groups by section in order, by agency by name (a task in each of its leads)', () => {
    assert.deepEqual(groupTasks(tasks, 'section').map((g) => [g.key, g.tasks.length]), [['I', 2], ['II', 1]]);
    assert.deepEqual(groupTasks(tasks, 'agency').map((g) => [g.label, g.tasks.length]), [['A agency', 1], ['B agency', 2], ['Các sở', 1]]);
  });
  test('counts timeliness and never-reported tasks', () => {
    const c = counts(tasks);
    assert.equal(c.total, 3);
    assert.equal(c.overdue, 1);
    assert.equal(c.late, 1);
    assert.equal(c.ongoing, 1);
    assert.equal(c.not_reported, 1);
  });
  test('places dated tasks at their day and spreads those of the same day', () => {
    const points = timelinePoints(groupTasks(tasks, 'section'), dayMs);
    assert.equal(points.length, 2);
    assert.deepEqual(points.map((p) => p.y), [-0.3, 0.3]);
    assert.equal(points[0].x, Date.UTC(2022, 2, 31));
  });
  test('quarter ticks and labels', () => {
    const ticks = quarterTicks(Date.UTC(2021, 10, 5), Date.UTC(2022, 6, 1));
    assert.deepEqual(ticks.map(quarterLabel), ['I/2022', 'II', 'III']);
  });
  test('the latest actual value of an indicator, in any of the forms the API may give', () => {
    assert.deepEqual(indicatorActual({ actuals: [{ year: 2023, value: 10 }, { year: 2024, value: 12.5 }] }), { value: 12.5, year: 2024 });
    assert.deepEqual(indicatorActual({ actual: { year: 2025, value: 3 } }), { value: 3, year: 2025 });
    assert.equal(indicatorActual({ value: 130 }), null);
    assert.equal(shareOfTarget(65, 130), 50);
    assert.equal(shareOfTarget(65, 0), null);
  });
});
