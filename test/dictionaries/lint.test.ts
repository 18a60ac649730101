import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCompiled } from '../../src/dictionaries/compile.js';
import { lintRoles } from '../../src/dictionaries/lint-roles.js';
import { lintPatterns } from '../../src/dictionaries/lint-patterns.js';

function lint(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'ew-lint-'));
  writeFileSync(join(dir, 'test.dict'), text);
  const { compiled } = loadCompiled([dir]);
  return [...lintRoles(compiled.source), ...lintPatterns(compiled)].map((i) => `${i.line} ${i.severity} ${i.message}`);
}

const COUNTRIES = `
country RUS
  name: Russia
country UKR
  name: Ukraine
agent GOV
  name: government
`;

test('two people in one single-holder office at once is an error; a handover is not', () => {
  const issues = lint(`${COUNTRIES}
person a
  name: Anna A
  role: RUSGOV 2010-01-01..2015-06-30 Foreign Minister
person b
  name: Boris B
  role: RUSGOV 2015-06-30..2020 Foreign Minister
person c
  name: Carl C
  role: RUSGOV 2019-03..2022 Foreign Minister
`);
  assert.equal(issues.length, 1, issues.join('\n'));
  assert.match(issues[0], /^15 error person c: office "RUSGOV foreign minister" .* also held by b .* over 2019-03-28\.\.2020-01-01/);
});

test('one person: the same office twice, and two codes from one day, are errors', () => {
  const issues = lint(`${COUNTRIES}
person d
  name: Dmitri D
  role: RUSGOV 2000..2008 President
  role: RUSGOV 2004..2012 President
person e
  name: Elena E
  role: RUSGOV 2012-05-07..2018 Prime Minister
  role: UKRGOV 2012-05-07..2014 envoy
`);
  assert.equal(issues.length, 2, issues.join('\n'));
  assert.match(issues[0], /error person d: role .* repeat one office over 2004-12-31\.\.2008-01-01/);
  assert.match(issues[1], /error person e: roles .* start on the same day with different codes/);
});

test('an open role that comes back after a later role ends is a warning, unless another role follows', () => {
  const issues = lint(`${COUNTRIES}
person f
  name: Fyodor F
  role: RUSMIL 2010-01-01.. Chief of the General Staff
  role: RUSGOV 2012..2014 Defence Minister
person g
  name: Galina G
  role: UKRMIL 2010-01-01.. Chief of the General Staff
  role: UKRGOV 2012..2014 Defence Minister
  role: UKRGOV 2015.. President
`);
  assert.equal(issues.length, 1, issues.join('\n'));
  assert.match(issues[0], /warning person f: open role "RUSMIL 2010-01-01\.\. .*" outlasts .* after 2014 it applies again/);
});

test('patterns that can never fire are errors: same words as an earlier one, a discard phrase, an unknown role', () => {
  const issues = lint(`${COUNTRIES}
event 040
  verb: meet with +T
event 043
  verb: meet with +T
event 190
  verb: beat +T NUM-NUM
  verb: attack +T:XYZ
event 051
  verb: praise +T
  verb: praise +T
discard sports
  phrase: beat +T NUM-NUM
`);
  assert.equal(issues.length, 4, issues.join('\n'));
  assert.match(issues[0], /error verb "meet with \+T" \(043\): can never fire: the same pattern at .*test.dict:\d+ codes 040/);
  assert.match(issues[1], /error verb "beat \+T NUM-NUM" \(190\): can never fire: the discard phrase/);
  assert.match(issues[2], /error verb "attack \+T:XYZ" \(190\): can never fire with role XYZ/);
  assert.match(issues[3], /warning verb "praise \+T" \(051\): repeats the pattern/);
});

test('a second +T slot and a trailing gap are reported as warnings', () => {
  const issues = lint(`${COUNTRIES}
event 1053
  verb: urge +T to release +T
event 010
  verb: say ...
`);
  assert.deepEqual(issues.map((i) => i.replace(/^\d+ /, '')), [
    'warning verb "urge +T to release +T" (1053): has two +T slots; only one is read',
    'warning verb "say ..." (010): ends in a gap, which matches nothing more',
  ]);
});

test('the shipped dictionaries lint without errors', () => {
  const { compiled } = loadCompiled();
  const errors = [...lintRoles(compiled.source), ...lintPatterns(compiled)].filter((i) => i.severity === 'error');
  assert.deepEqual(errors, []);
});
