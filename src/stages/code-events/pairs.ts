import type { ActorMention } from '../../model/actor.js';

// Roots whose events run both ways when a compound subject acts with no named target:
// "Erdogan and Assad met" is a meeting of each with the other.
const MUTUAL_ROOTS = new Set(['03', '04', '05', '06']);

/** Members of a compound mention, or the mention itself. */
export function membersOf(m: ActorMention | null, byId: Map<string, ActorMention>): ActorMention[] {
  if (!m) return [];
  if (m.kind !== 'compound' || !m.members) return [m];
  return m.members.map((id) => byId.get(id)).filter((x): x is ActorMention => !!x);
}

/**
 * Expand source and target (either may be a compound) into directed pairs, bounded so a summit of
 * twenty leaders does not become 380 events: a multilateral meeting is one event per participant
 * toward the host when the host is among them.
 */
export function expandPairs(root: string, source: ActorMention | null, target: ActorMention | null, byId: Map<string, ActorMention>, hostCountry: string | null, oneSlotBothSides = true): Array<[ActorMention | null, ActorMention | null]> {
  let sources = membersOf(source, byId);
  let targets = membersOf(target, byId);
  // "a meeting between Erdogan and Assad": one compound slot holds both sides (not "killed the farmers and the laborers").
  if (oneSlotBothSides && !sources.length && targets.length > 1) {
    sources = [targets[0]];
    targets = targets.slice(1);
  }
  if (!targets.length && sources.length > 1 && MUTUAL_ROOTS.has(root)) {
    const host = hostCountry ? sources.find((s) => s.actor.country === hostCountry) : undefined;
    if (host) return sources.filter((s) => s !== host).map((s) => [s, host]);
    if (sources.length === 2) return [[sources[0], sources[1]], [sources[1], sources[0]]];
    // Three or more parties with no host named: which pairs really dealt with each other is unknown,
    // and every pair would be an invention (EVENT-CODING: compound actors are bounded).
    return [];
  }
  const out: Array<[ActorMention | null, ActorMention | null]> = [];
  const srcs = sources.length ? sources : [null];
  const tgts = targets.length ? targets : [null];
  for (const s of srcs.slice(0, 8)) for (const t of tgts.slice(0, 8)) {
    if (s && t && s.actor.code && s.actor.code === t.actor.code && s.ref === t.ref) continue;
    out.push([s, t]);
  }
  return out;
}
