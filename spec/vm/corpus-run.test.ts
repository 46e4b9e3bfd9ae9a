// Every corpus program (../shared/corpus: MBPP, HumanEval) runs in etpy with
// CPython 3.12's result: the same ok, stdout, error and number of line events.
import { corpusTasks } from '../corpus.js';
import { describeRuns } from './run-compare.js';
import { CORPUS_KNOWN_DIFFERENCES } from './corpus-known-differences.js';

describeRuns('corpus: every MBPP and HumanEval program gives CPython 3.12\'s result', corpusTasks(), CORPUS_KNOWN_DIFFERENCES, { steps: true });
