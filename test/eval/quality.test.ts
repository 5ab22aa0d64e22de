import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Briefing } from '../../src/core/briefing.js';
import { loadRealBriefing } from '../helpers/briefing.js';
import { briefingSystem, evaluate, plainMiniSearchSystem, readCases } from './evaluate.js';
import { evaluateClaims, evaluateShortAnswers, readClaimCases, readShortAnswerCases } from './evaluate-claims.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

describe('answer quality (the bars of npm run eval)', () => {
	test('GIVEN the dev questions THEN hit@1 ≥ 0.90, hit@3 = 1, every out-of-scope question abstained, none falsely', () => {
		const result = evaluate(briefingSystem(briefing), readCases(join(import.meta.dirname, 'dev-questions.jsonl')));
		expect(result.hitAt1).toBeGreaterThanOrEqual(0.9);
		expect(result.hitAt3).toBe(1);
		expect(result.abstentions).toBe(result.outOfScope);
		expect(result.falseAbstentions).toBe(0);
	});

	test('GIVEN the project own questions THEN quality holds on questions the dev set does not have', () => {
		const result = evaluate(briefingSystem(briefing), readCases(join(import.meta.dirname, 'own-questions.jsonl')));
		expect(result.hitAt1).toBeGreaterThanOrEqual(0.9);
		// A wrong "not in the article" costs more than a near miss answered with its passages: none, and most
		// out-of-scope questions declined.
		expect(result.falseAbstentions).toBe(0);
		expect(result.abstentions / result.outOfScope).toBeGreaterThanOrEqual(0.7);
	});

	test('GIVEN questions written by someone who never saw the code THEN they are ranked and rarely wrongly declined', () => {
		const result = evaluate(briefingSystem(briefing), readCases(join(import.meta.dirname, 'dev-questions-2.jsonl')));
		expect(result.hitAt1).toBeGreaterThanOrEqual(0.55);
		expect(result.hitAt3).toBeGreaterThanOrEqual(0.75);
		expect(result.falseAbstentions / result.inScope).toBeLessThanOrEqual(0.05);
		expect(result.abstentions).toBeGreaterThanOrEqual(5);
	});

	test('GIVEN paraphrases in words the article does not use THEN most are answered and few wrongly abstained', () => {
		const result = evaluate(
			briefingSystem(briefing),
			readCases(join(import.meta.dirname, 'paraphrase-questions.jsonl')),
		);
		expect(result.hitAt1).toBeGreaterThanOrEqual(0.75);
		expect(result.hitAt3).toBeGreaterThanOrEqual(0.85);
		expect(result.abstentions / result.outOfScope).toBeGreaterThanOrEqual(0.55);
		expect(result.falseAbstentions).toBeLessThanOrEqual(3);
	});

	test('GIVEN plain MiniSearch defaults THEN Briefing beats the reference on hit@1', () => {
		const cases = readCases(join(import.meta.dirname, 'dev-questions.jsonl'));
		expect(evaluate(briefingSystem(briefing), cases).hitAt1).toBeGreaterThan(
			evaluate(plainMiniSearchSystem(briefing), cases).hitAt1,
		);
	});

	test('GIVEN the dev claims THEN never a false "supported", and most verdicts right', () => {
		const result = evaluateClaims(briefing, readClaimCases(join(import.meta.dirname, 'dev-claims.jsonl')));
		expect(result.falseSupported).toBe(0);
		expect(result.accuracy).toBeGreaterThanOrEqual(0.8);
	});

	test('GIVEN the dev short-answer questions THEN at most one wrong bold answer, and most right', () => {
		const result = evaluateShortAnswers(
			briefing,
			readShortAnswerCases(join(import.meta.dirname, 'dev-short-answers.jsonl')),
		);
		expect(result.wrong).toBeLessThanOrEqual(1);
		expect(result.right).toBeGreaterThanOrEqual(18);
	});
});
