// The Python values a `Constant` AST node can hold, as plain JS values:
// int → bigint (always, so it never mixes with float), float → number,
// str → string, bool → boolean, None → null, plus the classes below.

/** A complex literal such as `2j`; the parser only ever makes a zero real part. */
export class PyComplex {
  constructor(readonly real: number, readonly imag: number) {}
}

/** A bytes literal's value. */
export class PyBytes {
  constructor(readonly bytes: Uint8Array) {}
}

/** The `...` singleton. */
export const PyEllipsis: { readonly kind: 'Ellipsis' } = Object.freeze({ kind: 'Ellipsis' });

export type PyConstant = null | boolean | bigint | number | string | PyBytes | PyComplex | typeof PyEllipsis;
