import { createDoc, type Doc } from '../model/doc.js';

/** One document read from the inputs, before any stage has run; `raw` is text, HTML, or a JSONL record's text. */
export interface InputDoc {
  id: string;
  raw: string;
  /** 'html' when raw is HTML; 'text' for a text file; 'jsonl' for plain text taken from a JSON record. */
  format: 'text' | 'html' | 'jsonl';
  published?: string | null;
  url?: string;
  source?: string;
  title?: string;
  origin: { input: string; line?: number };
}

/** A content problem with one input (or one JSONL line): reported, and the rest of the batch goes on; `message` names the input. */
export interface InputProblem {
  input: string;
  line?: number;
  code: string;
  message: string;
}

/** Tell a problem from a doc in what `readInputs` yields. */
export function isInputProblem(item: InputDoc | InputProblem): item is InputProblem {
  return 'code' in item;
}

/** Start a pipeline Doc from an input doc. */
export function inputToDoc(input: InputDoc): Doc {
  return createDoc({
    id: input.id,
    raw: input.raw,
    format: input.format,
    published: input.published ?? null,
    url: input.url,
    source: input.source,
    title: input.title,
  });
}

