import { escapeRegExp, extractTerms } from './analyze.js';

/** Compiled patterns by phrase: the phrases are the knowledge's names, checked on every answer. */
const patterns = new Map<string, RegExp>();

/** Whether `phrase` occurs in `text` as whole words, as written (case-sensitive). */
export function containsWords(text: string, phrase: string): boolean {
	let pattern = patterns.get(phrase);
	if (pattern === undefined) {
		pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'u');
		if (patterns.size >= 10_000) patterns.clear();
		patterns.set(phrase, pattern);
	}
	return pattern.test(text);
}

/** Whether the stems of `phrase` occur contiguously in `terms` (the stems of some text). */
export function containsTerms(terms: readonly string[], phrase: string): boolean {
	const wanted = extractTerms(phrase);
	if (wanted.length === 0) return false;
	for (let i = 0; i + wanted.length <= terms.length; i++) {
		if (wanted.every((term, j) => terms[i + j] === term)) return true;
	}
	return false;
}
