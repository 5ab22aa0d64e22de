import type { Briefing } from '../core/briefing.js';
import { type Citation, notice, type Reply } from './reply.js';

/** How many passages one page shows. */
export const PAGE_SIZE = 3;

/**
 * Writes citations as "12.2,26.5" (paragraph.sentence), so a button can carry the next passages in its own id and
 * keep working after a restart, with no state in memory.
 */
export function encodeCitations(citations: readonly Citation[]): string {
	return citations.map((citation) => `${citation.paragraph.number}.${citation.quote.index}`).join(',');
}

/** Reads citations written by `encodeCitations`; anything that does not resolve is dropped. */
export function decodeCitations(briefing: Briefing, code: string): Citation[] {
	return code.split(',').flatMap((part) => {
		const [paragraphNumber, sentenceIndex] = part.split('.').map(Number);
		const paragraph = briefing.knowledge.article.paragraphs[(paragraphNumber ?? 0) - 1];
		const quote = paragraph?.sentences[(sentenceIndex ?? 0) - 1];
		return paragraph === undefined || quote === undefined ? [] : [{ paragraph, quote, highlights: [], also: [] }];
	});
}

/** The next page of passages of an answer ("More passages"). */
export function showMorePassages(briefing: Briefing, code: string): Reply {
	const citations = decodeCitations(briefing, code);
	if (citations.length === 0) return notice('There are no more passages for this question.', 'info');
	return {
		kind: 'passages',
		citations: citations.slice(0, PAGE_SIZE),
		further: citations.slice(PAGE_SIZE),
		ephemeral: true,
	};
}

/** One whole paragraph ("Show paragraph"), shown only to the user who asked. */
export function showParagraph(briefing: Briefing, number: number): Reply {
	const paragraph = briefing.knowledge.article.paragraphs[number - 1];
	const count = briefing.knowledge.article.paragraphs.length;
	if (paragraph === undefined) return notice(`There is no ¶${number}: the article has ¶1 to ¶${count}.`);
	return { kind: 'paragraph', paragraph, ephemeral: true };
}
