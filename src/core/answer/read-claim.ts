import { nameOffices } from '../people/link-people.js';
import { isPossessive, type Token } from '../text/analyze.js';
import { tagWords } from '../text/load-tagger.js';
import { expandShorthand } from '../text/normalize-question.js';
import { meansSomeday, type Quantity, readQuantities, readTimes, type TimePoint } from '../text/read-values.js';
import {
	ADMISSION_VERBS,
	ATTRIBUTION_VERBS,
	AUXILIARIES,
	BE_FORMS,
	BLAME_WORDS,
	CLAIM_FILLER,
	CUE_WORDS,
	DENIAL_VERBS,
	DESCRIBING_VERBS,
	DESTINATION_VERBS,
	DETERMINERS,
	DIFFICULTY_WORDS,
	FALL_WORDS,
	INTENT_BEFORE_TO,
	isNegation,
	isOnScale,
	type Modality,
	NEGATIVE_WORDS,
	NEGATORS,
	PLACE_ROLES,
	POSITIVE_WORDS,
	PRAISE_WORDS,
	RISE_WORDS,
	readCue,
	SENTENCE_ADVERB,
	SPEAKING_REACTIONS,
	STRENGTHENERS,
	VERB_KINDS,
} from '../text/word-classes.js';
import type { ClaimVocabulary } from './claim-vocabulary.js';

/** One content element of a claim: a word or phrase the article must state for the claim to be supported. */
export interface ClaimElement {
	/** As typed. */
	readonly label: string;
	/** Stem sequences that count as stating it (its own stems, synonyms, a person's other names). */
	readonly alternatives: readonly (readonly string[])[];
	/** A name may be stated anywhere in the passage; a place, an action or another word must be in the sentence. */
	readonly kind: 'name' | 'place' | 'action' | 'word';
	/** For a place, its role: "in" Lyon, "from" Spain, "to" Italy. */
	readonly placeRole: string | undefined;
	/** ±1 for a word that judges ("excellent", "poor"), ±2 for a change up or down, ±3 for praise or blame, else 0. */
	readonly polarity: number;
	/** Position among the claim's words. */
	readonly position: number;
	/**
	 * Whether it stands before the claim's verb, as who acts or speaks ("Peru" in "Peru supports the
	 * Red Front"): such a name may be stated anywhere in the passage, what follows the verb only in the sentence.
	 */
	readonly subjectSide: boolean;
	/** For an action that is itself a mood ("offered", "invited"), that mood: the article's offer states it. */
	readonly ownMood: Modality | undefined;
	/** For a name in the possessive ("Peru's plan"), the position of what it owns. */
	readonly owns?: number;
	/** Whether a negation stands right before it ("discussed, not signed", "no need"). */
	readonly negatedHere?: boolean;
}

/** How a claim puts its action: as done, planned, offered; `undefined` when it has no verb ("first visit in 9 years"). */
export type ClaimMood = 'factual' | 'prospective' | 'desired' | 'offered' | 'alleged' | 'doubted' | undefined;

/** A claim read into the elements that are compared with the article. */
export interface ClaimReading {
	readonly claim: string;
	/** The claim without tag questions, reactions and asides. */
	readonly text: string;
	/** Its elements and values only, without filler ("peru supplying chile military gear"): what is searched for. */
	readonly searchText: string;
	readonly elements: readonly ClaimElement[];
	readonly quantities: readonly Quantity[];
	readonly times: readonly TimePoint[];
	readonly negated: boolean;
	/** Whether every negation of the claim stands right before one of its actions: each action has its own sign. */
	readonly negationIsLocal: boolean;
	readonly mood: ClaimMood;
	/** Who acts and who receives ("Peru gave Chile …"), when the claim says both. */
	readonly agents: readonly ClaimElement[];
	readonly recipient: ClaimElement | undefined;
	/** Who the claim says speaks, as typed: "Reed" of "Reed said Peru will pay" (only a short subject is one). */
	readonly speaker: string | undefined;
	/** The verb by which the claim has them speak ("said", "acknowledged"), as typed. */
	readonly speakerVerb: string | undefined;
	/**
	 * Where the claim's word of wish stands ("wants", "would like", "looks forward"), -1 where it has none: the names
	 * before it are who wishes ("Reed wants Peru to …": Reed, not Peru).
	 */
	readonly wishAt: number;
	/** Words that make a claim stronger than its elements ("first ever", "the only"): the sentence must say them. */
	readonly strengtheners: readonly { readonly word: string; readonly next: string | undefined }[];
	/** Whether the claim is about an allegation ("was never accused of"): a denial of what is alleged is no answer. */
	readonly alleges: boolean;
	/** Whether the claim gives a cause ("stalled because of the violence"), which the sentence must give too. */
	readonly givesCause: boolean;
	/** Whether the claim joins several actors ("Peru and Chile signed"): each must be in the sentence then. */
	readonly jointActors: boolean;
	/** Whether the claim reports a denial ("Peru denies it"): only then does the article's denial state it. */
	readonly denies: boolean;
	/** Whether the claim has the accused own to it ("Peru was accused of it and admits it"): a denial opposes it. */
	readonly admits: boolean;
	/** Whether its only negation is a denial: a denial is a party's word, so no fact of the article opposes it. */
	readonly negatedByDenialOnly: boolean;
	/** Whether it names who accuses ("Peru accused Chile of it"), which an article's "was accused" does not say. */
	readonly accuses: boolean;
	/** Whether its action is in the passive ("the deal was signed", "got toppled"): the names before it did nothing. */
	readonly passive: boolean;
	/**
	 * Whether its deed is in the present progressive ("Peru is buying doses"), which English uses of what is arranged
	 * as much as of what goes on: a plan the article states ("will buy") states it too.
	 */
	readonly progressive: boolean;
}

