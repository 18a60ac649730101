// Reads a PETRARCH agent dictionary: `PHRASE {plural} [~CODE]` (the code goes after the actor's:
// ARN + GOV) or `[CODE~]` (before it: NGO + ARN), with substitution sets `!PERSON! = MAN, MEN, ...`
// used as `CONGRESS!PERSON! [~LEG]`. Regular plurals are added unless `{}` gives another (or none).
import type { AgentEntry, Dictionary, DictionaryIssue } from '../schema.js';
import { readSourceLines, splitBrackets } from './read-lines.js';
import { displayName } from './read-actors.js';

/** An agent phrase with its code and whether the code is a prefix. */
export interface RawAgent {
  names: string[];
  code: string;
  prefix: boolean;
  line: number;
}

/** PETRARCH's agent plural: Y -> IES, S -> +ES, otherwise +S (on the last word). */
function agentPlural(phrase: string): string {
  if (/y$/i.test(phrase)) return `${phrase.slice(0, -1)}IES`;
  if (/s$/i.test(phrase)) return `${phrase}ES`;
  return `${phrase}S`;
}

/** Read the agents of one file, expanding substitution markers and plurals. */
export function readAgents(text: string, warn: (line: number, m: string) => void): RawAgent[] {
  const sets = new Map<string, string[]>();
  const out: RawAgent[] = [];
  for (const { line, text: t } of readSourceLines(text)) {
    const def = /^\s*!([^!\s]+)!\s*=\s*(.*)$/.exec(t);
    if (def) {
      sets.set(def[1].toUpperCase(), def[2].split(',').map((s) => s.trim()).filter(Boolean));
      continue;
    }
    const { head, brackets } = splitBrackets(t);
    if (!brackets.length) {
      warn(line, `agent "${t.trim()}" has no [code]; left out`);
      continue;
    }
    const raw = brackets[0].replace(/\s+/g, '');
    const prefix = raw.endsWith('~') && !raw.startsWith('~');
    const code = raw.replace(/~/g, '').toUpperCase();
    if (!raw.includes('~') || !/^[A-Z0-9]{3,}$/.test(code)) {
      warn(line, `agent "${head}": code [${brackets[0]}] is not "~CODE" or "CODE~"; left out`);
      continue;
    }
    const brace = /^([^{]*)\{([^}]*)\}?\s*$/.exec(head);
    const phrase = (brace ? brace[1] : head).trim();
    const plurals = brace ? brace[2].split(/\s+/).filter(Boolean) : null;
    let phrases = [phrase];
    const marker = /!([^!]+)!/.exec(phrase);
    if (marker) {
      const subs = sets.get(marker[1].toUpperCase());
      if (!subs) {
        warn(line, `agent "${phrase}": substitution set !${marker[1]}! is not defined; left out`);
        continue;
      }
      // Substituted forms are taken as written: no plurals are made for them.
      out.push({ names: subs.map((s) => phrase.replace(marker[0], s)), code, prefix, line });
      continue;
    }
    if (!phrase) {
      warn(line, `agent with code [${brackets[0]}] has no phrase; left out`);
      continue;
    }
    phrases = [phrase, ...(plurals ?? [agentPlural(phrase)])];
    out.push({ names: phrases, code, prefix, line });
  }
  return out;
}

/** Add the agents of one file to a dictionary: one entry per code (and placement), names collected. */
export function convertAgents(text: string, file: string, dict: Dictionary, issues: DictionaryIssue[]): void {
  const warn = (line: number, message: string) => issues.push({ file, line, severity: 'warning', message });
  const byCode = new Map<string, AgentEntry>();
  for (const a of readAgents(text, warn)) {
    const key = `${a.prefix ? '<' : '>'}${a.code}`;
    let entry = byCode.get(key);
    if (!entry) {
      entry = { kind: 'agent', id: a.code, code: a.code, names: [], src: { file, line: a.line }, ...(a.prefix ? { prefix: true } : {}) };
      byCode.set(key, entry);
      dict.agents.push(entry);
    }
    for (const n of a.names) {
      const name = displayName(n).toLowerCase();
      if (/[;#|<>!]/.test(name)) warn(a.line, `agent name "${n}" cannot be used; left out`);
      else if (name && !entry.names.includes(name)) entry.names.push(name);
    }
  }
}
