import type { DatedRole } from '../model/actor.js';
import type { Dictionary, DictionaryIssue } from './schema.js';
import { tokenizeName } from './normalize.js';

/** What a matched name stands for. */
export interface NameTarget {
  kind: 'country' | 'adj' | 'capital' | 'seat' | 'person' | 'org' | 'agent' | 'place';
  ref: string; // entry id, e.g. country:SYR
  name: string; // canonical name
  code: string; // SYR, IGONAT, GOV (agents), '' for places
  country: string | null;
  roles?: DatedRole[];
  lat?: number | null;
  lon?: number | null;
  /** For agents whose code goes before the actor's (PETRARCH's `NGO~`). */
  prefix?: boolean;
}

/** A name as a token sequence and what it stands for. */
export interface NamePhrase {
  tokens: string[];
  target: NameTarget;
  /** Proper names must start with a capital letter in the text; role nouns need not. */
  proper: boolean;
  /**
   * A short acronym written in mixed case ("LeT", "JeM") matches only as written: "Let's" at the
   * start of a sentence is no militant group.
   */
  cased?: string;
}

/** "anti", "-", "government" → "anti-government". */
function joinHyphens(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === '-' && out.length && i + 1 < tokens.length && tokens[i + 1] !== '-') out[out.length - 1] += `-${tokens[++i]}`;
    else out.push(tokens[i]);
  }
  return out;
}

/** Phrases by their first token, longest first. */
export type NameIndex = Map<string, NamePhrase[]>;

/** Build the name index over every actor, agent and place name. */
export function compileNames(dict: Dictionary, issues: DictionaryIssue[]): NameIndex {
  const index: NameIndex = new Map();
  const seen = new Map<string, NamePhrase>();
  const add = (name: string, target: NameTarget, proper: boolean, src: { file: string; line: number }) => {
    const tokens = tokenizeName(name);
    if (!tokens.length) return;
    const key = `${target.kind === 'agent' ? 'a' : 'n'}:${tokens.join(' ')}`;
    const prior = seen.get(key);
    if (prior) {
      if (prior.target.ref !== target.ref && prior.target.kind === target.kind) {
        issues.push({ file: src.file, line: src.line, severity: 'warning', message: `name "${name}" of ${target.ref} is also a name of ${prior.target.ref}; the first one wins` });
      }
      return;
    }
    const phrase: NamePhrase = { tokens, target, proper };
    if (tokens.length === 1 && name.length <= 5 && /^[A-Z][a-z]+[A-Z]/.test(name)) phrase.cased = name;
    // An acronym matches only in capitals: "Who supports her?" is no WHO, "Un" no UN.
    if (tokens.length === 1 && /^[A-Z]{2,6}$/.test(name)) phrase.cased = name;
    seen.set(key, phrase);
    const list = index.get(tokens[0]);
    if (list) list.push(phrase);
    else index.set(tokens[0], [phrase]);
    // The tokenizer keeps many hyphenated words whole ("anti-government", "counter-protesters") and
    // splits others ("al - Shabaab"): a name with a hyphen is indexed both ways.
    const joined = joinHyphens(tokens);
    if (joined.length !== tokens.length && !seen.has(`${key[0]}:${joined.join(' ')}`)) {
      const whole: NamePhrase = { ...phrase, tokens: joined };
      seen.set(`${key[0]}:${joined.join(' ')}`, whole);
      const at = index.get(joined[0]);
      if (at) at.push(whole);
      else index.set(joined[0], [whole]);
    }
  };
  for (const c of dict.countries) {
    const base = { ref: `country:${c.id}`, name: c.names[0], code: c.code, country: c.code, lat: c.at?.lat ?? null, lon: c.at?.lon ?? null };
    for (const n of c.names) add(n, { ...base, kind: 'country' }, true, c.src);
    for (const n of c.adjs) add(n, { ...base, kind: 'adj' }, true, c.src);
    if (c.capital) add(c.capital.name, { ...base, kind: 'capital', name: c.capital.name, lat: c.capital.lat, lon: c.capital.lon }, true, c.src);
    for (const n of c.seats) add(n, { ...base, kind: 'seat', name: n, lat: c.capital?.lat ?? null, lon: c.capital?.lon ?? null }, true, c.src);
  }
  for (const p of dict.people) {
    for (const n of p.names) add(n, { kind: 'person', ref: `person:${p.id}`, name: p.names[0], code: '', country: p.country, roles: p.roles }, true, p.src);
  }
  for (const o of dict.orgs) {
    for (const n of o.names) add(n, { kind: 'org', ref: `org:${o.id}`, name: o.names[0], code: o.code, country: o.country }, !/^[a-z]/.test(n), o.src);
  }
  for (const a of dict.agents) {
    for (const n of a.names) add(n, { kind: 'agent', ref: `agent:${a.id}:${n}`, name: n, code: a.code, country: null, ...(a.prefix ? { prefix: true } : {}) }, false, a.src);
  }
  for (const p of dict.places) {
    for (const n of p.names) add(n, { kind: 'place', ref: `place:${p.id}`, name: p.names[0], code: '', country: p.country, lat: p.lat, lon: p.lon }, true, p.src);
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return index;
}
