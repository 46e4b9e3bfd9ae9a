// Program records → Python source. Definitions and globals nobody names are
// left out, so a shrunk counterexample shows only what it uses.
import type { Program, Stmt } from './types.js';

const INDENT = '    ';

export function renderStmts(stmts: readonly Stmt[], depth: number, out: string[]): void {
  for (const s of stmts) renderStmt(s, depth, out);
}

function renderBody(pre: readonly string[], body: readonly Stmt[], post: readonly string[], depth: number, out: string[]): void {
  const pad = INDENT.repeat(depth);
  const start = out.length;
  for (const line of pre) out.push(pad + line);
  renderStmts(body, depth, out);
  for (const line of post) out.push(pad + line);
  if (out.length === start) out.push(`${pad}pass`);
}

export function renderStmt(s: Stmt, depth: number, out: string[]): void {
  const pad = INDENT.repeat(depth);
  switch (s.k) {
    case 's':
      out.push(pad + s.text);
      return;
    case 'seq':
      renderStmts(s.stmts, depth, out);
      return;
    case 'b':
      out.push(`${pad}${s.head}:`);
      renderBody(s.pre ?? [], s.body, s.post ?? [], depth + 1, out);
      for (const tail of s.tails ?? []) {
        out.push(`${pad}${tail.head}:`);
        renderBody([], tail.body, [], depth + 1, out);
      }
  }
}

const mentions = (text: string, name: string): boolean => new RegExp(`\\b${name}\\b`).test(text);

/** The program's source: used definitions (and what they use), used globals, the main statements, a final print of the globals. */
export function renderProgram(program: Program): string {
  const mainLines: string[] = [];
  renderStmts(program.main, 0, mainLines);
  const main = mainLines.join('\n');
  const defTexts = program.defs.map((d) => {
    const lines: string[] = [];
    renderStmt(d.stmt, 0, lines);
    return lines.join('\n');
  });
  // A definition is needed when main, a needed definition or a used global's initial value names it.
  const needed = new Set<number>();
  const usedGlobals = new Set<number>();
  let frontier = [main];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const text of frontier) {
      program.defs.forEach((d, i) => {
        if (!needed.has(i) && mentions(text, d.name)) {
          needed.add(i);
          next.push(defTexts[i]!);
        }
      });
      program.globals.forEach((g, i) => {
        if (!usedGlobals.has(i) && mentions(text, g.name)) {
          usedGlobals.add(i);
          next.push(g.init);
        }
      });
    }
    frontier = next;
  }
  const defs = program.defs.map((_, i) => i).filter((i) => needed.has(i)).map((i) => defTexts[i]!);
  const globals = program.globals.filter((_, i) => usedGlobals.has(i));
  // Globals after the definitions: an initial value may construct a class (functions read globals only when called).
  const lines = [...defs, ...globals.map((g) => `${g.name} = ${g.init}`)];
  if (main !== '') lines.push(main);
  const shown = globals.filter((g) => mentions(main, g.name)).map((g) => g.name);
  if (shown.length > 0) lines.push(`print(${shown.join(', ')})`);
  return lines.length === 0 ? 'pass\n' : lines.join('\n') + '\n';
}
