// Random programs dense in scoping constructs (nested defs, classes, lambdas,
// comprehensions, global/nonlocal, walrus, type parameters, private names),
// from a seeded generator so every run checks the same programs. Many are
// rejected by CPython; the symbol-table test compares those errors too.

const NAMES = ['a', 'b', 'x', '__p', '_C__p', 'super', '__class__', 'T'] as const;

/** Mulberry32: small, fast, good enough to spread choices. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Generator {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = rng(seed);
  }

  private int(n: number): number {
    return Math.floor(this.next() * n);
  }

  private pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  private name(): string {
    return this.pick(NAMES);
  }

  private params(): string {
    const names = [...NAMES].sort(() => this.next() - 0.5);
    const count = this.int(3);
    const out: string[] = [];
    let defaults = false;
    for (let i = 0; i < count; i++) {
      defaults ||= this.int(4) === 0;
      out.push(defaults ? `${names[i]}=${this.expr(1)}` : names[i]!);
    }
    if (this.int(5) === 0) out.push(`*${names[3]}`);
    if (this.int(6) === 0) out.push(`**${names[4]}`);
    // Now and then a duplicate, for CPython's error.
    if (this.int(30) === 0) out.unshift(this.name());
    return out.join(', ');
  }

  private typeParams(): string {
    if (this.int(4) !== 0) return '';
    const bound = this.int(3) === 0 ? `: ${this.expr(1)}` : '';
    return `[T${bound}]`;
  }

  private comprehension(depth: number): string {
    const target = this.int(4) === 0 ? `(${this.name()}, ${this.name()})` : this.name();
    const extra = this.int(3) === 0 ? ` for ${this.name()} in ${this.expr(depth - 1)}` : '';
    const cond = this.int(3) === 0 ? ` if ${this.expr(depth - 1)}` : '';
    const gens = `${this.int(8) === 0 ? 'async ' : ''}for ${target} in ${this.expr(depth - 1)}${cond}${extra}`;
    const elt = this.expr(depth - 1);
    switch (this.int(4)) {
      case 0: return `[${elt} ${gens}]`;
      case 1: return `{${elt} ${gens}}`;
      case 2: return `{${elt}: ${this.expr(depth - 1)} ${gens}}`;
      default: return `(${elt} ${gens})`;
    }
  }

  expr(depth: number): string {
    if (depth <= 0) return this.int(5) === 0 ? '1' : this.name();
    switch (this.int(14)) {
      case 0: return `(lambda ${this.params()}: ${this.expr(depth - 1)})`;
      case 1: case 2: return this.comprehension(depth);
      case 3: return this.int(2) === 0 ? this.name() : `(${this.name()} := ${this.expr(depth - 1)})`;
      case 4: return `${this.name()}(${this.expr(depth - 1)})`;
      case 5: return 'super()';
      case 6: return this.int(4) !== 0 ? this.name() : this.int(3) === 0 ? `(yield ${this.expr(depth - 1)})` : `(await ${this.expr(depth - 1)})`;
      case 7: return `${this.expr(depth - 1)} + ${this.expr(depth - 1)}`;
      default: return this.name();
    }
  }

  private decorators(indent: string): string[] {
    return this.int(5) === 0 ? [`${indent}@${this.expr(2)}`] : [];
  }

  private block(indent: string, depth: number, scope: Scope): string[] {
    const lines: string[] = [];
    // Declarations usually come first, where CPython accepts them.
    if (scope === 'function' && this.int(5) === 0) lines.push(`${indent}${this.int(2) === 0 ? 'global' : 'nonlocal'} ${this.name()}`);
    if (scope === 'class' && this.int(6) === 0) lines.push(`${indent}global ${this.name()}`);
    const count = 1 + this.int(3);
    for (let i = 0; i < count; i++) lines.push(...this.stmt(indent, depth, scope));
    return lines;
  }

  stmt(indent: string, depth: number, scope: Scope): string[] {
    const inner = `${indent}    `;
    const choice = depth <= 0 ? 10 + this.int(10) : this.int(20);
    switch (choice) {
      case 0: case 1: case 2:
        return [...this.decorators(indent), `${indent}${this.int(4) === 0 ? 'async ' : ''}def ${this.name()}${this.typeParams()}(${this.params()})${this.int(5) === 0 ? ` -> ${this.expr(1)}` : ''}:`, ...this.block(inner, depth - 1, 'function')];
      case 3: case 4:
        return [...this.decorators(indent), `${indent}class ${this.name()}${this.typeParams()}${this.int(3) === 0 ? `(${this.expr(1)}, k=${this.expr(1)})` : ''}:`, ...this.block(inner, depth - 1, 'class')];
      case 5:
        return [`${indent}for ${this.name()} in ${this.expr(2)}:`, ...this.block(inner, depth - 1, scope)];
      case 6:
        return [`${indent}try:`, ...this.block(inner, depth - 1, scope), `${indent}except E as ${this.name()}:`, ...this.block(inner, depth - 1, scope),
          `${indent}else:`, ...this.block(inner, depth - 1, scope)];
      case 7:
        return [`${indent}match ${this.expr(1)}:`, `${inner}case [${this.name()}, *${this.name()}] if ${this.expr(1)}:`, ...this.block(`${inner}    `, depth - 1, scope)];
      case 8:
        return this.int(3) === 0 ? [`${indent}type ${this.name()}${this.typeParams()} = ${this.expr(2)}`] : [`${indent}${this.name()} = ${this.expr(2)}`];
      case 9:
        return [`${indent}if ${this.expr(2)}:`, ...this.block(inner, depth - 1, scope)];
      case 10: return this.int(4) === 0 ? [`${indent}${this.int(2) === 0 ? 'global' : 'nonlocal'} ${this.name()}`] : [`${indent}pass`];
      case 11: return [`${indent}${this.name()}: ${this.expr(1)}${this.int(2) === 0 ? ` = ${this.expr(1)}` : ''}`];
      case 12: return [`${indent}del ${this.name()}`];
      case 13: return scope === 'function' ? [`${indent}return ${this.expr(2)}`] : [`${indent}${this.expr(2)}`];
      case 14: return [`${indent}${this.int(3) === 0 ? `from m import ${this.int(8) === 0 ? '*' : this.name()}` : `import ${this.name()}`}`];
      case 15: return [`${indent}${this.name()} += ${this.expr(2)}`];
      default: return [`${indent}${this.name()} = ${this.expr(3)}`];
    }
  }
}

type Scope = 'module' | 'class' | 'function';

/** `count` programs from `seed`, each a handful of statements nested up to four levels. */
export function randomScopingPrograms(seed: number, count: number): string[] {
  const gen = new Generator(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const lines: string[] = [];
    const statements = 1 + (i % 4);
    // Annotation scopes exist only under this future import.
    if (i % 7 === 3) lines.push('from __future__ import annotations');
    for (let j = 0; j < statements; j++) lines.push(...gen.stmt('', 4, 'module'));
    out.push(`${lines.join('\n')}\n`);
  }
  return out;
}
