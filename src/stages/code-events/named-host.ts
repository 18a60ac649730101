import type { ActorMention } from '../../model/actor.js';
import type { Doc } from '../../model/doc.js';

const HOST_NOUNS = new Set(['country', 'nation', 'state', 'city', 'government']);

/**
 * The actor a sentence names as host of a gathering: "as host country Canada outlined its agenda",
 * "the host, Egypt,", "a summit hosted by Qatar". A meeting whose participants name no one they met
 * ("G7 foreign ministers gathered in Quebec") is held with its host, as CAMEO codes a visit toward
 * the host (042/043). Null when the sentence names no host, or several.
 */
export function namedHost(doc: Doc, list: ActorMention[]): ActorMention | null {
  const hosts = list.filter((m) => !m.locative && m.kind !== 'compound' && hostCue(doc, m));
  return hosts.length === 1 ? hosts[0] : null;
}

function hostCue(doc: Doc, m: ActorMention): boolean {
  const tokens = doc.tokens;
  let t = m.tokenStart - 1;
  if (tokens[t]?.text === ',') t--; // "the host, Egypt,"
  if (tokens[t] && HOST_NOUNS.has(tokens[t].lower) && tokens[t - 1]?.lower === 'host') return true;
  if (tokens[t]?.lower === 'host' || tokens[t]?.lower === 'hosts') return tokens[t].pos !== 'VERB';
  return tokens[t]?.lower === 'by' && /^host(ed|ing)?$/.test(tokens[t - 1]?.lower ?? '') && tokens[t].sentence === tokens[m.tokenStart].sentence;
}
