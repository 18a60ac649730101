import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeText, shippedCoder, triples } from '../../helpers.js';

const code = (text: string) => triples(codeText(shippedCoder(), text, '2024-05-20'));

test('a partitive head ("thousands of", "a group of") lets the actor after "of" act', () => {
  assert.ok(code('Thousands of Kenyans marched against the government in Nairobi on Friday.').includes('KEN 141 KENGOV'));
  assert.ok(code('Dozens of Syrian rebels attacked Turkish troops.').some((t) => t.startsWith('SYRREB 19')));
  assert.ok(code('Police detained a group of Georgian students.').some((t) => / 17\d* GEOEDU$/.test(t)));
  // The quantity word is not taken for an unknown name either.
  const doc = codeText(shippedCoder(), 'Hundreds of Armenians protested outside the Azerbaijani embassy.', '2024-05-20');
  assert.ok(!doc.actors.some((a) => a.kind === 'unknown' && /Hundreds/.test(doc.text.slice(a.start, a.end))));
});

test('a partitive inside another phrase is not a subject, and "one of her rivals" is not her', () => {
  const guard = code('The governor said he has arranged for 3000 of the National Guard to be ready and has asked President Joe Biden to declare an emergency.');
  assert.ok(!guard.some((t) => t.startsWith('MIL ') || t.startsWith('USAMIL 02')), guard.join(', '));
  const rivals = code('Senator Kirsten Gillibrand said she would endorse one of her rivals.');
  assert.ok(!rivals.some((t) => /USALEG 051 USALEG/.test(t)), rivals.join(', '));
});

test('domestic role nouns take the one country their sentence places them in, not a state they act on', () => {
  assert.ok(code('Protesters clashed with riot police in Tbilisi on Sunday.').includes('GEOOPP 145 GEOCOP'));
  // A state that is only a party places no one: "the government condemned Russia" is no Russian government.
  const party = code('The government condemned Russia on Monday.');
  assert.ok(party.some((t) => t.endsWith(' 111 RUSGOV')) && !party.some((t) => t.startsWith('RUSGOV')), party.join(', '));
  // Countries that disagree leave the noun without one.
  const mixed = code('Armenian protesters rallied outside the Azerbaijani embassy as police watched in Paris.');
  assert.ok(!mixed.some((t) => t.startsWith('ARMCOP') || t.startsWith('FRACOP') || t.startsWith('AZECOP')), mixed.join(', '));
});

test('a word of a pattern that names an actor ("clash with police") is the target', () => {
  assert.ok(code('Students clashed with police in Dhaka.').includes('BGDEDU 145 BGDCOP'));
});

test('a protest with no target named is aimed at the government of the country it takes place in', () => {
  const home = codeText(shippedCoder(), 'On Saturday, tens of thousands of people marched in Belgrade demanding fresh elections.', '2024-05-20');
  const e = home.events.find((x) => x.root === '14');
  assert.ok(e, triples(home).join(', '));
  assert.equal(`${e.source?.code} ${e.target?.code}`, 'SRBCVL SRBGOV');
  // The target keeps the characters of the place that stands for the government.
  assert.equal(home.text.slice(e.target!.start, e.target!.end), 'Belgrade');
  // Abroad, the place is where the protest was, not whom it was against.
  const abroad = code('Iranians rallied in Paris on Sunday.');
  assert.ok(!abroad.some((t) => /FRA/.test(t)), abroad.join(', '));
});

test('a gathering with no one named to meet is held with the host the sentence names', () => {
  assert.ok(code('Foreign ministers of the Arab League met in Cairo on Sunday, hosted by Egypt.').includes('IGOARL 040 EGYGOV'));
  assert.ok(code('Diplomats from the African Union gathered in Kigali on Monday as host country Rwanda set out its priorities.').includes('IGOAFU 040 RWAGOV'));
  // No host named: no event, since a meeting needs two parties.
  assert.deepEqual(code('Protesters gathered outside parliament in Tbilisi.').filter((t) => / 04\d* /.test(t)), []);
});

test('an act of cooperation with no one named doing it is not an event', () => {
  // A verb with no subject in the sentence ("to repatriate refugees") says nothing about who acts.
  assert.deepEqual(code('The other goal is a safe zone to repatriate Syrian refugees.').filter((t) => t.startsWith('- 0')), []);
  assert.deepEqual(code('Officials hope to help people in Gaza.').filter((t) => t.startsWith('- 07')), []);
});

test('a passive act done "in a statement by X" has X for its maker', () => {
  const t = code('Ethiopia was condemned in a joint statement by Egypt and Sudan on Monday.');
  assert.ok(t.includes('EGYGOV 111 ETHGOV') && t.includes('SDNGOV 111 ETHGOV'), t.join(', '));
});

test('praise, criticism and rejection are aimed at the author of the act they react to', () => {
  assert.ok(code('Jordan welcomed the proposal from Qatar.').includes('JORGOV 051 QATGOV'));
  assert.ok(code('Chile criticized the decision by Argentina to close the border.').some((t) => t.startsWith('CHLGOV 11') && t.endsWith('ARGGOV')));
  assert.ok(code("Kenyan lawmakers welcomed Tuesday's announcement that Somalia had agreed to a truce.").includes('KENLEG 051 SOMGOV'));
  // "Of" names what was done, not who did it.
  assert.ok(!code('The UN condemned the killing of protesters in Sudan.').some((t) => / 111 SDNOPP/.test(t)));
});

test('an appeal for an act named by its doer asks that doer', () => {
  assert.ok(code('Chad called for UN intervention in the crisis.').includes('TCDGOV 020 IGOUNO'));
  // Whom sanctions hit is not whom the appeal asks.
  assert.ok(!code('Ukraine called for Russian sanctions.').some((t) => / 02\d* RUS/.test(t)));
});

test('"anti-government protests" in a place are its people against its government', () => {
  const doc = codeText(shippedCoder(), 'Anti-government demonstrations spread across Algeria on Friday.', '2024-05-20');
  const e = doc.events.find((x) => x.root === '14');
  assert.equal(`${e?.source?.code} ${e?.target?.code}`, 'DZA DZAGOV');
  assert.equal(doc.text.slice(e!.source!.start, e!.source!.end), 'Algeria');
  // Without a place, or without the modifier, no one is invented.
  assert.deepEqual(code('The anti-government protests ended.'), []);
  assert.ok(!code('Protests spread across Algeria on Friday.').some((t) => t.startsWith('DZA ')));
});
