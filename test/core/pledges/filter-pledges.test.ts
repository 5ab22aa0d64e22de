import { beforeAll, describe, expect, test } from 'vitest';
import type { Briefing } from '../../../src/core/briefing.js';
import { filterPledges } from '../../../src/core/pledges/filter-pledges.js';
import { loadRealBriefing } from '../../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

describe('filterPledges', () => {
	test('GIVEN no filter THEN every commitment is listed, each pinned to a verbatim quote', () => {
		const result = filterPledges(briefing.knowledge, {});
		if (!result.ok) throw new Error('expected pledges');
		expect(result.pledges).toHaveLength(briefing.knowledge.pledges.length);
		for (const pledge of result.pledges) {
			expect(briefing.knowledge.article.paragraphs[pledge.pin.paragraph - 1]?.text).toContain(pledge.pin.quote);
		}
	});

	test.each([
		['vaccine', 'health'],
		['Vaccines', 'health'],
		['defence', 'security'],
		['energy', 'energy'],
		['afghanistan', 'afghanistan'],
	])('GIVEN topic "%s" THEN only %s commitments are listed', (topic, id) => {
		const result = filterPledges(briefing.knowledge, { topic });
		if (!result.ok) throw new Error(`unknown topic ${topic}`);
		expect(result.pledges.length).toBeGreaterThan(0);
		expect(result.pledges.every((pledge) => pledge.topic === id)).toBe(true);
	});

	test('GIVEN a party THEN joint commitments count for both parties', () => {
		const russia = filterPledges(briefing.knowledge, { by: 'russian' });
		const pakistan = filterPledges(briefing.knowledge, { by: 'Pakistan' });
		if (!russia.ok || !pakistan.ok) throw new Error('parties not found');
		expect(russia.pledges.every((pledge) => pledge.by.includes('Russia'))).toBe(true);
		const joint = russia.pledges.filter((pledge) => pledge.by.includes('Pakistan'));
		expect(joint.length).toBeGreaterThan(0);
		for (const pledge of joint) expect(pakistan.pledges).toContain(pledge);
	});

	test('GIVEN an unknown topic or party THEN the result says so and lists the known ones', () => {
		expect(filterPledges(briefing.knowledge, { topic: 'football' })).toMatchObject({
			ok: false,
			problem: 'unknown-topic',
		});
		expect(filterPledges(briefing.knowledge, { by: 'France' })).toMatchObject({
			ok: false,
			problem: 'unknown-party',
			known: ['Russia', 'Pakistan'],
		});
	});
});
