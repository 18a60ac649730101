import type { Span, Sentence, Token } from './span.js';
import type { ActorMention } from './actor.js';
import type { CodedEvent } from './event.js';
import type { Message } from './message.js';

/** A grounded time expression in the `dates` layer. */
export interface DateSpan extends Span {
  label: 'date';
  value: string | null;
  precision: 'day' | 'month' | 'year' | 'range';
  rangeEnd?: string | null;
  /** 'past' | 'future' | 'unknown': which side of publication the expression sits on */
  side?: string;
}

/** A place mention in the `places` layer. */
export interface PlaceSpan extends Span {
  label: 'place';
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

/** A record of one stage having run over the doc. */
export interface StageRun {
  stage: string;
  version: string;
  dictionaryHash?: string;
}

/** The one object that flows through every stage. */
export interface Doc {
  id: string;
  raw: string;
  text: string;
  /** offsetMap[i] = index in `raw` of text[i] (only when extract-text changed the text). */
  offsetMap?: Int32Array;
  title?: string;
  url?: string;
  source?: string;
  published: string | null; // ISO date yyyy-mm-dd
  format: 'text' | 'html' | 'jsonl';
  sentences: Sentence[];
  tokens: Token[];
  actors: ActorMention[];
  dates: DateSpan[];
  places: PlaceSpan[];
  triggers: Span[];
  events: CodedEvent[];
  messages: Message[];
  runs: StageRun[];
}

/** Start a doc from raw input; stages fill the layers. */
export function createDoc(init: { id: string; raw: string; format?: Doc['format']; published?: string | null; url?: string; source?: string; title?: string }): Doc {
  return {
    id: init.id,
    raw: init.raw,
    text: init.raw,
    title: init.title,
    url: init.url,
    source: init.source,
    published: init.published ?? null,
    format: init.format ?? 'text',
    sentences: [],
    tokens: [],
    actors: [],
    dates: [],
    places: [],
    triggers: [],
    events: [],
    messages: [],
    runs: [],
  };
}
