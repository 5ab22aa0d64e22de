import { normalizeWord } from '../text/analyze.js';
import type { Paragraph, Person } from '../types.js';

/**
 * Capitalized words that only open sentences in the text and are ordinary words there, not names: "Agencies add:",
 * "Addressing a news conference", "Concluding his visit". A short answer never takes them for a person or a place.
 *
 * The rule: the word starts a sentence (or the text after a colon), is never capitalized anywhere else, is no word
 * of a person's name or alias, and is either a common English word (`isCommonWord`, from the lexicon) or a
 * participle ("-ing"), which a name almost never is. A word capitalized mid-sentence is a name, whatever it means.
 */
export function findSentenceOpeners(
	paragraphs: readonly Paragraph[],
	people: readonly Pick<Person, 'name' | 'aliases'>[],
	isCommonWord: (norm: string) => boolean,
): Set<string> {
	const inside = new Set<string>();
	const opening = new Set<string>();
	for (const paragraph of paragraphs) {
		for (const sentence of paragraph.sentences) {
			for (const clause of sentence.text.split(/(?<=:)\s+/u)) {
				const words = clause.match(/[\p{L}’'-]+/gu) ?? [];
				for (const [i, word] of words.entries()) {
					if (!/^\p{Lu}\p{Ll}/u.test(word)) continue;
					(i === 0 ? opening : inside).add(word);
				}
			}
		}
	}
	const named = new Set(
		people.flatMap((person) => [person.name, ...person.aliases].flatMap((name) => name.split(/\s+/u))),
	);
	const openers = new Set<string>();
	for (const word of opening) {
		if (inside.has(word) || named.has(word)) continue;
		if (/\p{Ll}ing$/u.test(word) || isCommonWord(normalizeWord(word))) openers.add(word);
	}
	return openers;
}
