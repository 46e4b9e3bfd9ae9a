// A batch worker thread: executes one task per message and answers with its
// result. Anything a task throws becomes that task's result here, so the main
// thread sees a dead worker only for what cannot be caught (out of memory).
import { parentPort, workerData } from 'node:worker_threads';
import type { BatchOptions, BatchTask } from '../batch/schema.js';
import { executeTask, internalErrorResult } from './batch-task.js';

const port = parentPort;
if (port === null) throw new Error('batch-worker.js runs only as a worker thread');
const options = workerData as BatchOptions;

port.on('message', (task: BatchTask) => {
  executeTask(task, options).then(
    (result) => port.postMessage(result),
    (error: unknown) => port.postMessage(internalErrorResult(task.id, error)),
  );
});
