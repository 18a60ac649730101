import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { coderWith, codeText, actorsOf, shippedCoder, triples } from '../../helpers.js';

const coder = coderWith(readFileSync(new URL('../../fixtures/mini.dict', import.meta.url), 'utf8'), 'order');

test('titles, demonyms and names form one actor coded by the role held on the date', () => {
  const doc = codeText(coder, 'Russian President Vladimir Putin met Syrian President Bashar al-Assad.');
  assert.deepEqual(actorsOf(doc), ['Russian President Vladimir Putin=RUSGOV', 'Syrian President Bashar al-Assad=SYRGOV']);
});

test('on the date of an event, a person out of state office is an elite of the country last served; never in office, only a national', () => {
  const events = (text: string, published: string) => triples(codeText(shippedCoder(), text, published));
  assert.ok(events('Bashar al-Assad criticized Israel.', '2025-03-01').some((x) => x.startsWith('SYRELI 111')), events('Bashar al-Assad criticized Israel.', '2025-03-01').join(', '));
  assert.ok(events('Michael Flynn urged the crowd to keep fighting.', '2020-12-15').some((x) => x.startsWith('USAELI 020')));
  // (Before any office, a future president is a national: Mugabe in 1963.)
  assert.ok(!events('In 1963, Rhodesian police arrested Robert Mugabe.', '2019-09-06').some((x) => /ZWEELI/.test(x)), events('In 1963, Rhodesian police arrested Robert Mugabe.', '2019-09-06').join(', '));
  // The mention itself keeps the nationality when the text does not say "former".
  assert.deepEqual(actorsOf(codeText(coder, 'Assad spoke in Moscow.', '2025-03-01')), ['Assad=SYR']);
});

test('demonym + role noun, possessives and seats of power', () => {
  const doc = codeText(coder, "Syrian security forces and Assad's government were criticised by the Kremlin and Turkish officials.");
  assert.deepEqual(actorsOf(doc), ['Syrian security forces=SYRCOP', "Assad's government=SYRGOV", 'Kremlin=RUSGOV', 'Turkish officials=TURGOV']);
});

test('a role noun modifying another noun is not an actor', () => {
  const doc = codeText(coder, 'Russia expanded its military campaign near the police station.');
  assert.deepEqual(actorsOf(doc), ['Russia=RUS', 'its=RUS']);
});

test('"ministers from A, B and C" gives each country the role', () => {
  const doc = codeText(coder, 'Defense ministers from Turkey, Syria, and Russia met in Moscow.');
  const members = doc.actors.filter((a) => a.id.includes('~')).map((a) => a.actor.code);
  assert.deepEqual(members, ['TURGOV', 'SYRGOV', 'RUSGOV']);
});

test('a shared role noun: "Syrian and Turkish officials"', () => {
  const doc = codeText(coder, 'Russia hosted Syrian and Turkish officials.');
  assert.deepEqual(actorsOf(doc), ['Russia=RUS', 'Syrian=SYRGOV', 'Turkish officials=TURGOV']);
});

test('pronouns and "the two leaders" refer back to named people', () => {
  const doc = codeText(coder, 'Putin met Assad on Monday. The two leaders discussed trade. He praised Assad.');
  const two = doc.actors.find((a) => doc.text.slice(a.start, a.end) === 'two leaders' && a.kind === 'compound');
  assert.ok(two, 'compound for "the two leaders"');
  const he = doc.actors.find((a) => doc.text.slice(a.start, a.end) === 'He');
  assert.equal(he?.actor.code, 'RUSGOV', 'he = the subject of the sentence that named them');
});

test('lower-case words do not match proper names ("turkey" the bird)', () => {
  const doc = codeText(coder, 'They ate turkey in Syria.');
  assert.deepEqual(actorsOf(doc), []);
});

test('names with diacritics match their plain spelling', () => {
  const doc = codeText(coder, 'Türkiye and Russia met.');
  assert.deepEqual(actorsOf(doc), ['Türkiye=TUR', 'Russia=RUS']);
});

test('"a spokesman for NATO" speaks for the organisation', () => {
  const doc = codeText(coder, 'Jane Roe, a spokesman for NATO, accused Russia.');
  assert.ok(actorsOf(doc).includes('spokesman for NATO=IGONAT'), actorsOf(doc).join(' | '));
});

test('a bare role noun takes the country of the same role named just before', () => {
  const doc = codeText(coder, 'Syrian officials met Russia on Monday. The officials praised Russia. Officials later accused Turkey.');
  const officials = doc.actors.filter((a) => /officials/i.test(doc.text.slice(a.start, a.end))).map((a) => a.actor.code);
  assert.deepEqual(officials, ['SYRGOV', 'SYRGOV', 'SYRGOV']);
});

