/**
 * Sentences that assert no event, whatever their verbs say: questions ("Should schools encourage
 * students to play chess?", "Who supports her financially?"), an interviewer's turn ("((WN)) ..."),
 * and photo captions with their credit ("President Trump stands with leaders ... Image: The White House").
 */
import type { Doc } from '../../model/doc.js';
import type { Sentence } from '../../model/span.js';

const CAPTION_CREDIT = /(?:Image|Photo|Photograph|Picture|Credit)\s*:\s*\S/;

export function assertsNothing(doc: Doc, s: Sentence): boolean {
  const text = doc.text.slice(s.start, s.end).trimEnd();
  if (text.endsWith('?') || /^["“']?\?/.test(text.slice(-2))) return true;
  if (text.startsWith('((WN))')) return true;
  return CAPTION_CREDIT.test(text);
}
