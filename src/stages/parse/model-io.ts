/**
 * The shipped model file: a JSON header (labels, table sizes, provenance) followed by the three weight
 * tables (transitions, labels, tag refiner) and the word classes as raw little-endian arrays, gzip'd as a whole. Keys are random 32-bit hashes and do not
 * compress, so the file size is mostly 4 bytes per feature row plus 3 bytes per weight.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, gunzipSync } from 'node:zlib';
import { ActionTable, LabelTable, type SparseRows } from './tables.js';
import type { AveragedRows } from './perceptron.js';
import { UPOS } from './atoms.js';
import { ClusterTable, type WordClusters } from './word-clusters.js';

const MAGIC = 'eventwire-parser';
export const FORMAT_VERSION = 4;

export interface ModelData {
  labels: string[];
  actions: SparseRows;
  labelRows: SparseRows;
  /** The tag refiner's rows (classes: UPOS in atoms.ts order). */
  tagRows: SparseRows;
  /** Word classes learned from unlabeled text, keyed by the word atom's hash. */
  clusters: WordClusters;
  /** Free-form provenance written into the header (data, epochs, seed). */
  info: Record<string, unknown>;
}

export interface LoadedModel {
  labels: string[];
  actions: ActionTable;
  labelTable: LabelTable;
  tagTable: LabelTable;
  clusters: ClusterTable;
  info: Record<string, unknown>;
}

/**
 * Rounds averaged weights to int16 with one scale per table. Rows whose weights all round to zero
 * are dropped, which is also where pruning happens.
 */
export function quantizeRows(rows: AveragedRows): SparseRows {
  let max = 0;
  for (const v of rows.val) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? 32767 / max : 1;
  const keys: number[] = [];
  const rowLen: number[] = [];
  const cls: number[] = [];
  const val: number[] = [];
  for (let r = 0, e = 0; r < rows.keys.length; r++) {
    let len = 0;
    for (let j = 0; j < rows.rowLen[r]; j++, e++) {
      const q = Math.round(rows.val[e] * scale);
      if (q === 0) continue;
      cls.push(rows.cls[e]);
      val.push(q);
      len++;
    }
    if (len === 0) continue;
    keys.push(rows.keys[r]);
    rowLen.push(len);
  }
  return { keys: Int32Array.from(keys), rowLen: Uint8Array.from(rowLen), cls: Uint8Array.from(cls), val: Int16Array.from(val) };
}

function bytes(view: ArrayBufferView): Buffer {
  const b = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
  // Pad every array to 4 bytes so that the reader can view it in place.
  return Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4)]);
}

export function saveModel(path: string, model: ModelData): void {
  const tables = [model.actions, model.labelRows, model.tagRows];
  const header = Buffer.from(JSON.stringify({
    magic: MAGIC,
    version: FORMAT_VERSION,
    labels: model.labels,
    tables: tables.map((t) => ({ rows: t.keys.length, entries: t.cls.length })),
    clusters: model.clusters.keys.length,
    info: model.info,
  }));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const parts = [length, bytes(header)];
  for (const t of tables) parts.push(bytes(t.keys), bytes(t.rowLen), bytes(t.cls), bytes(t.val));
  parts.push(bytes(model.clusters.keys), bytes(model.clusters.ids));
  // gzip output depends only on its input and level, so a rebuild is byte-identical.
  writeFileSync(path, gzipSync(Buffer.concat(parts), { level: 9 }));
}

export function loadModel(path: string): LoadedModel {
  const raw = gunzipSync(readFileSync(path));
  const buf = new Uint8Array(raw.byteLength);
  buf.set(raw); // a fresh ArrayBuffer starts aligned, so typed views below are legal
  const headerLength = new DataView(buf.buffer).getUint32(0, true);
  const header = JSON.parse(Buffer.from(buf.buffer, 4, headerLength).toString('utf8'));
  if (header.magic !== MAGIC || header.version !== FORMAT_VERSION) {
    throw new Error(`EW_ERR_PARSER_MODEL: ${path} is not a version ${FORMAT_VERSION} parser model`);
  }
  let at = 4 + headerLength;
  const take = (size: number): number => {
    at += (4 - (at % 4)) % 4;
    const start = at;
    at += size;
    return start;
  };
  const rows = (header.tables as Array<{ rows: number; entries: number }>).map(({ rows: r, entries }) => ({
    keys: new Int32Array(buf.buffer, take(r * 4), r),
    rowLen: new Uint8Array(buf.buffer, take(r), r),
    cls: new Uint8Array(buf.buffer, take(entries), entries),
    val: new Int16Array(buf.buffer, take(entries * 2), entries),
  }));
  const c = header.clusters as number;
  const clusters = { keys: new Int32Array(buf.buffer, take(c * 4), c), ids: new Uint16Array(buf.buffer, take(c * 2), c) };
  return modelFromData({ labels: header.labels, actions: rows[0], labelRows: rows[1], tagRows: rows[2], clusters, info: header.info });
}

/** Builds the run-time tables straight from training output, to measure a model before saving it. */
export function modelFromData(data: ModelData): LoadedModel {
  return {
    labels: data.labels,
    actions: new ActionTable(data.actions),
    labelTable: new LabelTable(data.labels.length, data.labelRows),
    tagTable: new LabelTable(UPOS.length, data.tagRows),
    clusters: new ClusterTable(data.clusters),
    info: data.info,
  };
}
