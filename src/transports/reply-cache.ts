/**
 * A bounded cache of rendered replies, least recently used first out. Only for replies that are the same for every
 * user and every moment: the same command with the same options over the same knowledge renders byte-identical JSON,
 * so it is worked out once. The caller decides what may be stored (see `respondToInteraction`).
 */
export interface ReplyCache<V> {
	/** The value stored under `key`, marked as just used; `undefined` if there is none. */
	get(key: string): V | undefined;
	set(key: string, value: V): void;
	readonly size: number;
}

/** A cache of at most `capacity` values; a capacity of 0 stores nothing. */
export function createReplyCache<V>(capacity: number): ReplyCache<V> {
	// A Map iterates in insertion order, so re-inserting on use keeps the least recently used entry first.
	const entries = new Map<string, V>();
	return {
		get(key) {
			const value = entries.get(key);
			if (value !== undefined) {
				entries.delete(key);
				entries.set(key, value);
			}
			return value;
		},
		set(key, value) {
			if (capacity <= 0) return;
			entries.delete(key);
			if (entries.size >= capacity) entries.delete(entries.keys().next().value as string);
			entries.set(key, value);
		},
		get size() {
			return entries.size;
		},
	};
}
