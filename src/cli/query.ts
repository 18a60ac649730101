import { existsSync } from 'node:fs';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { EventQuery } from '../store/store.js';
import { EventwireError } from '../model/errors.js';
import { eventToJson } from '../formats/jsonl.js';
import { formatTable } from '../formats/table.js';
import { loadCameoTable } from '../dictionaries/cameo.js';
import { parseOptions, out } from './options.js';

/** Help for `eventwire query`. */
export const QUERY_HELP = `Usage: eventwire query --db FILE [filters] [--format table|jsonl] [--limit N]

Filters (all optional, combined with AND):
  --actor CODE          source or target code starts with CODE (SYR matches SYRGOV)
  --source CODE         source code starts with CODE
  --target CODE         target code starts with CODE
  --dyad A,B            events between A and B in either direction (--directed: A to B only)
  --code CODE           CAMEO code prefix (04 matches 040-046)
  --root RR             CAMEO root, exactly
  --from DATE --to DATE event date range (yyyy, yyyy-mm or yyyy-mm-dd)
  --factuality LIST     comma-separated: asserted,reported,denied,hypothetical,negated,future
  --doc ID              events of one document

Example:
  eventwire query --db eventwire.db --dyad RUS,SYR --root 04 --from 2024`;

/** Run `eventwire query`; returns the exit code. */
export function runQuery(args: string[]): number {
  const { values } = parseOptions(args, {
    db: { type: 'string' }, actor: { type: 'string' }, source: { type: 'string' }, target: { type: 'string' },
    dyad: { type: 'string' }, directed: { type: 'boolean' }, code: { type: 'string' }, root: { type: 'string' },
    from: { type: 'string' }, to: { type: 'string' }, factuality: { type: 'string' }, doc: { type: 'string' },
    format: { type: 'string', default: 'table' }, limit: { type: 'string' },
  });
  if (values.help) return out(QUERY_HELP), 0;
  const db = values.db as string | undefined;
  if (!db) throw new EventwireError('EW_ERR_OPTION', '--db FILE is required (a database written by eventwire code --db)');
  if (!existsSync(db)) throw new EventwireError('EW_ERR_STORE', `${db} does not exist: code some articles first with eventwire code FILES --db ${db}`);
  const dyad = values.dyad ? (values.dyad as string).split(',') : undefined;
  if (dyad && dyad.length !== 2) throw new EventwireError('EW_ERR_OPTION', `--dyad takes two codes as A,B, got "${values.dyad}"`);
  const filter: EventQuery = {
    actor: values.actor as string | undefined, source: values.source as string | undefined, target: values.target as string | undefined,
    dyad: dyad as [string, string] | undefined, directed: values.directed as boolean | undefined, code: values.code as string | undefined,
    root: values.root as string | undefined, from: values.from as string | undefined, to: values.to as string | undefined,
    factuality: values.factuality ? (values.factuality as string).split(',') : undefined, doc: values.doc as string | undefined,
    limit: values.limit ? Number(values.limit) : undefined,
  };
  const store = openSqliteStore(db);
  try {
    const rows = store.query(filter);
    if (values.format === 'jsonl') for (const r of rows) out(JSON.stringify(eventToJson(r.event)));
    else if (values.format === 'table') out(formatTable(rows.map((r) => r.event), loadCameoTable()));
    else throw new EventwireError('EW_ERR_OPTION', `--format must be table or jsonl, got "${values.format}"`);
  } finally {
    store.close();
  }
  return 0;
}
