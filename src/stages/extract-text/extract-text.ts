import type { Doc } from '../../model/doc.js';
import type { Message } from '../../model/message.js';
import { defineStage } from '../../pipeline/stage.js';
import { normalizePublished } from '../../input/published-date.js';
import { cleanText } from './clean-text.js';
import { findDateline } from './dateline.js';
import { extractHtmlArticle } from './extract-html.js';
import { furnitureRuleFor } from './furniture.js';

const STAGE = 'extract-text';

/**
 * Turn a doc's raw input into clean article text: the article of an HTML page (with its title, URL
 * and publication day), page furniture removed, line breaks and spaces normalised, and an offset
 * map back to `raw` whenever the text differs from it. Fills `published` from a dateline when the
 * input gave none. Content problems become messages; nothing throws.
 */
export function extractText(doc: Doc): Doc {
  let source = doc.raw;
  let sourceMap: Int32Array | null = null;
  if (doc.format === 'html') {
    const page = extractHtmlArticle(doc.raw);
    doc.title ??= page.title ?? undefined;
    doc.url ??= page.url ?? undefined;
    doc.published ??= page.published;
    if (!page.found) {
      doc.text = '';
      doc.offsetMap = new Int32Array(0);
      note(doc, 'EW_MSG_NO_ARTICLE', 'error', `${page.reason}: nothing to code`);
      return doc;
    }
    // Readability's text has no positions in the page: we keep exact offsets into doc.text only.
    source = page.text;
    sourceMap = new Int32Array(source.length).fill(-1);
  }
  const clean = cleanText(source, sourceMap, (line) => furnitureRuleFor(line) !== null);
  doc.text = clean.text;
  if (clean.map) doc.offsetMap = clean.map;
  else delete doc.offsetMap;
  if (clean.removed.length) {
    const shown = clean.removed.slice(0, 3).map((line) => JSON.stringify(line.length > 60 ? `${line.slice(0, 57)}...` : line));
    const more = clean.removed.length > 3 ? ` and ${clean.removed.length - 3} more` : '';
    note(doc, 'EW_MSG_FURNITURE_REMOVED', 'info', `removed ${clean.removed.length} line(s) of page furniture: ${shown.join(', ')}${more}`);
  }
  if (!doc.text) {
    note(doc, 'EW_MSG_NO_ARTICLE', 'error', 'no article text left after removing page furniture: nothing to code');
    return doc;
  }
  doc.published = normalizePublished(doc.published);
  if (doc.published === null) readPublishedFromText(doc);
  return doc;
}

function readPublishedFromText(doc: Doc): void {
  const dateline = findDateline(doc.text);
  if (dateline?.published) {
    doc.published = dateline.published;
    note(doc, 'EW_MSG_PUBLISHED_FROM_TEXT', 'info', `publication date ${dateline.published} read from the dateline "${dateline.text}"`);
    return;
  }
  if (dateline) {
    note(doc, 'EW_MSG_DATELINE_NO_YEAR', 'info', `the dateline "${dateline.text}" gives no year, so the publication date stays unknown`);
  }
  note(doc, 'EW_MSG_NO_PUBLISHED', 'warning', 'no publication date: events without a date in the text will have none');
}

function note(doc: Doc, code: string, severity: Message['severity'], text: string): void {
  doc.messages.push({ code, severity, text, stage: STAGE });
}

/** The extract-text stage: the first stage, it needs nothing and assigns the clean `text`. */
export const extractTextStage = defineStage<unknown, unknown>({
  name: STAGE,
  version: '1',
  requires: [],
  assigns: ['text'],
  create: () => extractText,
});
