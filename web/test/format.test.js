// Unit tests of the formatting modules: web/js/dates.js, deadlines.js, numbers.js, text.js (run: node --test web/test/).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import './terms-fixture.js';
import { escapeHtml, fold, truncate } from '../js/text.js';
import { formatDate, parseIsoDate, daysBetween, quarterOf, yearOf } from '../js/dates.js';
import { daysLeftText, yearsOverdue, inWindow, timelinessDaysText } from '../js/deadlines.js';
import { formatNumber } from '../js/numbers.js';

describe('escapeHtml', () => {
  test('escapes the five HTML-significant characters and the backtick', () => {
    assert.equal(escapeHtml(`<img src=x onerror="alert('x')">&\``), '&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;&#96;');
  });
  test('keeps Vietnamese text as it is', () => {
    assert.equal(escapeHtml('Đại lộ Bắc Sông Mã – Quý I/2023'), 'Đại lộ Bắc Sông Mã – Quý I/2023');
  });
  test('turns null and undefined into the empty string, numbers into text', () => {
    assert.equal(escapeHtml(null), '');
    assert.equal(escapeHtml(undefined), '');
    assert.equal(escapeHtml(0), '0');
  });
});

describe('formatDate', () => {
  const cases = [
    ['2023-03-31', '31/03/2023'],
    ['2022-06-30', '30/06/2022'],
    ['2026-11-27T05:00:00Z', '27/11/2026'],
    ['2024-02-29', '29/02/2024'],
  ];
  for (const [iso, expected] of cases) {
    test(`${iso} → ${expected}`, () => assert.equal(formatDate(iso), expected));
  }
  test('is empty for a missing or impossible date', () => {
    for (const bad of [null, undefined, '', 'Quý I/2023', '2023-02-30', '2023-13-01', 20230331]) {
      assert.equal(formatDate(bad), '', String(bad));
    }
  });
  test('parseIsoDate gives the parts', () => {
    assert.deepEqual(parseIsoDate('2023-03-31'), { y: 2023, m: 3, d: 31 });
  });
});

describe('daysBetween', () => {
  test('counts calendar days, negative into the past', () => {
    assert.equal(daysBetween('2026-11-27', '2026-11-28'), 1);
    assert.equal(daysBetween('2026-11-27', '2023-03-31'), -1337);
    assert.equal(daysBetween('2024-02-28', '2024-03-01'), 2);
    assert.equal(daysBetween('2026-11-27', '2026-11-27'), 0);
  });
  test('is null without both dates', () => {
    assert.equal(daysBetween('2026-11-27', null), null);
  });
});

describe('daysLeftText', () => {
  const cases = [
    [12, 'vi', 'Còn 12 ngày'],
    [12, 'en', '12 days left'],
    [1, 'en', '1 day left'],
    [0, 'vi', 'Đến hạn hôm nay'],
    [0, 'en', 'Due today'],
    [-1, 'en', '1 day overdue'],
    [-1337, 'vi', 'Quá hạn 1.337 ngày'],
    [-1337, 'en', '1,337 days overdue'],
  ];
  for (const [days, lang, expected] of cases) {
    test(`${days} (${lang}) → ${expected}`, () => assert.equal(daysLeftText(days, lang), expected));
  }
  test('says "ongoing" for a task without a date that runs through the resolution', () => {
    assert.equal(daysLeftText(null, 'vi', true), 'Thường xuyên (không có hạn cụ thể)');
    assert.equal(daysLeftText(null, 'en', true), 'Ongoing (no fixed date)');
  });
  test('is empty without a date or an ongoing mark', () => {
    assert.equal(daysLeftText(null, 'vi'), '');
  });
});

test('formatNumber groups thousands per language', () => {
  assert.equal(formatNumber(1234567, 'vi'), '1.234.567');
  assert.equal(formatNumber(1234567, 'en'), '1,234,567');
  assert.equal(formatNumber(999, 'vi'), '999');
});

test('yearsOverdue counts whole years past the deadline', () => {
  assert.equal(yearsOverdue(-1337), 3);
  assert.equal(yearsOverdue(-364), 0);
  assert.equal(yearsOverdue(5), 0);
  assert.equal(yearsOverdue(null), 0);
});

describe('deadline windows', () => {
  const today = '2026-11-27';
  test('quarterOf and yearOf', () => {
    assert.deepEqual(quarterOf(today), { start: '2026-10-01', end: '2026-12-31' });
    assert.deepEqual(quarterOf('2023-02-10'), { start: '2023-01-01', end: '2023-03-31' });
    assert.deepEqual(yearOf(today), { start: '2026-01-01', end: '2026-12-31' });
  });
  const overdue = { due_date: '2023-03-31', ongoing: false, timeliness: 'overdue' };
  const thisQuarter = { due_date: '2026-12-31', ongoing: false, timeliness: 'open' };
  const thisYearEarlier = { due_date: '2026-03-31', ongoing: false, timeliness: 'overdue' };
  const ongoing = { due_date: null, ongoing: true, timeliness: 'ongoing' };
  const late = { due_date: '2022-12-31', ongoing: false, timeliness: 'late', days_late: 487 };
  test('overdue, late and due soon follow the server’s timeliness', () => {
    assert.equal(inWindow(overdue, 'overdue', today), true);
    assert.equal(inWindow(thisQuarter, 'overdue', today), false);
    assert.equal(inWindow(late, 'overdue', today), false, 'a late task is not overdue');
    assert.equal(inWindow(late, 'late', today), true);
    assert.equal(inWindow(overdue, 'late', today), false);
    assert.equal(inWindow({ timeliness: 'due_soon' }, 'due_soon', today), true);
  });
  test('late and overdue say their days in words', () => {
    assert.equal(timelinessDaysText(late, 'vi'), 'Trễ hạn 487 ngày');
    assert.equal(timelinessDaysText(late, 'en'), '487 days late');
    assert.equal(timelinessDaysText({ timeliness: 'overdue', days_overdue: 1337 }, 'vi'), 'Quá hạn 1.337 ngày');
    assert.equal(timelinessDaysText({ timeliness: 'overdue', days_overdue: 1 }, 'en'), '1 day overdue');
    assert.equal(timelinessDaysText({ timeliness: 'on_time' }, 'vi'), '');
  });
  test('this quarter and this year are calendar windows around today', () => {
    assert.equal(inWindow(thisQuarter, 'quarter', today), true);
    assert.equal(inWindow(thisYearEarlier, 'quarter', today), false);
    assert.equal(inWindow(thisYearEarlier, 'year', today), true);
    assert.equal(inWindow(overdue, 'year', today), false);
    assert.equal(inWindow(ongoing, 'year', today), false);
  });
  test('ongoing is the tasks without a fixed date', () => {
    assert.equal(inWindow(ongoing, 'ongoing', today), true);
    assert.equal(inWindow(overdue, 'ongoing', today), false);
  });
  test('no window matches everything', () => {
    assert.equal(inWindow(overdue, '', today), true);
  });
});

test('truncate cuts at a word boundary with an ellipsis', () => {
  assert.equal(truncate('short', 10), 'short');
  assert.equal(truncate('Xây dựng Đề án phát triển 6 trung tâm', 20), 'Xây dựng Đề án…');
});
