// The testing toolkit's public face: CPython 3.12 as an oracle for differential tests.
export { runCPython, runCPythonAsync, oracleScriptPath, resolveOptions, maskAddresses } from './oracle.js';
export { findPython, probePython } from './python.js';
export { parseWithCPython, type CPythonParse } from './cpython-parse.js';
export { runPythonJson } from './python-json.js';
export type {
  BatchOptions,
  BatchResult,
  BatchTask,
  CallEvent,
  ExceptionEvent,
  JsonValue,
  LineEvent,
  Locals,
  OpcodeEvent,
  ReturnEvent,
  TraceEvent,
} from '../batch/schema.js';

// Property-based differential testing: generated programs, etpy against CPython.
export {
  compareOutcomes, describeDifference, diffBatch, diffBatchAsync, diffSource, normalizeEvent, runEtpy, DEFAULT_DIFF_OPTIONS,
  type DiffOptions, type Difference, type Field, type Outcome, type Verdict,
} from './differential.js';
export {
  fuzz, generateValues, generatedProgram, shrinkCounterexample, type Counterexample, type FuzzOptions, type FuzzReport, type FuzzStats,
} from './fuzz.js';
export { EtpyRunner } from './etpy-runner.js';
export {
  applyEdit, checkMutants, corpusMutants, describeMutationFinding, loadCorpus, mutants, tokenize,
  type FindingKind, type Mutant, type MutationFinding, type MutationOptions, type MutationReport,
} from './mutate.js';
export * as gen from './gen/index.js';
export { pythonProgram, programRecord, type ProgramOptions } from './gen/program.js';
