// People the dictionaries do not know: when they may fill an event's slot, and how a coded title,
// apposition or organisation beside them still gives them a code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../../../src/model/doc.js';
import { codeText, shippedCoder, triples } from '../../helpers.js';

const coded = (text: string) => codeText(shippedCoder(), text, '2020-02-21');
const sides = (doc: Doc) => doc.events.map((e) => `${e.source?.name ?? '-'}=${e.source?.code ?? '-'} ${e.code} ${e.target?.name ?? '-'}=${e.target?.code ?? '-'}`);
const mention = (doc: Doc, text: string) => doc.actors.find((a) => doc.text.slice(a.start, a.end) === text);

test("a person's name no entry knows fills the slot beside a coded actor, with its text and no code", () => {
  const doc = coded('Trump granted Angela Ronae Stanton a full and unconditional pardon.');
  assert.deepEqual(sides(doc), ['Donald Trump=USAGOV 0841 Angela Ronae Stanton=']);
  const e = doc.events[0];
  assert.equal(doc.text.slice(e.target!.start, e.target!.end), 'Angela Ronae Stanton');
  // The surname alone, later in the article, is the same uncoded person.
  const later = coded('A federal court heard Michael Travers on Friday. The United States government accused Travers of extortion.');
  assert.ok(sides(later).includes('United States government=USAGOV 1121 Travers='), sides(later).join(', '));
});

test('names of laws, pacts, works, places and organisations are no people', () => {
  assert.deepEqual(triples(coded('Hawkins endorsed the Green New Deal.')), []);
  assert.deepEqual(triples(coded('Trump praised the Abraham Accords.')), []);
  const doc = coded('Iran seized a British tanker near the Persian Gulf, and the Mahala View Lion Lodge closed.');
  for (const name of ['Persian Gulf', 'Mahala View Lion Lodge']) assert.ok(!mention(doc, name)?.personLike, name);
  assert.ok(!mention(coded('Brightwater Holdings invited French officials.'), 'Brightwater Holdings')?.personLike);
});

test('an acronym matches only in capitals: "Who" opening a question is no WHO', () => {
  const doc = coded('((WN)) Who supports Faithless Hijabi financially? The WHO warned Iran.');
  assert.deepEqual(doc.actors.filter((a) => a.actor.code.startsWith('IGOUNOWHO')).map((a) => doc.text.slice(a.start, a.end)), ['WHO']);
});

test('a newspaper named after its city is not the city ("The Jakarta Post", "the Nevada Independent")', () => {
  const doc = coded('Baslan Damang, a security official, told The Jakarta Post on Tuesday that the search continued. Mark Amodei told the Nevada Independent he backed the inquiry.');
  assert.ok(!doc.actors.some((a) => a.actor.country === 'IDN' || a.actor.name === 'Nevada'), doc.actors.map((a) => a.actor.name).join(', '));
  assert.deepEqual(triples(doc), []);
});

test('a surname after another given name is someone else ("Luke Harper" is not Stephen Harper); a middle name or a title is not', () => {
  const other = coded('Huber wrestled as Luke Harper for years.');
  assert.ok(!other.actors.some((a) => a.actor.country === 'CAN'), other.actors.map((a) => a.actor.name).join(', '));
  for (const text of ['Sayyid Ali Hosseini Khamenei praised Soleimani.', 'Ayatollah Khamenei praised Soleimani.']) {
    const doc = coded(text);
    assert.ok(doc.actors.some((a) => a.ref?.startsWith('person:ali-khamenei')), `${text}: ${doc.actors.map((a) => a.ref).join(', ')}`);
  }
});

test('an apposition gives the name a code through a complement or a member noun', () => {
  assert.deepEqual(triples(coded("Kerri Kupec, spokeswoman for the Department of Justice, criticized Russia's decision.")), ['USAGOV 111 RUSGOV']);
  const member = coded('Hamza bin Ladin, the high-ranking al-Qaeda member and son of Usama bin Ladin, was killed by US forces.');
  assert.equal(mention(member, 'Hamza bin Ladin')?.actor.code, 'IMGMOSALQ');
  // (A name no entry knows: Joanna Cherry herself now has one.)
  const party = coded('Joan Cheriton of the Scottish National Party criticized Boris Johnson.');
  assert.equal(mention(party, 'Joan Cheriton')?.actor.code, 'GBRPTY');
});

test('a title after the name of a court still titles the person after it', () => {
  const doc = coded('On Monday, United States District Court Judge Harold Venn issued a ruling against President Donald Trump.');
  assert.deepEqual(sides(doc), ['judge Harold Venn=JUD 116 Donald Trump=USAGOV']);
});

test('two uncoded people make no event, nor does one alone', () => {
  assert.deepEqual(triples(coded('Angela Stanton criticized Bernard Kerik.')), []);
  assert.deepEqual(triples(coded('Angela Stanton protested.')), []);
});

test('a sports body is no labour union, and a demonym before a name no entry knows is part of that name', () => {
  const doc = coded('The Georgian Tennis Federation criticized the arrest of Nikoloz Basilashvili.');
  assert.ok(!doc.actors.some((a) => a.actor.role === 'LAB'), doc.actors.map((a) => a.actor.code).join(', '));
  assert.ok(doc.actors.some((a) => a.kind === 'unknown' && doc.text.slice(a.start, a.end) === 'Georgian Tennis Federation'));
  assert.ok(coded('The Georgian Trade Union Federation criticized the government.').actors.some((a) => a.actor.code === 'GEOLAB'));
});
