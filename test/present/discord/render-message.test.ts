import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { autocompleteCommand, commands, executeCommand } from '../../../src/commands/index.js';
import type { Briefing } from '../../../src/core/briefing.js';
import type { Reply } from '../../../src/core/reply.js';
import { toChoicesJson } from '../../../src/present/discord/command-json.js';
import { fitMessage } from '../../../src/present/discord/fit-message.js';
import { renderDiscordMessage } from '../../../src/present/discord/render-message.js';
import { truncate } from '../../../src/present/discord/text.js';
import { loadRealBriefing } from '../../helpers/briefing.js';
import { expectValidCallbackBody } from '../../helpers/discord-spec.js';
import { userText } from '../../helpers/user-text.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

/** Validates a rendered reply as the callback body the bot would send, and that no mention survives unescaped. */
function expectSendable(reply: Reply): void {
	const data = renderDiscordMessage(reply, briefing.knowledge);
	expectValidCallbackBody({ type: 4, data });
	const text = JSON.stringify(data);
	expect(text).not.toMatch(/@(everyone|here)/iu);
	expect(text).not.toMatch(/<[@#]/u);
}

describe('truncate', () => {
	test('GIVEN long text THEN it is cut at a word boundary with an ellipsis, within the limit', () => {
		const text = 'The quick brown fox jumps over the lazy dog';
		expect(truncate(text, 20)).toBe('The quick brown fox…');
		expect(truncate(text, 100)).toBe(text);
		expect(truncate('😀😀😀', 4).length).toBeLessThanOrEqual(4);
	});
});

describe('fitMessage', () => {
	test('GIVEN oversized embeds THEN every limit holds and the total stays within 6,000', () => {
		const field = { name: 'n'.repeat(300), value: 'v'.repeat(2000) };
		const message = fitMessage({
			embeds: [
				{
					title: 't'.repeat(300),
					description: 'd'.repeat(5000),
					fields: Array.from({ length: 30 }, () => field),
					footer: { text: 'f'.repeat(3000) },
				},
			],
			allowed_mentions: { parse: [] },
		});
		const [embed] = message.embeds ?? [];
		expect(embed?.title?.length).toBeLessThanOrEqual(256);
		expect(embed?.fields?.length).toBeLessThanOrEqual(25);
		expectValidCallbackBody({ type: 4, data: message });
	});
});

describe('renderDiscordMessage', () => {
	test('GIVEN an answer THEN the matched words of the quote are bold and the citation is named', () => {
		const data = renderDiscordMessage(
			executeCommand(briefing, 'ask', { question: 'Where did Imran Khan meet Putin?' }),
			briefing.knowledge,
		);
		const [embed] = data.embeds ?? [];
		expect(embed?.description).toContain('**Bishkek**');
		expect(embed?.description).toContain('**Putin**');
		expect(embed?.author?.url).toBe(briefing.knowledge.article.meta.url);
		expect(data.allowed_mentions).toEqual({ parse: [] });
	});

	test('GIVEN a detail the article lacks THEN the embed says so, with what it says about the subject as fields', () => {
		const reply = executeCommand(briefing, 'ask', { question: 'How much will the pipeline cost?' });
		expectSendable(reply);
		const [embed] = renderDiscordMessage(reply, briefing.knowledge).embeds ?? [];
		expect(embed?.description).toMatch(/does not give “the cost”[\s\S]*What it says about “pipeline”/u);
		const cited = (embed?.fields ?? []).filter((field) => /^¶\d+/u.test(field.name));
		expect(cited.length).toBeGreaterThan(0);
		expect(embed?.fields?.at(-1)?.name).toBe('The article covers');
	});

	test('GIVEN any text to any command THEN the reply is sendable: valid per the spec, within limits, no mentions', () => {
		fc.assert(
			fc.property(fc.constantFrom(...commands), userText, userText, (command, first, second) => {
				const raw = Object.fromEntries(command.options.map((option, i) => [option.name, i === 0 ? first : second]));
				expectSendable(executeCommand(briefing, command.name, raw));
			}),
			{ numRuns: 2000 },
		);
	});

	test('GIVEN any typed text THEN autocomplete answers are valid choices', () => {
		fc.assert(
			fc.property(fc.constantFrom(...commands), userText, (command, text) => {
				for (const option of command.options) {
					const choices = toChoicesJson(autocompleteCommand(briefing, command.name, option.name, text));
					expectValidCallbackBody({ type: 8, data: { choices } });
				}
			}),
			{ numRuns: 1000 },
		);
	});

	test('GIVEN hostile echoes THEN they are escaped: mentions, markdown and code fences show as typed', () => {
		const data = renderDiscordMessage(
			executeCommand(briefing, 'ask', { question: '@here `x` ```y``` <@&123456789012345678> __z__' }),
			briefing.knowledge,
		);
		const title = data.embeds?.[0]?.title ?? '';
		expect(title).toContain('@\u200bhere');
		expect(title).toContain('\\`x\\`');
		expect(title).toContain('<\u200b@&');
		expect(title).toContain('\\_\\_z\\_\\_');
	});
});

describe('renderDiscordMessage for /check', () => {
	const embedOf = (claim: string) =>
		renderDiscordMessage(executeCommand(briefing, 'check', { claim }), briefing.knowledge).embeds?.[0];

	test('GIVEN each verdict THEN its own label, and green only for a supported claim', () => {
		const supported = embedOf('Russia gave Pakistan 50,000 doses');
		const contradicted = embedOf('Russia gave Pakistan 100,000 doses');
		const notSettled = embedOf('Putin will visit Pakistan later this year');
		expect([supported?.title, contradicted?.title, notSettled?.title]).toEqual([
			'Supported by the article',
			'Contradicted by the article',
			'Discussed in the article, not settled',
		]);
		const colors = new Set([supported?.color, contradicted?.color, notSettled?.color]);
		expect(colors.size).toBe(3);
		expect(supported?.color).toBe(0x3ba55c);
	});
});
