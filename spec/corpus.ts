// The shared corpus (../shared/corpus): MBPP then HumanEval tasks, as the
// differential tests read them.
import { readFileSync } from 'node:fs';

export interface CorpusTask { readonly id: string; readonly source: string }

const CORPUS = new URL('../../shared/corpus/', import.meta.url);

function load(name: string): CorpusTask[] {
  return readFileSync(new URL(name, CORPUS), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as CorpusTask);
}

/** Every MBPP task, then every HumanEval task (974 + 164). */
export function corpusTasks(): CorpusTask[] {
  return [...load('mbpp.tasks.jsonl'), ...load('humaneval.tasks.jsonl')];
}
