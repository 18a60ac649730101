import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeText, shippedCoder } from '../../helpers.js';

const story = 'On Thursday at the police headquarters in Paris, an IT worker went on a stabbing spree, killing four. '
  + 'A fifth person was hospitalized. The attacker was shot dead by police. '
  + 'Officials said the three officers were stabbed with a kitchen knife in their offices. '
  + 'The archive counts events where four or more people are killed by gunfire. '
  + 'Police will arrest anyone who attacks officers.';

test("acts of violence told after the lead with no date of their own take the lead's date", () => {
  // Published Saturday 2019-10-05; "On Thursday" is 2019-10-03.
  const doc = codeText(shippedCoder(), story, '2019-10-05');
  const dates = Object.fromEntries(doc.events.map((e) => [doc.text.slice(e.trigger.start, e.trigger.end), e.date.value]));
  assert.equal(dates.shot, '2019-10-03');
  assert.equal(dates.stabbed, '2019-10-03');
  // A present or future form tells of no past happening: it keeps the publication date.
  assert.notEqual(dates.killed, '2019-10-03');
  assert.notEqual(dates.attacks, '2019-10-03');
});

test('a lead date far from publication, or none, dates nothing else', () => {
  const doc = codeText(shippedCoder(), 'In March 2018, protests began. The attacker was shot dead by police.', '2019-10-05');
  const shot = doc.events.find((e) => doc.text.slice(e.trigger.start, e.trigger.end) === 'shot');
  assert.equal(shot?.date.value, '2019-10-05');
  assert.equal(shot?.date.from, 'published');
});
