// A worker thread that runs programs in etpy for etpy-runner.ts: one program
// per message, its Outcome as the answer.
import { parentPort } from 'node:worker_threads';
import { runEtpy, type DiffOptions } from './differential.js';

const port = parentPort;
if (port === null) throw new Error('etpy-worker.js runs only as a worker thread');
port.on('message', (m: { source: string; options: Partial<DiffOptions> }) => port.postMessage(runEtpy(m.source, m.options)));
