import { describe, expect, test } from 'vitest';
import {
	compileAcronyms,
	countWords,
	extractTerms,
	isPossessive,
	normalizeWord,
	spanOf,
	stemWord,
	tokenize,
} from '../../../src/core/text/analyze.js';

describe('tokenize', () => {
	test('GIVEN text with possessives and numbers THEN tokens keep offsets, stems and whole numbers', () => {
		const text = 'Pakistan’s 50,000 doses';
		const tokens = tokenize(text);
		expect(tokens.map((token) => token.raw)).toEqual(['Pakistan’s', '50,000', 'doses']);
		expect(tokens.map((token) => token.term)).toEqual(['pakistan', '50,000', 'dose']);
		for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.raw);
	});

	test('GIVEN stop words THEN they have no term', () => {
		expect(tokenize('What did the minister say').map((token) => token.term)).toEqual([
			null,
			null,
			null,
			'minist',
			null,
		]);
	});
});

describe('extractTerms', () => {
	test('GIVEN inflected forms THEN they share a stem', () => {
		expect(extractTerms('vaccines vaccination')).toEqual(['vaccin', 'vaccin']);
		expect(extractTerms('buying')).toEqual(extractTerms('buy'));
	});
});

describe('extractTerms: contractions', () => {
	test('GIVEN a negated auxiliary or "vs" THEN no term: "wasn\'t" asks, it names nothing', () => {
		expect(extractTerms("wasn't pak on the other side vs the soviets")).toEqual(
			extractTerms('pak on the other side the soviets'),
		);
		expect(extractTerms('hasnt it, isn’t it')).toEqual([]);
	});

	test('GIVEN a pronoun or question word contracted with a verb ("they\'ll", "who’ll", "youre") THEN no term', () => {
		expect(extractTerms("they'll stop it, they’re sure, youre right, that's all")).toEqual(
			extractTerms('stop sure right'),
		);
		expect(extractTerms("who'll supply it, y'all, ain't it")).toEqual(extractTerms('supply'));
	});
});

describe('countWords', () => {
	test('GIVEN a text THEN it counts the words tokenize finds, stop words and numbers included', () => {
		const text = 'Russia’s FM said “50,000 doses” were sent, and 1.6 more — of the vaccine.';
		expect(countWords(text)).toBe(tokenize(text).length);
		expect(countWords(text)).toBe(13);
		expect(countWords('')).toBe(0);
	});
});

describe('stemWord', () => {
	test('GIVEN British and American spellings of a word THEN they stem alike', () => {
		const pairs = [
			['recognised', 'recognized'],
			['defence', 'defense'],
			['labour', 'labor'],
			['favourite', 'favorite'],
			['centre', 'center'],
			['dialogue', 'dialog'],
			['modernisation', 'modernization'],
			['analyse', 'analyze'],
			['neighbourhoods', 'neighborhoods'],
		];
		for (const [british = '', american = ''] of pairs) expect(stemWord(british)).toBe(stemWord(american));
	});

	test('GIVEN short words that only look British THEN they are left alone', () => {
		expect(stemWord('four')).not.toBe(stemWord('for'));
		expect(['rise', 'hour', 'tour'].map(stemWord)).toEqual(['rise', 'hour', 'tour']);
	});
});

describe('isPossessive', () => {
	test('GIVEN a word that owns what follows THEN it is possessive; GIVEN one past a comma THEN it is not', () => {
		const text = "Lyon's mayor met the towns' heads, Reed said.";
		const [lyon, , , , towns, , reed] = tokenize(text);
		expect(lyon && isPossessive(text, lyon)).toBe(true);
		expect(towns && isPossessive(text, towns)).toBe(true);
		expect(reed && isPossessive(text, reed)).toBe(false);
	});
});

describe('normalizeWord', () => {
	test('GIVEN diacritics, case and a possessive THEN they are removed', () => {
		expect(normalizeWord('Qurésh’s')).toBe('quresh');
	});
});

describe('compileAcronyms', () => {
	test('GIVEN "US" and "U.S." THEN both are spelled out, but "us" is left alone', () => {
		const expand = compileAcronyms({ US: 'United States', 'U.S.': 'United States' });
		expect(expand('the US and the U.S.-backed government told us')).toBe(
			'the United States and the United States-backed government told us',
		);
	});
});

describe('spanOf', () => {
	test('GIVEN a phrase with a stop word inside ("eye to eye") THEN the words it spans, the stop word among them', () => {
		expect(spanOf(['ey', 'ey'], ['', 'ey', '', 'ey', 'on'], 1)).toBe(3);
		expect(spanOf(['ey', 'ey'], ['ey', 'ey'], 0)).toBe(2);
		expect(spanOf(['ey', 'ey'], ['ey', 'on', 'ey'], 0)).toBe(0);
		// A phrase starts at its first word, not at a stop word before it.
		expect(spanOf(['ey'], ['', 'ey'], 0)).toBe(0);
	});
});
