import { countWords } from '../text/analyze.js';
import { splitSentences } from '../text/split-sentences.js';
import type { Article, ArticleMeta, Paragraph } from '../types.js';

/** Where a source's paragraphs go among all sources': its slug, the number of its first paragraph, its label. */
export interface SourcePlace {
	readonly slug: string;
	readonly first: number;
	/** Set when there are several sources: citations then read "RTN ¶12". */
	readonly label: string | undefined;
}

const ONLY_SOURCE: SourcePlace = { slug: '', first: 1, label: undefined };

/**
 * Parses the verbatim article text: leading lines that start with "-" are highlights, a line starting with "By " is
 * the byline, every other non-empty line is one body paragraph, numbered from 1 within its source (`id`, `cite`)
 * and from `place.first` among all sources (`number`).
 */
export function parseArticle(text: string, meta: ArticleMeta, hash: string, place: SourcePlace = ONLY_SOURCE): Article {
	const highlights: string[] = [];
	let byline = '';
	const paragraphs: Paragraph[] = [];
	for (const rawLine of text.split(/\r?\n/u)) {
		const line = rawLine.trim();
		if (line === '') continue;
		if (paragraphs.length === 0 && byline === '' && line.startsWith('-')) {
			highlights.push(line.slice(1).trim());
		} else if (paragraphs.length === 0 && byline === '' && /^By\s+\S/u.test(line)) {
			byline = line;
		} else {
			const local = paragraphs.length + 1;
			const sentences = splitSentences(line).map((span, i) => ({
				index: i + 1,
				text: line.slice(span.start, span.end),
				start: span.start,
				end: span.end,
			}));
			const id = `¶${local}`;
			const cite = place.label === undefined ? id : `${place.label} ${id}`;
			paragraphs.push({ id, number: place.first + local - 1, source: place.slug, cite, text: line, sentences });
		}
	}
	const wordCount = paragraphs.reduce((sum, paragraph) => sum + countWords(paragraph.text), 0);
	return { meta, highlights, byline, paragraphs, hash, wordCount };
}
