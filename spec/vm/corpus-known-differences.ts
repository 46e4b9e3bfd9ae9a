// Corpus programs whose result still differs from CPython's, with the cause;
// spec/vm/corpus-run.test.ts checks each still differs, so this list only shrinks.
export const CORPUS_KNOWN_DIFFERENCES: Readonly<Record<string, string>> = {
  "HumanEval/32": "needs the random module (the standard-library issue)",
  "HumanEval/38": "needs the random module (the standard-library issue)",
  "HumanEval/50": "needs the random module (the standard-library issue)",
  "HumanEval/53": "needs the random module (the standard-library issue)",
  "HumanEval/162": "needs the hashlib module (the standard-library issue)",
};
