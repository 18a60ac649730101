import type { Span } from './span.js';

/** What an actor mention resolved to: a CAMEO-style code split into country and role, and the entry used. */
export interface ActorCode {
  code: string; // e.g. RUSGOV, IGOUNO, SYR, or '' when named but unknown
  country: string | null; // ISO alpha-3 or null for international / non-state
  role: string | null; // GOV, MIL, COP, REB, ... or null
  name: string; // canonical name of the entry
}

/** An actor mention in the text (a span in the `actors` layer). */
export interface ActorMention extends Span {
  label: 'actor';
  actor: ActorCode;
  kind: 'country' | 'person' | 'org' | 'agent' | 'seat' | 'pronoun' | 'compound' | 'unknown';
  /** Token range [tokenStart, tokenEnd) the mention covers. */
  tokenStart: number;
  tokenEnd: number;
  /** Token index of the mention's head word (where syntax attaches it). */
  headToken: number;
  /** True for a place name standing as a location ("in Moscow"), not as an actor. */
  locative?: boolean;
  /** For people: the dated roles, resolved later against the event date. */
  roles?: DatedRole[];
  /** Set when this mention refers back to an earlier one ("he", "the two leaders"). */
  corefOf?: string[];
  /** Compound mentions ("Turkey, Syria and Russia") list their member span ids. */
  members?: string[];
  /**
   * An unknown name that reads as a person's (unknown-people.ts) and not a place's: it has no code,
   * but it may stand as an event's source or target, beside a coded other side.
   */
  personLike?: boolean;
  /** Multiple actors referred to at once (plural references) */
  plural?: boolean;
}

/** A role held by a person between two dates (inclusive, ISO yyyy-mm-dd; open ends allowed). */
export interface DatedRole {
  code: string;
  from: string | null;
  to: string | null;
  title?: string;
}
