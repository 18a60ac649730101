import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeText, shippedCoder } from '../../helpers.js';
import { intentCode } from '../../../src/stages/judge-factuality/intent.js';

const coded = (text: string) => codeText(shippedCoder(), text, '2025-03-11').events.map((e) => `${e.source?.code ?? '-'} ${e.code} ${e.target?.code ?? '-'} ${e.factuality.value}`);

test('an act the source says it will do is its asserted intent, coded in root 03 by the act intended', () => {
  assert.deepEqual(coded('Japan said on Monday that it would resume economic aid to Sri Lanka.'), ['JPNGOV 033 LKAGOV asserted']);
  assert.ok(coded('Ukraine said it is ready to accept a Turkish proposal.').includes('UKRGOV 035 TURGOV asserted'));
});

test('a harmful act the source vows or says it will do is a threat (root 13)', () => {
  assert.ok(coded('Iran said it would attack Israel if provoked.').some((e) => /^IRN\S* 138\d? ISR/.test(e)), coded('Iran said it would attack Israel if provoked.').join(', '));
});

test("a speaker's prediction about someone else, or a scheduled act, is no intent", () => {
  assert.ok(!coded('Russia said the United States would attack Iran.').some((e) => / 13\d* /.test(e)));
  assert.ok(coded('Talks between Iran and Oman will take place next week.').some((e) => e.endsWith(' future') && / 04\d /.test(e)));
});

test('the intent code follows the act: meet 036, military aid 0332, ease sanctions 0354, occupy 1382, statements none', () => {
  assert.deepEqual(['040', '072', '085', '192', '010', '112'].map(intentCode), ['036', '0332', '0354', '1382', null, null]);
});

test('cutting aid that a government says it will do is announced policy (16x), threatening it is a threat (131x)', () => {
  assert.ok(coded('The United States announced that it would cease military aid to Ukraine.').some((e) => e.startsWith('USAGOV 1622 UKRGOV')));
  assert.ok(coded('Washington threatened to cut aid to Kyiv.').some((e) => e.startsWith('USAGOV 1311 UKRGOV')));
});
