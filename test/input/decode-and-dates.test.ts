import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeInputBytes, describeBinary, firstInvalidUtf8 } from '../../src/input/decode-bytes.js';
import { normalizePublished } from '../../src/input/published-date.js';
import { sniffKind } from '../../src/input/detect-format.js';

test('firstInvalidUtf8 finds the first malformed sequence, and -1 for valid text', () => {
  const utf8 = (s: string) => new Uint8Array(Buffer.from(s));
  assert.equal(firstInvalidUtf8(utf8('Erdoğan met Assad — “talks”')), -1);
  assert.equal(firstInvalidUtf8(new Uint8Array([0x41, 0xff, 0x41])), 1); // never valid
  assert.equal(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0xc0, 0x80])), 2); // overlong NUL
  assert.equal(firstInvalidUtf8(new Uint8Array([0x41, 0xed, 0xa0, 0x80])), 1); // UTF-16 surrogate
  assert.equal(firstInvalidUtf8(new Uint8Array([0x41, 0x42, 0x43, 0xe2, 0x80])), 3); // cut off at the end
  assert.equal(firstInvalidUtf8(new Uint8Array([0xe2, 0x80, 0x94, 0x80])), 3); // stray continuation byte
});

test('decodeInputBytes refuses empty, binary and malformed bytes with a reason', () => {
  assert.deepEqual(decodeInputBytes(new Uint8Array()), { failure: { code: 'EW_INPUT_EMPTY', message: 'is empty (0 bytes)' } });
  const bad = decodeInputBytes(new Uint8Array([0x61, 0x62, 0xff]));
  assert.ok('failure' in bad && bad.failure.code === 'EW_INPUT_BAD_UTF8' && /byte offset 2/.test(bad.failure.message));
  assert.deepEqual(decodeInputBytes(new Uint8Array(Buffer.from('tab\tand\r\nlines\f'))), { text: 'tab\tand\r\nlines\f' });
  assert.equal(describeBinary(new Uint8Array(Buffer.from('plain text\n'))), null);
  assert.match(describeBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))!, /2 NUL bytes in 6 bytes/);
});

test('normalizePublished keeps the written calendar day of ISO values and parses written dates', () => {
  assert.equal(normalizePublished('2024-07-25'), '2024-07-25');
  assert.equal(normalizePublished('2024-07-25T14:30:00+03:00'), '2024-07-25');
  assert.equal(normalizePublished('2024-07-25T23:30:00-05:00'), '2024-07-25'); // not the UTC day
  assert.equal(normalizePublished('2025-03-14 20:28:39Z'), '2025-03-14');
  assert.equal(normalizePublished('July 25, 2024'), '2024-07-25');
  assert.equal(normalizePublished('25 July 2024'), '2024-07-25');
  assert.equal(normalizePublished('Thu, 25 Jul 2024 10:00:00 GMT'), '2024-07-25');
  assert.equal(normalizePublished(1721901600), '2024-07-25'); // epoch seconds
  assert.equal(normalizePublished(1721901600000), '2024-07-25'); // epoch milliseconds
});

test('normalizePublished gives null for what is not a dated day', () => {
  for (const value of ['July 25', 'yesterday', 'last Tuesday', '2024-02-30', 'not a date', '', '   ', null, undefined, {}, NaN]) {
    assert.equal(normalizePublished(value), null, `for ${String(value)}`);
  }
});

test('sniffKind tells HTML, JSON Lines, JSON arrays and text apart', () => {
  assert.equal(sniffKind('\n  <!DOCTYPE html><html><body>x</body></html>'), 'html');
  assert.equal(sniffKind('<p>A paragraph</p>'), 'html');
  assert.equal(sniffKind('<3 the summit went well'), 'text');
  assert.equal(sniffKind('{"text": "a"}\n\n{"text": "b"}\n'), 'jsonl');
  assert.equal(sniffKind('{"text": "a"}\n{"text": broken}\n'), 'jsonl');
  assert.equal(sniffKind('{"text": "a"}\nthen prose\n'), 'text');
  assert.equal(sniffKind('[{"text": "a"}]'), 'json');
  assert.equal(sniffKind('Moscow, July 25 (Reuters) - Talks began.'), 'text');
});
