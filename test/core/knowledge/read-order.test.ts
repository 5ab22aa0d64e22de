import { describe, expect, test } from 'vitest';
import { findParagraphBefore, findSentenceBefore } from '../../../src/core/knowledge/read-order.js';
import type { Paragraph, Sentence } from '../../../src/core/types.js';

/** Paragraphs of two sources, numbered across both as the knowledge numbers them; one sentence per line of text. */
function paragraphsOf(sources: readonly (readonly string[])[]): Paragraph[] {
	let number = 0;
	return sources.flatMap((texts, s) =>
		texts.map((text, p) => {
			number++;
			let start = 0;
			const sentences = text.split('|').map((sentence, i) => {
				const item = { text: sentence, index: i + 1, start, end: start + sentence.length };
				start += sentence.length + 1;
				return item;
			});
			return {
				id: `¶${p + 1}`,
				number,
				source: `s${s}`,
				cite: `¶${p + 1}`,
				text: text.replace(/\|/gu, ' '),
				sentences,
			};
		}),
	);
}

/** A paragraph's sentence by position from 0, which the fixture has. */
function sentenceOf(paragraph: Paragraph, at: number): Sentence {
	const sentence = paragraph.sentences[at];
	if (sentence === undefined) throw new Error(`no sentence ${at} in ${paragraph.cite}`);
	return sentence;
}

describe('findSentenceBefore', () => {
	const paragraphs = paragraphsOf([['Lima opened a bridge.|It cost a lot.', 'The mayor came.'], ['Quito held talks.']]);
	const [first, second, third] = paragraphs as [Paragraph, Paragraph, Paragraph];

	test('GIVEN a sentence inside a paragraph THEN the one before it', () => {
		expect(findSentenceBefore(paragraphs, first, sentenceOf(first, 1))?.text).toBe('Lima opened a bridge.');
	});

	test("GIVEN a paragraph's first sentence THEN the last of the paragraph before, in the same source only", () => {
		expect(findSentenceBefore(paragraphs, second, sentenceOf(second, 0))?.text).toBe('It cost a lot.');
		expect(findSentenceBefore(paragraphs, third, sentenceOf(third, 0))).toBeUndefined();
		expect(findSentenceBefore(paragraphs, first, sentenceOf(first, 0))).toBeUndefined();
		expect(findParagraphBefore(paragraphs, third)).toBeUndefined();
		expect(findParagraphBefore(paragraphs, second)).toBe(first);
	});
});
