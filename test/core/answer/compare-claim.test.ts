import { beforeAll, describe, expect, test } from 'vitest';
import { defaultCheckOptions } from '../../../src/core/answer/check-claim.js';
import { getClaimVocabulary } from '../../../src/core/answer/claim-vocabulary.js';
import { compareQuantities, compareTimes, compareWithSentence } from '../../../src/core/answer/compare-claim.js';
import { readClaim } from '../../../src/core/answer/read-claim.js';
import type { Briefing } from '../../../src/core/briefing.js';
import { readQuantities, readTimes } from '../../../src/core/text/read-values.js';
import { loadRealBriefing } from '../../helpers/briefing.js';

const options = { approximateShare: 0.1, unitShare: 0.05 };

describe('compareQuantities', () => {
	test('GIVEN equal values written differently THEN no conflict', () => {
		expect(compareQuantities(readQuantities('50k doses'), readQuantities('50,000 doses'), options)).toEqual([]);
		expect(compareQuantities(readQuantities('46%'), readQuantities('46 percent'), options)).toEqual([]);
	});

	test('GIVEN another value of the same kind THEN one reason naming the article value, then the claim value', () => {
		expect(
			compareQuantities(readQuantities('16 billion cubic feet'), readQuantities('1.6 billion cubic feet'), options),
		).toEqual(['The article gives 1.6 billion cubic feet, not 16 billion cubic feet.']);
	});

	test('GIVEN two values in the article THEN the one playing the same part is named ("more")', () => {
		const stated = readQuantities('provided 50,000 doses and intend to provide 150,000 more');
		expect(compareQuantities(readQuantities('1.5 million more doses'), stated, options)[0]).toContain('150,000');
	});

	test('GIVEN lengths of time in other units THEN compared in days, within the rounding of loose speech', () => {
		expect(compareQuantities(readQuantities('a whole week'), readQuantities('a two-day visit'), options)).toHaveLength(
			1,
		);
		expect(compareQuantities(readQuantities('48 hours'), readQuantities('two days'), options)).toEqual([]);
		expect(compareQuantities(readQuantities('four weeks'), readQuantities('a month'), options)).toEqual([]);
		expect(compareQuantities(readQuantities('in 90 months'), readQuantities('in nine years'), options)).toHaveLength(1);
		// A span something falls in or a time ago is no length of a thing, in any unit.
		expect(
			compareQuantities(readQuantities('lasted nine years'), readQuantities('the first in nine years'), options),
		).toEqual([]);
		expect(compareQuantities(readQuantities('for a month'), readQuantities('more than a year ago'), options)).toEqual(
			[],
		);
		expect(
			compareQuantities(readQuantities('the first in the past 108 months'), readQuantities('a two-day visit'), options),
		).toEqual([]);
	});

	test('GIVEN values of different kinds or units THEN nothing to compare', () => {
		expect(
			compareQuantities(readQuantities('$2.5 billion'), readQuantities('1.6 billion cubic feet'), options),
		).toEqual([]);
		expect(compareQuantities(readQuantities('3 days'), readQuantities('50,000 doses'), options)).toEqual([]);
	});

	test('GIVEN a bound THEN it is checked against the value: "over a decade" against nine years conflicts', () => {
		expect(compareQuantities(readQuantities('over a decade'), readQuantities('nine years'), options)).toHaveLength(1);
		expect(compareQuantities(readQuantities('over five years'), readQuantities('nine years'), options)).toEqual([]);
	});

	test('GIVEN a bound in the article THEN only values outside it conflict: "more than a year" allows two years', () => {
		const stated = readQuantities('talks lasted more than a year');
		expect(compareQuantities(readQuantities('two years'), stated, options)).toEqual([]);
		expect(compareQuantities(readQuantities('more than a year'), stated, options)).toEqual([]);
		expect(compareQuantities(readQuantities('a year'), stated, options)).toEqual([]);
		expect(compareQuantities(readQuantities('less than a year'), stated, options)).toEqual([
			'The article gives more than a year, not less than a year.',
		]);
		expect(compareQuantities(readQuantities('6 months'), readQuantities('over 9 months'), options)).toHaveLength(1);
		// Two bounds that only touch do not meet: nearly 50 is under 50.
		expect(
			compareQuantities(readQuantities('more than 50 doses'), readQuantities('nearly 50 doses'), options),
		).toHaveLength(1);
	});
});

describe('compareTimes', () => {
	test('GIVEN another day or date of the same kind THEN a reason naming both; another kind THEN none', () => {
		expect(compareTimes(readTimes('on thursday'), readTimes('on Wednesday'))).toEqual([
			'The article gives Wednesday, not thursday.',
		]);
		expect(compareTimes(readTimes('by june 1'), readTimes('a May 1 deadline'))).toHaveLength(1);
		expect(compareTimes(readTimes('this week'), readTimes('on Wednesday'))).toEqual([]);
	});
});

describe('compareWithSentence', () => {
	let briefing: Briefing;
	beforeAll(async () => {
		briefing = await loadRealBriefing();
	});
	/** The claim compared with one sentence, alone in its paragraph. */
	const compare = (claim: string, text: string) => {
		const vocabulary = getClaimVocabulary(briefing, defaultCheckOptions);
		const reading = readClaim(claim, vocabulary, briefing.index.tokensOf);
		const sentence = { index: 1, text, start: 0, end: text.length };
		const paragraph = { id: '¶1', number: 1, source: '', cite: '¶1', text, sentences: [sentence] };
		return compareWithSentence(reading, sentence, paragraph, undefined, {
			vocabulary,
			tokensOf: briefing.index.tokensOf,
			options: defaultCheckOptions,
		});
	};

	test('GIVEN the parties a sentence lists before "were" THEN another joined to them is listed instead; "among" lists some', () => {
		const claim = 'China and the US were the supporters of the islamist fighters';
		expect(
			compare(claim, 'Pakistan and the United States were the supporters of the Islamist fighters.').listedInstead,
		).toBe('Pakistan and the United States');
		expect(
			compare(claim, 'Pakistan and the United States were among the supporters of the Islamist fighters.')
				.listedInstead,
		).toBeUndefined();
	});

	test('GIVEN a body named with its acronym in brackets before the verb THEN the acronym is no other actor', () => {
		const text = 'Officials said the Joint Water Board (JWB), due to meet in Moscow next month, would review tariffs.';
		expect(compare('The joint water board will convene in Moscow next month', text).about).toBe(true);
		// Another body is another actor still.
		expect(compare('The joint energy council will convene in Moscow next month', text).about).toBe(false);
	});
});
