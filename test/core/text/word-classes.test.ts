import { describe, expect, test } from 'vitest';
import { isNegatedForm } from '../../../src/core/text/word-classes.js';

describe('isNegatedForm', () => {
	test('GIVEN a word and the same word with a negative prefix, in any form THEN a pair of opposites', () => {
		expect(isNegatedForm('instability', 'stability')).toBe(true);
		expect(isNegatedForm('stability', 'instability')).toBe(true);
		expect(isNegatedForm('destabilizing', 'stability')).toBe(true);
		expect(isNegatedForm('Disagreement', 'agreement')).toBe(true);
	});

	test('GIVEN words that are not one the other prefixed THEN no pair', () => {
		expect(isNegatedForm('stability', 'stability')).toBe(false);
		expect(isNegatedForm('united', 'ted')).toBe(false);
	});
});
