// `--format scratchpad`: the full history (Nye et al. 2021; E.T.'s
// "Scratchpad"). Every event writes its head line (the event, the function
// and line, the source line about to run, or the instruction) and the whole
// state of its frame; a return adds its value, an exception its message, an
// opcode event the value stack when the tracer records it:
//
//   line f:3  for i in range(n):
//   state: {"n": "3", "total": "0"}
import type { FormatEvent, FormatWriter, SourceLines } from './common.js';
import { headLine, pyJson, tailLines } from './common.js';

export function scratchpadWriter(lines: SourceLines): FormatWriter {
  return {
    event(ev: FormatEvent): string {
      return [headLine(ev, lines), `state: ${pyJson(ev.locals)}`, ...tailLines(ev)].join('\n') + '\n';
    },
    end: () => '',
  };
}
