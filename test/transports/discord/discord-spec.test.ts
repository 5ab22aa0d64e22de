import { describe, expect, test } from 'vitest';
import { expectValidRequest, requestOf } from '../../helpers/discord-spec.js';

const callback = (body: unknown) => requestOf('POST', '/interactions/1/token/callback', body);

describe('expectValidRequest (the checks every bot request goes through)', () => {
	test('GIVEN a valid reply THEN it passes', () => {
		expect(() =>
			expectValidRequest(callback({ type: 4, data: { content: 'ok', allowed_mentions: { parse: [] } } })),
		).not.toThrow();
	});

	test.each([
		[
			'content over 2,000 characters',
			{ type: 4, data: { content: 'x'.repeat(2001), allowed_mentions: { parse: [] } } },
		],
		[
			'11 embeds',
			{
				type: 4,
				data: { embeds: Array.from({ length: 11 }, () => ({ title: 't' })), allowed_mentions: { parse: [] } },
			},
		],
		[
			'embeds over 6,000 characters in total',
			{
				type: 4,
				data: {
					embeds: [{ description: 'x'.repeat(4000) }, { description: 'y'.repeat(2500) }],
					allowed_mentions: { parse: [] },
				},
			},
		],
		['mentions left to parse', { type: 4, data: { content: 'hi' } }],
		[
			'26 autocomplete choices',
			{ type: 8, data: { choices: Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `c${i}` })) } },
		],
		['a choice name over 100 characters', { type: 8, data: { choices: [{ name: 'x'.repeat(101), value: 'x' }] } }],
	])('GIVEN %s THEN it fails', (_case, body) => {
		expect(() => expectValidRequest(callback(body))).toThrow();
	});

	test('GIVEN a command with a 33-character name THEN registration fails validation', () => {
		const request = requestOf('PUT', '/applications/1/commands', [{ name: 'x'.repeat(33), description: 'd', type: 1 }]);
		expect(() => expectValidRequest(request)).toThrow();
	});
});
