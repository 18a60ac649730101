/**
 * Checks of dated roles that loading alone cannot make: one person's roles that contradict each
 * other, and one office held by two people at once. Dates may be yyyy, yyyy-mm or yyyy-mm-dd, so
 * an overlap is reported only when it is certain whatever day the partial dates stand for, and
 * longer than a handover (a month): "2014..2019" then "2019.." is a change of office in 2019, not a
 * conflict.
 */
import type { DatedRole } from '../model/actor.js';
import type { Dictionary, DictionaryIssue, PersonEntry } from './schema.js';
import { roleAt } from '../stages/find-actors/roles.js';

const HANDOVER_DAYS = 31;
const FAR_FUTURE = '9999-12-31';

function earliest(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
function latest(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-28` : d;
}
function days(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

/** Days two roles surely share (negative or small when they only touch), and from when. */
function certainOverlap(a: DatedRole, b: DatedRole): { days: number; from: string; to: string } {
  const from = [a.from ? latest(a.from) : '0000-01-01', b.from ? latest(b.from) : '0000-01-01'].sort()[1];
  const to = [a.to ? earliest(a.to) : FAR_FUTURE, b.to ? earliest(b.to) : FAR_FUTURE].sort()[0];
  return { days: days(from, to), from, to: to === FAR_FUTURE ? 'now' : to };
}

/** The first day after a partial date's whole period (2020-07 -> 2020-08-01). */
function dayAfter(d: string): string {
  const [y, m = 12, day] = d.split('-').map(Number);
  const next = day === undefined ? Date.UTC(y, m, 1) : Date.UTC(y, m - 1, day + 1);
  return new Date(next).toISOString().slice(0, 10);
}

const show = (r: DatedRole) => `${r.code} ${r.from ?? ''}..${r.to ?? ''}${r.title ? ` ${r.title}` : ''}`;

/** One person's roles: the same office twice, or two codes from the same day (the coder cannot choose). */
function personConflicts(p: PersonEntry, issues: DictionaryIssue[]): void {
  const say = (severity: DictionaryIssue['severity'], message: string) =>
    issues.push({ file: p.src.file, line: p.src.line, severity, message: `person ${p.id}: ${message}` });
  for (let i = 0; i < p.roles.length; i++) {
    for (let j = i + 1; j < p.roles.length; j++) {
      const a = p.roles[i];
      const b = p.roles[j];
      const o = certainOverlap(a, b);
      if (o.days <= HANDOVER_DAYS) continue;
      if (a.code === b.code && a.title === b.title) say('error', `role "${show(a)}" and role "${show(b)}" repeat one office over ${o.from}..${o.to}`);
      else if (a.code !== b.code && (a.from ?? '') === (b.from ?? '')) {
        say('error', `roles "${show(a)}" and "${show(b)}" start on the same day with different codes; the coder cannot tell which holds`);
      } else if (a.code !== b.code && (!a.to || !b.to)) {
        const open = !a.to ? a : b;
        const other = open === a ? b : a;
        // An open role that began first and outlasts a later, closed one: when the later one ends and
        // no other role follows, the open one is back in force. Usually it lacks its end date.
        if ((open.from ?? '') < (other.from ?? '') && other.to && roleAt(p.roles, dayAfter(other.to)) === open) say('warning', `open role "${show(open)}" outlasts the later role "${show(other)}"; after ${other.to} it applies again (missing end date?)`);
      }
    }
  }
}

// Offices one person holds at a time. Deputies, ministers of state, envoys and acting holders are left out.
const SINGLE_OFFICES = new Set([
  'president', 'prime minister', 'chancellor', 'king', 'queen', 'emir', 'supreme leader', 'taoiseach',
  'foreign minister', 'foreign secretary', 'secretary of state', 'external affairs minister', 'defence minister',
  'defense minister', 'defence secretary', 'secretary of defense', 'interior minister', 'home secretary',
  'chief of the general staff', 'chief of the defence staff', 'chief of army staff', 'chief of the army staff',
  'chairman of the joint chiefs of staff', 'secretary-general', 'secretary general',
]);

/** Two people in one single-holder office (same code, same title) at once, beyond a handover. */
function officeConflicts(people: PersonEntry[], issues: DictionaryIssue[]): void {
  const holders = new Map<string, Array<{ p: PersonEntry; r: DatedRole }>>();
  for (const p of people) {
    for (const r of p.roles) {
      const title = r.title?.toLowerCase();
      if (!title || !SINGLE_OFFICES.has(title)) continue;
      const key = `${r.code} ${title}`;
      const list = holders.get(key) ?? [];
      list.push({ p, r });
      holders.set(key, list);
    }
  }
  for (const [office, list] of holders) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (a.p === b.p) continue;
        const o = certainOverlap(a.r, b.r);
        if (o.days <= HANDOVER_DAYS) continue;
        const later = (a.r.from ?? '') <= (b.r.from ?? '') ? b : a;
        const earlier = later === a ? b : a;
        issues.push({
          file: later.p.src.file, line: later.p.src.line, severity: 'error',
          message: `person ${later.p.id}: office "${office}" (${later.r.from ?? ''}..${later.r.to ?? ''}) is also held by ${earlier.p.id} (${earlier.r.from ?? ''}..${earlier.r.to ?? ''}) over ${o.from}..${o.to}`,
        });
      }
    }
  }
}

/** Every dated-role conflict in the dictionary. */
export function lintRoles(dict: Dictionary): DictionaryIssue[] {
  const issues: DictionaryIssue[] = [];
  for (const p of dict.people) personConflicts(p, issues);
  officeConflicts(dict.people, issues);
  return issues;
}
