// etpy in a worker thread with a watchdog: a program that hangs etpy where
// its own time limit cannot reach (inside one native operation) costs the
// worker, not the fuzzer. Used by the compiled fuzzer (dist); under a
// TypeScript test runner the worker script does not exist and runs happen
// in-process.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runEtpy, type DiffOptions, type Outcome } from './differential.js';

/** Beyond its own time limit, how long etpy may take before the worker is killed. */
const GRACE_MS = 10_000;

export class EtpyRunner {
  private worker: Worker | null = null;
  private readonly url = new URL('./etpy-worker.js', import.meta.url);
  /** Whether runs go to a worker (the compiled worker script exists). */
  readonly isolated = existsSync(fileURLToPath(this.url));

  /** Runs one program; a hang past timeoutMs + grace becomes `Timeout` (and `hung` is set). */
  async run(source: string, options: Partial<DiffOptions>, timeoutMs: number): Promise<Outcome & { hung?: boolean }> {
    if (!this.isolated) return runEtpy(source, options);
    const worker = (this.worker ??= new Worker(this.url));
    return new Promise((resolve) => {
      const done = (outcome: Outcome & { hung?: boolean }) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        resolve(outcome);
      };
      const onMessage = (outcome: Outcome) => done(outcome);
      const onError = (error: Error) => {
        this.worker = null;
        done({ ok: false, stdout: '', error: `SystemError: etpy internal error: worker died: ${error.message}` });
      };
      const timer = setTimeout(() => {
        this.worker = null;
        void worker.terminate();
        done({ ok: false, stdout: '', error: 'Timeout', hung: true });
      }, timeoutMs + GRACE_MS);
      worker.on('message', onMessage);
      worker.on('error', onError);
      const { trace, maxSteps, maxRepr, steps, stdin, compiled } = options;
      worker.postMessage({ source, options: { trace, maxSteps, maxRepr, timeoutMs, steps, stdin, compiled } });
    });
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = null;
  }
}
