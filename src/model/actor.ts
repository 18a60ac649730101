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
  kind: 'country' | 'person' | 'org' | 'agent' | 'seat' | 'pronoun' | 'unknown';
  /** For people: the dated roles, resolved later against the event date. */
  roles?: DatedRole[];
  /** Set when this mention refers back to an earlier one ("he", "the two leaders"). */
  corefOf?: string[];
  /** Compound mentions ("Turkey, Syria and Russia") list their member span ids. */
  members?: string[];
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
