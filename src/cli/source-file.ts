// Reading a program file the way `open(FILE).read()` does in CPython 3.12 on a
// UTF-8 system: strict UTF-8 (a bad byte is a UnicodeDecodeError, not U+FFFD),
// universal newlines (\r\n and \r become \n), and a BOM kept as U+FEFF.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from './args.js';

/** A Python exception raised while reading; the CLI prints `lastLine` and exits 1. */
export class SourceReadError extends Error {
  constructor(readonly lastLine: string) {
    super(lastLine);
  }
}

// The errno CPython shows in `can't open file '…': [Errno N] …`.
const OPEN_ERRORS: Record<string, string> = {
  ENOENT: '[Errno 2] No such file or directory',
  EACCES: '[Errno 13] Permission denied',
  EISDIR: '[Errno 21] Is a directory',
  ENOTDIR: '[Errno 20] Not a directory',
  ENAMETOOLONG: '[Errno 36] File name too long',
  ELOOP: '[Errno 40] Too many levels of symbolic links',
};

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** Throws UsageError when the file cannot be read (cli.md: a missing file is a usage error). */
export function readSourceFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = errorCode(error);
    const reason = (code !== undefined ? OPEN_ERRORS[code] : undefined) ?? (error instanceof Error ? error.message : String(error));
    // Like `python3 FILE`, which names the absolute path.
    throw new UsageError(`can't open file '${resolve(file)}': ${reason}`);
  }
  return decodeSource(bytes);
}

export function decodeSource(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new SourceReadError(`UnicodeDecodeError: 'utf-8' codec ${describeUtf8Error(bytes)}`);
  }
  return text.replace(/\r\n?/g, '\n');
}

/**
 * CPython's wording for the first malformed sequence: the bytes reported run
 * from the lead byte through its last valid continuation byte.
 */
export function describeUtf8Error(bytes: Uint8Array): string {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    const length = sequenceLength(lead);
    if (length === 1) { i += 1; continue; }
    if (length === 0) return `can't decode byte 0x${hex(lead)} in position ${i}: invalid start byte`;
    let valid = 0;
    while (valid < length - 1) {
      const next = bytes[i + 1 + valid];
      if (next === undefined || !isContinuation(lead, valid, next)) break;
      valid += 1;
    }
    if (valid === length - 1) { i += length; continue; }
    const reason = i + 1 + valid >= bytes.length ? 'unexpected end of data' : 'invalid continuation byte';
    const where = valid === 0 ? `byte 0x${hex(lead)} in position ${i}` : `bytes in position ${i}-${i + valid}`;
    return `can't decode ${where}: ${reason}`;
  }
  return "can't decode: invalid data";
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The first continuation byte's range depends on the lead (no overlongs, surrogates or > U+10FFFF). */
function isContinuation(lead: number, index: number, byte: number): boolean {
  if (index === 0) {
    if (lead === 0xe0) return byte >= 0xa0 && byte <= 0xbf;
    if (lead === 0xed) return byte >= 0x80 && byte <= 0x9f;
    if (lead === 0xf0) return byte >= 0x90 && byte <= 0xbf;
    if (lead === 0xf4) return byte >= 0x80 && byte <= 0x8f;
  }
  return byte >= 0x80 && byte <= 0xbf;
}

function hex(byte: number): string {
  return byte.toString(16).padStart(2, '0');
}
