import { findSubject } from '../people/find-mentions.js';
import { escapeRegExp, isPossessive, isStopWord, normalizeWord, type Token } from '../text/analyze.js';
import { formatDate, MONTHS } from '../text/format-date.js';
import { containsWords, findLastWords } from '../text/match-phrase.js';
import { asksClockTime, findClockTime, isNumberOfDeed, readTimes } from '../text/read-values.js';
import {
	APPROXIMATORS,
	ARRIVING_VERBS,
	ATTRIBUTION_VERBS,
	AUXILIARIES,
	CURRENCY_WORDS,
	DESCRIBING_VERBS,
	DESTINATION_VERBS,
	DETERMINERS,
	FALL_WORDS,
	GOING_WORDS,
	MODALITY_CUES,
	POSTING_VERBS,
	RISE_WORDS,
	SENTENCE_ADVERB,
	TIME_UNIT,
	TIME_UNIT_NAMES,
	VERB_KINDS,
} from '../text/word-classes.js';
import type { Paragraph, Person } from '../types.js';
import {
	ASKS_GAP,
	ASKS_MEDIUM,
	asksFutureTime,
	findKindAsked,
	findKindPhrase,
	findMedium,
	GOES_TO,
	HOW_LONG_IS,
	isTimeOfSaying,
	LENGTH_UNIT,
	LENGTH_WITHOUT_NUMBER,
	LISTED_PEOPLE_COUNTED,
	MEDIUM_NOUN,
	MEDIUM_USER,
	MONEY_WORDS,
	NAME_LIST,
	readGrainAsked,
	speaksOfFuture,
} from './answer-type.js';
import { asksForName, type QuestionKind } from './classify-question.js';

