import { test } from 'node:test';
import assert from 'node:assert/strict';
import { convertPetrarch } from '../../src/dictionaries/petrarch/convert.js';
import { compilePattern } from '../../src/dictionaries/compile-patterns.js';

// A small verb file in the TABARI dialect of PETR.Validate.verbs.txt: synsets (one embedded in
// another, one without plurals), blocks with default codes, irregular and multi-word verbs, and
// patterns with source, target, compound and skipped actors.
const VERBS = `<!-- a comment -->
&TIETYPES
+MILITARY
+ECONOMIC

&NEGAUX_   # no plurals for this one
+DID N'T
+WILL_NOT

&CLOSE
+&TIETYPES
+NEARER

--- BREAK [1717] ---
BREAK { BROKE BROKEN  }
+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN}
WIRE_+TAP {WIRE_+TAPPED}
- * NEW_&TIETYPES_RELATIONS [903]
- + * IN $ [075]
- &NEGAUX * ^ WITH + [124]
- % HAVE * [191:191]
- * WITH % [031]
- * CARD [---]
- * FXLL [+++]
- * &UNDEFINED [100]

--- LEFT [032:033] ---
LEFT

--- SAY [---] ---
SAY
DOWNPLAY [014]
~ a (a b ATTACK) SAY = a b 015
`;

const { dictionary, issues } = convertPetrarch([{ file: 'sample.verbs.txt', kind: 'verbs', text: VERBS }]);
const texts = dictionary.patterns.map((p) => `${p.code}${p.reverse ? `:${p.reverse}` : ''} ${p.text}`);
const issue = (line: number) => issues.filter((i) => i.line === line).map((i) => i.message);

test('verb forms: irregular forms in braces, multi-word verbs, regular forms made as PETRARCH makes them', () => {
  const bare = texts.find((t) => t.startsWith('1717 <'));
  assert.equal(bare, '1717 <break|broke|broken|break_down|breaks_down|broke_down>');
  assert.ok(texts.includes('1717 wire <tap|tapped>'), 'a pre-compound verb keeps its first word before the verb');
  assert.ok(texts.includes('032:033 <left|lefts|lefted|lefting>'), 'a paired default code');
  assert.ok(texts.includes('014 <downplay|downplays|downplayed|downplaying>'), "a verb's own code beats the block's null code");
  assert.ok(!texts.some((t) => t.includes('<say|')), 'a verb with the null code alone codes nothing');
});

test('patterns: open and closed connectors, slots, synsets with plurals, compounds before and after the verb', () => {
  const verb = '<break|broke|broken|break_down|breaks_down|broke_down>';
  assert.ok(texts.includes(`903 ${verb} ... new_military_relations|new_militaries_relations|new_economic_relations|new_economics_relations`));
  assert.ok(texts.includes(`075 +T ... ${verb} ... in ... +S`));
  assert.ok(texts.includes(`124 did_n't|will_not ... ${verb} ... +X ... with ... +T`), 'a no-plural synset, multi-word phrases joined');
  assert.ok(texts.includes(`191:191 +C ... have ... ${verb}`), '% before the verb: a compound acting on itself');
  assert.ok(texts.includes(`031 ${verb} ... with ... +T`), '% after the verb: the compound is the target');
  assert.ok(texts.includes(`--- ${verb} ... card`), 'a null-coded pattern is kept: it says "no event"');
  for (const p of dictionary.patterns) {
    assert.equal(p.target, 'next');
    assert.equal(p.exact, true);
    assert.equal(typeof compilePattern(p.id, p.code, p.form, p.text), 'object', `compiles: ${p.text}`);
  }
});

test('embedded synsets expand in place', () => {
  const { dictionary: d } = convertPetrarch([{ file: 'x.verbs.txt', kind: 'verbs', text: `${VERBS}\n--- ACCORD [---] ---\nACCORD\n- INCHING &CLOSE * [083]\n` }]);
  assert.ok(d.patterns.some((p) => p.text === 'inching ... military|militaries|economic|economics|nearer|nearers ... <accord|accords|accorded|according>'));
});

test('unusable entries are reported with their line', () => {
  assert.match(issue(24).join(), /\+\+\+.*not an event code/);
  assert.match(issue(25).join(), /synset &UNDEFINED is not defined/);
  assert.match(issue(33).join(), /transformation .* not supported/);
  assert.ok(issues.every((i) => i.file === 'sample.verbs.txt' && i.severity === 'warning'));
});

test('the PETRARCH-2 dialect: braces group a noun phrase, parentheses a prepositional phrase', () => {
  const p2 = `--- EXPORT [---] ---\nEXPORT\n- * {PASSENGER CARS} (TO +) [061]\n- $ * (AS {CHIEF NEGOTIATOR}) [045]\n`;
  const { dictionary: d } = convertPetrarch([{ file: 'CAMEO.test.txt', kind: 'verbs', text: p2 }]);
  assert.deepEqual(d.patterns.map((p) => p.text), ['<export|exports|exported|exporting> * passenger cars * to +T', '+S * <export|exports|exported|exporting> * as chief negotiator']);
});
