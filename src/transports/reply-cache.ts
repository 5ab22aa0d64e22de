import { createRecentCache, type RecentCache } from '../core/search/recent-cache.js';

/**
 * A bounded cache of rendered replies, least recently used first out. Only for replies that are the same for every
 * user and every moment: the same command with the same options over the same knowledge renders byte-identical JSON,
 * so it is worked out once. The caller decides what may be stored (see `respondToInteraction`).
 */
export type ReplyCache<V> = Pick<RecentCache<string, V>, 'peek' | 'set' | 'size'>;

/** A cache of at most `capacity` values; a capacity of 0 stores nothing. */
export function createReplyCache<V>(capacity: number): ReplyCache<V> {
	return createRecentCache<string, V>(capacity);
}
