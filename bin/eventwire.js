#!/usr/bin/env node
// Runs the compiled JavaScript in lib/ (built by `npm install` through the prepare script) when it is
// at least as new as every source file; otherwise runs the TypeScript sources through tsx, so an
// edited checkout never runs stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'lib', '.built');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

if (existsSync(stamp) && statSync(stamp).mtimeMs >= newestSource(join(root, 'src'))) {
  await import('../lib/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
