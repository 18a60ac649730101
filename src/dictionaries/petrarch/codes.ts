// Codes and date restrictions as PETRARCH writes them: `[064]`, `[032:033]`, `[---]`,
// `[SYRGOV 000717-241208]`, `[HOB < 950601]`, `[HOBREB > 990816]`, `[~GOV]`, `[NGO~]`.

/** An event code of a verb pattern: the code for source -> target and, when paired, target -> source. */
export interface VerbCode {
  code: string;
  reverse: string | null;
}

/** TABARI's special markers: `+++` (complex event) and `###` (discard) are no codes in PETRARCH. */
const NOT_CODES = new Set(['+++', '###']);

/** Read a verb code ("064", "032:033", "---"); a string explains why it cannot be used. */
export function readVerbCode(text: string): VerbCode | string {
  const [a, b, ...more] = text.trim().split(':').map((s) => s.trim());
  if (more.length) return `code [${text}] has more than two parts`;
  // "[:173]" codes only the target's side; "[064:]" only the source's.
  if (!a && !b) return `code [${text}] is empty`;
  for (const part of [a, b ?? '']) {
    if (NOT_CODES.has(part)) return `code [${text}] is TABARI's "${part}" marker, not an event code`;
    if (/\s/.test(part)) return `code [${text}] contains a blank`;
  }
  return { code: a || '---', reverse: b || null };
}

/** Turn a PETRARCH date (yymmdd or yyyymmdd; yy 00-30 = 20yy, else 19yy) into ISO yyyy-mm-dd. */
export function petrarchDate(text: string): string | null {
  // Like PETRARCH, read only the first 8 digits of a long date and the first 6 of a 7-digit one.
  let d = text.trim();
  if (/^\d{9,}$/.test(d)) d = d.slice(0, 8);
  else if (/^\d{7}$/.test(d)) d = d.slice(0, 6);
  let year: number;
  let rest: string;
  if (/^\d{8}$/.test(d)) {
    year = Number(d.slice(0, 4));
    rest = d.slice(4);
  } else if (/^\d{6}$/.test(d)) {
    const yy = Number(d.slice(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = d.slice(2);
  } else return null;
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (month < 1 || month > 12 || day < 1 || day > days[month - 1]) return null;
  return `${year}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** An actor code, possibly restricted to a period (inclusive ISO dates; null = open). */
export interface DatedCode {
  code: string;
  from: string | null;
  to: string | null;
  dated: boolean;
}

/** Read an actor code with its optional restriction: "SYRGOV 000717-241208", "HOB < 950601", "USA". */
export function readActorCode(text: string): DatedCode | string {
  const m = /^(\S+)\s*(.*)$/.exec(text.trim());
  if (!m) return 'empty code';
  const [, code, restriction] = m;
  if (/^[<>\d]/.test(code)) return `[${text}] has a date restriction but no code`;
  const r = restriction.trim();
  if (!r) return { code, from: null, to: null, dated: false };
  const bound = /^([<>])\s*(\d+)$/.exec(r);
  if (bound) {
    const date = petrarchDate(bound[2]);
    if (!date) return `[${text}]: "${bound[2]}" is not a date (yymmdd or yyyymmdd)`;
    return bound[1] === '<' ? { code, from: null, to: date, dated: true } : { code, from: date, to: null, dated: true };
  }
  const range = /^(\d+)\s*-\s*(\d+)$/.exec(r);
  if (range) {
    const from = petrarchDate(range[1]);
    const to = petrarchDate(range[2]);
    if (!from || !to) return `[${text}]: "${!from ? range[1] : range[2]}" is not a date (yymmdd or yyyymmdd)`;
    if (to < from) return `[${text}]: the period ends before it starts`;
    return { code, from, to, dated: true };
  }
  return `[${text}]: restriction "${r}" is not "<date", ">date" or "date-date"`;
}
