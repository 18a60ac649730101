/**
 * Dependency-parse accuracy against a CoNLL-U treebank. The parser sees the treebank's own words with
 * wink-nlp tags (what it gets at run time), never the gold tags. Scores follow the CoNLL-X
 * convention of leaving out punctuation (gold UPOS = PUNCT): UAS counts correct heads, LAS correct
 * heads with the full relation label, subtypes included ("nsubj:pass" is not "nsubj").
 */
import { readConllu, type ConlluSentence } from '../stages/parse/conllu.js';
import { tagWords } from '../stages/parse/wink-tags.js';
import type { ParseResult } from '../stages/parse/parser.js';

/** Relations the event coder leans on; each gets its own precision and recall. */
export const KEY_RELATIONS = [
  'nsubj', 'nsubj:pass', 'obj', 'iobj', 'obl', 'obl:agent', 'ccomp', 'xcomp', 'acl:relcl', 'conj',
] as const;

export interface RelationScore {
  p: number;
  r: number;
  f1: number;
  gold: number;
  pred: number;
  /** Predicted with this relation and the right head. */
  correct: number;
}

export interface ParseEval {
  uas: number;
  las: number;
  /** Scored (non-punctuation) words. */
  tokens: number;
  sentences: number;
  relations: Record<string, RelationScore>;
}

export interface ParserLike {
  parse(words: string[], tags: string[]): ParseResult;
}

export interface TaggedSentence {
  gold: ConlluSentence;
  tags: string[];
}

export function evalParse(conlluPath: string, parser: ParserLike, limit = Infinity): ParseEval {
  const sentences = readConllu(conlluPath).slice(0, limit);
  return scoreParses(sentences.map((gold) => ({ gold, tags: tagWords(gold.words).tags })), parser);
}

export function scoreParses(sentences: TaggedSentence[], parser: ParserLike): ParseEval {
  let tokens = 0;
  let headHits = 0;
  let labelHits = 0;
  const counts = new Map<string, { gold: number; pred: number; correct: number }>(
    KEY_RELATIONS.map((r) => [r, { gold: 0, pred: 0, correct: 0 }]),
  );
  for (const { gold, tags } of sentences) {
    const out = parser.parse(gold.words, tags);
    for (let i = 0; i < gold.words.length; i++) {
      if (gold.upos[i] === 'PUNCT') continue;
      tokens++;
      const headOk = out.heads[i] === gold.heads[i];
      if (headOk) headHits++;
      if (headOk && out.rels[i] === gold.rels[i]) labelHits++;
      const g = counts.get(gold.rels[i]);
      if (g !== undefined) g.gold++;
      const p = counts.get(out.rels[i]);
      if (p !== undefined) {
        p.pred++;
        if (headOk && out.rels[i] === gold.rels[i]) p.correct++;
      }
    }
  }
  const relations: Record<string, RelationScore> = {};
  for (const [rel, c] of counts) {
    const p = c.pred > 0 ? c.correct / c.pred : 0;
    const r = c.gold > 0 ? c.correct / c.gold : 0;
    relations[rel] = { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, ...c };
  }
  return {
    uas: tokens > 0 ? headHits / tokens : 0,
    las: tokens > 0 ? labelHits / tokens : 0,
    tokens,
    sentences: sentences.length,
    relations,
  };
}

const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);

export function formatParseEval(result: ParseEval): string {
  const lines = [
    `sentences ${result.sentences}, scored words ${result.tokens} (punctuation excluded)`,
    `UAS ${pct(result.uas)}   LAS ${pct(result.las)}`,
    '',
    `${'relation'.padEnd(12)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'gold'.padStart(6)} ${'pred'.padStart(6)} ${'ok'.padStart(6)}`,
  ];
  for (const [rel, s] of Object.entries(result.relations)) {
    lines.push(`${rel.padEnd(12)} ${pct(s.p)} ${pct(s.r)} ${pct(s.f1)} ${String(s.gold).padStart(6)} ${String(s.pred).padStart(6)} ${String(s.correct).padStart(6)}`);
  }
  return lines.join('\n');
}
