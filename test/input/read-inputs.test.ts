import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs, isInputProblem, inputToDoc, type InputDoc, type InputProblem } from '../../src/input/read-inputs.js';
import { EventwireError } from '../../src/model/errors.js';

const STORY = 'Turkish troops crossed into northern Syria on Monday, the defence ministry said.\n';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'eventwire-input-'));
}

function readAll(paths: string[], opts: Parameters<typeof readInputs>[1] = {}) {
  const items = [...readInputs(paths, opts)];
  return { items, docs: items.filter((i): i is InputDoc => !isInputProblem(i)), problems: items.filter(isInputProblem) as InputProblem[] };
}

test('a text file becomes one doc named by its base name', () => {
  const dir = tempDir();
  const file = join(dir, 'story-1.txt');
  writeFileSync(file, STORY);
  const { docs, problems } = readAll([file]);
  assert.deepEqual(problems, []);
  assert.equal(docs.length, 1);
  assert.deepEqual(docs[0], { id: 'story-1', raw: STORY, format: 'text', published: null, origin: { input: file } });
  const doc = inputToDoc(docs[0]);
  assert.equal(doc.text, STORY);
  assert.equal(doc.published, null);
});

test('an empty file is reported and the rest of the batch is read', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n\t\n');
  writeFileSync(join(dir, 'good.txt'), STORY);
  const { docs, problems } = readAll([join(dir, 'empty.txt'), join(dir, 'good.txt'), join(dir, 'blank.txt')]);
  assert.deepEqual(docs.map((d) => d.id), ['good']);
  assert.deepEqual(problems.map((p) => p.code), ['EW_INPUT_EMPTY', 'EW_INPUT_EMPTY']);
  assert.equal(problems[0].input, join(dir, 'empty.txt'));
  assert.match(problems[0].message, /empty\.txt is empty/);
  assert.match(problems[1].message, /blank\.txt is empty \(only whitespace/);
});

test('a binary file is reported as binary, not read as text', () => {
  const dir = tempDir();
  const bytes = Buffer.alloc(4096);
  let seed = 7;
  for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 256;
  bytes[100] = 0; // random bytes nearly always hold NULs; make sure
  writeFileSync(join(dir, 'photo.txt'), bytes);
  const controls = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 1 + (i % 7) : 65)));
  writeFileSync(join(dir, 'controls.txt'), controls);
  const { docs, problems } = readAll([join(dir, 'photo.txt'), join(dir, 'controls.txt')]);
  assert.equal(docs.length, 0);
  assert.deepEqual(problems.map((p) => p.code), ['EW_INPUT_BINARY', 'EW_INPUT_BINARY']);
  assert.match(problems[0].message, /photo\.txt looks binary \(\d+ NUL bytes? in 4096 bytes\), not text/);
  assert.match(problems[1].message, /controls\.txt looks binary \(\d+% control characters/);
});

test('a 50 MB file is refused before it is read, naming the file, its size, the limit and --max-bytes', () => {
  const dir = tempDir();
  const file = join(dir, 'huge.txt');
  const fd = openSync(file, 'w');
  ftruncateSync(fd, 50 * 1024 * 1024); // sparse: instant to write, 50 MB to stat
  closeSync(fd);
  writeFileSync(join(dir, 'small.txt'), STORY);
  const { docs, problems } = readAll([file, join(dir, 'small.txt')]);
  assert.deepEqual(docs.map((d) => d.id), ['small']);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].code, 'EW_INPUT_TOO_LARGE');
  assert.equal(problems[0].input, file);
  assert.match(problems[0].message, /huge\.txt is 50\.0 MB \(52428800 bytes\), over the limit of 10\.0 MB \(10485760 bytes\)/);
  assert.match(problems[0].message, /--max-bytes/);
  // A larger limit lets the same file through to the next check (it is all NULs, so: binary).
  assert.equal(readAll([file], { maxBytes: 60 * 1024 * 1024 }).problems[0].code, 'EW_INPUT_BINARY');
});

test('the size limit applies to standard input too', () => {
  const { problems } = readAll(['-'], { stdin: () => Buffer.from(STORY.repeat(10)), maxBytes: 100 });
  assert.equal(problems[0].code, 'EW_INPUT_TOO_LARGE');
  assert.equal(problems[0].input, 'stdin');
});

