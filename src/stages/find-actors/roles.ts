import type { ActorCode, ActorMention, DatedRole } from '../../model/actor.js';

// Compare partial ISO dates: a role "2024" ending covers all of 2024, starting covers from its first day.
function startOf(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
function endOf(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

/** The role a person held on `date` (yyyy[-mm[-dd]]); the latest-starting one when several overlap. */
export function roleAt(roles: DatedRole[] | undefined, date: string | null): DatedRole | null {
  if (!roles?.length) return null;
  if (!date) return null;
  const day = startOf(date);
  let best: DatedRole | null = null;
  for (const r of roles) {
    if (r.from && startOf(r.from) > endOf(date)) continue;
    if (r.to && endOf(r.to) < day) continue;
    if (!best || (r.from ?? '') > (best.from ?? '')) best = r;
  }
  return best;
}

// Offices whose holders CAMEO codes as elites (ELI) once they have left them.
export const STATE_ROLES: ReadonlySet<string> = new Set(['GOV', 'LEG', 'MIL', 'JUD', 'COP', 'SPY']);

/**
 * The role held on the date or, out of office, CAMEO's elite of the country last served: a former
 * president, minister, general or judge ("Mubarak" in 2020, "Flynn" in 2020) is USAELI, EGYELI.
 * Null when the person never held a state office before the date.
 */
export function roleOrFormer(roles: DatedRole[] | undefined, date: string | null): DatedRole | null {
  const held = roleAt(roles, date);
  if (held || !roles?.length || !date) return held;
  const day = startOf(date);
  let last: DatedRole | null = null;
  for (const r of roles) {
    if (!r.to || endOf(r.to) >= day || !STATE_ROLES.has(r.code.slice(3, 6)) || r.code.length < 6) continue;
    if (!last || r.to > last.to!) last = r;
  }
  return last ? { code: `${last.code.slice(0, 3)}ELI`, from: last.to, to: null, title: `former ${last.title ?? last.code}` } : null;
}

/** Split a CAMEO actor code into country (first 3 letters when a known country) and role (the next 3). */
export function splitCode(code: string, isCountry: (c: string) => boolean): { country: string | null; role: string | null } {
  if (code.length >= 3 && isCountry(code.slice(0, 3))) return { country: code.slice(0, 3), role: code.slice(3, 6) || null };
  return { country: null, role: code.length === 3 ? code : null };
}

/** The actor code of a mention on a given date: people take the role they held then. */
export function codeOnDate(mention: ActorMention, date: string | null, isCountry: (c: string) => boolean): ActorCode {
  if (mention.kind !== 'person' || !mention.roles) return mention.actor;
  const role = roleOrFormer(mention.roles, date);
  // Out of office on the date: the country, or its elite when the text calls the person "former".
  if (!role) return mention.actor.role === 'ELI' ? mention.actor : { ...mention.actor, code: mention.actor.country ?? '', role: null };
  return { ...mention.actor, code: role.code, ...splitCode(role.code, isCountry) };
}
