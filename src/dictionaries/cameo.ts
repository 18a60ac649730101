import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Facts about one CAMEO code: root, QuadClass, Goldstein score, PLOVER type and mode, name. */
export interface CameoCode {
  code: string;
  root: string;
  quad: number;
  goldstein: number;
  ploverType: string | null;
  ploverMode: string | null;
  name: string;
}

const TABLE = fileURLToPath(new URL('../../dictionaries/cameo.tsv', import.meta.url));

/** Load the CAMEO code table (GDELT's Goldstein and QuadClass, the 2021 PLOVER crosswalk). */
export function loadCameoTable(path: string = TABLE): Map<string, CameoCode> {
  const table = new Map<string, CameoCode>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [code, root, quad, goldstein, ploverType, ploverMode, name] = line.split('\t');
    table.set(code, { code, root, quad: Number(quad), goldstein: Number(goldstein), ploverType: ploverType || null, ploverMode: ploverMode || null, name });
  }
  return table;
}
