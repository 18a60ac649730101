// A small, tolerant reader for PETRARCH's validation records (PETR.UnitTest.*.xml): `<Sentence date id
// category>` elements holding `<EventCoding sourcecode targetcode eventcode>` (or noevents="True", or
// error="..."), a `<Text>` and a `<Parse>`; `<Config option value>` elements between records change an
// option for every later record until changed again. Attribute quotes may be single or double and may
// have blanks around `=`; comments may hide whole elements.

/** One expected event of a record. */
export interface ExpectedEvent {
  source: string;
  target: string;
  code: string;
}

/** A validation record with the options in force where it stands. */
export interface PetrarchRecord {
  id: string;
  /** ISO yyyy-mm-dd from the `date` attribute (yyyymmdd), or null when missing or malformed. */
  date: string | null;
  category: string;
  text: string;
  expected: ExpectedEvent[];
  noEvents: boolean;
  /** PETRARCH's expected error ("storydiscard", "sentencediscard", "bad_input_parse"): nothing is coded. */
  error: string | null;
  options: Record<string, string>;
  /** 1-based line of the `<Sentence` tag. */
  line: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Replace XML character entities. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

/** Attributes of a start tag's inner text: name = "value" or name = 'value'. */
export function readAttributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = decodeEntities(m[2] ?? m[3] ?? '');
  return out;
}

// Blank out comments, keeping every newline so offsets still give line numbers.
function blankComments(xml: string): string {
  return xml.replace(/<!--[\s\S]*?(-->|$)/g, (c) => c.replace(/[^\n]/g, ' '));
}

function isoDate(d: string | undefined): string | null {
  const m = /^\s*(\d{4})(\d{2})(\d{2})\s*$/.exec(d ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

const truthy = (v: string | undefined) => /^\s*true\s*$/i.test(v ?? '');

function readSentence(attrs: Record<string, string>, body: string, options: Record<string, string>, line: number): PetrarchRecord {
  const expected: ExpectedEvent[] = [];
  let noEvents = false;
  let error: string | null = null;
  for (const m of body.matchAll(/<EventCoding\b([^>]*?)\/?>/g)) {
    const a = readAttributes(m[1]);
    if (truthy(a.noevents)) noEvents = true;
    if (a.error) error = a.error;
    if (a.eventcode !== undefined) expected.push({ source: a.sourcecode ?? '', target: a.targetcode ?? '', code: a.eventcode });
  }
  const text = /<Text\b[^>]*>([\s\S]*?)<\/Text>/.exec(body)?.[1] ?? '';
  return {
    id: attrs.id ?? `line-${line}`,
    date: isoDate(attrs.date),
    category: attrs.category ?? '',
    text: decodeEntities(text).replace(/\s+/g, ' ').trim(),
    expected,
    noEvents,
    error,
    options: { ...options },
    line,
  };
}

/** Read every record of a PETRARCH validation file, in order, with the options in force for each. */
export function readPetrarchRecords(xml: string, defaults: Record<string, string> = {}): PetrarchRecord[] {
  const text = blankComments(xml);
  const options: Record<string, string> = { ...defaults };
  const records: PetrarchRecord[] = [];
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const re = /<Config\b([^>]*?)\/?>|<Sentence\b(?!s)([^>]*)>([\s\S]*?)(?:<\/Sentence>|(?=<Sentence\b(?!s))|$)/g;
  for (const m of text.matchAll(re)) {
    if (m[1] !== undefined) {
      const a = readAttributes(m[1]);
      if (a.option) options[a.option.trim()] = (a.value ?? '').trim();
      continue;
    }
    records.push(readSentence(readAttributes(m[2]), m[3], options, lineAt(m.index ?? 0)));
  }
  return records;
}

/** An option as a boolean (PETRARCH writes True, TRUE, true, False ...); `fallback` when unset. */
export function optionFlag(options: Record<string, string>, name: string, fallback: boolean): boolean {
  const v = options[name];
  if (v === undefined || v === '') return fallback;
  return truthy(v);
}
