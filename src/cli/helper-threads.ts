// The threads a batch starts with besides its main thread are V8's helpers
// (Node's platform pool: TurboFan's optimizing compiler and the parallel
// garbage collector, shared by every isolate in the process) and libuv's.
// When the batch's JavaScript threads (the main thread compiling tasks and the
// workers running them) fill the cores, the helpers take cores from them: on
// 2 cores, a 960-task `etpy batch --jobs 1` spent ~0.4 s of CPU in the helpers
// against ~0.3 s on the main thread, whose compiling is the batch's limit.
import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * A nice value for the helpers that lets the JavaScript threads go first while
 * they run and leaves the helpers every idle moment. Measured on 2 cores,
 * `--jobs 1`, alternating runs of etpy batch --trace line without and with it:
 * 960 distinct tasks 563 -> 519 ms, 960 repeated 338 -> 330 ms, 9,600
 * distinct 1,669 -> 1,656 ms, 9,600 repeated 969 -> 934 ms, 96,000 distinct
 * 9.88 -> 9.78 s. At 19 the helpers came too late (9,600 distinct 1,701 ->
 * 1,832 ms); at 5, 960 distinct gained about half as much.
 */
const HELPER_NICENESS = 10;

/**
 * Lowers the scheduling priority of every thread of this process but the
 * main thread, on Linux (where /proc/self/task lists them and setpriority
 * takes a thread id); elsewhere, or where it is not allowed, nothing changes.
 * Threads started afterwards (the batch's workers) take the priority of the
 * thread that starts them, this one's. Only for when the JavaScript threads
 * do not outnumber the cores: with more of them than cores (`--jobs 2` on 2
 * cores, 9,600 distinct tasks: 2.36 -> 2.67 s), the helpers got so little time
 * that the code stayed unoptimized for longer.
 */
export function yieldHelperThreads(): void {
  let threads: string[];
  try {
    threads = readdirSync('/proc/self/task');
  } catch {
    return;
  }
  for (const thread of threads) {
    const id = Number(thread);
    if (id === process.pid) continue;
    try {
      setPriority(id, HELPER_NICENESS);
    } catch {
      // Not permitted, or the thread has exited: it keeps its priority.
    }
  }
}
