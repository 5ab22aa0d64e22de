import { KnowledgeError } from '../errors.js';
import { extractTerms } from '../text/analyze.js';
import { containsTerms, containsWords } from '../text/match-phrase.js';
import type { Article, Knowledge, Pin, Source, Synonyms } from '../types.js';
import type { Facts } from './knowledge-schema.js';

/**
 * Checks the fact sheet against the article (every pinned quote must be verbatim in its paragraph, every reference
 * must resolve) and derives what is read from the text: where each person is mentioned, which paragraphs touch
 * each topic. Throws one `KnowledgeError` listing every problem, prefixed with `source`.
 */
export function linkFacts(
	article: Article,
	sources: readonly Source[],
	facts: Facts,
	synonyms: Synonyms,
	source: string,
): Knowledge {
	const problems = findPinProblems(article, facts);
	const personIds = new Set(facts.people.map((person) => person.id));
	const topicIds = new Set(facts.topics.map((topic) => topic.id));
	for (const [i, pledge] of facts.pledges.entries()) {
		const where = `pledges[${i}]`;
		if (!topicIds.has(pledge.topic)) problems.push(`${where}: unknown topic "${pledge.topic}"`);
		if (pledge.speaker !== undefined && !personIds.has(pledge.speaker)) {
			problems.push(`${where}: unknown speaker "${pledge.speaker}"`);
		}
	}
	if (problems.length > 0) throw new KnowledgeError(`${source}: ${problems.join('; ')}`);

	const paragraphTerms = article.paragraphs.map((paragraph) => extractTerms(paragraph.text));
	const people = facts.people.map((person) => ({
		...person,
		mentions: article.paragraphs
			.filter((paragraph) => [person.name, ...person.aliases].some((name) => containsWords(paragraph.text, name)))
			.map((paragraph) => paragraph.number),
	}));
	const topics = facts.topics.map((topic) => {
		const keywords = topic.keywords.map(extractTerms);
		return {
			...topic,
			paragraphs: article.paragraphs
				.filter((_, i) => keywords.some((keyword) => containsTerms(paragraphTerms[i] ?? [], keyword)))
				.map((paragraph) => paragraph.number),
		};
	});
	const pledges = facts.pledges.map((pledge) => ({ ...pledge, speaker: pledge.speaker }));
	return { article, sources, people, topics, pledges, synonyms };
}

/**
 * The fact sheet's problems against one article: pinned quotes that are not verbatim in their paragraph (or name a
 * paragraph it lacks), duplicate ids. References between facts are checked by `linkFacts`, once sheets are merged.
 */
export function findPinProblems(article: Article, facts: Facts): string[] {
	const problems: string[] = [];
	const checkPin = (where: string, pin: Pin) => {
		const paragraph = article.paragraphs[pin.paragraph - 1];
		if (paragraph === undefined) {
			problems.push(`${where}: ¶${pin.paragraph} does not exist (the article has ${article.paragraphs.length})`);
		} else if (!paragraph.text.includes(pin.quote)) {
			problems.push(`${where}: the quote “${pin.quote}” is not in ¶${pin.paragraph}`);
		}
	};
	const checkUnique = (kind: string, ids: readonly string[]) => {
		for (const [i, value] of ids.entries()) {
			if (ids.indexOf(value) !== i) problems.push(`${kind}[${i}]: duplicate id "${value}"`);
		}
	};
	checkUnique(
		'people',
		facts.people.map((person) => person.id),
	);
	checkUnique(
		'topics',
		facts.topics.map((topic) => topic.id),
	);
	for (const [i, person] of facts.people.entries()) checkPin(`people[${i}] (${person.id})`, person.pin);
	for (const [i, pledge] of facts.pledges.entries()) {
		checkPin(`pledges[${i}]`, pledge.pin);
		for (const [j, pin] of pledge.also.entries()) checkPin(`pledges[${i}].also[${j}]`, pin);
	}
	return problems;
}
