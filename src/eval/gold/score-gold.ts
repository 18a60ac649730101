import type { Doc } from '../../model/doc.js';
import type { CodedEvent } from '../../model/event.js';
import type { GoldFile, GoldEvent } from './gold-file.js';
import { isForbidden, matchGold } from './match-gold.js';

/** Scores of one article, or of many added up. */
export interface GoldScore {
  docs: number;
  gold: number;
  required: number;
  produced: number;
  matched: number;
  matchedRequired: number;
  codeRight: number;
  dated: number;
  dateRight: number;
  factualityRight: number;
  forbidden: Array<{ doc: string; event: string; why?: string }>;
  missing: Array<{ doc: string; gold: GoldEvent }>;
  extra: Array<{ doc: string; event: CodedEvent }>;
}

/** A zero score to add into. */
export function emptyScore(): GoldScore {
  return { docs: 0, gold: 0, required: 0, produced: 0, matched: 0, matchedRequired: 0, codeRight: 0, dated: 0, dateRight: 0, factualityRight: 0, forbidden: [], missing: [], extra: [] };
}

function eventLine(e: CodedEvent): string {
  return `${e.source?.code ?? '-'} ${e.code} ${e.target?.code ?? '-'} ${e.date.value ?? '?'} ${e.factuality.value} "${e.trigger.text}"`;
}

/** Score one coded doc against its gold file, adding into `into`. */
export function scoreDoc(gold: GoldFile, doc: Doc, into: GoldScore): GoldScore {
  const pairs = matchGold(gold.events, doc.events);
  const matchedGold = new Set(pairs.map(([g]) => g));
  const matchedEvents = new Set(pairs.map(([, e]) => e));
  into.docs++;
  into.gold += gold.events.length;
  into.required += gold.events.filter((g) => g.required).length;
  into.produced += doc.events.length;
  into.matched += pairs.length;
  for (const [g, e] of pairs) {
    if (g.required) into.matchedRequired++;
    if (g.codes.includes(e.code)) into.codeRight++;
    if (g.date) {
      into.dated++;
      if (e.date.value === g.date || (e.date.value ?? '').startsWith(g.date + '-') && e.date.from === 'text') into.dateRight++;
    }
    if (g.factuality === e.factuality.value) into.factualityRight++;
  }
  for (const g of gold.events) if (!matchedGold.has(g)) into.missing.push({ doc: gold.doc, gold: g });
  for (const e of doc.events) {
    if (!matchedEvents.has(e)) into.extra.push({ doc: gold.doc, event: e });
    for (const f of gold.forbidden) if (isForbidden(f, e)) into.forbidden.push({ doc: gold.doc, event: eventLine(e), why: f.why });
  }
  return into;
}

/** Precision, recall and the other rates of a score, as fractions. */
export function rates(s: GoldScore) {
  const div = (a: number, b: number) => (b ? a / b : 0);
  const precision = div(s.matched, s.produced);
  const recall = div(s.matched, s.gold);
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    requiredRecall: div(s.matchedRequired, s.required),
    codeAccuracy: div(s.codeRight, s.matched),
    dateAccuracy: div(s.dateRight, s.dated),
    factualityAccuracy: div(s.factualityRight, s.matched),
  };
}

/** Print a score as a readable report; `details` adds the missing and extra events. */
export function formatGoldScore(s: GoldScore, details = false): string {
  const r = rates(s);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `articles ${s.docs}, gold events ${s.gold} (${s.required} required), produced ${s.produced}, matched ${s.matched}`,
    `precision ${pct(r.precision)}  recall ${pct(r.recall)}  F1 ${pct(r.f1)}  required recall ${pct(r.requiredRecall)}`,
    `code accuracy ${pct(r.codeAccuracy)}  date accuracy ${pct(r.dateAccuracy)} (of ${s.dated} dated)  factuality accuracy ${pct(r.factualityAccuracy)}`,
    `forbidden events produced: ${s.forbidden.length}`,
  ];
  for (const f of s.forbidden) lines.push(`  FORBIDDEN ${f.doc}: ${f.event}${f.why ? ` (${f.why})` : ''}`);
  if (details) {
    for (const m of s.missing) lines.push(`  MISSING ${m.doc} ${m.gold.id}: ${m.gold.source ?? '-'} ${m.gold.codes[0]} ${m.gold.target ?? '-'} ${m.gold.date ?? '?'} ${m.gold.factuality}${m.gold.required ? ' (required)' : ''}`);
    for (const x of s.extra) lines.push(`  EXTRA ${x.doc}: ${eventLine(x.event)}`);
  }
  return lines.join('\n');
}
