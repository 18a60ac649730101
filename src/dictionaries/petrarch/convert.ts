// Converts a folder of PETRARCH dictionaries into eventwire's in-memory Dictionary. Files are
// recognised by name: *verbs*.txt or CAMEO*.txt = verbs, *actors*.txt = actors, *agents*.txt =
// agents, *discards*.txt = discards; anything else is reported and left alone.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { emptyDictionary, type Dictionary, type DictionaryIssue } from '../schema.js';
import { EventwireError } from '../../model/errors.js';
import { readVerbFile } from './read-verbs.js';
import { convertVerbs } from './convert-verbs.js';
import { convertActors } from './read-actors.js';
import { convertAgents } from './read-agents.js';
import { convertDiscards } from './read-discards.js';

/** What a PETRARCH file holds, judged from its name. */
export type PetrarchFileKind = 'verbs' | 'actors' | 'agents' | 'discards';

/** The kind of a PETRARCH dictionary file from its name, or null when it is none of them. */
export function petrarchFileKind(name: string): PetrarchFileKind | null {
  const n = basename(name).toLowerCase();
  if (!n.endsWith('.txt')) return null;
  if (n.includes('verbs') || n.startsWith('cameo')) return 'verbs';
  if (n.includes('actors')) return 'actors';
  if (n.includes('agents')) return 'agents';
  if (n.includes('discards')) return 'discards';
  return null;
}

/** One file to convert: its name (for issues), kind and text. */
export interface PetrarchSource {
  file: string;
  kind: PetrarchFileKind;
  text: string;
}

/** Convert PETRARCH file texts into one dictionary; every unusable entry becomes an issue. */
export function convertPetrarch(sources: PetrarchSource[]): { dictionary: Dictionary; issues: DictionaryIssue[] } {
  const dictionary = emptyDictionary();
  const issues: DictionaryIssue[] = [];
  for (const s of sources) {
    if (s.kind === 'verbs') dictionary.patterns.push(...convertVerbs(readVerbFile(s.text), s.file, issues));
    else if (s.kind === 'actors') convertActors(s.text, s.file, dictionary, issues);
    else if (s.kind === 'agents') convertAgents(s.text, s.file, dictionary, issues);
    else convertDiscards(s.text, s.file, dictionary, issues);
  }
  return { dictionary, issues };
}

/** Read and convert every recognised PETRARCH file in a folder (not recursive). */
export function loadPetrarchFolder(dir: string): { dictionary: Dictionary; issues: DictionaryIssue[]; hash: string } {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (err) {
    throw new EventwireError('EW_ERR_DICTIONARY', `cannot read PETRARCH dictionary folder ${dir}: ${(err as Error).message}`);
  }
  const hash = createHash('sha256');
  const sources: PetrarchSource[] = [];
  const skipped: DictionaryIssue[] = [];
  for (const name of names) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const file = relative(process.cwd(), path) || path;
    const kind = petrarchFileKind(name);
    if (!kind) {
      if (name.toLowerCase().endsWith('.txt')) skipped.push({ file, line: 0, severity: 'warning', message: 'not a verbs, actors, agents or discards file by its name; left alone' });
      continue;
    }
    const text = readFileSync(path, 'utf8');
    hash.update(name).update(text);
    sources.push({ file, kind, text });
  }
  if (!sources.length) throw new EventwireError('EW_ERR_DICTIONARY', `${dir} holds no PETRARCH dictionary files (*verbs*.txt, CAMEO*.txt, *actors*.txt, *agents*.txt, *discards*.txt)`);
  const { dictionary, issues } = convertPetrarch(sources);
  return { dictionary, issues: [...skipped, ...issues], hash: `petrarch-${hash.digest('hex').slice(0, 16)}` };
}
