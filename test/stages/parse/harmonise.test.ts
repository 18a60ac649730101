import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { parseConllu, readConllu } from '../../../src/stages/parse/conllu.js';
import { harmoniseAgents } from '../../../src/stages/parse/harmonise.js';

const row = (id: number, form: string, upos: string, xpos: string, head: number, rel: string): string =>
  [id, form, form.toLowerCase(), upos, xpos, '_', head, rel, '_', '_'].join('\t');

// PUD's convention: the agent of a passive is plain obl. A temporal "by" under a finite verb stays obl.
const SAMPLE = [
  row(1, 'Aleppo', 'PROPN', 'NNP', 3, 'nsubj:pass'),
  row(2, 'was', 'AUX', 'VBD', 3, 'aux:pass'),
  row(3, 'shelled', 'VERB', 'VBN', 0, 'root'),
  row(4, 'by', 'ADP', 'IN', 6, 'case'),
  row(5, 'government', 'NOUN', 'NN', 6, 'compound'),
  row(6, 'forces', 'NOUN', 'NNS', 3, 'obl'),
  '',
  row(1, 'They', 'PRON', 'PRP', 2, 'nsubj'),
  row(2, 'left', 'VERB', 'VBD', 0, 'root'),
  row(3, 'by', 'ADP', 'IN', 4, 'case'),
  row(4, 'noon', 'NOUN', 'NN', 2, 'obl'),
  '',
].join('\n');

test('the by-phrase of a past participle becomes obl:agent; other obl phrases are untouched', () => {
  const [passive, temporal] = parseConllu(SAMPLE).map(harmoniseAgents);
  assert.equal(passive.rels[5], 'obl:agent');
  assert.deepEqual(passive.rels.slice(0, 5), ['nsubj:pass', 'aux:pass', 'root', 'case', 'compound']);
  assert.equal(temporal.rels[3], 'obl');
});

test('the rule is EWT\'s own: it changes nothing in EWT dev and labels PUD\'s passive agents', { skip: !existsSync(resolve('../shared/ud/en_pud-ud-test.conllu')) }, () => {
  const count = (file: string): [number, number] => {
    let changed = 0;
    let agents = 0;
    for (const s of readConllu(resolve('../shared/ud', file))) {
      const h = harmoniseAgents(s);
      h.rels.forEach((r, i) => {
        if (r !== s.rels[i]) changed++;
        if (r === 'obl:agent') agents++;
      });
    }
    return [changed, agents];
  };
  assert.deepEqual(count('en_ewt-ud-dev.conllu'), [0, 28]);
  const [changed, agents] = count('en_pud-ud-test.conllu');
  assert.equal(changed, agents);
  assert.ok(agents >= 70, `PUD agents relabelled: ${agents}`);
});
