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
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { cliPeakRss } from './peak-rss.js';

const quick = process.argv.includes('--quick');
const target = quick ? 1_000_000 : 20_000_000;
const articles = repeatTo(loadCorpus(), target);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const mb = bytes / 1e6;

// Wall time and CPU time (user + system of this process) of a function.
function time<T>(fn: () => T): [T, number, number] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = fn();
  const c = process.cpuUsage(c0);
  return [r, (performance.now() - t0) / 1000, (c.user + c.system) / 1e6];
}

// Start-up: a fresh process that loads dictionaries and parser and codes one short article.
const [, startup] = time(() => execFileSync(process.execPath, ['bin/eventwire.js', 'code', '-', '--published', '2024-07-25'], { input: 'Turkey severed ties with Syria in 2011.', stdio: ['pipe', 'ignore', 'ignore'] }));

// Two baselines. "default": wink's readDoc as the package ships it (sentence splitting, tagging, and
// also named entities, negation and sentiment), the baseline of every earlier run. "tag-only": wink
// configured to split sentences and tag only, which is also what the pipeline itself now runs (see
// getNlp in src/stages/segment/segment.ts). The issue's "wink-nlp's own tokenise-and-tag pass" can be
// read either way, so both ratios are printed.
const defaultNlp = winkNLP(model);
const tagOnly = getNlp();
const its = tagOnly.its;
const coder = createCoder();
coder.code(createDoc({ id: 'warm-up', raw: articles[0].text, published: articles[0].published }));

// The baseline and the pipeline take turns over the same blocks of articles, so that a change of
// load on the machine (other jobs) falls on both sides alike; the ratio is the steadier figure.
const BLOCKS = 20;
const per = Math.ceil(articles.length / BLOCKS);
const wink = { tokens: 0, wall: 0, cpu: 0 };
const lite = { tokens: 0, wall: 0, cpu: 0 };
const ours = { tokens: 0, events: 0, wall: 0, cpu: 0 };
const tagPass = (nlp: typeof tagOnly, block: Article[]) => () => {
  let count = 0;
  for (const a of block) count += (nlp.readDoc(a.text).tokens().out(its.pos) as string[]).length;
  return count;
};
for (let b = 0; b < BLOCKS; b++) {
  const block = articles.slice(b * per, (b + 1) * per);
  const [n, wall, cpu] = time(tagPass(defaultNlp, block));
  Object.assign(wink, { tokens: wink.tokens + n, wall: wink.wall + wall, cpu: wink.cpu + cpu });
  const [n2, wallLite, cpuLite] = time(tagPass(tagOnly, block));
  Object.assign(lite, { tokens: lite.tokens + n2, wall: lite.wall + wallLite, cpu: lite.cpu + cpuLite });
  const [c, wall2, cpu2] = time(() => {
    let events = 0;
    let tokens = 0;
    for (const a of block) {
      const doc = coder.code(createDoc({ id: a.id, raw: a.text, published: a.published }));
      events += doc.events.length;
      tokens += doc.tokens.length;
    }
    return { events, tokens };
  });
  Object.assign(ours, { tokens: ours.tokens + c.tokens, events: ours.events + c.events, wall: ours.wall + wall2, cpu: ours.cpu + cpu2 });
}
const benchRss = process.memoryUsage().rss;
const cli = await cliPeakRss(articles);

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
console.log(`corpus: ${articles.length} articles, ${f(mb, 1)} MB, ${f(ours.tokens)} tokens (in ${BLOCKS} blocks, baseline and pipeline taking turns)`);
console.log(`baseline wink-nlp tokenise+tag: ${f(wink.tokens / wink.wall)} tokens/s, ${f(mb / wink.wall, 2)} MB/s, ${f(articles.length / wink.wall)} articles/s (CPU ${f(wink.cpu, 1)} s) [default pipe]`);
console.log(`baseline wink-nlp tag-only pipe: ${f(lite.tokens / lite.wall)} tokens/s, ${f(mb / lite.wall, 2)} MB/s, ${f(articles.length / lite.wall)} articles/s (CPU ${f(lite.cpu, 1)} s) [sbd + pos]`);
console.log(`eventwire full pipeline:        ${f(ours.tokens / ours.wall)} tokens/s, ${f(mb / ours.wall, 2)} MB/s, ${f(articles.length / ours.wall)} articles/s, ${f(ours.events)} events (CPU ${f(ours.cpu, 1)} s)`);
console.log(`ratio pipeline/baseline speed:  ${f(wink.wall / ours.wall, 2)} by wall time, ${f(wink.cpu / ours.cpu, 2)} by CPU time (target >= 0.25) [default pipe]`);
console.log(`ratio pipeline/tag-only pipe:   ${f(lite.wall / ours.wall, 2)} by wall time, ${f(lite.cpu / ours.cpu, 2)} by CPU time [sbd + pos, the stricter reading]`);
console.log(`peak RSS of \`eventwire code\` on this corpus: ${cli.mb === null ? 'n/a (no /proc)' : `${f(cli.mb)} MB`} (target < 400), ${f(articles.length / cli.seconds)} articles/s with start-up and output`);
console.log(`RSS of this benchmark process (two pipelines' data, the corpus in memory): ${f(benchRss / 1e6)} MB`);
console.log(`start-up (fresh process, one short article): ${f(startup * 1000)} ms`);
console.log(`worker threads on ${workerSlice.length} articles: 1 thread ${f(one, 2)} s, 2 threads ${f(two, 2)} s, speed-up ${f(one / two, 2)}x`);
