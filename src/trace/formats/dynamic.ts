// `--format dynamic`: E.T.'s "Dynamic Scratchpad", a sequence of
// self-contained states. Each state is enough to predict the next without
// the history: every active frame, outermost first, as of its latest event
// (head line with the line or instruction about to run, its locals, the
// position of every iterator on its value stack, its value stack at opcode
// level, a return value or exception), the innermost frame being the one of
// this event:
//
//   === state 12
//   line <module>:6  print(f(3))
//     locals: {"f": "<function f at 0x1000>"}
//   line f:4  total += i
//     locals: {"n": "3", "total": "0", "i": "0"}
//     iterators: ["iter(range(0, 3)) at 1"]
//
// `--skip N` writes every N-th state (states 0, N, 2N, …; E.T.'s "Line-N").
// The number after `state` is the event's `step`.
import { FrameStack, headLine, pyJson, tailLines } from './common.js';
import type { FormatEvent, FormatWriter, SourceLines } from './common.js';

export function dynamicWriter(lines: SourceLines, skip = 1): FormatWriter {
  const frames = new FrameStack<{ last: FormatEvent | null }>();
  let index = 0;
  const frameText = (ev: FormatEvent): string => {
    const out = [headLine(ev, lines), `  locals: ${pyJson(ev.locals)}`];
    if (ev.iterators !== undefined && ev.iterators.length > 0) out.push(`  iterators: ${pyJson(ev.iterators)}`);
    for (const t of tailLines(ev)) out.push(`  ${t}`);
    return out.join('\n') + '\n';
  };
  return {
    event(ev: FormatEvent): string {
      frames.at(ev, () => ({ last: null })).last = ev;
      let text = '';
      if (index++ % skip === 0) {
        text = `=== state ${ev.step}\n`;
        for (const f of frames.all()) if (f?.last) text += frameText(f.last);
      }
      frames.pop(ev);
      return text;
    },
    end: () => '',
  };
}
