// Rebuilds dictionaries/cameo.tsv (code facts: root, QuadClass, Goldstein, PLOVER type/mode) from the
// CAMEO and PLOVER reference tables in ../shared, read in place. Run: npx tsx scripts/build-cameo-table.ts
import { readFileSync, writeFileSync } from 'node:fs';

function csv(path: string): Record<string, string>[] {
  const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  const split = (line: string) => {
    const out: string[] = [];
    let cur = '';
    let q = false;
    for (const ch of line) {
      if (ch === '"') q = !q;
      else if (ch === ',' && !q) (out.push(cur), (cur = ''));
      else cur += ch;
    }
    out.push(cur);
    return out;
  };
  const head = split(lines[0]);
  return lines.slice(1).map((l) => Object.fromEntries(split(l).map((v, i) => [head[i], v])));
}

const codes = csv('../shared/reference/cameo/cameo-eventcodes.csv');
const plover = new Map(csv('../shared/reference/plover/cameo2plover-2021.csv').map((r) => [r.cameo_code, r]));
const rows = ['# code\troot\tquad\tgoldstein\tplover_type\tplover_mode\tname'];
for (const c of codes) {
  // A code missing from the crosswalk takes its nearest ancestor's PLOVER type (4 -> 3 -> 2 digits).
  const p = plover.get(c.code) ?? plover.get(c.code.slice(0, 3)) ?? plover.get(c.code.slice(0, 2));
  rows.push([c.code, c.root_code, c.quadclass_gdelt, c.goldstein_gdelt, p?.plover_event ?? '', p?.plover_mode ?? '', c.name].join('\t'));
}
writeFileSync('dictionaries/cameo.tsv', rows.join('\n') + '\n');
console.log(`wrote ${rows.length - 1} codes`);
