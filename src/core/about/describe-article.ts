import { findSource } from '../knowledge/cite.js';
import type { Knowledge, Source, Topic } from '../types.js';

export interface ArticleSummary {
	readonly paragraphs: number;
	readonly sentences: number;
	readonly words: number;
	/** The first 12 hex digits of the SHA-256 of the article text. */
	readonly hash: string;
	readonly people: number;
	readonly pledges: number;
	readonly topics: readonly { readonly topic: Topic; readonly ranges: string }[];
	/** Every report, in order, with its paragraph count. */
	readonly sources: readonly Source[];
}

/** Formats paragraph numbers as citation ranges: [2, 3, 4, 11] → "¶2–4, ¶11". */
export function formatRanges(numbers: readonly number[]): string {
	const sorted = [...new Set(numbers)].sort((a, b) => a - b);
	const ranges: string[] = [];
	for (let i = 0; i < sorted.length; ) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
		ranges.push(j > i ? `¶${sorted[i]}–${sorted[j]}` : `¶${sorted[i]}`);
		i = j + 1;
	}
	return ranges.join(', ');
}

/** The size, version and topic map of the article. */
export function describeArticle(knowledge: Knowledge): ArticleSummary {
	const { article } = knowledge;
	return {
		paragraphs: article.paragraphs.length,
		sentences: article.paragraphs.reduce((sum, paragraph) => sum + paragraph.sentences.length, 0),
		words: article.wordCount,
		hash: article.hash.slice(0, 12),
		people: knowledge.people.length,
		pledges: knowledge.pledges.length,
		topics: knowledge.topics
			.filter((topic) => topic.paragraphs.length > 0)
			.map((topic) => ({ topic, ranges: formatSourceRanges(knowledge, topic.paragraphs) })),
		sources: knowledge.sources,
	};
}

/** Paragraph ranges per source: "¶2–4, ¶11" with one source, "RTN ¶2–4, Geo ¶1" with several. */
export function formatSourceRanges(knowledge: Pick<Knowledge, 'sources'>, numbers: readonly number[]): string {
	if (knowledge.sources.length === 1) return formatRanges(numbers);
	return knowledge.sources
		.map((source) => {
			const local = numbers.filter((n) => findSource(knowledge, n) === source).map((n) => n - source.first + 1);
			return local.length === 0 ? '' : `${source.label} ${formatRanges(local)}`;
		})
		.filter((ranges) => ranges !== '')
		.join(', ');
}
