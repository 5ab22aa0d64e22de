import { beforeAll, describe, expect, test } from 'vitest';
import { checkCapitalClaim } from '../../../src/core/answer/check-capital-claim.js';
import { checkClaim } from '../../../src/core/answer/check-claim.js';
import type { Briefing } from '../../../src/core/briefing.js';
import { loadRealBriefing, verdictOf } from '../../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

describe('checkCapitalClaim', () => {
	test("GIVEN a city called the wrong country's capital THEN country data contradicts it, however it is put", () => {
		for (const claim of [
			'Moscow is the capital of Pakistan.',
			"Qatar's capital is Islamabad",
			'the qatari capital is kabul',
			'Karachi is Pakistan’s capital',
			'The capital of Pakistan is Moscow',
			'Moscow is the Pakistani capital',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).toBe('contradicted');
		}
	});

	test('GIVEN the right capital THEN the article decides: it states "Qatar capital of Doha", not whose Islamabad is', () => {
		expect(checkCapitalClaim(briefing, 'Doha is the capital of Qatar')).toBeUndefined();
		expect(verdictOf(checkClaim(briefing, 'Doha is the capital of Qatar'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Islamabad is the capital of Pakistan'))).not.toBe('contradicted');
		// A people's word names its country: "the Qatari capital" is Qatar's.
		for (const claim of ['The Qatari capital is Doha.', 'the pakistani capital is islamabad']) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).not.toBe('contradicted');
		}
	});

	test('GIVEN a claim that only names a capital, no country, a past, or a pair country data does not relate here THEN the ordinary check decides', () => {
		for (const claim of [
			'Lavrov met Qureshi in the capital of Pakistan',
			'Lahore is the capital of Punjab',
			'Karachi was the capital of Pakistan',
			// Neither is a name of the article: country data is kept for those only, so no other pairing is known.
			'Lima is the capital of Peru',
			'The city of Islamabad is the capital of Pakistan',
		]) {
			expect(checkCapitalClaim(briefing, claim), claim).toBeUndefined();
		}
	});
});
