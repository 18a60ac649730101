// Reads a PETRARCH discard list: one phrase a line; a sentence holding it is not coded, and a
// phrase marked `+` keeps the whole story from being coded. PETRARCH matches a phrase as a stem
// unless it ends with `_`; eventwire matches whole words (by form or lemma), so stems count only
// in their inflections ("typhoon" also matches "typhoons", not "typhoonish").
import type { Dictionary, DictionaryIssue, DiscardEntry } from '../schema.js';
import { readSourceLines } from './read-lines.js';

const NOT_A_WORD = /[|<>*?]|^\+|^\.\.\.$/;

/** Add the discards of one file to a dictionary as sentence- or story-scoped discard patterns. */
export function convertDiscards(text: string, file: string, dict: Dictionary, issues: DictionaryIssue[]): void {
  for (const { line, text: t } of readSourceLines(text)) {
    let phrase = t.trim();
    const story = phrase.startsWith('+');
    if (story) phrase = phrase.slice(1).trim();
    const words = phrase.replace(/_+$/, '').split(/[\s_]+/).filter(Boolean).map((w) => w.toLowerCase());
    const bad = words.find((w) => NOT_A_WORD.test(w) || w === 'num');
    if (!words.length || bad) {
      issues.push({ file, line, severity: 'warning', message: `discard "${t.trim()}" cannot be matched${bad ? ` ("${bad}")` : ''}; left out` });
      continue;
    }
    const scope: DiscardEntry['scope'] = story ? 'story' : 'sentence';
    const text = words.join('_');
    dict.discards.push({ id: `discard:${scope}:${text}`, text, scope, src: { file, line } });
  }
}
