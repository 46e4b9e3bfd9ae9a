// Standard input as the program reads it (input(), sys.stdin): the whole
// text, read once when first asked for, and a position both share. Lines end
// at '\n' only: CPython's stdin on POSIX translates no newlines.
import { interpState } from './state.js';

function stdinText(): string {
  if (interpState.readStdin !== null) {
    interpState.stdin = interpState.readStdin();
    interpState.readStdin = null;
  }
  return interpState.stdin;
}

/** The next line with its '\n' (none at the end of the text); '' at the end. `limit` >= 0 caps its length. */
export function readStdinLine(limit = -1): string {
  const s = stdinText();
  const pos = interpState.stdinPos;
  let end = s.indexOf('\n', pos);
  end = end < 0 ? s.length : end + 1;
  if (limit >= 0 && end - pos > limit) end = pos + limit;
  interpState.stdinPos = end;
  return s.slice(pos, end);
}

/** The rest of the text (or at most `limit` characters when `limit` >= 0). */
export function readStdinRest(limit = -1): string {
  const s = stdinText();
  const pos = interpState.stdinPos;
  const end = limit >= 0 ? Math.min(s.length, pos + limit) : s.length;
  interpState.stdinPos = end;
  return s.slice(pos, end);
}
