import type { DatedRole } from '../model/actor.js';

/** Where an entry came from, for issues and provenance. */
export interface EntrySource {
  file: string;
  line: number;
}

/** A country with its names, demonyms, capital and government metonyms. */
export interface CountryEntry {
  kind: 'country';
  id: string;
  code: string;
  names: string[];
  adjs: string[];
  capital: { name: string; lat: number; lon: number } | null;
  seats: string[];
  at: { lat: number; lon: number } | null;
  src: EntrySource;
}

/** A named person with dated roles. */
export interface PersonEntry {
  kind: 'person';
  id: string;
  names: string[];
  country: string | null;
  roles: DatedRole[];
  src: EntrySource;
}

/** A named organisation or group with a CAMEO code. */
export interface OrgEntry {
  kind: 'org';
  id: string;
  code: string;
  names: string[];
  country: string | null;
  src: EntrySource;
}

/** A role noun that turns a country into a sector (GOV, MIL, COP, ...). */
export interface AgentEntry {
  kind: 'agent';
  id: string;
  code: string;
  names: string[];
  /** Head words that make an unknown capitalised name an institution of this sector ("Court": "Superior Court of Quebec" = JUD). */
  heads?: string[];
  /** True when the code goes before the actor's code (PETRARCH's `NGO~`: NGO + ARNGOV), not after. */
  prefix?: boolean;
  src: EntrySource;
}

/** A place that is not a capital. */
export interface PlaceEntry {
  kind: 'place';
  id: string;
  names: string[];
  country: string | null;
  lat: number | null;
  lon: number | null;
  src: EntrySource;
}

/** One pattern of an event entry. */
export interface PatternEntry {
  id: string; // event:CODE:pattern (event:CODE:REVERSE:pattern for paired codes)
  /** CAMEO code of the source -> target event; `---` = a phrase that is no event (it beats shorter patterns). */
  code: string;
  /** Paired code of the target -> source event ("left for X" = visit 042 and X hosts a visit 043). */
  reverse?: string;
  form: 'verb' | 'noun';
  text: string;
  /** Where the target comes from when the pattern has no +T: the verb's object (default) or the next actor after the verb. */
  target?: 'object' | 'next' | 'none';
  /** Words match only as written (PETRARCH does not stem: `resolution` is not `resolutions`), not by lemma. */
  exact?: boolean;
  /** Imported dictionaries may define their own codes (PETRARCH's test codes): kept with a warning, not an error. */
  foreignCode?: boolean;
  src: EntrySource;
}

/** A discard phrase: a sentence matching it codes nothing from the matched words, the sentence, or the story. */
export interface DiscardEntry {
  id: string;
  text: string;
  /** What a match discards: the matched words (default), the whole sentence, or the whole document. */
  scope?: 'phrase' | 'sentence' | 'story';
  src: EntrySource;
}

/** Everything the loader read. */
export interface Dictionary {
  countries: CountryEntry[];
  people: PersonEntry[];
  orgs: OrgEntry[];
  agents: AgentEntry[];
  places: PlaceEntry[];
  patterns: PatternEntry[];
  discards: DiscardEntry[];
}

/** A problem found while loading, with its place. */
export interface DictionaryIssue {
  file: string;
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

/** An empty dictionary to fill. */
export function emptyDictionary(): Dictionary {
  return { countries: [], people: [], orgs: [], agents: [], places: [], patterns: [], discards: [] };
}
