import SearchableMap from 'minisearch/SearchableMap';
import type { Concept } from '../search/search-index.js';
import { normalizeWord } from '../text/analyze.js';
import type { Person } from '../types.js';

/** A person lookup by any name or alias, tolerant of case, diacritics and small misspellings. */
export interface PersonFinder {
	/** The person a name refers to, or else the one person a description of a role fits, or `undefined`. */
	find(name: string): Person | undefined;
	/** The person a name or alias refers to, never by role ("ambassador" is no one's name), or `undefined`. */
	findByName(name: string): Person | undefined;
	/** The names closest to a name that matched no one, best first. */
	suggest(name: string, limit?: number): Person[];
	/** Everyone a description of a role fits ("Peruvian minister": the prime minister and the foreign minister). */
	fitting(description: string): Person[];
}

function normalizeName(name: string): string {
	return name
		.split(/[\s\p{P}]+/u)
		.map(normalizeWord)
		.filter(Boolean)
		.join(' ');
}

/** How to read a description of a role ("the premier", "Peru's top diplomat"), from the search index. */
export interface RoleReader {
	/** The concepts of a text, with the article's related words (see `SearchIndex.analyze`). */
	readonly analyze: (text: string) => Concept[];
	/** The stems of a text (see `SearchIndex.termsOf`). */
	readonly termsOf: (text: string) => string[];
	/** Whether a related word is close enough to name what the typed one names (see `SearchIndex.isClose`). */
	readonly isClose: (weight: number) => boolean;
	/** The article's names related to a word by country data ("Peruvian" → peru; see `SearchIndex.countriesOf`). */
	readonly countriesOf?: (words: string) => string[];
}

// "Deputy minister", "vice president": a second to the office, which a description without the word does not fit.
const SUBORDINATE = /\b(?:deputy|vice|assistant|additional|under-?secretary)\b/iu;
// "The ambassador" in a report from the host country is another country's, posted there.
const POSTED_ABROAD = /\b(?:ambassador|envoy|high commissioner|consul)\b/iu;

/**
 * Builds a finder over the people of the fact sheet: by name or alias, then, given a role reader, by role: a
 * description whose every word names the person's role, country or an alias's words ("the premier", "Peru's
 * top diplomat"), when it fits one person only.
 */
export function createPersonFinder(
	people: readonly Person[],
	roles?: RoleReader,
	/** The host country of the event (see `EventRoles`): a report names its own officials without their country. */
	host?: string,
): PersonFinder {
	// The host's names: "Peru", "Peruvian", "Lima" (see `SearchIndex.countriesOf`).
	const namesOf = (words: string) => [...(roles?.termsOf(words) ?? []), ...(roles?.countriesOf?.(words) ?? [])];
	const hostNames = new Set(host === undefined ? [] : namesOf(host.toLowerCase()));
	const roleTerms = people.map(
		(person) => new Set(roles?.termsOf([person.role, person.country, ...person.aliases].join(' . ')) ?? []),
	);
	const fitting = (description: string): Person[] => {
		const concepts = roles?.analyze(description) ?? [];
		if (concepts.length === 0) return [];
		// A phrase names the role with all its words ("prime minister", not just "minister"), or by a close relative.
		const names = (concept: Concept, terms: ReadonlySet<string>) => {
			const own = [...concept.terms].filter(([, weight]) => weight === 1).map(([term]) => term);
			// "premier" names "prime minister": a close relative names a role, a broader word does not.
			const related = [...concept.terms].filter(([, weight]) => roles?.isClose(weight) === true && weight < 1);
			return (own.length > 0 && own.every((term) => terms.has(term))) || related.some(([term]) => terms.has(term));
		};
		// The host country asked of someone whose country the knowledge does not know is theirs: a report names its
		// own officials without a country ("Peru's energy minister" of a "Federal Minister for Energy" in Lima), but
		// not its guests' envoys.
		const isHost = (concept: Concept) => namesOf(normalizeWord(concept.label)).some((name) => hostNames.has(name));
		const asksPrincipal = !SUBORDINATE.test(description);
		// "Peru's ambassador", "the Peruvian envoy": a description opening with a country asks for one of its own, not
		// another country's posted there ("Chile's ambassador to Lima" names Lima too).
		// Its first word, as a phrase may take the country into one concept ("Peruvian foreign minister").
		const opening = normalizeWord(/^\s*(?:the\s+)?([\p{L}-]+)/iu.exec(description)?.[1]?.replace(/[’']s$/u, '') ?? '');
		const ownCountry = (roles?.countriesOf?.(opening) ?? []).length > 0 ? new Set(namesOf(opening)) : undefined;
		return people.filter(
			(person, i) =>
				!(asksPrincipal && SUBORDINATE.test(person.role)) &&
				(ownCountry === undefined ||
					person.country === '' ||
					namesOf(person.country.toLowerCase()).some((name) => ownCountry.has(name))) &&
				concepts.every(
					(concept) =>
						names(concept, roleTerms[i] ?? new Set()) ||
						(person.country === '' && !POSTED_ABROAD.test(person.role) && isHost(concept)),
				),
		);
	};
	const findByRole = (description: string): Person | undefined => {
		const fits = fitting(description);
		if (fits.length <= 1) return fits[0];
		// "The Chilean ambassador to Peru" and "Peru's ambassador to Chile" fit the same words: the country
		// named first is the holder's own.
		const [first] = roles?.analyze(description) ?? [];
		const own = fits.filter((person) =>
			(roles?.termsOf(person.country) ?? []).some((term) => roles?.isClose(first?.terms.get(term) ?? 0) === true),
		);
		return own.length === 1 ? own[0] : undefined;
	};
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
	function findByName(name: string): Person | undefined {
		const key = normalizeName(name);
		if (key === '') return undefined;
		const exact = byName.get(key);
		if (exact !== undefined) return exact;
		const fuzzy = fuzzyMatches(name);
		if (fuzzy[0] !== undefined) return fuzzy[0];
		// A prefix of a name ("marta", "tom al") is enough when it points at one person only.
		const prefixed = new Set([...byName.atPrefix(key).values()]);
		return prefixed.size === 1 ? [...prefixed][0] : undefined;
	}
	return {
		fitting,
		find(name) {
			return findByName(name) ?? (normalizeName(name) === '' ? undefined : findByRole(name));
		},
		findByName,
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
