import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeText, shippedCoder, triples } from '../../helpers.js';

test('an event noun inside a compound takes the subject of the support verb that governs the phrase', () => {
  const doc = codeText(shippedCoder(), 'Later, Erdogan had a telephone conversation with Japanese Prime Minister Shigeru Ishiba about trade.', '2025-03-11');
  assert.deepEqual(triples(doc), ['TURGOV 041 JPNGOV']);
});

test('a date the parser took for a subject does not stop a clause borrowing its governor\'s subject', () => {
  // The parser reads "since March 2014, collaborating" with "March" as the subject of "collaborating".
  const doc = codeText(shippedCoder(), "Britain has been active in Iraq since March 2014, collaborating with Jordan to support Iraq's government.", '2025-03-11');
  assert.deepEqual(triples(doc), ['GBRGOV 050 JORGOV', 'GBRGOV 051 IRQGOV']);
});

test('a participle modifying an actor has that actor for its subject', () => {
  const doc = codeText(shippedCoder(), 'France has been deployed in Mali since January 2013, cooperating with Chad to support the Malian army in fighting insurgents.', '2025-03-11');
  assert.ok(triples(doc).includes('MLIMIL 190 REB'), triples(doc).join(', '));
});

test('two actors joined by a hyphen before an event noun are its source and target', () => {
  const doc = codeText(shippedCoder(), 'Officials prepared for the next round of Japan-China talks in Beijing.', '2025-03-11');
  assert.ok(triples(doc).includes('JPNGOV 046 CHNGOV'), triples(doc).join(', '));
});

test('a year modifying an event noun dates it, and a possessor before the year is its source', () => {
  const doc = codeText(shippedCoder(), "Officials recalled Iraq's 1990 invasion of Kuwait.", '2025-03-11');
  const e = doc.events.find((x) => x.code.startsWith('19'));
  assert.ok(e, triples(doc).join(', '));
  assert.equal(`${e.source?.code} ${e.target?.code} ${e.date.value} ${e.date.from}`, 'IRQ KWT 1990 text');
  assert.equal(doc.text.slice(e.date.start!, e.date.end!), '1990');
});

test('a second object coordinated with the first does not keep the target from the pattern', () => {
  const doc = codeText(shippedCoder(), 'Britain halted military aid and intelligence sharing with Libya.', '2025-03-11');
  assert.ok(triples(doc).includes('GBRGOV 1622 LBYGOV'), triples(doc).join(', '));
  const apart = codeText(shippedCoder(), 'Russia signed a deal and then met with Iran.', '2025-03-11');
  assert.ok(!triples(apart).some((t) => t.includes(' 057 IRN')), triples(apart).join(', '));
});
