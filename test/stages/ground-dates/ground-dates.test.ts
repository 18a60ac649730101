import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, type DateSpan, type Doc } from '../../../src/model/doc.js';
import { segmentText } from '../../../src/stages/segment/segment.js';
import { groundDates } from '../../../src/stages/ground-dates/ground-dates.js';

// Every date is tested against a fixed reference: published Thursday 25 July 2024.
const PUBLISHED = '2024-07-25';

function ground(text: string, published: string | null = PUBLISHED): Doc {
  return groundDates(segmentText(createDoc({ id: 't', raw: text, published })));
}

/** The single date span whose text is `expr` (fails when absent). */
function dateOf(text: string, expr: string, published: string | null = PUBLISHED): DateSpan {
  const doc = ground(text, published);
  const span = doc.dates.find((d) => doc.text.slice(d.start, d.end) === expr);
  assert.ok(span, `no date span "${expr}" in "${text}"; found ${JSON.stringify(doc.dates.map((d) => doc.text.slice(d.start, d.end)))}`);
  return span;
}

function expect(text: string, expr: string, value: string | null, precision: DateSpan['precision'], rangeEnd?: string | null): DateSpan {
  const span = dateOf(text, expr);
  assert.equal(span.value, value, `value of "${expr}" in "${text}"`);
  assert.equal(span.precision, precision, `precision of "${expr}" in "${text}"`);
  if (rangeEnd !== undefined) assert.equal(span.rangeEnd, rangeEnd, `rangeEnd of "${expr}" in "${text}"`);
  return span;
}

test('weekdays: past tense takes the latest one, future tense the next one', () => {
  expect('The Kremlin confirmed that the meeting took place on Wednesday.', 'Wednesday', '2024-07-24', 'day');
  expect('The two leaders will meet on Wednesday.', 'Wednesday', '2024-07-31', 'day');
  expect('The ministers met on Monday.', 'Monday', '2024-07-22', 'day');
});

test('a weekday naming the publication day is that day (news convention), in either tense', () => {
  expect('The ministers met on Thursday.', 'Thursday', PUBLISHED, 'day');
  expect('The ministers will meet on Thursday.', 'Thursday', PUBLISHED, 'day');
  expect('The ministers met last Thursday.', 'last Thursday', '2024-07-18', 'day');
  expect('The ministers will meet next Thursday.', 'next Thursday', '2024-08-01', 'day');
});

test('times of day attach to their date with day precision', () => {
  expect('Clashes erupted on Monday night.', 'Monday night', '2024-07-22', 'day');
  expect('The blast hit at 6am on Tuesday.', '6am on Tuesday', '2024-07-23', 'day');
  expect('On Tuesday, 14 people were killed.', 'Tuesday', '2024-07-23', 'day');
});

test('deictic days, weeks, months and years', () => {
  expect('Rebels attacked the town yesterday.', 'yesterday', '2024-07-24', 'day');
  expect('The parliament votes today.', 'today', '2024-07-25', 'day');
  expect('Talks were held last week.', 'last week', '2024-07-15', 'range', '2024-07-21');
  expect('Exports fell last month.', 'last month', '2024-06', 'month');
  expect('Russia facilitated meetings last year.', 'last year', '2023', 'year');
  expect('Inflation rose this year.', 'this year', '2024', 'year');
  expect('The assembly will vote next month.', 'next month', '2024-08', 'month');
  expect('The envoy died two days ago.', 'two days ago', '2024-07-23', 'day');
  expect('Protests began earlier this month.', 'earlier this month', '2024-07', 'month');
  expect('The law was passed in March last year.', 'March last year', '2023-03', 'month');
});

test('absolute dates with their precision', () => {
  expect('This meeting follows their last encounter in March 2023.', 'March 2023', '2023-03', 'month');
  expect('They met on 12 March 2023.', '12 March 2023', '2023-03-12', 'day');
  expect('They met on March 12, 2023.', 'March 12, 2023', '2023-03-12', 'day');
  expect('Turkey severed ties with Syria in 2011.', '2011', '2011', 'year');
  expect('In December 2022, ministers met in Moscow.', 'December 2022', '2022-12', 'month');
  expect('Friday, January 4, 2019', 'Friday, January 4, 2019', '2019-01-04', 'day');
});

test('ranges: since (open), between, from-to, dashes', () => {
  expect('Russia has been in Syria since 2011.', 'since 2011', '2011', 'range', null);
  expect('Russia has been in Syria since September 2015.', 'since September 2015', '2015-09', 'range', null);
  expect('Prices fell between 2012 and 2015.', 'between 2012 and 2015', '2012', 'range', '2015');
  expect('He ruled from 2012 to 2015.', 'from 2012 to 2015', '2012', 'range', '2015');
  expect('He served from March to May 2020.', 'March to May 2020', '2020-03', 'range', '2020-05');
  expect('Drought struck during 2017–2018.', '2017–2018', '2017', 'range', '2018');
  expect('The fair ran on July 27–28, 2019.', 'July 27–28, 2019', '2019-07-27', 'range', '2019-07-28');
  expect('Wars raged in the 1990s.', '1990s', '1990', 'range', '1999');
});

