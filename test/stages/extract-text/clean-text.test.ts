import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText } from '../../../src/stages/extract-text/clean-text.js';
import { isFurnitureLine } from '../../../src/stages/extract-text/furniture.js';

const never = () => false;

/** Every char of the clean text maps to the same char in the source (after the same-length space normalisation). */
function assertMapped(source: string, text: string, map: Int32Array) {
  assert.equal(map.length, text.length);
  for (let i = 0; i < text.length; i++) {
    const from = source[map[i]].replace(/[\u00a0\u202f]/, ' ').replace('\r', '\n');
    assert.equal(from, text[i], `char ${i} (${JSON.stringify(text[i])}) maps to ${map[i]} (${JSON.stringify(source[map[i]])})`);
  }
}

test('text that needs no change keeps no map', () => {
  const source = 'Turkey recalled its ambassador.\n\nIran denied the report.';
  assert.deepEqual(cleanText(source, null, never), { text: source, map: null, removed: [] });
});

test('CRLF becomes LF, no-break spaces become spaces, trailing whitespace goes, and offsets hold', () => {
  const source = 'Friday, January 4, 2019\u00a0\r\n\r\n\r\nPutin\u00a0met Assad.   \r\nThey talked.\t\r\n';
  const { text, map } = cleanText(source, null, never);
  assert.equal(text, 'Friday, January 4, 2019\n\nPutin met Assad.\nThey talked.');
  assertMapped(source, text, map!);
});

test('runs of blank lines become one; leading and trailing blank lines go', () => {
  const source = '\n\n  \nOne.\n\n\n\n\nTwo.\n\n';
  const { text, map } = cleanText(source, null, never);
  assert.equal(text, 'One.\n\nTwo.');
  assertMapped(source, text, map!);
});

test('a removed furniture line leaves the lines around it joined as they were', () => {
  const source = 'First line.\nDid you read this?\nSecond line.\n\nAdvertisement\n\nThird paragraph.';
  const { text, map, removed } = cleanText(source, null, isFurnitureLine);
  assert.equal(text, 'First line.\nSecond line.\n\nThird paragraph.');
  assert.deepEqual(removed, ['Did you read this?', 'Advertisement']);
  assertMapped(source, text, map!);
});

test('invisible characters are dropped and the map skips them', () => {
  const source = 'Ukrai\u00adne and Rus\u200bsia';
  const { text, map } = cleanText(source, null, never);
  assert.equal(text, 'Ukraine and Russia');
  assertMapped(source, text, map!);
});

test('a source map is composed: text from HTML maps through it', () => {
  const source = 'One.\n\nShare\n\nTwo.';
  const sourceMap = Int32Array.from(source, (_, i) => 100 + i);
  const { text, map } = cleanText(source, sourceMap, isFurnitureLine);
  assert.equal(text, 'One.\n\nTwo.');
  assert.deepEqual(Array.from(map!), [100, 101, 102, 103, 104, 105, 113, 114, 115, 116]);
});
