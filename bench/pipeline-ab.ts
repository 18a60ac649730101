// Same-process A/B of the whole pipeline: this checkout against another one (an older commit checked
// out with `git worktree add`), coding the shared corpus in alternating rounds so that load on the
// machine falls on both alike. Prints tokens/s per round and the ratio of the medians.
// Run: git worktree add /tmp/old <commit> && ln -s "$PWD/node_modules" /tmp/old/node_modules
//      npx tsx bench/pipeline-ab.ts /tmp/old [rounds]
import { resolve } from 'node:path';
import { loadCorpus } from './corpus.js';

const other = process.argv[2];
if (!other) throw new Error('usage: npx tsx bench/pipeline-ab.ts OTHER_CHECKOUT [rounds]');
const rounds = Number(process.argv[3] ?? 3);
const here = resolve(new URL('..', import.meta.url).pathname);
const articles = loadCorpus();

async function coderAt(root: string) {
  const { createCoder } = await import(resolve(root, 'src/run/coder.ts'));
  const { createDoc } = await import(resolve(root, 'src/model/doc.ts'));
  const coder = createCoder();
  return () => {
    let tokens = 0;
    let events = 0;
    const t0 = performance.now();
    for (const a of articles) {
      const doc = coder.code(createDoc({ id: a.id, raw: a.text, published: a.published }));
      tokens += doc.tokens.length;
      events += doc.events.length;
    }
    return { rate: tokens / ((performance.now() - t0) / 1000), events };
  };
}

const runs = { this: [] as number[], other: [] as number[] };
const mine = await coderAt(here);
const theirs = await coderAt(resolve(other));
mine();
theirs();
for (let r = 0; r < rounds; r++) {
  const a = theirs();
  const b = mine();
  runs.other.push(a.rate);
  runs.this.push(b.rate);
  console.log(`round ${r + 1}: other ${Math.round(a.rate)} tokens/s (${a.events} events), this ${Math.round(b.rate)} tokens/s (${b.events} events)`);
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
console.log(`median ratio this/other: ${(median(runs.this) / median(runs.other)).toFixed(3)}`);
