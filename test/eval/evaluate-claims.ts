import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { answerQuestion } from '../../src/core/answer/answer-question.js';
import { checkClaim } from '../../src/core/answer/check-claim.js';
import type { Briefing } from '../../src/core/briefing.js';

const claimSchema = z.object({
	claim: z.string(),
	verdict: z.enum(['supported', 'contradicted', 'not-settled']),
	evidence: z.array(z.string()),
	trap: z.string(),
	/** Other verdicts the set also accepts for this claim. */
	accept: z.array(z.string()).optional(),
});
export type ClaimCase = z.infer<typeof claimSchema>;

const shortAnswerSchema = z.object({ q: z.string(), answers: z.array(z.string()), type: z.string() });
export type ShortAnswerCase = z.infer<typeof shortAnswerSchema>;

export type ClaimVerdict = 'supported' | 'contradicted' | 'not-settled' | 'not-covered';

function readJsonLines<T>(path: string, schema: z.ZodType<T>): T[] {
	return readFileSync(path, 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => schema.parse(JSON.parse(line)));
}

export const readClaimCases = (path: string) => readJsonLines(path, claimSchema);
export const readShortAnswerCases = (path: string) => readJsonLines(path, shortAnswerSchema);

/** The fixed seed of the split: changing it would let tuning see the held-out half. */
const SPLIT_SEED = 'briefing-issue-10';

/**
 * Splits a set in two fixed halves by a seeded hash of each case's text: `tune` is what changes may be made
 * against, `held` is only reported, so a gain on it is not the effect of fitting it.
 */
export function splitInHalves<T>(cases: readonly T[], textOf: (item: T) => string): { tune: T[]; held: T[] } {
	const hashed = cases.map((item) => ({
		item,
		hash: createHash('sha256')
			.update(`${SPLIT_SEED}\n${textOf(item)}`)
			.digest('hex'),
	}));
	hashed.sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
	const half = Math.ceil(hashed.length / 2);
	return { tune: hashed.slice(0, half).map(({ item }) => item), held: hashed.slice(half).map(({ item }) => item) };
}

export interface ClaimResult {
	readonly cases: number;
	readonly accuracy: number;
	/** Claims called supported whose gold verdict is not supported: the error that must never happen. */
	readonly falseSupported: number;
	/** Per gold verdict: how many of that verdict were judged right. */
	readonly perVerdict: Readonly<Record<string, { right: number; total: number }>>;
	readonly misses: readonly { claim: string; expected: string; got: ClaimVerdict; reason: string }[];
}

/**
 * A verdict is right when it equals the gold one or one the case also accepts. The sets label everything that is
 * neither supported nor contradicted "not-settled", so "not-covered" (the article does not discuss it at all) counts
 * as right for a gold "not-settled": to the reader both say the article does not settle the claim.
 */
export function isRightVerdict(item: ClaimCase, got: ClaimVerdict): boolean {
	const accepted = new Set<string>([item.verdict, ...(item.accept ?? [])]);
	if (accepted.has('not-settled')) accepted.add('not-covered');
	return accepted.has(got);
}

export function evaluateClaims(briefing: Briefing, cases: readonly ClaimCase[]): ClaimResult {
	const perVerdict: Record<string, { right: number; total: number }> = {};
	const misses: { claim: string; expected: string; got: ClaimVerdict; reason: string }[] = [];
	let right = 0;
	let falseSupported = 0;
	for (const item of cases) {
		const check = checkClaim(briefing, item.claim);
		const got: ClaimVerdict = check.found ? check.verdict : 'not-covered';
		perVerdict[item.verdict] ??= { right: 0, total: 0 };
		const slot = perVerdict[item.verdict] as { right: number; total: number };
		slot.total++;
		if (isRightVerdict(item, got)) {
			right++;
			slot.right++;
		} else {
			misses.push({ claim: item.claim, expected: item.verdict, got, reason: check.found ? check.reason : '' });
		}
		if (got === 'supported' && item.verdict !== 'supported') falseSupported++;
	}
	return { cases: cases.length, accuracy: right / Math.max(1, cases.length), falseSupported, perVerdict, misses };
}

/**
 * Words of a text for comparing short answers: lowercased letters and digits, with the thousands commas of a number
 * dropped ("50,000" → "50000") and its decimal point kept ("1.6").
 */
export function answerWords(text: string): string[] {
	return (
		text
			.toLowerCase()
			.replace(/(?<=\d),(?=\d{3}\b)/gu, '')
			.match(/\d+(?:\.\d+)?|\p{L}+/gu) ?? []
	);
}

/**
 * A short answer is right when one acceptable variant occurs in it as a run of whole words, ignoring case and
 * punctuation: "Moscow" is in "in Moscow", "May 1" is in "May 1 deadline", but "50,000" is not in "150,000 more".
 */
export function isRightShortAnswer(shortAnswer: string, answers: readonly string[]): boolean {
	const words = answerWords(shortAnswer);
	return answers.some((answer) => {
		const wanted = answerWords(answer);
		if (wanted.length === 0) return false;
		for (let i = 0; i + wanted.length <= words.length; i++) {
			if (wanted.every((word, j) => words[i + j] === word)) return true;
		}
		return false;
	});
}

export interface ShortAnswerResult {
	readonly cases: number;
	readonly right: number;
	/** A bold answer that is not one of the acceptable ones: worse than none, since it asserts. */
	readonly wrong: number;
	readonly none: number;
	readonly misses: readonly { question: string; got: string | undefined; expected: readonly string[] }[];
}

export function evaluateShortAnswers(briefing: Briefing, cases: readonly ShortAnswerCase[]): ShortAnswerResult {
	let right = 0;
	let wrong = 0;
	let none = 0;
	const misses: { question: string; got: string | undefined; expected: readonly string[] }[] = [];
	for (const item of cases) {
		const answer = answerQuestion(briefing, item.q);
		const short = answer.found ? answer.shortAnswer : undefined;
		if (short === undefined) none++;
		else if (isRightShortAnswer(short, item.answers)) right++;
		else wrong++;
		if (short === undefined || !isRightShortAnswer(short, item.answers)) {
			misses.push({ question: item.q, got: short, expected: item.answers });
		}
	}
	return { cases: cases.length, right, wrong, none, misses };
}
