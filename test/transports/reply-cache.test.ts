import { describe, expect, test } from 'vitest';
import type { Briefing } from '../../src/core/briefing.js';
import { createLogger } from '../../src/logger.js';
import { createRateLimiter } from '../../src/transports/rate-limiter.js';
import { createReplyCache } from '../../src/transports/reply-cache.js';
import {
	type InteractionContext,
	type InteractionOutcome,
	respondToInteraction,
} from '../../src/transports/respond-to-interaction.js';
import { loadRealBriefing } from '../helpers/briefing.js';
import { buttonClick, chatInput } from '../helpers/interactions.js';

const logger = createLogger({ level: 'silent' });
const contextOf = (briefing: Briefing, extra: Partial<InteractionContext> = {}): InteractionContext => ({
	briefing,
	logger,
	replies: createReplyCache<InteractionOutcome>(100),
	...extra,
});
const ask = (question: string, userId: string, extra: Record<string, boolean> = {}) =>
	chatInput('ask', { question, ...extra }, userId) as Parameters<typeof respondToInteraction>[0];

describe('createReplyCache', () => {
	test('GIVEN more entries than its capacity THEN the least recently used goes first', () => {
		const cache = createReplyCache<number>(2);
		cache.set('a', 1);
		cache.set('b', 2);
		expect(cache.peek('a')).toBe(1);
		cache.set('c', 3);
		expect([cache.peek('a'), cache.peek('b'), cache.peek('c'), cache.size]).toEqual([1, undefined, 3, 2]);
	});

	test('GIVEN a capacity of 0 THEN nothing is stored', () => {
		const cache = createReplyCache<number>(0);
		cache.set('a', 1);
		expect(cache.peek('a')).toBeUndefined();
	});
});

describe('respondToInteraction with a reply cache', () => {
	test('GIVEN the same question from two users THEN the same body, the second from the cache', async () => {
		const context = contextOf(await loadRealBriefing());
		const first = respondToInteraction(ask('How many doses did Russia deliver?', '700000000000000101'), context);
		const second = respondToInteraction(ask('How many doses did Russia deliver?', '700000000000000102'), context);
		expect(JSON.stringify(second.response)).toBe(JSON.stringify(first.response));
		expect(first.fields).not.toHaveProperty('cached');
		expect(second.fields).toMatchObject({ cached: true, kind: 'answer' });
	});

	test('GIVEN options sent in another order THEN they share an entry', async () => {
		const context = contextOf(await loadRealBriefing());
		const make = (reverse: boolean) => {
			const interaction = chatInput('pledges', { topic: 'energy', by: 'Russia' });
			if (reverse) interaction.data.options.reverse();
			return interaction as Parameters<typeof respondToInteraction>[0];
		};
		respondToInteraction(make(false), context);
		expect(respondToInteraction(make(true), context).fields).toMatchObject({ cached: true });
	});

	test('GIVEN another knowledge version (hash) THEN the reply is worked out again', async () => {
		const briefing = await loadRealBriefing();
		const replies = createReplyCache<InteractionOutcome>(100);
		const { knowledge } = briefing;
		const edited: Briefing = {
			...briefing,
			knowledge: { ...knowledge, article: { ...knowledge.article, hash: `${knowledge.article.hash}-edited` } },
		};
		respondToInteraction(ask('What is the IGC?', '700000000000000103'), contextOf(briefing, { replies }));
		const again = respondToInteraction(ask('What is the IGC?', '700000000000000104'), contextOf(edited, { replies }));
		expect(again.fields).not.toHaveProperty('cached');
		expect(replies.size).toBe(2);
	});

	test('GIVEN ephemeral replies (a private answer, /help, a follow-up button, a bad option) THEN none is cached', async () => {
		const context = contextOf(await loadRealBriefing());
		const requests = [
			() => ask('What is the IGC?', '700000000000000105', { private: true }),
			() => chatInput('help', {}, '700000000000000105') as Parameters<typeof respondToInteraction>[0],
			() => buttonClick('para:3') as Parameters<typeof respondToInteraction>[0],
			() => ask('', '700000000000000105'),
		];
		for (const request of requests) {
			respondToInteraction(request(), context);
			const again = respondToInteraction(request(), context);
			expect(again.fields).not.toHaveProperty('cached');
			expect(again.response).toMatchObject({ data: { flags: 64 } });
		}
		expect(context.replies?.size).toBe(0);
	});

	test('GIVEN a user over the rate limit THEN told to wait even though the answer is cached, and that is not cached', async () => {
		const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 });
		const context = contextOf(await loadRealBriefing(), { limiter });
		respondToInteraction(ask('What is the IGC?', '700000000000000106'), context);
		const limited = respondToInteraction(ask('What is the IGC?', '700000000000000106'), context);
		expect(limited.fields).toMatchObject({ limited: true, kind: 'notice' });
		const other = respondToInteraction(ask('What is the IGC?', '700000000000000107'), context);
		expect(other.fields).toMatchObject({ cached: true, kind: 'answer' });
		expect(context.replies?.size).toBe(1);
	});
});
