import type { CompiledDictionary } from './compile.js';

/** Coverage figures of a dictionary: CAMEO codes with patterns, actors by kind, people with roles. */
export interface DictionaryStats {
  cameoCodes: number;
  codesWithPatterns: number;
  threeDigitCodes: number;
  threeDigitCovered: number;
  missingThreeDigit: string[];
  patterns: { verb: number; noun: number; discard: number };
  actors: { countries: number; people: number; orgs: number; agents: number; places: number };
  datedRoles: number;
}

/** Compute coverage figures. */
export function dictionaryStats(d: CompiledDictionary): DictionaryStats {
  const src = d.source;
  const withPatterns = new Set(src.patterns.map((p) => p.code));
  const three = [...d.cameo.keys()].filter((c) => c.length === 3);
  const missing = three.filter((c) => !withPatterns.has(c) && ![...withPatterns].some((p) => p.startsWith(c)));
  return {
    cameoCodes: d.cameo.size,
    codesWithPatterns: [...withPatterns].filter((c) => d.cameo.has(c)).length,
    threeDigitCodes: three.length,
    threeDigitCovered: three.length - missing.length,
    missingThreeDigit: missing,
    patterns: { verb: src.patterns.filter((p) => p.form === 'verb').length, noun: src.patterns.filter((p) => p.form === 'noun').length, discard: src.discards.length },
    actors: { countries: src.countries.length, people: src.people.length, orgs: src.orgs.length, agents: src.agents.reduce((n, a) => n + a.names.length, 0), places: src.places.length },
    datedRoles: src.people.reduce((n, p) => n + p.roles.filter((r) => r.from || r.to).length, 0),
  };
}

/** Print the figures as readable lines. */
export function formatStats(s: DictionaryStats): string {
  return [
    `CAMEO codes with patterns   ${s.codesWithPatterns} of ${s.cameoCodes}`,
    `3-digit codes covered       ${s.threeDigitCovered} of ${s.threeDigitCodes}${s.missingThreeDigit.length ? ` (missing: ${s.missingThreeDigit.join(' ')})` : ''}`,
    `patterns                    ${s.patterns.verb} verb, ${s.patterns.noun} noun, ${s.patterns.discard} discard`,
    `countries                   ${s.actors.countries}`,
    `people                      ${s.actors.people} (${s.datedRoles} dated roles)`,
    `organisations and groups    ${s.actors.orgs}`,
    `agent nouns                 ${s.actors.agents}`,
    `places                      ${s.actors.places}`,
  ].join('\n');
}
