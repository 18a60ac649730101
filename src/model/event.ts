/** Precision of a grounded date. */
export type DatePrecision = 'day' | 'month' | 'year' | 'range' | 'unknown';

/** A calendar value resolved from a time expression (or the publication date when the text gives none). */
export interface EventDate {
  value: string | null; // ISO yyyy-mm-dd, yyyy-mm or yyyy; range start for ranges
  precision: DatePrecision;
  from: 'text' | 'published' | 'none';
  rangeEnd?: string | null; // for ranges: end value or null when open
  start: number | null; // char offsets of the time expression in doc.text
  end: number | null;
}

/** Factuality of an event as the text states it. */
export type FactualityValue = 'asserted' | 'reported' | 'denied' | 'hypothetical' | 'negated' | 'future';

/** Factuality and the cue words that set it. */
export interface Factuality {
  value: FactualityValue;
  cue: string | null;
  start?: number;
  end?: number;
}

/** An actor as recorded on an event: code parts plus the characters it came from. */
export interface EventActor {
  code: string;
  country: string | null;
  role: string | null;
  name: string;
  start: number;
  end: number;
  ref?: string; // dictionary entry id
}

/** Where an event happened. */
export interface EventPlace {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  start: number;
  end: number;
  ref?: string;
}

/** One coded event: who did what to whom, when, where, how sure, and from which characters. */
export interface CodedEvent {
  id: string;
  doc: string;
  sentence: number;
  source: EventActor | null;
  target: EventActor | null;
  code: string;
  root: string;
  quad: number;
  goldstein: number;
  plover: { type: string | null; mode: string | null };
  date: EventDate;
  place: EventPlace | null;
  factuality: Factuality;
  trigger: { text: string; start: number; end: number };
  rule: string; // dictionary entry id of the pattern
  by: string; // which matcher produced it
  mentions: Array<{ sentence: number; start: number; end: number }>;
}
