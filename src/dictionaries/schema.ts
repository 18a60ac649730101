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
  id: string; // event:CODE:pattern
  code: string;
  form: 'verb' | 'noun';
  text: string;
  src: EntrySource;
}

/** A discard phrase: a sentence matching it codes nothing from the matched words. */
export interface DiscardEntry {
  id: string;
  text: string;
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
