import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_DIR } from './helpers/briefing.js';
import { runEntryPoint } from './helpers/run-process.js';

/**
 * The README's examples are real output: this runs them and compares. When the answering core's wording changes,
 * regenerate the README blocks named below from what this test prints.
 */
const README = readFileSync(join(PROJECT_DIR, 'README.md'), 'utf8');

/** The fenced block of the given language that follows a marker line of the README. */
function blockAfter(marker: string, language: string): string {
	return blocksAfter(marker, language, 1);
}

/** Up to `count` fenced blocks of the given language after a marker line, before the next "## " heading, joined. */
function blocksAfter(marker: string, language: string, count = Number.POSITIVE_INFINITY): string {
	const at = README.indexOf(marker);
	if (at === -1) throw new Error(`README: no "${marker}"`);
	const end = README.indexOf('\n## ', at) === -1 ? README.length : README.indexOf('\n## ', at);
	const blocks: string[] = [];
	for (let open = README.indexOf(`\`\`\`${language}\n`, at); open !== -1 && open < end && blocks.length < count; ) {
		const close = README.indexOf('\n```', open + 1);
		blocks.push(README.slice(open + language.length + 4, close));
		open = README.indexOf(`\`\`\`${language}\n`, close + 4);
	}
	return blocks.join('\n');
}

/** A console transcript: each `briefing> command` and the lines printed after it. A last line "…" means "and more". */
function readTranscript(block: string): { command: string; expected: string[]; partial: boolean }[] {
	return block
		.split(/^briefing> /mu)
		.filter((part) => part.trim() !== '')
		.map((part) => {
			const [command = '', ...lines] = part.trimEnd().split('\n');
			const partial = lines.at(-1) === '…';
			return { command, expected: partial ? lines.slice(0, -1) : lines, partial };
		});
}

/** Splits a shell line's arguments, with "double quotes". */
function splitArguments(text: string): string[] {
	return [...text.matchAll(/"([^"]*)"|(\S+)/gu)].map((match) => match[1] ?? match[2] ?? '');
}

/** Every key, and every value under each key, anywhere in a JSON value. */
function collect(value: unknown, keys = new Set<string>(), values = new Map<string, unknown[]>()) {
	if (Array.isArray(value)) for (const item of value) collect(item, keys, values);
	else if (typeof value === 'object' && value !== null) {
		for (const [key, item] of Object.entries(value)) {
			keys.add(key);
			values.set(key, [...(values.get(key) ?? []), item]);
			collect(item, keys, values);
		}
	}
	return { keys, values };
}

describe('README examples (block after "Real output (console):")', () => {
	const transcript = readTranscript(blockAfter('Real output (console):', 'text'));

	test('GIVEN the console transcript THEN npm start prints exactly that for each command', async () => {
		expect(transcript.length).toBeGreaterThan(3);
		const { code, stdout } = await runEntryPoint('dist/main.js', [], {
			input: `${transcript.map((entry) => entry.command).join('\n')}\n`,
		});
		expect(code).toBe(0);
		const printed = stdout.trimEnd().split('\n\n');
		expect(printed).toHaveLength(transcript.length);
		transcript.forEach((entry, i) => {
			const lines = (printed[i] ?? '').split('\n');
			const shown = entry.partial ? lines.slice(0, entry.expected.length) : lines;
			expect(shown.join('\n'), `README console example "${entry.command}"`).toBe(entry.expected.join('\n'));
		});
	});
});

describe('README examples (the sh blocks of "One-shot CLI and its JSON contract")', () => {
	// Each command with its sample output: in a comment on the same line, or on the line after.
	const lines = blocksAfter('### One-shot CLI and its JSON contract', 'sh').split('\n');
	const examples = lines.flatMap((line, i) => {
		const command = /^npm run --silent cli -- (.*?)(?:\s+# (\{.*))?$/u.exec(line.trim());
		const shape = command?.[2] ?? /^# (\{.*)$/u.exec((lines[i + 1] ?? '').trim())?.[1];
		return command === null || shape === undefined ? [] : [{ args: splitArguments(command[1] ?? ''), shape }];
	});

	test('GIVEN the block THEN it has examples to check', () => {
		expect(examples.length).toBeGreaterThanOrEqual(3);
	});

	test.each(examples.map((example) => [example.args.join(' '), example] as const))(
		'GIVEN `cli -- %s` THEN the output has the keys and values the README shows',
		async (_name, { args, shape }) => {
			const { code, stdout } = await runEntryPoint('dist/cli.js', args);
			expect(code).toBe(0);
			const { keys, values } = collect(JSON.parse(stdout));
			// "key":value pairs must appear with that value (a string ending in " …" is a prefix); other quoted names
			// in the README's sketch must be keys of the output.
			for (const [, key = '', raw = ''] of shape.matchAll(/"(\w+)":("[^"]*"|true|false|null|-?[\d.]+)/gu)) {
				const shown = JSON.parse(raw) as unknown;
				const actual = values.get(key) ?? [];
				const matches = actual.some((value) =>
					typeof shown === 'string' && shown.endsWith(' …')
						? typeof value === 'string' && value.startsWith(shown.slice(0, -2))
						: value === shown,
				);
				expect(matches, `README shows "${key}":${raw}; the CLI printed ${JSON.stringify(actual)}`).toBe(true);
			}
			for (const [, name = ''] of shape.matchAll(/"(\w+)"(?!:)/gu)) {
				expect(keys.has(name) || JSON.stringify([...values.values()]).includes(`"${name}"`), name).toBe(true);
			}
		},
	);
});
