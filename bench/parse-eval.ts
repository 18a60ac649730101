/**
 * Prints the parser's accuracy on a CoNLL-U file (default: UD English EWT test, never trained on).
 *   npx tsx bench/parse-eval.ts [FILE.conllu] [MODEL]
 *   BEAM=4 npx tsx bench/parse-eval.ts        decode with a beam of 4 instead of the model's default
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadParser } from '../src/stages/parse/parser.js';
import { evalParse, formatParseEval } from '../src/eval/parse.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const file = process.argv[2] ?? resolve(here, '../../shared/ud/en_ewt-ud-test.conllu');
const options = process.env.BEAM === undefined ? {} : { beamWidth: Number(process.env.BEAM) };
const parser = loadParser(process.argv[3], options);
console.log(file);
console.log(formatParseEval(evalParse(file, parser)));
