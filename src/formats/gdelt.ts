/**
 * GDELT 2.0 event-table writer: one tab-separated row of the 61 standard columns per event, in the
 * codebook's order, without a header (as GDELT's own export files), so existing GDELT tooling reads it.
 *
 * Where eventwire's data differs from GDELT's, the row says what we know, never an invented value:
 * - GLOBALEVENTID is derived from a SHA-256 of the doc and event id (stable across runs, 53-bit safe),
 *   not from a global sequence.
 * - SQLDATE is the event date; month and year precision fall on the first day (as GDELT does); a
 *   range gives its start; no date gives the publication date, and failing that the coding date.
 *   FractionDate follows GDELT's data, YYYY + ((MM-1)*30 + DD)/365 to 4 places (the codebook's
 *   text says MM*30, but the published rows use MM-1).
 * - Actor names are upper case, as in GDELT; the code is split into country, known group, ethnic,
 *   religion and type parts by CAMEO's three-letter rules, with the actor's role as Type1Code.
 * - AvgTone is 0: eventwire does not score tone.
 * - Geo CountryCode columns hold ISO 3166 alpha-3 codes (as everywhere in eventwire), NOT the FIPS
 *   10-4 two-letter codes GDELT uses; ADM1/ADM2 are left empty (we have no admin codes) except that a
 *   country-level match repeats the country code in ADM1 and FeatureID, as GDELT does. FeatureID is
 *   otherwise our gazetteer entry id, not a GNS/GNIS id.
 * - Actor1Geo/Actor2Geo are empty (type 0): we locate the action, not each actor. ActionGeo comes
 *   from the event place: type 1 for a country, 3 for a place in the USA, 4 elsewhere (we cannot
 *   tell states and provinces, types 2 and 5, from cities).
 */
import { createHash } from 'node:crypto';
import type { CodedEvent, EventActor, EventPlace } from '../model/event.js';
import { EventwireError } from '../model/errors.js';

/** The 61 GDELT 2.0 event columns, in the codebook's order. */
export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
];

function actorColumns(p: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => p + c);
}

function geoColumns(p: string): string[] {
  return ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => `${p}_${c}`);
}

/** What a GDELT row needs beyond the event: the document's url and date, and when it was coded. */
export interface GdeltContext {
  url?: string | null;
  /** Publication date (ISO yyyy-mm-dd...), used when the event has no date. */
  published?: string | null;
  /** Coding time as YYYYMMDDHHMMSS (UTC). */
  dateAdded: string;
  numArticles?: number;
  numSources?: number;
}

// CAMEO three-letter parts (CAMEO manual 1.1b3, actor codebook tables).
const ORG_TYPES = new Set(['IGO', 'IMG', 'INT', 'MNC', 'NGM', 'NGO', 'UIS']);
const ROLE_TYPES = new Set([
  'COP', 'GOV', 'INS', 'JUD', 'MIL', 'OPP', 'REB', 'SEP', 'SPY', 'UAF', 'AGR', 'BUS', 'CRM', 'CVL', 'DEV',
  'EDU', 'ELI', 'ENV', 'HLH', 'HRI', 'LAB', 'LEG', 'MED', 'REF', 'MOD', 'RAD',
]);
const RELIGIONS = new Set(['ATH', 'BAH', 'BUD', 'CHR', 'CON', 'HIN', 'JAN', 'JEW', 'MOS', 'SHN', 'SIK', 'TAO', 'ABR', 'ADR', 'EAR', 'INR', 'IRR', 'ITR', 'NRM']);
// Second trios GDELT reports as Religion2Code: named denominations (CAMEO religious coding scheme),
// not the generic ones (OFF, SYN, UFO...) nor the numbered sub-groups.
const DENOMINATIONS = new Set(['CTH', 'PRO', 'DOX', 'CPT', 'LDS', 'MRN', 'ANG', 'JHW', 'SHI', 'SUN', 'UDX', 'HSD', 'THR', 'MAH', 'VAJ', 'ZEN']);
// A known group (UNO in IGOUNO, TAL in AFGINSTAL) follows an international type or a non-state armed role.
const GROUP_HOLDERS = new Set([...ORG_TYPES, 'INS', 'REB', 'SEP', 'UAF', 'OPP']);
const REGIONS = new Set([
  'AFR', 'ASA', 'BLK', 'CRB', 'CAU', 'CFR', 'CAS', 'CEU', 'EIN', 'EAF', 'EEU', 'EUR', 'LAM', 'MEA', 'MDT',
  'NAF', 'NMR', 'PGS', 'SCN', 'SAM', 'SAS', 'SEA', 'SAF', 'WAF', 'WST',
]);

/** Split an actor's code into GDELT's ten actor fields (Code, Name, CountryCode, ... Type3Code). */
function actorFields(a: EventActor | null): string[] {
  if (!a) return new Array(10).fill('');
  let country = a.country ?? '';
  let known = '';
  let ethnic = '';
  const religions: string[] = [];
  const types: string[] = [];
  let prev = '';
  for (const part of a.code.match(/.{1,3}/g) ?? []) {
    const holdsGroup = types.some((t) => GROUP_HOLDERS.has(t));
    if (/^[a-z]{3}$/.test(part)) ethnic ||= part; // CAMEO writes ethnic groups in lower case
    else if (/^\d+$/.test(part)) { /* denomination numbers (CHRPRO210) have no GDELT column */ }
    else if (part === a.country || (!country && REGIONS.has(part))) country ||= part;
    else if (ROLE_TYPES.has(part) || ORG_TYPES.has(part)) types.push(part);
    else if (RELIGIONS.has(part) && religions.length === 0) religions.push(part);
    else if (religions.length === 1 && prev === religions[0] && DENOMINATIONS.has(part)) religions.push(part); // CHRCTH
    else if (holdsGroup && !known) known = part; // IGOUNO, IMGMOSALQ, AFGINSTAL
    prev = part;
  }
  if (a.role && !types.includes(a.role)) types.unshift(a.role);
  return [a.code, a.name.toUpperCase(), country, known, ethnic, religions[0] ?? '', religions[1] ?? '', types[0] ?? '', types[1] ?? '', types[2] ?? ''].map(clean);
}

