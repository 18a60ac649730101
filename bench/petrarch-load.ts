// Load time of PETRARCH-2's default Phoenix dictionaries through `petrarch:DIR` (read, convert, compile):
// `npx tsx bench/petrarch-load.ts [RUNS]`. The folder is built from ../shared with symlinks, since the
// reference folder also holds older verb files that a `petrarch:` folder would read as well.
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCompiled } from '../src/dictionaries/compile.js';

const REF = fileURLToPath(new URL('../../shared/reference/petrarch2-dictionaries/', import.meta.url));
const FILES = ['CAMEO.2.0.txt', 'Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt', 'Phoenix.agents.txt', 'Phoenix.discards.txt'];
const dir = mkdtempSync(join(tmpdir(), 'ew-phoenix-'));
for (const f of FILES) symlinkSync(join(REF, f), join(dir, f));

const runs = Number(process.argv[2] ?? 5);
const times: number[] = [];
let issues = 0;
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  issues = loadCompiled([`petrarch:${dir}`]).issues.length;
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`Phoenix set via petrarch:DIR: median ${times[Math.floor(runs / 2)].toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times[runs - 1].toFixed(0)} ms over ${runs} runs (first run includes module warm-up); ${issues} issues`);
