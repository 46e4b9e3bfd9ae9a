// Every corpus program (../shared/corpus: MBPP, HumanEval) runs in etpy with
// CPython 3.12's result: the same ok, stdout, error and number of line events;
// and again untraced with every code object compiled (src/vm/jit.ts), with the
// same ok, stdout and error.
import { corpusTasks } from '../corpus.js';
import { describeRuns } from './run-compare.js';
import { CORPUS_KNOWN_DIFFERENCES } from './corpus-known-differences.js';

const tasks = corpusTasks();

describeRuns('corpus: every MBPP and HumanEval program gives CPython 3.12\'s result', tasks, CORPUS_KNOWN_DIFFERENCES, { steps: true });

// The known differences above are step counts only, which compiled runs do not compare.
describeRuns('corpus compiled: every MBPP and HumanEval program, compiled, prints CPython 3.12\'s result', tasks, {}, { steps: false, compiled: true });
