import { describe, expect, test } from 'vitest';
import { runEntryPoint } from './helpers/run-process.js';

interface AskJson {
	found: boolean;
	answer: string | null;
	passages: { id: string; text: string; score: number }[];
}

describe('npm run cli (the JSON contract, run as a process)', () => {
	test('GIVEN ask --json THEN one JSON object with found, answer and passages', async () => {
		const { code, stdout } = await runEntryPoint('src/cli.ts', ['ask', 'How many doses did Russia deliver?', '--json']);
		expect(code).toBe(0);
		const lines = stdout.trim().split('\n');
		expect(lines).toHaveLength(1);
		const output = JSON.parse(lines[0] ?? '') as AskJson;
		expect(output.found).toBe(true);
		expect(output.answer).toBe('50,000 doses');
		expect(output.passages[0]?.id).toMatch(/^¶\d+$/u);
		expect(output.passages[0]?.text).not.toContain('**');
		expect(output.passages[0]?.text).not.toContain('\u001b');
	});

	test('GIVEN ask --json --stdin THEN one JSON object per line, in order', async () => {
		const input = 'Where did Imran Khan meet Putin?\nWhat did Lavrov say about Syria?\nWhat is the IGC?\n';
		const { code, stdout } = await runEntryPoint('src/cli.ts', ['ask', '--json', '--stdin'], { input });
		expect(code).toBe(0);
		const outputs = stdout
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line) as AskJson);
		expect(outputs.map((output) => [output.found, output.answer])).toEqual([
			[true, 'Bishkek'],
			[false, null],
			[true, 'Inter-Governmental Commission'],
		]);
	});

	test('GIVEN who and pledges --json THEN their contract shapes', async () => {
		const who = await runEntryPoint('src/cli.ts', ['who', 'quereshi', '--json']);
		expect(JSON.parse(who.stdout)).toMatchObject({ found: true, people: [{ name: 'Shah Mahmood Qureshi' }] });
		const pledges = await runEntryPoint('src/cli.ts', ['pledges', 'energy', '--json']);
		const parsed = JSON.parse(pledges.stdout) as { found: boolean; pledges: { topic: string }[] };
		expect(parsed.found).toBe(true);
		expect(parsed.pledges.every((pledge) => pledge.topic === 'energy')).toBe(true);
	});

	test('GIVEN bad input THEN one line on stderr and a non-zero exit', async () => {
		for (const args of [['ask'], ['nope'], ['pledges', '--topic', 'football'], []]) {
			const { code, stdout, stderr } = await runEntryPoint('src/cli.ts', args);
			expect(code).toBe(2);
			expect(stdout).toBe('');
			expect(stderr.trim().split('\n')).toHaveLength(1);
		}
	});
});

describe('npm start without a token (the console)', () => {
	test('GIVEN piped input THEN each line is answered and the process exits at the end of input', async () => {
		const { code, stdout, stderr } = await runEntryPoint('src/main.ts', [], {
			input: '/who bajwa\n/ask what is the IGC?\n',
		});
		expect(code).toBe(0);
		expect(stdout).toContain('Qamar Javed Bajwa');
		expect(stdout).toContain('Answer: Inter-Governmental Commission');
		expect(stderr).toContain('no DISCORD_TOKEN');
	});
});
