// Throughput of the whole pipeline over the shared corpus, against wink-nlp's own tokenise-and-tag
// pass over the same text in the same process. `--quick` is the CI smoke run (a small volume).
// Run: npm run bench   (or: npx tsx bench/throughput.ts --quick)
import { Worker } from 'node:worker_threads';
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { loadCorpus, repeatTo, type Article } from './corpus.js';
import { createCoder } from '../src/run/coder.js';
import { createDoc } from '../src/model/doc.js';
import { getNlp } from '../src/stages/segment/segment.js';

const quick = process.argv.includes('--quick');
const target = quick ? 1_000_000 : 20_000_000;
const articles = repeatTo(loadCorpus(), target);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const mb = bytes / 1e6;
let peak = process.memoryUsage().rss;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, (performance.now() - t0) / 1000];
}

// Start-up: a fresh process that loads dictionaries and parser and codes one short article.
const [, startup] = time(() => execFileSync(process.execPath, ['bin/eventwire.js', 'code', '-', '--published', '2024-07-25'], { input: 'Turkey severed ties with Syria in 2011.', stdio: ['pipe', 'ignore', 'ignore'] }));

const nlp = getNlp();
const its = nlp.its;
const [winkTokens, winkSeconds] = time(() => {
  let n = 0;
  for (const a of articles) {
    const d = nlp.readDoc(a.text);
    n += (d.tokens().out(its.pos) as string[]).length;
    if ((n & 1023) === 0) sample();
  }
  return n;
});

const coder = createCoder();
const [counts, coderSeconds] = time(() => {
  let events = 0;
  let tokens = 0;
  for (const a of articles) {
    const doc = coder.code(createDoc({ id: a.id, raw: a.text, published: a.published }));
    events += doc.events.length;
    tokens += doc.tokens.length;
    sample();
  }
  return { events, tokens };
});

async function inWorkers(n: number, list: Article[]): Promise<number> {
  const t0 = performance.now();
  const shares = Array.from({ length: n }, (_, i) => list.filter((_, k) => k % n === i));
  await Promise.all(shares.map((share) => new Promise((resolve, reject) => {
    const w = new Worker(new URL('./code-worker.mjs', import.meta.url), { workerData: { articles: share } });
    w.once('message', resolve);
    w.once('error', reject);
  })));
  return (performance.now() - t0) / 1000;
}
const workerSlice = articles.slice(0, quick ? 200 : 2000);
const one = await inWorkers(1, workerSlice);
const two = await inWorkers(2, workerSlice);

const f = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
console.log(`eventwire throughput (${quick ? 'quick smoke run' : 'full run'}), node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} x${cpus().length}`);
console.log(`corpus: ${articles.length} articles, ${f(mb, 1)} MB, ${f(counts.tokens)} tokens`);
console.log(`baseline wink-nlp tokenise+tag: ${f(winkTokens / winkSeconds)} tokens/s, ${f(mb / winkSeconds, 2)} MB/s, ${f(articles.length / winkSeconds)} articles/s`);
console.log(`eventwire full pipeline:        ${f(counts.tokens / coderSeconds)} tokens/s, ${f(mb / coderSeconds, 2)} MB/s, ${f(articles.length / coderSeconds)} articles/s, ${f(counts.events)} events`);
console.log(`ratio pipeline/baseline speed:  ${f(winkSeconds / coderSeconds, 2)} (target >= 0.25)`);
console.log(`peak RSS: ${f(peak / 1e6)} MB; start-up (fresh process, one short article): ${f(startup * 1000)} ms`);
console.log(`worker threads on ${workerSlice.length} articles: 1 thread ${f(one, 2)} s, 2 threads ${f(two, 2)} s, speed-up ${f(one / two, 2)}x`);
