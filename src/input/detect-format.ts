import { extname } from 'node:path';

/** How an input file is read: one text or HTML doc, one record a line (jsonl), or a JSON array/object of records. */
export type InputKind = 'text' | 'html' | 'jsonl' | 'json';

const BY_EXTENSION: Record<string, InputKind> = {
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
  '.json': 'json',
};

/** File extensions read when a directory is given. */
export const READABLE_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

/** The kind a file name's extension says, or null for an extension we do not know. */
export function kindFromExtension(path: string): InputKind | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

const HTML_TAG = /<(!doctype\s+html|html|head|body|article|main|div|p|meta|title|section|span|a)[\s>/]/i;

/** Guess the kind from the content: HTML when it opens with a tag, JSONL when every line is a JSON object, else text. */
export function sniffKind(text: string): InputKind {
  const head = text.trimStart();
  if (head.startsWith('<') && HTML_TAG.test(head.slice(0, 4096))) return 'html';
  if (head.startsWith('[') && isJsonArrayOfObjects(head)) return 'json';
  if (head.startsWith('{') && looksLikeJsonl(text)) return 'jsonl';
  return 'text';
}

/** The kind by extension, falling back to sniffing the content. */
export function detectKind(path: string | null, text: string): InputKind {
  return (path && kindFromExtension(path)) || sniffKind(text);
}

// A JSONL stream may hold a broken line (which the reader reports), so we ask for object-shaped
// lines and at least one that parses, rather than for every line to parse.
function looksLikeJsonl(text: string): boolean {
  let parsed = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (!line.startsWith('{') || !line.endsWith('}')) return false;
    if (!parsed) {
      try {
        const value = JSON.parse(line);
        parsed = value !== null && typeof value === 'object' && !Array.isArray(value);
      } catch {
        // a broken line: keep looking for one that parses
      }
    }
  }
  return parsed;
}

function isJsonArrayOfObjects(text: string): boolean {
  try {
    const value = JSON.parse(text);
    return Array.isArray(value) && value.every((item) => item !== null && typeof item === 'object');
  } catch {
    return false;
  }
}
