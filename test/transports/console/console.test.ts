import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Briefing } from '../../../src/core/briefing.js';
import { parseLine } from '../../../src/transports/console/parse-line.js';
import { runConsole } from '../../../src/transports/console/run-console.js';
import { loadRealBriefing } from '../../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

describe('parseLine', () => {
	test.each([
		['/ask how many doses?', { command: 'ask', options: { question: 'how many doses?' } }],
		['/who bajwa', { command: 'who', options: { name: 'bajwa' } }],
		['/pledges topic:energy by:Russia', { command: 'pledges', options: { topic: 'energy', by: 'Russia' } }],
		['/pledges energy by:"Russia"', { command: 'pledges', options: { topic: 'energy', by: 'Russia' } }],
		[
			'/ASK private:true what about kashmir',
			{ command: 'ask', options: { private: 'true', question: 'what about kashmir' } },
		],
		['what about kashmir', { command: 'ask', options: { question: 'what about kashmir' } }],
		['/about', { command: 'about', options: {} }],
	])('GIVEN %j THEN %j', (line, expected) => {
		expect(parseLine(line)).toEqual({ ok: true, ...expected });
	});

	test('GIVEN an unknown command or text for a command without options THEN an error', () => {
		expect(parseLine('/weather today')).toMatchObject({ ok: false });
		expect(parseLine('/about the article')).toMatchObject({ ok: false });
	});
});

describe('runConsole', () => {
	test('GIVEN piped lines THEN each is answered in order, bad ones get a message, and it ends with the input', async () => {
		const input = new PassThrough();
		const output = new PassThrough();
		let printed = '';
		output.on('data', (chunk: Buffer) => {
			printed += chunk.toString();
		});
		const done = runConsole(briefing, { input, output, interactive: false });
		input.end('/who bajwa\n\n/nope\nhow many doses did Russia deliver?\n');
		await done;
		const blocks = printed.trim().split('\n\n');
		expect(blocks[0]).toMatch(/^Qamar Javed Bajwa/u);
		expect(blocks[1]).toMatch(/There is no \/nope command/u);
		expect(blocks[2]).toMatch(/Answer: 50,000 doses/u);
	});

	test('GIVEN "exit" THEN the console stops reading', async () => {
		const input = new PassThrough();
		const output = new PassThrough();
		let printed = '';
		output.on('data', (chunk: Buffer) => {
			printed += chunk.toString();
		});
		const done = runConsole(briefing, { input, output, interactive: true });
		input.write('exit\n/who bajwa\n');
		await done;
		expect(printed).toContain('Briefing console');
		expect(printed).not.toContain('Qamar Javed Bajwa');
		input.end();
	});
});
