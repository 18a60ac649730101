/**
 * Compiling the shipped dictionaries (22,000 lines into name and pattern indexes) takes 300-450 ms in a
 * fresh process, most of it interpreting cold code and collecting young garbage. The compiled indexes
 * are plain data, so they are kept in a cache file written with V8's serializer, which a fresh process
 * reads back in about half that time. The cache key covers everything the result depends on: the
 * bytes of every dictionary file and of the CAMEO table, the code of this folder (any change to the
 * compiler invalidates it), the Node.js version (the serializer's format) and the working directory
 * (issues name files relative to it). A cache that cannot be read, written or trusted is ignored:
 * the dictionaries are then compiled as before. EVENTWIRE_NO_CACHE=1 turns it off;
 * EVENTWIRE_CACHE_DIR moves it (default: node_modules/.cache/eventwire in the package, else the
 * system's temporary folder).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { CompiledDictionary } from './compile.js';
import type { DictionaryIssue } from './schema.js';
import { listDictFiles } from './load.js';

const FORMAT = 'eventwire-compiled-dictionaries-1';
const HERE = dirname(fileURLToPath(import.meta.url));
const PACKAGE_ROOT = join(HERE, '..', '..');
const CAMEO_TABLE = join(PACKAGE_ROOT, 'dictionaries', 'cameo.tsv');
const KEEP = 4; // cache files kept in the folder, newest first

type Compiled = { compiled: CompiledDictionary; issues: DictionaryIssue[] };
type Stored = { format: string; compiled: Omit<CompiledDictionary, 'isCountry'>; issues: DictionaryIssue[] };

/** The cache key of compiling `dirs`, or null when one of them is not a plain folder of .dict files. */
export function cacheKey(dirs: string[]): string | null {
  const hash = createHash('sha256').update(FORMAT).update(process.version).update(process.cwd());
  try {
    for (const dir of dirs) {
      hash.update(`\0dir ${dir}`);
      for (const file of listDictFiles(dir)) hash.update(`\0${file}\0`).update(readFileSync(file));
    }
    hash.update(readFileSync(CAMEO_TABLE));
    for (const file of readdirSync(HERE).sort()) if (/\.(js|ts)$/.test(file)) hash.update(`\0${file}\0`).update(readFileSync(join(HERE, file)));
  } catch {
    return null;
  }
  return hash.digest('hex').slice(0, 24);
}

function cacheDir(): string {
  if (process.env.EVENTWIRE_CACHE_DIR) return process.env.EVENTWIRE_CACHE_DIR;
  const inPackage = join(PACKAGE_ROOT, 'node_modules', '.cache', 'eventwire');
  try {
    mkdirSync(inPackage, { recursive: true });
    return inPackage;
  } catch {
    return join(tmpdir(), 'eventwire-cache');
  }
}

function read(file: string): Stored | null {
  try {
    const stored = deserialize(readFileSync(file)) as Stored;
    return stored?.format === FORMAT && stored.compiled?.names instanceof Map && Array.isArray(stored.issues) ? stored : null;
  } catch {
    return null;
  }
}

function write(dir: string, file: string, value: Compiled): void {
  const { isCountry: _unused, ...compiled } = value.compiled;
  const stored: Stored = { format: FORMAT, compiled, issues: value.issues };
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize(stored));
    renameSync(tmp, file); // readers see the old file or the whole new one, never half of it
    const others = readdirSync(dir).filter((n) => n.startsWith('dictionaries-') && n.endsWith('.v8')).map((n) => join(dir, n));
    others.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
    for (const old of others.slice(KEEP)) unlinkSync(old);
  } catch {
    // A read-only or full disk only costs the next run a compile.
  }
}

/** Compile `dirs` with `build`, or read the result a previous run cached for exactly these inputs. */
export function withCompiledCache(dirs: string[], build: () => Compiled): Compiled & { cached: boolean } {
  const key = process.env.EVENTWIRE_NO_CACHE ? null : cacheKey(dirs);
  if (!key) return { ...build(), cached: false };
  const dir = cacheDir();
  const file = join(dir, `dictionaries-${key}.v8`);
  const stored = read(file);
  if (stored) {
    const countries = new Set(stored.compiled.source.countries.map((c) => c.code));
    return { compiled: { ...stored.compiled, isCountry: (c: string) => countries.has(c) }, issues: stored.issues, cached: true };
  }
  const built = build();
  write(dir, file, built);
  return { ...built, cached: false };
}
