import type { DatedRole } from '../model/actor.js';
import type { Block } from './blocks.js';
import type { Dictionary, DictionaryIssue, EntrySource } from './schema.js';

const ALLOWED: Record<string, string[]> = {
  country: ['name', 'adj', 'capital', 'seat', 'at'],
  person: ['name', 'country', 'role'],
  org: ['code', 'name', 'country'],
  agent: ['name', 'plural', 'order', 'head'],
  place: ['name', 'country', 'at'],
  event: ['verb', 'noun', 'target', 'match'],
  discard: ['phrase', 'sentence', 'story'],
};

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const CODE = /^[A-Z0-9]{3,}$/;

/** Parse "lat, lon" into numbers, or null when malformed. */
function parseLatLon(text: string): { lat: number; lon: number } | null {
  const m = /^(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)$/.exec(text.trim());
  if (!m) return null;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : null;
}

/** Parse "SYRGOV 2000-07-17..2024-12-08 President" into a dated role. */
export function parseRole(text: string): DatedRole | string {
  const m = /^([A-Z]{3,}[A-Z0-9]*|---)(?:\s+(\S*)\.\.(\S*))?(?:\s+(.*))?$/.exec(text.trim());
  if (!m) return `role "${text}" is not "CODE FROM..TO title"`;
  const [, code, from = '', to = '', title] = m;
  if (from && !DATE.test(from)) return `role "${text}": start "${from}" is not yyyy[-mm[-dd]]`;
  if (to && !DATE.test(to)) return `role "${text}": end "${to}" is not yyyy[-mm[-dd]]`;
  if (from && to && to < from) return `role "${text}": ends before it starts`;
  return { code, from: from || null, to: to || null, title: title?.trim() || undefined };
}

/** Turn one block into a dictionary entry, pushing issues for what does not fit. */
export function addBlock(dict: Dictionary, block: Block, file: string, issues: DictionaryIssue[]): void {
  const src: EntrySource = { file, line: block.line };
  const problem = (line: number, message: string, severity: "error" | "warning" = "error"): void => void
    issues.push({ file, line, severity, message: `${block.kind} ${block.id}: ${message}` });
  const allowed = ALLOWED[block.kind];
  if (!allowed) return problem(block.line, `unknown kind "${block.kind}" (expected ${Object.keys(ALLOWED).join(', ')})`);
  const all = (key: string) => block.fields.filter((f) => f.key === key).flatMap((f) => f.values);
  const one = (key: string) => all(key)[0] ?? null;
  for (const f of block.fields) if (!allowed.includes(f.key)) problem(f.line, `unknown key "${f.key}"`);
  const names = all('name');
  if (block.kind !== 'event' && block.kind !== 'discard' && names.length === 0) problem(block.line, 'has no name');

  switch (block.kind) {
    case 'country': {
      if (!/^[A-Z]{3}$/.test(block.id)) problem(block.line, 'id must be a 3-letter code');
      const cap = one('capital');
      let capital = null;
      if (cap) {
        const [name, coords] = cap.split('@').map((s) => s.trim());
        const ll = coords ? parseLatLon(coords) : null;
        if (!ll) problem(block.line, `capital "${cap}" is not "Name @ lat, lon"`);
        capital = { name, lat: ll?.lat ?? 0, lon: ll?.lon ?? 0 };
      }
      const at = one('at');
      dict.countries.push({ kind: 'country', id: block.id, code: block.id, names, adjs: all('adj'), capital, seats: all('seat'), at: at ? parseLatLon(at) : null, src });
      break;
    }
    case 'person': {
      const roles: DatedRole[] = [];
      for (const f of block.fields.filter((x) => x.key === 'role')) {
        for (const v of f.values) {
          const r = parseRole(v);
          if (typeof r === 'string') problem(f.line, r);
          else roles.push(r);
        }
      }
      dict.people.push({ kind: 'person', id: block.id, names, country: one('country'), roles, src });
      break;
    }
    case 'org': {
      const code = one('code');
      if (!code || !CODE.test(code)) problem(block.line, `code "${code ?? ''}" missing or not upper-case letters`);
      const country = one('country');
      dict.orgs.push({ kind: 'org', id: block.id, code: code ?? '', names, country: country && country !== '---' ? country : null, src });
      break;
    }
    case 'agent': {
      const order = one('order');
      if (order && order !== 'prefix' && order !== 'suffix') problem(block.line, `order "${order}" is not prefix or suffix`);
      dict.agents.push({ kind: 'agent', id: block.id, code: block.id, names: [...names, ...all('plural')], heads: all('head'), ...(order === 'prefix' ? { prefix: true } : {}), src });
      break;
    }
    case 'place': {
      const at = one('at');
      const ll = at ? parseLatLon(at) : null;
      if (at && !ll) problem(block.line, `at "${at}" is not "lat, lon"`);
      dict.places.push({ kind: 'place', id: block.id, names, country: one('country'), lat: ll?.lat ?? null, lon: ll?.lon ?? null, src });
      break;
    }
    case 'event': {
      // CODE, a paired CODE:REVERSE (X visits Y = 042, Y hosts X = 043), or --- for phrases that are no event.
      const [code, reverse, ...more] = block.id.split(':');
      const isCode = (c: string | undefined) => !!c && (/^\d{2,4}$/.test(c) || c === '---');
      if (!isCode(code) || (reverse !== undefined && !isCode(reverse)) || more.length) problem(block.line, 'id must be a CAMEO code of 2-4 digits, CODE:CODE for a paired event, or --- for no event');
      const target = one('target');
      if (target && target !== 'object' && target !== 'next' && target !== 'none') problem(block.line, `target "${target}" is not object, next or none`);
      const match = one('match');
      if (match && match !== 'exact' && match !== 'lemma') problem(block.line, `match "${match}" is not exact or lemma`);
      for (const f of block.fields) {
        if (f.key !== 'verb' && f.key !== 'noun') continue;
        for (const text of f.values) {
          dict.patterns.push({
            id: `event:${block.id}:${text}`, code, ...(reverse ? { reverse } : {}), form: f.key, text,
            ...(target === 'next' || target === 'none' ? { target: target as 'next' | 'none' } : {}), ...(match === 'exact' ? { exact: true } : {}), src: { file, line: f.line },
          });
        }
      }
      break;
    }
    case 'discard':
      for (const f of block.fields) {
        const scope = f.key === 'phrase' ? undefined : (f.key as 'sentence' | 'story');
        for (const text of f.values) dict.discards.push({ id: `discard:${block.id}:${text}`, text, ...(scope ? { scope } : {}), src: { file, line: f.line } });
      }
      break;
  }
}
