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

/** Runs the console on the given input and returns what it printed. */
async function runWith(input: string, interactive: boolean): Promise<string> {
	const stdin = new PassThrough();
	const stdout = new PassThrough();
	let printed = '';
	stdout.on('data', (chunk: Buffer) => {
		printed += chunk.toString();
	});
	const done = runConsole(briefing, { input: stdin, output: stdout, interactive });
	stdin.end(input);
	await done;
	return printed;
}

describe('runConsole', () => {
	test('GIVEN piped lines THEN each is answered in order, bad ones get a message, and it ends with the input', async () => {
		const blocks = (await runWith('/who bajwa\n\n/nope\nhow many doses did Russia deliver?\n', false))
			.trim()
			.split('\n\n');
		expect(blocks[0]).toMatch(/^Qamar Javed Bajwa/u);
		expect(blocks[1]).toMatch(/There is no \/nope command/u);
		expect(blocks[2]).toMatch(/Answer: 50,000 doses/u);
	});

	test('GIVEN piped lines with a bare CR inside and CRLF ends THEN one answer per line', async () => {
		const blocks = (await runWith('/who bajwa\r/who lavrov\r\n/about\r\n', false)).trim().split('\n\n');
		expect(blocks).toHaveLength(2);
		expect(blocks[1]).toMatch(/^Islamabad, Moscow pledge to boost ties/u);
	});

	test('GIVEN "exit" THEN the console stops reading', async () => {
		const printed = await runWith('exit\n/who bajwa\n', true);
		expect(printed).toContain('Briefing console');
		expect(printed).not.toContain('Qamar Javed Bajwa');
	});
});
