// Corpus programs whose result still differs from CPython's, with the cause;
// spec/vm/corpus-run.test.ts checks each still differs, so this list only shrinks.
export const CORPUS_KNOWN_DIFFERENCES: Readonly<Record<string, string>> = {
  "HumanEval/38": "unseeded random: CPython seeds from OS entropy so its step count changes run to run (HumanEval/38 gave 6163 and 6283 steps in two CPython runs); etpy seeds seed(None) deterministically",
  "HumanEval/50": "unseeded random: CPython seeds from OS entropy so its step count changes run to run; etpy seeds seed(None) deterministically",
};
