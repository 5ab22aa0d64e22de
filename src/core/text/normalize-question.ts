import { editsOf } from '../lexicon/lexicon.js';
import { isStopWord } from './analyze.js';

/**
 * The first stage of answering: a question as people type it in chat, made readable for the later stages.
 * Unicode is normalized, chat shorthand spelled out, and misspelled words corrected against the article's own
 * words and an English word list.
 */

/**
 * Common English chat shorthand, spelled out. A general list of how people type in chat, not of any one article's
 * words; an empty expansion drops a word that carries nothing ("lol").
 */
const SHORTHAND: Readonly<Record<string, string>> = {
	u: 'you',
	ur: 'your',
	r: 'are',
	y: 'why',
	n: 'and',
	wat: 'what',
	wut: 'what',
	wht: 'what',
	whos: 'who is',
	whats: 'what is',
	wats: 'what is',
	wheres: 'where is',
	whens: 'when is',
	abt: 'about',
	bout: 'about',
	pls: 'please',
	plz: 'please',
	tho: 'though',
	cuz: 'because',
	coz: 'because',
	bc: 'because',
	b4: 'before',
	w: 'with',
	'b/w': 'between',
	btwn: 'between',
	wo: 'without',
	smth: 'something',
	sth: 'something',
	sb: 'somebody',
	rn: 'now',
	govt: 'government',
	gov: 'government',
	ppl: 'people',
	intl: 'international',
	natl: 'national',
	dept: 'department',
	depts: 'departments',
	incl: 'including',
	approx: 'approximately',
	esp: 'especially',
	admin: 'administration',
	mou: 'memorandum of understanding',
	mous: 'memoranda of understanding',
	org: 'organization',
	orgs: 'organizations',
	corp: 'corporation',
	hr: 'hour',
	hrs: 'hours',
	wk: 'week',
	wks: 'weeks',
	pct: 'percent',
	yr: 'year',
	yrs: 'years',
	mins: 'minutes',
	bn: 'billion',
	mn: 'million',
	// Units of gas as the trade writes them.
	bcf: 'billion cubic feet',
	'bcf/d': 'billion cubic feet per day',
	tcf: 'trillion cubic feet',
	mmcf: 'million cubic feet',
	'mmcf/d': 'million cubic feet per day',
	asap: 'quickly',
	info: 'information',
	convo: 'conversation',
	meetup: 'meeting',
	meetups: 'meetings',
	journo: 'journalist',
	journos: 'journalists',
	intel: 'intelligence',
	reps: 'representatives',
	exec: 'executive',
	execs: 'executives',
	biz: 'business',
	econ: 'economic',
	presser: 'press conference',
	pressers: 'press conferences',
	prez: 'president',
	pres: 'president',
	msg: 'message',
	tmrw: 'tomorrow',
	ya: 'you',
	gonna: 'going to',
	wanna: 'want to',
	gotta: 'got to',
	kinda: 'kind of',
	sorta: 'sort of',
	dunno: "don't know",
	lemme: 'let me',
	// Contractions typed without their apostrophe, given it back (as typed with it, they stay as they are).
	dont: "don't",
	didnt: "didn't",
	doesnt: "doesn't",
	isnt: "isn't",
	arent: "aren't",
	wasnt: "wasn't",
	werent: "weren't",
	hasnt: "hasn't",
	havent: "haven't",
	hadnt: "hadn't",
	couldnt: "couldn't",
	wouldnt: "wouldn't",
	shouldnt: "shouldn't",
	im: "I'm",
	ive: "I've",
	youre: "you're",
	theyre: "they're",
	gimme: 'give me',
	lol: '',
	lmao: '',
	tbh: '',
	imo: '',
	imho: '',
	idk: '',
	btw: '',
	omg: '',
	fyi: '',
	nah: '',
	yeah: '',
	yo: '',
	ok: '',
	okay: '',
};

/** What the normalizer needs to know of words: the article's, and English. */
export interface Vocabulary {
	/** Whether a word (normalized: lowercase, no diacritics) needs no correction: the article's, or English. */
	isKnown(norm: string): boolean;
	/** The best correction of an unknown word within `distance` edits, or undefined. */
	correct(norm: string, distance: number): string | undefined;
	/**
	 * Whether an unknown word is surely a slip, no part of a name typed in lower case (see `findNamePairs`): one edit
	 * from one of the article's words, chat's dropped g of "-ing", or an English word with two letters swapped
	 * ("buynig"). None is, without this.
	 */
	isSlip?(norm: string): boolean;
	/** Whether a word is one edit from one of the article's words or the synonym groups' ("moth": month). */
	isNearKnown?(norm: string): boolean;
}