/** What the extractors need besides the sentence: the question's stems and the article's context. */
export interface ExtractionContext {
	/** Stems of the question and their synonyms: words the answer should not simply repeat. */
	readonly questionTerms: ReadonlySet<string>;
	/**
	 * Of those, the stems only the answer noun's synonyms add ("state" of "which country", "Covid" where the knowledge
	 * has it for "pandemic"): they name the kind asked for, not a thing the question gives, so they may answer.
	 */
	readonly answerNounTerms?: ReadonlySet<string>;
	/** Of those, the stems only country data relates to the question's places (Peru for Lima): they may answer. */
	readonly countriesOfPlaces?: ReadonlySet<string>;
	readonly termsOf: (text: string) => string[];
	readonly tokensOf: (text: string) => readonly Token[];
	/** Whether a name is one of the knowledge's people: one not among `otherPeople` is no answer. */
	readonly isKnownPerson?: (name: string) => boolean;
	/** The people the question does not name: a "who" answer names someone else. */
	readonly otherPeople: readonly Person[];
	/** The article's date (ISO), against which "last year" or "on Tuesday" are resolved. */
	readonly date: string;
	/** The question as typed, for cues its stop words carry ("where … from?"). */
	readonly question: string;
	/** Whether a name is a country's (country data, its people's): "what city" is not answered by one. */
	readonly isCountry: (name: string) => boolean;
	/** Whether a name is a place's (a country, a city, a capital): "who …" is not answered by one. */
	readonly isPlace?: (name: string) => boolean;
	/** Whether a word names a country's people ("Peruvian", "Omani"), by country data: no place itself. */
	readonly isPeopleWord?: (word: string) => boolean;
	/** Whether a word (normalized) names a body ("commission", "council"), by the lexicon. */
	readonly isBodyWord?: (norm: string) => boolean;
	/** Whether the question names the person it asks for by a word for a person ("counterpart", "leader"). */
	readonly asksForPersonNoun?: boolean;
	/** Capitalized words that only open the text's sentences ("Agencies add:"): no name (see `findSentenceOpeners`). */
	readonly openers?: ReadonlySet<string>;
	/** Whether a word (normalized) is a common English word, not only a name (see `SearchIndex.isCommonWord`). */
	readonly isCommonWord?: (norm: string) => boolean;
	/** The noun naming what the question asks for ("vaccine" of "which vaccine …"; see `findAnswerNoun`). */
	readonly answerNoun?: string | undefined;
	/**
	 * Whether a word is one abstract noun ("level", not "pipeline", "sectors" or "planned"), by the lexicon: "at what
	 * level" is answered by the words that qualify it ("the United Nations level"); a thing by its name only.
	 */
	readonly isAbstractNoun?: (norm: string) => boolean;
	/** Whether a word is a verb, by the lexicon: a verb ends the words that qualify a noun. */
	readonly isVerb?: (norm: string) => boolean;
	/** The stems of a word (normalized) and of its other forms, by the lexicon: "invade" is also "invasion". */
	readonly formsOf?: (norm: string) => ReadonlySet<string>;
	/**
	 * The stems of the names the question gives, but people (who may be "he" where a time is given) and the article's
	 * background names ("the IGC", not "Lavrov" nor "Pakistan").
	 */
	readonly nameTerms?: readonly string[];
	/** Names typed in lower case that the article writes as names ("soviet"): the sentence's paragraph names one. */
	readonly paragraphNameTerms?: readonly string[];
	/** The text of the paragraph a sentence of the article is in. */
	readonly paragraphOf?: (sentence: string) => string | undefined;
	/** The person a sentence's "he" or "she" stands for (see `findReferent`), when the article's text tells. */
	readonly referentOf?: (sentence: string) => Person | undefined;
	/** The fact sheet's person a name or alias names ("the premier"), if any. */
	readonly findPerson?: (name: string) => Person | undefined;
	/** Every person of the fact sheet, for who does what in a sentence. */
	readonly people?: readonly Person[];
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NUMBER_WORDS =
	'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a dozen';
// "An hour and a half", "a day": one of a unit of time, as "one hour" is; not any "a".
const ONE_OF_TIME_UNIT = `an?(?=\\s+(?:${TIME_UNIT_NAMES})\\b)`;
const QUANTITY = new RegExp(
	`(?<![\\p{L}\\d-])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${NUMBER_WORDS}|${ONE_OF_TIME_UNIT})(?:\\s+(million|billion|thousand|hundred|trillion))?(?:\\s*(percent|per cent|%))?((?:(?:\\s+|-)[\\p{L}]+){0,2})`,
	'giu',
);
const ASKS_DURATION = /\bhow long\b(?! ago)|\b(?:what|which)(?:['’]s|\s+is|\s+was)?\s+(?:the\s+)?duration\b/iu;
const ASKS_AGO = /\bago\b/iu;
const ASKS_PERCENT = /\bpercent(?:age)?\b|%/iu;
// A word in -ing after a number, then one of these, opens a clause: "to 100 starting in May".
const CLAUSE_NEXT = /^(?:in|on|at|from|with|by|next|this|the|a|an|to|for)$/iu;
const ASKS_BEFORE = /\b(?:before|previously|used to|originally|earlier|at first)\b/iu;
const UNIT_STOP =
	/^(of|the|a|an|and|to|in|on|at|by|for|from|with|per|more|less|than|is|was|were|that|which|its|his)$/iu;
// A word of a name: a capital, then letters, and digits after ("COVID-19", "G20").
const NAME_WORD = "[\\p{Lu}][\\p{L}’'.-]*(?:\\p{N}[\\p{L}\\p{N}’'.-]*)?";
/**
 * Capitalized words in a run, joined by spaces or "of", "and", "the"; `between` may stand before each joint. A word
 * with digits ends the run: "Covid-19 Sputnik-V" is two names.
 */
const capitalizedRun = (between = '') =>
	new RegExp(
		`${NAME_WORD}(?:(?<!\\p{N}[\\p{L}\\p{N}’'.-]*)${between}\\s+(?:of\\s+|and\\s+|the\\s+)?${NAME_WORD})*`,
		'gu',
	);
const CAPITALIZED_RUN = capitalizedRun();
const ROUTE = /\bfrom ([\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*)*) to ([\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*)*)/u;
// Capitals that start a sentence or name a date, not a person or a place; the text's own openers are in the context.
const NOT_A_NAME = new Set([
	...MONTHS,
	...WEEKDAYS,
	...['Moreover', 'Meanwhile', 'However', 'Now', 'Also', 'Further', 'Furthermore'],
]);

function isNotAName(word: string, context: ExtractionContext): boolean {
	return NOT_A_NAME.has(word) || context.openers?.has(word) === true;
}

/** A capitalized run without the words that only start a sentence ("As Lyon", "Moreover"): no name. */
function dropOpeners(words: string[], context: ExtractionContext): string[] {
	while (words.length > 0 && (isStopWord(normalizeWord(words[0] ?? '')) || isNotAName(words[0] ?? '', context))) {
		words.shift();
	}
	return words;
}

/** The name a capitalized run gives, past its openers and without a final full stop or possessive ("Lyon's"). */
function readName(run: string, context: ExtractionContext): { words: string[]; name: string } {
	const words = dropOpeners(run.replace(/[.’']+s?$/u, '').split(' '), context);
	return { words, name: words.join(' ').replace(/[’']s$/u, '') };
}

/** Extracts the short answer of the given kind from one sentence, or `undefined` when it holds none. */
export function extractShortAnswer(
	kind: QuestionKind,
	sentence: string,
	context: ExtractionContext,
): string | undefined {
	return scoreShortAnswer(kind, sentence, context)?.text;
}

/**
 * The short answer of a sentence with how well it fits the question, so that answers from two sentences can be
 * compared: a quantity scores by how closely its unit matches what is asked; other kinds all score alike.
 */
export function scoreShortAnswer(
	kind: QuestionKind,
	sentence: string,
	context: ExtractionContext,
): { readonly text: string; readonly score: number } | undefined {
	// "Which countries make up the troika?" asks its members: a name beside it is none unless the sentence lists them.
	if (MEMBERS_ASKED.test(context.question) && !MEMBERS_LISTED.test(sentence)) return undefined;
	if (kind === 'quantity') return namesParty(sentence, context) ? extractQuantity(sentence, context) : undefined;
	const text = extractOther(kind, sentence, context);
	return text === undefined ? undefined : { text, score: 0 };
}

// "Which countries make up …", "who was in the group …" (not "who is in Lima": where one is).
const MEMBERS_ASKED =
	/\b(?:make|makes|made)\s+up\b|\b(?:comprise[sd]?|consists?\s+of|members?\s+of|belongs?\s+to)\b|\bwho(?:['’]s|\s+(?:is|are|was|were))\s+in\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:group|delegation|team|party|line-?up|bloc|alliance)\b/iu;
// A list of names after a word that lists: "including the United States, China", "made up of Peru and Chile".
const MEMBERS_LISTED =
	/\b(?:includ(?:e|es|ed|ing)|compris(?:e|es|ed|ing)|consist(?:s|ed|ing)?\s+of|made\s+up\s+of|members?|such\s+as|namely)\s+(?:the\s+)?\p{Lu}/u;

function extractOther(kind: QuestionKind, sentence: string, context: ExtractionContext): string | undefined {
	// "Whose foreign ministry said …" asks for an owner, whatever the kind of the question's other words.
	const whose = WHOSE.exec(context.question);
	if (whose !== null) {
		for (const word of (whose[1] ?? '').split(/\s+/u).filter(Boolean)) {
			const owner = extractOwnerOf(word, sentence, context);
			if (owner !== undefined) return owner;
		}
		// No owner of the thing asked: who acts in the sentence is no answer to whose it is.
		return undefined;
	}
	// "… a state for who?", "… between Lyon and what?": the name the sentence gives right after the word asked about.
	const stranded = STRANDED_WH.exec(context.question)?.[1];
	if (stranded !== undefined) return extractNameAfter(stranded, sentence, context);
	switch (kind) {
		case 'time':
			return extractTime(sentence, context);
		case 'place':
			return extractPlace(sentence, context);
		case 'person':
			return extractPerson(sentence, context);
		default: {
			// "Which site did Reed post it on?": a medium only, not what follows "on" in the sentence.
			if (ASKS_MEDIUM.test(context.question)) return extractMedium(sentence, context);
			const object = extractObjectAfter(sentence, context);
			if (object !== undefined) return object;
			const kindOf = findKindAsked(context.question);
			if (kindOf !== undefined) return extractKindOf(kindOf, sentence, context);
			const noun = context.answerNoun;
			if (noun === undefined) return undefined;
			// "At what level …" is answered by "the United Nations level", "which pipeline" only by a name; "which
			// ministry" by whose it is ("Peru's foreign ministry"), "whose ministry" by the owner; "which body" by the
			// name of a body ("the Harbour Commission").
			if (MEDIUM_NOUN.test(noun)) return extractMedium(sentence, context);
			return (
				extractNameOf(noun, sentence, context) ??
				extractOwnerOf(noun, sentence, context) ??
				extractNameAfterOf(noun, sentence, context) ??
				(BODY_WORDS.has(noun.toLowerCase()) ? extractBodyName(sentence, context) : undefined) ??
				(context.isAbstractNoun?.(noun) === true && !asksForName(context.question)
					? extractKindOf(noun, sentence, context)
					: undefined)
			);
		}
	}
}

/**
 * The name the sentence gives a thing of the kind asked for: "which vaccine …" in "its Vaxo-9 vaccine" is
 * Vaxo-9; "the North Sea Gas Pipeline" names a pipeline. A capitalized run the question does not hold,
 * right before the noun or ending with it.
 */
function extractNameOf(noun: string, sentence: string, context: ExtractionContext): string | undefined {
	const [own] = context.termsOf(noun);
	if (own === undefined) return undefined;
	// "Which jab …" is named by "Vaxo-9 Vaccine": the noun's synonyms may end the name too.
	const stems = new Set([own, ...(context.answerNounTerms ?? [])]);
	const isNoun = (term: string | null | undefined) => term != null && stems.has(term);
	const tokens = context.tokensOf(sentence);
	for (const match of sentence.matchAll(NAME_RUN)) {
		const run = dropOpeners(match[0].split(' '), context);
		// The noun inside the run ends the name: "the Harbour Line Project" names a line as "Harbour Line".
		const at = run.findIndex((word, i) => i > 0 && isNoun(context.termsOf(word)[0]));
		const words = at === -1 ? run : run.slice(0, at + 1);
		const end = match.index + match[0].length;
		const next = tokens.find((token) => token.start >= end);
		const endsWithNoun = at !== -1;
		const name = (endsWithNoun ? words.slice(0, -1) : words).join(' ').replace(/[’']s$/u, '');
		// "Gas" of "(East-West) Gas Pipeline" is a word of a longer name, not a name: one at least is no common word,
		// or two capitalized words run together ("Harbour Line").
		const nameWords = name.split(' ');
		const named =
			nameWords.length > 1 || nameWords.some((word) => context.isCommonWord?.(normalizeWord(word)) === false);
		// "An anti flu vaccine" is against flu, not named so.
		const against = AGAINST.test(sentence.slice(0, match.index));
		const placed = !against && (endsWithNoun || (isNoun(next?.term) && (next?.start ?? 0) - end <= 1));
		// A name that ends with the noun is the whole name; a word of it the question does not give makes it news
		// ("Harbour" for "the line").
		const news = context.termsOf(name).some((term) => !isGiven(term, context));
		if (placed && named && news) {
			return endsWithNoun ? words.join(' ').replace(/[’']s$/u, '') : withHeadNoun(name, sentence, end, context);
		}
		// "The “Harbour Line” (East-West) Ferry Project": words the question gives, after the name in quotes.
		const quoted = placed ? QUOTED_BEFORE.exec(sentence.slice(0, match.index))?.[1] : undefined;
		if (quoted !== undefined && isNew(quoted, context)) return quoted;
	}
	return undefined;
}

// "Anti" before a name: what the thing is against ("anti Ebola vaccine", "anti-government forces").
const AGAINST = /\banti[\s-]*$/iu;

// A name in quotes, and perhaps a parenthesis, right before another: "the “Harbour Line” (East-West)".
const QUOTED_BEFORE = /[“"]([\p{Lu}][^”"]{1,40})[”"]\s*(?:\([^()]{1,40}\)\s*)?$/u;

/** The name a sentence gives a thing after "of": "the meeting of the Harbour Forum", "a state of Vaxia". */
function extractNameAfterOf(noun: string, sentence: string, context: ExtractionContext): string | undefined {
	const [stem] = context.termsOf(noun);
	if (stem === undefined) return undefined;
	for (const token of context.tokensOf(sentence)) {
		if (token.term !== stem || !/^\p{Ll}/u.test(token.raw)) continue;
		const run = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/u.exec(
			sentence.slice(token.end),
		)?.[1];
		if (run !== undefined && isNew(run, context)) return run;
	}
	return undefined;
}

/** Words that ask for a body by its name: "which body", "what organization". */
const BODY_WORDS = new Set(['body', 'organization', 'organisation', 'institution', 'agency', 'forum', 'bloc']);

/** The name of a body in a sentence: a capitalized run the question does not give, ending in a word for a body. */
function extractBodyName(sentence: string, context: ExtractionContext): string | undefined {
	for (const match of sentence.matchAll(NAME_RUN)) {
		const words = dropOpeners(match[0].split(' '), context);
		const last = normalizeWord(words.at(-1)?.replace(/[^\p{L}-]/gu, '') ?? '');
		const name = words.join(' ');
		if (words.length > 1 && context.isBodyWord?.(last) === true && isNew(name, context)) return name;
	}
	return undefined;
}

// The words after "whose", any of which may be the thing owned ("whose foreign ministry").
const WHOSE = /^\s*whose\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/iu;
/** How many words may stand between an owner and the thing owned ("Peru's new foreign ministry"). */
const OWNED_AFTER_WORDS = 2;
/** How many words before a verb a description of its subject may take ("the top Peruvian diplomat"). */
const DESCRIPTION_WORDS = 3;

/**
 * The owner a sentence gives a thing of the kind asked for, in "Lima's foreign ministry" or "the Lima foreign
 * ministry": for "which ministry …" the owned thing with its owner, for "whose ministry …" the owner alone.
 */
function extractOwnerOf(noun: string, sentence: string, context: ExtractionContext): string | undefined {
	const [stem] = context.termsOf(noun);
	if (stem === undefined) return undefined;
	const whose = /\bwhose\b/iu.test(context.question);
	const typed = new Set(context.termsOf(context.question));
	const tokens = context.tokensOf(sentence);
	for (const [i, token] of tokens.entries()) {
		// "States" of "the United States" is a word of a name, owned by none.
		if (token.term !== stem || !/^\p{Ll}/u.test(token.raw)) continue;
		// "Peru's foreign ministry said in a statement": the statement is the speaker's, without what dates or places
		// the sentence ("On Monday Peru's foreign ministry …").
		const speaker = UTTERANCES.has(token.norm)
			? SAID_IN.exec(sentence.slice(0, token.start))?.[1]?.trim().replace(SETTING_OPENER, '')
			: undefined;
		if (speaker !== undefined && speaker !== '' && isNew(speaker, context)) return speaker;
		for (let back = 1; back <= OWNED_AFTER_WORDS + 1 && i - back >= 0; back++) {
			const owner = tokens[i - back] as Token;
			if (!/^\p{Lu}/u.test(owner.raw) || owner.start === 0) {
				if (/^\p{Ll}/u.test(owner.raw) && !isStopWord(owner.norm)) continue;
				break;
			}
			// "An anti Ebola vaccine" is against Ebola, not Ebola's.
			if (AGAINST.test(sentence.slice(0, owner.start))) break;
			const name = owner.raw.replace(/[’']s$/u, '');
			// Not an owner the question typed ("whose ministry said Reed …" is not answered by Reed's).
			if (context.termsOf(name).some((term) => typed.has(term))) break;
			return whose ? name : sentence.slice(owner.start, token.end);
		}
	}
	return undefined;
}

// "Peru's foreign ministry said in a statement": a name, with the words of its office, before a verb of saying "in a".
const SAID_IN =
	/((?:\p{Lu}[\p{L}’'-]*\s+)+(?:\p{Ll}+\s+){0,3}?)(?:said|announced|stated|declared)\s+in\s+(?:a|an|its|their)\s+$/u;
// "On Monday", "In Lima": words opening a sentence with its time or place, before whoever speaks.
const SETTING_OPENER = new RegExp(
	`^(?:(?:On|In|At|By)\\s+(?:the\\s+)?\\p{Lu}\\p{Ll}+\\s+|(?:${[...MONTHS, ...WEEKDAYS].join('|')})\\s+)`,
	'u',
);
// What one says in: a statement is its speaker's, a meeting is not.
const UTTERANCES = new Set(['statement', 'interview', 'speech', 'tweet', 'release', 'letter', 'message', 'address']);

// A name with its acronym inside, "Harbour Trust (HT) Summit", is one name.
const NAME_RUN = capitalizedRun('(?:\\s+\\(\\p{Lu}{2,}\\))?');

// A question word left at the end after a word and a preposition or "and" ("a sovereign state for who?").
// "Came from where?" asks an origin, as "where did he come from" does: only "and where" strands a place.
const STRANDED_WH =
	/\b([\p{L}-]+)\s+(?:(?:for|of|and|to|with|from)\s+(?:who|whom|what|which one)|and\s+where)\s*\??\s*$/iu;
// "the United States and the Taliban": two capitalized names joined by "and", "the" allowed before each.
const PARTY = '((?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)*)';
const NAMED_PAIR = new RegExp(`${PARTY}\\s+and\\s+${PARTY}`, 'u');
// "between the United States and the Taliban": two parties.
const BETWEEN_PAIR = new RegExp(`\\bbetween\\s+${NAMED_PAIR.source}`, 'u');
/** How many words after the word asked about its name may stand ("state of the Republic of …"). */
const NAME_AFTER_WORDS = 3;

// "What did the mayor congratulate Lyon on?": the words before the preposition the question ends with.
const OBJECT_ASKED =
	/^\s*(?:(?:so|and)\s+)?(?:what|which)\s+(?:\S+\s+){1,8}?([\p{L}-]+)\s+(on|for|about|against|over)\s*\??\s*$/iu;
// Where the phrase after the preposition ends: a clause's punctuation or its joining word.
const PHRASE_STOP = /[,;:.!?”"]|\s(?:and|but|while|as|which|who|that|after|before|when)\s/u;
/** How many words the phrase after the preposition may have. */
const OBJECT_WORDS = 8;

/**
 * "What did the mayor congratulate Lyon on?": the phrase after "Lyon on" in the sentence ("its new bridge"), to the
 * end of its clause.
 */
function extractObjectAfter(sentence: string, context: ExtractionContext): string | undefined {
	const asked = OBJECT_ASKED.exec(context.question);
	const [stem] = context.termsOf(asked?.[1] ?? '');
	const preposition = asked?.[2]?.toLowerCase();
	if (stem === undefined || preposition === undefined) return undefined;
	const tokens = context.tokensOf(sentence);
	const at = tokens.findIndex((token, i) => token.term === stem && tokens[i + 1]?.norm === preposition);
	const start = tokens[at + 1]?.end;
	if (at < 0 || start === undefined) return undefined;
	const rest = sentence.slice(start);
	const stop = PHRASE_STOP.exec(rest);
	const phrase = (stop === null ? rest : rest.slice(0, stop.index)).trim();
	const words = phrase.split(/\s+/u);
	return words.length <= OBJECT_WORDS && phrase !== '' && isNew(phrase, context) ? phrase : undefined;
}

/** The capitalized name a sentence gives right after a word the question ends on ("state of Vaxia" for "state"). */
function extractNameAfter(word: string, sentence: string, context: ExtractionContext): string | undefined {
	// "… between the rebels and who?": the other party of "between A and B", whichever way round the article has it.
	if (/\bbetween\b/iu.test(context.question) && word.toLowerCase() !== 'between') {
		const pair = BETWEEN_PAIR.exec(sentence);
		const [, first = '', second = ''] = pair ?? [];
		const asked = new Set(context.termsOf(word));
		const names = (text: string) => context.termsOf(text).some((term) => asked.has(term));
		const other = pair === null ? undefined : names(second) ? first : names(first) ? second : undefined;
		if (other !== undefined && isNew(other, context)) return other.replace(/[.’']+s?$/u, '');
	}
	const [stem] = context.termsOf(word);
	const tokens = context.tokensOf(sentence);
	const at = tokens.findIndex((token) => stem !== undefined && token.term === stem);
	if (at < 0) return undefined;
	const end = tokens[at]?.end ?? 0;
	for (const match of sentence.matchAll(CAPITALIZED_RUN)) {
		// "Lyon and Nice" is one run: after "Lyon", "Nice".
		if (match.index < end) {
			const rest = /^\s+and\s+(.+)$/u.exec(sentence.slice(end, match.index + match[0].length))?.[1];
			if (rest !== undefined && isNew(rest, context)) return rest.replace(/[.’']+s?$/u, '');
			continue;
		}
		const between = context.tokensOf(sentence.slice(end, match.index));
		if (between.length > NAME_AFTER_WORDS || between.some((token) => token.term !== null)) return undefined;
		const name = match[0].replace(/[.’']+s?$/u, '').split(/\s+and\s+/u)[0] ?? '';
		return isNew(name, context) ? name : undefined;
	}
	return undefined;
}

/** The kind the sentence gives a thing the question names ("low sulphur fuel" for "what kind of fuel"; see `findKindWords`). */
function extractKindOf(noun: string, sentence: string, context: ExtractionContext): string | undefined {
	const stems = new Set(context.termsOf(noun));
	return findKindPhrase(
		sentence,
		context.tokensOf(sentence),
		(term) => stems.has(term),
		context.questionTerms,
		context.isVerb ?? (() => false),
	);
}

/**
 * The people none of whose names occur in the question. An alias sharing no word with the name ("Chilean
 * President", "PM") describes the person: it names them in "who did the PM meet", not in "which Chilean president
 * did …", which asks for the name (the words up to its answer noun; see `findAnswerNoun`).
 */
export function findPeopleNotNamed(people: readonly Person[], question: string, answerNoun?: string): Person[] {
	const asked = question.toLowerCase();
	const described =
		answerNoun === undefined
			? asked
			: asked.replace(
					new RegExp(`\\b(?:which|what)\\s+(?:[\\p{L}-]+\\s+){0,3}?${escapeRegExp(answerNoun)}\\b`, 'giu'),
					' ',
				);
	return people.filter((person) =>
		[person.name, ...person.aliases].every(
			(name) => !containsWords(isOwnName(person, name) ? asked : described, name.toLowerCase()),
		),
	);
}

/** Whether a name of a person names them ("Tom Reed", "FM Reed"), sharing a word with their name, or describes them ("PM"). */
export function isOwnName(person: Person, alias: string): boolean {
	const own = new Set(person.name.toLowerCase().split(/\s+/u));
	return alias
		.toLowerCase()
		.split(/\s+/u)
		.some((word) => own.has(word));
}

/** Words this short are abbreviations ("PM", "FM"), where one letter makes another person. */
const SHORT_WORD_LENGTH = 2;
// "they keep mentioning", "in this": chat words after the description of whom the question asks for; "during the
// visit", "at the time", "then": the time of the report's event, when whoever the article names held the office.
const TRAILING_CHAT =
	/\s+(?:in (?:all )?(?:this|that|the|here)(?: (?:article|story|report|piece|text))?|here|they (?:keep )?(?:mention|mentioning|talk about|talking about)\w*|mentioned|quoted|cited|again|(?:during|at the time of) (?:the|this|that|his|her|their) (?:[\p{L}-]+ ){0,2}?(?:visit|trip|talks|meeting|meetings|event)|at the time|back then|then)\s*$/iu;

/** A description without the chat words after it ("the spokesperson quoted in the report" → "the spokesperson"). */
export function trimDescription(description: string): string {
	let trimmed = description;
	for (let previous = ''; previous !== trimmed; ) {
		previous = trimmed;
		trimmed = trimmed.replace(TRAILING_CHAT, '');
	}
	return trimmed;
}

/**
 * The person a "who is …" question describes ("the CNS", "the chilean president they keep mentioning", "the
 * peruvian PM"): by name or alias, after chat words; a nationality before an alias counts only when it is the
 * person's own ("peruvian PM" is Luis Vega, "chilean PM" no one).
 */
export function findPersonDescribed(
	finder: { find(name: string): Person | undefined },
	description: string,
): Person | undefined {
	const name = trimDescription(description.replace(/^(?:the|mr\.?|mrs\.?|ms\.?)\s+/iu, ''));
	// A lookup tolerant of typos would take "PM" for "FM": a short word must be one of the person's own.
	const findExactly = (text: string) => {
		const person = finder.find(text);
		const own = new Set(
			[person?.name ?? '', ...(person?.aliases ?? [])].flatMap((alias) => alias.split(/\s+/u).map(normalizeWord)),
		);
		const short = text
			.split(/\s+/u)
			.filter((word) => word.length <= SHORT_WORD_LENGTH && !isStopWord(normalizeWord(word)));
		return short.every((word) => own.has(normalizeWord(word))) ? person : undefined;
	};
	const found = findExactly(name);
	if (found !== undefined) return found;
	// "Reed's Peruvian counterpart": someone else than the owner, described by the words after, who holds the
	// owner's office for another country (a prime minister's counterpart is no foreign minister).
	const [, ownerName, described] = /^(.+?)['’]s?\s+(.+)$/u.exec(name) ?? [];
	const owner = ownerName === undefined ? undefined : finder.find(ownerName);
	if (owner !== undefined && described !== undefined) {
		const other = findPersonDescribed(finder, described);
		return other !== undefined && other !== owner && officeOf(other) === officeOf(owner) ? other : undefined;
	}
	const [first = '', ...rest] = name.split(/\s+/u);
	if (rest.length === 0) return undefined;
	const person = findExactly(rest.join(' '));
	const nationality = normalizeWord(first);
	const country = normalizeWord(person?.country ?? '');
	return person !== undefined && country.length > 3 && nationality.startsWith(country.slice(0, -1))
		? person
		: undefined;
}

/** A person's office without their country: "Foreign Minister of Peru" and "Chilean Foreign Minister" are one. */
function officeOf(person: Person): string {
	const country = normalizeWord(person.country).slice(0, COUNTRY_STEM);
	return person.role
		.split(/\s+/u)
		.map(normalizeWord)
		.filter((word) => word !== 'of' && word !== 'the' && (country === '' || !word.startsWith(country)))
		.join(' ');
}

/** How much of a country's name its adjective shares ("Russ" of Russia, Russian; "Pakis" of Pakistani). */
const COUNTRY_STEM = 4;

/**
 * The few characters before `index`: enough for the cue words the extractors look for ("from the "), and an
 * end-anchored pattern tested on them costs the same wherever in a long sentence the match is.
 */
function textBefore(sentence: string, index: number): string {
	return sentence.slice(Math.max(0, index - 24), index);
}

function isNew(text: string, context: ExtractionContext): boolean {
	const terms = context.termsOf(text);
	return terms.length > 0 && terms.every((term) => !isGiven(term, context));
}

/** Whether the question gives a stem: one of its words or their synonyms, but for the answer noun's synonyms. */
function isGiven(term: string, context: ExtractionContext): boolean {
	return context.questionTerms.has(term) && context.answerNounTerms?.has(term) !== true;
}

// "How many Chilean leaders …": the plural counted, after up to two words qualifying it.
const HOW_MANY_OF = /\bhow\s+many\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+s)\b/iu;
const COUNT_WORDS: Readonly<Record<number, string>> = {
	2: 'two',
	3: 'three',
	4: 'four',
	5: 'five',
	6: 'six',
	7: 'seven',
	8: 'eight',
	9: 'nine',
	10: 'ten',
};
// "Per day", "a year": a rate of time asked; not "as per the minister" nor "per cent".
// "A year" is a rate, not a window ("in a year") nor a time ago ("a year ago").
const RATE_ASKED =
	/\b(?:per|each|every|(?<!\b(?:in|within|over|for)\s)a)\s+(day|week|month|year|annum|hour)\b(?!\s+ago)|\b(dai|week|month|year|annual|hour)ly\b/iu;
/** The unit of a rate asked as an adverb ("daily", "annually"). */
const RATE_ADVERBS: Readonly<Record<string, string>> = { dai: 'day', annual: 'year' };
const ASKS_MORE = /\b(?:more|extra|additional|further)\b/iu;
/** Words of a question that ask for what is still to come ("promise", "more") or for what is done ("already"). */
const ASKS_PLANNED =
	/\b(?:promis\w*|pledg\w*|vow\w*|commit\w*|intend\w*|plan\w*|will|going to|more|extra|additional|further|another|next)\b/iu;
const ASKS_DONE = /\b(?:already|so far|to date|delivered|provided|gave|given|sent|handed|received|shipped|donated)\b/iu;
const RULED_OUT = /\b(?:not|excluding|except|besides|without)\b[^,;?]*/giu;
/** How far back, in characters, the first part of a length in two units is looked for. */
const CONTINUED_LENGTH_REACH = 30;
const CONTINUED_LENGTH = new RegExp(`\\b(?:${TIME_UNIT_NAMES})\\s+and\\s+$`, 'iu');
// "Who did Reed call on?", "whom will Lopez meet", "which minister did Reed invite": the verb whose object is asked
// (after a one- or two-word subject).
// "Who is funding …", "who will build …", "who has led …": the verb whose subject is asked, after its auxiliary.
// "Who was there to meet her", "who was on hand to greet him": the verb after "to" is what they did.
const AUXILIARY_QUESTION =
	/^\s*who(?:(['’]ll|\s+(?:will|would|can|could|should|might|must))|(?:['’]s|\s+(?:is|are|was|were|has|have|had))(?:\s+been)?)\s+(?:(\p{L}+ly)\s+)?(?:(?:going|about|set|due|there|present|waiting|on\s+hand|at\s+hand)\s+to\s+)?(\p{L}{3,})\b/iu;
/** How many words after the first of "who did <subject> …" may be its verb. */
const OBJECT_VERB_REACH = 3;
const OBJECT_QUESTION = /^\s*who(?:m)?\s+(?:did|does|do|will|would|has|have|had|can|could)\s+([\p{L}\s'’-]+)/iu;
const WHICH_OBJECT_QUESTION =
	/^\s*which(?:\s+[\p{L}-]+){1,4}?\s+(?:did|does|do|will|would|has|have|had|can|could)\s+([\p{L}\s'’-]+)/iu;
// "Counting both …", "… combined": a sum of two numbers, which the article may not state.
const ASKS_TOTAL = /\b(?:counting both|both together|combined|altogether|all together|added together)\b/iu;
const ASKS_IN_TOTAL = /\b(?:in total|all told|total number|overall)\b/iu;
/** Where something was posted or said: a medium named after "said on", not a day ("said on Monday"). */
function extractMedium(sentence: string, context: ExtractionContext): string | undefined {
	const name = findMedium(sentence);
	if (name === undefined || isNotAName(name, context) || context.isPlace?.(name) === true) return undefined;
	// "Which platform did Reed post on?" where Soto said it on Telegram: the medium is the one asked about's only.
	const asked = MEDIUM_USER.exec(context.question)?.[1];
	if (asked === undefined) return name;
	// "Peru's foreign ministry" is a body, whatever person a fuzzy look-up finds for it.
	const body = context.isBodyWord?.(normalizeWord(asked.split(/\s+/u).at(-1) ?? '')) === true;
	const person = body ? undefined : context.findPerson?.(asked);
	const doer = findDoer(sentence, sentence.indexOf(name), context);
	if (person !== undefined) return doer === person ? name : undefined;
	// A body or a country by its words, every one in the sentence: "Peru's foreign ministry" is no "foreign minister".
	const terms = new Set(context.tokensOf(sentence).flatMap((token) => (token.term === null ? [] : [token.term])));
	return doer === null && context.termsOf(asked).every((term) => terms.has(term)) ? name : undefined;
}

/** How far before a number its mood words are looked for ("intend to provide 150,000"). */
const MOOD_WINDOW_WORDS = 5;
const MOOD_WINDOW_CHARACTERS = 40;
const PLANNED_CUES = new Set(MODALITY_CUES.flatMap(([mood, cues]) => (mood === 'factual' ? [] : [...cues])));

const PURPOSE_BEFORE = /\b(\p{L}+)\s+to\s+(\p{L}+)\s+$/u;

/**
 * Whether a number in a sentence is still to come ("intend to provide 150,000 more") rather than done ("have
 * provided 50,000"): a mood word in the few words before it, a purpose ("to carry 40 tonnes"), or "more" after it.
 */
function isPlannedQuantity(sentence: string, index: number, tail: string): boolean {
	if (/^\s*(?:more|extra|additional|further)\b/iu.test(tail)) return true;
	// "a project to transport 1.6 billion": what a purpose is to do is still to come; "rose to nearly 300" is done.
	const purpose = PURPOSE_BEFORE.exec(sentence.slice(Math.max(0, index - MOOD_WINDOW_CHARACTERS), index));
	if (
		purpose !== null &&
		!RISE_WORDS.has(purpose[1]?.toLowerCase() ?? '') &&
		!FALL_WORDS.has(purpose[1]?.toLowerCase() ?? '') &&
		!APPROXIMATORS.has(purpose[2]?.toLowerCase() ?? '')
	)
		return true;
	const before = sentence
		.slice(Math.max(0, index - MOOD_WINDOW_CHARACTERS), index)
		.toLowerCase()
		.split(/[^\p{L}']+/u);
	return before.slice(-MOOD_WINDOW_WORDS).some((word) => PLANNED_CUES.has(word));
}

function extractQuantity(sentence: string, context: ExtractionContext): { text: string; score: number } | undefined {
	// "Both together", "in total": a sum the article may not state; no number of it is that sum.
	if (ASKS_TOTAL.test(context.question)) return undefined;
	// "How many doses did Chile promise?" asks for the promised number, not the one already delivered: with two
	// moods in one sentence, only a number of the asked mood answers. A mood ruled out ("not the planned ones")
	// is not asked.
	const asked = context.question.replace(RULED_OUT, ' ');
	// "Capacity per day?": a rate, so only a number given per day answers ("1.6 billion cubic feet per day").
	const rateAsked = RATE_ASKED.exec(context.question);
	const rateWord = (rateAsked?.[1] ?? rateAsked?.[2])?.toLowerCase();
	const rate = rateWord === undefined ? undefined : (RATE_ADVERBS[rateWord] ?? rateWord);
	const asksPlanned = ASKS_PLANNED.test(asked);
	const asksDone = !asksPlanned && ASKS_DONE.test(asked);
	let best: { text: string; score: number } | undefined;
	const tokens = context.tokensOf(sentence);
	// The sentence's verbs the question asks of, by their words or close relatives ("produce": "manufacture").
	const askedVerbs = tokens.flatMap((token, i) =>
		token.term !== null &&
		context.questionTerms.has(token.term) &&
		context.isVerb?.(token.norm) === true &&
		!AUXILIARIES.has(token.norm)
			? [i]
			: [],
	);
	for (const match of sentence.matchAll(QUANTITY)) {
		const [, number = '', scale, percent, tail = ''] = match;
		if ((asksPlanned || asksDone) && isPlannedQuantity(sentence, match.index, tail) !== asksPlanned) continue;
		// "How many will Peru make?" where Peru "will buy 5 million doses … and make them": the number is another
		// deed's (see `isNumberOfDeed`).
		const at = tokens.findIndex((token) => token.start >= match.index);
		if (askedVerbs.length > 0 && askedVerbs.every((i) => i > at && !isNumberOfDeed(tokens, i, at, MOOD_WINDOW_WORDS)))
			continue;
		if (
			rate !== undefined &&
			!new RegExp(`^(?:[\\s-]+\\p{L}+){0,4}?\\s+per\\s+${escapeRegExp(rate)}\\b`, 'iu').test(
				sentence.slice(match.index + match[0].length - tail.length),
			)
		) {
			continue;
		}
		// "By what percentage …" is answered by a percentage only.
		if (ASKS_PERCENT.test(context.question) && percent === undefined) continue;
		// "From 60 to 100": the first is where a change began, not the number now, unless the question asks what it was.
		if (
			/\bfrom\s+$/iu.test(sentence.slice(Math.max(0, match.index - 5), match.index)) &&
			/^\s+to\s+\d/u.test(sentence.slice(match.index + number.length)) &&
			!ASKS_BEFORE.test(context.question)
		)
			continue;
		// A number the question itself gives ("between the two countries") is no answer to it.
		if (new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(number)}(?![\\p{L}\\d])`, 'iu').test(context.question)) continue;
		if (/^(19|20)\d\d$/u.test(number) && scale === undefined && percent === undefined) continue;
		// "The two countries": a number word after "the" refers to things already counted; it counts nothing.
		if (
			!/\d/u.test(number) &&
			scale === undefined &&
			/\bthe\s+$/iu.test(sentence.slice(Math.max(0, match.index - 5), match.index))
		)
			continue;
		// "One official said": "one" is a count only right before what it counts.
		if (
			/^one$/iu.test(number) &&
			!context.termsOf(tail.trim().split(/\s+/u)[0] ?? '').some((term) => context.questionTerms.has(term))
		) {
			continue;
		}
		// "… two hours and 15 minutes": the minutes are the end of a length given before them, not one of their own.
		if (
			CONTINUED_LENGTH.test(sentence.slice(Math.max(0, match.index - CONTINUED_LENGTH_REACH), match.index)) &&
			TIME_UNIT.test(tail.trim().split(/\s+/u)[0] ?? '')
		)
			continue;
		const unit: string[] = [];
		// "a two-day visit": a hyphenated unit describes the noun after it, which is no part of the quantity. It is the
		// length of that thing, never the time since something ("how long since …").
		const hyphenated = tail.startsWith('-');
		if (hyphenated && (ASKS_GAP.test(context.question) || ASKS_AGO.test(context.question))) continue;
		if (percent === undefined) {
			const words = tail.replace(/^-/u, ' ').trim().split(/\s+/u);
			// The word after the tail too: "300 staff starting on Monday" ends before "starting".
			const next = [...words, /^[\s-]*(\p{L}+)/u.exec(sentence.slice(match.index + match[0].length))?.[1] ?? ''];
			for (const [k, word] of words.slice(0, hyphenated ? 1 : undefined).entries()) {
				// "the two holding talks", "to 100 starting in May": a verb in -ing after a number begins a clause, not
				// what is counted ("50 working groups" counts groups).
				const clause = /^\p{L}{3,}ing$/u.test(word) && (!/\d/u.test(number) || CLAUSE_NEXT.test(next[k + 1] ?? ''));
				if (word === '' || UNIT_STOP.test(word) || clause) break;
				unit.push(word);
			}
		}
		// "How much … in dollar terms": only a sum of money answers, with its currency ("$790 million").
		const sign =
			/(?:US\$|[$€£₽]|Rs\.?|PKR)\s*$/u.exec(sentence.slice(Math.max(0, match.index - 4), match.index))?.[0].trim() ??
			'';
		const asksMoney =
			(MONEY_WORDS.test(context.question) || context.question.includes('$')) && !ASKS_PERCENT.test(context.question);
		if (asksMoney && sign === '' && !CURRENCY_WORDS.has((unit[0] ?? '').toLowerCase())) continue;
		const additional = /^\s*(?:more|extra|additional)\b/iu.exec(tail)?.[0].trim();
		// "How many in total?": a number on top of another ("150,000 more") is part of a sum, never the total.
		if (additional !== undefined && ASKS_IN_TOTAL.test(context.question)) continue;
		// "two hours and 15 minutes" is one length.
		const continued = TIME_UNIT.test(unit[0] ?? '')
			? (new RegExp(
					`^${escapeRegExp(number)}[\\s-]+${escapeRegExp(unit[0] ?? '')}(\\s+and\\s+(?:a\\s+half(?:\\s+(?:${TIME_UNIT_NAMES}))?|(?:\\d+|${NUMBER_WORDS})\\s+(?:${TIME_UNIT_NAMES})))\\b`,
					'iu',
				).exec(sentence.slice(match.index))?.[1] ?? '')
			: '';
		const text = hyphenated
			? `${number}-${unit.join(' ')}`
			: [
					`${sign}${/[A-Za-z]$/u.test(sign) ? ' ' : ''}${number}`,
					scale,
					percent,
					...(unit.length === 0 && additional ? [additional] : unit),
				]
					.filter(Boolean)
					.join(' ') + continued.trimEnd();
		// "How long …?" is answered by a time only ("six years"), never by "40 tonnes".
		if (
			ASKS_DURATION.test(context.question) &&
			!TIME_UNIT.test(unit[0] ?? '') &&
			!(HOW_LONG_IS.test(context.question) && LENGTH_UNIT.test(unit[0] ?? ''))
		)
			continue;
		// "How long …?" asks for a time: a time unit is what it asks about ("nine years").
		const unitMatches =
			context.termsOf(unit.join(' ')).some((term) => context.questionTerms.has(term)) ||
			(ASKS_DURATION.test(context.question) && TIME_UNIT.test(unit[0] ?? '')) ||
			// "How long is the line?": a unit of length as much as one of time ("a 1,100-km line", not "a day").
			(HOW_LONG_IS.test(context.question) && LENGTH_UNIT.test(unit[0] ?? ''));
		// "the two countries": a number word counts only when it counts what the question asks about.
		if (!/\d/u.test(number) && !unitMatches) continue;
		// "a two-day visit" answers "how long was the visit": the noun it describes is the question's.
		const describes =
			hyphenated &&
			context.termsOf(tail.slice(1).trim().split(/\s+/u)[1] ?? '').some((term) => context.questionTerms.has(term));
		// "How many more doses …" is answered by "150,000 more": "more" names the unit counted before it.
		const moreAsked = additional !== undefined && ASKS_MORE.test(context.question);
		// "A 35-minute one-on-one conversation, then talks that ran for an hour and a half": a time describing a thing
		// the question does not name is that thing's length; another length in the sentence is likelier the one asked.
		const score =
			(unitMatches || moreAsked ? 2 : 0) +
			(moreAsked ? 1 : 0) +
			(describes ? 1 : hyphenated && TIME_UNIT.test(unit[0] ?? '') ? -2 : 0) +
			(/\d/u.test(number) ? 1 : 0) +
			(unit.length > 0 || percent ? 0.5 : 0);
		// A rate asked is given as one: "1.6 billion cubic feet per day".
		if (best === undefined || score > best.score)
			best = { text: rate === undefined ? text : `${text} per ${rate}`, score };
	}
	// "How long has the war gone on?" may be answered without a number: "for decades", "a years-long war".
	if (best === undefined && ASKS_DURATION.test(context.question)) {
		const length = LENGTH_WITHOUT_NUMBER.exec(sentence)?.[0];
		if (length !== undefined) return { text: length, score: 0 };
	}
	// "How many leaders did he hold talks with?" where the sentence names them: "with Prime Minister Reed, General
	// Soto and FM Lopez" is three, named.
	const counted = HOW_MANY_OF.exec(context.question)?.[1]?.toLowerCase();
	if (best === undefined && counted !== undefined && LISTED_PEOPLE_COUNTED.test(counted)) {
		const list = NAME_LIST.exec(sentence)?.[0];
		const names = list?.split(/\s*,\s*(?:and\s+)?|\s+and\s+/u) ?? [];
		const word = COUNT_WORDS[names.length];
		// Each a known person ("On Wednesday, Reed and Lopez" is no list of three).
		if (list !== undefined && word !== undefined && names.every((name) => context.isKnownPerson?.(name) === true)) {
			return { text: `${word} (${list})`, score: 0 };
		}
	}
	return best;
}

interface ArticleDay {
	readonly year: number;
	readonly month: number;
	readonly date: Date;
}

const WEEKDAY_PATTERN = new RegExp(`\\b(?:on\\s+)?(${WEEKDAYS.join('|')})\\b`, 'u');
// "Before this trip", "previously": a time before the event the report covers.
const BEFORE_EVENT = /\bbefore\s+(?:this|the|his|her|their|its)\s+(?:trip|visit|tour)\b|\bpreviously\b/iu;

/** Time expressions, most specific first, each with how to resolve it against the article's date. */
const TIME_PATTERNS: readonly [RegExp, (match: RegExpExecArray, day: ArticleDay) => string][] = [
	[
		WEEKDAY_PATTERN,
		(m, day) => {
			// The last such weekday on or before the article's date.
			const back = (day.date.getUTCDay() - WEEKDAYS.indexOf(m[1] ?? '') + 7) % 7;
			return `${m[0]} (${formatDate(new Date(day.date.getTime() - back * 86_400_000).toISOString().slice(0, 10))})`;
		},
	],
	[
		/\b(?:more than\s+|about\s+|nearly\s+)?(?:a|one|two|three|four|five|\d+)\s+(?:years?|months?|weeks?)\s+ago\b/u,
		(m) => m[0],
	],
	[
		/\b(later |earlier )?(last|next|this) (year|month|week)\b/iu,
		(m, day) => {
			const which = m[2]?.toLowerCase();
			const offset = which === 'last' ? -1 : which === 'next' ? 1 : 0;
			const unit = m[3]?.toLowerCase();
			if (unit === 'year') return `${m[0]} (${day.year + offset})`;
			if (unit !== 'month') return m[0];
			const date = new Date(Date.UTC(day.year, day.month - 1 + offset, 1));
			return `${m[0]} (${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()})`;
		},
	],
	[new RegExp(`\\b(?:${MONTHS.join('|')})(?:\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\s+\\d{4})\\b`, 'u'), (m) => m[0]],
	[new RegExp(`\\b\\d{1,2}\\s+(?:${MONTHS.join('|')})(?:\\s+\\d{4})?\\b`, 'u'), (m) => m[0]],
	// "In the 1980s" opening a sentence is capitalized.
	[/\b(?:in|since|by|until) (?:the )?((?:19|20)\d\d)s?\b/iu, (m) => m[0].replace(/^(in|since|by|until) /iu, '')],
];

const ASKS_PAST = /\b(?:did|was|were|had|ago|previously|earlier)\b/iu;
const FUTURE_TIME = /\b(?:later|next|coming|upcoming)\b/iu;

/**
 * Whether the paragraph of a sentence names one of the countries the question names, where it names any ("how many
 * doses has India received" is not answered by a paragraph on Pakistan's). A capital may be put otherwise ("between
 * the two countries"), and so may a thing's name ("Sputnik" as "the vaccine").
 */
function namesParty(sentence: string, context: ExtractionContext): boolean {
	// As typed: "Moscow" is no country, though its relative "Russia" is.
	const typed = new Set(context.termsOf(context.question));
	const names = [...(context.nameTerms ?? []), ...(context.paragraphNameTerms ?? [])].filter(
		(term) => typed.has(term) && context.isCountry(term),
	);
	return paragraphNamesAny(sentence, context, names);
}

/** Whether the paragraph of a sentence names one of some names (stems), or there are none. */
function paragraphNamesAny(sentence: string, context: ExtractionContext, names: readonly string[]): boolean {
	const paragraph = context.paragraphOf?.(sentence) ?? sentence;
	return names.length === 0 || context.termsOf(paragraph).some((term) => names.includes(term));
}

function extractTime(sentence: string, context: ExtractionContext): string | undefined {
	// "When did the IGC last meet?": the time of a sentence naming none of the question's names is another event's.
	const names = context.nameTerms ?? [];
	if (names.length > 0 && !context.termsOf(sentence).some((term) => names.includes(term))) return undefined;
	// "When did soviet forces leave?" is not answered by a paragraph on the US's withdrawal.
	if (!paragraphNamesAny(sentence, context, context.paragraphNameTerms ?? [])) return undefined;
	const [year = 1970, month = 1, dayOfMonth = 1] = context.date.split('-').map(Number);
	const day = { year, month, date: new Date(Date.UTC(year, month - 1, dayOfMonth)) };
	const grain = readGrainAsked(context.question);
	// "What time …": a time of day ("shortly after 6 p.m."), with the word that bounds it.
	if (asksClockTime(context.question)) return findClockTime(sentence);
	// A decade as the article writes it ("the 1980s", "the '80s"), read as every other reader of times reads it.
	if (grain === 'decade') {
		const decade = readTimes(sentence).find((time) => time.kind === 'decade' && isNew(time.text, context));
		return decade === undefined ? undefined : `the ${decade.text}`;
	}
	// "How long ago …" is answered by how long ago ("more than a year ago", "last month"), never by a date.
	const elapsed = /\bhow long ago\b/iu.test(context.question);
	// "When did they last meet?" asks of the past: "later this year" is no answer to it.
	// "When did Reed say the ferry would sail?" asks when Reed said it; where the sentence does not say, the time it
	// gives is the sailing's.
	const future = asksFutureTime(context.question);
	const time = findTimeAsked(sentence, context, day, grain, elapsed, future);
	return time === undefined && !future && speaksOfFuture(context.question)
		? findTimeAsked(sentence, context, day, grain, elapsed, true)
		: time;
}

function findTimeAsked(
	sentence: string,
	context: ExtractionContext,
	day: { year: number; month: number; date: Date },
	grain: string | undefined,
	elapsed: boolean,
	future: boolean,
): string | undefined {
	const past = ASKS_PAST.test(context.question) && !future;
	// "What's the pullout date?", "the deadline": a date asked; "more than a year ago" says how long ago, no date.
	const dateAsked = /\b(?:date|deadline)\b/iu.test(context.question);
	const found: { match: RegExpExecArray; describe: (typeof TIME_PATTERNS)[number][1] }[] = [];
	for (const [pattern, describe] of TIME_PATTERNS) {
		if (elapsed && !ELAPSED_PATTERNS.has(pattern)) continue;
		if (dateAsked && !elapsed && ELAPSED_PATTERNS.has(pattern)) continue;
		for (const match of allMatches(pattern, sentence)) {
			// "Which month of 2019": "June 2019" is new by its month.
			if (!context.termsOf(match[0]).some((term) => !context.questionTerms.has(term))) continue;
			if (past && FUTURE_TIME.test(match[0])) continue;
			// "When is the drill happening?" is not answered by the day it was announced ("Reed on Monday said …").
			if (future && isTimeOfSaying(sentence, context.tokensOf(sentence), match[0])) continue;
			// "When did they meet before this trip?": a weekday of the report's own week is this trip's.
			if (BEFORE_EVENT.test(context.question) && pattern === WEEKDAY_PATTERN) continue;
			// The time as the article writes it has the grain, not the date it resolves to ("on Tuesday (6 April)").
			if (grain === undefined || GRAINS[grain]?.test(match[0])) found.push({ match, describe });
		}
	}
	// Of two times in a sentence, the one beside the question's words is of the thing asked: "when is the pullout" in
	// "it signed a deal more than a year ago and rethinks a May 1 pullout" is May 1. Matches that overlap or abut
	// ("Tuesday (6 April)") are one time, written as the first pattern that reads it does.
	const asked = context
		.tokensOf(sentence)
		.filter((token) => token.term !== null && context.questionTerms.has(token.term));
	const endOf = (match: RegExpExecArray) => match.index + match[0].length;
	const distance = (match: RegExpExecArray) =>
		Math.min(
			Number.POSITIVE_INFINITY,
			...asked
				.filter((token) => token.end <= match.index || token.start >= endOf(match))
				.map((token) => Math.max(match.index - token.end, token.start - endOf(match))),
		);
	const touches = (a: RegExpExecArray, b: RegExpExecArray) =>
		/^[\s(),]*$/u.test(sentence.slice(Math.min(endOf(a), endOf(b)), Math.max(a.index, b.index)));
	const nearness = (candidate: (typeof found)[number]) =>
		Math.min(...found.filter((other) => touches(candidate.match, other.match)).map((other) => distance(other.match)));
	const nearest = found.reduce<(typeof found)[number] | undefined>(
		(best, candidate) => (best === undefined || nearness(candidate) < nearness(best) ? candidate : best),
		undefined,
	);
	return nearest?.describe(nearest.match, day);
}

const globalPatterns = new Map<RegExp, RegExp>();

/** Every match of a pattern in a text, by a global copy of the pattern made once (`matchAll` copies it again). */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
	let global = globalPatterns.get(pattern);
	if (global === undefined) {
		global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
		globalPatterns.set(pattern, global);
	}
	return [...text.matchAll(global)];
}

/** The time patterns that say how long ago: "… ago", "last month". */
const ELAPSED_PATTERNS: ReadonlySet<RegExp> = new Set(
	TIME_PATTERNS.flatMap(([pattern]) => (/ago|last/u.test(pattern.source) ? [pattern] : [])),
);

const GRAINS: Readonly<Record<string, RegExp>> = {
	year: /\b(?:1[89]|20)\d\d\b/u,
	month: new RegExp(`\\b(?:${MONTHS.join('|')})\\b`, 'iu'),
};

/**
 * Names a question asks for by kind: "what city" is not answered by a country (by country data and the article's
 * people's countries), nor by a country the article names with its capital ("Mali capital of Bamako").
 */
function isOfAskedKind(name: string, sentence: string, end: number, context: ExtractionContext): boolean {
	const isCountry = context.isCountry(name);
	// "Which country hosted …" is answered by a country, not by its capital.
	if (ASKS_COUNTRY.test(context.question)) return isCountry;
	if (!/\b(?:which|what)\s+(?:cit(?:y|ies)|towns?|capitals?)\b/iu.test(context.question)) return true;
	if (CAPITAL_AFTER.test(sentence.slice(end))) return false;
	return !isCountry;
}

const ASKS_COUNTRY = /\b(?:which|what)\s+(?:other\s+)?countr(?:y|ies)\b/iu;
// "What city …", "which country …" ask for one place: a route from one to another is no answer to them.
const ASKS_ONE_PLACE = /\b(?:which|what)\s+(?:city|town|capital|country)\b/iu;

// "Mali capital of Bamako", "Mali's capital, Bamako": the name after is the city.
const CAPITAL_AFTER = /^(?:['’]s)?\s+capital(?:\s+of|,)?\s+([\p{Lu}][\p{L}-]+)/u;

function extractPlace(sentence: string, context: ExtractionContext): string | undefined {
	// "Where did Reed post it?" asks where it was written or said (a medium), not a place of the sentence.
	if (ASKS_MEDIUM.test(context.question)) return extractMedium(sentence, context);
	// "What city did Lopez visit?" is not answered by a city of a sentence on something else: it must share a word
	// with the question beyond the place asked for, and beyond a place the question names ("where was the Lima
	// summit held" is not answered by a sentence that only has Lima).
	if (
		!context
			.tokensOf(sentence)
			.some(
				(token) =>
					token.term !== null &&
					context.questionTerms.has(token.term) &&
					!(
						(context.isPlace?.(token.raw) === true || context.isCountry(token.raw)) &&
						containsWords(context.question.toLowerCase(), token.norm)
					),
			)
	) {
		return undefined;
	}
	const route = ROUTE.exec(sentence);
	if (route !== null) {
		const [whole, from = '', to = ''] = route;
		// "From Lyon to where?", "to which city …", "where does it end": the end of a route; "from which city …",
		// "where does it start": its start.
		const { question } = context;
		// "Where does it start and end?" asks for both.
		const both = /\b(?:start|begin)s?\s+(?:from\s+)?and\s+(?:end|finish|go(?:es)?\s+to|reach)/iu.test(question);
		if (both && isNew(whole, context)) return whole;
		// "Came from which country?" is not answered by a city a line starts from.
		const ofKind = (name: string) => isOfAskedKind(name, sentence, sentence.indexOf(name) + name.length, context);
		if (
			(/\bto\s+(?:where|which|what)\b|\bwhere\b.*\bto\b|\b(?:end|ends|ending|finish|finishes|terminate|terminates)\b/iu.test(
				question,
			) ||
				GOES_TO.test(question)) &&
			isNew(to, context) &&
			ofKind(to)
		)
			return to;
		if (
			/\bfrom\s+(?:where|which|what)\b|\b(?:start|starts|starting|begin|begins|beginning|originate|originates)\b/iu.test(
				question,
			) &&
			isNew(from, context) &&
			ofKind(from)
		)
			return from;
		if (!ASKS_ONE_PLACE.test(context.question) && isNew(whole, context)) return whole;
	}
	// "Where did he come from?", "where was he before he came?" ask for an origin, so only a place after "from"
	// answers them; "where is it going?" a destination; any other question where something is or happens ("what city
	// were the talks in?"), not the start or end of a route.
	const origin =
		/\bfrom\b|(?:\bwhere\b|\b(?:which|what)\s+(?:country|city|place)\b).*\bbefore\b(?!\s+(?:the|a|an|his|her|their|its)\s)/iu.test(
			context.question,
		);
	// "Into which region …", "… spills into?", "where is it going?": where something goes.
	const destination =
		/\b(?:in)?to\s+(?:where|which|what)\b|\b(?:in)?to\s*\??\s*$|\bwhere\b.*\b(?:going(?!\s+to\s+\p{L})|headed|bound|heading)\b/iu.test(
			context.question,
		);
	// "Where did he fly (to) next?": where a journey went, so only a place the sentence has someone go to answers
	// ("flew to Lima", "visited Lima"), never one where something else is ("peace to Lima", "talks in Lima").
	const journey = origin ? null : JOURNEY_ASKED.exec(context.question);
	if (journey !== null) {
		// Who travels must be the sentence's too ("Reed arrived in Lima"), not someone invited to visit.
		const traveller = context.termsOf(journey[1] ?? '');
		const terms = new Set(context.termsOf(sentence));
		if (traveller.length > 0 && !traveller.some((term) => terms.has(term))) return undefined;
		for (const match of sentence.matchAll(CAPITALIZED_RUN)) {
			const name = match[0].replace(/[.’']+$/u, '');
			if (!WENT_TO.test(textBefore(sentence, match.index)) || !isNew(name, context)) continue;
			if (context.isPlace?.(name) === true || context.isCountry(name)) return name;
		}
		return undefined;
	}
	// "Which country hosted …", "which country was accused …" ask for a country as a party, not where something is.
	if (!origin && !destination && ASKS_COUNTRY_AS_PARTY.test(context.question)) {
		return findNearestCountry(sentence, context);
	}
	const cue = origin
		? /\bfrom\s+(?:the\s+)?$/u
		: destination
			? new RegExp(`\\b(?:to|into|in|at)\\s+(?:the\\s+)?(?:${COMPASS}\\s+)?$`, 'u')
			: new RegExp(`\\b(?:in|at|near|inside|outside)\\s+(?:the\\s+)?(?:${COMPASS}\\s+)?$`, 'u');
	for (const match of sentence.matchAll(CAPITALIZED_RUN)) {
		const before = textBefore(sentence, match.index);
		if (!cue.test(before)) continue;
		// "central Asia", "northern Mali": a part of a place is named with its compass word.
		const compass = BEFORE_COMPASS.exec(before)?.[0] ?? '';
		const name = `${compass}${match[0].replace(/[.’']+$/u, '')}`;
		// "Where did Peru host it?" may be answered by Lima: the capital of a country the question names is new; the
		// country of a city it names ("after he left Lima" → Peru) is not.
		const fresh = context
			.termsOf(name)
			.every(
				(term) =>
					!isGiven(term, context) || (context.countriesOfPlaces?.has(term) === true && !context.isCountry(name)),
			);
		if (isNotAName(name.split(' ')[0] ?? '', context) || !fresh || context.termsOf(name).length === 0) continue;
		const end = match.index + match[0].length;
		// "Where were the talks held?" is not answered by "another meeting could be held in Lima": a place of what may be.
		if (MAY_BE_HELD.test(before) && ASKS_PAST.test(context.question) && !speaksOfFuture(context.question)) continue;
		// "Where will the talks be held?" is not answered by "the summit in Lima in June 2019": a place of the past.
		const year = PLACE_DATED.exec(sentence.slice(end))?.[1];
		if (year !== undefined && Number(year) < Number(context.date.slice(0, 4)) && speaksOfFuture(context.question)) {
			continue;
		}
		if (!isOfAskedKind(name, sentence, end, context)) {
			const capital = CAPITAL_AFTER.exec(sentence.slice(end))?.[1];
			if (capital !== undefined && isNew(capital, context)) return capital;
			continue;
		}
		return withHeadNoun(name, sentence, end, context);
	}
	return undefined;
}

const GOING_NOUNS = new Set(['trip', 'trips', 'journey', 'journeys', 'way', 'visit', 'visits']);
const LEAVING_FORMS = ['leave', 'leaves', 'left', 'depart', 'departs', 'departed'];
const JOURNEY_VERBS = [...GOING_WORDS, ...ARRIVING_VERBS, ...LEAVING_FORMS].filter(
	(word) => !GOING_NOUNS.has(word) && word !== 'going',
);
// "Where did he fly to", "where will she go after …": a journey's end is asked, the going the question's own verb
// after its subject ("where did Reed go"; not "where did Reed meet her on his trip", nor "going to hold" a plan).
const JOURNEY_ASKED = new RegExp(
	`\\bwhere\\s+(?:did|does|do|will|would|has|have|had|is|was|are|were)\\s+((?:\\S+\\s+){1,3}?)(?:${JOURNEY_VERBS.join('|')}|going(?!\\s+to\\s+(?!the\\b|an?\\b)\\p{Ll}))\\b`,
	'iu',
);
// A place someone goes to: "flew to", "left for", "arrived in", "visited".
const WENT_TO = new RegExp(
	`\\b(?:(?:${[...GOING_WORDS, ...ARRIVING_VERBS, ...LEAVING_FORMS].join('|')})\\s+(?:on\\s+)?(?:to|into|for|in|at)|${[...DESTINATION_VERBS].join('|')})\\s+(?:the\\s+)?$`,
	'iu',
);

/**
 * "the Asian region", "a Palestinian state": a word of belonging alone is no name of the place; with the noun after
 * it, it is.
 */
function withHeadNoun(name: string, sentence: string, end: number, context: ExtractionContext): string {
	const noun = /^\s+(\p{Ll}{3,})\b/u.exec(sentence.slice(end))?.[1];
	// An adjective of a people or a place ("Asian", "Peruvian", "Chinese", "the Lima-backed Omani"), not a place
	// ("Mali", "Delhi").
	const last = name.split(' ').at(-1) ?? name;
	const belonging =
		(/(?:ian|ean|ese|ish)$/u.test(last) || context.isPeopleWord?.(last) === true) && !context.isCountry(last);
	return belonging && noun !== undefined && !isStopWord(noun) ? `${name} ${noun}` : name;
}

// "Could again be held in", "agreed to hold a meeting later this year in": the place of an event that may or will be.
const MAY_BE_HELD =
	/\b(?:(?:could|would|may|might|will|shall)\s+(?:\p{L}+\s+){0,2}?(?:be\s+held|take\s+place|meet|convene)|(?:due|agreed|plans?|planned|set)\s+to\s+(?:hold|meet|convene)|(?:later\s+this|next)\s+(?:year|month|week))\s+(?:[\p{L}-]+\s+){0,6}?in\s+(?:the\s+)?$/iu;
// A date right after a place: "in Lima in June 2019", "in Lima on 3 May 2019".
const PLACE_DATED = /^\s*,?\s*(?:in|on)\s+(?:[\p{L}\d]+\s+){0,2}?(\d{4})\b/u;

/** Words that name a part of a place by its position ("central Asia", "southern Chile"). */
const COMPASS =
	'(?:central|northern|southern|eastern|western|north|south|east|west|north-western|north-eastern|south-western|south-eastern|upper|lower)';
/** A compass word ending the text before a name: the name is of a region ("central Asia"). */
const BEFORE_COMPASS = new RegExp(`\\b${COMPASS}\\s+$`, 'iu');

// "Which country …" but not "in which country …", which asks where.
const ASKS_COUNTRY_AS_PARTY =
	/^(?!.*\b(?:in|at)\s*\??\s*$)(?:(?!\b(?:in|at|where)\b).)*\b(?:which|what)\s+(?:(?:other\s+)?country|(?:two|2|both)\s+countries)\b/iu;

const ASKS_TWO_COUNTRIES = /\b(?:which|what)\s+(?:two|2|both)\s+countries\b/iu;
const OBJECT_COUNTRY = /\b(?:which|what)\s+(?:other\s+)?country\s+(?:did|does|do|will|would|has|have|had)\b/iu;
const CLAUSE_BREAK = /[—–;()]|\s-\s/u;

/**
 * The country a sentence names nearest the question's own words, when the question does not name it: in "who X
 * has been accused of backing", the country beside "accused" and "backing". Two as near are no answer.
 */
function findNearestCountry(sentence: string, context: ExtractionContext): string | undefined {
	const tokens = context.tokensOf(sentence);
	// "Which country did Peru invade?": the country asked is the object, standing by the action asked ("an invasion of
	// Chile"); a sentence without it names countries for something else. ("Which country was named …" asks the
	// subject of a passive, beside the question's other words.)
	const actions = OBJECT_COUNTRY.test(context.question)
		? context
				.tokensOf(context.question.replace(ASKS_COUNTRY_AS_PARTY, ''))
				.filter(({ norm }) => !AUXILIARIES.has(norm) && context.isVerb?.(norm) === true)
				.map(({ norm }) => context.formsOf?.(norm) ?? new Set(context.termsOf(norm)))
		: [];
	const anchors = tokens.filter(
		(token) =>
			token.term !== null &&
			(actions.length > 0
				? actions.some((forms) => forms.has(token.term ?? ''))
				: context.questionTerms.has(token.term)),
	);
	let best: { name: string; distance: number; tied: boolean } | undefined;
	for (const match of sentence.matchAll(CAPITALIZED_RUN)) {
		// "Chile and Peru" is a run of two names; "the Republic of Chile" names Chile.
		let offset = match.index;
		for (const part of match[0].split(/(\s+(?:and|of)\s+)/u)) {
			const start = offset;
			offset += part.length;
			const { name } = readName(part, context);
			const terms = context.termsOf(name);
			const asked = terms.some((term) => isGiven(term, context) && context.countriesOfPlaces?.has(term) !== true);
			if (name === '' || terms.length === 0 || asked || !context.isCountry(name)) continue;
			const end = start + part.length;
			// "Peru led the talks — with Chile, invaded in 2001 —": a dash or a bracket sets off another clause.
			const distance = Math.min(
				...anchors
					.filter((token) => !CLAUSE_BREAK.test(sentence.slice(Math.min(end, token.end), Math.max(start, token.start))))
					.map((token) => (token.start >= end ? token.start - end : Math.abs(start - token.end))),
			);
			if (best === undefined || distance < best.distance) best = { name, distance, tied: false };
			else if (distance === best.distance && name !== best.name) best = { ...best, tied: true };
		}
	}
	if (best === undefined || best.tied || !Number.isFinite(best.distance)) return undefined;
	// "Which two countries …": the pair the sentence joins by "and", when the nearest is one of them.
	if (ASKS_TWO_COUNTRIES.test(context.question)) {
		const pair = NAMED_PAIR.exec(sentence);
		const both = pair === null ? [] : [pair[1] ?? '', pair[2] ?? ''].map((name) => name.replace(/^the\s+/iu, ''));
		return both.length === 2 && both.includes(best.name) && both.every(context.isCountry)
			? `${pair?.[1]} and ${pair?.[2]}`
			: undefined;
	}
	return best.name;
}

// "Who hosted …", "who said …": the question asks for the subject of its verb.
// "Who was the last …", "who is the only …": one person is asked.
const ONE_PERSON_ASKED = /\bwho(?:['’]s|\s+(?:is|was))\s+the\s+(?:last|first|only|next|previous|new)\b/iu;
// "Who stood alongside Reed?" asks who was there with him, as "who was alongside Reed?": no deed to find.
const SUBJECT_QUESTION =
	/^\s*who\s+(?!is\b|was\b|are\b|were\b|did\b|does\b|do\b|has\b|have\b|had\b|will\b|would\b|can\b|could\b)(?!(?:stood|stands|sat|sits|appeared|appears)\s+(?:alongside|beside|next\s+to)\b)([\p{L}]+)/iu;
const PRONOUNS = /^(?:he|she|it|they|we|i|you|this|that|who|which)$/iu;
const PERSONAL_PRONOUNS = /^(?:he|she)$/iu;
// Words for a person named before: "his interaction", "he met".
const REFERRING_PRONOUNS = /^(?:he|she|they|his|her|their|him|them)$/iu;
// Adverbs between a subject and its verb: "he further said", "Chile also hosted", "she recently met".
/** Endings of English words of belonging (adjectives of creed or nation): "Socialist", "Peruvian", "Somali". */
const BELONGING = /(?:ist|ian|ean|ese|ish|ic|i)$/u;

// The head of the noun phrase after the verb of "who <verb> …": its last word before a preposition or the end.
const OBJECT_HEAD =
	/^\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}’'-]+\s+){0,2}?([\p{Ll}][\p{L}-]+)\s*(?:\b(?:at|in|on|of|for|with|to|from|by|last|this|next)\b|[?.!]*\s*$)/u;

/**
 * The subject of the question's verb in the sentence ("Chile hosted …" for "who hosted …"): the name right before
 * the verb. `null` when the verb is there but its subject is a pronoun or no name (unsure: no answer), `undefined`
 * when the sentence lacks the verb.
 */
function findSubjectOfAskedVerb(sentence: string, context: ExtractionContext): string | null | undefined {
	const verbAsked = SUBJECT_QUESTION.exec(context.question);
	const verb = verbAsked?.[1]?.toLowerCase();
	if (verbAsked === null || verb === undefined) return undefined;
	// "said" has no stem (a stop word): it is matched as written.
	const stem = context.termsOf(verb)[0];
	const tokens = context.tokensOf(sentence);
	// "Who floated …" is answered where the article says "suggested": a verb of the same narrow kind.
	const kind = VERB_KINDS.find((verbs) => verbs.has(verb));
	// "Who called it constructive?" is answered where the article "termed" it so: describing verbs are one act.
	const stated = tokens.findIndex(
		(token) =>
			(stem === undefined ? token.norm === verb : token.term === stem) ||
			kind?.has(token.norm) === true ||
			(DESCRIBING_VERBS.has(verb) && DESCRIBING_VERBS.has(token.norm)),
	);
	// "Who called Chile a partner?" is answered by who said so ("Chile is a partner," he said); "who tweeted it" by
	// who said it on a medium ("said on Twitter").
	const saidSo = DESCRIBING_VERBS.has(verb) || (POSTING_VERBS.has(verb) && findMedium(sentence) !== undefined);
	const at = stated < 0 && saidSo ? tokens.findIndex((token) => ATTRIBUTION_VERBS.has(token.norm)) : stated;
	if (at < 0) return undefined;
	// "Who led the delegation?" is not answered by "a US-led invasion": what the verb acts on must be there too, the
	// head of the phrase after it ("delegation"), in any form.
	const object = OBJECT_HEAD.exec(context.question.slice(verbAsked.index + verbAsked[0].length))?.[1];
	// A name acted on ("invaded Mali", "briefed reed") may be named otherwise ("a Malian war", "his
	// counterpart"); a thing, a common word, may not.
	const objectTerms =
		object === undefined || saidSo || context.isCommonWord?.(object) !== true || context.isPlace?.(object) === true
			? []
			: context.termsOf(object);
	const sentenceTerms = new Set(tokens.flatMap((token) => (token.term === null ? [] : [token.term])));
	// Only for a deed named as a compound ("US-led invasion"), whose noun is what was done: a verb of the sentence
	// may take its object in other words ("signed an agreement" for "signed the deal").
	const compound = sentence[(tokens[at]?.start ?? 0) - 1] === '-';
	if (compound && objectTerms.length > 0 && !objectTerms.some((term) => sentenceTerms.has(term))) return undefined;
	// "Who called the talks excellent?" is answered where the talks are called so, not whatever else is ("termed the
	// ties warm").
	const described =
		object !== undefined && DESCRIBING_VERBS.has(verb) && context.isCommonWord?.(object) === true
			? context.termsOf(object)
			: [];
	if (described.length > 0 && !described.some((term) => sentenceTerms.has(term))) return undefined;
	let i = at - 1;
	while (i >= 0 && (AUXILIARIES.has(tokens[i]?.norm ?? '') || SENTENCE_ADVERB.test(tokens[i]?.norm ?? ''))) i--;
	const last = tokens[i];
	if (last !== undefined && PERSONAL_PRONOUNS.test(last.raw)) {
		// "He said he also briefed …": the subject of the sentence before, if the question does not name them already.
		const referent = context.referentOf?.(sentence);
		return referent !== undefined && context.otherPeople.includes(referent)
			? `${referent.name} (${referent.role})`
			: null;
	}
	if (last === undefined || PRONOUNS.test(last.raw)) return null;
	if (!/^\p{Lu}/u.test(last.raw)) {
		// "The top Peruvian diplomat termed it …": a description the knowledge gives someone as an alias names them,
		// whole ("a former Peruvian president" is no "Peruvian president").
		const opening = tokens
			.slice(Math.max(0, i - DESCRIPTION_WORDS), i + 1)
			.findLastIndex((token) => DETERMINERS.has(token.norm));
		const from = opening === -1 ? undefined : tokens[Math.max(0, i - DESCRIPTION_WORDS) + opening + 1];
		const description = from === undefined ? '' : sentence.slice(from.start, last.end).toLowerCase();
		const person = context.otherPeople.find((p) =>
			p.aliases.some((alias) => alias.includes(' ') && alias.toLowerCase() === description),
		);
		if (person !== undefined) return `${person.name} (${person.role})`;
		// "Lima's foreign ministry said": a body named by its owner speaks as itself.
		const owner = tokens.slice(Math.max(0, i - OWNED_AFTER_WORDS), i).findLast((token) => /^\p{Lu}/u.test(token.raw));
		return owner !== undefined && isPossessive(sentence, owner) ? sentence.slice(owner.start, last.end) : null;
	}
	let first = i;
	while (
		first > 0 &&
		/^\p{Lu}/u.test(tokens[first - 1]?.raw ?? '') &&
		(tokens[first - 1]?.start ?? 0) > 0 &&
		/^\s+$/u.test(sentence.slice(tokens[first - 1]?.end ?? 0, tokens[first]?.start ?? 0))
	)
		first--;
	const name = sentence.slice(tokens[first]?.start ?? 0, last.end);
	const person = context.otherPeople.find((p) => [p.name, ...p.aliases].some((alias) => containsWords(name, alias)));
	if (person !== undefined) return `${person.name} (${person.role})`;
	// "Who met Reed …?" is not answered by "Reed met …": a name the question gives did something else. (Given as
	// typed: "Chile hosted …" answers "who hosted the conference in Santiago?".)
	const asked = new Set(context.termsOf(context.question));
	if (context.termsOf(name).some((term) => asked.has(term)) || namesNoOne(name, context)) return null;
	return name;
}

/** "Who hosted …", "who said …": a verb of content, or of saying; not "who wants …", whose verb says little. */
function asksSubjectOfVerb(context: ExtractionContext): boolean {
	const verb = SUBJECT_QUESTION.exec(context.question)?.[1]?.toLowerCase();
	return verb !== undefined && (context.termsOf(verb).length > 0 || ATTRIBUTION_VERBS.has(verb));
}

/** "The Harbour Line", "Foreign Minister": a run of common words is a thing or a title, naming no one. */
function namesNoOne(name: string, context: ExtractionContext): boolean {
	const words = name.replace(/^the\s+/iu, '').split(/\s+/u);
	return !context.isCountry(name) && words.every((word) => context.isCommonWord?.(word.toLowerCase()) === true);
}

// "Him", or "her" not before a noun ("her visit" is hers).
const OBJECT_PRONOUN = /\bhim\b|\bher\b(?!\s+\p{Ll}{3,})/iu;
const WITH = /\bwith\b/iu;
// A pronoun that names who does the deed after it: "he", or "his" of "his invitation".
const DOER_PRONOUN = /\b(?:he|she|his|her)\b/giu;

/**
 * Who the sentence has do the deed a question asks about (see `findDoer`), at its first word of the deed, in any
 * form; undefined where it has none.
 */
function findDeedDoer(sentence: string, deed: Token, context: ExtractionContext): Person | undefined | null {
	const forms = new Set(context.formsOf?.(deed.norm) ?? context.termsOf(deed.norm));
	const at = context.tokensOf(sentence).find((token) => token.term !== null && forms.has(token.term))?.start;
	return at === undefined ? undefined : findDoer(sentence, at, context);
}

/**
 * Who does the deed at a point of a sentence: the person named closest before it ("Reed, who called on him": Reed
 * called), or the one a pronoun there stands for ("he", "his"; undefined where the text does not tell); null where
 * the sentence names no one before it and has no such pronoun.
 */
function findDoer(sentence: string, at: number, context: ExtractionContext): Person | undefined | null {
	const before = sentence.slice(0, at);
	let named: { person: Person; at: number } | undefined;
	for (const person of context.people ?? []) {
		for (const alias of [person.name, ...person.aliases]) {
			const found = findLastWords(before, alias);
			if (found !== -1 && (named === undefined || found > named.at)) named = { person, at: found };
		}
	}
	// A pronoun stands for the sentence's subject ("the Prime Minister recalled his …", "the FM held talks with Reed
	// and Soto during his visit"), or else for whom the text before meant.
	const pronoun = [...before.matchAll(DOER_PRONOUN)].at(-1)?.index;
	if (pronoun !== undefined && (named === undefined || pronoun > named.at)) {
		return findSubject(context.people ?? [], sentence.slice(0, pronoun)) ?? context.referentOf?.(sentence);
	}
	return named === undefined ? null : named.person;
}

function extractPerson(sentence: string, context: ExtractionContext): string | undefined {
	// A question for the subject of a verb is answered only where that verb is stated: a name elsewhere in the
	// sentence did something else.
	if (asksSubjectOfVerb(context)) {
		return findSubjectOfAskedVerb(sentence, context) ?? undefined;
	}
	// "Who is funding the line?", "who will build it?": a name only in a sentence with that verb, in any form.
	// After a modal the word is a verb ("who will head …"); after "is" or "has" only a participle is ("who is the …").
	const sentenceTokens = context.tokensOf(sentence);
	const terms = new Set(sentenceTokens.flatMap((token) => (token.term === null ? [] : [token.term])));
	const states = (norm: string) => [...(context.formsOf?.(norm) ?? context.termsOf(norm))].some((t) => terms.has(t));
	const auxiliary = AUXILIARY_QUESTION.exec(context.question);
	// "who is going to meet …": the verb after "going to"; "who will supply …": a verb ending in -ly, not an adverb
	// ("who will quickly build …").
	const [, modal, adverb, next] = auxiliary ?? [];
	const asked =
		adverb !== undefined &&
		context.isVerb?.(adverb.toLowerCase()) === true &&
		context.isVerb?.(next?.toLowerCase() ?? '') !== true
			? adverb
			: next;
	const verb = asked?.toLowerCase();
	if (
		auxiliary !== null &&
		verb !== undefined &&
		(modal !== undefined || /(?:ing|ed)$/u.test(verb) || context.isVerb?.(verb) === true) &&
		context.isKnownPerson?.(verb) !== true &&
		context.isPlace?.(verb) !== true
	) {
		if (!states(verb)) return undefined;
		// "Who will build the line?" is not answered by who will build ties: the verb's object must be there too.
		const object = context.tokensOf(context.question.slice(auxiliary[0].length)).find((token) => token.term !== null);
		if (object !== undefined && context.questionTerms.has(object.term ?? '') && !states(object.norm)) return undefined;
	}
	// "Who did Reed call on?" asks whom Reed called on: a name only in a sentence with that verb, in any form, one of
	// the few words after a subject of one word or two ("who did he invite", "who did the premier invite").
	// "Which minister did Reed invite" asks so of a kind of person; "which group does Peru want included", of a body.
	const objectQuestion =
		OBJECT_QUESTION.exec(context.question) ??
		(context.asksForPersonNoun === true ? WHICH_OBJECT_QUESTION.exec(context.question) : null);
	const objectAsked = context.tokensOf(objectQuestion?.[1] ?? '');
	const after = objectAsked
		.filter((token) => token.term !== null || PRONOUNS.test(token.raw))
		.slice(1, 1 + OBJECT_VERB_REACH)
		// "… in Lima" names where, not what was done.
		.filter(
			(token) =>
				token.term !== null && context.isPlace?.(token.norm) !== true && context.isKnownPerson?.(token.norm) !== true,
		);
	if (after.length > 0 && !after.some((token) => states(token.norm))) return undefined;
	// "Who did Reed invite?" where the sentence has Soto invite Reed: whom the sentence has do it must be the one asked.
	// The deed is the question's first verb, else a last word no other follows ("who did Reed brief": "brief", by the
	// lexicon an adjective); not a verb of saying ("who did Reed say … would meet" asks of a later deed), nor one done
	// together ("who did Reed interact with": the one Reed did it with may be its doer).
	const verbAt = objectAsked.findIndex(
		(token, i) => i > 0 && after.includes(token) && context.isVerb?.(token.norm) === true,
	);
	const deedAt =
		verbAt === -1 && after.length === 1 && objectAsked.at(-1) === after[0] ? objectAsked.length - 1 : verbAt;
	const deed = objectAsked[deedAt];
	const mutual = WITH.test(context.question.slice(deed?.end ?? context.question.length));
	const doer =
		deed !== undefined && !mutual && !ATTRIBUTION_VERBS.has(deed.norm)
			? findDeedDoer(sentence, deed, context)
			: undefined;
	// Whom the question asks about: the words before its deed.
	const askedAbout = objectAsked
		.slice(0, Math.max(0, deedAt))
		.map((token) => token.raw)
		.join(' ');
	const askedPerson = askedAbout === '' ? undefined : context.findPerson?.(askedAbout);
	if (askedPerson !== undefined && doer !== undefined && doer !== null && doer !== askedPerson) return undefined;
	// A country asked about acts through its people: "who did Chile invite?" is not answered by Peru's president.
	if (
		askedPerson === undefined &&
		context.isCountry(askedAbout) &&
		doer !== undefined &&
		doer !== null &&
		doer.country.toLowerCase() !== askedAbout.toLowerCase()
	)
		return undefined;
	// … and whom that person did it to: a sentence naming them, or a pronoun for them ("Lima's date will be hard to
	// meet" says nothing of whom Reed met).
	const [subject] = objectAsked;
	if (
		after.length > 0 &&
		subject?.term != null &&
		// As a name is written, whatever the question's case.
		context.isKnownPerson?.(subject.raw.charAt(0).toUpperCase() + subject.raw.slice(1)) === true &&
		!terms.has(subject.term) &&
		!sentenceTokens.some((token) => REFERRING_PRONOUNS.test(token.raw))
	)
		return undefined;
	// Whom it was done to, never who did it ("who did Peru invite?" is not answered by its president, who invited).
	const named = context.otherPeople.filter(
		(person) => person !== doer && [person.name, ...person.aliases].some((name) => containsWords(sentence, name)),
	);
	// "Who was the last minister to …" asks for one: a sentence naming several does not say which.
	if (named.length > 1 && ONE_PERSON_ASKED.test(context.question)) return undefined;
	if (named.length > 0) return named.map((person) => `${person.name} (${person.role})`).join(', ');
	// "… Reed, who called on him here": whom she did it to is the one the sentence speaks of, named before.
	if (after.length > 0 && OBJECT_PRONOUN.test(sentence)) {
		const referent = context.referentOf?.(sentence);
		if (referent !== undefined && context.otherPeople.includes(referent)) return `${referent.name} (${referent.role})`;
	}
	// Otherwise a capitalized name the question does not already contain, the closest to the question's words.
	const anchors = sentenceTokens.filter((token) => token.term !== null && context.questionTerms.has(token.term));
	let best: { text: string; distance: number } | undefined;
	for (const match of sentence.matchAll(CAPITALIZED_RUN)) {
		const { words, name } = readName(match[0], context);
		if (name === '' || !isNew(name, context)) continue;
		if (namesNoOne(name, context)) continue;
		// "Which leader …" asks for a person: a country is none (though "Peru is pushing for …" may answer a bare
		// "who is pushing"), a city never is, nor a person the question names or rules out.
		const parts = name.split(/\s+and\s+/u);
		if ((context.answerNoun !== undefined || context.asksForPersonNoun === true) && parts.some(context.isCountry))
			continue;
		if (parts.some((part) => !context.isCountry(part) && context.isPlace?.(part) === true)) continue;
		// "central Asia", "northern Mali": a name after a compass word is a region.
		if (BEFORE_COMPASS.test(textBefore(sentence, match.index))) continue;
		if (context.isKnownPerson?.(name) === true) continue;
		const end = match.index + match[0].length;
		const next = /^\s*([\p{L}-]+)/u.exec(sentence.slice(end, end + 40))?.[1] ?? '';
		// "U.S.-backed Malian government": a name right before the question's own words only qualifies them.
		if (next !== '' && context.termsOf(next).some((term) => context.questionTerms.has(term))) continue;
		const distance = Math.min(...anchors.map((token) => Math.abs(token.start - match.index)), Number.MAX_SAFE_INTEGER);
		const article = /\bthe\s+$/iu.test(textBefore(sentence, match.index)) ? 'the ' : '';
		// "Which general …" asks for a person: "the Shining Path" is a group, named with "the" as no person is, and a
		// name the lexicon knows as a body ("Taliban") is one with or without it.
		if (
			context.asksForPersonNoun === true &&
			(article !== '' || (words.length === 1 && context.isBodyWord?.(name.toLowerCase()) === true))
		)
			continue;
		// "the Socialist deputies": a word of belonging ("Socialist", "Peruvian") before a plural names a group with it.
		const following = /^\s+([\p{Ll}]{4,}s)\b/u.exec(sentence.slice(end))?.[1] ?? '';
		const head = words.length === 1 && BELONGING.test(name) && !AUXILIARIES.has(following) ? following : '';
		const text = `${article}${name}${head === '' ? '' : ` ${head}`}`;
		if (best === undefined || distance < best.distance) best = { text, distance };
	}
	return best?.text;
}

// "What's the line's other name in brackets?", "… also known as?": a name the article gives in brackets.
const OTHER_NAME_ASKED =
	/\b(?:other|another|alternative|alternate|second)\s+name\b|\balso\s+(?:called|known\s+as|named)\b|\bin\s+(?:the\s+)?(?:brackets|parenthes[ie]s)\b|\baka\b/iu;
// A capitalized name of one to four words (quotes around it allowed), then another in brackets: "Harbour Line (Blue Line)".
const BRACKETED_NAME =
	/((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)[”"’']?\s*\((\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4})\)((?:\s+\p{Lu}[\p{L}-]*){0,3})/gu;

/**
 * The other name the article gives a thing the question names, in brackets after it ("the “Harbour Line” (Blue
 * Line) project"): all the words of the thing's name in the question, none of the other's.
 */
export function findOtherName(
	question: string,
	paragraphs: readonly Paragraph[],
): { text: string; paragraph: number } | undefined {
	if (!OTHER_NAME_ASKED.test(question)) return undefined;
	const asked = new Set((question.toLowerCase().match(/[\p{L}\d-]+/gu) ?? []).map(normalizeWord));
	const named = (words: string) =>
		words
			.toLowerCase()
			.split(/\s+/u)
			.map(normalizeWord)
			.filter((word) => word !== '' && !isStopWord(word));
	// The thing is named before the brackets and after them ("“Harbour” (Blue) Line"): the one sharing most words with
	// the question, all of its name before the brackets or one word at least.
	let best: { text: string; paragraph: number; score: number } | undefined;
	for (const paragraph of paragraphs) {
		for (const [, name = '', other = '', after = ''] of paragraph.text.matchAll(BRACKETED_NAME)) {
			const before = named(name);
			const words = [...before, ...named(after)];
			const shared = words.filter((word) => asked.has(word)).length;
			// A name the question gives whole before the brackets outranks one sharing a word.
			const score = before.length > 0 && before.every((word) => asked.has(word)) ? shared + words.length : shared;
			if (score > (best?.score ?? 0) && !named(other).some((w) => asked.has(w))) {
				best = { text: other, paragraph: paragraph.number, score };
			}
		}
	}
	return best === undefined ? undefined : { text: best.text, paragraph: best.paragraph };
}

// "What's the short name for the Harbour Authority?": the acronym the article gives a name it spells out.
const ACRONYM_ASKED =
	/\b(?:short\s+name|abbreviation|acronym|short\s+form|initials)\b.*?\b(?:for|of)\s+(?:the\s+)?(.+?)\s*\??\s*$/iu;

/** The acronym the article gives a name it spells out ("Harbour Authority (HA)"), and where. */
export function findAcronymOf(
	question: string,
	paragraphs: readonly Paragraph[],
): { text: string; paragraph: number } | undefined {
	const name = ACRONYM_ASKED.exec(question)?.[1];
	if (name === undefined) return undefined;
	// Spaces and hyphens are interchangeable: "harbour-side authority", "Harbour Side Authority".
	const pattern = new RegExp(
		`${name
			.split(/[\s-]+/u)
			.map(escapeRegExp)
			.join('[\\s-]+')}\\s*\\((\\p{Lu}[\\p{Lu}\\p{Ll}.]{1,9})\\)`,
		'iu',
	);
	for (const paragraph of paragraphs) {
		const acronym = pattern.exec(paragraph.text)?.[1];
		// The pattern ignores case for the name, and so for the brackets: an acronym has two capitals at least.
		if ((acronym?.match(/\p{Lu}/gu)?.length ?? 0) < 2) continue;
		if (acronym !== undefined) return { text: acronym, paragraph: paragraph.number };
	}
	return undefined;
}

/**
 * Finds what an acronym stands for where the article spells it out, "Harbour Line Authority (HLA)", by
 * matching the initials of the words before the bracket. Returns the expansion and the paragraph it is in.
 */
export function findAcronymDefinition(
	acronym: string,
	paragraphs: readonly Paragraph[],
): { expansion: string; paragraph: Paragraph } | undefined {
	const letters = acronym.toUpperCase();
	const bracketed = new RegExp(`\\(${escapeRegExp(acronym)}\\)`, 'iu');
	for (const paragraph of paragraphs) {
		const at = bracketed.exec(paragraph.text);
		if (at === null) continue;
		const words = paragraph.text.slice(0, at.index).trim().split(/\s+/u);
		let initials = '';
		for (let i = words.length - 1; i >= 0 && i >= words.length - 12; i--) {
			const word = (words[i] ?? '').replace(/[“”"(),]/gu, '');
			if (/^(of|and|the|for|on)$/iu.test(word) && initials !== '') continue;
			initials =
				word
					.split('-')
					.map((part) => part[0] ?? '')
					.join('')
					.toUpperCase() + initials;
			if (initials === letters) {
				const expansion = words
					.slice(i)
					.join(' ')
					.replace(/[“”"(),]/gu, '');
				return { expansion, paragraph };
			}
			if (!letters.endsWith(initials)) break;
		}
	}
	return undefined;
}
