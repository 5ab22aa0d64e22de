import SearchableMap from 'minisearch/SearchableMap';
import { normalizeWord } from '../text/analyze.js';
import type { Person } from '../types.js';

/** A person lookup by any name or alias, tolerant of case, diacritics and small misspellings. */
export interface PersonFinder {
	/** The person a name refers to, or `undefined`. */
	find(name: string): Person | undefined;
	/** The names closest to a name that matched no one, best first. */
	suggest(name: string, limit?: number): Person[];
}

function normalizeName(name: string): string {
	return name
		.split(/[\s\p{P}]+/u)
		.map(normalizeWord)
		.filter(Boolean)
		.join(' ');
}

/** Builds a finder over the people of the fact sheet. */
export function createPersonFinder(people: readonly Person[]): PersonFinder {
	const byName = new SearchableMap<Person>();
	for (const person of people) {
		for (const name of [person.name, ...person.aliases]) {
			const key = normalizeName(name);
			if (key !== '' && !byName.has(key)) byName.set(key, person);
		}
	}
	const fuzzyMatches = (name: string) => {
		const key = normalizeName(name).slice(0, 60);
		if (key.length < 3) return [];
		const maxDistance = key.length >= 8 ? 2 : 1;
		return [...byName.fuzzyGet(key, maxDistance)].sort(([, [, a]], [, [, b]]) => a - b).map(([, [person]]) => person);
	};
	return {
		find(name) {
			const key = normalizeName(name);
			if (key === '') return undefined;
			const exact = byName.get(key);
			if (exact !== undefined) return exact;
			const fuzzy = fuzzyMatches(name);
			if (fuzzy[0] !== undefined) return fuzzy[0];
			// A prefix of a name ("sergey", "shah mah") is enough when it points at one person only.
			const prefixed = new Set([...byName.atPrefix(key).values()]);
			return prefixed.size === 1 ? [...prefixed][0] : undefined;
		},
		suggest(name, limit = 3) {
			const key = normalizeName(name);
			const first = key.split(' ')[0] ?? '';
			const candidates = new Set<Person>();
			for (const word of key.split(' ')) {
				if (word.length < 3) continue;
				for (const [, [person]] of byName.fuzzyGet(word, word.length >= 6 ? 3 : 2)) candidates.add(person);
			}
			if (first.length > 0) for (const person of byName.atPrefix(first.slice(0, 2)).values()) candidates.add(person);
			return [...(candidates.size > 0 ? candidates : people)].slice(0, limit);
		},
	};
}
