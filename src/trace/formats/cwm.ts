// `--format cwm`: the frame format of Meta's Code World Model traces
// (facebookresearch/cwm, PROMPTING_GUIDE.md "Trace Prediction"):
//
//   <|call_sep|>LOCALS<|action_sep|>SOURCE<|frame_sep|>
//   <|line_sep|>LOCALS<|action_sep|>SOURCE<|frame_sep|>
//   <|return_sep|><|action_sep|>SOURCE<|arg_sep|>VALUE<|frame_sep|>
//   <|exception_sep|><|action_sep|>SOURCE<|arg_sep|>VALUE<|frame_sep|>
//
// LOCALS is a JSON object name → repr, written as Python's json.dumps writes
// it (", " and ": ", non-ASCII as \uXXXX); at a `line` frame a repr unchanged
// since the frame's previous call/line frame is "..". SOURCE is the event's
// source line with its indentation and its "\n" (nothing for the module's
// line 0). VALUE is the JSON string of the returned value's repr (null when
// the frame is left by an exception) or of the exception's `Type: message`.
// Only the frames are written: a prompt puts `<|trace_context_start|>`, the
// source and `<|frame_sep|>` before them and `<|end_of_text|>` after. Opcode
// events have no CWM frame and are left out.
import { nameRecord, type Locals } from '../../batch/schema.js';
import { FrameStack, pyJson } from './common.js';
import type { FormatEvent, FormatWriter, SourceLines } from './common.js';

export const CWM_TOKENS = {
  call: '<|call_sep|>',
  line: '<|line_sep|>',
  return: '<|return_sep|>',
  exception: '<|exception_sep|>',
  action: '<|action_sep|>',
  arg: '<|arg_sep|>',
  frame: '<|frame_sep|>',
} as const;

const UNCHANGED = '..';

export function cwmWriter(lines: SourceLines): FormatWriter {
  const frames = new FrameStack<{ locals: Locals | null }>();
  return {
    event(ev: FormatEvent): string {
      if (ev.event === 'opcode') return '';
      const frame = frames.at(ev, () => ({ locals: null }));
      frames.pop(ev);
      const text = lines.text(ev.line);
      const source = ev.line !== null && ev.line >= 1 ? `${text}\n` : '';
      const T = CWM_TOKENS;
      switch (ev.event) {
        case 'call':
        case 'line': {
          const before = ev.event === 'call' ? null : frame.locals;
          const shown = nameRecord<string>();
          for (const [k, v] of Object.entries(ev.locals)) shown[k] = before !== null && Object.hasOwn(before, k) && before[k] === v ? UNCHANGED : v;
          frame.locals = ev.locals;
          return `${T[ev.event]}${pyJson(shown, true)}${T.action}${source}${T.frame}`;
        }
        case 'return':
          return `${T.return}${T.action}${source}${T.arg}${pyJson(ev.value, true)}${T.frame}`;
        case 'exception':
          return `${T.exception}${T.action}${source}${T.arg}${pyJson(ev.exception, true)}${T.frame}`;
      }
    },
    end: () => '',
  };
}
