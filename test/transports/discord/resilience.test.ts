import { afterEach, describe, expect, test } from 'vitest';
import { type Harness, startHarness } from '../../helpers/bot-harness.js';
import { loadRealBriefing } from '../../helpers/briefing.js';
import { expectValidRequest } from '../../helpers/discord-spec.js';
import type { RecordedRequest } from '../../helpers/fake-discord.js';
import { chatInput } from '../../helpers/interactions.js';

let harness: Harness | undefined;
afterEach(async () => {
	await harness?.close();
	harness = undefined;
});

const isCallbackFor = (id: string) => (request: RecordedRequest) => request.path.startsWith(`/interactions/${id}/`);

async function answered(own: Harness, question = 'What is the IGC?'): Promise<RecordedRequest> {
	const interaction = chatInput('ask', { question });
	own.fake.sendInteraction(interaction);
	return own.fake.waitForRequest(isCallbackFor(interaction.id));
}

describe('abuse and load, through the local fake Discord', () => {
	test('GIVEN one user asking too fast THEN the excess gets an ephemeral "try again in N s"', async () => {
		harness = await startHarness(await loadRealBriefing(), { rateLimit: { limit: 5, windowMs: 10_000 } });
		const sent = Array.from({ length: 6 }, () =>
			chatInput('ask', { question: 'What is the IGC?' }, '700000000000000042'),
		);
		for (const interaction of sent) harness.fake.sendInteraction(interaction);
		const bodies = await Promise.all(
			sent.map(async (interaction) => (await harness?.fake.waitForRequest(isCallbackFor(interaction.id)))?.body),
		);
		const limited = bodies.filter((body) => JSON.stringify(body).includes('try again in'));
		expect(limited).toHaveLength(1);
		expect(limited[0]).toMatchObject({
			type: 4,
			data: { flags: 64, content: expect.stringMatching(/try again in 10 s/u) },
		});
		const other = await answered(harness);
		expect(JSON.stringify(other.body)).not.toContain('try again');
	});

	// Behaviour only: how fast a burst is answered belongs to `npm run bench`.
	test('GIVEN a burst of 200 interactions from many users THEN each is answered exactly once', async () => {
		harness = await startHarness(await loadRealBriefing(), { rateLimit: { limit: 5, windowMs: 10_000 } });
		const questions = [
			'How many doses did Russia deliver?',
			'Where did Imran Khan meet Putin?',
			'What about Syria?',
			'army chief',
		];
		const burst = Array.from({ length: 200 }, (_, i) =>
			chatInput(
				'ask',
				{ question: questions[i % questions.length] ?? '' },
				String(710000000000000000n + BigInt(i % 80)),
			),
		);
		for (const interaction of burst) harness.fake.sendInteraction(interaction);
		const callbacks = await harness.fake.waitForRequests((request) => request.path.endsWith('/callback'), 200);
		const ids = callbacks.map((request) => request.path.split('/')[2] ?? '');
		expect(new Set(ids).size).toBe(200);
		for (const interaction of burst) expect(ids).toContain(interaction.id);
		// Exactly once: interactions are answered in the order they arrive, so a duplicate of any of the burst would
		// land before the answer to one more sent after it.
		await answered(harness);
		expect(harness.fake.requests.filter((request) => request.path.endsWith('/callback'))).toHaveLength(201);
		for (const request of callbacks.slice(0, 50)) expectValidRequest(request);
	});
});

describe('faults, through the local fake Discord', () => {
	test('GIVEN the gateway connection drops THEN the client reconnects and answers what follows', async () => {
		harness = await startHarness(await loadRealBriefing());
		harness.fake.dropConnections(4000);
		await harness.fake.waitForSessions(1, 15_000);
		const callback = await answered(harness);
		expect(callback.body).toMatchObject({ type: 4 });
	});

	test('GIVEN the callback answers 429 with Retry-After THEN the reply is retried and lands', async () => {
		harness = await startHarness(await loadRealBriefing());
		const interaction = chatInput('ask', { question: 'What is the IGC?' });
		let refused = 0;
		harness.fake.intercept((request) => {
			if (!isCallbackFor(interaction.id)(request) || refused > 0) return undefined;
			refused += 1;
			return {
				status: 429,
				headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user' },
				body: { message: 'You are being rate limited.', retry_after: 1, global: false },
			};
		});
		harness.fake.sendInteraction(interaction);
		const attempts = await harness.fake.waitForRequests(isCallbackFor(interaction.id), 2, 10_000);
		expect(refused).toBe(1);
		expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(900);
		expectValidRequest(attempts[1] as RecordedRequest);
	});

	test.each([
		['500', { status: 500, body: { message: 'Internal Server Error', code: 0 } }],
		['10062 Unknown interaction', { status: 404, body: { message: 'Unknown interaction', code: 10062 } }],
	])(
		'GIVEN the callback fails with %s THEN it is logged with the interaction id, no crash, later ones answered',
		async (_case, failure) => {
			harness = await startHarness(await loadRealBriefing());
			const doomed = chatInput('ask', { question: 'What is the IGC?' });
			harness.fake.intercept((request) => (isCallbackFor(doomed.id)(request) ? failure : undefined));
			harness.fake.sendInteraction(doomed);
			const own = harness;
			await expect
				.poll(() => own.logs.some((line) => line.includes('interaction failed') && line.includes(doomed.id)), {
					timeout: 15_000,
				})
				.toBe(true);
			harness.fake.intercept(undefined);
			const later = await answered(harness);
			expect(later.body).toMatchObject({ type: 4 });
		},
	);
});
