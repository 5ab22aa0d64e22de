import { describe, expect, test } from 'vitest';
import { createLogger, writeInBatches } from '../src/logger.js';

const SECRET = 'MTAwMDAwMDAwMDAwMDAwMDAy.GfAkEt.abcdefghijklmnopqrstuvwxyz0123456789_-AB';

function capture(maxFieldLength?: number) {
	const lines: string[] = [];
	const logger = createLogger({ level: 'debug', secrets: [SECRET], write: (line) => lines.push(line), maxFieldLength });
	return { logger, lines };
}

describe('createLogger', () => {
	test('GIVEN a huge field THEN it is cut, saying how long it was', () => {
		const { logger, lines } = capture();
		logger.info('interaction', { command: 'x'.repeat(50_000) });
		expect(lines[0]?.length).toBeLessThan(1_000);
		expect(JSON.parse(lines[0] ?? '').command).toMatch(/^x{500}…\[50000 chars\]$/u);
	});

	test('GIVEN a secret straddling the cut THEN no part of it is logged', () => {
		const { logger, lines } = capture(40);
		logger.info('oops', { text: `${'y'.repeat(30)}${SECRET}` });
		expect(lines[0]).not.toContain(SECRET.slice(0, 10));
	});

	test('GIVEN an error THEN name, message and stack, capped', () => {
		const { logger, lines } = capture(100);
		const error = new Error('boom');
		error.stack = `Error: boom\n${'    at somewhere\n'.repeat(100)}`;
		logger.error('failed', { error });
		const logged = JSON.parse(lines[0] ?? '').error;
		expect(logged).toMatchObject({ name: 'Error', message: 'boom' });
		expect(logged.stack.length).toBeLessThan(130);
	});
});

describe('writeInBatches', () => {
	test('GIVEN lines logged in one turn THEN one write on the next, in order', async () => {
		const writes: string[] = [];
		const write = writeInBatches({ write: (text: string) => writes.push(text) });
		write('a');
		write('b');
		expect(writes).toEqual([]);
		await new Promise((resolve) => setImmediate(resolve));
		write('c');
		await new Promise((resolve) => setImmediate(resolve));
		expect(writes).toEqual(['a\nb\n', 'c\n']);
	});
});
