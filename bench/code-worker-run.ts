// Worker thread for the throughput benchmark: codes the articles it is given and reports counts.
import { parentPort, workerData } from 'node:worker_threads';
import { createCoder } from '../src/run/coder.js';
import { createDoc } from '../src/model/doc.js';
import type { Article } from './corpus.js';

const coder = createCoder();
let events = 0;
let tokens = 0;
for (const a of workerData.articles as Article[]) {
  const doc = coder.code(createDoc({ id: a.id, raw: a.text, published: a.published }));
  events += doc.events.length;
  tokens += doc.tokens.length;
}
parentPort!.postMessage({ events, tokens });
