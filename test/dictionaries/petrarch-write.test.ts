import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importPetrarchFolder } from '../../src/dictionaries/petrarch/write-dict.js';
import { loadPetrarchFolder } from '../../src/dictionaries/petrarch/convert.js';
import { loadCompiled } from '../../src/dictionaries/compile.js';
import { loadCameoTable } from '../../src/dictionaries/cameo.js';

const VALIDATE = fileURLToPath(new URL('../../../shared/benchmarks/petrarch2-unit/dictionaries', import.meta.url));

test('dict import writes .dict files that load back without errors and hold the same entries', () => {
  const out = mkdtempSync(join(tmpdir(), 'ew-import-'));
  const { files, issues } = importPetrarchFolder(VALIDATE, out);
  assert.deepEqual(readdirSync(out).sort(), ['petr-validate-actors.dict', 'petr-validate-agents.dict', 'petr-validate-discards.dict', 'petr-validate-verbs.dict']);
  assert.equal(files.length, 4);
  const { compiled, issues: reloaded } = loadCompiled([out]);
  assert.deepEqual(reloaded.filter((i) => i.severity === 'error'), []);
  const original = loadPetrarchFolder(VALIDATE).dictionary;
  const back = compiled.source;
  for (const kind of ['countries', 'people', 'orgs', 'agents', 'discards'] as const) assert.equal(back[kind].length, original[kind].length, kind);
  // Patterns with codes outside CAMEO (the suite's own 901, 174K ...) stay behind as comments.
  const cameo = loadCameoTable();
  const inCameo = original.patterns.filter((p) => [p.code, p.reverse].every((c) => c === undefined || c === '---' || cameo.has(c)));
  assert.equal(back.patterns.length, inCameo.length);
  assert.ok(issues.some((i) => /code 174K is not a CAMEO code: its patterns are written as comments/.test(i.message)));
  assert.deepEqual(back.patterns.map((p) => p.text), inCameo.map((p) => p.text), 'the dictionary order is kept');
  assert.ok(back.patterns.every((p) => p.target === 'next' && p.exact));
});

test('the written files read as eventwire entries', () => {
  const out = mkdtempSync(join(tmpdir(), 'ew-import-'));
  importPetrarchFolder(VALIDATE, out);
  const actors = readFileSync(join(out, 'petr-validate-actors.dict'), 'utf8');
  assert.match(actors, /person sam-gamgee {2}# line \d+\n {2}name: Sam Gamgee\n {2}role: HOBCIV \.\.2008-01-20; ORCHOB 2010-01-09\.\.2010-01-12; HOBMIL 2008-01-20\.\.2012-11-09; HOBGOV 2012-11-09\.\.2013-01-19; HOBELI 2013-01-19\.\.; HOB\n/);
  assert.match(actors, /country GON {2}# line \d+\n {2}name: Gondor; Minas Tirith; Anorien\n/);
  const agents = readFileSync(join(out, 'petr-validate-agents.dict'), 'utf8');
  assert.match(agents, /agent NGO {2}# line \d+\n {2}name: human rights body; human rights bodies; msf; human rights organization; human rights organizations\n {2}order: prefix\n/);
  const verbs = readFileSync(join(out, 'petr-validate-verbs.dict'), 'utf8');
  assert.match(verbs, /event 032:033 {2}# from line \d+\n {2}target: next\n {2}match: exact\n {2}verb: <left\|lefts\|lefted\|lefting>\n/);
  const discards = readFileSync(join(out, 'petr-validate-discards.dict'), 'utf8');
  assert.match(discards, /discard petrarch\n {2}sentence: months_later {2}# line \d+\n/);
  assert.match(discards, / {2}story: typhoon {2}# line \d+\n/);
});
