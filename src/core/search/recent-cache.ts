/** A cache of the most recently used values, bounded in size. */
export interface RecentCache<K, V> {
	/** The value remembered for `key`, or the one `compute` returns, which is then remembered. */
	get(key: K, compute: () => V): V;
	/** The value remembered for `key`, marked as just used; `undefined` if there is none. */
	peek(key: K): V | undefined;
	/** Remembers a value, forgetting the least recently used one when full. */
	set(key: K, value: V): void;
	readonly size: number;
}

/**
 * Creates a cache that remembers up to `capacity` values and forgets the least recently used one first. A capacity
 * of 0 remembers nothing: every `get` computes.
 */
export function createRecentCache<K, V>(capacity: number): RecentCache<K, V> {
	// A Map iterates in insertion order, so re-inserting on use keeps the least recently used entry first.
	const entries = new Map<K, V>();
	const peek = (key: K) => {
		if (!entries.has(key)) return undefined;
		const value = entries.get(key) as V;
		entries.delete(key);
		entries.set(key, value);
		return value;
	};
	const set = (key: K, value: V) => {
		if (capacity <= 0) return;
		entries.delete(key);
		if (entries.size >= capacity) entries.delete(entries.keys().next().value as K);
		entries.set(key, value);
	};
	return {
		get(key, compute) {
			if (entries.has(key)) return peek(key) as V;
			const value = compute();
			set(key, value);
			return value;
		},
		peek,
		set,
		get size() {
			return entries.size;
		},
	};
}
