import { describe, expect, test } from 'vitest';
import type { Facts } from '../../../src/core/knowledge/knowledge-schema.js';
import { mergeFacts } from '../../../src/core/knowledge/merge-facts.js';

type Pledge = Facts['pledges'][number];
const pledge = (by: string, topic: string, paragraph: number, quote: string): Pledge => ({
	by: [by],
	to: 'Dunmore',
	topic,
	text: quote,
	pin: { paragraph, quote },
	also: [],
});
const sheet = (pledges: Pledge[], curated: boolean) => ({ facts: { people: [], topics: [], pledges }, curated });

describe('mergeFacts', () => {
	test('GIVEN two drafted pledges of one paragraph THEN both are kept; a curated pledge there covers a drafted one', () => {
		const hall = pledge('Karl Weiss', 'fair', 12, 'Weiss will fund a new hall.');
		const tram = pledge('Ana Roth', 'transport', 12, 'Roth will pay for a tram line.');
		expect(mergeFacts([sheet([], true), sheet([hall, tram], false)]).pledges).toHaveLength(2);
		const curated = pledge('Karl Weiss', 'fair', 12, 'Weiss agreed to fund a new hall.');
		expect(mergeFacts([sheet([curated], true), sheet([tram], false)]).pledges).toEqual([curated]);
	});
});
