import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createDoc } from '../../src/model/doc.js';
import type { CodedEvent } from '../../src/model/event.js';
import { shippedCoder } from '../helpers.js';

// The article eventwire was founded on, coded with the shipped dictionaries (published 2024-07-25).
const raw = readFileSync(new URL('../../../shared/seeds/000_5f513137f881b6c7.txt', import.meta.url), 'utf8');
const doc = shippedCoder().code(createDoc({ id: 'seed', raw, published: '2024-07-25' }));
const find = (pred: (e: CodedEvent) => boolean) => doc.events.filter(pred);
const between = (e: CodedEvent, a: string, b: string) => {
  const s = e.source?.code ?? '';
  const t = e.target?.code ?? '';
  return (s.startsWith(a) && t.startsWith(b)) || (s.startsWith(b) && t.startsWith(a));
};

test('page furniture is gone from the text', () => {
  assert.ok(!doc.text.includes('Did you read this?'));
});

test('the Putin-Assad meeting is dated Wednesday 2024-07-24, at the Kremlin in Moscow', () => {
  const m = find((e) => e.root === '04' && between(e, 'RUSGOV', 'SYRGOV') && e.date.value === '2024-07-24');
  assert.ok(m.length >= 1, 'meeting on 2024-07-24');
  assert.equal(m[0].place?.country, 'RUS');
  assert.equal(m[0].factuality.value, 'asserted');
});

test('their March 2023 meeting is a separate event', () => {
  assert.ok(find((e) => e.root === '04' && between(e, 'RUS', 'SYR') && e.date.value === '2023-03').length >= 1);
});

test('Turkey severed ties with Syria in 2011 (161)', () => {
  const e = find((x) => x.code === '161');
  assert.equal(e.length, 1);
  assert.equal(e[0].source?.code.slice(0, 3), 'TUR');
  assert.equal(e[0].target?.code.slice(0, 3), 'SYR');
  assert.equal(e[0].date.value, '2011');
});

test("Turkey's support for Syrian insurgents is root 07", () => {
  assert.ok(find((e) => e.root === '07' && !!e.source?.code.startsWith('TUR') && e.target?.code === 'SYRREB').length >= 1);
});

test('the December 2022 defence ministers meeting in Moscow', () => {
  const m = find((e) => e.root === '04' && e.date.value === '2022-12');
  assert.ok(m.length >= 1);
  assert.ok(m.every((e) => e.place?.country === 'RUS'));
});

test("Erdogan's and Assad's interest in restoring ties is root 03", () => {
  assert.ok(find((e) => e.root === '03' && between(e, 'TURGOV', 'SYRGOV')).length >= 1);
});

test('the reported August meeting is not asserted', () => {
  const aug = find((e) => e.root === '04' && between(e, 'TUR', 'SYR') && (e.date.value ?? '').startsWith('2024-08'));
  assert.ok(aug.length >= 1, 'the August meeting is kept');
  for (const e of aug) assert.notEqual(e.factuality.value, 'asserted');
});