/** The hyphenated compound a word is part of ("one-sided" of "sided"). */
function compoundAt(text: string, token: Token): string {
	const start = text.slice(0, token.start).search(/[\p{L}\d-]*$/u);
	const end = token.end + (/^[\p{L}\d-]*/u.exec(text.slice(token.end))?.[0].length ?? 0);
	return text.slice(start, end);
}

/** How far before an action a negation is its own: "not signed", "not yet signed". */
const NEGATION_BEFORE = [1, 2];
const THE_US = /\bthe\s+u\.?s\.?(?![\p{L}-])/giu;
const CAUSE_GIVEN =
	/\b(?:because|owing to|as a result of|caused by|thanks to)\b|\bdue to\s+(?:the|a|an|its|their|his|her|this|that|these|those)\b/iu;
const GET_FORMS = new Set(['get', 'gets', 'got', 'gotten', 'getting']);
const HELP_FORMS = new Set(['help', 'helps', 'helped', 'helping']);
const ROLE_VERBS = new Set(['act', 'acts', 'acted', 'acting', 'serve', 'serves', 'served', 'serving']);
// ", didn't he?", ", right?": a tag question asks for agreement and negates nothing.
const TAG_QUESTION =
	/,?\s*(?:(?:did|does|do|is|are|was|were|has|have|had|wo|would|ca|could|should)n['’]?t\s+(?:he|she|it|they|we|you|i|there|that)|right|no|yeah|eh|huh|innit|true)\s*[?!.]*\s*$/iu;
// "(again)": an aside in brackets adds no element to check.
const ASIDE = /\s*\([^)]{0,30}\)/gu;
// "like 50k", "like a": "like" as a hedge before a number or an article.
const HEDGING_LIKE = /\blike\s+(?=[\d$]|(?:a|an|the|some|about)\b)/giu;

/** Praise or blame is ±3, a change up or down ±2, a judgement ±1 (see `ClaimElement.polarity`), anything else 0. */
function readPolarity(norm: string): number {
	if (PRAISE_WORDS.has(norm)) return 3;
	if (BLAME_WORDS.has(norm)) return -3;
	if (isOnScale(RISE_WORDS, norm)) return 2;
	if (isOnScale(FALL_WORDS, norm)) return -2;
	return POSITIVE_WORDS.has(norm) ? 1 : NEGATIVE_WORDS.has(norm) ? -1 : 0;
}

// "Both sides", "both nations": the two parties, as "both countries" says; "the two sides" only as who the claim
// is about, opening it ("between the two sides" may be a war's).
const BOTH_SIDES = /\bboth\s+(?:sides|nations)\b|^\s*the\s+two\s+sides\b/giu;
// "Peru and Chile both signed": "both" after the parties, put before them, where the verb then reads as one.
const BOTH_AFTER =
	/^([\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,3}\s+and\s+[\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,3}?)\s+both\s+/u;
// "Ruled out a meeting": rejected it, a denial as the claim puts it; "ruled out doing it" refuses what is to come,
// which no denial of the past states.
const RULED_OUT = /\b(rule|rules|ruled|ruling)\s+out\b(?!\s+\p{L}+ing\b)/giu;
const RULE_ENDINGS: Readonly<Record<string, string>> = { rule: '', rules: 's', ruled: 'ed', ruling: 'ing' };
// "Another 150k on top of what it already gave": "another" says it. Only a bare clause of giving goes, to its end:
// "on top of what it gave India" names a receiver to check.
const ON_TOP_OF =
	/\s*\bon\s+top\s+of\s+(?:what|those|the\s+ones?)\s+(?:\p{L}+\s+)?(?:already\s+)?(?:gave|given|sent|provided|delivered|donated)(?:\s+(?:already|so\s+far|earlier|before))?(?=\s*(?:[,.;!?]|$))/giu;
// "Is set to meet": a plan, as "scheduled to"; "set up", "set out" are deeds.
const SET_TO = /\b(is|are|was|were|be|been)\s+set\s+to\b/giu;
// "Is under way", "in progress", "ongoing": begun, the deed a plan is compared with ("construction is under way"
// against "construction will begin").
const UNDER_WAY = /\b(is|are|was|were)\s+((?:already|now)\s+)?(?:under\s*way|in\s+progress|ongoing)\b/giu;
const PERFECT_OF: Readonly<Record<string, string>> = { is: 'has', are: 'have', was: 'had', were: 'had' };
/** Longest thing named in "said what <thing> is" (characters). */
const MAX_DETAIL_LENGTH = 60;
// "Gave no details", "spelled out", "laid out in detail", "said what the gear is": to go into detail, a deed of its
// own, not the giving of a thing ("gave … equipment"). A claim that gives none is one that did not go into detail.
const GO_INTO_DETAIL = new RegExp(
	String.raw`\b(did\s+not\s+|didn['’]t\s+|does\s+not\s+|doesn['’]t\s+|never\s+|(?:will|would|to|can|could|may|might|should|must|has|have|had)\s+(?:not\s+)?)?(?:(?:gave|give|gives|giving|(?<=\b(?:has|have|had)\s+(?:not\s+)?)given|provided|provides|provide|providing|shared|shares|share|disclosed|discloses|disclose|revealed|reveals|reveal)\s+(no\s+|any\s+|many\s+|much\s+|some\s+|the\s+|specific\s+|exact\s+)?(?:details?|specifics|particulars)|spell(?:s|ed|t|ing)?\s+out(?:\s+in\s+detail|\s+exactly|\s+the\s+details\s+of)?|(?:lay(?:s|ing)?|laid)\s+out(?:\s+in\s+detail|\s+exactly|\s+a\s+detailed\s+list\s+of|\s+the\s+details\s+of)|(?:say|says|said|tell|tells|told|explain|explains|explained|specify|specifies|specified)(?:\s+exactly)?(?=\s+(?:what|which)\s+(?:(?!\b(?:is|are|was|were)\b)[^,;.!?]){1,${MAX_DETAIL_LENGTH}}?\s+(?:is|are|was|were|would\s+be|will\s+be)\s*[.!?]*\s*$))`,
	'giu',
);
// "Called Peru a partner", "described ties as warm": said that it is, however the article puts the saying ("ties
// are warm, he said"); its describing verb ("termed") states it as well. Not "called for a deal", "called on Reed".
const DESCRIBED_AS =
	/\b(?:described|describes|termed|labelled|labeled|characterized|characterised|characterizes|characterises|dubbed|dubs|called|calls)\s+(?!(?:for|on|in|off|up|out|back|upon|to|at|by|with|it|as)\b)((?:(?:the|its|their|his|her)\s+)?\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?)\s+(?:as\s+|(?=(?:a|an)\s+(?!(?:day|week|month|year|few|couple|number|lot|bit|while|time)\b)))/giu;
// "Down the line", "at some point": a time left open, which any time the article gives allows.
const SOME_TIME = /\b(?:down\s+the\s+(?:line|road)|at\s+some\s+point|some\s+day)\b/giu;
// "Wants them to be part of a government", "with them being part of it": to take part in it, the verb WordNet knows
// ("take part", "participate"). Not "the visit is part of a warming": a thing that is part of another takes no part.
const PART_OF = /\b(?:to\s+be|being)\s+(?:a\s+)?part\s+of\b/giu;
// "Up for mediating", "open to hosting": chat for an offer, as "ready to" is; not "open to anything".
const WILLING = /\b(?:up\s+for|open\s+to)\s+(?=(?!\p{L}*thing\b)\p{Ll}+ing\b)/gu;

// "No minister had visited for nine years", "ministers hadn't visited in nine years": the first visit in nine years,
// as articles put it. Without a span of time ("no minister had ever visited") the negation stands.
const SPAN = String.raw`(?:(?:nearly|almost|about|around|over|more\s+than|some)\s+)?(?:a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:years?|decades?|months?|weeks?)`;
const NONE_FOR = new RegExp(String.raw`^(\s*)no\s+(.+?)\s+(?:had|has|have)\s+(.+?)\s+(?:for|in)\s+(${SPAN})\b`, 'iu');
// "It had been nine years since a minister last visited", "nine years had passed since …": the same first time.
const SPAN_SINCE = new RegExp(
	String.raw`^(\s*)(?:it\s+(?:had|has)\s+been\s+(${SPAN})|(${SPAN})\s+(?:had|have|has)\s+passed)\s+since\s+(.+?)\s*$`,
	'iu',
);
const NOT_FOR = new RegExp(
	String.raw`^(\s*)(.+?)\s+(?:had|has|have)(?:n['’]t|\s+not|\s+never)\s+(.+?)\s+(?:for|in)\s+(${SPAN})\b`,
	'iu',
);

// "Russia, not Chile, hosted it", "… for US troops, not Russian ones": what the claim says of the other, in contrast,
// follows from what it says of the one; it negates none of the claim's verbs.
const CONTRAST = /,\s*not\s+(?!only\b|just\b|that\b|yet\b)[^,;.!?]{1,40}?(,|[.!?]*\s*$)/giu;

/** A claim cleaned (see `cleanClaim`) and without its closing punctuation, for stages that match its whole form. */
export function plainClaim(claim: string): string {
	return cleanClaim(claim)
		.trim()
		.replace(/[.!?]+$/u, '');
}

/** Strips what only frames a claim as chat: a tag question, a closing reaction (", wild"), asides, a hedging "like". */
export function cleanClaim(claim: string): string {
	// "the us" in chat is the United States: "us" never follows "the" as a pronoun, and "US" reads as one.
	let text = expandShorthand(nameOffices(claim.normalize('NFKC')).replace(THE_US, 'the United States'))
		.replace(ASIDE, ' ')
		.replace(CONTRAST, '$1')
		.replace(HEDGING_LIKE, '')
		.replace(WILLING, 'ready to ')
		.replace(BOTH_SIDES, 'both countries')
		.replace(BOTH_AFTER, 'both $1 ')
		.replace(RULED_OUT, (_, form: string) => `reject${RULE_ENDINGS[form.toLowerCase()] ?? ''}`)
		.replace(ON_TOP_OF, ' ')
		.replace(SOME_TIME, ' ')
		.replace(SET_TO, '$1 scheduled to')
		.replace(DESCRIBED_AS, 'said $1 is ')
		.replace(GO_INTO_DETAIL, (_, before: string | undefined, determiner: string | undefined) => {
			const none = /^no\s/iu.test(determiner ?? '') ? 'not ' : '';
			if (before === undefined) return none === '' ? 'went into detail' : 'did not go into detail';
			return `${before}${none}${/^(?:has|have|had)\b/iu.test(before) ? 'gone' : 'go'} into detail`;
		})
		.replace(UNDER_WAY, (_, be: string, adverb = '') => `${PERFECT_OF[be.toLowerCase()] ?? 'has'} ${adverb}begun`)
		.replace(PART_OF, (phrase: string) => (/^to/iu.test(phrase) ? 'to take part in' : 'taking part in'))
		.replace(/\s+[&+]\s+/gu, ' and ')
		.replace(NONE_FOR, '$1$2 $3 for the first time in $4')
		.replace(NOT_FOR, '$1$2 $3 for the first time in $4')
		.replace(
			SPAN_SINCE,
			(_, space: string, been: string | undefined, passed: string | undefined, event: string) =>
				`${space}${event.replace(/[.!?]+$/u, '').replace(/\blast\s+/iu, '')} for the first time in ${been ?? passed}`,
		);
	for (let previous = ''; previous !== text; ) {
		previous = text;
		text = text.replace(TAG_QUESTION, '');
		// A closing fragment of filler words after a comma: ", wild", ", lol".
		text = text.replace(/,\s*([\p{L}\s]{1,20})[?!.]*\s*$/u, (whole, tail: string) =>
			tail
				.trim()
				.split(/\s+/u)
				.every((word) => CLAIM_FILLER.has(word.toLowerCase()))
				? ''
				: whole,
		);
	}
	return text.trim().replace(/\s+/gu, ' ');
}

const FUTURE_WORDS = /^(?:future|eventual|upcoming|forthcoming)$/u;

/** Verbs that put the verb after them in a mood: "will", "could", "going (to)". */
const MODAL_VERBS = new Set(['will', 'would', 'shall', 'should', 'could', 'may', 'might', 'can', 'going', 'gonna']);

// Prepositions before a name make it no subject of the verb after ("the conference on Mali was hosted by …").
const PREPOSITIONS_BEFORE = new Set(['on', 'of', 'in', 'for', 'with', 'about', 'at', 'from', 'to', 'over']);

/** Reads a claim into its elements: names, places, actions, words, quantities, times, negation, mood, direction. */
export function readClaim(
	claim: string,
	vocabulary: ClaimVocabulary,
	tokensOf: (text: string) => readonly Token[],
): ClaimReading {
	const text = cleanClaim(claim);
	const quantities = readQuantities(text);
	const times = readTimes(text);
	// "Putin went to Lima": search reads "went" as no word of a question; a claim's going somewhere is a deed to check
	// ("went up", "go into detail" are other verbs). "The work is done" says it is finished.
	const read = tokensOf(text);
	// "Spent two days in Lima": a length of time spent somewhere says where one was and how long, no deed of its own.
	const spendsLength = (i: number) =>
		SPENDING.has(read[i]?.norm ?? '') &&
		quantities.some(
			(quantity) =>
				quantity.kind === 'duration' &&
				quantity.span.start >= (read[i]?.end ?? 0) &&
				quantity.span.start <= (read[i + 1]?.start ?? 0),
		);
	const tokens = read.map((token, i) => {
		if (spendsLength(i)) return { ...token, term: null };
		const deed =
			token.term === null &&
			((GOING_VERBS.has(token.norm) && read[i + 1]?.norm === 'to') ||
				(token.norm === 'done' && BE_FORMS.has(read[i - 1]?.norm ?? '')));
		return deed ? { ...token, term: token.norm } : token;
	});
	const tags = tagWords(text);
	const tagsOf = (token: Token) => tags.find((word) => word.normal.split(/\s+/u).includes(token.norm))?.tags;
	const insideValue = (token: Token) =>
		quantities.some((q) => token.start >= q.span.start && token.start < q.span.end) ||
		times.some((t) => token.start >= t.start && token.start < t.end);
	const next = (i: number) => tokens[i + 1]?.norm;
	// "toppled" after "got" is a participle; "seventeen", "garden" are not, though they end alike.
	const isParticiple = (token: Token | undefined) =>
		token !== undefined && /(?:ed|en)$/u.test(token.norm) && tagsOf(token)?.has('PastTense') === true;

	const alleges = tokens.some((token) => CUE_WORDS.get(token.norm) === 'alleged');
	// "never denied" affirms: negations cancel in pairs. "Accused of it and denies it" reports a denial; it negates
	// nothing.
	const negations = tokens.filter((token) => isNegation(token) || (!alleges && DENIAL_VERBS.has(token.norm)));
	const negated = negations.length % 2 === 1;
	// "Only in Lima for 2 days" bounds a number the sentence states as it is; "only Reed came", "only Reed has 50"
	// say no one else did: only after the verb, with no name between it and the number.
	const boundsNumber = (i: number) =>
		tokens[i]?.norm === 'only' &&
		tokens.slice(0, i).some((token) => tagsOf(token)?.has('Verb') === true) &&
		quantities.some((quantity) => {
			const at = tokens.findIndex((token) => token.start >= quantity.start);
			const between = tokens.slice(i + 1, at);
			return (
				at > i &&
				at - i <= ONLY_BOUND_REACH &&
				!between.some((token) => token.term !== null && vocabulary.isName(token.term))
			);
		});
	const strengtheners = tokens.flatMap((token, i) =>
		STRENGTHENERS.has(token.norm) && !boundsNumber(i)
			? [{ word: token.norm, next: tokens.slice(i + 1).find((other) => other.term !== null)?.term ?? undefined }]
			: [],
	);
	const denies = tokens.some((token) => DENIAL_VERBS.has(token.norm));
	const negatedByDenialOnly = negations.length > 0 && negations.every((token) => DENIAL_VERBS.has(token.norm));
	// "Peru accused Chile": an accuser named, where an article's "was accused" names none.
	const accuses = tokens.some(
		(token, i) =>
			CUE_WORDS.get(token.norm) === 'alleged' &&
			i > 0 &&
			!BE_FORMS.has(tokens[i - 1]?.norm ?? '') &&
			!AUXILIARIES.has(tokens[i - 1]?.norm ?? '') &&
			tokens[i - 1]?.term !== null,
	);
	const mood = readMood(tokens, tagsOf, times);
	const elements: ClaimElement[] = [];
	const stems = tokens.map((token) => token.term ?? '');
	const norms = tokens.map((token) => token.norm);
	// Words inside a phrase the vocabulary knows ("the united states") are none of its verbs.
	const insidePhrase = new Set<number>();
	tokens.forEach((token, i) => {
		if (token.term === null || insidePhrase.has(i)) return;
		const { length } = vocabulary.phraseAt(stems, i, norms);
		for (let j = i + 1; j < i + length; j++) insidePhrase.add(j);
	});
	// The first verb of the claim, said or done: what stands before it is who speaks or acts.
	const firstVerb = tokens.findIndex((token, i) => {
		const tagSet = tagsOf(token);
		if (insidePhrase.has(i)) return false;
		return (
			ATTRIBUTION_VERBS.has(token.norm) ||
			(tagSet?.has('Verb') && !insideValue(token) && !(tagSet.has('Copula') && tokens[i + 1]?.norm === 'the'))
		);
	});
	const framing = tokens.findIndex((token, i) => ATTRIBUTION_VERBS.has(token.norm) && !insidePhrase.has(i));
	for (let i = 0; i < tokens.length; ) {
		const token = tokens[i] as Token;
		// "agreed to hold" governs a verb; "agreed to a deal" is a deed of its own.
		const governsVerb = (next(i) === 'to' && !DETERMINERS.has(tokens[i + 2]?.norm ?? '')) || next(i) === 'of';
		if (
			token.term === null ||
			insideValue(token) ||
			CLAIM_FILLER.has(token.norm) ||
			// "Wants them in a future government": what is wished or planned is to come; "future" adds nothing to it.
			(FUTURE_WORDS.test(token.norm) && (mood === 'desired' || mood === 'prospective' || mood === 'offered')) ||
			// "Reed said Lima acknowledged it": the first verb of saying frames the claim; a later one is its content.
			(ATTRIBUTION_VERBS.has(token.norm) && (framing === -1 || i <= framing)) ||
			isNegation(token) ||
			DENIAL_VERBS.has(token.norm) ||
			// "wants to buy", "supposed to carry": the mood of the next verb, not an element of its own.
			(CUE_WORDS.has(token.norm) && governsVerb) ||
			// "The planned pipeline": a participle of plan qualifying a thing gives the claim its mood and nothing else to
			// find. Not "has been scheduled", which says more than "could be held".
			(mood === 'prospective' &&
				CUE_WORDS.get(token.norm) === 'prospective' &&
				/\p{L}ed$/u.test(token.norm) &&
				DETERMINERS.has(tokens[i - 1]?.norm ?? '')) ||
			// "looks forward to": a cue of two words, no element either.
			CUE_WORDS.has(`${token.norm}_${next(i) ?? ''}`) ||
			CUE_WORDS.has(`${tokens[i - 1]?.norm ?? ''}_${token.norm}`) ||
			// "got toppled": "get" of the passive; "back in 2001": an idiom of time.
			(GET_FORMS.has(token.norm) && isParticiple(tokens[i + 1])) ||
			// "helped set up the talks": a hand in the next verb's deed, which is what is checked.
			(HELP_FORMS.has(token.norm) &&
				((next(i) === 'to' && !DETERMINERS.has(tokens[i + 2]?.norm ?? '')) ||
					tagsOf(tokens[i + 1] as Token)?.has('Infinitive') === true)) ||
			(token.norm === 'back' && /^(?:in|then|when)$/u.test(next(i) ?? '')) ||
			// "hopes to one day make it": someday, as "one" is no element.
			(token.norm === 'day' &&
				tokens[i - 1]?.norm === 'one' &&
				meansSomeday(text.slice(0, tokens[i - 1]?.start ?? 0))) ||
			// "act as moderator": the role says the deed ("moderate"), the verb only that someone takes it.
			(ROLE_VERBS.has(token.norm) && next(i) === 'as')
		) {
			i++;
			continue;
		}
		const { length, alternatives } = vocabulary.phraseAt(stems, i, norms);
		const span = tokens.slice(i, i + length);
		const tagSet = tagsOf(token);
		const spanNorms = span.map((word) => word.norm).join(' ');
		// Country data knows a country's capitals and seats of power: names, however typed ("the elysee").
		const countryNames = vocabulary.countryNamesOf(spanNorms);
		const isName =
			countryNames.length > 0 ||
			span.some((word) => word.term !== null && vocabulary.isName(word.term)) ||
			// "the premier": a word for one of the knowledge's people names them.
			alternatives.slice(1).some((alternative) => vocabulary.namesPerson(alternative)) ||
			// "pak": chat's name of a country the article names, by its group.
			alternatives
				.slice(1)
				.some(
					([stem, ...rest]) =>
						rest.length === 0 && stem !== undefined && vocabulary.isName(stem) && vocabulary.countryOf(stem).length > 0,
				) ||
			// A capital opening the claim is the sentence's, not a name's, on an adjective or adverb ("Bilateral trade
			// rose …"); any other word may be a name ("Trump signed …").
			(/^\p{Lu}/u.test(token.raw) && (token.start > 0 || !vocabulary.isModifier(token.norm))) ||
			Boolean(tagSet?.has('Place') || tagSet?.has('Person'));
		// "according to Soto" names a source, not a destination.
		// "in the Peruvian capital", "to the United States": the article does not change a place's role (a single
		// name after it is a thing: "to the commission").
		const placeLike = countryNames.length > 0 || Boolean(tagSet?.has('Place'));
		const before = tokens[i - 1]?.norm === 'the' && (length > 1 || placeLike) ? i - 2 : i - 1;
		// "to Reed's invitation": an owner is no place; nor is a name before a noun it qualifies ("to the Afghan civil
		// war").
		const after = tokens[i + length];
		const qualifiesNoun =
			after !== undefined &&
			/^\s+$/u.test(text.slice((span.at(-1) ?? token).end, after.start)) &&
			tagsOf(after)?.has('Noun') === true &&
			!(after.term !== null && vocabulary.isName(after.term));
		const role =
			ATTRIBUTION_VERBS.has(tokens[before - 1]?.norm ?? '') || isPossessive(text, span.at(-1) ?? token) || qualifiesNoun
				? undefined
				: (PLACE_ROLES[tokens[before]?.norm ?? ''] ??
					// "visited Lima": a place right after a verb of going is where one went.
					(placeLike && DESTINATION_VERBS.has(tokens[before]?.norm ?? '') ? 'to' : undefined));
		// What a number counts is a noun, whatever the tagger makes of "doses" in chat.
		const countsSomething = quantities.some((q) => q.unit.includes(token.term ?? '') && token.start >= q.end);
		// A bare form after a describing word ("military gear") is a noun the tagger took for a verb; an adverb
		// between ("will eventually make") is no describing word.
		let previous = i - 1;
		while (previous > 0 && SENTENCE_ADVERB.test(tokens[previous]?.norm ?? '')) previous--;
		const bareAfterWord =
			tagSet?.has('Infinitive') &&
			!/^(?:to|will|would|can|could|may|might|shall|should|must|do|does|did|not|gonna|wanna)$/u.test(
				tokens[previous]?.norm ?? '',
			) &&
			!HELP_FORMS.has(tokens[previous]?.norm ?? '') &&
			!(tokens[previous]?.term && vocabulary.isName(tokens[previous]?.term ?? ''));
		// "Act as a moderator": the role is the deed, whose doer is checked as a verb's.
		const asAt = DETERMINERS.has(tokens[i - 1]?.norm ?? '') ? i - 2 : i - 1;
		const roleTaken = tokens[asAt]?.norm === 'as' && ROLE_VERBS.has(tokens[asAt - 1]?.norm ?? '');
		// "Carry regasified gas": a participle between a verb and its object's noun qualifies the noun; it is no deed.
		const wordBefore = tokens[i - 1];
		const wordAfter = tokens[i + 1];
		const beforeTags = wordBefore === undefined ? undefined : tagsOf(wordBefore);
		const attributive =
			/\p{L}ed$/u.test(token.norm) &&
			beforeTags?.has('Verb') === true &&
			!beforeTags.has('Auxiliary') &&
			!beforeTags.has('Copula') &&
			wordBefore?.term != null &&
			wordAfter !== undefined &&
			['Noun', 'Abbreviation', 'Acronym', 'Adjective'].some((tag) => tagsOf(wordAfter)?.has(tag) === true);
		// "Ready to referee talks": a verb of a narrow kind after "to" is one, though the tagger reads its noun.
		const kindAfterTo = tokens[i - 1]?.norm === 'to' && VERB_KINDS.some((kind) => kind.has(token.norm));
		// "the UN", "the meeting": no verb after a determiner.
		const isVerb =
			roleTaken ||
			kindAfterTo ||
			Boolean(
				!attributive &&
					tagSet?.has('Verb') &&
					!tagSet.has('Auxiliary') &&
					!tagSet.has('Copula') &&
					!countsSomething &&
					!bareAfterWord &&
					!DETERMINERS.has(tokens[i - 1]?.norm ?? ''),
			);
		// "high-profile": a word inside a compound qualifies a thing; it judges nothing, unless the compound judges as a
		// whole ("one-sided").
		const inCompound = text[token.end] === '-' || text[token.start - 1] === '-';
		const polarity = readPolarity(inCompound ? compoundAt(text, token).toLowerCase() : token.norm);
		elements.push({
			label: text.slice(span[0]?.start ?? 0, span.at(-1)?.end ?? 0),
			// A seat of power or a capital acts for its country ("the Élysée offered"); as a place it is itself. A
			// verb of saying inside the claim is stated only by itself: its broader words ("hold") say anything.
			// So is a word of a compound judging as a whole ("one-sided"): the senses of "sided" are not the compound's.
			alternatives:
				ATTRIBUTION_VERBS.has(token.norm) || (text[token.start - 1] === '-' && polarity !== 0)
					? alternatives.slice(0, 1)
					: role === undefined
						? [...alternatives, ...countryNames]
						: alternatives,
			kind: isName ? (role === undefined ? 'name' : 'place') : isVerb ? 'action' : 'word',
			placeRole: isName ? role : undefined,
			polarity,
			position: i,
			subjectSide: firstVerb >= 0 && i < firstVerb,
			// "invited Peru to visit": a verb after "to" is in the mood of the cue governing it; "visited at the
			// invitation" is a visit.
			ownMood: isVerb ? (CUE_WORDS.get(token.norm) ?? governingMood(tokens, i)) : undefined,
			...(isName && isPossessive(text, span.at(-1) ?? token) ? { owns: i + length } : {}),
			...(negations.some(
				(negation) =>
					NEGATION_BEFORE.includes(i - tokens.indexOf(negation)) && (isVerb || !DENIAL_VERBS.has(negation.norm)),
			)
				? { negatedHere: true }
				: {}),
		});
		i += length;
	}
	const action = elements.find((element) => element.kind === 'action');
	// Who acts: the names before the action, or before the verb "to be" ("Peru and Chile were its backers").
	const before = elements.filter(
		(e) => e.kind === 'name' && (action === undefined ? e.subjectSide : e.position < action.position),
	);
	let beforeAction = (action?.position ?? 0) - 1;
	while (/^(?:already|just|only|not|never|also|recently|finally|reportedly)$/u.test(tokens[beforeAction]?.norm ?? ''))
		beforeAction--;
	// "Is pushing" is no passive.
	const passive =
		PASSIVE_AUXILIARIES.test(tokens[beforeAction]?.norm ?? '') &&
		!/ing$/u.test(tokens[action?.position ?? -1]?.norm ?? '');
	const progressive =
		mood === 'factual' &&
		PRESENT_BE.test(tokens[beforeAction]?.norm ?? '') &&
		/\p{L}{2}ing$/u.test(tokens[action?.position ?? -1]?.norm ?? '');
	// "The rebels were backed by Peru": in the passive, who acts is named after "by", and the names before the verb
	// are what it was done to.
	const byAt =
		passive && action !== undefined && tokens[action.position + 1]?.norm === 'by' ? action.position + 1 : undefined;
	const byAgents =
		byAt === undefined
			? []
			: elements.filter(
					(e) =>
						e.kind === 'name' &&
						e.position > byAt &&
						// "by Peru and the United States": the names joined after "by", nothing else between.
						tokens
							.slice(byAt + 1, e.position)
							.every(
								(t, k) =>
									t.norm === 'and' ||
									t.norm === 'the' ||
									elements.some(
										(o) => o.kind === 'name' && o.position <= byAt + 1 + k && byAt + 1 + k < o.position + 3,
									),
							),
				);
	const agents = byAgents.length > 0 ? byAgents : before;
	// "Peru and (the) Chileans signed": actors the claim joins; "Prime Minister Reed" is one.
	const joinedAt = (position: number) => {
		const before = DETERMINERS.has(tokens[position - 1]?.norm ?? '') ? position - 2 : position - 1;
		return tokens[before]?.norm === 'and';
	};
	const jointActors = agents.length > 1 && agents.slice(1).some((e) => joinedAt(e.position));
	// "Made the Chilean vaccine": a name between a determiner and the word it qualifies receives nothing.
	const qualifies = (e: ClaimElement) =>
		DETERMINERS.has(tokens[e.position - 1]?.norm ?? '') &&
		!/s$/u.test(tokens[e.position]?.norm ?? '') &&
		elements.some((other) => other.position === e.position + 1 && other.kind === 'word');
	// Who receives: a name right after the verb ("gave Chile"), else one it is given to ("… doses to Chile"); in the
	// passive with "by", the name before the verb, not one qualifying a thing or governed by a preposition ("the Lima
	// conference on Mali was hosted by Peru").
	const recipient =
		action === undefined
			? undefined
			: byAgents.length > 0
				? before.find(
						(e) =>
							!elements.some((w) => w.kind === 'word' && w.position > e.position && w.position < action.position) &&
							!PREPOSITIONS_BEFORE.has(tokens[e.position - 1]?.norm ?? ''),
					)
				: (elements.find(
						(e) =>
							e.kind === 'name' &&
							e.owns === undefined &&
							e.position > action.position &&
							e.position <= action.position + 2 &&
							!qualifies(e),
					) ?? elements.find((e) => e.placeRole === 'to' && e.position > action.position));
	// Numbers in digits: retrieval looks words up, and "fifty thousand" is written "50,000" in articles.
	const searchText = [
		...elements.map((e) => e.label),
		...quantities.map((q) => (q.kind === 'count' ? q.value.toLocaleString('en-US') : q.text)),
		...times.map((t) => t.text),
	].join(' ');
	const negationIsLocal =
		negations.length > 0 &&
		negations.every((negation) =>
			elements.some(
				(element) => element.kind === 'action' && NEGATION_BEFORE.includes(element.position - tokens.indexOf(negation)),
			),
		);
	return {
		claim,
		text,
		wishAt: tokens.findIndex(
			(token, i) => readCue(tokens, i) === 'desired' || (token.norm === 'would' && tokens[i + 1]?.norm === 'like'),
		),
		negationIsLocal,
		// "Due to the violence" gives a cause; "due to meet" a date.
		givesCause: CAUSE_GIVEN.test(text),
		searchText,
		elements,
		// "Five million shots" counts what "5 million doses" does: a unit is stated by what states its word.
		quantities: quantities.map((quantity) => ({
			...quantity,
			unit: [
				...new Set([
					...quantity.unit,
					...elements
						.filter((element) => element.kind === 'word' && quantity.unit.includes(element.alternatives[0]?.[0] ?? ''))
						.flatMap((element) => element.alternatives.filter((alternative) => alternative.length === 1).flat()),
				]),
			],
		})),
		times,
		negated,
		mood,
		agents,
		recipient,
		...readSpeaker(text, tokens, insidePhrase),
		strengtheners,
		alleges,
		denies,
		admits: alleges && tokens.some((token) => ADMISSION_VERBS.has(token.norm)),
		negatedByDenialOnly,
		accuses,
		jointActors,
		passive,
		progressive,
	};
}

// Going as a verb, in its forms: "went", "gone", "goes".
const GOING_VERBS = new Set(['go', 'goes', 'went', 'gone', 'going']);
/** Verbs of spending time: "spent two days in Lima". */
const SPENDING: ReadonlySet<string> = new Set(['spend', 'spends', 'spent', 'spending']);

// "Was signed", "got toppled", "has been agreed": what makes the verb after it passive.
const PASSIVE_AUXILIARIES = /^(?:is|are|was|were|be|been|being|get|gets|got|gotten|getting)$/u;
// The present of "be" before a verb in -ing: the present progressive ("is buying"), not the past ("was buying").
const PRESENT_BE = /^(?:is|are|am)$/u;

/** How far before a verb after "to" the cue that governs it may stand ("invited the mayor of Lima to visit"). */
const GOVERNING_WINDOW = 5;
/** How far after "only" a number may be that it bounds ("only in Lima for 2 days"). */
const ONLY_BOUND_REACH = 4;

/** The mood a cue gives the verb after "to" it governs ("invite … to visit" is an invitation), if any. */
function governingMood(tokens: readonly Token[], verb: number): Modality | undefined {
	if (tokens[verb - 1]?.norm !== 'to') return undefined;
	for (let back = 2; back <= GOVERNING_WINDOW && verb - back >= 0; back++) {
		const mood = CUE_WORDS.get(tokens[verb - back]?.norm ?? '');
		if (mood !== undefined) return mood;
	}
	return undefined;
}

/** Longest subject, in words, read as who speaks: "the Peruvian foreign minister said". */
const MAX_SPEAKER_WORDS = 5;

/** The words before the claim's first verb of saying or describing, when few: who the claim says speaks. */
function readSpeaker(
	text: string,
	tokens: readonly Token[],
	insidePhrase: ReadonlySet<number>,
): { speaker: string | undefined; speakerVerb: string | undefined } {
	const verb = tokens.findIndex(
		(token, i) =>
			!insidePhrase.has(i) &&
			(ATTRIBUTION_VERBS.has(token.norm) || DESCRIBING_VERBS.has(token.norm) || SPEAKING_REACTIONS.has(token.norm)),
	);
	const none = { speaker: undefined, speakerVerb: undefined };
	// "Russia was congratulated by Reed": in the passive, the words before the verb are who is spoken to or of.
	if (verb < 1 || verb > MAX_SPEAKER_WORDS || PASSIVE_AUXILIARIES.test(tokens[verb - 1]?.norm ?? '')) return none;
	const words = tokens
		.slice(0, verb)
		.filter((token) => !CLAIM_FILLER.has(token.norm) && !AUXILIARIES.has(token.norm) && !NEGATORS.has(token.norm));
	const [first] = words;
	const last = words.at(-1);
	return first === undefined || last === undefined
		? none
		: { speaker: text.slice(first.start, last.end), speakerVerb: tokens[verb]?.norm };
}

/**
 * The mood of a claim: an offer ("is offering to arm"), a plan ("wants to buy", "will", "next week"), a deed or a
 * state (a verb in the past or present), or none when it has no verb.
 */
function readMood(
	tokens: readonly Token[],
	tagsOf: (token: Token) => ReadonlySet<string> | undefined,
	times: readonly TimePoint[],
): ClaimMood {
	// "withdrew by the deadline", "met again later": after a deed, only a modal or a cue governing a verb ("agreed
	// to") puts what follows in a mood; a noun or an adverb of time does not make the deed a plan.
	const deed = tokens.findIndex(
		(token) => tagsOf(token)?.has('PastTense') && !ATTRIBUTION_VERBS.has(token.norm) && !CUE_WORDS.has(token.norm),
	);
	const moods = tokens.map((token, i) => {
		// "may 1" is a date, not a possibility.
		if (times.some((time) => time.kind === 'day-of-month' && token.start >= time.start && token.start < time.end))
			return undefined;
		if (deed >= 0 && i > deed && !MODAL_VERBS.has(token.norm) && tokens[i + 1]?.norm !== 'to') return undefined;
		if (INTENT_BEFORE_TO.has(token.norm)) return tokens[i + 1]?.norm === 'to' ? 'prospective' : undefined;
		// "Would like to make it": a wish, not a plan.
		if (token.norm === 'would' && /^(?:like|love)$/u.test(tokens[i + 1]?.norm ?? '')) return 'desired';
		// "Looks forward to": a wish, as the pair of words is a cue.
		const mood = readCue(tokens, i);
		// "ready to", "offering to": an offer; "will", "wants to", "supposed to", "going to": a plan.
		return mood === 'offered' && tokens[i + 1]?.norm !== 'to' ? undefined : mood;
	});
	// "Will be tough to fill", "filling it will be difficult": said to be hard, whatever "will" says.
	if (
		tokens.some(
			(token, i) =>
				DIFFICULTY_WORDS.has(token.norm) && (tokens[i + 1]?.norm === 'to' || BE_FORMS.has(tokens[i - 1]?.norm ?? '')),
		)
	)
		return 'doubted';
	if (moods.includes('offered')) return 'offered';
	if (moods.includes('alleged')) return 'alleged';
	// "hopes Lima can host it": a wish governs the plan after it; "will want to" stays a plan.
	if (moods.find((mood) => mood !== undefined) === 'desired') return 'desired';
	if (moods.includes('prospective')) return 'prospective';
	if (moods.includes('desired')) return 'desired';
	const hasPast = tokens.some((token) => tagsOf(token)?.has('PastTense') && !ATTRIBUTION_VERBS.has(token.norm));
	if (!hasPast && times.some((time) => /^(?:next|tomorrow)/u.test(time.value))) return 'prospective';
	const hasVerb = tokens.some((token) => {
		const tags = tagsOf(token);
		return tags?.has('Verb') && !tags.has('Auxiliary') && !tags.has('Copula') && !ATTRIBUTION_VERBS.has(token.norm);
	});
	return hasVerb ? 'factual' : undefined;
}
