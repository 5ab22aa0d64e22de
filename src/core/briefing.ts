import { createPersonFinder, type PersonFinder } from './people/find-person.js';
import { buildSearchIndex, type SearchIndex, type SearchOptions } from './search/search-index.js';
import type { Knowledge } from './types.js';

/** Everything a command needs to answer: the knowledge and its indexes, built once at start-up. */
export interface Briefing {
	readonly knowledge: Knowledge;
	readonly index: SearchIndex;
	readonly people: PersonFinder;
}

/** Builds the search index and the people finder over loaded knowledge. */
export function createBriefing(knowledge: Knowledge, options: Partial<SearchOptions> = {}): Briefing {
	return { knowledge, index: buildSearchIndex(knowledge, options), people: createPersonFinder(knowledge.people) };
}
