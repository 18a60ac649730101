// Quick check used while writing dictionaries: `npx tsx src/dictionaries/check.ts [DIR]`.
import { loadDictionaries } from './load.js';

const t0 = performance.now();
const { dictionary: d, issues } = loadDictionaries(process.argv[2]);
for (const i of issues) console.log(`${i.file}:${i.line}: ${i.severity}: ${i.message}`);
console.log(`countries ${d.countries.length}, people ${d.people.length} (roles ${d.people.reduce((n, p) => n + p.roles.length, 0)}), orgs ${d.orgs.length}, agents ${d.agents.length}, places ${d.places.length}, patterns ${d.patterns.length}, discards ${d.discards.length}; ${issues.length} issues; ${(performance.now() - t0).toFixed(0)} ms`);
process.exitCode = issues.some((i) => i.severity === 'error') ? 1 : 0;
