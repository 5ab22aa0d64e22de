import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { z } from 'zod';
import { answerQuestion } from '../../src/core/answer/answer-question.js';
import type { Briefing } from '../../src/core/briefing.js';

const caseSchema = z.object({ q: z.string(), gold: z.array(z.string()), kind: z.string() });
export type EvalCase = z.infer<typeof caseSchema>;

/** What a system says to a question: its passages' texts, best first, or why it declined (`null` passages). */
export interface SystemAnswer {
	readonly passages: readonly string[] | null;
	/** Why it declined, in words, for `--verbose`. */
	readonly why?: string;
}

export type System = (question: string) => SystemAnswer;

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
	readonly misses: readonly { question: string; kind: string; rank: number | null; why?: string }[];
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
	const misses: EvalResult['misses'][number][] = [];
	for (const item of cases) {
		const { passages, why } = system(item.q);
		const miss = { question: item.q, kind: item.kind, ...(why === undefined ? {} : { why }) };
		if (item.gold.length === 0) {
			if (passages === null) abstentions++;
			else misses.push({ ...miss, rank: null });
			continue;
		}
		if (passages === null) {
			falseAbstentions++;
			misses.push({ ...miss, rank: null });
			continue;
		}
		const rank = passages.slice(0, 5).findIndex((text) => item.gold.some((gold) => text.includes(gold)));
		if (rank === 0) hit1++;
		if (rank >= 0 && rank < 3) hit3++;
		if (rank >= 0) reciprocal += 1 / (rank + 1);
		if (rank !== 0) misses.push({ ...miss, rank: rank < 0 ? -1 : rank + 1 });
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

/** The cases grouped by kind, in order of first appearance. */
export function groupByKind(cases: readonly EvalCase[]): Map<string, EvalCase[]> {
	const groups = new Map<string, EvalCase[]>();
	for (const item of cases) groups.set(item.kind, [...(groups.get(item.kind) ?? []), item]);
	return groups;
}

/** FNV-1a: a stable hash, so that a split is the same on every machine and every run. */
function hashText(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
	return hash;
}

/**
 * Splits a set in two halves by a fixed seed, kind by kind (each kind's cases ordered by the hash of seed and
 * question, then dealt alternately), so that both halves have every kind: one to tune on, one held out.
 */
export function splitCases(cases: readonly EvalCase[], seed: string): { tune: EvalCase[]; heldOut: EvalCase[] } {
	const tune: EvalCase[] = [];
	const heldOut: EvalCase[] = [];
	for (const group of groupByKind(cases).values()) {
		const ordered = [...group].sort((a, b) => hashText(`${seed}:${a.q}`) - hashText(`${seed}:${b.q}`));
		for (const [i, item] of ordered.entries()) (i % 2 === 0 ? tune : heldOut).push(item);
	}
	return { tune, heldOut };
}

/** Briefing as the eval sees it: the paragraphs of its passages, or why it says "not in the article". */
export function briefingSystem(briefing: Briefing): System {
	return (question) => {
		const answer = answerQuestion(briefing, question, { limit: 5 });
		if (!answer.found) return { passages: null, why: JSON.stringify(answer.reason) };
		// As the CLI gives them: the line above the body a question about the article is answered by, first.
		const frontMatter = answer.frontMatter === undefined ? [] : [answer.frontMatter.text];
		return { passages: [...frontMatter, ...answer.passages.map((passage) => passage.paragraph.text)] };
	};
}

/** The reference: plain MiniSearch with its default options over the same paragraphs. It never abstains. */
export function plainMiniSearchSystem(briefing: Briefing): System {
	const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: ['text'] });
	index.addAll(
		briefing.knowledge.article.paragraphs.map((paragraph) => ({ id: paragraph.number, text: paragraph.text })),
	);
	return (question) => ({ passages: index.search(question).map((result) => String(result.text)) });
}
