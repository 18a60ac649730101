import type { Doc } from '../model/doc.js';

/** A readable account of how a doc was coded: tokens with their syntax, actors, dates, events and why candidates were dropped. */
export function explainDoc(doc: Doc): string {
  const lines: string[] = [];
  for (const s of doc.sentences) {
    lines.push(`sentence ${s.index}: ${doc.text.slice(s.start, s.end)}`);
    const toks = doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t, i) => {
      const syntax = t.head === undefined ? '' : ` ${t.rel}<-${t.head < 0 ? 'root' : t.head - s.tokenStart}`;
      return `${i}:${t.text}/${t.pos}${t.lemma !== t.lower ? `(${t.lemma})` : ''}${syntax}`;
    });
    lines.push(`  tokens  ${toks.join(' ')}${doc.tokens[s.tokenStart]?.head === undefined ? '   (not parsed: word order decides)' : ''}`);
    for (const a of doc.actors.filter((x) => x.start >= s.start && x.end <= s.end && !x.id.includes('#') && !x.id.includes('~'))) {
      lines.push(`  actor   "${doc.text.slice(a.start, a.end)}" = ${a.actor.code || (a.kind === 'compound' ? '(compound)' : '(no code)')}  ${a.kind}${a.locative ? ', as a place' : ''}  [${a.ref ?? a.by}]`);
    }
    for (const d of doc.dates.filter((x) => x.start >= s.start && x.end <= s.end)) lines.push(`  date    "${doc.text.slice(d.start, d.end)}" = ${d.value ?? '?'} (${d.precision}${d.side ? `, ${d.side}` : ''})  [${d.ref}]`);
    for (const e of doc.events.filter((x) => x.sentence === s.index)) {
      lines.push(`  event   ${e.source?.code ?? '-'} ${e.code} ${e.target?.code ?? '-'}  "${e.trigger.text}"  date ${e.date.value ?? '?'} (${e.date.from})  ${e.factuality.value}${e.factuality.cue ? ` ("${e.factuality.cue}")` : ''}  rule ${e.rule}`);
    }
    // A dropped candidate names its trigger's span: "trigger:START-END".
    const inSentence = (id: string | undefined) => {
      const at = /^trigger:(\d+)-/.exec(id ?? '');
      return !!at && Number(at[1]) >= s.start && Number(at[1]) < s.end;
    };
    for (const m of doc.messages.filter((x) => x.code === 'EW_MSG_EVENT_DROPPED' && inSentence(x.spanId))) {
      lines.push(`  ${m.text}`);
    }
  }
  for (const m of doc.messages.filter((x) => x.code !== 'EW_MSG_EVENT_DROPPED')) lines.push(`message ${m.severity} ${m.code}: ${m.text}`);
  return lines.join('\n');
}
