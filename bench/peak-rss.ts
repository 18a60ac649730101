// Peak memory of a real `eventwire code` process: the CLI codes a JSONL file while its peak resident
// set (VmHWM in /proc, Linux) is read until it exits. This is the memory a user's coding run needs,
// apart from the benchmark's own corpus copies and baseline pass.
import { spawn } from 'node:child_process';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from './corpus.js';

function vmHwmKb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null; // exited, or no /proc
  }
}

/** Code `articles` with the CLI (`--format jsonl` to /dev/null); resolves to the peak RSS in MB (null without /proc). */
export async function cliPeakRss(articles: Article[], extraArgs: string[] = []): Promise<{ mb: number | null; seconds: number }> {
  const file = join(tmpdir(), `eventwire-bench-${process.pid}.jsonl`);
  const body = articles.map((a) => JSON.stringify({ id: a.id, text: a.text, published: a.published })).join('\n') + '\n';
  writeFileSync(file, body);
  // The benchmark corpus is larger than the CLI's default input limit, so the limit is raised to fit it.
  const limit = ['--max-bytes', String(Buffer.byteLength(body))];
  const t0 = performance.now();
  const child = spawn(process.execPath, ['bin/eventwire.js', 'code', file, '--format', 'jsonl', ...limit, ...extraArgs], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  let peak: number | null = null;
  const poll = setInterval(() => {
    const kb = vmHwmKb(child.pid!);
    if (kb !== null) peak = Math.max(peak ?? 0, kb);
  }, 20);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearInterval(poll);
  unlinkSync(file);
  if (code !== 0) throw new Error(`eventwire code exited with ${code} on the benchmark corpus: ${stderr.slice(-500)}`);
  return { mb: peak === null ? null : peak / 1024, seconds: (performance.now() - t0) / 1000 };
}
