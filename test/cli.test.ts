import { describe, expect, test } from 'vitest';
import { runEntryPoint } from './helpers/run-process.js';
import { findUnsafe } from './helpers/user-text.js';

interface AskJson {
	found: boolean;
	answer: string | null;
	passages: { id: string; text: string; score: number }[];
}

describe('npm run cli (the JSON contract, run as a process)', () => {
	test('GIVEN ask --json THEN one JSON object with found, answer and passages', async () => {
		const { code, stdout } = await runEntryPoint('dist/cli.js', [
			'ask',
			'How many doses did Russia deliver?',
			'--json',
		]);
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
		const { code, stdout } = await runEntryPoint('dist/cli.js', ['ask', '--json', '--stdin'], { input });
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
		const who = await runEntryPoint('dist/cli.js', ['who', 'quereshi', '--json']);
		expect(JSON.parse(who.stdout)).toMatchObject({ found: true, people: [{ name: 'Shah Mahmood Qureshi' }] });
		const pledges = await runEntryPoint('dist/cli.js', ['pledges', 'energy', '--json']);
		const parsed = JSON.parse(pledges.stdout) as { found: boolean; pledges: { topic: string }[] };
		expect(parsed.found).toBe(true);
		expect(parsed.pledges.every((pledge) => pledge.topic === 'energy')).toBe(true);
	});

	test('GIVEN bad input THEN one line on stderr and a non-zero exit', async () => {
		for (const args of [['ask'], ['nope'], ['pledges', '--topic', 'football'], []]) {
			const { code, stdout, stderr } = await runEntryPoint('dist/cli.js', args);
			expect(code).toBe(2);
			expect(stdout).toBe('');
			expect(stderr.trim().split('\n')).toHaveLength(1);
		}
	});
});

describe('npm run cli: hostile or odd input', () => {
	test('GIVEN --json --stdin with bare CRs, CRLFs, a blank line and binary THEN exactly one object per input line', async () => {
		const binary = Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919 + 13) % 256));
		const newlines = binary.filter((byte) => byte === 0x0a).length;
		const text = Buffer.from('What is the IGC?\rWhere did Imran Khan meet Putin?\r\n\nWhat is the IGC?\r\n');
		const input = Buffer.concat([text, binary, Buffer.from('\n')]);
		const { code, stdout } = await runEntryPoint('dist/cli.js', ['ask', '--json', '--stdin'], {
			input: input.toString('latin1'),
			encoding: 'latin1',
		});
		expect(code).toBe(0);
		const outputs = stdout
			.trimEnd()
			.split('\n')
			.map((line) => JSON.parse(line) as Record<string, unknown>);
		expect(outputs).toHaveLength(3 + newlines + 1);
		expect(outputs[1]).toEqual({ found: false, error: 'Empty line: nothing to answer.' });
		expect(outputs[2]).toMatchObject({ found: true, answer: 'Inter-Governmental Commission' });
		for (const output of outputs) expect(typeof output.found).toBe('boolean');
		expect(findUnsafe(stdout)).toBeUndefined();
	});

	test('GIVEN --help or -h THEN the usage with every command on stdout, exit 0', async () => {
		for (const flag of ['--help', '-h']) {
			const { code, stdout, stderr } = await runEntryPoint('dist/cli.js', [flag]);
			expect(code).toBe(0);
			expect(stderr).toBe('');
			expect(stdout).toMatch(/^usage: npm run cli/u);
			for (const command of ['/ask', '/who', '/pledges', '/check', '/paragraph', '/about', '/help']) {
				expect(stdout).toContain(command);
			}
		}
	});

	test('GIVEN terminal escapes in the arguments or the input THEN none is written back', async () => {
		const hostile = '\u001b]0;PWNED\u0007\u009b31m\u202e';
		const unknown = await runEntryPoint('dist/cli.js', [hostile]);
		expect(unknown.code).toBe(2);
		const text = await runEntryPoint('dist/cli.js', ['who', '--stdin'], { input: `${hostile}x\n` });
		const json = await runEntryPoint('dist/cli.js', ['ask', '--json', `what about ${hostile}Syria`]);
		for (const output of [unknown.stderr, text.stdout, text.stderr, json.stdout]) {
			expect(findUnsafe(output)).toBeUndefined();
		}
		expect(text.stdout).toContain('No one called “]0;PWNED31mx”');
	});
});

describe('npm start without a token (the console)', () => {
	test('GIVEN a piped line holding an OSC escape THEN the terminal receives no escape', async () => {
		const { code, stdout } = await runEntryPoint('dist/main.js', [], { input: '/\u001b]0;PWNED\u0007\n' });
		expect(code).toBe(0);
		expect(stdout).toContain('There is no /]0;PWNED command');
		expect(findUnsafe(stdout)).toBeUndefined();
	});

	test('GIVEN piped input THEN each line is answered and the process exits at the end of input', async () => {
		const { code, stdout, stderr } = await runEntryPoint('dist/main.js', [], {
			input: '/who bajwa\n/ask what is the IGC?\n',
		});
		expect(code).toBe(0);
		expect(stdout).toContain('Qamar Javed Bajwa');
		expect(stdout).toContain('Answer: Inter-Governmental Commission');
		expect(stderr).toContain('no DISCORD_TOKEN');
	});
});
