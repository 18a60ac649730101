// Turn the bytes of one input into text, or say plainly why they are not text we can read.

/** Why bytes could not be read as text: a stable code and a message without the input's name. */
export interface DecodeFailure {
  code: 'EW_INPUT_EMPTY' | 'EW_INPUT_BINARY' | 'EW_INPUT_BAD_UTF8';
  message: string;
}

/** The outcome of decoding: the text, or why there is none. */
export type DecodeResult = { text: string } | { failure: DecodeFailure };

// Binary sniffing looks at the head of the input only: enough to tell, cheap on big files.
const SNIFF_BYTES = 64 * 1024;
const MAX_CONTROL_SHARE = 0.1;

/** Decode input bytes as UTF-8 (or UTF-16 with a byte-order mark), refusing empty, binary and malformed input. */
export function decodeInputBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { failure: { code: 'EW_INPUT_EMPTY', message: 'is empty (0 bytes)' } };
  const utf16 = utf16Encoding(bytes);
  if (utf16) return checkEmpty(new TextDecoder(utf16).decode(bytes));
  const binary = describeBinary(bytes);
  if (binary) return { failure: { code: 'EW_INPUT_BINARY', message: `looks binary (${binary}), not text` } };
  try {
    return checkEmpty(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    const at = firstInvalidUtf8(bytes);
    const shown = Array.from(bytes.subarray(at, at + 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
    return {
      failure: {
        code: 'EW_INPUT_BAD_UTF8',
        message: `is not valid UTF-8: first bad byte sequence at byte offset ${at} (${shown}); convert it to UTF-8 first (e.g. iconv -f latin1 -t utf-8)`,
      },
    };
  }
}

function checkEmpty(text: string): DecodeResult {
  if (!text.trim()) return { failure: { code: 'EW_INPUT_EMPTY', message: `is empty (only whitespace, ${text.length} characters)` } };
  return { text };
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Describe why the head of the bytes looks binary (NUL bytes, many control characters), or null when it looks like text. */
export function describeBinary(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, SNIFF_BYTES);
  let nul = 0;
  let control = 0;
  for (const b of head) {
    if (b === 0) nul++;
    // Tab, LF, VT, FF, CR and ESC appear in real text files; other C0 controls do not.
    else if (b < 0x20 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  const scope = head.length < bytes.length ? `in the first ${head.length} bytes` : `in ${head.length} bytes`;
  if (nul > 0) return `${nul} NUL byte${nul === 1 ? '' : 's'} ${scope}`;
  const share = control / head.length;
  if (share > MAX_CONTROL_SHARE) return `${Math.round(share * 100)}% control characters ${scope}`;
  return null;
}

/** Byte offset of the first malformed UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let need: number;
    let min: number; // smallest code point for this length (rejects overlong forms)
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    if (i + need >= bytes.length) return i; // truncated at the end
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
