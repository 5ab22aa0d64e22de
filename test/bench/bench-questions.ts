import { join } from 'node:path';
import { readCases } from '../eval/evaluate.js';

/** The questions the benchmark asks: several question sets, as users phrase them. */
export function benchQuestions(): string[] {
	const files = ['dev-questions.jsonl', 'dev-questions-2.jsonl', 'own-questions.jsonl', 'paraphrase-questions.jsonl'];
	return files.flatMap((file) => readCases(join(import.meta.dirname, '..', 'eval', file)).map((item) => item.q));
}
