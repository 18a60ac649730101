/** One raw entry block: `KIND ID` and its `key: values` fields, each with its line number. */
export interface Block {
  kind: string;
  id: string;
  line: number;
  fields: Array<{ key: string; values: string[]; line: number }>;
}

/** A line the block reader could not place. */
export interface BlockProblem {
  line: number;
  message: string;
}

// `#` starts a comment, but not inside a pattern alternative like `a|#`; patterns never use '#'.
function stripComment(line: string): string {
  const hash = line.indexOf('#');
  return (hash >= 0 ? line.slice(0, hash) : line).trimEnd();
}

/** Split the text of a .dict file into entry blocks, reporting lines that fit no block. */
export function readBlocks(text: string): { blocks: Block[]; problems: BlockProblem[] } {
  const blocks: Block[] = [];
  const problems: BlockProblem[] = [];
  const lines = text.split(/\r?\n/);
  let current: Block | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = stripComment(lines[i]);
    if (!line.trim()) continue;
    const lineNo = i + 1;
    if (!/^\s/.test(line)) {
      const m = /^([a-z]+)\s+(\S+)\s*$/.exec(line);
      if (!m) {
        problems.push({ line: lineNo, message: `expected "KIND ID" at column 0, found "${line.trim()}"` });
        current = null;
        continue;
      }
      current = { kind: m[1], id: m[2], line: lineNo, fields: [] };
      blocks.push(current);
      continue;
    }
    const m = /^\s+([a-z]+)\s*:\s*(.*)$/.exec(line);
    if (!m) {
      problems.push({ line: lineNo, message: `expected "key: value" in an indented line, found "${line.trim()}"` });
      continue;
    }
    if (!current) {
      problems.push({ line: lineNo, message: `field "${m[1]}" outside any entry` });
      continue;
    }
    const values = m[2].split(';').map((v) => v.trim()).filter(Boolean);
    current.fields.push({ key: m[1], values, line: lineNo });
  }
  return { blocks, problems };
}
