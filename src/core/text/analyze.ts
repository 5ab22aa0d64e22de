import { stemmer } from 'stemmer';

/**
 * English stop words: function words that carry no topic. Question words are included because the intent of a
 * question is read from the raw text (see `classifyQuestion`), not from its terms.
 */
const STOP_WORDS = new Set(
	`a about above after again against all also am an and any are as at be because been before being below between both
	but by can could did do does doing done down during each few for from further had has have having he her here hers
	herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on
	once only or other our ours ourselves out over own same she should so some such than that the their theirs them
	themselves then there these they this those through to too under until up very was we were what when where which
	while whether who whom why will with would you your yours yourself yourselves s t don shall may might must let us
	say said says tell told whats wheres whos hows anything something thing things many much me please article besides except
	other others another among else ever yet even really actually exactly anyone someone anybody somebody everything everyone
	dont doesnt didnt isnt arent wasnt werent hasnt havent hadnt wont wouldnt cant couldnt shouldnt mustnt vs versus
	im ive youre youve youll youd hes shes itll theyre theyve theyll theyd weve thats theres heres wholl whod whatll
	whatd whered whyd howd aint yall`
		.split(/\s+/)
		.filter(Boolean),
);

/**
 * Words the answer never needs but which are not stop words in general English: "say about X", words that frame
 * what is asked rather than name it ("what kind of", "its position on", "what does Peru want for Riverton"), and
 * the chat shorthand of function words and greetings ("wat did soto say abt trade").
 */
const QUESTION_FILLER = new Set(
	`know mention mentioned mentioning keep keeps kept regarding go goes going went happen happened happening
	kind kinds type types sort stuff position stance opinion attitude
	explain want wants wanted try tries tried trying hope hopes hoping think thinks feel feels view see sees
	wat wut wht abt bout plz pls ur r u y tho cuz coz bc btw rn idk tbh imo ngl lowkey basically literally lol hey hi
	hello thanks thx ty ok okay`.split(/\s+/u),
);

// Numbers keep their thousands separators and decimals ("50,000", "1.6"), so they match as written.
const WORD = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** One word of a text with its offsets, so matches can be highlighted in the verbatim text. */
export interface Token {
	/** The word as written. */
	readonly raw: string;
	/** Lowercased, without diacritics or possessive ’s. */
	readonly norm: string;
	/** The stem used for matching, or `null` for a stop word. */
	readonly term: string | null;
	readonly start: number;
	readonly end: number;
}

/** Whether a word of a text owns what follows it ("Lyon's mayor", "the towns' mayors"). */
export function isPossessive(text: string, token: Token): boolean {
	return /['’]s?$/u.test(token.raw) || /^['’]/u.test(text.slice(token.end));
}

/** Lowercases, strips diacritics and a trailing possessive, so "Peru’s" and "peru" compare equal. */
export function normalizeWord(word: string): string {
	return word
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’]s$/u, '')
		.replace(/['’]/gu, '');
}

/**
 * British spellings rewritten the American way, so that "recognise" meets "recognize", "defence" "defense",
 * "labour" "labor", "centre" "center" and "dialogue" "dialog". Applied to the article and the question alike, a
 * rewrite that makes no real word ("exercize") still matches only itself.
 */
const SPELLINGS: readonly [RegExp, string][] = [
	[/(?<=[a-z]{3})(i|y)s(e|es|ed|ing|ation|ations)$/u, '$1z$2'],
	[/^(de|of)fence(s)?$/u, '$1fense$2'],
	[/(?<=[a-z]{3})our(s|ed|ing|ite|ites|able|ably|hood|hoods)?$/u, 'or$1'],
	[/(?<=[a-z]{2})tre(s)?$/u, 'ter$1'],
	[/(?<=[a-z]{3})ogue(s)?$/u, 'og$1'],
];

/** A normalized word spelled the American way ("neighbour" → "neighbor"); other words as they are. */
export function americanSpelling(norm: string): string {
	let word = norm;
	for (const [pattern, replacement] of SPELLINGS) word = word.replace(pattern, replacement);
	return word;
}

/** Stems a normalized word; numbers and one- or two-letter words are kept as they are. */
export function stemWord(norm: string): string {
	if (norm.length <= 2 || /\d/u.test(norm)) return norm;
	return stemmer(americanSpelling(norm));
}

/** Whether a normalized word carries no topic on its own. */
export function isStopWord(norm: string): boolean {
	return STOP_WORDS.has(norm) || QUESTION_FILLER.has(norm) || (norm.length === 1 && !/\d/u.test(norm));
}

/** Word → [norm, term]. Stemming dominates the cost of a query, and the same words recur in every one. */
const wordCache = new Map<string, readonly [string, string | null]>();
const WORD_CACHE_LIMIT = 100_000;

function analyzeWord(raw: string): readonly [string, string | null] {
	let entry = wordCache.get(raw);
	if (entry === undefined) {
		const norm = normalizeWord(raw);
		entry = [norm, norm === '' || isStopWord(norm) ? null : stemWord(norm)];
		// Bounded: hostile input of endless distinct words cannot grow the cache without limit.
		if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
		wordCache.set(raw, entry);
	}
	return entry;
}

/** Splits text into tokens with offsets; stop words get `term: null`. */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	for (const match of text.matchAll(WORD)) {
		const raw = match[0];
		const [norm, term] = analyzeWord(raw);
		if (norm === '') continue;
		tokens.push({ raw, norm, term, start: match.index, end: match.index + raw.length });
	}
	return tokens;
}

/** How many words a text has, stop words included (as `tokenize` counts them, without building tokens). */
export function countWords(text: string): number {
	let count = 0;
	for (const _ of text.matchAll(WORD)) count++;
	return count;
}

/** The content terms (stems) of a text, in order, stop words removed. */
export function extractTerms(text: string): string[] {
	return termsOfTokens(tokenize(text));
}

/** The content terms of tokens already made (see `tokenize`), in order, stop words removed. */
export function termsOfTokens(tokens: readonly Token[]): string[] {
	return tokens.flatMap((token) => (token.term === null ? [] : [token.term]));
}

/**
 * Compiles a function that spells out case-sensitive abbreviations ("U.S." → "United States"), so they survive
 * lowercasing and stop-word removal ("US" is not "us").
 */
export function compileAcronyms(acronyms: Readonly<Record<string, string>>): (text: string) => string {
	const entries = Object.entries(acronyms).sort(([a], [b]) => b.length - a.length);
	if (entries.length === 0) return (text) => text;
	const expansions = new Map(entries);
	const alternatives = entries.map(([short]) => escapeRegExp(short)).join('|');
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu');
	return (text) => text.replace(pattern, (short) => expansions.get(short) ?? short);
}

/** Escapes a string for literal use inside a regular expression. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * How many words from `at` a phrase's stems span in a text's stems, where a stop word has none ('' : "see eye to
 * eye" is "eye", "", "eye"); 0 when they do not fit there.
 */
export function spanOf(member: readonly string[], stems: readonly string[], at: number): number {
	let i = at;
	for (const stem of member) {
		while (i > at && stems[i] === '') i++;
		if (stems[i] !== stem) return 0;
		i++;
	}
	return i - at;
}
