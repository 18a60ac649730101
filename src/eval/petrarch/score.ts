// Scoring of coded PETRARCH records: a record is exactly right when its set of (source, target, code)
// tuples equals the expected set; tuples are also counted for precision and recall, at full code and at
// CAMEO root (first two digits), overall and per record category.
import type { CodedEvent, EventActor } from '../../model/event.js';
import type { ExpectedEvent, PetrarchRecord } from './read-records.js';

/** An event as a PETRARCH tuple. */
export type Tuple = ExpectedEvent;

/** PETRARCH's null actor: no actor, or one whose code is unknown. */
export const NULL_CODE = '---';

/** The PETRARCH code of an event actor: `---` when absent, `---GOV` for a role noun of no known country. */
export function actorCode(a: EventActor | null): string {
  if (!a || !a.code || a.code === NULL_CODE) return NULL_CODE;
  if (a.ref?.startsWith('agent:') && !a.country && !a.code.startsWith('---')) return NULL_CODE + a.code;
  return a.code;
}

const isNull = (code: string) => !code || code === NULL_CODE;

/** The tuples of coded events; with `requireDyad` (PETRARCH's default) events lacking a source or target are dropped. */
export function eventTuples(events: CodedEvent[], requireDyad: boolean): Tuple[] {
  const out = new Map<string, Tuple>();
  for (const e of events) {
    const t = { source: actorCode(e.source), target: actorCode(e.target), code: e.code };
    if (requireDyad && (isNull(t.source) || isNull(t.target))) continue;
    out.set(key(t), t);
  }
  return [...out.values()];
}

/** The tuples a record expects (none for noevents and error records). */
export function expectedTuples(r: PetrarchRecord): Tuple[] {
  if (r.noEvents || r.error) return [];
  const out = new Map<string, Tuple>();
  for (const t of r.expected) out.set(key(t), t);
  return [...out.values()];
}

export const key = (t: Tuple) => `${t.source} ${t.target} ${t.code}`;

/** CAMEO root of a code: its first two digits ("174K" -> "17"); other codes stay whole. */
export const rootOf = (code: string) => (/^\d\d/.test(code) ? code.slice(0, 2) : code);

/** Counts for precision, recall and F1. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of counts (1 when there was nothing to find and nothing was found). */
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Compare two tuple sets, optionally at root level. */
export function compareTuples(expected: Tuple[], produced: Tuple[], root = false): Counts {
  const norm = (ts: Tuple[]) => new Set(ts.map((t) => key(root ? { ...t, code: rootOf(t.code) } : t)));
  const e = norm(expected);
  const p = norm(produced);
  let tp = 0;
  for (const k of p) if (e.has(k)) tp++;
  return { tp, fp: p.size - tp, fn: e.size - tp };
}

/** The outcome of one record. */
export interface RecordResult {
  id: string;
  category: string;
  text: string;
  expected: Tuple[];
  produced: Tuple[];
  exact: boolean;
  counts: Counts;
  rootCounts: Counts;
}

/** Score one record's produced tuples against what it expects. */
export function scoreRecord(r: PetrarchRecord, produced: Tuple[]): RecordResult {
  const expected = expectedTuples(r);
  const counts = compareTuples(expected, produced);
  return { id: r.id, category: r.category, text: r.text, expected, produced, exact: counts.fp === 0 && counts.fn === 0, counts, rootCounts: compareTuples(expected, produced, true) };
}

/** Totals over a group of records. */
export interface GroupScore {
  records: number;
  exact: number;
  counts: Counts;
  rootCounts: Counts;
}

const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

/** Sum record results into one group score. */
export function sumResults(results: RecordResult[]): GroupScore {
  const zero = { tp: 0, fp: 0, fn: 0 };
  return results.reduce((g, r) => ({ records: g.records + 1, exact: g.exact + (r.exact ? 1 : 0), counts: add(g.counts, r.counts), rootCounts: add(g.rootCounts, r.rootCounts) }), { records: 0, exact: 0, counts: zero, rootCounts: zero });
}

/** Scores overall and per category (categories in order of first appearance). */
export function summarize(results: RecordResult[]): { total: GroupScore; byCategory: Array<{ category: string } & GroupScore> } {
  const cats = [...new Set(results.map((r) => r.category))];
  return { total: sumResults(results), byCategory: cats.map((category) => ({ category, ...sumResults(results.filter((r) => r.category === category)) })) };
}
