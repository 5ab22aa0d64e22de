import { describe, expect, test } from 'vitest';
import { createRecentCache } from '../../../src/core/search/recent-cache.js';

/** A cache whose computations are counted per key. */
function countingCache(capacity: number) {
	const cache = createRecentCache<string, string>(capacity);
	const computed: string[] = [];
	const get = (key: string) =>
		cache.get(key, () => {
			computed.push(key);
			return key.toUpperCase();
		});
	return { get, computed };
}

describe('createRecentCache', () => {
	test('GIVEN a key asked twice THEN it is computed once and the same value returned', () => {
		const { get, computed } = countingCache(2);
		expect(get('a')).toBe('A');
		expect(get('a')).toBe('A');
		expect(computed).toEqual(['a']);
	});

	test('GIVEN more keys than its capacity THEN the least recently used one is forgotten first', () => {
		const { get, computed } = countingCache(2);
		get('a');
		get('b');
		get('a'); // now b is the least recently used
		get('c');
		get('a');
		get('b');
		expect(computed).toEqual(['a', 'b', 'c', 'b']);
	});

	test('GIVEN capacity 0 THEN every get computes', () => {
		const { get, computed } = countingCache(0);
		get('a');
		get('a');
		expect(computed).toEqual(['a', 'a']);
	});
});

describe('createRecentCache: peek and set', () => {
	test('GIVEN values set past the capacity THEN the least recently used is forgotten, a peek counting as a use', () => {
		const cache = createRecentCache<string, number>(2);
		cache.set('a', 1);
		cache.set('b', 2);
		expect(cache.peek('a')).toBe(1);
		cache.set('c', 3);
		expect([cache.peek('a'), cache.peek('b'), cache.peek('c'), cache.size]).toEqual([1, undefined, 3, 2]);
	});
});
