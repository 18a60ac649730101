import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { coderWith, codeText, shippedCoder } from '../../helpers.js';

const coder = coderWith(readFileSync(new URL('../../fixtures/mini.dict', import.meta.url), 'utf8'));
const facts = (text: string) => codeText(coder, text).events.map((e) => `${e.factuality.value}:${e.factuality.cue ?? ''}`);

test('negation, modality, plans and reports before the trigger', () => {
  assert.deepEqual(facts('Russia did not attack Syrian rebels.'), ['negated:not']);
  assert.deepEqual(facts('Russia could attack Syrian rebels.'), ['hypothetical:could']);
  assert.deepEqual(facts('Russia will attack Syrian rebels.'), ['future:will']);
  assert.deepEqual(facts('Russia reportedly attacked Syrian rebels.'), ['reported:reportedly']);
});

test('an event noun takes the mood of the verb after it', () => {
  assert.deepEqual(facts("Russia's talks with Turkey will take place in Moscow.").map((f) => f.split(':')[0]), ['future']);
  assert.deepEqual(facts("Russia's talks with Turkey were not held.").map((f) => f.split(':')[0]), ['negated']);
});

test('a report later denied is denied, never asserted', () => {
  const doc = codeText(coder, 'A newspaper reported a meeting between Erdogan and Assad, but officials denied this.');
  assert.ok(doc.events.length > 0);
  for (const e of doc.events) assert.equal(e.factuality.value, 'denied');
});

// A verb of reporting counts only where it reports the act (needs the parse).
const factOf = (text: string, trigger: string) => {
  const doc = codeText(shippedCoder(), text, '2025-03-11');
  const e = doc.events.find((x) => doc.text.slice(x.trigger.start, x.trigger.end) === trigger);
  assert.ok(e, `no event on "${trigger}" in: ${text}`);
  return e.factuality.value;
};

test('a report verb inside the act\'s own clause or modifying a noun does not make the act reported', () => {
  assert.equal(factOf('Turkey criticized Russia despite claiming previously that it supported Moscow.', 'criticized'), 'asserted');
  assert.equal(factOf('Erdogan criticised Putin for a comment reported in a Russian newspaper.', 'criticised'), 'asserted');
  assert.equal(factOf('Erdogan said he was ready to talk and urged Putin to meet him.', 'urged'), 'asserted');
  // The report still counts where it governs the act.
  assert.equal(factOf('Turkey attacked Syrian rebels, Turkish officials said.', 'attacked'), 'reported');
  assert.equal(factOf('Officials said Turkey attacked Syrian rebels.', 'attacked'), 'reported');
});

test('what someone is accused of is reported; "have alleged" reports, "the alleged" supposes', () => {
  assert.equal(factOf('Kyle Rittenhouse is accused of shooting and killing two protesters.', 'shooting'), 'reported');
  assert.equal(factOf('His associates have alleged Navalny was poisoned by Russian agents.', 'poisoned'), 'reported');
});

test('what is only considered may not happen: a gerund after a verb of weighing is hypothetical', () => {
  assert.equal(factOf('Russia is considering sending troops to Syria.', 'sending'), 'hypothetical');
  assert.equal(factOf('Several state parties were considering severing their ties with the national Constitution Party.', 'severing'), 'hypothetical');
  assert.equal(factOf('Russia kept sending troops to Syria.', 'sending'), 'asserted');
});

test("what a quotation says happened is the speaker's report", () => {
  assert.equal(factOf('"Russian jets have bombed Syrian rebels every night," the mayor told reporters.', 'bombed'), 'reported');
  assert.equal(factOf('Russian jets bombed Syrian rebels, the "last defenders" of the town.', 'bombed'), 'asserted');
});

test('the act of an attempt that failed did not happen', () => {
  assert.equal(factOf('An initial attempt to prosecute the two French police officers failed.', 'prosecute'), 'negated');
  assert.equal(factOf('An attempt to arrest the Syrian rebels succeeded.', 'arrest'), 'asserted');
});
