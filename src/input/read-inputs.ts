import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { EventwireError } from '../model/errors.js';
import { decodeInputBytes } from './decode-bytes.js';
import { READABLE_EXTENSIONS, detectKind, kindFromExtension } from './detect-format.js';
import type { InputDoc, InputProblem } from './input-doc.js';
import { readJsonRecords, readJsonlRecords } from './read-jsonl.js';

/** The input types and helpers, re-exported so a shell needs one import. */
export type { InputDoc, InputProblem } from './input-doc.js';
export { inputToDoc, isInputProblem } from './input-doc.js';

/** Options for reading inputs: where standard input comes from, and the largest input read (bytes). */
export interface ReadInputsOptions {
  stdin?: () => Buffer;
  maxBytes?: number;
}

/** Inputs larger than this are refused unless --max-bytes says otherwise (10 MB). */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** The name standard input ('-') goes by in problems and ids. */
export const STDIN_NAME = 'stdin';

/**
 * Read files, directories (recursively: .txt .html .htm .jsonl .json) and '-' (standard input) into
 * docs; every bad input or JSONL line becomes a problem and the rest of the batch is still read.
 * Throws EventwireError (EW_ERR_INPUT, EW_ERR_OPTION) only for misuse: no paths, a bad maxBytes.
 */
export function readInputs(paths: string[], opts: ReadInputsOptions = {}): Generator<InputDoc | InputProblem> {
  if (!Array.isArray(paths) || paths.length === 0) throw new EventwireError('EW_ERR_INPUT', 'no inputs given: name files, directories or - for standard input');
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
    throw new EventwireError('EW_ERR_OPTION', `--max-bytes must be a positive whole number of bytes, got ${String(opts.maxBytes)}`);
  }
  return readAll(paths, opts.stdin ?? (() => readFileSync(0)), maxBytes);
}

function* readAll(paths: string[], stdin: () => Buffer, maxBytes: number): Generator<InputDoc | InputProblem> {
  for (const path of paths) {
    if (path === '-') {
      let bytes: Buffer;
      try {
        bytes = stdin();
      } catch (err) {
        yield unreadable(STDIN_NAME, err);
        continue;
      }
      yield* readBytes(STDIN_NAME, STDIN_NAME, null, bytes, maxBytes);
      continue;
    }
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) {
      yield { input: path, code: 'EW_INPUT_NOT_FOUND', message: `${path} does not exist (no such file or directory)` };
    } else if (stat.isDirectory()) {
      let files: string[];
      try {
        files = listInputFiles(path);
      } catch (err) {
        yield unreadable(path, err);
        continue;
      }
      if (files.length === 0) {
        yield { input: path, code: 'EW_INPUT_NO_FILES', message: `directory ${path} has no readable files (${READABLE_EXTENSIONS.join(' ')})` };
      }
      for (const file of files) yield* readFile(file, maxBytes);
    } else {
      yield* readFile(path, maxBytes);
    }
  }
}

function* readFile(path: string, maxBytes: number): Generator<InputDoc | InputProblem> {
  // Check the size before reading, so a huge file costs nothing (pipes report 0 and are checked after).
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > maxBytes) {
      yield tooLarge(path, size, maxBytes);
      return;
    }
    bytes = readFileSync(path);
  } catch (err) {
    yield unreadable(path, err);
    return;
  }
  yield* readBytes(path, basename(path, extname(path)), path, bytes, maxBytes);
}

function* readBytes(input: string, id: string, path: string | null, bytes: Uint8Array, maxBytes: number): Generator<InputDoc | InputProblem> {
  if (bytes.length > maxBytes) {
    yield tooLarge(input, bytes.length, maxBytes);
    return;
  }
  const decoded = decodeInputBytes(bytes);
  if ('failure' in decoded) {
    yield { input, code: decoded.failure.code, message: `${input} ${decoded.failure.message}` };
    return;
  }
  const text = decoded.text;
  const kind = detectKind(path, text);
  if (kind === 'jsonl') yield* readJsonlRecords(text, { input, idBase: id });
  else if (kind === 'json') yield* readJsonRecords(text, { input, idBase: id });
  else yield { id, raw: text, format: kind, published: null, origin: { input } };
}

function unreadable(input: string, err: unknown): InputProblem {
  return { input, code: 'EW_INPUT_UNREADABLE', message: `${input} cannot be read: ${(err as Error).message}` };
}

function tooLarge(input: string, size: number, maxBytes: number): InputProblem {
  return {
    input,
    code: 'EW_INPUT_TOO_LARGE',
    message: `${input} is ${formatSize(size)} (${size} bytes), over the limit of ${formatSize(maxBytes)} (${maxBytes} bytes); raise the limit with --max-bytes ${size} or split the input`,
  };
}

/** Human size in MB or KB, e.g. "50.0 MB". */
function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** Every readable file (.txt .html .htm .jsonl .json) under a directory, recursively, in sorted path order. */
export function listInputFiles(dir: string): string[] {
  const out: string[] = [];
  walk(dir, out, new Set());
  return out;
}

function walk(dir: string, out: string[], seen: Set<string>): void {
  // Symlinked directories can loop back; each real directory is read once.
  const real = realpathSync(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const names = readdirSync(dir).filter((name) => !name.startsWith('.')).sort(byCodePoint);
  for (const name of names) {
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) continue; // a dangling symlink
    if (stat.isDirectory()) walk(path, out, seen);
    else if (stat.isFile() && kindFromExtension(path)) out.push(path);
  }
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
