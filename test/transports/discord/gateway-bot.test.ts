import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commands } from '../../../src/commands/index.js';
import { toApplicationCommandsJson } from '../../../src/present/discord/command-json.js';
import { type Harness, startHarness, TEST_TOKEN } from '../../helpers/bot-harness.js';
import { loadRealBriefing } from '../../helpers/briefing.js';
import { expectValidRequest, requestOf } from '../../helpers/discord-spec.js';
import { autocomplete, buttonClick, chatInput, messageMenu } from '../../helpers/interactions.js';
import { findUnsafe } from '../../helpers/user-text.js';

let harness: Harness;
beforeAll(async () => {
	harness = await startHarness(await loadRealBriefing());
});
afterAll(async () => {
	await harness?.close();
});

interface Callback {
	type: number;
	data: {
		content?: string;
		flags?: number;
		embeds?: {
			title?: string;
			description?: string;
			fields?: { name: string; value: string }[];
			footer?: { text: string };
		}[];
		components?: { components: { custom_id?: string; label?: string; url?: string }[] }[];
		choices?: { name: string; value: string }[];
	};
}

/** Sends an interaction through the gateway and returns the callback the bot posted for it, validated. */
async function interact(payload: { id: string }): Promise<Callback> {
	harness.fake.sendInteraction(payload);
	const request = await harness.fake.waitForRequest((candidate) =>
		candidate.path.startsWith(`/interactions/${payload.id}/`),
	);
	expect(request.headers.authorization).toBeUndefined();
	expectValidRequest(request);
	return request.body as Callback;
}

