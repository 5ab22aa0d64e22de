import { findSentenceOpeners } from './answer/find-sentence-openers.js';
import { buildQuestionBank } from './answer/suggest-questions.js';
import { type EventRoles, findEventRoles } from './people/find-event-roles.js';
import { createPersonFinder, type PersonFinder } from './people/find-person.js';
import { buildSearchIndex, type SearchIndex, type SearchOptions } from './search/search-index.js';
import type { Knowledge } from './types.js';

/** Everything a command needs to answer: the knowledge and its indexes, built once at start-up. */
export interface Briefing {
	readonly knowledge: Knowledge;
	readonly index: SearchIndex;
	readonly people: PersonFinder;
	/** Questions the article can answer, for autocomplete. */
	readonly questions: readonly string[];
	/** Capitalized words that only open the text's sentences: never a name in a short answer. */
	readonly openers: ReadonlySet<string>;
	/** Who hosts and who visits, for questions that name them so ("the host country's chief diplomat"). */
	readonly roles: EventRoles;
	/** The stem of the event the article reports ("visit" of its event noun "the visit"), where the knowledge names one. */
	readonly eventStem: string | undefined;
}

/** Builds the search index, the people finder and the question bank over loaded knowledge. */
export function createBriefing(knowledge: Knowledge, options: Partial<SearchOptions> = {}): Briefing {
	const index = buildSearchIndex(knowledge, options);
	const roles = findEventRoles(knowledge, index);
	const eventHead = knowledge.article.meta.eventNoun?.split(/\s+/u).at(-1)?.toLowerCase();
	return {
		knowledge,
		index,
		people: createPersonFinder(knowledge.people, index, roles.host),
		questions: buildQuestionBank(knowledge),
		openers: findSentenceOpeners(knowledge.article.paragraphs, knowledge.people, index.isCommonWord),
		roles,
		eventStem: eventHead === undefined ? undefined : (index.termsOf(eventHead)[0] ?? eventHead),
	};
}
