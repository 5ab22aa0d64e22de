import { describe, expect, test } from 'vitest';
import { createRateLimiter } from '../../src/transports/rate-limiter.js';

function clock(start = 0) {
	let time = start;
	return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('createRateLimiter', () => {
	test('GIVEN 5 per 10 s THEN the sixth use within the window is refused with the wait until the oldest expires', () => {
		const time = clock();
		const limiter = createRateLimiter({ limit: 5, windowMs: 10_000, now: time.now });
		for (let i = 0; i < 5; i++) {
			expect(limiter.take('ana').ok).toBe(true);
			time.advance(1000);
		}
		expect(limiter.take('ana')).toEqual({ ok: false, retryAfterMs: 5000 });
		expect(limiter.take('ben').ok).toBe(true);
		time.advance(5000);
		expect(limiter.take('ana').ok).toBe(true);
	});

	test('GIVEN a refused use THEN it does not extend the wait', () => {
		const time = clock();
		const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: time.now });
		limiter.take('ana');
		time.advance(400);
		expect(limiter.take('ana')).toEqual({ ok: false, retryAfterMs: 600 });
		time.advance(600);
		expect(limiter.take('ana').ok).toBe(true);
	});

	test('GIVEN a million distinct users over time THEN memory holds only the users of the last two windows', () => {
		const time = clock();
		const limiter = createRateLimiter({ limit: 5, windowMs: 10_000, now: time.now });
		let largest = 0;
		for (let user = 0; user < 1_000_000; user++) {
			limiter.take(`user-${user}`);
			time.advance(1); // a thousand new users a second
			largest = Math.max(largest, limiter.size);
		}
		expect(largest).toBeLessThanOrEqual(20_001);
		time.advance(10_000);
		limiter.take('last');
		expect(limiter.size).toBe(1);
	});

	test('GIVEN bad options THEN it fails at once', () => {
		expect(() => createRateLimiter({ limit: 0, windowMs: 1000 })).toThrow(/RateLimiter/u);
	});
});
