/** A per-key (per-user) limit on how often something may happen: `limit` times per `windowMs`. */
export interface RateLimiterOptions {
	readonly limit: number;
	readonly windowMs: number;
	/** The clock, in milliseconds; injectable for tests. */
	readonly now?: () => number;
}

export type RateDecision = { readonly ok: true } | { readonly ok: false; readonly retryAfterMs: number };

export interface RateLimiter {
	/** Records one use by `key` if allowed; otherwise says how long until the next use is allowed. */
	take(key: string): RateDecision;
	/** How many keys are remembered (idle keys are forgotten within two windows). */
	readonly size: number;
}

/**
 * A sliding-window limiter. Each key keeps the times of its last `limit` uses. Keys are kept in the order they were
 * last used, and once per window the idle ones are forgotten from the stale end of the map: memory stays
 * proportional to the users active in the last two windows, whatever the number of users over time.
 */
export function createRateLimiter({ limit, windowMs, now = Date.now }: RateLimiterOptions): RateLimiter {
	if (!Number.isInteger(limit) || limit < 1 || !(windowMs > 0)) {
		throw new Error('RateLimiter: limit must be a positive integer and windowMs positive');
	}
	const uses = new Map<string, number[]>();
	let nextSweep = now() + windowMs;
	// Once per window, not on every use: deleted entries linger in a Map until it rehashes, so walking its head on
	// every call would grow slower with every user forgotten.
	const forgetIdle = (at: number) => {
		if (at < nextSweep) return;
		nextSweep = at + windowMs;
		for (const [key, times] of uses) {
			if ((times.at(-1) ?? 0) > at - windowMs) break;
			uses.delete(key);
		}
	};
	return {
		take(key) {
			const at = now();
			forgetIdle(at);
			const times = uses.get(key) ?? [];
			while (times.length > 0 && (times[0] ?? 0) <= at - windowMs) times.shift();
			uses.delete(key);
			if (times.length >= limit) {
				uses.set(key, times);
				return { ok: false, retryAfterMs: (times[0] ?? at) + windowMs - at };
			}
			times.push(at);
			uses.set(key, times);
			return { ok: true };
		},
		get size() {
			return uses.size;
		},
	};
}
