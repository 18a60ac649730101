import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDoc, type Doc } from '../../../src/model/doc.js';
import { segmentText } from '../../../src/stages/segment/segment.js';
import { groundDates } from '../../../src/stages/ground-dates/ground-dates.js';

// Real news text nobody here wrote: 285 Wikinews articles (2019–2020), read in place.
const CORPUS = fileURLToPath(new URL('../../../../shared/corpus/wikinews-2019-2020/articles.jsonl', import.meta.url));
const DATE_WORD = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|yesterday|\bdays?\b|\bweek|\bmonth|\byear|night|morning|afternoon|evening|noon|midday|weekend|ago\b/i;
const FORMAT = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/, range: /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/ };

const articles = readFileSync(CORPUS, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { id: string; text: string; date: string });
const docs: Doc[] = [];
const unsegmented: string[] = [];
for (const a of articles) {
  try {
    docs.push(segmentText(createDoc({ id: a.id, raw: a.text, published: a.date })));
  } catch {
    unsegmented.push(a.id); // a segment-stage failure is that stage's test's business, not this one's
  }
}

test('corpus: every date span is real text with a calendar value of its stated precision', (t) => {
  if (unsegmented.length) t.diagnostic(`segment failed on ${unsegmented.length} article(s): ${unsegmented.join(', ')}`);
  assert.ok(docs.length > articles.length * 0.9);
  let spans = 0;
  const started = performance.now();
  for (const doc of docs) groundDates(doc);
  t.diagnostic(`ground-dates: ${((performance.now() - started) / docs.length).toFixed(3)} ms per article (first pass, ${docs.length} articles)`);
  for (const doc of docs) {
    let previousEnd = -1;
    for (const d of doc.dates) {
      spans++;
      const words = doc.text.slice(d.start, d.end);
      const where = `${doc.id} "${words}"`;
      assert.ok(words.trim().length > 0 && words === words.trim(), `${where}: empty or padded span`);
      assert.match(words, DATE_WORD, `${where}: no digit or date word`);
      assert.ok(d.start >= previousEnd, `${where}: overlaps the previous span`);
      previousEnd = d.end;
      assert.ok(doc.sentences.some((s) => s.start <= d.start && d.end <= s.end), `${where}: crosses a sentence boundary`);
      assert.notEqual(d.value, null, `${where}: unresolved although the article has a date`);
      assert.match(d.value!, FORMAT[d.precision], `${where}: value ${d.value} does not fit precision ${d.precision}`);
      if (d.precision === 'range' && d.rangeEnd !== null) {
        assert.match(d.rangeEnd!, FORMAT.range, `${where}: bad rangeEnd ${d.rangeEnd}`);
        assert.ok(d.rangeEnd! >= d.value!.slice(0, d.rangeEnd!.length), `${where}: range ends (${d.rangeEnd}) before it starts (${d.value})`);
      }
      assert.ok(['past', 'future', 'unknown'].includes(d.side!), `${where}: side ${d.side}`);
    }
  }
  assert.ok(spans > 1000, `only ${spans} date spans in the corpus`);
});

test('corpus: a sample of 40 expressions to read', (t) => {
  const all = docs.flatMap((doc) => doc.dates.map((d) => {
    const s = doc.sentences.find((x) => x.start <= d.start && d.end <= x.end)!;
    const left = doc.text.slice(Math.max(s.start, d.start - 40), d.start);
    const right = doc.text.slice(d.end, Math.min(s.end, d.end + 25));
    const value = d.precision === 'range' ? `${d.value}..${d.rangeEnd ?? ''}` : d.value;
    return `${doc.published} ${String(value).padEnd(22)} ${d.precision.padEnd(5)} ${String(d.side).padEnd(6)} …${left}[${doc.text.slice(d.start, d.end)}]${right}…`.replace(/\s*\n\s*/g, ' ');
  }));
  for (let i = 0; i < 40; i++) t.diagnostic(all[Math.floor((i * all.length) / 40)]);
  // running the stage again on the same docs is stable (and, with warm code, shows the steady cost)
  const before = JSON.stringify(docs.map((d) => d.dates));
  const started = performance.now();
  for (const doc of docs) groundDates(doc);
  t.diagnostic(`ground-dates: ${((performance.now() - started) / docs.length).toFixed(3)} ms per article (second pass)`);
  assert.equal(JSON.stringify(docs.map((d) => d.dates)), before);
});