test('a month without a year: past tense looks back, future and plans look ahead', () => {
  expect('The leaders met in August.', 'August', '2023-08', 'month');
  expect('The leaders will meet in August.', 'August', '2024-08', 'month');
  expect('The minister plans to visit Ankara in August.', 'August', '2024-08', 'month');
  expect('A newspaper reported a potential meeting between the two leaders in Moscow in August.', 'August', '2024-08', 'month');
  expect('The leaders met in July.', 'July', '2024-07', 'month');
  expect('Elections were held on January 4.', 'January 4', '2024-01-04', 'day');
  expect('Elections will be held on January 4.', 'January 4', '2025-01-04', 'day');
  // A day days ahead is a schedule, whatever the tense: a day a year back would carry its year.
  expect('The debate, scheduled for August 2 in Miami, was moved online.', 'August 2', '2024-08-02', 'day');
  expect('Elections were held on July 20.', 'July 20', '2024-07-20', 'day');
});

test('side says where the date sits against publication', () => {
  assert.equal(dateOf('They met last year.', 'last year').side, 'past');
  assert.equal(dateOf('They will meet next month.', 'next month').side, 'future');
  assert.equal(dateOf('They met on Thursday.', 'Thursday').side, 'past');
});

test('numbers and words that are not dates are skipped', () => {
  const none = (text: string) => assert.deepEqual(ground(text).dates.map((d) => d.value), [], text);
  none("It marked the anniversary of Syria's 12-year uprising-turned-civil war.");
  none('The building was home to over 1,000 people; 39 are dead.');
  none('A 2011 law banned the party, and the 2019 election was annulled.');
  none('He may resign. A march on Washington drew crowds. She came second.');
  none('Theresa May said the vote would go ahead.');
  none('The Sunday Times reported that Good Friday services were cancelled.');
  none('Resolution 2254 calls for a ceasefire; turnout was 2011 votes up.');
  none('Two days later, the rebels withdrew for three years.');
  none('Prices rose 2019% and cost $2011.');
});

test('without a publication date, relative expressions stay unresolved with a message; absolute ones resolve', () => {
  const doc = ground('The Kremlin said the leaders met on Wednesday, after talks last year and in March 2023.', null);
  const by = (expr: string) => doc.dates.find((d) => doc.text.slice(d.start, d.end) === expr)!;
  assert.equal(by('Wednesday').value, null);
  assert.equal(by('Wednesday').precision, 'day');
  assert.equal(by('last year').value, null);
  assert.equal(by('last year').precision, 'year');
  assert.equal(by('March 2023').value, '2023-03');
  const messages = doc.messages.filter((m) => m.code === 'EW_MSG_UNRESOLVED_DATE');
  assert.equal(messages.length, 2);
  assert.ok(messages.every((m) => m.severity === 'info' && m.stage === 'ground-dates'));
  assert.deepEqual(messages.map((m) => m.spanId).sort(), [by('Wednesday').id, by('last year').id].sort());
});

test('spans carry id, offsets, label, by and ref', () => {
  const doc = ground('Turkey severed ties with Syria in 2011.');
  const [span] = doc.dates;
  assert.equal(span.id, `date:${span.start}-${span.end}`);
  assert.equal(doc.text.slice(span.start, span.end), '2011');
  assert.equal(span.label, 'date');
  assert.equal(span.by, 'ground-dates');
  assert.equal(span.ref, 'rule/year');
  assert.match(dateOf('They met on Wednesday.', 'Wednesday').ref ?? '', /^chrono\//);
});

test('running twice gives the same dates and no duplicate messages', () => {
  const doc = ground('They met on Wednesday.', null);
  const first = JSON.stringify(doc.dates);
  groundDates(doc);
  assert.equal(JSON.stringify(doc.dates), first);
  assert.equal(doc.messages.length, 1);
});

test('a malformed publication date is a warning, not an error; a timestamp is cut to its day', () => {
  const bad = ground('They met on Wednesday.', 'last Thursday');
  assert.equal(bad.dates[0].value, null);
  assert.ok(bad.messages.some((m) => m.code === 'EW_MSG_BAD_PUBLISHED' && m.severity === 'warning'));
  assert.equal(ground('They met on Wednesday.', '2024-07-25T09:30:00Z').dates[0].value, '2024-07-24');
  assert.throws(() => groundDates(ground('x'), { reference: 'soon' }), { code: 'EW_ERR_OPTION' });
});

test("sentences: 'with-actors' grounds only sentences holding an actor, once find-actors has run", async () => {
  const { shippedCoder } = await import('../../helpers.js');
  const text = 'It rained on Monday. Russia met Syria on Tuesday. The weather improved in March.';
  const coded = shippedCoder().code(createDoc({ id: 'd', raw: text, published: '2024-07-25' }));
  assert.deepEqual(coded.dates.map((d) => text.slice(d.start, d.end)), ['Tuesday']);
  assert.deepEqual(coded.events.map((e) => e.date.value), ['2024-07-23']);
  // Without that option (or without actors found) every sentence is grounded.
  const all = groundDates(segmentText(createDoc({ id: 'd', raw: text, published: '2024-07-25' })), { sentences: 'with-actors' });
  assert.deepEqual(all.dates.map((d) => text.slice(d.start, d.end)), ['Monday', 'Tuesday', 'March']);
});
