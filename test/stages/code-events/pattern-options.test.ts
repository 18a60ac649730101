import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeText, coderWith, triples } from '../../helpers.js';

const DICT = `
country CHN
  name: China
country JPN
  name: Japan
country USA
  name: United States
country HKG
  name: Hong Kong
agent GOV
  name: government
agent REB
  name: rebel
event 046
  verb: discuss * with +T
event 046
  target: none
  verb: discuss
event 040
  verb: meet with +T; have * meeting with +T
event 051
  verb: support +T
event 070
  verb: support +T:REB
`;

test('target: none takes no target from the object (the role China played is a topic), only from +T', () => {
  const coder = coderWith(DICT);
  assert.deepEqual(triples(codeText(coder, "Japan discussed China's role on Monday.")), []);
  assert.deepEqual(triples(codeText(coder, 'Japan discussed trade with China on Monday.')), ['JPNGOV 046 CHNGOV']);
});

test('a typed +T left empty in a passive must fit the role of the subject', () => {
  const coder = coderWith(DICT);
  assert.deepEqual(triples(codeText(coder, 'The Hong Kong government is supported by China.')), ['CHNGOV 051 HKGGOV']);
  assert.deepEqual(triples(codeText(coder, 'The rebels were supported by China.')), ['CHNGOV 070 REB']);
});

test('an -ing word inside a matched phrase is not a second event ("have a pull-aside meeting with")', () => {
  const doc = codeText(coderWith(DICT), 'The United States will have a pull-aside meeting with Japan on Thursday.');
  assert.deepEqual(triples(doc), ['USAGOV 040 JPNGOV']);
});
