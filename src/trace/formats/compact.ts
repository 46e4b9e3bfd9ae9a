// `--format compact`: the history of changes (NExT; E.T.'s "Compact
// Scratchpad"). As `scratchpad`, but the state line lists only the variables
// of the frame whose repr changed since the frame's previous event (all of
// them at a `call`), a variable that stopped existing as null, and is left
// out when nothing changed:
//
//   line f:4  total += i
//   state: {"i": "1"}
import type { Locals } from '../../batch/schema.js';
import { changes, FrameStack, headLine, pyJson, tailLines } from './common.js';
import type { FormatEvent, FormatWriter, SourceLines } from './common.js';

export function compactWriter(lines: SourceLines): FormatWriter {
  const frames = new FrameStack<{ locals: Locals | null }>();
  return {
    event(ev: FormatEvent): string {
      const frame = frames.at(ev, () => ({ locals: null }));
      const changed = changes(frame.locals, ev.locals);
      frame.locals = ev.locals;
      frames.pop(ev);
      const out = [headLine(ev, lines)];
      if (Object.keys(changed).length > 0) out.push(`state: ${pyJson(changed)}`);
      out.push(...tailLines(ev));
      return out.join('\n') + '\n';
    },
    end: () => '',
  };
}