export interface NormalizeOptions {
	/** Words shorter than this are never corrected: a short word one edit from another is as likely another word. */
	readonly minCorrectLength: number;
	/** Words longer than this are never corrected: no typo makes one, and searching near them costs the most. */
	readonly maxCorrectLength: number;
	/** Words at least this long may be two edits from the word meant. */
	readonly twoEditLength: number;
	/** How many unknown words of one question are looked up for a correction: bounds the cost of hostile input. */
	readonly maxCorrections: number;
}

export const defaultNormalizeOptions: NormalizeOptions = {
	minCorrectLength: 4,
	maxCorrectLength: 20,
	twoEditLength: 8,
	maxCorrections: 8,
};

const WORD = /[\p{L}\p{N}]+(?:['’/][\p{L}\p{N}]+)*\/?/gu;

/**
 * Which words, of a question's words in order, stand in a pair of unknown ones: two words running that neither the
 * article nor English knows are a name typed in lower case ("arif alvi"), for a typo seldom comes in pairs.
 */
export function findNamePairs(unknown: readonly boolean[]): boolean[] {
	return unknown.map((isUnknown, i) => isUnknown && (unknown[i - 1] === true || unknown[i + 1] === true));
}

/**
 * Chat shorthand spelled out ("gonna" → "going to"), the rest of the text as it is. A capital letter alone or a word
 * before a full stop is an initial or an abbreviation ("U.S."), not "you".
 */
export function expandShorthand(text: string): string {
	return text
		.replace(WORD, (word, offset: number) => {
			if (/^\p{Lu}$/u.test(word) || text[offset + word.length] === '.') return word;
			return SHORTHAND[word.toLowerCase().replace(/\/$/u, '')] ?? word;
		})
		.replace(MODAL_CONTRACTION, (_, subject: string, modal: string, next: string) => {
			// "He'd visited" had; "he'd visit" would.
			const full = modal.toLowerCase() === 'll' ? 'will' : PARTICIPLE.test(next) ? 'had' : 'would';
			return `${subject} ${full} ${next}`;
		})
		.replace(TIME_BACK, '$1 ago')
		.replace(
			CURRENCY_SIGN_ALONE,
			(_, before: string, sign: string) => `${before}${sign === '€' ? 'euros' : 'dollars'}`,
		);
}

// "Trade in $", "how many € is it": a currency's sign with no amount after it stands for its name ("$ 5" has one).
const CURRENCY_SIGN_ALONE = /(^|[\s(])([$€])(?=[\s)?.!,]|$)(?!\s*\d)/gu;

// "Two years back": a time counted back from now, as "two years ago" is.
const TIME_BACK =
	/\b((?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple\s+of)\s+(?:years?|months?|weeks?|days?|decades?))\s+back\b/giu;

// "He'd visit", "they'll sign": a pronoun's contracted modal, which a claim's mood is read from.
const MODAL_CONTRACTION = /\b(i|you|he|she|it|we|they|who|that)['’](d|ll)\s+(\p{L}+)/giu;
const PARTICIPLE = /^(?:been|\p{L}+ed|had|done|gone|seen|made|given|taken|met|sent|held)$/iu;

const QUESTION_WORDS = new Set(['who', 'whom', 'whose', 'which', 'what', 'where', 'when', 'why', 'how']);
// What follows a question word that opens a question: an auxiliary ("wen is …") or "many", "much", "other".
const AFTER_QUESTION_WORD =
	/^(?:is|are|was|were|do|does|did|will|would|can|could|should|has|have|had|many|much|long|other|country|city|day|year)$/u;

/**
 * A slip in the question word that opens a question ("wich other …", "wen is …", "hw many …", "hwo is …"): the one
 * question word it is one edit from, where the word is no English word, or a rare one an auxiliary follows as it
 * follows a question word; never a stop word ("there were …"). Left as typed where it is one edit from two ("ho").
 */
function correctQuestionWord(text: string, vocabulary: Vocabulary): string {
	const [first, next] = [...text.matchAll(WORD)];
	if (first === undefined || first.index !== text.search(/\S/u)) return text;
	const typed = first[0].toLowerCase();
	if (QUESTION_WORDS.has(typed) || !/^\p{L}+$/u.test(typed)) return text;
	const edits = editsOf(typed);
	const near = [...QUESTION_WORDS].filter((word) => edits.has(word));
	// "There were …", "that was …": a stop word is what it is.
	if (near.length !== 1 || isStopWord(typed)) return text;
	if (vocabulary.isKnown(typed) && !AFTER_QUESTION_WORD.test(next?.[0].toLowerCase() ?? '')) return text;
	const [word = typed] = near;
	return `${text.slice(0, first.index)}${/^\p{Lu}/u.test(first[0]) ? word.charAt(0).toUpperCase() + word.slice(1) : word}${text.slice(first.index + first[0].length)}`;
}

// "Right before", "right after", "right now": "right" only stresses when, no right to find ("human rights").
const INTENSIFYING_RIGHT = /\bright\s+(?=(?:before|after|now|here|there|then|back|behind|next|into|ahead)\b)/giu;
// "The actual trade number": "actual" after "the" only stresses the thing named, as "actually" does a verb.
const STRESSING_ACTUAL = /(?<=\b(?:the|an?|their|its|his|her)\s+)actual\s+(?!(?:and|or|vs|versus)\b)/giu;
// "Qureshi said something about trust, right?": a tag asking to confirm, no word to find ("ok" and "yeah" go as
// fillers of `SHORTHAND`).
const CONFIRMING_TAG = /,?\s+(?:right|correct|innit)(?=\s*\?)/giu;

// "Wait, did he …", "hold on so is …": chat's opening pause, no waiting to find ("who was waiting for him" asks one,
// "wait and see" is an idiom).
const OPENING_PAUSE =
	/^\s*(?:(?:so|and|but)\s+)?(?:wait|hold\s+on|hang\s+on)\b[\s,.!…—–-]*(?=\s*(?:so|but|is|are|was|were|do|does|did|has|have|had|can|could|will|would|who|whom|whose|what|when|where|why|how|which)\b)/iu;

// "The piece", "the write-up", "this story", "per the wires": the text itself, as "the article" is, no topic to find
// ("wires" would find "equipment"). A bare "the report" may be one the article speaks of.
// "The dispatch of doses", "this piece of the pipeline", "the story behind it" are no text.
const TEXT_ITSELF =
	/\b(?:(?:the|this)\s+(?:piece|write-?up|story|wire\s+(?:copy|report|story)|wires?|dispatch|news\s+(?:report|story|piece))|this\s+report)\b(?!\s+(?:of|behind)\b)/giu;

/** A word without the 's of a possessive ("Moscow's" → "Moscow"); other words as they are. */
function withoutPossessive(word: string): string {
	return word.replace(/['’]s$/u, '');
}

/** Normalizes a question: NFKC, chat shorthand, then spelling. The words' order and the rest of the text stay. */
export function normalizeQuestion(
	question: string,
	vocabulary: Vocabulary,
	options: Partial<NormalizeOptions> = {},
): string {
	const { minCorrectLength, maxCorrectLength, twoEditLength, maxCorrections } = {
		...defaultNormalizeOptions,
		...options,
	};
	let corrections = 0;
	const text = correctQuestionWord(
		expandShorthand(question.normalize('NFKC'))
			.replace(INTENSIFYING_RIGHT, '')
			.replace(STRESSING_ACTUAL, '')
			.replace(CONFIRMING_TAG, '')
			.replace(OPENING_PAUSE, '')
			.replace(TEXT_ITSELF, 'the article'),
		vocabulary,
	);
	const normOf = (word: string) => word.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
	// A name typed in lower case is not two slips: neither of its words is corrected (see `findNamePairs`).
	// A possessive is its word's ("Moscw's" is a slip of "Moscow"), the 's kept as typed.
	const words = [...text.matchAll(WORD)].map((match) => ({ index: match.index, word: withoutPossessive(match[0]) }));
	const isKnownWord = (norm: string) => vocabulary.isKnown(norm) || isStopWord(norm) || QUESTION_WORDS.has(norm);
	let slipChecks = 0;
	const unknown = words.map(
		({ word }) =>
			word.length >= minCorrectLength &&
			word.length <= maxCorrectLength &&
			/^\p{L}+$/u.test(word) &&
			!isKnownWord(normOf(word)) &&
			// Typed in lower case, a sure slip is that slip ("increse numbber", "actualy buynig"); a capital marks a name
			// ("Hina Rabbani Khar"), whatever word of the article it is near. As many as are corrected at most.
			!(/^\p{Ll}/u.test(word) && slipChecks++ < maxCorrections && vocabulary.isSlip?.(normOf(word)) === true),
	);
	const pairs = findNamePairs(unknown);
	const named = new Set(words.flatMap((match, i) => (pairs[i] ? [match.index] : [])));
	return text.replace(WORD, (typed, offset: number) => {
		const word = withoutPossessive(typed);
		const possessive = typed.slice(word.length);
		const lower = word.toLowerCase().replace(/\/$/u, '');
		if (word.length < minCorrectLength || word.length > maxCorrectLength || !/^\p{L}+$/u.test(word)) return typed;
		// A capital inside a word ("PoWs", "iPhone") marks an abbreviation or a brand, not a slip.
		if (/\p{Lu}/u.test(word.slice(1)) || named.has(offset)) return typed;
		const norm = normOf(lower);
		// A stop word or a question word ("whose", "whom") is known English, whatever the vocabulary lists.
		if (isKnownWord(norm) || corrections++ >= maxCorrections) {
			return typed;
		}
		const corrected = vocabulary.correct(norm, word.length >= twoEditLength ? 2 : 1);
		if (corrected === undefined) return typed;
		// A capital stays: it marks a name for the later stages.
		return (/^\p{Lu}/u.test(word) ? corrected.charAt(0).toUpperCase() + corrected.slice(1) : corrected) + possessive;
	});
}
