import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { readBlocks } from './blocks.js';
import { addBlock } from './entries.js';
import { emptyDictionary, type Dictionary, type DictionaryIssue } from './schema.js';
import { EventwireError } from '../model/errors.js';

/** The dictionaries shipped with the package. */
export const BUILTIN_DICTIONARIES = fileURLToPath(new URL('../../dictionaries/', import.meta.url));

/** Result of loading: the dictionary, every issue with file:line, and a hash of the inputs. */
export interface LoadResult {
  dictionary: Dictionary;
  issues: DictionaryIssue[];
  hash: string;
}

/** Every .dict file under `dir`, in a stable order (subfolders included). */
export function listDictFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listDictFiles(path));
    else if (name.endsWith('.dict')) out.push(path);
  }
  return out;
}

/** Load every .dict file under `dir` (default: the shipped dictionaries). */
export function loadDictionaries(dir: string = BUILTIN_DICTIONARIES): LoadResult {
  let files: string[];
  try {
    files = listDictFiles(dir);
  } catch (err) {
    throw new EventwireError('EW_ERR_DICTIONARY', `cannot read dictionary folder ${dir}: ${(err as Error).message}`);
  }
  const dictionary = emptyDictionary();
  const issues: DictionaryIssue[] = [];
  const hash = createHash('sha256');
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    hash.update(path.slice(dir.length)).update(text);
    const file = relative(process.cwd(), path) || path;
    const { blocks, problems } = readBlocks(text);
    for (const p of problems) issues.push({ file, line: p.line, severity: 'error', message: p.message });
    for (const block of blocks) addBlock(dictionary, block, file, issues);
  }
  return { dictionary, issues, hash: hash.digest('hex').slice(0, 16) };
}
