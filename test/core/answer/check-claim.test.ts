import { beforeAll, describe, expect, test } from 'vitest';
import { checkClaim } from '../../../src/core/answer/check-claim.js';
import type { Briefing } from '../../../src/core/briefing.js';
import { loadRealBriefing } from '../../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

describe('checkClaim', () => {
	test('GIVEN a claim the article states THEN it is supported', () => {
		expect(checkClaim(briefing, 'Russia has provided 50,000 doses of Sputnik-V vaccine')).toMatchObject({
			found: true,
			verdict: 'supported',
		});
	});

	test('GIVEN a wrong number THEN it is contradicted, naming the article figure', () => {
		const check = checkClaim(briefing, 'Russia gave Pakistan 100,000 vaccine doses');
		expect(check).toMatchObject({ found: true, verdict: 'contradicted' });
		if (check.found) expect(check.reason).toContain('50,000');
	});

	test('GIVEN a negated claim THEN it is contradicted', () => {
		expect(checkClaim(briefing, 'Pakistan will not buy the vaccine')).toMatchObject({
			found: true,
			verdict: 'contradicted',
		});
	});

	test('GIVEN a claim about something absent THEN it is not covered', () => {
		expect(checkClaim(briefing, 'Lavrov visited Paris')).toMatchObject({ found: false, missing: ['Paris'] });
	});
});
