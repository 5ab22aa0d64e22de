import type { Sentence } from '../types.js';

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'st',
	'gen',
	'lt',
	'col',
	'no',
	'vs',
	'etc',
	'jr',
	'sr',
	'prof',
]);

/** A sentence's offsets within its paragraph. */
export interface SentenceSpan {
	readonly start: number;
	readonly end: number;
}

/**
 * Splits a paragraph into sentences. A sentence ends at `.`, `!` or `?` (and any closing quote or bracket) followed
 * by white space and an opening quote, a capital or a digit, unless the period closes an abbreviation or an initial
 * ("U.S.", "Dr.").
 */
export function splitSentences(text: string): SentenceSpan[] {
	const spans: SentenceSpan[] = [];
	const boundary = /([.!?])([”"’)]*)(\s+)(?=[“"‘(]{0,2}[\p{Lu}\d])/gu;
	let start = 0;
	for (const match of text.matchAll(boundary)) {
		const end = match.index + (match[1]?.length ?? 0) + (match[2]?.length ?? 0);
		if (match[1] === '.' && endsWithAbbreviation(text.slice(start, match.index))) continue;
		spans.push({ start, end });
		start = end + (match[3]?.length ?? 0);
	}
	const rest = text.slice(start).trimEnd();
	if (rest.length > 0) spans.push({ start, end: start + rest.length });
	return spans;
}

function endsWithAbbreviation(before: string): boolean {
	const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
	if (/^(?:\p{L}\.)*\p{L}$/u.test(lastWord) && lastWord.replace(/\./gu, '').length <= 3 && /\p{Lu}/u.test(lastWord)) {
		// "U.S" or a lone initial: the period belongs to the abbreviation.
		return lastWord.includes('.') || lastWord.length === 1;
	}
	return ABBREVIATIONS.has(lastWord.toLowerCase());
}

/**
 * A sentence opening on what the one before named: "The session ran for two hours", "It lasted …", "Their talks went
 * on for an hour" (whose talks the one before says).
 */
const ANAPHORIC_OPENING = /^(?:[Ii]t|[Tt]his|[Tt]hat|(?:[Tt]he|[Tt]heir|[Ii]ts)\s+\p{Ll}[\p{L}-]*)\s+(?!of\b)/u;

/**
 * A sentence's text, with the one before it where it opens on what that one named: "Talks opened at 9:30 a.m. The
 * session ran for two hours" gives the length of the morning talks, which the second sentence alone does not name.
 */
export function withAntecedent(sentences: readonly Pick<Sentence, 'text'>[], sentence: Pick<Sentence, 'text'>): string {
	const before = sentences[sentences.indexOf(sentence) - 1];
	return before === undefined || !ANAPHORIC_OPENING.test(sentence.text)
		? sentence.text
		: `${before.text} ${sentence.text}`;
}
