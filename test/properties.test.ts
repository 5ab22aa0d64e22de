import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { autocompleteCommand, commands, executeCommand } from '../src/commands/index.js';
import type { Briefing } from '../src/core/briefing.js';
import { renderReplyJson } from '../src/present/render-json.js';
import { renderReplyText } from '../src/present/render-text.js';
import { answerLine } from '../src/transports/console/run-console.js';
import { loadRealBriefing } from './helpers/briefing.js';
import { userText } from './helpers/user-text.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

describe('any input to any command', () => {
	test('GIVEN any text in any option THEN every command returns a reply that every presenter renders, without throwing', () => {
		fc.assert(
			fc.property(fc.constantFrom(...commands), userText, userText, (command, first, second) => {
				const raw = Object.fromEntries(command.options.map((option, i) => [option.name, i === 0 ? first : second]));
				const reply = executeCommand(briefing, command.name, raw);
				expect(typeof reply.kind).toBe('string');
				expect(typeof renderReplyText(reply, briefing.knowledge)).toBe('string');
				expect(() => JSON.stringify(renderReplyJson(reply, briefing.knowledge))).not.toThrow();
				for (const option of command.options) {
					const choices = autocompleteCommand(briefing, command.name, option.name, first);
					expect(choices.length).toBeLessThanOrEqual(25);
				}
			}),
			{ numRuns: 2000 },
		);
	});

	test('GIVEN any console line THEN an answer or nothing, never an exception', () => {
		fc.assert(
			fc.property(userText, (line) => {
				const reply = answerLine(briefing, line);
				if (reply !== undefined) expect(renderReplyText(reply, briefing.knowledge).length).toBeGreaterThan(0);
			}),
			{ numRuns: 2000 },
		);
	});
});
