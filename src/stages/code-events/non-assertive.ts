/**
 * Sentences that assert no event, whatever their verbs say: questions ("Should schools encourage
 * students to play chess?", "Who supports her financially?"), an interviewer's turn ("((WN)) ..."),
 * photo captions with their credit ("President Trump stands with leaders ... Image: The White House"),
 * and rules stated in the present ("Under the Constitution, the House impeaches the official").
 */
import type { Doc } from '../../model/doc.js';
import type { Sentence } from '../../model/span.js';

const CAPTION_CREDIT = /(?:Image|Photo|Photograph|Picture|Credit)\s*:\s*\S/;

export function assertsNothing(doc: Doc, s: Sentence): boolean {
  const text = doc.text.slice(s.start, s.end).trimEnd();
  if (text.endsWith('?') || /^["“']?\?/.test(text.slice(-2))) return true;
  if (text.startsWith('((WN))')) return true;
  return CAPTION_CREDIT.test(text) || statesARule(doc, s);
}

const FRAMEWORKS = new Set(['constitution', 'law', 'laws', 'rules', 'rule', 'system', 'statute', 'code', 'charter', 'procedure', 'procedures', 'regulations', 'treaty', 'convention']);
const PAST_OR_FUTURE = new Set(['was', 'were', 'had', 'did', 'will', 'would', "'ll", 'shall']);

// "Under the U.S. Constitution, the House impeaches the official and the Senate tries": a sentence
// opened by the framework it describes, with its verbs in the present, says how things work, not
// what happened. ("Under the treaty, Iran agreed ..." and "Under the law, police will ..." are events.)
function statesARule(doc: Doc, s: Sentence): boolean {
  const tokens = doc.tokens;
  if (tokens[s.tokenStart].lower !== 'under') return false;
  let comma = -1;
  for (let t = s.tokenStart + 1; t < Math.min(s.tokenEnd, s.tokenStart + 8); t++) if (tokens[t].text === ',') { comma = t; break; }
  if (comma < 0 || !FRAMEWORKS.has(tokens[comma - 1].lower)) return false;
  for (let t = comma + 1; t < s.tokenEnd; t++) {
    const w = tokens[t];
    if (PAST_OR_FUTURE.has(w.lower)) return false;
    // A past tense: "-ed" or an irregular form, not after a form of "be" or "have" (a present passive or perfect).
    if (w.pos === 'VERB' && w.lower !== w.lemma && !w.lower.endsWith('s') && !w.lower.endsWith('ing') && !['is', 'are', 'be', 'been', 'has', 'have'].includes(tokens[t - 1].lower)) return false;
  }
  return true;
}
