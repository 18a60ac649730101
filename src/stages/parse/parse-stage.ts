import type { Doc } from '../../model/doc.js';
import type { CompiledDictionary } from '../../dictionaries/compile.js';
import { defineStage } from '../../pipeline/stage.js';
import type { Parser } from './parser.js';
import { mayNeedParse } from '../code-events/candidates.js';

/** What the parse stage needs: the parser, and the dictionaries to tell which sentences may hold events. */
export interface ParseDeps {
  parser: Parser | null;
  dictionary: CompiledDictionary;
}

const MAX_SENTENCE = 120; // tokens; longer "sentences" are tables or lists, left to word order

// Parsing is the costliest stage, so only sentences where it can change an event are parsed: two
// coded actors (a compound counts for its members) and a dictionary pattern that matches the words,
// other than a plain verb of saying (code-events/candidates.ts). Word order codes the rest.
function worthParsing(doc: Doc, dict: CompiledDictionary, s: Doc['sentences'][number], hasActor: Uint8Array): boolean {
  if (s.tokenEnd - s.tokenStart > MAX_SENTENCE || hasActor[s.index] < 2) return false;
  return mayNeedParse(doc, dict, s);
}

/** Give each token of the worthwhile sentences its head (doc token index, -1 for root) and UD relation. */
export function parseDoc(doc: Doc, deps: ParseDeps): Doc {
  if (!deps.parser) return doc;
  const hasActor = new Uint8Array(doc.sentences.length);
  for (const a of doc.actors) if (!a.locative && a.kind !== 'compound' && (a.kind !== 'unknown' || a.personLike)) hasActor[doc.tokens[a.tokenStart].sentence]++;
  for (const s of doc.sentences) {
    if (!worthParsing(doc, deps.dictionary, s, hasActor)) continue;
    const tokens = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    const { heads, rels } = deps.parser.parse(tokens.map((t) => t.text), tokens.map((t) => t.pos));
    for (let i = 0; i < tokens.length; i++) {
      tokens[i].head = heads[i] < 0 ? -1 : heads[i] + s.tokenStart;
      tokens[i].rel = rels[i];
    }
  }
  return doc;
}

/** The parse stage: dependency structure for sentences that may hold events. */
export const parseStage = defineStage<ParseDeps, unknown>({
  name: 'parse',
  version: '1',
  requires: ['sentences', 'tokens', 'actors'],
  assigns: ['parse'],
  create: (deps) => (doc) => parseDoc(doc, deps),
});
