import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { createCoder, codeInputs } from '../run/coder.js';
import { eventWriter } from '../run/write-events.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { storeDoc } from '../run/store-doc.js';
import { parseOptions, isoDateOption, out, err } from './options.js';

/** Help for `eventwire code`. */
export const CODE_HELP = `Usage: eventwire code <files|dirs|-> [options]

Code English news into political events (CAMEO, PLOVER, Goldstein, QuadClass),
with the date each event happened, its place, factuality and character offsets.

Inputs: .txt, .html/.htm, .jsonl (one article a line: id, text or html, url,
published, source), .json, directories (read recursively) and - for stdin.

Options:
  --published YYYY-MM-DD   publication date for inputs that carry none
  --format F               jsonl (default) | json | csv | gdelt | table
  --db FILE                also store documents and events in this SQLite file
  --dictionaries DIR       add a folder of .dict files (repeatable)
  --max-bytes N            refuse inputs larger than N bytes (default 10485760)
  --messages               print each document's messages (missing dates, ...) to stderr
  --unknown-names N        list the N names met most often that the dictionaries lack (to stderr)

Exit status: 0 when every input was coded, 1 when any input failed, 2 on misuse.

Example:
  eventwire code article.txt --published 2024-07-25 --format table`;

/** Run `eventwire code`; returns the exit code. */
export function runCode(args: string[]): number {
  const { values, positionals } = parseOptions(args, {
    published: { type: 'string' },
    format: { type: 'string', default: 'jsonl' },
    db: { type: 'string' },
    dictionaries: { type: 'string', multiple: true },
    'max-bytes': { type: 'string' },
    messages: { type: 'boolean' },
    'unknown-names': { type: 'string' },
  });
  if (values.help) return out(CODE_HELP), 0;
  if (!positionals.length) return err('eventwire code: name at least one input file, folder or - (see eventwire code --help)'), 2;
  const published = isoDateOption('published', values.published as string | undefined);
  const maxBytes = values['max-bytes'] !== undefined ? Number(values['max-bytes']) : undefined;
  const coder = createCoder({ dictionaries: values.dictionaries as string[] | undefined });
  // Coding keeps ~100 MB alive (dictionaries, models) but makes garbage fast; by default V8 lets the
  // heap grow to about four times what survives before a full collection, which took a 20 MB batch to
  // 550 MB. Growing by half keeps it near 300 MB. Set after loading, so start-up is not slowed; V8
  // reads the flag at every full collection.
  setFlagsFromString('--heap-growing-percent=50');
  const names = (code: string) => coder.dictionary.cameo.get(code)?.name;
  const writer = eventWriter(values.format as string, out, names);
  const store = values.db ? openSqliteStore(values.db as string) : null;
  let failed = 0;
  let docs = 0;
  let events = 0;
  let stored = 0;
  // Names no dictionary entry covers are kept as uncoded mentions: counted here so the gaps show.
  const unknown = new Map<string, number>();
  let unknownMentions = 0;
  const listUnknown = values['unknown-names'] !== undefined ? Number(values['unknown-names']) : 0;
  if (!Number.isInteger(listUnknown) || listUnknown < 0) return err(`eventwire code: --unknown-names must be a whole number, got "${values['unknown-names']}"`), 2;
  try {
    for (const item of codeInputs(coder, positionals, { published, maxBytes, stdin: () => readFileSync(0) })) {
      if ('problem' in item) {
        failed++;
        err(`eventwire: ${item.problem.message}`);
        continue;
      }
      docs++;
      events += item.doc.events.length;
      writer.doc(item.doc);
      for (const a of item.doc.actors) {
        if (a.kind !== 'unknown') continue;
        unknownMentions++;
        unknown.set(a.actor.name, (unknown.get(a.actor.name) ?? 0) + 1);
      }
      if (values.messages) for (const m of item.doc.messages) err(`${item.doc.id}: ${m.severity}: ${m.text}`);
      if (store && storeDoc(store, item.doc)) stored++;
    }
    writer.end();
  } finally {
    store?.close();
  }
  const dbNote = store ? `, ${stored} new document(s) stored in ${values.db}` : '';
  if (listUnknown) {
    const top = [...unknown].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, listUnknown);
    err(`names not in the dictionaries (mentions, name):`);
    for (const [name, n] of top) err(`${String(n).padStart(6)}  ${name}`);
  }
  const unknownNote = unknownMentions ? `, ${unknownMentions} mention(s) of ${unknown.size} name(s) not in the dictionaries` : '';
  err(`eventwire: coded ${docs} document(s), ${events} event(s)${unknownNote}${failed ? `, ${failed} input(s) failed` : ''}${dbNote}`);
  return failed ? 1 : 0;
}
