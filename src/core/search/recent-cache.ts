/** A cache of the most recently used values, bounded in size. */
export interface RecentCache<K, V> {
	/** The value remembered for `key`, or the one `compute` returns, which is then remembered. */
	get(key: K, compute: () => V): V;
}

/**
 * Creates a cache that remembers up to `capacity` values and forgets the least recently used one first. A capacity
 * of 0 remembers nothing: every `get` computes.
 */
export function createRecentCache<K, V>(capacity: number): RecentCache<K, V> {
	// A Map iterates in insertion order, so re-inserting on use keeps the least recently used entry first.
	const entries = new Map<K, V>();
	return {
		get(key, compute) {
			if (entries.has(key)) {
				const value = entries.get(key) as V;
				entries.delete(key);
				entries.set(key, value);
				return value;
			}
			const value = compute();
			if (capacity > 0) {
				if (entries.size >= capacity) entries.delete(entries.keys().next().value as K);
				entries.set(key, value);
			}
			return value;
		},
	};
}
