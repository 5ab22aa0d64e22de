import { findParagraphBefore } from '../knowledge/read-order.js';
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
 * same report ("The mayor recalled her talks with Reed. She added …" is the mayor).
 */
export function findReferent(
	people: readonly Person[],
	paragraphs: readonly Paragraph[],
	paragraph: Paragraph,
	sentence: Sentence,
): Person | undefined {
	const before = [
		...(findParagraphBefore(paragraphs, paragraph)?.sentences ?? []),
		...paragraph.sentences.slice(0, sentence.index - 1),
	];
	for (const { text } of before.reverse()) {
		const subject = findSubject(people, text);
		if (subject !== undefined) return subject;
	}
	return undefined;
}

/**
 * The person a text names as its subject: the one named first, unless a preposition puts that name aside ("a press
 * conference with X, Y said" is Y's); undefined where it names no one.
 */
export function findSubject(people: readonly Person[], text: string): Person | undefined {
	let first: { person: Person; at: number } | undefined;
	for (const person of people) {
		const found = [person.name, ...person.aliases].map((name) => findWords(text, name)).filter((at) => at >= 0);
		if (found.length === 0) continue;
		const named = Math.min(...found);
		const at = named + (isOblique(text, named) ? text.length : 0);
		if (first === undefined || at < first.at) first = { person, at };
	}
	return first?.person;
}

const PREPOSITIONS = /\b(?:with|to|by|for|from|of|at|on|about|against|between|alongside|beside)\b/iu;
/** How many words before a name a preposition governs it ("with Foreign Minister X"). */
const OBLIQUE_WINDOW = 3;

function isOblique(text: string, at: number): boolean {
	const words = text.slice(0, at).trim().split(/\s+/u).slice(-OBLIQUE_WINDOW);
	return words.some((word) => PREPOSITIONS.test(word));
}
