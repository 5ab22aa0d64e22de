import { beforeAll, describe, expect, test } from 'vitest';
import { checkClaim } from '../../../src/core/answer/check-claim.js';
import type { Briefing } from '../../../src/core/briefing.js';
import { loadRealBriefing, reasonOf, verdictOf } from '../../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

// The article: "In the 1980s, Pakistan and the United States were the main supporters of the Islamist fighters who
// battled occupying Soviet forces."
describe('findSideConflict (through checkClaim)', () => {
	test('GIVEN a claim that two parties were on one side, where one backed those who fought the other THEN contradicted, quoting it', () => {
		for (const claim of [
			'In the 1980s Pakistan sided with Soviet forces in Afghanistan.',
			'back in the 80s pakistan and the soviets were on the same side in afghanistan',
			"in the 80s pakistan was on the soviets' side in afghanistan",
			'back in the 80s pakistan and the US were backing the soviet forces in afghanistan',
			'the soviet forces were backed by pakistan',
			'pakistan was the main supporter of the soviets in the 80s',
			'pakistan stood with the soviets in the 80s',
			'the soviets helped the islamist fighters',
			// The one backed fought the backer: "the Islamist fighters who battled occupying Soviet forces".
			'the soviets backed the islamist fighters',
		]) {
			const check = checkClaim(briefing, claim);
			expect(verdictOf(check), claim).toBe('contradicted');
			expect(reasonOf(check), claim).toMatch(/opposite sides.*battled occupying Soviet forces/u);
		}
	});

	test('GIVEN the passive with "by" THEN who acts is named after "by": backed by Pakistan, not backing it', () => {
		expect(verdictOf(checkClaim(briefing, 'the islamist fighters were backed by pakistan and the us'))).toBe(
			'supported',
		);
		expect(verdictOf(checkClaim(briefing, 'pakistan was backed by the islamist fighters'))).toBe('contradicted');
	});

	test('GIVEN a claim that says what the article does, or two parties on one side THEN never contradicted so', () => {
		for (const claim of [
			'in the 80s pakistan backed the fighters battling the soviets',
			'in the 80s pakistan and the US backed the fighters who took on the soviets',
			'pakistan and the US were on the same side in the 1980s',
			'the US sided with the islamist fighters against the soviets',
			'pakistan never sided with the soviets',
			// The claim puts them apart itself.
			"pakistan backed the soviets' enemies in the 80s",
			"pak was on the fighters' side against the soviets",
		]) {
			expect(reasonOf(checkClaim(briefing, claim)), claim).not.toMatch(/opposite sides/u);
		}
	});
});