test('invalid UTF-8 is reported with the byte offset of the first bad sequence', () => {
  const dir = tempDir();
  const latin1 = Buffer.concat([Buffer.from('Talks in the caf'), Buffer.from([0xe9]), Buffer.from(' ended.\n')]);
  writeFileSync(join(dir, 'latin1.txt'), latin1);
  const { docs, problems } = readAll([join(dir, 'latin1.txt')]);
  assert.equal(docs.length, 0);
  assert.equal(problems[0].code, 'EW_INPUT_BAD_UTF8');
  assert.match(problems[0].message, /latin1\.txt is not valid UTF-8: first bad byte sequence at byte offset 16 \(e9 20 65 6e\)/);
});

test('UTF-8 with a BOM and UTF-16 with a BOM are read as text', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(STORY)]));
  writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY, 'utf16le')]));
  const { docs, problems } = readAll([join(dir, 'bom.txt'), join(dir, 'utf16.txt')]);
  assert.deepEqual(problems, []);
  assert.deepEqual(docs.map((d) => d.raw), [STORY, STORY]);
});

test('a directory is read recursively in sorted order, reading only known extensions', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'b.txt'), STORY);
  writeFileSync(join(dir, 'a', 'c.html'), `<html><body><p>${STORY}</p></body></html>`);
  writeFileSync(join(dir, 'a', 'notes.md'), STORY);
  writeFileSync(join(dir, '.hidden.txt'), STORY);
  writeFileSync(join(dir, 'd.jsonl'), `{"id": "d1", "text": "${STORY.trim()}"}\n`);
  const { docs, problems } = readAll([dir]);
  assert.deepEqual(problems, []);
  assert.deepEqual(docs.map((d) => [d.id, d.format]), [['c', 'html'], ['b', 'text'], ['d1', 'jsonl']]);
});

test('a directory without readable files, and a path that does not exist, are reported', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'empty', 'image.png'), 'x');
  const { docs, problems } = readAll([join(dir, 'empty'), join(dir, 'missing.txt')]);
  assert.equal(docs.length, 0);
  assert.deepEqual(problems.map((p) => p.code), ['EW_INPUT_NO_FILES', 'EW_INPUT_NOT_FOUND']);
  assert.match(problems[0].message, /has no readable files \(\.txt \.html \.htm \.jsonl \.json\)/);
  assert.match(problems[1].message, /missing\.txt does not exist/);
});

test('standard input is sniffed: HTML, JSON Lines or text', () => {
  const html = readAll(['-'], { stdin: () => Buffer.from(`  <!doctype html><html><body><p>${STORY}</p></body></html>`) });
  assert.equal(html.docs[0].format, 'html');
  assert.equal(html.docs[0].id, 'stdin');
  const jsonl = readAll(['-'], { stdin: () => Buffer.from('{"text": "one"}\n{"text": "two"}\n') });
  assert.deepEqual(jsonl.docs.map((d) => [d.id, d.raw, d.origin.line]), [['stdin:1', 'one', 1], ['stdin:2', 'two', 2]]);
  const text = readAll(['-'], { stdin: () => Buffer.from('<b> is a tag, they said.\n') });
  assert.equal(text.docs[0].format, 'text');
});

test('a file with an unknown extension falls back to sniffing', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'page'), `<html><head><title>t</title></head><body><p>${STORY}</p></body></html>`);
  writeFileSync(join(dir, 'feed.ndjson'), '{"id": "x", "text": "one"}\n');
  const { docs } = readAll([join(dir, 'page'), join(dir, 'feed.ndjson')]);
  assert.deepEqual(docs.map((d) => d.format), ['html', 'jsonl']);
});

test('misuse throws typed errors: no paths, a bad --max-bytes', () => {
  assert.throws(() => readInputs([]), (err: unknown) => err instanceof EventwireError && err.code === 'EW_ERR_INPUT');
  assert.throws(() => readInputs(['-'], { maxBytes: -5 }), (err: unknown) => err instanceof EventwireError && err.code === 'EW_ERR_OPTION' && /--max-bytes/.test(err.message));
});
