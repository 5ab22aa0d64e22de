import { containsWords } from '../text/match-phrase.js';
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
