import type { Paragraph, Sentence } from '../types.js';

/** The paragraph before one in its own source: a short or opening paragraph goes on from it. */
export function findParagraphBefore(paragraphs: readonly Paragraph[], paragraph: Paragraph): Paragraph | undefined {
	const previous = paragraphs[paragraph.number - 2];
	return previous?.source === paragraph.source ? previous : undefined;
}

/** The sentence a sentence goes on from: the one before it, or the last of the paragraph before it in its source. */
export function findSentenceBefore(
	paragraphs: readonly Paragraph[],
	paragraph: Paragraph,
	sentence: Sentence,
): Sentence | undefined {
	return sentence.index > 1
		? paragraph.sentences[sentence.index - 2]
		: findParagraphBefore(paragraphs, paragraph)?.sentences.at(-1);
}
