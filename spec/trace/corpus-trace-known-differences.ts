// Corpus programs whose line trace still differs from CPython's, with the
// cause; spec/trace/corpus-trace.test.ts checks each still differs, so this
// list only shrinks. Programs whose run differs (spec/vm/corpus-known-differences.ts)
// differ in their traces too.
import { CORPUS_KNOWN_DIFFERENCES } from '../vm/corpus-known-differences.js';

export const CORPUS_TRACE_KNOWN_DIFFERENCES: Readonly<Record<string, string>> = {
  ...CORPUS_KNOWN_DIFFERENCES,
  'HumanEval/53': 'unseeded random: CPython seeds from OS entropy, so the values drawn (which show in the trace) change from run to run; etpy seeds seed(None) deterministically',
};
