// A batch worker thread: executes one task per message, in order, and answers
// with its encoded result. Anything a task throws becomes that task's result
// here, so the main thread sees a dead worker only for what cannot be caught
// (out of memory). bin/etpy-loader.cjs calls serveBatchWorker in a worker.
import { parentPort, workerData } from 'node:worker_threads';
import type { BatchOptions, BatchTask } from '../batch/schema.js';
import { encodeResult, executeTask, internalErrorResult } from './batch-task.js';

export function serveBatchWorker(): void {
  const port = parentPort;
  if (port === null) throw new Error('serveBatchWorker runs only in a worker thread');
  const options = workerData as BatchOptions;
  port.on('message', (task: BatchTask) => {
    executeTask(task, options).then(
      (encoded) => port.postMessage(encoded),
      (error: unknown) => port.postMessage(encodeResult(internalErrorResult(task.id, error))),
    );
  });
}
