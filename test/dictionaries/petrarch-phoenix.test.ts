import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCompiled } from '../../src/dictionaries/compile.js';

// PETRARCH-2's real dictionaries: the default Phoenix set, read in place from ../shared.
const REF = new URL('../../../shared/reference/petrarch2-dictionaries/', import.meta.url).pathname;
const FILES = ['CAMEO.2.0.txt', 'Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt', 'Phoenix.agents.txt', 'Phoenix.discards.txt'];
const dir = mkdtempSync(join(tmpdir(), 'ew-phoenix-'));
for (const f of FILES) symlinkSync(join(REF, f), join(dir, f));

const { compiled, issues } = loadCompiled([`petrarch:${dir}`]);
const d = compiled.source;
const at = (file: string, line: number) => issues.filter((i) => i.file.endsWith(file) && i.line === line).map((i) => i.message).join(' | ');

test('the Phoenix set loads into every kind of entry', () => {
  assert.ok(d.countries.length > 800, `countries ${d.countries.length}`);
  assert.ok(d.people.length > 18000, `people ${d.people.length}`);
  assert.ok(d.orgs.length > 7000, `orgs ${d.orgs.length}`);
  assert.ok(d.agents.reduce((n, a) => n + a.names.length, 0) > 5000);
  assert.ok(d.patterns.length > 4500, `patterns ${d.patterns.length}`);
  assert.ok(d.discards.length > 500);
  assert.ok(compiled.verbs.size > 1000);
  assert.equal(issues.filter((i) => i.severity === 'error').length, 0, 'nothing blocks a coder');
});

test('dated codes become roles with ISO dates', () => {
  const sisi = d.people.find((p) => p.names.includes('El Sisi'))!;
  assert.deepEqual(sisi.roles.map((r) => `${r.code} ${r.from ?? ''}..${r.to ?? ''}`), ['EGYMIL 1977-01-01..2012-08-12', 'EGYGOVMIL 2012-08-12..2014-03-26', 'EGYGOV 2014-06-08..', 'EGYELI ..']);
  assert.equal(sisi.roles.find((r) => r.code === 'EGYELI')?.from, null, 'the default code: an open role any dated one outranks');
});

test('unusable entries are reported with file and line', () => {
  assert.match(at('CAMEO.2.0.txt', 9178), /transformation "~ a \(a b ATTACK\) SAY = a b 015" is not supported/);
  assert.match(at('CAMEO.2.0.txt', 8443), /synset &WEATHER is not defined/);
  assert.match(at('Phoenix.Countries.actors.txt', 14190), /Kamal Ganzouri: .* ends before it starts/);
  assert.equal(issues.filter((i) => i.message.startsWith('transformation')).length, 8);
});
