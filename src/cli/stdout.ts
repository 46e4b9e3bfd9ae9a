// The CLI's process.stdout, made on first use. Node builds the stream when
// process.stdout is first read, loading its stream modules (~5 ms of a
// ~95 ms `etpy -c pass`); a program that prints nothing need not pay that.
let stream: NodeJS.WriteStream | null = null;
let handler: ((error: unknown) => void) | null = null;

/** What a write error on stdout does (main.ts: a reader gone away ends the run quietly). */
export function onStdoutError(h: (error: unknown) => void): void {
  handler = h;
}

export function stdout(): NodeJS.WriteStream {
  if (stream === null) {
    stream = process.stdout;
    stream.on('error', (error: unknown) => handler?.(error));
  }
  return stream;
}
