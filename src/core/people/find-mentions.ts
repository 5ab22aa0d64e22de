import { containsWords, findWords } from '../text/match-phrase.js';
import type { Paragraph, Person, Sentence } from '../types.js';

/** A paragraph that mentions a person, with the first sentence that names them. */
export interface Mention {
	readonly paragraph: Paragraph;
	readonly quote: Sentence;
}

/** The paragraphs that mention a person, in article order, each with the sentence that names them. */
export function findMentions(person: Person, paragraphs: readonly Paragraph[]): Mention[] {
	const names = [person.name, ...person.aliases];
	return person.mentions.flatMap((number) => {
		const paragraph = paragraphs[number - 1];
		const quote = paragraph?.sentences.find((sentence) => names.some((name) => containsWords(sentence.text, name)));
		return paragraph === undefined || quote === undefined ? [] : [{ paragraph, quote }];
	});
}

/**
 * The person a "he" or "she" opening a sentence most likely stands for: the subject of the last sentence before it
 * that names someone, taken as the person it names first, in its paragraph or else in the paragraph before from the
 * same report ("The Prime Minister recalled his talks with Putin. He reiterated …" is the Prime Minister).
 */
export function findReferent(
	people: readonly Person[],
	paragraphs: readonly Paragraph[],
	paragraph: Paragraph,
	sentence: Sentence,
): Person | undefined {
	const previous = paragraphs[paragraph.number - 2];
	const before = [
		...(previous?.source === paragraph.source ? previous.sentences : []),
		...paragraph.sentences.slice(0, sentence.index - 1),
	];
	for (const { text } of before.reverse()) {
		let first: { person: Person; at: number } | undefined;
		for (const person of people) {
			const found = [person.name, ...person.aliases].map((name) => findWords(text, name)).filter((at) => at >= 0);
			const at = Math.min(...found);
			if (found.length > 0 && (first === undefined || at < first.at)) first = { person, at };
		}
		if (first !== undefined) return first.person;
	}
	return undefined;
}
