export interface ReplayGuardOptions {
	/** Requests signed longer ago (or further ahead) than this are refused anyway, so need not be remembered. */
	readonly maxAgeSeconds: number;
	/** Most signed messages remembered at once; the bound on the guard's memory. */
	readonly maxEntries: number;
}

export interface ReplayGuard {
	/**
	 * Whether a signed message is new: `true` the first time, `false` when it was seen before or may have been
	 * forgotten. `key` identifies what was signed (not how the signature was spelled), `timestamp` is its signed
	 * time in seconds.
	 */
	admit(key: string, timestamp: number, nowMs: number): boolean;
	/** How many messages it remembers now. */
	readonly size: number;
}

/**
 * Remembers the signed messages accepted within the accepted age, in a bounded store. When full, it forgets the
 * oldest entry and from then on refuses every message signed at or before that one's time: forgetting must never
 * let a replay through. (Only messages with a valid signature are stored, so only Discord's own traffic fills it.)
 */
export function createReplayGuard({ maxAgeSeconds, maxEntries }: ReplayGuardOptions): ReplayGuard {
	// Insertion order is arrival order; values are the signed time and when the entry may be dropped.
	const seen = new Map<string, { readonly timestamp: number; readonly expiresMs: number }>();
	let floor = Number.NEGATIVE_INFINITY;
	return {
		admit(key, timestamp, nowMs) {
			for (const [old, entry] of seen) {
				if (entry.expiresMs > nowMs) break;
				seen.delete(old);
			}
			if (seen.has(key) || timestamp <= floor) return false;
			while (seen.size >= maxEntries) {
				const [oldest] = seen;
				if (oldest === undefined) break;
				seen.delete(oldest[0]);
				floor = Math.max(floor, oldest[1].timestamp);
			}
			if (timestamp <= floor) return false;
			// Kept until the timestamp itself is too old to be accepted, which for a timestamp ahead of the clock is
			// later than arrival + max age.
			seen.set(key, { timestamp, expiresMs: (timestamp + maxAgeSeconds) * 1000 });
			return true;
		},
		get size() {
			return seen.size;
		},
	};
}
