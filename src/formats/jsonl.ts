/**
 * JSON Lines writer for coded events: one JSON object per event, one event per line.
 *
 * The object is eventwire's public event shape. Its keys come in a fixed order so that diffs of
 * output files stay readable, and it leaves out internal bookkeeping (`by`, dictionary `ref`s on
 * actors and places, factuality cue offsets): the offsets that remain (`start`/`end`, `sentence`)
 * are enough to trace every field back to the characters of the document it came from.
 */
import type { CodedEvent, EventActor, EventDate, EventPlace } from '../model/event.js';

/** The public JSON shape of an actor on an event. */
export interface ActorJson {
  code: string;
  country: string | null;
  role: string | null;
  name: string;
  start: number;
  end: number;
}

/** The public JSON shape of an event date (`rangeEnd` only when the date carries one). */
export interface DateJson {
  value: string | null;
  precision: EventDate['precision'];
  from: EventDate['from'];
  start: number | null;
  end: number | null;
  rangeEnd?: string | null;
}

/** The public JSON shape of an event place. */
export interface PlaceJson {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  start: number;
  end: number;
}

/** The public JSON shape of one coded event, keys in output order. */
export interface EventJson {
  id: string;
  doc: string;
  sentence: number;
  source: ActorJson | null;
  target: ActorJson | null;
  code: string;
  root: string;
  quad: number;
  goldstein: number;
  plover: { type: string | null; mode: string | null };
  date: DateJson;
  place: PlaceJson | null;
  factuality: { value: CodedEvent['factuality']['value']; cue: string | null };
  trigger: { text: string; start: number; end: number };
  rule: string;
  mentions: Array<{ sentence: number; start: number; end: number }>;
}

function actorJson(a: EventActor | null): ActorJson | null {
  if (!a) return null;
  return { code: a.code, country: a.country, role: a.role, name: a.name, start: a.start, end: a.end };
}

function dateJson(d: EventDate): DateJson {
  const out: DateJson = { value: d.value, precision: d.precision, from: d.from, start: d.start, end: d.end };
  // An open range has rangeEnd: null, which is information; an absent rangeEnd is not written.
  if (d.rangeEnd !== undefined) out.rangeEnd = d.rangeEnd;
  return out;
}

function placeJson(p: EventPlace | null): PlaceJson | null {
  if (!p) return null;
  return { name: p.name, country: p.country, lat: p.lat, lon: p.lon, start: p.start, end: p.end };
}

/** Build the public JSON object for one event (fixed key order, no internal fields). */
export function eventToJson(e: CodedEvent): EventJson {
  return {
    id: e.id,
    doc: e.doc,
    sentence: e.sentence,
    source: actorJson(e.source),
    target: actorJson(e.target),
    code: e.code,
    root: e.root,
    quad: e.quad,
    goldstein: e.goldstein,
    plover: { type: e.plover.type, mode: e.plover.mode },
    date: dateJson(e.date),
    place: placeJson(e.place),
    factuality: { value: e.factuality.value, cue: e.factuality.cue },
    trigger: { text: e.trigger.text, start: e.trigger.start, end: e.trigger.end },
    rule: e.rule,
    mentions: e.mentions.map((m) => ({ sentence: m.sentence, start: m.start, end: m.end })),
  };
}

/** Write events as JSON Lines: `out` gets one line per event, without its trailing newline; returns the count. */
export function writeJsonl(events: Iterable<CodedEvent>, out: (line: string) => void): number {
  let n = 0;
  for (const e of events) {
    // JSON.stringify escapes \n and \r but not U+2028/U+2029, which some line readers (Python's
    // splitlines, old JavaScript eval) treat as line breaks; escaping them keeps one event per line.
    out(JSON.stringify(eventToJson(e)).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029'));
    n++;
  }
  return n;
}
