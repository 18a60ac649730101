// Accuracy figures in one run: PETRARCH's dev suite, our gold articles (with the parse and with word
// order alone, to show what syntax buys), and the parser on EWT test. Run: npm run bench:accuracy
// (`--quick` skips the parser evaluation, for CI).
import { fileURLToPath } from 'node:url';
import { evaluatePetrarch } from '../src/eval/petrarch/run.js';
import { formatPetrarchEval } from '../src/eval/petrarch/report.js';
import { createCoder } from '../src/run/coder.js';
import { evalGold } from '../src/eval/gold/run-gold.js';
import { formatGoldScore } from '../src/eval/gold/score-gold.js';
import { evalParse, formatParseEval } from '../src/eval/parse.js';
import { loadParser } from '../src/stages/parse/parser.js';

const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
const quick = process.argv.includes('--quick');

console.log(`== PETRARCH dev suite (${shared}benchmarks/petrarch2-unit/PETR.UnitTest.dev.xml)`);
console.log(formatPetrarchEval(evaluatePetrarch(`${shared}benchmarks/petrarch2-unit/PETR.UnitTest.dev.xml`)).split('\n').slice(0, 5).join('\n'));

for (const syntax of ['parse', 'order'] as const) {
  console.log(`\n== gold articles (test/fixtures/gold), syntax from ${syntax === 'parse' ? 'the dependency parse' : 'word order alone'}`);
  const { score } = evalGold(createCoder({ syntax }), [fileURLToPath(new URL('../test/fixtures/gold', import.meta.url))], [`${shared}corpus`, `${shared}seeds`]);
  console.log(formatGoldScore(score));
}

if (!quick) {
  console.log(`\n== parser on EWT test`);
  console.log(formatParseEval(evalParse(`${shared}ud/en_ewt-ud-test.conllu`, loadParser())));
}
