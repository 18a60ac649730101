/**
 * CoNLL-U reader: turns a treebank file into sentences of syntactic words with gold heads and
 * relations. Multi-word token ranges (`3-4`) are kept only as surface information, because the
 * parser works on the syntactic words (the integer-ID rows); empty nodes (`8.1`) belong to the
 * enhanced graph and are skipped.
 */
import { readFileSync } from 'node:fs';

/** One gold sentence; arrays are indexed by 0-based word position. */
export interface ConlluSentence {
  id: string;
  text: string;
  words: string[];
  lemmas: string[];
  upos: string[];
  /** Treebank-specific tags (Penn tags in the English treebanks), '_' where absent. */
  xpos: string[];
  /** 0-based index of the head word, -1 for the root. */
  heads: Int32Array;
  rels: string[];
  /** Surface tokens covering several words, as [firstWord, lastWord, form] (0-based, inclusive). */
  multiword: Array<[number, number, string]>;
}

export function parseConllu(source: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let rows: string[][] = [];
  let comments: string[] = [];
  let multi: Array<[number, number, string]> = [];

  const flush = (): void => {
    if (rows.length > 0) sentences.push(buildSentence(rows, comments, multi));
    rows = [];
    comments = [];
    multi = [];
  };

  for (const rawLine of source.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      comments.push(line);
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 8) throw new Error(`CoNLL-U line has ${cols.length} columns: ${line}`);
    const id = cols[0];
    if (id.includes('.')) continue;
    const dash = id.indexOf('-');
    if (dash > 0) {
      multi.push([Number(id.slice(0, dash)) - 1, Number(id.slice(dash + 1)) - 1, cols[1]]);
      continue;
    }
    rows.push(cols);
  }
  flush();
  return sentences;
}

export function readConllu(path: string): ConlluSentence[] {
  return parseConllu(readFileSync(path, 'utf8'));
}

function buildSentence(rows: string[][], comments: string[], multi: Array<[number, number, string]>): ConlluSentence {
  const n = rows.length;
  const heads = new Int32Array(n);
  rows.forEach((cols, i) => {
    // IDs must run 1..n once ranges and empty nodes are dropped, or heads would point at the wrong word.
    if (Number(cols[0]) !== i + 1) throw new Error(`CoNLL-U word ID ${cols[0]} out of sequence`);
    heads[i] = cols[6] === '_' ? -1 : Number(cols[6]) - 1;
  });
  const comment = (key: string): string => {
    const found = comments.find((c) => c.startsWith(`# ${key} =`));
    return found === undefined ? '' : found.slice(key.length + 4).trim();
  };
  return {
    id: comment('sent_id'),
    text: comment('text'),
    words: rows.map((c) => c[1]),
    lemmas: rows.map((c) => c[2]),
    upos: rows.map((c) => c[3]),
    xpos: rows.map((c) => c[4]),
    heads,
    rels: rows.map((c) => c[7]),
    multiword: multi,
  };
}
