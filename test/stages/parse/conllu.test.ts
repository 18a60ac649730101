import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConllu } from '../../../src/stages/parse/conllu.js';

// Two sentences: a multi-word token (3-4 "don't") and an empty node (5.1) that must be skipped.
const SAMPLE = [
  '# sent_id = s1',
  '# text = I don\'t know.',
  '1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t4:nsubj\t_',
  '2-3\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_',
  '3\tn\'t\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_',
  '4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No',
  '4.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t4:conj\t_',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_',
  '',
  '# sent_id = s2',
  '# text = Rebels fled',
  '1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t2:nsubj\t_',
  '2\tfled\tflee\tVERB\tVBD\t_\t0\troot\t0:root\t_',
  '',
].join('\n');

test('reads syntactic words, heads and relations', () => {
  const [first, second] = parseConllu(SAMPLE);
  assert.equal(first.id, 's1');
  assert.equal(first.text, "I don't know.");
  assert.deepEqual(first.words, ['I', 'do', "n't", 'know', '.']);
  assert.deepEqual(first.upos, ['PRON', 'AUX', 'PART', 'VERB', 'PUNCT']);
  assert.deepEqual([...first.heads], [3, 3, 3, -1, 3]);
  assert.deepEqual(first.rels, ['nsubj', 'aux', 'advmod', 'root', 'punct']);
  assert.deepEqual(first.multiword, [[1, 2, "don't"]]);
  assert.deepEqual(second.words, ['Rebels', 'fled']);
  assert.deepEqual(second.lemmas, ['rebel', 'flee']);
});

test('handles CRLF line ends and a missing final blank line', () => {
  const sentences = parseConllu('1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\r\n');
  assert.equal(sentences.length, 1);
  assert.deepEqual(sentences[0].words, ['Hi']);
});

test('rejects word IDs out of sequence', () => {
  assert.throws(() => parseConllu('1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n3\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n'));
});
