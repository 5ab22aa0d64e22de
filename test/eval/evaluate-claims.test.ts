import { describe, expect, test } from 'vitest';
import { isRightShortAnswer, isRightVerdict, splitInHalves } from './evaluate-claims.js';

describe('isRightShortAnswer', () => {
	test('GIVEN a variant as whole words, in any case or punctuation THEN right', () => {
		expect(isRightShortAnswer('in Moscow', ['Moscow'])).toBe(true);
		expect(isRightShortAnswer('150,000 more', ['150000'])).toBe(true);
		expect(isRightShortAnswer('the Islamist fighters', ['Islamist fighters'])).toBe(true);
	});

	test('GIVEN a variant only inside a longer number or word THEN wrong', () => {
		expect(isRightShortAnswer('150,000 more', ['50,000'])).toBe(false);
		expect(isRightShortAnswer('the Islamist', ['Islamist fighters'])).toBe(false);
	});
});

describe('isRightVerdict', () => {
	test('GIVEN gold not-settled THEN not-covered counts as right too; supported never does', () => {
		const item = { claim: 'x', verdict: 'not-settled' as const, evidence: [], trap: '' };
		expect(isRightVerdict(item, 'not-covered')).toBe(true);
		expect(isRightVerdict(item, 'supported')).toBe(false);
	});
});

describe('splitInHalves', () => {
	test('GIVEN a set THEN two disjoint halves covering it, the same whatever its order', () => {
		const items = Array.from({ length: 11 }, (_, i) => `case ${i}`);
		const split = splitInHalves(items, (item) => item);
		expect(split.tune).toHaveLength(6);
		expect([...split.tune, ...split.held].sort()).toEqual([...items].sort());
		expect(splitInHalves([...items].reverse(), (item) => item)).toEqual(split);
	});
});
