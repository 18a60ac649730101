// Text and JSON reports of a PETRARCH evaluation, and the JSONL predictions file.
import type { PetrarchEval } from './run.js';
import { key, prf, type GroupScore, type Tuple } from './score.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const pad = (s: string | number, n: number) => String(s).padStart(n);

function row(label: string, g: GroupScore): string {
  const t = prf(g.counts);
  const r = prf(g.rootCounts);
  return `${label.padEnd(12)}${pad(g.records, 8)}${pad(g.exact, 7)}${pad(pct(g.records ? g.exact / g.records : 0), 8)}${pad(pct(t.p), 8)}${pad(pct(t.r), 8)}${pad(pct(t.f1), 8)}${pad(pct(r.f1), 9)}`;
}

const tuples = (ts: Tuple[]) => (ts.length ? ts.map(key).join('; ') : '(none)');

/** The human-readable report: totals, a table per category, ignored options, failures on request. */
export function formatPetrarchEval(e: PetrarchEval, showFailures = false): string {
  const { total, byCategory } = e.summary;
  const t = prf(total.counts);
  const r = prf(total.rootCounts);
  const lines = [
    `PETRARCH records  ${e.records}`,
    `dictionaries      ${e.dictionaries.join(', ')} (${e.dictionaryIssues} issue(s) while loading)`,
    `exact records     ${total.exact} of ${total.records} (${pct(total.records ? total.exact / total.records : 0)})`,
    `event tuples      P ${pct(t.p)}  R ${pct(t.r)}  F1 ${pct(t.f1)}  (tp ${total.counts.tp}, fp ${total.counts.fp}, fn ${total.counts.fn})`,
    `at CAMEO root     P ${pct(r.p)}  R ${pct(r.r)}  F1 ${pct(r.f1)}`,
    '',
    `${'category'.padEnd(12)}${pad('records', 8)}${pad('exact', 7)}${pad('exact%', 8)}${pad('P', 8)}${pad('R', 8)}${pad('F1', 8)}${pad('root F1', 9)}`,
    ...byCategory.map((c) => row(c.category || '(none)', c)),
    row('all', total),
  ];
  const ignored = Object.entries(e.ignoredOptions);
  if (ignored.length) lines.push('', `options eventwire does not implement (records coded without them): ${ignored.map(([k, n]) => `${k} (${n})`).join(', ')}`);
  if (showFailures) {
    const failed = e.results.filter((x) => !x.exact);
    lines.push('', `${failed.length} record(s) not exactly right:`);
    for (const f of failed) {
      lines.push('', `${f.id} [${f.category}] ${f.text}`, `  expected: ${tuples(f.expected)}`, `  produced: ${tuples(f.produced)}`);
    }
  }
  return lines.join('\n');
}

/** The report as one JSON value (figures as fractions). */
export function petrarchEvalJson(e: PetrarchEval): unknown {
  const group = (g: GroupScore) => ({ records: g.records, exact: g.exact, exactRate: g.records ? g.exact / g.records : 0, tuples: { ...g.counts, ...prf(g.counts) }, root: { ...g.rootCounts, ...prf(g.rootCounts) } });
  return {
    records: e.records,
    dictionaries: e.dictionaries,
    dictionaryIssues: e.dictionaryIssues,
    total: group(e.summary.total),
    byCategory: Object.fromEntries(e.summary.byCategory.map((c) => [c.category, group(c)])),
    ignoredOptions: e.ignoredOptions,
    failures: e.results.filter((x) => !x.exact).map((x) => ({ id: x.id, category: x.category, expected: x.expected, produced: x.produced })),
  };
}

/** One JSON line per record: {"id", "events": [{"source", "target", "code"}]}. */
export function petrarchPredictions(e: PetrarchEval): string {
  return e.results.map((x) => JSON.stringify({ id: x.id, events: x.produced.map((t) => ({ source: t.source, target: t.target, code: t.code })) })).join('\n') + '\n';
}
