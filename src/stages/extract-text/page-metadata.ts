import { normalizePublished } from '../../input/published-date.js';

/** What a news page says about itself: title (og:title, twitter:title, JSON-LD headline), canonical URL, publication day (yyyy-mm-dd). */
export interface PageMetadata {
  title: string | null;
  url: string | null;
  published: string | null;
}

// Sources of the publication time, most specific first. Page-wide <time> elements come last: a
// page lists the times of related stories too, and only the article's own metadata is reliable.
const PUBLISHED_META = ['article:published_time', 'og:published_time', 'og:article:published_time', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date'];
const TITLE_META = ['og:title', 'twitter:title'];
const URL_META = ['og:url'];

/** Read title, canonical URL and publication day from a page (before Readability changes it). */
export function readPageMetadata(document: Document): PageMetadata {
  const meta = metaByName(document);
  const jsonLd = readJsonLd(document);
  const title = [...TITLE_META.map((name) => meta.get(name)), jsonLd.headline].find((value) => value?.trim())?.trim() ?? null;
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const url = [canonical, ...URL_META.map((name) => meta.get(name)), jsonLd.url].find(isAbsoluteUrl)?.trim() ?? null;
  const itemprop = document.querySelector('[itemprop="datePublished"]');
  const time = document.querySelector('article time[datetime], main time[datetime]') ?? document.querySelector('time[pubdate][datetime]') ?? document.querySelector('time[datetime]');
  const candidates = [
    ...PUBLISHED_META.map((name) => meta.get(name)),
    itemprop?.getAttribute('content') ?? itemprop?.getAttribute('datetime') ?? itemprop?.textContent,
    jsonLd.datePublished,
    time?.getAttribute('datetime'),
  ];
  let published: string | null = null;
  for (const candidate of candidates) if ((published = normalizePublished(candidate))) break;
  return { title, url, published };
}

/** Meta tags by lowercased name or property ("DC.date" and "dc.date" alike). */
function metaByName(document: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
    const content = el.getAttribute('content');
    if (key && content?.trim() && !out.has(key)) out.set(key, content.trim());
  }
  return out;
}

interface JsonLdFacts {
  headline?: string;
  datePublished?: string;
  url?: string;
}

/** The first headline, datePublished and url found in the page's JSON-LD blocks (including @graph). */
function readJsonLd(document: Document): JsonLdFacts {
  const facts: JsonLdFacts = {};
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collect(JSON.parse(script.textContent ?? ''), facts, 0);
    } catch {
      // Broken JSON-LD is common on real pages; the other sources still count.
    }
  }
  return facts;
}

function collect(value: unknown, facts: JsonLdFacts, depth: number): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, facts, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string') facts.datePublished ??= record.datePublished;
  if (typeof record.headline === 'string') facts.headline ??= record.headline;
  if (typeof record.url === 'string' && record.datePublished) facts.url ??= record.url;
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) collect(record[key], facts, depth + 1);
}

function isAbsoluteUrl(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^https?:\/\/\S+$/i.test(value.trim());
}