describe('the real discord.js client against the local fake Discord', () => {
	test('GIVEN the bot logs in THEN it reaches READY with the Guilds intent only and never sends the token elsewhere', async () => {
		expect(harness.bot.client.isReady()).toBe(true);
		const gateway = harness.fake.requests.find((request) => request.path === '/gateway/bot');
		expect(gateway?.headers.authorization).toBe(`Bot ${TEST_TOKEN}`);
		expect(harness.bot.client.options.intents.bitfield).toBe(1);
	});

	test('GIVEN /ask THEN an embed with the question, short answer, cited quote, footer and buttons', async () => {
		const callback = await interact(chatInput('ask', { question: 'How many doses did Russia deliver?' }));
		expect(callback.type).toBe(4);
		expect(callback.data.flags).toBeUndefined();
		const [embed] = callback.data.embeds ?? [];
		expect(embed?.title).toBe('How many doses did Russia deliver?');
		expect(embed?.description).toMatch(/^\*\*50,000 doses\*\*/u);
		expect(embed?.description).toMatch(/— ¶\d+/u);
		expect(embed?.footer?.text).toContain('TDMI News');
		const buttons = callback.data.components?.[0]?.components ?? [];
		expect(buttons.map((button) => button.label)).toEqual(
			expect.arrayContaining(['More passages', 'Read the article']),
		);
	});

	test('GIVEN /ask private:true THEN the reply is ephemeral through flags', async () => {
		const callback = await interact(chatInput('ask', { question: 'What is the IGC?', private: true }));
		expect(callback.data.flags).toBe(64);
	});

	test('GIVEN a question with mentions and markdown THEN it is echoed escaped and pings no one', async () => {
		const callback = await interact(chatInput('ask', { question: '@everyone **Syria** <@123456789012345678>?' }));
		const title = callback.data.embeds?.[0]?.title ?? '';
		expect(title).not.toContain('@everyone');
		expect(title).not.toContain('<@1');
		expect(title).toContain('\\*\\*Syria\\*\\*');
	});

	test('GIVEN format characters (RLO, zero-width, tags, soft hyphen) THEN no title, description or content echoes them', async () => {
		const hidden = '\u202e\u200b\u200d\u2066\u00ad\ufeff\u{e0041}\u{e007f}\u0085';
		const callbacks = [
			await interact(chatInput('ask', { question: `What about ${hidden}Syria?` })),
			await interact(chatInput('who', { name: `Zor${hidden}ro` })),
			await interact(chatInput('check', { claim: `Kabul${hidden} hosted the talks` })),
			await interact(chatInput(`nope${hidden}`, {})),
		];
		expect(callbacks[0]?.data.embeds?.[0]?.title).toBe('What about Syria?');
		expect(callbacks[1]?.data.embeds?.[0]?.description).toContain('No one called “Zorro”');
		for (const callback of callbacks) {
			const texts = [
				callback.data.content ?? '',
				...(callback.data.embeds ?? []).flatMap((embed) => [embed.title ?? '', embed.description ?? '']),
			];
			for (const text of texts) expect(findUnsafe(text)).toBeUndefined();
		}
	});

	test('GIVEN /who, /pledges, /about, /help, /check and /paragraph THEN each answers with valid embeds', async () => {
		for (const payload of [
			chatInput('who'),
			chatInput('who', { name: 'army chief' }),
			chatInput('pledges', { topic: 'energy', by: 'Russia' }),
			chatInput('about'),
			chatInput('help'),
			chatInput('check', { claim: 'Russia gave Pakistan 100,000 doses' }),
			chatInput('paragraph', { number: 12 }),
		]) {
			const callback = await interact(payload);
			expect(callback.data.embeds?.length).toBeGreaterThan(0);
		}
	});

	test('GIVEN a bad option value THEN a clear ephemeral message', async () => {
		const callback = await interact(chatInput('pledges', { topic: 'football' }));
		expect(callback.data.flags).toBe(64);
		expect(callback.data.content).toMatch(/There is no topic/u);
	});

	test('GIVEN autocomplete on /who, /pledges and /ask THEN at most 25 choices within 100 characters', async () => {
		const who = await interact(autocomplete('who', 'name', 'qu'));
		expect(who.type).toBe(8);
		expect(who.data.choices?.map((choice) => choice.value)).toEqual(['Shah Mahmood Qureshi']);
		const topics = await interact(autocomplete('pledges', 'topic', 'en'));
		expect(topics.data.choices?.map((choice) => choice.value)).toContain('energy');
		const ask = await interact(autocomplete('ask', 'question', 'who is'));
		expect(ask.data.choices?.length).toBeGreaterThan(1);
		expect(ask.data.choices?.length).toBeLessThanOrEqual(25);
	});

	test('GIVEN the "More passages" and "Show paragraph" buttons THEN they answer from their custom ids alone', async () => {
		const answer = await interact(chatInput('ask', { question: 'What did Lavrov say about Afghanistan?' }));
		const buttons = answer.data.components?.[0]?.components ?? [];
		const more = buttons.find((button) => button.label === 'More passages')?.custom_id ?? '';
		const show = buttons.find((button) => button.label?.startsWith('Show ¶'))?.custom_id ?? '';
		const page = await interact(buttonClick(more));
		expect(page.data.flags).toBe(64);
		expect(page.data.embeds?.[0]?.fields?.length).toBeGreaterThan(0);
		const paragraph = await interact(buttonClick(show));
		expect(paragraph.data.embeds?.[0]?.title).toBe(show.replace('para:', '¶'));
	});

	test('GIVEN "Check against the article" on a message THEN a verdict with supporting passages', async () => {
		const callback = await interact(
			messageMenu('Check against the article', 'Russia has provided 50,000 doses of vaccine'),
		);
		expect(callback.data.embeds?.[0]?.title).toBe('Supported by the article');
		// A claim about nothing the article mentions. ("Lavrov flew on to Kabul" is now "not settled": the lexicon
		// relates Kabul to Afghanistan, which the article discusses.)
		const missing = await interact(messageMenu('Check against the article', 'The Eiffel Tower is in Paris'));
		expect(missing.data.embeds?.[0]?.title).toBe('Not in the article');
	});

	test('GIVEN the registration body THEN every command is valid per the spec', () => {
		expectValidRequest(requestOf('PUT', '/applications/1/commands', toApplicationCommandsJson(commands)));
	});

	test('GIVEN the interactions so far THEN one structured log line each, and never the token', () => {
		const lines = harness.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
		const interactions = lines.filter((line) => line.msg === 'interaction');
		expect(interactions.length).toBeGreaterThan(10);
		for (const line of interactions)
			expect(Object.keys(line)).toEqual(expect.arrayContaining(['id', 'command', 'latencyMs']));
		expect(harness.logs.join('\n')).not.toContain(TEST_TOKEN);
	});
});

describe('a handler that throws', () => {
	test('GIVEN a fault inside a command THEN the user gets an ephemeral apology, it is logged, and the bot keeps serving', async () => {
		const real = await loadRealBriefing();
		const faulty = {
			...real,
			index: {
				...real.index,
				search: (...args: Parameters<typeof real.index.search>) => {
					if (args[0].some((concept) => concept.label === 'boom')) throw new Error('injected fault');
					return real.index.search(...args);
				},
			},
		};
		const own = await startHarness(faulty);
		try {
			const broken = chatInput('ask', { question: 'boom' });
			own.fake.sendInteraction(broken);
			const apology = await own.fake.waitForRequest((request) =>
				request.path.startsWith(`/interactions/${broken.id}/`),
			);
			expectValidRequest(apology);
			expect(apology.body).toMatchObject({
				type: 4,
				data: { flags: 64, content: expect.stringMatching(/something went wrong/u) },
			});
			expect(own.logs.some((line) => line.includes('interaction failed') && line.includes(broken.id))).toBe(true);
			const next = chatInput('ask', { question: 'What is the IGC?' });
			own.fake.sendInteraction(next);
			const answer = await own.fake.waitForRequest((request) => request.path.startsWith(`/interactions/${next.id}/`));
			expect(answer.body).toMatchObject({ type: 4 });
		} finally {
			await own.close();
		}
	});
});
