import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createDoc } from '../../../src/model/doc.js';
import { extractText } from '../../../src/stages/extract-text/extract-text.js';
import { blockTexts, extractHtmlArticle } from '../../../src/stages/extract-text/extract-html.js';
import { parseHTML } from 'linkedom';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/extract-text/${name}`, import.meta.url), 'utf8');
const htmlDoc = (raw: string) => createDoc({ id: 'page', raw, format: 'html' });

const NEWS_PARAGRAPHS = [
  'Russian President Vladimir Putin met Syrian President Bashar Assad at the Kremlin on Wednesday, the Kremlin said, as fighting across the Middle East threatened to draw in more of the region.',
  'Putin asked Assad for his view of the situation in the region, saying that tensions were rising and that Syria, too, was affected. Assad thanked Moscow for its support and said the two countries would keep working together.',
  'Russia has kept troops at two bases in Syria since it intervened in the civil war in September 2015 on the side of the government. Moscow and Tehran helped Damascus win back most of the country from armed opposition groups.',
  'By Tuesday, Russian diplomats had also met Turkish officials in Ankara to discuss a possible meeting between Turkish President Recep Tayyip Erdogan and Assad, two officials told reporters.',
  "Turkey cut ties with Damascus in 2011 after the government's crackdown on protesters. Turkish forces still hold territory in northern Syria, which Damascus calls an occupation.",
  'Earlier this month Erdogan said he could invite Assad to Turkey "at any moment", but Syrian officials said a withdrawal of Turkish troops had to come first.',
];

const NEWS_FURNITURE = [
  'Home', 'Politics', 'Search', 'Live: follow', 'By Jane Doe', 'Share on', 'AP Photo', 'Read more', 'Advertisement', 'Photo: Jane Doe',
  'Sign up', 'newsletter', 'inbox', 'Did you read this?', 'Follow us', 'Related', 'Iran\'s foreign minister', 'Copyright', 'All rights reserved', 'Privacy',
];

test('a news page gives its article paragraphs, separated by blank lines, and no page furniture', () => {
  const doc = extractText(htmlDoc(fixture('news-page.html')));
  assert.equal(doc.text, NEWS_PARAGRAPHS.join('\n\n'));
  for (const furniture of NEWS_FURNITURE) assert.ok(!doc.text.includes(furniture), `text still has ${JSON.stringify(furniture)}`);
  assert.equal(doc.offsetMap?.length, doc.text.length);
  assert.ok(doc.offsetMap!.every((at) => at === -1)); // Readability's text has no positions in the page
});

test('a news page gives its title, canonical URL and publication day', () => {
  const doc = extractText(htmlDoc(fixture('news-page.html')));
  assert.equal(doc.title, 'Putin hosts Assad in Moscow as regional tensions rise');
  assert.equal(doc.url, 'https://news.example.org/world/2024/07/25/putin-hosts-assad');
  assert.equal(doc.published, '2024-07-25');
  assert.deepEqual(doc.messages.map((m) => [m.code, m.severity]), [['EW_MSG_FURNITURE_REMOVED', 'info']]);
});

test('metadata the input already gave is kept over the page', () => {
  const doc = createDoc({ id: 'p', raw: fixture('news-page.html'), format: 'html', title: 'Given', url: 'https://given.example/x', published: '2024-07-26' });
  const out = extractText(doc);
  assert.deepEqual([out.title, out.url, out.published], ['Given', 'https://given.example/x', '2024-07-26']);
});

test('JSON-LD gives the day and headline, og:url the URL; credit lines and share lists go', () => {
  const doc = extractText(htmlDoc(fixture('jsonld-page.html')));
  assert.equal(doc.title, 'Ceasefire agreed in northern Syria');
  assert.equal(doc.url, 'https://wire.example.com/2019/03/14/ceasefire-northern-syria');
  assert.equal(doc.published, '2019-03-14');
  assert.match(doc.text, /^ANKARA, March 14 \(World Wire\) — Turkish and Russian officials agreed/);
  assert.match(doc.text, /would not withdraw their forces\.\n\nThe United Nations welcomed the ceasefire and called on all sides to allow aid convoys to reach the area without delay\.$/);
  for (const furniture of ['Image:', 'Share', 'Tweet', 'Reporting by', 'Front page', 'Updated', '©']) assert.ok(!doc.text.includes(furniture), furniture);
});

test('a page with no article (a navigation menu) gives an error message and empty text', () => {
  const items = Array.from({ length: 30 }, (_, i) => `<li><a href="/section/${i}">Section number ${i}</a></li>`).join('');
  const raw = `<!doctype html><html><head><title>Example Daily - Sections</title></head><body><nav><ul>${items}</ul></nav></body></html>`;
  const doc = extractText(htmlDoc(raw));
  assert.equal(doc.text, '');
  assert.equal(doc.title, 'Example Daily - Sections');
  assert.equal(doc.messages.length, 1);
  assert.equal(doc.messages[0].code, 'EW_MSG_NO_ARTICLE');
  assert.equal(doc.messages[0].severity, 'error');
  assert.match(doc.messages[0].text, /no article found in the page/);
  assert.equal(extractHtmlArticle(raw).found, false);
});

test('a short page is not an article', () => {
  const article = extractHtmlArticle('<html><body><article><p>Putin met Assad.</p></article></body></html>');
  assert.equal(article.found, false);
  assert.match(article.reason!, /only \d+ characters/);
});

test('an HTML fragment is read as a page body', () => {
  const body = NEWS_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');
  const doc = extractText(htmlDoc(body));
  assert.equal(doc.text, NEWS_PARAGRAPHS.join('\n\n'));
});

test('blockTexts splits at block elements and <br>, keeping inline text together', () => {
  const { document } = parseHTML('<html><body><div id="r">Loose <b>bold</b> text<p>One   <a href="#">link</a>\n text.</p><ul><li>A</li><li>B<br>C</li></ul><figure><figcaption>Caption</figcaption></figure><script>x()</script>tail</div></body></html>');
  assert.deepEqual(blockTexts(document.getElementById('r') as unknown as Node), ['Loose bold text', 'One link text.', 'A', 'B\nC', 'tail']);
});
