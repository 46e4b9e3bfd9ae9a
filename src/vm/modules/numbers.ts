// numbers: the numeric tower as ABCs (Number > Complex > Real > Rational >
// Integral) with int, float and complex registered, for isinstance checks.
// The abstract methods of CPython's classes are not declared.
import { registerPythonModule } from '../import.js';

const numbersSource = (): string => String.raw`
from abc import ABCMeta


class Number(metaclass=ABCMeta):
    __slots__ = ()
    __hash__ = None


class Complex(Number):
    __slots__ = ()


Complex.register(complex)


class Real(Complex):
    __slots__ = ()


Real.register(float)


class Rational(Real):
    __slots__ = ()


class Integral(Rational):
    __slots__ = ()


Integral.register(int)
`;

export function registerNumbers(): void {
  registerPythonModule('numbers', numbersSource);
}
