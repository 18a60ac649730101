// Reads a PETRARCH/TABARI actor dictionary: a primary phrase with an optional [code], synonyms on
// `+` lines, and tab-indented date restrictions `[CODE 000717-241208]`, `[CODE <950601]`, `[CODE >990816]`.
// Entries become eventwire countries (a plain 3-letter code), people (dated codes, as roles) or
// organisations (any other code).
import type { DatedRole } from '../../model/actor.js';
import type { CountryEntry, Dictionary, DictionaryIssue, OrgEntry, PersonEntry } from '../schema.js';
import { readSourceLines, splitBrackets } from './read-lines.js';
import { readActorCode, type DatedCode } from './codes.js';

interface RawActor {
  names: string[];
  codes: DatedCode[];
  /** A code was written for it (usable or not): a later primary phrase starts a new actor. */
  coded: boolean;
  line: number;
}

/** "AL-QAEDA" -> "Al-Qaeda", "U.S." stays: names read as names in the .dict files and in messages. */
export function displayName(phrase: string): string {
  const words = phrase.replace(/_+$/, '').split(/[\s_]+/).filter(Boolean);
  return words
    .map((w) => (/\./.test(w) || /[a-z]/.test(w) ? w : w.toLowerCase().replace(/(^|[-/])([a-z])/g, (_, p, c) => p + c.toUpperCase())))
    .join(' ');
}

export function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'actor';
}

const BAD_NAME = /[;#|<>]/;

function readRawActors(text: string, warn: (line: number, m: string) => void): RawActor[] {
  const actors: RawActor[] = [];
  let current: RawActor | null = null;
  const addCodes = (brackets: string[], line: number) => {
    for (const b of brackets) {
      if (current) current.coded = true;
      const c = readActorCode(b);
      if (typeof c === 'string') warn(line, `${current?.names[0] ?? 'actor'}: ${c}; left out`);
      else current?.codes.push(c);
    }
  };
  for (const { line, text: t, indented } of readSourceLines(text, { semicolonComments: true })) {
    const trimmed = t.trim();
    if (trimmed === '---STOP---') break;
    if (indented || trimmed.startsWith('[')) {
      if (!current) warn(line, `date restriction "${trimmed}" belongs to no actor`);
      else addCodes(splitBrackets(trimmed).brackets, line);
      continue;
    }
    const { head, brackets } = splitBrackets(trimmed);
    const synonym = head.startsWith('+');
    const name = displayName(synonym ? head.slice(1) : head);
    if (!name || BAD_NAME.test(name)) {
      warn(line, `actor phrase "${head}" cannot be used as a name; left out`);
      continue;
    }
    // As in PETRARCH, phrases that follow one another before any code share the codes that come next.
    if (current && (synonym || !current.coded)) current.names.push(name);
    else {
      if (synonym) warn(line, `synonym "${head}" before any actor; read as a new actor`);
      current = { names: [name], codes: [], coded: false, line };
      actors.push(current);
    }
    addCodes(brackets, line);
  }
  return actors;
}

/** Codes that name no single actor: the null code, and TABARI's compound codes ("ELR/GAL"). */
function unusableCode(code: string): string | null {
  if (code.includes('/')) return `code ${code} names several actors at once, which eventwire cannot represent`;
  if (!/^[A-Za-z0-9-]+$/.test(code) || /^-+$/.test(code)) return `code ${code} is not an actor code`;
  return null;
}

/** Add the actors of one file to a dictionary. */
export function convertActors(text: string, file: string, dict: Dictionary, issues: DictionaryIssue[]): void {
  const warn = (line: number, message: string) => issues.push({ file, line, severity: 'warning', message });
  const ids = new Set<string>();
  for (const a of readRawActors(text, warn)) {
    const src = { file, line: a.line };
    const label = a.names[0];
    const codes: DatedCode[] = [];
    const unusable: string[] = [];
    for (const c of a.codes) {
      const code = c.code === '---' ? c.code : c.code.toUpperCase();
      if (code !== c.code) warn(a.line, `${label}: code ${c.code} read as ${code}`);
      const why = code === '---' && c.dated ? null : unusableCode(code);
      if (why) unusable.push(why);
      else codes.push({ ...c, code });
    }
    if (!codes.length) {
      warn(a.line, `${label} has no usable code${unusable.length ? ` (${unusable.join('; ')})` : ''}; left out`);
      continue;
    }
    for (const why of unusable) warn(a.line, `${label}: ${why}; left out`);
    const dated = codes.filter((c) => c.dated);
    const plain = codes.filter((c) => !c.dated);
    if (plain.length > 1) warn(a.line, `${label} has ${plain.length} default codes; the last, ${plain[plain.length - 1].code}, is used`);
    const fallback = plain[plain.length - 1];
    if (dated.length) {
      // A default code applies whenever no dated restriction does: an open role that any dated one outranks.
      const roles: DatedRole[] = dated.map((c) => ({ code: c.code, from: c.from, to: c.to }));
      if (fallback) roles.push({ code: fallback.code, from: null, to: null });
      let id = slug(label);
      if (ids.has(id)) id = `${id}-${a.line}`;
      ids.add(id);
      dict.people.push({ kind: 'person', id, names: a.names, country: null, roles, src } satisfies PersonEntry);
    } else if (/^[A-Z]{3}$/.test(fallback.code)) {
      dict.countries.push({ kind: 'country', id: fallback.code, code: fallback.code, names: a.names, adjs: [], capital: null, seats: [], at: null, src } satisfies CountryEntry);
    } else {
      let id = slug(label);
      if (ids.has(id)) id = `${id}-${a.line}`;
      ids.add(id);
      dict.orgs.push({ kind: 'org', id, code: fallback.code, names: a.names, country: null, src } satisfies OrgEntry);
    }
  }
}
