import { linkFacts } from '../../src/core/knowledge/link-facts.js';
import { parseArticle } from '../../src/core/knowledge/parse-article.js';
import type { Knowledge, Source } from '../../src/core/types.js';

/** A small deterministic PRNG (mulberry32), so every run generates the same text. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SYLLABLES = [
	'ka',
	'lo',
	'mi',
	'ser',
	'tan',
	'vo',
	'rel',
	'dun',
	'pa',
	'qui',
	'nor',
	'bel',
	'zi',
	'hur',
	'ost',
	'fen',
];
const FUNCTION_WORDS = ['the', 'of', 'and', 'to', 'in', 'said', 'on', 'with', 'for', 'was'];

/**
 * The real article followed by generated paragraphs (made-up words in a Zipf-like spread, plus common English
 * function words), `times` × the article's paragraph count in all: a stand-in for a newsroom's archive.
 */
export function growKnowledge(real: Knowledge, times: number): Knowledge {
	const next = random(times);
	const vocabulary = Array.from({ length: 20_000 }, () => {
		const length = 2 + Math.floor(next() * 3);
		return Array.from({ length }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
	});
	const word = () =>
		next() < 0.35
			? FUNCTION_WORDS[Math.floor(next() * FUNCTION_WORDS.length)]
			: vocabulary[Math.floor(vocabulary.length * next() ** 3)];
	const sentence = () => {
		const words = Array.from({ length: 12 + Math.floor(next() * 14) }, word).join(' ');
		return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
	};
	const lines = real.article.paragraphs.map((paragraph) => paragraph.text);
	const extra = real.article.paragraphs.length * (times - 1);
	for (let i = 0; i < extra; i++) lines.push(Array.from({ length: 2 + Math.floor(next() * 4) }, sentence).join(' '));
	const article = parseArticle(lines.join('\n'), real.article.meta, real.article.hash);
	const sources = [{ ...(real.sources[0] as Source), count: article.paragraphs.length }];
	return linkFacts(article, sources, { people: [], topics: [], pledges: [] }, real.synonyms, 'generated');
}
