// Quick check used while writing dictionaries: `npx tsx src/dictionaries/check.ts [DIR]` loads AND
// compiles (patterns, names), printing every issue with file:line. `eventwire dict lint` is the same for users.
import { loadCompiled } from './compile.js';

const t0 = performance.now();
const { compiled, issues } = loadCompiled(process.argv[2] ? [process.argv[2]] : undefined);
const d = compiled.source;
for (const i of issues) console.log(`${i.file}:${i.line}: ${i.severity}: ${i.message}`);
console.log(`countries ${d.countries.length}, people ${d.people.length} (roles ${d.people.reduce((n, p) => n + p.roles.length, 0)}), orgs ${d.orgs.length}, agents ${d.agents.length}, places ${d.places.length}, patterns ${d.patterns.length}, discards ${d.discards.length}; ${issues.filter((i) => i.severity === 'error').length} errors, ${issues.filter((i) => i.severity === 'warning').length} warnings; ${(performance.now() - t0).toFixed(0)} ms`);
process.exitCode = issues.some((i) => i.severity === 'error') ? 1 : 0;
