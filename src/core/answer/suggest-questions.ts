import type { Knowledge } from '../types.js';
import { findAcronymDefinition } from './extract-short-answer.js';

/**
 * Questions the article can answer, generated from the fact sheet and the text itself (people, commitments,
 * topics, spelled-out acronyms), for autocomplete.
 */
export function buildQuestionBank(knowledge: Knowledge): string[] {
	const questions = new Set<string>();
	for (const person of knowledge.people) questions.add(`Who is ${person.name}?`);
	for (const pledge of knowledge.pledges) {
		const topic = knowledge.topics.find((candidate) => candidate.id === pledge.topic);
		if (topic !== undefined)
			questions.add(`What did ${pledge.by.join(' and ')} commit to on ${topic.label.toLowerCase()}?`);
	}
	for (const topic of knowledge.topics) {
		if (topic.paragraphs.length > 0) questions.add(`What does the article say about ${topic.label.toLowerCase()}?`);
	}
	const text = knowledge.article.paragraphs.map((paragraph) => paragraph.text).join(' ');
	for (const match of text.matchAll(/\(([A-Z]{2,6})\)/gu)) {
		const acronym = match[1] ?? '';
		if (findAcronymDefinition(acronym, knowledge.article.paragraphs) !== undefined)
			questions.add(`What is the ${acronym}?`);
	}
	return [...questions];
}
