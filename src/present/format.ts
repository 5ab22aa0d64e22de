import type { NotFound, Span } from '../core/answer/answer-question.js';
import { citeParagraph, findSource } from '../core/knowledge/cite.js';
import { formatDate } from '../core/text/format-date.js';
import type { ArticleMeta, Knowledge, Pledge, Topic } from '../core/types.js';

/**
 * "¶12" or "¶12 (also ¶26, ¶11)"; with several sources "RTN ¶12 (also ¶26; also reported by Geo ¶3)": a
 * restatement in the same report is named by its number, one in another report by that report.
 */
export function formatCitation(knowledge: Knowledge, paragraph: number, also: readonly number[] = []): string {
	const cited = citeParagraph(knowledge, paragraph);
	if (also.length === 0) return cited;
	const source = findSource(knowledge, paragraph);
	const same = also.filter((n) => findSource(knowledge, n) === source);
	const other = also.filter((n) => findSource(knowledge, n) !== source);
	const parts = [];
	if (same.length > 0) parts.push(`also ${same.map((n) => `¶${n - source.first + 1}`).join(', ')}`);
	if (other.length > 0) parts.push(`also reported by ${other.map((n) => citeParagraph(knowledge, n)).join(', ')}`);
	return `${cited} (${parts.join('; ')})`;
}

/** "¶1, ¶4" or "RTN ¶1, Geo ¶2": where a person is mentioned. */
export function formatMentions(knowledge: Knowledge, numbers: readonly number[]): string {
	return numbers.map((n) => citeParagraph(knowledge, n)).join(', ');
}

/** "Commitments made during the visit", when the knowledge names the event so; "Commitments" otherwise. */
export function pledgesHeading(meta: ArticleMeta): string {
	return meta.eventNoun === undefined ? 'Commitments' : `Commitments made during ${meta.eventNoun}`;
}

/** Wraps each highlighted span of a text with `mark`, escaping all of it with `escapeText`. */
export function markSpans(
	text: string,
	spans: readonly Span[],
	mark: (word: string) => string,
	escapeText: (text: string) => string = (plain) => plain,
): string {
	let out = '';
	let at = 0;
	for (const span of [...spans].sort((a, b) => a.start - b.start)) {
		if (span.start < at) continue;
		out += escapeText(text.slice(at, span.start)) + mark(escapeText(text.slice(span.start, span.end)));
		at = span.end;
	}
	return out + escapeText(text.slice(at));
}

/** "As of 7 April 2021": every answer is true as of the article's date, not today. */
export function formatAsOf(iso: string): string {
	return `as of ${formatDate(iso)}`;
}

/** "RTN News · Jo Hart · 3 May 2022". */
export function formatSource(meta: ArticleMeta): string {
	return `${meta.outlet} · ${meta.author} · ${formatDate(meta.date)}`;
}

/** "Chile and Peru → each other". */
export function formatParties(pledge: Pledge): string {
	return `${pledge.by.join(' and ')} → ${pledge.to}`;
}

export function topicLabel(topics: readonly Topic[], id: string): string {
	return topics.find((topic) => topic.id === id)?.label ?? id;
}

/** The first line of a "not in the article" reply, with the question's words passed through `escapeText`. */
export function describeNotFound(answer: NotFound, escapeText: (text: string) => string = (text) => text): string {
	const { reason } = answer;
	switch (reason.kind) {
		case 'empty':
			return 'Ask a question about the article.';
		case 'detail-missing':
			return `The article discusses “${escapeText(reason.subject)}” but does not give “${escapeText(reason.detail)}”.`;
		case 'not-covered':
			return describeMissing(reason.missing.map(escapeText));
		case 'not-together':
			return `The article mentions ${reason.apart.map((word) => `“${escapeText(word)}”`).join(' and ')}, but never together.`;
	}
}

/** The heading of the closest passages when the article covers a subject but not the detail asked. */
export function describeNearby(answer: NotFound, escapeText: (text: string) => string = (text) => text): string {
	return answer.reason.kind === 'detail-missing'
		? `What it says about “${escapeText(answer.reason.subject)}”:`
		: 'Closest passages:';
}

/** "The article does not mention Syria." */
function describeMissing(missing: readonly string[]): string {
	if (missing.length === 0) return 'The article does not cover that.';
	const names = missing.map((word) => `“${word}”`);
	const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
	return `The article does not mention ${list}.`;
}

export const VERDICT_LABELS = {
	supported: 'Supported by the article',
	contradicted: 'Contradicted by the article',
	'not-settled': 'Discussed in the article, not settled',
} as const;
