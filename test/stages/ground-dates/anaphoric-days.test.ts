import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeText, shippedCoder } from '../../helpers.js';

test('"that same day", "the next day", "the previous day" count from the day named last, not from publication', () => {
  const doc = codeText(shippedCoder(), 'On July 31, Trump met Putin in Helsinki. That same day, Russia attacked Ukraine. The next day, Ukraine attacked Russia. The previous day, China criticized Japan.', '2019-09-17');
  assert.deepEqual(doc.events.map((e) => e.date.value), ['2019-07-31', '2019-07-31', '2019-08-01', '2019-07-30']);
  assert.ok(doc.events.slice(1).every((e) => e.date.from === 'text'));
});

test('with no day named before, or an anchor of its own ("the day before the election"), they date nothing', () => {
  const alone = codeText(shippedCoder(), 'That same day, Russia attacked Ukraine.', '2019-09-17');
  assert.equal(alone.events[0].date.from, 'published');
  const own = codeText(shippedCoder(), 'On July 31, Trump met Putin. The day before the election, Iran criticized Iraq.', '2019-09-17');
  assert.notEqual(own.events[1].date.value, '2019-07-30');
});
