const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether `phrase` occurs in `text` as whole words, as written (case-sensitive). */
export function containsWords(text: string, phrase: string): boolean {
	return findWords(text, phrase) !== -1;
}

/**
 * Where `phrase` first occurs in `text` as whole words, as written (case-sensitive), from `from` on; -1 when it does
 * not.
 */
export function findWords(text: string, phrase: string, from = 0): number {
	if (phrase === '') return -1;
	// indexOf and a one-character check: a regex per phrase would cost more to compile than to run.
	for (let at = text.indexOf(phrase, from); at !== -1; at = text.indexOf(phrase, at + 1)) {
		if (isWholeWords(text, phrase, at)) return at;
	}
	return -1;
}

/** Where `phrase` last occurs in `text` as whole words, as written (case-sensitive); -1 when it does not. */
export function findLastWords(text: string, phrase: string): number {
	if (phrase === '') return -1;
	for (let at = text.lastIndexOf(phrase); at !== -1; at = at === 0 ? -1 : text.lastIndexOf(phrase, at - 1)) {
		if (isWholeWords(text, phrase, at)) return at;
	}
	return -1;
}

function isWholeWords(text: string, phrase: string, at: number): boolean {
	const before = text[at - 1];
	const after = text[at + phrase.length];
	return (before === undefined || !WORD_CHARACTER.test(before)) && (after === undefined || !WORD_CHARACTER.test(after));
}

/** Whether the stems `wanted` (see `extractTerms`) occur contiguously in `terms` (the stems of some text). */
export function containsTerms(terms: readonly string[], wanted: readonly string[]): boolean {
	const [first] = wanted;
	if (first === undefined) return false;
	// Plain loops from each place of the first stem: this runs for every topic's keyword over every paragraph at
	// start-up, before the JIT has made a closure per position cheap.
	for (let i = terms.indexOf(first); i !== -1 && i + wanted.length <= terms.length; i = terms.indexOf(first, i + 1)) {
		let j = 1;
		while (j < wanted.length && terms[i + j] === wanted[j]) j++;
		if (j === wanted.length) return true;
	}
	return false;
}
