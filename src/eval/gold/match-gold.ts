import type { CodedEvent } from '../../model/event.js';
import type { Forbidden, GoldEvent } from './gold-file.js';

// Gold codes may be less specific than ours: gold SYR accepts SYRGOV; a gold null accepts only null.
function actorFits(gold: string | null | undefined, produced: string | null | undefined): boolean {
  if (gold === undefined) return true;
  if (gold === null) return !produced;
  return !!produced && produced.startsWith(gold);
}

/** Does a produced event stand for a gold event (same root, compatible actors, either way if symmetric)? */
export function fitsGold(g: GoldEvent, e: CodedEvent): boolean {
  if (e.root !== g.root && !g.codes.includes(e.code)) return false;
  const s = e.source?.code ?? null;
  const t = e.target?.code ?? null;
  if (actorFits(g.source, s) && actorFits(g.target, t)) return true;
  return g.symmetric && actorFits(g.source, t) && actorFits(g.target, s);
}

/** Does a produced event break a "forbidden" rule? */
export function isForbidden(f: Forbidden, e: CodedEvent): boolean {
  if (f.root && e.root !== f.root) return false;
  if (f.factuality && e.factuality.value !== f.factuality) return false;
  if (f.date && !(e.date.value ?? '').startsWith(f.date)) return false;
  return actorFits(f.source, e.source?.code) && actorFits(f.target, e.target?.code);
}

/** Pair gold and produced events one to one, preferring pairs that also agree on code and date. */
export function matchGold(gold: GoldEvent[], produced: CodedEvent[]): Array<[GoldEvent, CodedEvent]> {
  const pairs: Array<{ g: GoldEvent; e: CodedEvent; score: number }> = [];
  for (const g of gold) {
    for (const e of produced) {
      if (!fitsGold(g, e)) continue;
      const score = (g.codes.includes(e.code) ? 2 : 0) + (g.date && e.date.value?.startsWith(g.date) ? 1 : 0) + (e.factuality.value === g.factuality ? 1 : 0);
      pairs.push({ g, e, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score);
  const usedG = new Set<GoldEvent>();
  const usedE = new Set<CodedEvent>();
  const out: Array<[GoldEvent, CodedEvent]> = [];
  for (const p of pairs) {
    if (usedG.has(p.g) || usedE.has(p.e)) continue;
    usedG.add(p.g);
    usedE.add(p.e);
    out.push([p.g, p.e]);
  }
  return out;
}
