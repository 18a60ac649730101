import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EventwireError } from '../../model/errors.js';
import { readInputs, inputToDoc, isInputProblem, type InputDoc } from '../../input/read-inputs.js';
import type { Coder } from '../../run/coder.js';
import { readGoldFile, type GoldFile } from './gold-file.js';
import { emptyScore, scoreDoc, type GoldScore } from './score-gold.js';

/** Expand gold paths: files as given, folders to their .json files. */
export function listGoldFiles(paths: string[]): string[] {
  return paths.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p).filter((f) => f.endsWith('.json')).sort().map((f) => join(p, f)) : [p]));
}

/** Code the articles named by the gold files (found among `articles` by doc id) and score them. */
export function evalGold(coder: Coder, goldPaths: string[], articles: string[]): { score: GoldScore; perDoc: Map<string, GoldScore> } {
  const golds = new Map<string, GoldFile>();
  for (const path of listGoldFiles(goldPaths)) {
    const g = readGoldFile(path);
    golds.set(g.doc, g);
  }
  const found = new Map<string, InputDoc>();
  for (const item of readInputs(articles)) if (!isInputProblem(item) && golds.has(item.id)) found.set(item.id, item);
  const missing = [...golds.keys()].filter((id) => !found.has(id));
  if (missing.length) throw new EventwireError('EW_ERR_INPUT', `no article with id ${missing.join(', ')} among the --articles inputs`);
  const score = emptyScore();
  const perDoc = new Map<string, GoldScore>();
  for (const [id, gold] of golds) {
    const doc = inputToDoc(found.get(id)!);
    doc.published ??= gold.published;
    const coded = coder.code(doc);
    scoreDoc(gold, coded, score);
    perDoc.set(id, scoreDoc(gold, coded, emptyScore()));
  }
  return { score, perDoc };
}
