import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCompiled } from '../../src/dictionaries/compile.js';
import { cacheKey } from '../../src/dictionaries/compiled-cache.js';

const DICT = `
country FRO
  name: Fornost
  adj: Fornostian
country GON
  name: Gondor
event 040
  verb: meet +T
`;

function withCacheDir<T>(fn: (cacheDir: string, dictDir: string) => T): T {
  const cacheDir = mkdtempSync(join(tmpdir(), 'ew-cache-'));
  const dictDir = mkdtempSync(join(tmpdir(), 'ew-dict-'));
  const before = process.env.EVENTWIRE_CACHE_DIR;
  process.env.EVENTWIRE_CACHE_DIR = cacheDir;
  try {
    return fn(cacheDir, dictDir);
  } finally {
    if (before === undefined) delete process.env.EVENTWIRE_CACHE_DIR;
    else process.env.EVENTWIRE_CACHE_DIR = before;
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(dictDir, { recursive: true, force: true });
  }
}

test('the second load of the same dictionaries comes from the cache and holds the same indexes and issues', () => {
  withCacheDir((cacheDir, dictDir) => {
    writeFileSync(join(dictDir, 'a.dict'), `${DICT}\nperson nobody\n  country: FRO\n`); // no name: one issue
    const first = loadCompiled([dictDir]);
    const second = loadCompiled([dictDir]);
    assert.equal(first.cached, false);
    assert.equal(second.cached, true);
    assert.equal(readdirSync(cacheDir).filter((f) => f.endsWith('.v8')).length, 1);
    assert.deepEqual([...second.compiled.names.keys()].sort(), [...first.compiled.names.keys()].sort());
    assert.deepEqual([...second.compiled.verbs.keys()], [...first.compiled.verbs.keys()]);
    assert.deepEqual(second.issues, first.issues);
    assert.equal(second.compiled.hash, first.compiled.hash);
    assert.equal(second.compiled.isCountry('FRO'), true);
    assert.equal(second.compiled.isCountry('IGO'), false);
  });
});

test('any change to a dictionary file gives a new key, so a stale cache is never read', () => {
  withCacheDir((_cacheDir, dictDir) => {
    writeFileSync(join(dictDir, 'a.dict'), DICT);
    const key = cacheKey([dictDir]);
    loadCompiled([dictDir]);
    writeFileSync(join(dictDir, 'a.dict'), DICT.replace('name: Gondor', 'name: Gondor; Minas Tirith'));
    assert.notEqual(cacheKey([dictDir]), key);
    const after = loadCompiled([dictDir]);
    assert.equal(after.cached, false);
    assert.ok(after.compiled.names.has('minas'));
  });
});

test('a corrupt cache file is ignored and the dictionaries are compiled', () => {
  withCacheDir((cacheDir, dictDir) => {
    writeFileSync(join(dictDir, 'a.dict'), DICT);
    loadCompiled([dictDir]);
    const [file] = readdirSync(cacheDir).filter((f) => f.endsWith('.v8'));
    writeFileSync(join(cacheDir, file), 'not a cache');
    const again = loadCompiled([dictDir]);
    assert.equal(again.cached, false);
    assert.ok(again.compiled.names.has('fornost'));
  });
});