/** A positive, 53-bit-safe integer id for an event, stable across runs (SHA-256 of doc and event id). */
export function gdeltEventId(e: CodedEvent): number {
  const digest = createHash('sha256').update(`${e.doc}\u0000${e.id}`).digest();
  const id = Number(digest.readBigUInt64BE(0) & 0x1fffffffffffffn);
  return id === 0 ? 1 : id;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

function dateParts(value: string | null | undefined): [number, number, number] | null {
  const m = value ? ISO_DATE.exec(value) : null;
  if (!m) return null;
  return [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
}

/** SQLDATE, MonthYear, Year and FractionDate for an event. */
function dateFields(e: CodedEvent, ctx: GdeltContext): string[] {
  const fallback = `${ctx.dateAdded.slice(0, 4)}-${ctx.dateAdded.slice(4, 6)}-${ctx.dateAdded.slice(6, 8)}`;
  const [y, m, d] = dateParts(e.date.value) ?? dateParts(ctx.published) ?? dateParts(fallback)!;
  const mm = String(m).padStart(2, '0');
  const yyyy = String(y).padStart(4, '0');
  const fraction = (y + ((m - 1) * 30 + d) / 365).toFixed(4);
  return [`${yyyy}${mm}${String(d).padStart(2, '0')}`, `${yyyy}${mm}`, yyyy, fraction];
}

function geoType(p: EventPlace): number {
  if (p.country && (p.ref === p.country || p.ref === `country:${p.country}`)) return 1; // the place is the country itself
  if (p.lat === null || p.lon === null) return p.country ? 1 : 0; // without coordinates we only know the country
  return p.country === 'USA' ? 3 : 4;
}

/** The eight geo fields for a place (type 0 and empty when there is none). */
function geoFields(p: EventPlace | null): string[] {
  if (!p) return ['0', '', '', '', '', '', '', ''];
  const type = geoType(p);
  // GDELT's Geo CountryCode is FIPS 10-4 (two letters, e.g. TU for Turkey); ours is ISO 3166 alpha-3
  // (TUR). Mapping FIPS would need a table we do not ship, and a wrong guess is worse than a known code.
  const country = p.country ?? '';
  const countryLevel = type === 1;
  return [String(type), clean(p.name), country, countryLevel ? country : '', '', num(p.lat), num(p.lon), clean(countryLevel ? country : p.ref ?? '')];
}

function num(n: number | null | undefined): string {
  return n === null || n === undefined || !Number.isFinite(n) ? '' : String(n);
}

/** GDELT writes Goldstein scores with at least one decimal (1.0, -10.0). */
function goldstein(g: number): string {
  return Number.isInteger(g) ? g.toFixed(1) : String(g);
}

/** Tabs and line breaks inside a value would break the row into the wrong number of fields. */
function clean(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

/** One GDELT 2.0 event row: 61 tab-separated fields, no line terminator. Throws EW_ERR_OPTION on a bad dateAdded. */
export function gdeltRow(e: CodedEvent, ctx: GdeltContext): string {
  if (!/^\d{14}$/.test(ctx.dateAdded)) {
    throw new EventwireError('EW_ERR_OPTION', `GDELT dateAdded must be YYYYMMDDHHMMSS (14 digits), got "${ctx.dateAdded}"`);
  }
  const base = e.code.length > 3 ? e.code.slice(0, 3) : e.code;
  const fields = [
    String(gdeltEventId(e)),
    ...dateFields(e, ctx),
    ...actorFields(e.source),
    ...actorFields(e.target),
    e.sentence === 0 ? '1' : '0', // GDELT: the event came from the lead; our nearest equivalent is the first sentence
    e.code, base, e.root || e.code.slice(0, 2),
    String(e.quad), goldstein(e.goldstein),
    String(Math.max(1, e.mentions.length)), String(ctx.numSources ?? 1), String(ctx.numArticles ?? 1),
    '0', // AvgTone: not computed
    ...geoFields(null), ...geoFields(null), ...geoFields(e.place),
    ctx.dateAdded,
    clean(ctx.url ?? ''),
  ];
  return fields.join('\t');
}

/** Write one GDELT row per event to `out` (rows without terminator); `ctx` may depend on the event. Returns the count. */
export function writeGdelt(
  events: Iterable<CodedEvent>,
  ctx: GdeltContext | ((e: CodedEvent) => GdeltContext),
  out: (line: string) => void,
  options: { header?: boolean } = {},
): number {
  if (options.header) out(GDELT_COLUMNS.join('\t'));
  let n = 0;
  for (const e of events) {
    out(gdeltRow(e, typeof ctx === 'function' ? ctx(e) : ctx));
    n++;
  }
  return n;
}
