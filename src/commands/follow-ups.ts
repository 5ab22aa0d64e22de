import type { Briefing } from '../core/briefing.js';
import { type Citation, notice, type PassageRef, type Reply } from '../core/reply.js';

/** How many passages one page shows. */
export const PAGE_SIZE = 3;

/** The passages named by a button that still exist in the article; any other is dropped. */
function resolvePassages(briefing: Briefing, refs: readonly PassageRef[]): Citation[] {
	return refs.flatMap((ref) => {
		const paragraph = briefing.knowledge.article.paragraphs[ref.paragraph - 1];
		const quote = paragraph?.sentences[ref.sentence - 1];
		return paragraph === undefined || quote === undefined ? [] : [{ paragraph, quote, highlights: [], also: [] }];
	});
}

/** The next page of passages of an answer ("More passages"). */
export function showMorePassages(briefing: Briefing, refs: readonly PassageRef[]): Reply {
	const citations = resolvePassages(briefing, refs);
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
