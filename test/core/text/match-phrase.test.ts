import { describe, expect, test } from 'vitest';
import { containsTerms, containsWords, findLastWords } from '../../../src/core/text/match-phrase.js';

describe('containsWords', () => {
	test('GIVEN a phrase inside a longer word THEN no match; as whole words THEN a match', () => {
		expect(containsWords('the Ambassador spoke', 'Ambassador')).toBe(true);
		expect(containsWords('the Ambassadors spoke', 'Ambassador')).toBe(false);
		expect(containsWords('Ambassadors and the Ambassador', 'Ambassador')).toBe(true);
	});

	test('GIVEN a phrase twice THEN the last whole-word place', () => {
		expect(findLastWords('Lima, then Lima again, then Limassol', 'Lima')).toBe(11);
	});
});

describe('containsTerms', () => {
	test('GIVEN stems in a row THEN a match, wherever the first stem first occurs', () => {
		expect(containsTerms(['gas', 'pipelin', 'gas', 'price'], ['gas', 'price'])).toBe(true);
		expect(containsTerms(['prime', 'minist'], ['prime', 'minist'])).toBe(true);
	});

	test('GIVEN stems apart, cut off at the end, or nothing wanted THEN no match', () => {
		expect(containsTerms(['gas', 'and', 'price'], ['gas', 'price'])).toBe(false);
		expect(containsTerms(['price', 'gas'], ['gas', 'price'])).toBe(false);
		expect(containsTerms(['gas'], [])).toBe(false);
	});
});
