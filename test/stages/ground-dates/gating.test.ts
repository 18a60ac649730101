import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeText, shippedCoder } from '../../helpers.js';

test('the coding pipeline grounds dates only where an event can take them: an actor with a pattern match or an event noun', () => {
  const doc = codeText(shippedCoder(), "Putin met Assad on Wednesday. Russia's weather was cold on Thursday. Erdogan recalled their last encounter in March.", '2024-07-25');
  const dated = doc.dates.map((d) => doc.text.slice(d.start, d.end));
  assert.ok(dated.includes('Wednesday'), dated.join(', '));
  assert.ok(!dated.some((d) => d.includes('Thursday')), dated.join(', '));
  assert.ok(dated.some((d) => d.includes('March')), dated.join(', '));
});
