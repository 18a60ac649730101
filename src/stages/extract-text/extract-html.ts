import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import { readPageMetadata, type PageMetadata } from './page-metadata.js';

/** The article found in an HTML page: paragraphs joined by blank lines, the page's metadata, and whether there was an article at all. */
export interface HtmlArticle extends PageMetadata {
  text: string;
  found: boolean;
  /** Why no article was found (when `found` is false). */
  reason?: string;
}

/** Below this many characters of text, what Readability returns is a menu or a teaser, not an article. */
export const MIN_ARTICLE_CHARS = 200;
// Readability falls back to the best block it has, which on a page without a story is often a link
// list; a story is mostly text outside links.
const MAX_LINK_SHARE = 0.5;

const BLOCKS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE', 'THEAD',
  'TBODY', 'TR', 'TD', 'TH', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'FIGURE', 'ADDRESS', 'HR', 'DETAILS', 'SUMMARY',
]);
// Captions describe photos, not the story, and would repeat its events.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGCAPTION', 'BUTTON', 'SVG', 'IFRAME', 'FORM', 'SELECT', 'TEXTAREA']);

// linkedom takes ~200 ms to load; plain-text and JSONL runs never need it, so it and Readability are
// loaded on the first HTML page (their CommonJS builds, through require, keep this function synchronous).
const require = createRequire(import.meta.url);
let htmlLibs: { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof ReadabilityClass } | null = null;
function htmlLibraries(): NonNullable<typeof htmlLibs> {
  htmlLibs ??= { parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML, Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability };
  return htmlLibs;
}

/** Find the article in an HTML page with Readability (on a linkedom document) and read the page's metadata. */
export function extractHtmlArticle(html: string): HtmlArticle {
  // linkedom needs a whole document; a fragment would become the document element with no body.
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { parseHTML, Readability } = htmlLibraries();
  const document = parseHTML(page).document as unknown as Document;
  const meta = readPageMetadata(document);
  const pageTitle = document.title?.trim() || null;
  let article: ReturnType<ReadabilityClass<Node>['parse']>;
  try {
    article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch (err) {
    return { ...meta, title: meta.title ?? pageTitle, text: '', found: false, reason: `the page could not be read (${(err as Error).message})` };
  }
  const title = meta.title ?? (article?.title?.trim() || pageTitle);
  if (!article?.content) return { ...meta, title, text: '', found: false, reason: 'no article found in the page' };
  const root = article.content as Element;
  const text = blockTexts(root).join('\n\n');
  if (text.length < MIN_ARTICLE_CHARS) {
    return { ...meta, title, text: '', found: false, reason: `no article found in the page (only ${text.length} characters of text)` };
  }
  const linked = Array.from(root.querySelectorAll('a')).reduce((sum, a) => sum + (a.textContent ?? '').trim().length, 0);
  if (linked / text.length > MAX_LINK_SHARE) {
    return { ...meta, title, text: '', found: false, reason: `no article found in the page (${Math.round((linked / text.length) * 100)}% of its text is links)` };
  }
  return { ...meta, title, text, found: true };
}

/**
 * The text of each block element, in order: inline text is gathered until the next block starts or
 * ends, whitespace collapses to single spaces, and <br> starts a new line inside the block.
 */
export function blockTexts(root: Node): string[] {
  const out: string[] = [];
  const pending: string[] = [];
  const flush = () => {
    const lines = pending.join('').split('\n').map((line) => line.replace(/ {2,}/g, ' ').trim()).filter(Boolean);
    if (lines.length) out.push(lines.join('\n'));
    pending.length = 0;
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      pending.push((node.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') {
      pending.push('\n');
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
  return out;
}
