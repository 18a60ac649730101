import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCorpus } from '../../bench/corpus.js';
import { createDoc } from '../../src/model/doc.js';
import { shippedCoder } from '../helpers.js';

// Every field of every event, over the whole corpus, must point at the exact characters it came from.
test('offsets of every event field over the whole corpus', () => {
  const coder = shippedCoder();
  let events = 0;
  const problems: string[] = [];
  const check = (doc: ReturnType<typeof createDoc>, what: string, start: number | null | undefined, end: number | null | undefined, expect?: (s: string) => boolean) => {
    if (start == null || end == null) return;
    const s = doc.text.slice(start, end);
    if (!(start >= 0 && end <= doc.text.length && start < end) || s.trim() !== s || (expect && !expect(s))) problems.push(`${doc.id} ${what} [${start},${end}) = ${JSON.stringify(s)}`);
  };
  for (const a of loadCorpus()) {
    const doc = coder.code(createDoc({ id: a.id, raw: a.text, published: a.published }));
    for (const e of doc.events) {
      events++;
      check(doc, 'trigger', e.trigger.start, e.trigger.end, (s) => s === e.trigger.text);
      check(doc, 'source', e.source?.start, e.source?.end);
      check(doc, 'target', e.target?.start, e.target?.end);
      check(doc, 'date', e.date.start, e.date.end, (s) => /\d|day|week|month|year|yesterday|today|tomorrow|tonight|morning|afternoon|evening|night|weekend|ago|spring|summer|autumn|fall|winter|decade|century|january|february|march|april|may|june|july|august|september|october|november|december/i.test(s));
      check(doc, 'place', e.place?.start, e.place?.end);
      for (const m of e.mentions) check(doc, 'mention', m.start, m.end);
      if (e.date.from === 'text') assert.ok(e.date.start !== null, `${doc.id}: a date from the text has offsets`);
    }
    for (const act of doc.actors) check(doc, 'actor', act.start, act.end);
  }
  assert.deepEqual(problems.slice(0, 20), []);
  assert.ok(events > 300, `the corpus yields events (${events})`);
});
