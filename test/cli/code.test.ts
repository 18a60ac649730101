import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = new URL('../../bin/eventwire.js', import.meta.url).pathname;
const run = (args: string[], input?: string) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'ew-cli-'));

test('a batch with bad inputs names each one, codes the rest, and exits 1', () => {
  writeFileSync(join(dir, 'good.txt'), 'Turkey severed ties with Syria in 2011.');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x54, 0x75, 0x72, 0x6b, 0x65, 0x79, 0xe9, 0x20]));
  writeFileSync(join(dir, 'feed.jsonl'), '{"id":"a","text":"Russia attacked Ukraine on Monday.","published":"2022-02-28"}\n{broken\n');
  writeFileSync(join(dir, 'nav.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>');
  const r = run(['code', join(dir, 'good.txt'), join(dir, 'empty.txt'), join(dir, 'binary.txt'), join(dir, 'latin1.txt'), join(dir, 'feed.jsonl'), join(dir, 'nav.html'), '--published', '2024-07-25']);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /empty\.txt.*empty/);
  assert.match(r.stderr, /binary\.txt.*binary/);
  assert.match(r.stderr, /latin1\.txt.*UTF-8/);
  assert.match(r.stderr, /feed\.jsonl line 2/);
  const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(events.some((e) => e.code === '161' && e.doc === 'good'), 'the good file is coded');
  assert.ok(events.some((e) => e.doc === 'a' && e.root === '19'), 'the good JSONL line is coded');
});

test('standard input, --format csv and the exit code 0 when all is well', () => {
  const r = run(['code', '-', '--published', '2024-07-25', '--format', 'csv'], 'Turkey severed ties with Syria in 2011.');
  assert.equal(r.status, 0, r.stderr);
  const [header, row] = r.stdout.trim().split('\n');
  assert.match(header, /^doc,sentence,source_code/);
  assert.match(row, /161/);
});

test('a bad option is a usage error (exit 2) that names the option', () => {
  const r = run(['code', '-', '--published', '25/07/2024'], 'x');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--published/);
});

test('--db stores once per text, and query filters the stored events', () => {
  const db = join(dir, 'events.db');
  writeFileSync(join(dir, 'a.txt'), 'Turkey severed ties with Syria in 2011. Russian jets attacked Syrian rebels on Monday.');
  assert.equal(run(['code', join(dir, 'a.txt'), '--db', db, '--published', '2024-07-25']).status, 0);
  const again = run(['code', join(dir, 'a.txt'), '--db', db, '--published', '2024-07-25']);
  assert.match(again.stderr, /0 new document/);
  const q = run(['query', '--db', db, '--root', '16', '--format', 'jsonl']);
  assert.equal(q.status, 0, q.stderr);
  const rows = q.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(rows.map((e) => e.code), ['161']);
});

test('query refuses a file that is not an eventwire database and leaves it as it was', () => {
  const path = join(dir, 'notes.db');
  writeFileSync(path, 'my notes');
  const r = run(['query', '--db', path]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /notes\.db/);
  assert.equal(readFileSync(path, 'utf8'), 'my notes');
  assert.ok(existsSync(path));
});

test('dict explain shows the analysis, the entries used and why a candidate was dropped', () => {
  const r = run(['dict', 'explain', 'Turkey severed ties with Syria in 2011. Ankara said it would attack.', '--published', '2024-07-25']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /actor {3}"Turkey" = TUR/);
  assert.match(r.stdout, /event {3}TURGOV 161 SYRGOV {2}"severed" {2}date 2011 \(text\)/);
  assert.match(r.stdout, /dropped .*"attack".*no target/);
});
