import type { ArticleMeta, Knowledge, Source } from '../types.js';

/** The source a paragraph (by its number among all sources') belongs to; the first source for an unknown number. */
export function findSource(knowledge: Pick<Knowledge, 'sources'>, number: number): Source {
	const { sources } = knowledge;
	for (let i = sources.length - 1; i > 0; i--) {
		const source = sources[i] as Source;
		if (number >= source.first) return source;
	}
	return sources[0] as Source;
}

/** How users see a paragraph cited: "¶12" with one source, "RTN ¶12" with several. */
export function citeParagraph(knowledge: Pick<Knowledge, 'sources'>, number: number): string {
	const source = findSource(knowledge, number);
	const id = `¶${number - source.first + 1}`;
	return knowledge.sources.length > 1 ? `${source.label} ${id}` : id;
}

/** The metadata of the source an answer quotes: its date stamps the answer, its title heads it. */
export function metaOfParagraph(knowledge: Pick<Knowledge, 'sources'>, number: number | undefined): ArticleMeta {
	return findSource(knowledge, number ?? 1).meta;
}
