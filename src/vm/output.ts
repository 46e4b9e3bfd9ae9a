// The program's standard output and error streams, buffered in the
// interpreter state (and streamed to a host sink when one is set).
import { interpState } from './state.js';

export function writeStdout(text: string): void {
  if (text === '') return;
  interpState.stdout.push(text);
  interpState.onStdout?.(text);
}

export function writeStderr(text: string): void {
  if (text === '') return;
  interpState.stderr.push(text);
  interpState.onStderr?.(text);
}

export function takeStdout(): string {
  return interpState.stdout.join('');
}
