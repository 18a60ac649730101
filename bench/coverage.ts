// Dictionary coverage on the whole corpus: share of sentences with an event, events per article, and
// how many capitalised names that look like actors (a titled person, an organisation) resolve to no
// code, with a sample of each to read. Run: npx tsx bench/coverage.ts
import { loadCorpus } from './corpus.js';
import { createCoder } from '../src/run/coder.js';
import { createDoc, type Doc } from '../src/model/doc.js';

const ORG_WORDS = /^(Party|Ministry|Council|Army|Front|Movement|Union|Committee|Organi[sz]ation|Agency|Commission|Court|Parliament|Assembly|Forces|Guard|Brigades?|Alliance|Coalition|Government|Authority|Police|Office|Department|Bureau|Congress|Senate)$/;

/** Runs of capitalised words (not sentence-initial determiners) that look like an actor's name. */
function actorLikeNames(doc: Doc): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  const t = doc.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i].pos !== 'PROPN') continue;
    let j = i;
    while (j + 1 < t.length && (t[j + 1].pos === 'PROPN' || (t[j + 1].lower === 'of' && t[j + 2]?.pos === 'PROPN'))) j++;
    const words = t.slice(i, j + 1).map((x) => x.text);
    const titled = i > 0 && /^(President|Minister|Prime|General|Secretary|Chancellor|King|Prince|Governor|Senator|Representative|Ambassador|Commander|Spokesman|Spokeswoman|Leader|Chairman|Mayor)$/.test(t[i - 1].text) && words.length >= 2;
    const org = words.some((w) => ORG_WORDS.test(w)) || /^[A-Z]{2,6}$/.test(words.join(''));
    if (titled || org) out.push({ start: t[i].start, end: t[j].end, text: words.join(' ') });
    i = j;
  }
  return out;
}

const coder = createCoder();
let sentences = 0;
let withEvent = 0;
let events = 0;
let uncodedSide = 0;
let names = 0;
let unresolved = 0;
const samples: string[] = [];
const resolvedSamples: string[] = [];
const articles = loadCorpus();
for (const a of articles) {
  const doc = coder.code(createDoc({ id: a.id, raw: a.text, published: a.published }));
  sentences += doc.sentences.length;
  withEvent += new Set(doc.events.map((e) => e.sentence)).size;
  events += doc.events.length;
  uncodedSide += doc.events.filter((e) => e.source?.code === '' || e.target?.code === '').length;
  for (const n of actorLikeNames(doc)) {
    names++;
    const hit = doc.actors.find((m) => m.start < n.end && m.end > n.start && m.actor.code);
    if (!hit) {
      unresolved++;
      if (samples.length < 25 && unresolved % 7 === 0) samples.push(`${a.id}: ${n.text}`);
    } else if (resolvedSamples.length < 10 && names % 23 === 0) resolvedSamples.push(`${a.id}: ${n.text} = ${hit.actor.code}`);
  }
}
const pct = (x: number, y: number) => `${((100 * x) / y).toFixed(1)}%`;
console.log(`articles ${articles.length}, sentences ${sentences}`);
console.log(`sentences with at least one event: ${withEvent} (${pct(withEvent, sentences)})`);
console.log(`events per article: ${(events / articles.length).toFixed(2)} (${events} events, ${uncodedSide} of them with a person no entry knows on one side)`);
console.log(`actor-like capitalised names: ${names}; resolving to no code: ${unresolved} (${pct(unresolved, names)})`);
console.log(`sample of unresolved:\n  ${samples.join('\n  ')}`);
console.log(`sample of resolved:\n  ${resolvedSamples.join('\n  ')}`);
