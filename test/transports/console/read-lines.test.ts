import { describe, expect, test } from 'vitest';
import { readLines } from '../../../src/transports/console/read-lines.js';

async function* toAsync<T>(items: readonly T[]): AsyncGenerator<T> {
	yield* items;
}

async function collect(chunks: readonly (string | Buffer)[], max?: number): Promise<string[]> {
	const lines: string[] = [];
	for await (const line of readLines(toAsync(chunks), max)) lines.push(line);
	return lines;
}

describe('readLines', () => {
	test.each([
		['a\nb\n', ['a', 'b']],
		['a\r\nb\r\n', ['a', 'b']],
		['a\rb\n', ['a\rb']],
		['a\n\nb', ['a', '', 'b']],
		['', []],
		['\n', ['']],
	])('GIVEN %j THEN %j', async (input, expected) => {
		expect(await collect([input])).toEqual(expected);
	});

	test('GIVEN a character split across chunks and a line split across chunks THEN both are whole', async () => {
		const bytes = Buffer.from('né\nab');
		expect(await collect([bytes.subarray(0, 2), bytes.subarray(2), Buffer.from('c\n')])).toEqual(['né', 'abc']);
	});

	test('GIVEN a line longer than the cap THEN it is cut, and the next line is still its own', async () => {
		expect(await collect(['x'.repeat(50), 'y'.repeat(50), '\nz\n'], 10)).toEqual(['x'.repeat(10), 'z']);
	});
});
