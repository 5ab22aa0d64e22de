import { createRequire } from 'node:module';
import type nlp from 'compromise';

/** One word as the part-of-speech tagger reads it. */
export interface TaggedWord {
	/** Lowercased, as the tagger normalizes it. */
	readonly normal: string;
	readonly tags: ReadonlySet<string>;
}

let tagger: typeof nlp | undefined;

/**
 * The compromise tagger, loaded on first use: loading it takes about 0.2 s, which every cold start would pay
 * otherwise, and only claim checks and some short answers need it.
 */
function loadTagger(): typeof nlp {
	tagger ??= createRequire(import.meta.url)('compromise') as typeof nlp;
	return tagger;
}

/** Tags the words of a text (Verb, PastTense, Gerund, Noun, Place, Country, City, …), in order. */
export function tagWords(text: string): TaggedWord[] {
	const sentences = loadTagger()(text).json() as { terms: { normal: string; tags: string[] }[] }[];
	return sentences.flatMap((sentence) =>
		sentence.terms.map((term) => ({ normal: term.normal, tags: new Set(term.tags) })),
	);
}
