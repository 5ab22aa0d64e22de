import { describe, expect, test } from 'vitest';
import { createReplayGuard } from '../../../src/transports/http/replay-guard.js';

const NOW = 1_700_000_000_000;
const SECONDS = NOW / 1000;

describe('createReplayGuard', () => {
	test('GIVEN the same signed message twice within the age THEN only the first is admitted', () => {
		const guard = createReplayGuard({ maxAgeSeconds: 300, maxEntries: 10 });
		expect(guard.admit('a', SECONDS, NOW)).toBe(true);
		expect(guard.admit('a', SECONDS, NOW + 299_000)).toBe(false);
		expect(guard.admit('b', SECONDS, NOW)).toBe(true);
	});

	test('GIVEN a timestamp ahead of the clock THEN it is remembered until that timestamp is too old', () => {
		const guard = createReplayGuard({ maxAgeSeconds: 300, maxEntries: 10 });
		expect(guard.admit('ahead', SECONDS + 290, NOW)).toBe(true);
		expect(guard.admit('ahead', SECONDS + 290, NOW + 500_000)).toBe(false);
	});

	test('GIVEN more messages than it may hold THEN it stays bounded and still refuses the forgotten ones', () => {
		const guard = createReplayGuard({ maxAgeSeconds: 300, maxEntries: 3 });
		for (let i = 0; i < 10; i++) expect(guard.admit(`m${i}`, SECONDS + i, NOW + i * 1000)).toBe(true);
		expect(guard.size).toBeLessThanOrEqual(3);
		for (let i = 0; i < 10; i++) expect(guard.admit(`m${i}`, SECONDS + i, NOW + 10_000)).toBe(false);
	});

	test('GIVEN entries past their age THEN they are dropped', () => {
		const guard = createReplayGuard({ maxAgeSeconds: 300, maxEntries: 100 });
		for (let i = 0; i < 50; i++) guard.admit(`m${i}`, SECONDS, NOW);
		guard.admit('late', SECONDS + 400, NOW + 400_000);
		expect(guard.size).toBe(1);
	});
});
