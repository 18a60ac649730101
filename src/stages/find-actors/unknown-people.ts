import type { ActorMention } from '../../model/actor.js';
import type { Token } from '../../model/span.js';
import { BODY_NOUNS } from './body-nouns.js';

// Words that make an unknown name an organisation's or a place's rather than a person's.
const ORG_WORDS = new Set(['marine', 'media', 'news', 'times', 'post', 'press', 'corporation', 'corp', 'inc', 'ltd', 'foundation', 'institute', 'fund', 'front', 'ministry', 'department', 'office', 'house', 'senate', 'assembly', 'parliament', 'congress', 'national', 'international', 'united', 'state', 'states', 'republic', 'city', 'county', 'province', 'street', 'square', 'park', 'airport', 'hospital', 'school', 'college', 'center', 'centre', 'museum', 'project', 'program', 'programme', 'campaign', 'mission', 'forces', 'rights', 'human', 'world', 'global', 'energy', 'oil', 'gas', 'airlines', 'airways', 'network', 'service', 'services', 'agency', 'authority', 'initiative', 'coalition', 'alliance', 'league', 'federation', 'society', 'trust', 'capital', 'partners', 'holdings', 'technologies', 'systems', 'labs', 'studios', 'records', 'tv', 'radio', 'online', 'daily', 'weekly', 'journal', 'review', 'magazine', 'gazette', 'herald', 'tribune', 'chronicle', 'observer', 'guardian']);

/**
 * The unknown names of a doc (mentions in text order) that look like a person's: two to four
 * capitalised words with no word of an organisation ("Rod Blagojevich", not "Milltech Marine" or "Civil
 * Human Rights Front"), or the last word of such a name used alone later ("Blagojevich").
 */
export function unknownPersonNames(tokens: readonly Token[], mentions: readonly ActorMention[]): ActorMention[] {
  const surnames = new Set<string>();
  return mentions.filter((m) => {
    if (m.kind !== 'unknown' || m.locative) return false;
    const words = tokens.slice(m.tokenStart, m.tokenEnd).filter((x) => /^[A-Z]/.test(x.text));
    if (words.some((x) => BODY_NOUNS.has(x.lower) || ORG_WORDS.has(x.lower) || !/^[A-Z][a-z'’-]+$/.test(x.text))) return false;
    if (words.length >= 2 && words.length <= 4) {
      surnames.add(words[words.length - 1].lower);
      return true;
    }
    return words.length === 1 && surnames.has(words[0].lower);
  });
}