test('"the two leaders" reaches back across a clause break, "both sides" never to the speaker', () => {
  const a = codeText(coder, 'Putin met Erdogan in Moscow, and the two leaders discussed Syria.');
  const two = a.actors.find((m) => m.kind === 'compound' && a.text.slice(m.start, m.end) === 'two leaders');
  assert.deepEqual(two?.corefOf?.length, 2);
  const b = codeText(coder, 'Russia attacked Turkey. NATO called on both sides to stop.');
  const both = b.actors.filter((m) => m.id.startsWith('actor:') && m.id.includes('#') && b.text.slice(m.start, m.end) === 'both sides').map((m) => m.actor.code);
  assert.deepEqual(both, ['RUS', 'TUR']);
});

test('an object pronoun is not the subject of its own clause ("She criticized him")', () => {
  const doc = codeText(shippedCoder(), 'German Chancellor Angela Merkel met President Donald Trump on Monday. She criticized him sharply.', '2019-10-05');
  assert.ok(triples(doc).includes('DEUGOV 111 USAGOV'), triples(doc).join(', '));
});

test('"it" right after a relative pronoun is not the noun the clause hangs from', () => {
  const doc = codeText(coder, 'NATO criticised Russia, which it accused of threatening Turkey.');
  assert.ok(actorsOf(doc).includes('it=IGONAT'), actorsOf(doc).join(' '));
});

test('"its" and role nouns owned by an uncoded body ("the group ... its leaders") name no actor', () => {
  const owned = codeText(coder, 'The Syrian government banned the group and arrested its leaders.');
  assert.deepEqual(actorsOf(owned), ['Syrian government=SYRGOV']);
  const possessive = codeText(coder, "Turkish police arrested the group's leaders.");
  assert.deepEqual(actorsOf(possessive), ['Turkish police=TURCOP']);
  // A body whose own phrase is coded keeps the owner: "the Syrian army ... its officers".
  const coded = codeText(coder, 'The Turkish government praised the Syrian army and its leaders.');
  assert.ok(actorsOf(coded).some((a) => a.startsWith('leaders=') && a !== 'leaders=GOV'), actorsOf(coded).join(' '));
});

test('"he" after a person the dictionaries do not know stays unresolved, unless a pronoun of the other gender took that person', () => {
  const stranger = codeText(coder, 'Putin met Erdogan in Moscow. Darnell Fitzwilliam was arrested later. He was sentenced to ten years.');
  assert.ok(!actorsOf(stranger).some((a) => a.startsWith('He=')), actorsOf(stranger).join(' '));
  const organisation = codeText(coder, 'Putin met Erdogan in Moscow. Milltech Marine later announced a deal. He praised the deal.');
  assert.ok(actorsOf(organisation).some((a) => a.startsWith('He=')), actorsOf(organisation).join(' '));
  const gendered = codeText(coder, 'Putin met Erdogan in Moscow. Mary Fitzwilliam praised the talks. She said he had been firm.');
  assert.ok(actorsOf(gendered).some((a) => a.startsWith('he=')), actorsOf(gendered).join(' '));
});

test('a hyphenated role name matches whether the tokenizer keeps the word whole or splits it', () => {
  const doc = codeText(shippedCoder(), 'Counter-protesters and anti-government protesters met pro-democracy activists near al-Shabaab fighters.', '2024-05-01');
  const found = actorsOf(doc);
  for (const expected of ['Counter-protesters=OPP', 'anti-government protesters=OPP', 'pro-democracy activists=OPP', 'al-Shabaab fighters=SOMREB']) assert.ok(found.includes(expected), `${expected} not in ${found.join(' ')}`);
});

test('a longer name starting with a plural form does not hide the role noun of that plural ("Chinese citizens" beside "Citizens Coalition for Change")', () => {
  const doc = codeText(shippedCoder(), "Chinese citizens have criticized their government's response.", '2020-02-10');
  assert.deepEqual(triples(doc), ['CHNCVL 111 CHNGOV']);
});

test('a speaker does not call himself "him" in his own quotation', () => {
  const doc = codeText(shippedCoder(), 'Polish President Andrzej Duda said: "I am unconditionally with him and his loved ones."', '2019-01-14');
  assert.deepEqual(actorsOf(doc), ['Polish President Andrzej Duda=POLGOV', 'I=POLGOV']);
});
