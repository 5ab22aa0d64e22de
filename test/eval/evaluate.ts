import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { z } from 'zod';
import { answerQuestion } from '../../src/core/answer/answer-question.js';
import type { Briefing } from '../../src/core/briefing.js';

const caseSchema = z.object({ q: z.string(), gold: z.array(z.string()), kind: z.string() });
export type EvalCase = z.infer<typeof caseSchema>;

/** What a system returns for a question: the texts of its passages, best first, or `null` for "not covered". */
export type System = (question: string) => readonly string[] | null;

export interface EvalResult {
	readonly cases: number;
	readonly inScope: number;
	readonly outOfScope: number;
	readonly hitAt1: number;
	readonly hitAt3: number;
	readonly mrrAt5: number;
	/** Out-of-scope questions correctly answered with "not in the article". */
	readonly abstentions: number;
	/** In-scope questions wrongly answered with "not in the article". */
	readonly falseAbstentions: number;
	readonly misses: readonly { question: string; rank: number | null }[];
}

export function readCases(path: string): EvalCase[] {
	return readFileSync(path, 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => caseSchema.parse(JSON.parse(line)));
}

/** Scores a system: a passage hits when it contains one of the gold substrings verbatim. */
export function evaluate(system: System, cases: readonly EvalCase[]): EvalResult {
	let hit1 = 0;
	let hit3 = 0;
	let reciprocal = 0;
	let abstentions = 0;
	let falseAbstentions = 0;
	const misses: { question: string; rank: number | null }[] = [];
	for (const item of cases) {
		const passages = system(item.q);
		if (item.gold.length === 0) {
			if (passages === null) abstentions++;
			else misses.push({ question: item.q, rank: null });
			continue;
		}
		if (passages === null) {
			falseAbstentions++;
			misses.push({ question: item.q, rank: null });
			continue;
		}
		const rank = passages.slice(0, 5).findIndex((text) => item.gold.some((gold) => text.includes(gold)));
		if (rank === 0) hit1++;
		if (rank >= 0 && rank < 3) hit3++;
		if (rank >= 0) reciprocal += 1 / (rank + 1);
		if (rank !== 0) misses.push({ question: item.q, rank: rank < 0 ? -1 : rank + 1 });
	}
	const inScope = cases.filter((item) => item.gold.length > 0).length;
	return {
		cases: cases.length,
		inScope,
		outOfScope: cases.length - inScope,
		hitAt1: hit1 / Math.max(1, inScope),
		hitAt3: hit3 / Math.max(1, inScope),
		mrrAt5: reciprocal / Math.max(1, inScope),
		abstentions,
		falseAbstentions,
		misses,
	};
}

/** Briefing as the eval sees it: the paragraphs of its passages, or `null` when it says "not in the article". */
export function briefingSystem(briefing: Briefing): System {
	return (question) => {
		const answer = answerQuestion(briefing, question, { limit: 5 });
		if (!answer.found) return null;
		return answer.passages.map((passage) => passage.paragraph.text);
	};
}

/** The reference: plain MiniSearch with its default options over the same paragraphs. It never abstains. */
export function plainMiniSearchSystem(briefing: Briefing): System {
	const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: ['text'] });
	index.addAll(
		briefing.knowledge.article.paragraphs.map((paragraph) => ({ id: paragraph.number, text: paragraph.text })),
	);
	return (question) => index.search(question).map((result) => String(result.text));
}
