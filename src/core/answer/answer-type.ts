/**
 * The answer-type stage: what kind of answer a question asks for (a count, an amount, a date, a person, …), and
 * whether a paragraph holds one, from the entities the NLP tagger found in the article's sentences when the
 * lexicon was built. Ranking prefers paragraphs that hold the type; a question that asks for a number the article
 * never gives near its subject is declined as a detail the article lacks.
 */
import type { EntityType } from '../lexicon/lexicon-data.js';
import { escapeRegExp, type Token } from '../text/analyze.js';
import { asksClockTime, CLOCK_TIME, readTimes } from '../text/read-values.js';
import {
	APPROXIMATORS,
	ATTRIBUTION_VERBS,
	CURRENCY_WORDS,
	FALL_WORDS,
	MONTH_NAMES,
	POSTING_VERBS,
	RISE_WORDS,
	TIME_UNIT,
	TIME_UNIT_NAMES,
	WEEKDAY_NAMES,
} from '../text/word-classes.js';
import type { Paragraph, Sentence } from '../types.js';

const MONTH = `(?:${MONTH_NAMES.join('|')})`;
const WEEKDAY = `(?:${WEEKDAY_NAMES.join('|')})`;

export type AnswerType =
	| 'count'
	| 'day'
	| 'amount'
	| 'money'
	| 'percent'
	| 'duration'
	| 'date'
	| 'decade'
	| 'clock'
	| 'qualifier'
	| 'name'
	| 'place'
	| 'person'
	| 'organization'
	| 'reason'
	| 'medium'
	| 'distance'
	| 'age'
	| 'yes-no';

/**
 * The kind of answer a question asks for, and the words naming it: for a count, what is counted ("troops"); for a
 * sum of money, the word that asks for it ("cost").
 */
export interface ExpectedAnswer {
	readonly type: AnswerType;
	readonly counted: readonly string[];
	/** A time asked of what is yet to happen ("when will …"): a date of what has happened answers nothing. */
	readonly future?: boolean;
	/**
	 * A time asked of a work's completion ("when will the line be finished?"): a time the sentence gives its start
	 * ("work will start as soon as it is signed") or anything else answers nothing; the sentence says it is finished.
	 */
	readonly ending?: boolean;
	/** The last time something happened ("when did X last visit"): "the first visit in nine years" gives it. */
	readonly lastTime?: boolean;
	/**
	 * The period the question puts the time in ("which date last month …"): a day the sentence gives only by its
	 * weekday is of the report's own week, not in it; one of a month may be.
	 */
	readonly period?: string;
	/** A time asked as a limit ("by which date", "the deadline"): a date of a deadline gives it. */
	readonly limit?: boolean;
	/** A length asked of the time since something ("how long since …"): a gap ("in ten years") answers it. */
	readonly since?: boolean;
	/**
	 * A length asked of a state that still holds ("how long have they been allies?"): a word of its age ("a recent
	 * thaw", "a long friendship") answers it as a number of years does.
	 */
	readonly ongoing?: boolean;
	/** A place asked as an end of a route ("where does the line end?"): a place it runs from or to answers it. */
	readonly route?: boolean;
	/** A day asked by its date ("on what calendar date"): a month with a day answers it, a weekday does not. */
	readonly calendar?: boolean;
	/** A year asked ("in what year"): a time that gives the year answers it ("last year", "2019"), a weekday does not. */
	readonly yearAsked?: boolean;
	/**
	 * A place asked as where something will be ("where will the talks be held?", "which city would host it?"): only a
	 * place the sentence puts it in ("in Lyon", "at Lyon") answers, and it is a detail the article may lack.
	 */
	readonly venue?: boolean;
	/** Of a venue, whether a city or town is asked: a country is no answer. */
	readonly city?: boolean;
	/**
	 * The direction of a change a quantity is asked of ("by what percentage did trade fall?"): a sentence giving only
	 * a change the other way ("a 46 percent increase") answers nothing.
	 */
	readonly change?: 'rise' | 'fall';
	/** A count asked as a size ("how big was the delegation"): the number the thing counted has. */
	readonly size?: boolean;
	/**
	 * The group the people counted are in ("how many officials were in Reed's delegation"): people a sentence lists
	 * count it only where the sentence names the group too.
	 */
	readonly group?: string;
	/**
	 * A place someone went on to ("where did he go after leaving Lima"): only a place gone to answers it ("bound
	 * for Quito", "flew on to Quito"), not one come from or arrived in.
	 */
	readonly onward?: boolean;
	/**
	 * A place someone was in before going to another ("where was he right before Quito", "which country was he in
	 * before Peru"): only a place come from answers it ("arrived in Quito from Lima"), not the one arrived in.
	 */
	readonly prior?: boolean;
	/** Whether a region is asked ("which regions were discussed"): a country or its capital is no answer. */
	readonly region?: boolean;
	/** Of an organization, whether any public body answers ("which body"), not only a company ("which firm"). */
	readonly publicBody?: boolean;
	/** Of a duration, whether a length in a unit of length answers too ("how long is the line"). */
	readonly orDistance?: boolean;
	/**
	 * Of a reason, whether why something is significant is asked ("why is the visit a big deal?"): what makes it
	 * rare answers it ("the first in nine years", "historic"), wherever the passage ranks.
	 */
	readonly significance?: boolean;
}

// "What platform did Reed post on": a medium by the words for one.
const MEDIUM_NOUNS = '(?:platform|site|website|app|network|channel|account)s?';
export const MEDIUM_NOUN = new RegExp(`^${MEDIUM_NOUNS}$`, 'iu');
/** The words a question names a medium by ("which social media platform"): the kind asked, no words to find. */
export const MEDIUM_WORD = new RegExp(`^(?:${MEDIUM_NOUNS}|social|media)$`, 'iu');
// "Where did Reed post it?", "what site did he tweet on": where something was put out, not a place; "which platform
// did he use to comment", "on which site did he say …": a medium named with a verb of putting words out ("say" and
// "use" alone ask what was said or used: "which site did Reed say the line would run to").
const POSTING = `(?:${[...POSTING_VERBS].join('|')}|comment(?:s|ed|ing)?|react(?:s|ed|ing)?|respond(?:s|ed|ing)?|announce[ds]?|announcing)`;
const PUTTING_OUT = `(?:(?:(?:use[ds]?|using)\\s+to\\s+)?${POSTING}|(?:use[ds]?|using)\\s+to\\s+(?:say|speak|talk))`;
const WHICH_MEDIUM = `(?:what|which)\\s+(?:social\\s+(?:media\\s+)?)?${MEDIUM_NOUNS}`;
export const ASKS_MEDIUM = new RegExp(
	`\\bwhere\\s+(?:did|does|do|was|were|has|had)\\s+(?:\\S+\\s+){1,4}?${POSTING}\\b|\\b${WHICH_MEDIUM}\\s+(?:did|does|do|was|were|is|are|has|have|had|will)\\s+(?:\\S+\\s+){1,5}?${PUTTING_OUT}\\b|\\bon\\s+${WHICH_MEDIUM}\\b`,
	'iu',
);
/** Who a medium question asks about: "which platform did Reed post on", "on which site did the ministry say …". */
export const MEDIUM_USER = new RegExp(
	`\\b(?:did|does|do|was|were|is|are|has|have|had|will)\\s+(.+?)\\s+(?:${PUTTING_OUT}|say|said)\\b`,
	'iu',
);
// "said on Twitter", "posted on Facebook", "on his Telegram channel": the medium something was put out on.
const ON_MEDIUM = new RegExp(
	`\\b(?:said|says|announced|${[...POSTING_VERBS].join('|')})\\s+on\\s+(\\p{Lu}[\\p{L}-]*)|\\bon\\s+(?:his|her|their|its)\\s+(\\p{Lu}[\\p{L}-]*)\\s+(?:account|page|feed|channel)\\b`,
	'u',
);
const DAY_OR_MONTH = new RegExp(`^(?:${WEEKDAY}|${MONTH})$`, 'iu');

/** The medium a sentence says something was put out on ("said on Twitter"), not a day ("said on Monday"). */
export function findMedium(text: string): string | undefined {
	const match = ON_MEDIUM.exec(text);
	const name = match?.[1] ?? match?.[2];
	return name === undefined || DAY_OR_MONTH.test(name) ? undefined : name;
}

/**
 * Words of a work being finished: "finished", "completed". Not "end" nor "conclude": a war's or a mission's end may be
 * put otherwise ("withdraw by May 1").
 */
const ENDING = /\b(?:finish(?:ed|es|ing)?|complet(?:e|ed|es|ing|ion))\b/iu;

/** Words asking which end of a route a place is: they ask for a place, not for the word ("end the war"). */
export const ROUTE_END =
	/^(?:end|ends|ending|start|starts|starting|begin|begins|finish|finishes|terminate|terminates|originate|originates)$/iu;
// "Where does the line end (up)?", "where does it run between": the question's own verb asks an end of a route.
const ROUTE_END_ASKED =
	/\bwhere\s+(?:does|do|did|will|would|is|are)\s+(?:\S+\s+){1,3}?(?:(?:end|start|begin|finish|terminate|originate)s?(?:\s+and\s+(?:end|start|begin|finish)s?)?(?:\s+(?:up|from|off))?\s*(?:[?.!,]|$)|(?:run|go|stretch)(?:e?s)?\s+(?:between|from)\b)/u;
// Names joined by commas and a last "and": "Prime Minister Reed, General Soto and FM Lopez".
const LISTED_NAME = "(?:\\p{Lu}[\\p{L}.’'-]*\\s+)*\\p{Lu}[\\p{L}.’'-]*";
export const NAME_LIST = new RegExp(`${LISTED_NAME}(?:,\\s+${LISTED_NAME})*,?\\s+and\\s+${LISTED_NAME}`, 'u');
// "At the World Bank level", "at the Foreign Office": a body named as where something happens.
const AT_BODY = /\bat\s+the\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*/u;
export const ROUTE_ASKED = /\b(?:what|which)(?:['’]s| is| was)? (?:the )?(?:[\p{L}'’-]+ ){0,3}?route\b/u;
// A route: "from Lyon to Nice".
const ROUTE_PLACE = /\bfrom\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+to\s+\p{Lu}/u;

// "Where will … be held / take place / happen", "where are they going to hold …": the venue of what is to come.
const VENUE_ASKED =
	/\bwhere\b.*\b(?:will|would|going to|gonna|(?:is|are) (?:set|due|expected) to)\b.*\b(?:be held|take place|taking place|happen|happening|held|hold|host|hosted|located|based|built|set up)\b/u;
// "Which regions were discussed": regions, which neither a country nor its capital is.
const REGION_ASKED = /\b(?:what|which)\s+(?:\p{L}+\s+)?regions?\b/u;
// "Which city would host it" (not "to which city will it run": a route's end).
const ONE_CITY_ASKED = /(?<!\b(?:to|from|into)\s+)\b(?:which|what)\s+(?:\p{L}+\s+)?(?:city|town)\b/u;
/**
 * "Which city is it going to?", "which town will it reach", "bound for": where something goes, a route's end ("going
 * to" ending the question goes somewhere; before a verb it is a plan).
 */
export const GOES_TO =
	/\b(?:bound\s+for)\b|\b(?:reach|reaches|(?:go|goes|going|head(?:ed|ing)?|run|runs|lead|leads)\s+(?:to|for))\s*[?.!]*\s*$/iu;
// "In which city will the line finish": where a route ends, no venue.
const ROUTE_END_WORD =
	/\b(?:end|ends|finish|finishes|start|starts|begin|begins|terminate|terminates|originate|originates)\b/u;
// A place in a role of place: right after "in", "at" or "near" ("in the Peruvian capital" allowed).
const VENUE = /\b(?:in|at|near|inside)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu;
// Where a thing is to be ("where is the line going to be built after …"): no one's journey.
const SITE_ASKED = /\b(?:going\s+to\s+be|be\s+(?:built|held|laid|located))\b/iu;
// "Where did he go after leaving Lima", "where did she head next": where someone went on to.
const ONWARD_ASKED =
	/\bwhere\b.*\b(?:go|goes|went|going|head|heads|headed|heading|fly|flies|flew|flying|travel(?:l?ed|l?ing|s)?|move[ds]?)\b.*\b(?:after\s+(?:leaving|departing|quitting|visiting|(?:he|she|they)\s+left|(?:his|her|their)\s+(?:visit|trip|stop)\s+(?:to|in))|next|afterwards|from\s+there)\b/iu;
// "Where was he before Quito?", "which country was she in before coming to Peru?": where someone came from.
const PRIOR_ASKED =
	/\b(?:where\s+(?:was|were|is|had)|(?:which|what)\s+(?:country|city|place|capital)\s+(?:was|were|had))\b.*\bbefore\s+(?:(?:coming|arriving|landing|flying|heading|getting|going|travell?ing)\s+(?:to|in|into)\s+|(?:reaching|visiting)\s+|(?:his|her|their)\s+(?:visit|trip|stop)\s+(?:to|in)\s+)?(?:the\s+)?\p{L}/iu;
// "Arrived in Quito on Monday from Lima", "flew in from Lima": the place come from.
const CAME_FROM =
	/\b(?:arrived|arriving|arrives|landed|came|flew|flying)\b[^.;]*?\bfrom\s+(?:the\s+)?(\p{Lu}[\p{L}-]*)/gu;
// "Bound for Quito", "flew on to Quito", "left Lima for Quito": a place gone to, after a verb of leaving or moving on.
const GONE_TO =
	/\b(?:bound|headed|heading|left|leaving|departed|departing|flew|flying|went|travell?ed|travell?ing|moved|moving|continued)\s+(?:on\s+)?(?:to|for|towards?)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*)|\bleft\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,4}for\s+(?:the\s+)?(\p{Lu}[\p{L}-]*)/gu;
// "Arrived in Quito from Lima": Quito is where one went after leaving Lima.
const ARRIVED_FROM =
	/\b(?:arrived|arriving|arrives|landed|came)\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[^.;]*?\bfrom\s+(?:the\s+)?(\p{Lu}[\p{L}-]*)/gu;

/**
 * Whether a sentence says where someone went on to: a place gone to that the question does not name as the one left,
 * or an arrival from the place it names.
 */
function saysOnwardPlace(text: string, isAsked: (word: string) => boolean): boolean {
	// "Bound for Quito, the minister …": a verb opening the sentence is read as any other.
	const sentence = text.replace(/^\p{Lu}/u, (first) => first.toLowerCase());
	return (
		[...sentence.matchAll(GONE_TO)].some((match) => !isAsked(match[1] ?? match[2] ?? '')) ||
		[...sentence.matchAll(ARRIVED_FROM)].some((match) => isAsked(match[1] ?? ''))
	);
}

const PUBLIC_BODY_ASKED = /^(?:organi[sz]ation|body|group|agenc(?:y|ies)|commission|institutes?)$/u;
/** How many words before a body's noun its owner may stand ("the Peru foreign ministry"). */
const OWNED_BODY_REACH = 2;

// An age as news writes it: "61-year-old", "aged 61", "61 years old", "Reed, 61,".
const AGE = new RegExp(
	`\\b\\d{1,3}[- ]years?[- ]old\\b|\\baged\\s+\\d{1,3}\\b|\\b(?!(?:${[...MONTH_NAMES, ...WEEKDAY_NAMES].map((name) => name[0]?.toUpperCase() + name.slice(1)).join('|')})\\b)\\p{Lu}[\\p{L}-]+,\\s+\\d{2},`,
	'u',
);

/**
 * Whether a time in a sentence is when someone spoke ("Reed on Monday said the bridge will open") rather than the
 * time of what was said ("Monday will be the day"; "… in October, Reed said." closes the sentence with who said it,
 * unless the time opens it: "On Monday, Reed said …").
 */
export function isTimeOfSaying(text: string, tokens: readonly Token[], time: string): boolean {
	const at = tokens.findIndex(
		(token) =>
			token.norm ===
			time
				.toLowerCase()
				.replace(/^on\s+/u, '')
				.split(/\s+/u)[0],
	);
	if (at === -1) return false;
	if (/^(?:will|would|is|was)$/u.test(tokens[at + 1]?.norm ?? '')) return false;
	const opensSentence = tokens.slice(0, at).every((token) => token.term === null);
	return tokens
		.slice(Math.max(0, at - 3), at + 4)
		.some(
			(token) =>
				ATTRIBUTION_VERBS.has(token.norm) &&
				!(
					!opensSentence &&
					token.start > (tokens[at]?.end ?? 0) &&
					text.slice(tokens[at]?.end, token.start).includes(',')
				),
		);
}

/** Answer types a paragraph must hold for the question to be answered at all: a number is a number or nothing. */
export const STRICT_TYPES: ReadonlySet<AnswerType> = new Set([
	'count',
	'amount',
	'money',
	'percent',
	'duration',
	'day',
	'date',
	'decade',
	'clock',
	'name',
	'age',
]);

// General English: words that ask for a sum of money, and words that end the noun phrase after "how many".
export const MONEY_WORDS =
	/\b(?:cost|costs|costing|price|prices|priced|pay|pays|paid|paying|spend|spends|spent|spending|worth|dollars?|value|valued|fees?|budget|money|funding|funds?|invest(?:s|ed|ing|ment)?|rupees?|euros?|roubles?|rubles?)\b/iu;
const PHRASE_END =
	/^(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|must|be|been|being|the|a|an|of|to|in|on|for|at|by|from|with|so|far|since|that|which|who|per|each|during|after|before|until|while|when|where|there|than)$/iu;
// Words that say which of the things counted, not what they are: "how many more doses".
const COUNT_MODIFIERS = /^(?:more|less|fewer|extra|additional|further|other|new|total)$/iu;
const JOINING = /^(?:and|or)$/iu;
const CHARGE_ASKED =
	/\bhow\s+much\s+(?:will|would|did|does|do|is|are|was|were|can|could)\s+(?:[\p{L}'’-]+\s+){1,4}?(charg(?:e|ing))\b/iu;
const SCALE_WORD = /^(?:hundred|thousand|million|billion|trillion|dozen)$/iu;
// "The number of [free places for Chilean pupils] from 60 to 100".
const NUMBER_OF_WORDS = 4;
const NUMBER_REACHED = /^(?:\s+[\p{L}-]+){1,8}?\s+to\s+\d[\d,.]*/u;
const NUMBER_RANGE = /^(?:\s+[\p{L}-]+){1,8}?\s+from\s+[\d,.]+\s+to\s+\d[\d,.]*/u;
const CHANGE_VERB =
	/^(?:raise[sd]?|raising|increase[sd]?|increasing|cut|cuts|cutting|bring|brings|bringing|brought|reduce[sd]?|reducing|double[sd]?|doubling|triple[sd]?|tripling|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|expand(?:s|ed|ing)?)$/iu;
/** What a count counts is a short noun phrase: "how many [vaccine doses] has …". */
const MAX_COUNTED_WORDS = 3;
// Units of measure a question may name ("how long is it in kilometres"): the answer is a number of that unit.
const UNIT_ASKED =
	/\b(km|kms|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|foot|tonnes?|tons?|litres?|liters?|barrels?|acres?|hectares?|megawatts?|gigawatts?|mw|gw|cubic|dollars?|rupees?|euros?|roubles?|rubles?)\b/u;
// Words that give a reason or a purpose: "because", "so as to", "concerned about", "in order to".
const REASON_CUE =
	/\b(?:because|since|as a result|due to|owing to|thanks to|in order to|so that|so as to|aimed at|concern(?:ed)?|worr(?:y|ied)|fear(?:s|ed)?|amid|given|to (?:help|boost|strengthen|increase|improve|ensure|prevent|end|bring|find|facilitate))\b/iu;
// "Why is it a big deal", "why was the trip significant": the words asking the weight of an event.
const SIGNIFICANCE_WORDS = [
	'significant',
	'significance',
	'notable',
	'noteworthy',
	'newsworthy',
	'important',
	'importance',
	'historic',
	'historical',
	'historically',
	'remarkable',
	'momentous',
	'landmark',
	'milestone',
];
const SIGNIFICANCE_ASKED = new RegExp(`\\b(?:${SIGNIFICANCE_WORDS.join('|')}|big\\s+deal)\\b`, 'u');
const SIGNIFICANCE_WORD = new Set([...SIGNIFICANCE_WORDS, 'big', 'deal']);

/** Whether a word of a question asks an event's weight ("notable", "deal" of "a big deal"), no word to find. */
export function isSignificanceWord(word: string): boolean {
	return SIGNIFICANCE_WORD.has(word.toLowerCase());
}

// What makes an event rare: "the first … in nine years", "first-ever", "historic", "a landmark".
const RARITY =
	/\bfirst\b[^.;]{0,80}?\b(?:in|since)\s+(?:\S+\s+){0,3}?(?:years?|decades?|months?|\d{4})\b|\b(?:first[\s-]ever|historic|landmark|milestone|unprecedented)\b/iu;

const SEASON = 'spring|summer|autumn|fall|winter';
// A question for a time ("when") is answered by a date or by a time clause ("as soon as it is signed", "at his
// earliest convenience").
const TIME_CLAUSE = new RegExp(
	`\\b(?:as soon as|as early as possible|at (?:an )?early date|at (?:the|his|her|its|their) earliest|once(?=\\s+(?:the|it|he|she|they|we|this|that|these|those|its|their|his|her)\\b)|after|before|until|till|later|earlier|soon|(?:next|last) (?:week|month|year|${SEASON}|${WEEKDAY}|${MONTH})|ago|since|during|within|this (?:year|month|week)|today|yesterday|tomorrow|now|currently|deadline|approaches|(?:in|by|from|until) ${MONTH}|(?:in|by) (?:the )?(?:${SEASON}))\\b`,
	// Read with matchAll only, which copies it: its lastIndex is never shared.
	'giu',
);
// A unit of time alone is no time: "1.6 billion cubic feet per day" is a rate the tagger may read as a date.
const BARE_UNIT = /^(?:(?:a|an|per|each|every)\s+)?(?:day|week|month|year)s?$/iu;
// Words after a date that keep it a time ("May 1 evening"), not a thing it dates ("the May 1 deadline").
const TIME_OF_DAY = /^(?:morning|afternoon|evening|night|midday|noon|local|time)$/iu;
// "When did X last visit", "when was the last time": the time since answers it ("the first in nine years").
const LAST_TIME_ASKED = new RegExp(`\\bwhen\\b.*\\blast\\b(?!\\s+(?:week|month|year|${SEASON}|night)\\b)`, 'u');
// "By which date", "what day are they supposed to be out": a time asked as a limit, which a deadline gives.
const LIMIT_ASKED =
	/\bby (?:when|what|which)\b|\bdeadlines?\b|\bby\s*\?*\s*$|\b(?:supposed|due|have|has|had) to\b|\bmust\b/u;

/**
 * Whether a date qualifies a thing the question does not name, wherever the sentence writes it: "before the May 1
 * deadline" dates the deadline, no conference asked of (a deadline is what a limit asked means).
 */
function datesOtherThing(
	text: string,
	date: string,
	expected: ExpectedAnswer,
	context: Pick<AnswerTypeContext, 'tokensOf' | 'typedTerms' | 'isVerb'>,
): boolean {
	const occurrences = [...text.matchAll(new RegExp(escapeRegExp(date), 'gu'))];
	return (
		occurrences.length > 0 &&
		occurrences.every((occurrence) => {
			const after = text.slice(occurrence.index + date.length);
			const [next] = context.tokensOf(after);
			if (next === undefined || next.term === null || after.slice(0, next.start).trim() !== '') return false;
			if (TIME_OF_DAY.test(next.norm) || context.isVerb(next.norm)) return false;
			if (expected.limit === true && /^deadlines?$/iu.test(next.norm)) return false;
			return !context.typedTerms.has(next.term);
		})
	);
}

// A time clause's own event: "as soon as it is signed" gives when the work begins, not when the signing is; a clause
// put first ("as soon as it is signed, the work will begin") times what follows it, else what comes before.
const CLAUSE_OPENING = /^(?:as soon as|once|after|before|until|till)$/iu;
/** How many words of a time clause may name its event ("as soon as it is signed"). */
const CLAUSE_WORDS = 5;
// What is now or past gives no time of what is yet to happen ("both sides are now discussing it").
const NOW_OR_PAST = /^(?:now|currently|ago|yesterday|earlier|since|last\b.*)$/iu;

/** Whether a sentence has a time clause for what the question asks: not the time of its own event, nor a past one. */
function givesTimeClause(
	text: string,
	expected: ExpectedAnswer,
	context: Pick<AnswerTypeContext, 'tokensOf' | 'typedTerms'>,
): boolean {
	const asks = (tokens: readonly Token[]) =>
		tokens.some((token) => token.term !== null && context.typedTerms.has(token.term));
	return [...text.matchAll(TIME_CLAUSE)].some((match) => {
		if (expected.future === true && NOW_OR_PAST.test(match[0])) return false;
		if (!CLAUSE_OPENING.test(match[0])) return true;
		const rest = text.slice(match.index + match[0].length);
		const clause = /^[^,;:.]*/u.exec(rest)?.[0] ?? '';
		if (!asks(context.tokensOf(clause).slice(0, CLAUSE_WORDS))) return true;
		// The clause is the question's event, unless the question asks also of the event it times.
		const timed =
			rest[clause.length] === ','
				? (/^[^;:.]*/u.exec(rest.slice(clause.length + 1))?.[0] ?? '')
				: (text
						.slice(0, match.index)
						.split(/[,;:.]/u)
						.at(-1) ?? '');
		return asks(context.tokensOf(timed));
	});
}

// Words that speak of what is yet to happen: a sentence giving the time of a future event has one. "Due to the storm"
// gives a cause, "due to meet" a plan.
const FUTURE_CUE =
	/\b(?:will|shall|would|going to|gonna|due to (?!the\b|a\b|an\b|its?\b|their\b)|next|later this|upcoming|soon|scheduled|slated|pencil+ed in|set for|planned|to be held|(?:plan|plann|intend|aim|expect)(?:s|ed|ing)? to|set to|coming (?:days|weeks|months|years?)|(?:\bis|\bare|\bam|\b(?:what|who|it|that|there|when|where)['’]s)\s+(?:[\p{L}'’-]+\s+){0,12}(?:coming|happening|taking place))\b/iu;
// A promise is of what is yet to happen ("undertook to ship them by May"), in a sentence; "when did he pledge to …"
// asks the time of the pledge.
const PROMISE_CUE =
	/\b(?:pledge[sd]?|promise[sd]?|undertakes?|undertook|vow(?:s|ed)?|agree[sd]?|offer(?:s|ed)?)\s+to\b/iu;
// What a sentence says should happen it expects ("the doses should arrive before the end of April"); a question's
// "when should the bridge open" asks what ought to be, which an "early date" wished for answers.
// "Should have opened", "it should be noted" expect nothing.
const EXPECTED_CUE = /\bshould(?:n['’]t|\s+not)?\s+(?!have\b|be\s+noted\b)/iu;
// "When did Reed say", "what day did the mayor announce": a time asked of a verb of saying, a few words after.
const TIME_OF_VERB = /\b(?:when|(?:what|which) (?:day|weekday|date))\s+(?:did|does|do)\s+((?:[\p{L}'’-]+\s+){1,4})/iu;
/**
 * Whether a question asks the time of what is yet to happen. "What day did Reed say the bridge would open?" does
 * not: its verb is the saying, and the future is only in what was said.
 */
export function asksFutureTime(text: string): boolean {
	const words = TIME_OF_VERB.exec(text)?.[1]?.trim().split(/\s+/u) ?? [];
	return FUTURE_CUE.test(text) && !words.slice(1).some((word) => ATTRIBUTION_VERBS.has(word.toLowerCase()));
}

/** Whether a text speaks of what is yet to happen ("will", "next month", "plans to"). */
export function speaksOfFuture(text: string): boolean {
	return FUTURE_CUE.test(text);
}

// "On what calendar date", "the day and month", "which day of the month": a date of the calendar, not a weekday.
// "The exact date" asks the day of the month: "in November" or "on Tuesday" is not it.
const CALENDAR_DATE =
	/\bcalendar date\b|\bday and (?:the )?month\b|\bdate and month\b|\bday of the month\b|\b(?:exact|specific|precise) (?:date|day)\b/u;
const MONTH_AND_DAY = new RegExp(
	`\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b|\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\b`,
	'iu',
);
/** Periods before or after the report's own days: a weekday alone is none of them. */
const PERIOD = /^(?:last|next) (?:week|month|year)$/u;
const SPECIFIC_DAY = new RegExp(`\\d|\\b(?:${MONTH}|${WEEKDAY}|today|yesterday|tomorrow)\\b`, 'iu');
// One word may qualify the measure ("the daily capacity", "the pipeline's capacity", "the trade volume").
const MEASURE =
	/\b(?:what|which)(?:['’]s| is| was| are| were)? (?:the )?(?:[\p{L}-]+(?:['’]s)? )?(?:capacity|size|length|volume|amount|number|population|distance|height|width|weight|speed|rate|total|quantity)\b/u;
/** Nouns for a group of people travelling or working together. */
const GROUP_NOUNS = '(?:delegation|entourage|team|party|group|contingent)';
/** The group people are counted in: "in Reed's delegation", "of the Peruvian team". */
const GROUP_COUNTED_IN = new RegExp(`\\b(?:in|of|on)\\s+(?:[\\p{L}.-]+(?:['’]s?)?\\s+){0,2}(${GROUP_NOUNS})\\b`, 'iu');
/**
 * A group's size told by a verb of what it is made of: "the travelling party numbered 17 officials", "the delegation
 * consisted of 22 people", or by its count right after it: "a party of 24 officials". The article may call the group
 * otherwise than the question ("party" for "delegation").
 */
const GROUP_SIZE = new RegExp(
	`\\b${GROUP_NOUNS}\\s+(?:(?:was|were|is)\\s+)?(?:numbered|numbering|consisted|consisting|consists|comprised|comprising|totall?ed|made\\s+up)\\b`,
	'iu',
);
// Lowercase: "the Group of 20" is a name, no group's size.
const GROUP_OF_COUNT = new RegExp(`\\b${GROUP_NOUNS}\\s+of\\s+(?:(?:${[...APPROXIMATORS].join('|')})\\s+)?\\d`, 'u');
// Office holders a list of names counts ("how many leaders did he meet": "Reed, Soto and Lopez"); not troops, nor
// people of any kind ("how many people died" is no list of officials).
export const LISTED_PEOPLE_COUNTED = /^(?:officials|leaders|politicians)$/iu;
/** How many words after "one" a verb of saying makes it a source ("one Chilean official said"). */
const SOURCE_REACH = 4;
// Words that count people: "how many people …" is answered by "a 28-member delegation".
const PEOPLE_COUNTED = /^(?:people|persons|individuals|members|officials|delegates)$/iu;
// Words that count people of any kind: "how many people" is answered by "17 officials" as by "120 reporters".
const ANY_PEOPLE = /^(?:people|persons|individuals)$/iu;
// Units of length: a number before one is a distance.
export const LENGTH_UNIT = /^(?:km|kms|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|foot|yards?)$/iu;
/** "How big was the delegation", "how large is the fleet": the size of a thing, asked as a number. */
export const HOW_BIG =
	/\bhow\s+(big|large|sizable|sizeable)\s+(?:is|was|are|were|will\s+be)\s+(?:(?:the|this|that|its|their|his|her)\s+)?((?:[\p{L}’'-]+\s+){0,3}?[\p{L}-]+)\s*(?=[?.!]|$|\s(?:in|on|at|of|that|which|who|when|for|with|to|from|by)\b|\s\p{L}+(?:ing|ed)\s+(?:with|to|from|by|in|on|at|for)\b)/iu;
/** "How long is the line", "how long was the wall": a copula after "how long" may ask a length of a thing. */
export const HOW_LONG_IS = /\bhow\s+long\s+(?:is|are|was|were|will\s+be)\s+(?:the|this|that|its|their)\b/iu;
// "a two-day visit", "a 40-minute meeting": a length and the thing it measures.
/**
 * The grain of a time asked ("what decade …", "which year …", "what was the year of …"): only a time of that grain
 * answers it ("May 1" is no decade, "the 1980s" no year).
 */
export function readGrainAsked(question: string): 'decade' | 'year' | 'month' | undefined {
	const grain = /\b(?:what|which)(?:['’]s|\s+is|\s+was)?\s+(?:the\s+)?(decade|year|month)\b/iu.exec(question)?.[1];
	return grain?.toLowerCase() as 'decade' | 'year' | 'month' | undefined;
}

/**
 * A gap asked in so many words: "how long since", "the gap", "gone without a visit", "last visited"; not any "since"
 * ("how long did she stay in Lima since landing" asks a stay).
 */
export const ASKS_GAP_OUTRIGHT =
	/\bhow\s+long\s+(?:(?:has|had|is|was)\s+it\s+been\s+)?since\b|\bgap\b|\b(?:go|goes|gone|went|going|been)\s+without\b|\blast\s+\p{L}+ed\b/iu;
/** A length asked of the time since something: "since", or a gap asked outright. */
export const ASKS_GAP = new RegExp(`\\bsince\\b|${ASKS_GAP_OUTRIGHT.source}`, 'iu');

// A number before the unit: "the working day began" measures nothing.
const LENGTH = `\\b(?:(?:\\d[\\d,.]*|an?|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|several|few)[-\\s](?:${TIME_UNIT_NAMES})|\\p{L}+-long)`;
const LENGTH_ANY = new RegExp(`${LENGTH}\\b`, 'giu');
const LENGTH_OF_THING = new RegExp(`${LENGTH}\\s+([\\p{L}]+)`, 'giu');
const NUMBER_WORD =
	/^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|dozen|dozens|hundreds|thousands|millions)$/iu;

// "What kind of gas …", "which type of military gear will …": the noun whose kind is asked, the last before the verb.
const KIND_OF =
	/\b(?:what|which)\s+(?:kinds?|types?|sorts?|forms?)\s+of\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)(?=\s+(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should)\b|\s*\??\s*$)/iu;

/** The noun whose kind a question asks for ("war" of "what kind of war …"), if it asks for one. */
export function findKindAsked(question: string): string | undefined {
	return KIND_OF.exec(question)?.[1];
}

/** How many words before the noun may name its kind ("low sulphur heavy fuel"). */
const KIND_WORDS = 3;

/**
 * The first words of a sentence that name the kind of a noun (`isNoun`) ("civil war", "Vaxo-9 vaccine"): the
 * content words right before it, of its own phrase, with the noun, when one of them is not a word the question
 * typed. The noun is written in lower case: "Line" of "Harbour Line Project" is part of a name, no line of some kind.
 */
export function findKindPhrase(
	sentence: string,
	tokens: readonly Token[],
	isNoun: (term: string) => boolean,
	typedTerms: ReadonlySet<string>,
	isVerb: (norm: string) => boolean,
): string | undefined {
	for (let at = 0; at < tokens.length; at++) {
		const phrase = findKindWordsAt(sentence, tokens, at, isNoun, typedTerms, isVerb);
		if (phrase !== undefined) return phrase;
	}
	return undefined;
}

function findKindWordsAt(
	sentence: string,
	tokens: readonly Token[],
	at: number,
	isNoun: (term: string) => boolean,
	typedTerms: ReadonlySet<string>,
	isVerb: (norm: string) => boolean,
): string | undefined {
	const noun = tokens[at];
	if (noun?.term == null || !isNoun(noun.term) || !/^\p{Ll}/u.test(noun.raw)) return undefined;
	// "A major gas pipeline": the noun qualifies the one after it, and "major" that one, no kind of gas.
	const next = tokens[at + 1];
	if (next?.term != null && !isVerb(next.norm) && sentence.slice(noun.end, next.start).trim() === '') return undefined;
	let first = at;
	for (let i = at - 1; i >= 0 && at - i <= KIND_WORDS; i--) {
		const word = tokens[i];
		const adjoining = sentence.slice(word?.end ?? 0, tokens[i + 1]?.start ?? 0).trim() === '';
		if (word?.term == null || !adjoining || isVerb(word.norm)) break;
		first = i;
	}
	const qualifiers = tokens.slice(first, at);
	return qualifiers.some((token) => !typedTerms.has(token.term ?? ''))
		? sentence.slice(tokens[first]?.start ?? 0, noun.end)
		: undefined;
}

/** The first question word of a question: the one that asks, where later ones may open clauses. */
function firstQuestionWord(text: string): string | undefined {
	return /\b(?:what|which|who|whom|whose|where|why|how|when)\b/u.exec(text)?.[0];
}

/**
 * Whether "when" asks the time: as the question's first question word, opening a clause ("idk why, when did …") or
 * joined to one ("where and when"). After
 * another ("what did he say when he landed", "what … when it comes to trade") it only opens a clause.
 */
export function asksWhen(text: string): boolean {
	return (
		firstQuestionWord(text) === 'when' ||
		/(?:^|[,;:.!?]\s*|\b(?:and|or|&) )when\b|\bwhen (?:and|or|&)\b/u.test(text) ||
		// "What is the withdrawal deadline?", "whats the date Reed is coming": a time named by the thing asked.
		/^\s*what(?:['’]?s|\s+is|\s+was|\s+will\s+be)\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,4}?(?:(?:deadline|date)\s*\??\s*$|date\b)/iu.test(
			text,
		)
	);
}

/**
 * Whether "where" asks a place: as the question's first question word or joined to another ("when and where"). After
 * another it opens a relative clause, with a comma or without: "which body held the summit in Lima(,) where Reed met
 * Soto" asks a body.
 */
export function asksWhere(text: string): boolean {
	return (
		firstQuestionWord(text) === 'where' || /(?:^|\s)(?:and|or|&)\s+where\b|\bwhere\s+(?:and|or|&)(?:\s|$)/u.test(text)
	);
}

/**
 * Reads the kind of answer a question asks for from its wording, or undefined when it asks for none in particular.
 * "What is the venue of …" asks what "what venue …" does.
 */
export function expectAnswerType(question: string): ExpectedAnswer | undefined {
	const named = dropCopula(question);
	const asked = expectTypeWorded(question) ?? (named === undefined ? undefined : expectTypeWorded(named));
	const change = asked !== undefined && QUANTITY_TYPES.has(asked.type) ? readChange(question) : undefined;
	return change === undefined || asked === undefined ? asked : { ...asked, change };
}

/** Kinds of answer a change is measured in. */
const QUANTITY_TYPES: ReadonlySet<AnswerType> = new Set(['count', 'amount', 'money', 'percent']);

/** Which way the words of a text say a quantity went, where they say only one way. */
function readChange(text: string): 'rise' | 'fall' | undefined {
	const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
	const rises = words.some((word) => RISE_WORDS.has(word));
	const falls = words.some((word) => FALL_WORDS.has(word));
	return rises === falls ? undefined : rises ? 'rise' : 'fall';
}

/**
 * "What is the venue of …" as "what venue of …", or undefined when the question is not so worded. Only a noun on its
 * own, a phrase after it: "what is the joint body meant to do" asks what it does, no body.
 */
export function dropCopula(question: string): string | undefined {
	const named =
		/^\s*(what|which)(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+the\s+(?=[\p{L}-]+(?:\s+(?:of|for|in|at|on|to|from|by|with|between|the|a|an|this|that)\b|\s*[?.!]*\s*$))/iu.exec(
			question,
		);
	return named === null ? undefined : `${named[1]} ${question.slice(named[0].length)}`;
}

function expectTypeWorded(question: string): ExpectedAnswer | undefined {
	// "When the mayor spoke, what did he ask for?": the question is its last clause, not the time of the first.
	const text = question
		.trim()
		.toLowerCase()
		.replace(
			/^(?:when|while|after|before|once|as|if)\b[^,?]*,\s*(?=(?:what|which|who|whom|whose|where|why|how)\b)/u,
			'',
		);
	const expect = (type: AnswerType, counted: readonly string[] = []): ExpectedAnswer => ({ type, counted });
	const unit = UNIT_ASKED.exec(text)?.[1];
	// "In dollar terms": a currency asks for a sum of money ("$790 million"), not a count of dollars.
	if (unit !== undefined) return expect(CURRENCY_WORDS.has(unit) ? 'money' : 'count', [unit]);
	// "Number of doses Peru will buy?" asks how many.
	const howMany = /\bhow (many|much)\b(.*)$/u.exec(
		text.replace(/^(?:what(?:['’]s|\s+is|\s+was)\s+)?(?:the\s+)?number of\b/u, 'how many'),
	);
	// "How much time did they spend together?" asks a length, whatever the verb ("spend" is no sum here).
	if (howMany?.[1] === 'much' && /^\s+(?:more\s+)?time\b/u.test(howMany[2] ?? '')) return expect('duration');
	if (howMany !== null) {
		const words = ((howMany[2] ?? '').match(/[\p{L}\d-]+/gu) ?? []).filter((word) => !COUNT_MODIFIERS.test(word));
		const end = words.findIndex((word) => PHRASE_END.test(word));
		const counted = words.slice(0, Math.min(end === -1 ? words.length : end, MAX_COUNTED_WORDS));
		// "How many days did he spend …" counts days: a money word is the thing asked only after "how much", or
		// as what is counted ("how many dollars").
		// "How much will the firm charge": the verb, not the noun ("how many charges", "in charge of").
		const money =
			MONEY_WORDS.exec(howMany[1] === 'much' ? text : counted.join(' '))?.[0] ??
			(howMany[1] === 'much' ? CHARGE_ASKED.exec(text)?.[1] : undefined);
		if (money !== undefined) return expect('money', [money]);
		if (howMany[1] === 'much') return expect('amount');
		// "… how many?" names nothing to count: any number answers it.
		if (counted.length === 0) return expect('amount');
		const group = GROUP_COUNTED_IN.exec(text)?.[1];
		return group === undefined ? expect('count', counted) : { ...expect('count', counted), group };
	}
	if (
		/\b(?:what|which)(?:['’]s| is| was)? (?:the )?(?:percentage|percent|share)\b|\bby what (?:percentage|percent)\b|%/u.test(
			text,
		)
	) {
		return expect('percent');
	}
	if (ASKS_MEDIUM.test(text)) return expect('medium');
	const kindOf = findKindAsked(text);
	if (kindOf !== undefined) return expect('qualifier', [kindOf]);
	// "What is the (total) price of …", "the total estimated cost": words qualifying the price ask for one all the same.
	const price =
		/\b(?:what|which)(?:['’]s| is| was| are| were)? (?:the )?(?:[\p{L}-]+ ){0,2}(price|cost|worth|value)\b/u.exec(
			text,
		)?.[1];
	if (price !== undefined) return expect('money', [price]);
	// "How old is Reed?": an age ("Reed, 61, …", "the 61-year-old"), never "nine years" of something else. "How old
	// is the thaw" asks how long it has lasted: a thing has "the".
	if (
		/\bhow old (?:is|was|are|were) (?!(?:the|this|that|these|those|its|their|his|her|our)\b)|\b(?:what|which)(?:['’]s| is| was)? (?:\p{L}+['’]s )?age\b/u.test(
			text,
		)
	) {
		return expect('age');
	}
	// "How big was the delegation?": its size, a number of it ("a 15-member delegation", "a six-person team").
	const sized = HOW_BIG.exec(text)?.[2]?.split(/\s+/u).at(-1);
	if (sized !== undefined) return { ...expect('count', [sized]), size: true };
	if (/\bhow long\b(?! ago)|\b(?:what|which) duration\b/u.test(text)) {
		if (ASKS_GAP.test(text)) return { ...expect('duration'), since: true };
		if (/\bhow long (?:have|has)\b/u.test(text)) return { ...expect('duration'), ongoing: true };
		// "How long is the pipeline?" may ask its length, in a unit of length.
		return HOW_LONG_IS.test(text) ? { ...expect('duration'), orDistance: true } : expect('duration');
	}
	// "What's the length of the line?", "how far is it": a distance, in a unit of length; "1.6 billion cubic feet" is none.
	if (/\b(?:what|which)(?:['’]s| is| was)? (?:the )?(?:length|distance)\b|\bhow far\b/u.test(text)) {
		return expect('distance');
	}
	// "What's the capacity of …": a measure is a number.
	if (MEASURE.test(text)) return expect('amount');
	// "Which month": a month is named ("in October"), as a day is; "later this year" answers neither.
	const time = (type: AnswerType): ExpectedAnswer => {
		const asked = asksFutureTime(text) ? { ...expect(type), future: true } : expect(type);
		const ended = ENDING.test(text) ? { ...asked, ending: true } : asked;
		const bounded = LIMIT_ASKED.test(text) ? { ...ended, limit: true } : ended;
		const period = readTimes(text).find((point) => point.kind === 'relative' && PERIOD.test(point.value))?.value;
		const framed = period === undefined ? bounded : { ...bounded, period };
		return LAST_TIME_ASKED.test(text) ? { ...framed, lastTime: true } : framed;
	};
	if (CALENDAR_DATE.test(text)) return { ...time('day'), calendar: true };
	if (/\b(?:what|which|exact|specific) (?:date|day|weekday|month)\b/u.test(text)) return time('day');
	if (/\b(?:what|which) decade\b/u.test(text)) return expect('decade');
	// "What time did the talks start?": a time of day, not the day.
	if (asksClockTime(text)) return time('clock');
	if (readGrainAsked(text) === 'year') return { ...time('date'), yearAsked: true };
	if (asksWhen(text) || /\b(?:what|which) (?:year|time)\b|\bhow long ago\b/u.test(text)) return time('date');
	// "What is the line's route?": where it runs from and to.
	if (ROUTE_ASKED.test(text)) return { ...expect('place'), route: true };
	if (
		asksWhere(text) ||
		/\b(?:what|which|in which) (?:other )?(?:\p{L}+ )?(?:cit(?:y|ies)|countr(?:y|ies)|place|capital|region|venue)s?\b/u.test(
			text,
		)
	) {
		if (ROUTE_END_ASKED.test(text)) return { ...expect('place'), route: true };
		const journey = !SITE_ASKED.test(text);
		if (journey && ONWARD_ASKED.test(text)) return { ...expect('place'), onward: true };
		if (journey && PRIOR_ASKED.test(text)) return { ...expect('place'), prior: true };
		// "Where will the drills be held?", "which city would host the plant?": a place where it is, said so ("in Lyon").
		if (ONE_CITY_ASKED.test(text) && FUTURE_CUE.test(text) && !ROUTE_END_WORD.test(text) && !GOES_TO.test(text)) {
			return { ...expect('place'), venue: true, city: true };
		}
		const place = VENUE_ASKED.test(text) ? { ...expect('place'), venue: true } : expect('place');
		return REGION_ASKED.test(text) ? { ...place, region: true } : place;
	}
	if (
		/^(?:and |so )?who(?:m|se)?\b|\b(?:what|which) (?:person|official|minister|leader|president|people)\b/u.test(text)
	) {
		return expect('person');
	}
	// "Which Chilean firm …": a nationality or two may qualify the kind.
	const body =
		/\b(?:what|which)(?: (?!(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|the|a|an|this|that|these|those|of|kind|type|sort|age|ethnic|blood|income|working|pressure|interest)\b)[\p{L}-]+){0,2}? (organi[sz]ation|body|group|compan(?:y|ies)|firms?|agenc(?:y|ies)|commission|institutes?|corporations?)\b/u.exec(
			text,
		)?.[1];
	if (body !== undefined) {
		// A public body may answer "which body"; "which firm" asks a company.
		return PUBLIC_BODY_ASKED.test(body) ? { ...expect('organization'), publicBody: true } : expect('organization');
	}
	if (/\bwhy\b|\bhow come\b/u.test(text)) {
		return SIGNIFICANCE_ASKED.test(text) ? { ...expect('reason'), significance: true } : expect('reason');
	}
	if (/^(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b/u.test(text))
		return expect('yes-no');
	return undefined;
}

/** What the check reads of the article: the tagger's entities per sentence, tokens, and a person's paragraphs. */
export interface AnswerTypeContext {
	/** Undefined when the knowledge has no tagged entities (no lexicon): then only counts can be checked. */
	readonly entitiesOf: (
		paragraph: Paragraph,
		sentence: Sentence,
	) => Partial<Record<EntityType, readonly string[]>> | undefined;
	readonly tokensOf: (text: string) => readonly Token[];
	/** The stems of the words the question typed, not their relatives. */
	readonly typedTerms: ReadonlySet<string>;
	/**
	 * Whether the fact sheet names a person in the paragraph who may answer (the tagger misses many foreign names):
	 * not one the question names, and of the nationality it asks for.
	 */
	readonly namesPerson: (paragraph: Paragraph) => boolean;
	/**
	 * Whether a sentence speaks of each person the question names, by a name or alias of theirs or as "he" or "she"
	 * opening it: "how many officials came with Reed" is not counted by "Soto, accompanied by two aides".
	 */
	readonly speaksOfPeopleAsked?: (sentence: Sentence) => boolean;
	/** Whether a text names a person the question names: "how many officials did Soto meet" counts no list with Soto. */
	readonly namesPersonAsked?: (text: string) => boolean;
	/** Whether a word (normalized) names a body by the lexicon ("ministry", "commission"). */
	readonly isBodyWord?: (norm: string) => boolean;
	/** Whether a noun names a kind of person ("officials", "reporters"), as the lexicon knows it. */
	readonly isPersonNoun?: (norm: string) => boolean;
	/** Whether a name is one of the fact sheet's people who may not answer (see `namesPerson`). */
	readonly isOtherKnownPerson?: (name: string) => boolean;
	/** Whether a name is a person's (a name or title the fact sheet gives them) or a country's. */
	readonly isPersonOrCountry: (name: string) => boolean;
	/** Whether a name is a country's or a capital's, by country data. */
	readonly isCountryOrCapital?: (name: string) => boolean;
	/** The stems of the question's words, with their related words: an entity that only repeats them answers nothing. */
	readonly questionTerms: ReadonlySet<string>;
	/** The stems (and related stems) of what a count counts. */
	readonly countedTerms: ReadonlySet<string>;
	/** Whether a word is a verb: it ends the noun phrase after a number ("the two holding joint trials"). */
	readonly isVerb: (norm: string) => boolean;
	/**
	 * The stems of the common nouns of the question the article has ("meeting"): a length of another thing ("a
	 * two-day visit") is no answer to it. Empty when it has none ("how long did the trip last"): then any may be.
	 */
	readonly askedNouns?: ReadonlySet<string>;
}

// Words that tell the age of a state without a number: "the thaw is a recent phenomenon", "long-standing ties"; a
// "recent meeting" is an event's time, no age.
const AGE_WORD =
	/\b(?:is|are|was|were)\b[^.;]{0,30}\brecent\b|\b(?:long-?standing|longtime|long-running|decades-old|age-old)\b/iu;
// Words that make a unit alone after them a point in time or a rate ("last month", "per day"), no length.
const POINT_IN_TIME = /\b(?:last|next|this|that|coming|per|each|every|the)\s+/iu;
// "For decades", "a years-long war": a length given without a number.
export const LENGTH_WITHOUT_NUMBER =
	/\b(?:for|over)\s+(?:decades|years|months|weeks)\b|\b(?:decades|years|months)-long\b/iu;

/** Whether a question asks how many people a group had: "how big was the delegation", "how many were in the team". */
export function asksGroupSize(expected: ExpectedAnswer | undefined): boolean {
	return expected?.type === 'count' && (expected.size === true || expected.group !== undefined);
}

const GROUP_NOUN = new RegExp(`^${GROUP_NOUNS}$`, 'iu');

/** Whether a word names a group of people ("party", "teams"), whose size is how many it numbered. */
export function isGroupNoun(word: string): boolean {
	return GROUP_NOUN.test(word.replace(/ies$/iu, 'y').replace(/s$/iu, ''));
}

/** Whether a sentence tells a group's size by what it is made of ("the party numbered 17 officials"). */
export function statesGroupSize(text: string): boolean {
	return GROUP_SIZE.test(text) || GROUP_OF_COUNT.test(text);
}

/** Whether a sentence holds an answer of the type: for a count, a number followed closely by what is counted. */
export function holdsAnswerType(
	expected: ExpectedAnswer,
	paragraph: Paragraph,
	sentence: Sentence,
	context: AnswerTypeContext,
): boolean {
	// "By what percentage did trade fall?" is not answered by "a 46 percent increase".
	if (expected.change !== undefined && readChange(sentence.text) === (expected.change === 'rise' ? 'fall' : 'rise'))
		return false;
	const entities = context.entitiesOf(paragraph, sentence);
	const tokens = context.tokensOf(sentence.text);
	// An entity the question already names ("Where is Peru's …?" — "Peru") is no answer to it. Without
	// tagged entities nothing can be told: the type is assumed present rather than an answer withheld.
	// "May" is a stop word (the verb) with no term of its own, yet a month.
	const has = (type: EntityType, accept: (text: string) => boolean = () => true) =>
		entities === undefined ||
		(entities[type] ?? []).some(
			(text) =>
				accept(text) &&
				context
					.tokensOf(text)
					.some((token) =>
						token.term === null
							? type === 'date' && MONTH_NAMES.includes(token.norm)
							: !context.questionTerms.has(token.term),
					),
		);
	// A number counts what follows it within its noun phrase ("5 million Vaxo-9 doses", "50,000 doses of anti Covid
	// vaccine", "150,000 more"), not across a clause ("46 percent, and doses").
	// "900 police and border personnel": nouns joined by "and" count together, up to a comma or another number.
	const numberBefore = (
		accept: (token: Token, following: Token | undefined) => boolean,
		within = 5,
		after = (_: number) => true,
	) =>
		tokens.some((token, i) => {
			if (!NUMBER_WORD.test(token.norm) || !after(i)) return false;
			// "The two holding joint drills": a number word after "the" refers to things counted already, unless a
			// scale follows ("the five million doses").
			if (!/\d/u.test(token.norm) && tokens[i - 1]?.norm === 'the' && !SCALE_WORD.test(tokens[i + 1]?.norm ?? ''))
				return false;
			for (const [k, next] of tokens.slice(i + 1, i + 1 + within).entries()) {
				if (accept(next, tokens[i + 2 + k])) return true;
				const joined =
					JOINING.test(next.norm) && sentence.text.slice(tokens[i + k]?.end ?? 0, next.start).trim() === '';
				if (
					(next.term === null
						? next.norm !== 'of' && !COUNT_MODIFIERS.test(next.norm) && !joined
						: context.isVerb(next.norm)) ||
					NUMBER_WORD.test(next.norm)
				) {
					return false;
				}
			}
			return false;
		});
	// "17 officials", "12 Chileans": people of some kind. A nationality right before a noun qualifies it: "35 Chilean
	// companies" are no people ("12 Chileans, police said" are).
	// "14 people": words for people as such, which the lexicon files as groups.
	const countsPeople = (token: Token, following: Token | undefined) =>
		token.term !== null &&
		(context.isPersonNoun?.(token.norm) === true || PEOPLE_COUNTED.test(token.norm)) &&
		!(
			/^\p{Lu}/u.test(token.raw) &&
			following !== undefined &&
			following.term !== null &&
			!context.isVerb(following.norm) &&
			/^\s+$/u.test(sentence.text.slice(token.end, following.start))
		);
	// "One official said": a source, no count of people ("only one official came" is one).
	const notSource = (i: number) =>
		tokens[i]?.norm !== 'one' || !tokens.slice(i + 1, i + 1 + SOURCE_REACH).some((t) => ATTRIBUTION_VERBS.has(t.norm));
	// A list of names ("Reed, Soto and Lopez"), none of them someone the question asks about.
	const listsOthers = () => {
		const list = NAME_LIST.exec(sentence.text);
		return list !== null && context.namesPersonAsked?.(list[0]) !== true;
	};
	// "Raise the number of scholarships from 60 to 100": the number the count is brought to.
	const numberOfCounted = () =>
		tokens.some(
			(token, i) =>
				token.norm === 'number' &&
				tokens[i + 1]?.norm === 'of' &&
				tokens
					.slice(i + 2, i + 2 + NUMBER_OF_WORDS)
					.some((next) => next.term !== null && context.countedTerms.has(next.term)) &&
				// "From 60 to 100", or "to 100" after a verb of change: not "delivered to 12 countries".
				(NUMBER_RANGE.test(sentence.text.slice(token.end)) ||
					(CHANGE_VERB.test(tokens[tokens[i - 1]?.norm === 'the' ? i - 2 : i - 1]?.norm ?? '') &&
						NUMBER_REACHED.test(sentence.text.slice(token.end)))),
		);
	// A time asked of what is yet to happen is given only in a sentence about the future, and not as the day someone
	// spoke of it ("Reed on Monday said the bridge will open").
	const ofTimeAsked = () =>
		expected.future !== true || FUTURE_CUE.test(sentence.text) || EXPECTED_CUE.test(sentence.text) || promisesAsked();
	// "Undertook to ship the doses by May" times the doses' shipping, not the rest of the sentence ("renewed his
	// invitation to Reed and promised to act within 30 days" gives no date of Reed's visit): the promise must be of
	// what the question asks.
	const promisesAsked = () => {
		const promise = PROMISE_CUE.exec(sentence.text);
		if (promise === null) return false;
		const clause = sentence.text.slice(promise.index + promise[0].length).split(/[,;]\s/u)[0] ?? '';
		const words = context.tokensOf(clause);
		// A unit of time ("within 30 days") is the promise's time, not what it is of; and the time is in the clause.
		return (
			words.some(
				(token) => token.term !== null && !TIME_UNIT.test(token.norm) && context.questionTerms.has(token.term),
			) &&
			(readTimes(clause).length > 0 ||
				words.some((token) => MONTH_NAMES.includes(token.norm) && /^\p{Lu}/u.test(token.raw)))
		);
	};
	// "Which date last month": the sentence puts its day in that period too, or gives a day of a month.
	const inPeriodAsked = () =>
		expected.period === undefined ||
		readTimes(sentence.text).some((point) =>
			point.kind === 'relative' ? point.value === expected.period : point.kind === 'day-of-month',
		);
	const notWhenSaid = (time: string) => expected.future !== true || !isTimeOfSaying(sentence.text, tokens, time);
	// "cubic feet" measure a volume, "square metres" an area.
	const holdsDistance = () =>
		numberBefore(
			(token) => LENGTH_UNIT.test(token.norm) && !/(?:cubic|square)\s+$/iu.test(sentence.text.slice(0, token.start)),
			2,
		);
	switch (expected.type) {
		case 'count':
			return (
				numberBefore((token) => token.term !== null && context.countedTerms.has(token.term)) ||
				numberOfCounted() ||
				// People in a group asked about are counted by the sentence giving the group's size where the paragraph
				// has one ("the party numbered 22 officials", not "nine reporters travelled on the same aircraft").
				(expected.counted.some((word) => ANY_PEOPLE.test(word)) &&
					numberBefore(countsPeople, 5, notSource) &&
					(expected.group === undefined ||
						statesGroupSize(sentence.text) ||
						!paragraph.sentences.some((other) => statesGroupSize(other.text)))) ||
				// "a 28-member delegation" counts its people.
				(expected.counted.some((word) => PEOPLE_COUNTED.test(word)) && /\b\d+-member\b/iu.test(sentence.text)) ||
				// "How big was the party?": "the party consisted of 22 officials" gives its size by its people.
				(expected.size === true &&
					tokens.some((token) => token.term !== null && context.countedTerms.has(token.term)) &&
					(/\b\d+-member\b/iu.test(sentence.text) || numberBefore(countsPeople, 5, notSource))) ||
				// "How big was the delegation?", "how many people were in the delegation?": "the party numbered 17
				// officials" tells it, whatever word it has for the group.
				(asksGroupSize(expected) && statesGroupSize(sentence.text) && numberBefore(countsPeople, 5, notSource)) ||
				// "How many leaders …" is counted by the people a sentence names in a list, of the group asked.
				(expected.counted.some((word) => LISTED_PEOPLE_COUNTED.test(word)) &&
					listsOthers() &&
					context.namesPerson(paragraph) &&
					context.speaksOfPeopleAsked?.(sentence) !== false &&
					(expected.group === undefined || new RegExp(`\\b${expected.group}`, 'iu').test(sentence.text)))
			);
		case 'amount':
			// A measure is no length of time ("a two-day visit") nor a date.
			return (
				has(
					'number',
					(text) => !new RegExp(`${escapeRegExp(text)}[\\s-]+(?:${TIME_UNIT_NAMES})\\b`, 'iu').test(sentence.text),
				) ||
				has('money') ||
				has('percent')
			);
		case 'money':
			return has('money');
		case 'percent':
			return has('percent') || numberBefore((token) => /^(?:percent|%)$/u.test(token.norm), 1);
		case 'duration': {
			// "The first ferry in ten years" counts a gap since, not how long something lasted, unless that is asked;
			// "built in two years" is a length.
			const countsGap = expected.since !== true && /\b(?:first|last)\b/iu.test(sentence.text);
			const gap = (text: string) =>
				countsGap && new RegExp(`\\bin\\s+(?:[\\w-]+\\s+)?${escapeRegExp(text)}\\b`, 'iu').test(sentence.text);
			// "How long did the meeting last?" is not answered by "a two-day visit" nor "a decades-long war": a length
			// before a noun is that thing's, and the question names another the article has.
			// "40 minutes one-on-one": a number after the length is no thing it measures.
			const things = [...sentence.text.matchAll(LENGTH_OF_THING)]
				.filter(([, thing = '']) => !NUMBER_WORD.test(thing))
				.map(([, thing = '']) => context.tokensOf(thing)[0]);
			if (
				context.askedNouns !== undefined &&
				context.askedNouns.size > 0 &&
				things.length > 0 &&
				// "two days in Lima" measures no thing; "a two-day visit" measures the visit; "met for two hours, past
				// the one-hour slot" still gives a length of its own.
				things.length === (sentence.text.match(LENGTH_ANY)?.length ?? 0) &&
				things.every((token) => token?.term != null && context.askedNouns?.has(token.term) !== true)
			)
				return false;
			return (
				(expected.orDistance === true && holdsDistance()) ||
				LENGTH_WITHOUT_NUMBER.test(sentence.text) ||
				(expected.ongoing === true && AGE_WORD.test(sentence.text)) ||
				// A unit alone after a word pointing at one period or a rate is no length: the tagger's "month" of
				// "last month", "day" of "per day" ("a year ago", "the two days of talks" still measure one).
				has(
					'duration',
					(text) =>
						!gap(text) &&
						!(
							TIME_UNIT.test(text.trim()) &&
							new RegExp(`${POINT_IN_TIME.source}${escapeRegExp(text)}\\b`, 'iu').test(sentence.text)
						),
				) ||
				numberBefore(
					(token) => TIME_UNIT.test(token.norm),
					2,
					(i) => !countsGap || tokens[i - 1]?.norm !== 'in',
				)
			);
		}
		case 'day':
			if (expected.calendar === true) return ofTimeAsked() && MONTH_AND_DAY.test(sentence.text);
			return (
				ofTimeAsked() &&
				inPeriodAsked() &&
				((entities?.date ?? []).some(
					(text) =>
						SPECIFIC_DAY.test(text) && notWhenSaid(text) && !datesOtherThing(sentence.text, text, expected, context),
				) ||
					(entities === undefined && has('date')))
			);
		case 'date':
			if (expected.ending === true && !ENDING.test(sentence.text)) return false;
			if (expected.yearAsked === true) {
				return (
					ofTimeAsked() &&
					readTimes(sentence.text).some(
						(time) => time.kind === 'year' || (time.kind === 'relative' && /\byears?\b/u.test(time.value)),
					)
				);
			}
			return (
				ofTimeAsked() &&
				(has(
					'date',
					(time) =>
						notWhenSaid(time) && !BARE_UNIT.test(time) && !datesOtherThing(sentence.text, time, expected, context),
				) ||
					givesTimeClause(sentence.text, expected, context) ||
					(expected.lastTime === true && RARITY.test(sentence.text)))
			);
		case 'clock':
			return ofTimeAsked() && CLOCK_TIME.test(sentence.text);
		case 'decade':
			// "the 1980s", "the '80s", which the tagger may read as a number.
			return readTimes(sentence.text).some((time) => time.kind === 'decade');
		case 'name': {
			// "What is the bridge called": the thing capitalized as part of a name, or a capitalized word right before it
			// ("the Harbour Line bridge", "Vaxo-9 vaccine"); never the sentence's first word, nor an owner ("Lyon's
			// bridge") or a subject ("The city signed a deal") set before it.
			// A name may qualify the thing with a word between: "the intra-Afghan dialogue process".
			const named = (token: Token | undefined, i: number) =>
				token !== undefined && i > 0 && /^\p{Lu}/u.test(token.raw) && !/['’]s?$/u.test(token.raw);
			const joined = (from: number, to: number) =>
				/^[\p{L}\s-]*$/u.test(sentence.text.slice(tokens[from]?.end, tokens[to]?.start));
			return tokens.some(
				(token, i) =>
					token.term !== null &&
					context.countedTerms.has(token.term) &&
					(named(token, i) ||
						(named(tokens[i - 1], i - 1) && joined(i - 1, i)) ||
						// "The intra-Afghan dialogue process", not "Moscow hosted talks".
						(named(tokens[i - 2], i - 2) && joined(i - 2, i) && !context.isVerb(tokens[i - 1]?.norm ?? ''))),
			);
		}
		case 'place': {
			const isAsked = (word: string) =>
				context.tokensOf(word).some((token) => token.term !== null && context.questionTerms.has(token.term));
			// A name gone on to, tagged or not (a later source's sentences may have no tags).
			if (expected.onward === true) return saysOnwardPlace(sentence.text, isAsked);
			// A place come from that the question does not name (it names the one gone to).
			if (expected.prior === true) {
				return [...sentence.text.matchAll(CAME_FROM)].some((match) => !isAsked(match[1] ?? ''));
			}
			return (
				// "Where will the line be built?": a route ("from Karachi to Lahore") says where, as "in Lahore" does.
				((expected.venue === true && expected.city !== true && ROUTE_PLACE.test(sentence.text)) ||
					// "Where has cooperation been excellent?": "at the World Bank" says where, a body as the place.
					(expected.venue !== true &&
						expected.region !== true &&
						expected.route !== true &&
						// A body the question names is no answer to it.
						context
							.tokensOf(AT_BODY.exec(sentence.text)?.[0] ?? '')
							.some(
								(token) => token.term !== null && /^\p{Lu}/u.test(token.raw) && !context.questionTerms.has(token.term),
							)) ||
					has('place', (text) => {
						// "Pakistan-Russia ties" name two countries, "Bishkek" a capital: no region.
						if (
							expected.region === true &&
							text.split('-').every((part) => context.isCountryOrCapital?.(part) === true)
						) {
							return false;
						}
						if (expected.venue !== true) return true;
						// The place where the tagger found it, in a role of place; "which city": no country.
						const at = [...sentence.text.matchAll(new RegExp(escapeRegExp(text), 'gu'))].map((match) => match.index);
						return (
							at.some((index) => VENUE.test(sentence.text.slice(0, index))) &&
							!(expected.city === true && context.isPersonOrCountry(text))
						);
					})) &&
				(expected.route !== true || ROUTE_PLACE.test(sentence.text))
			);
		}
		case 'qualifier':
			return (
				findKindPhrase(
					sentence.text,
					tokens,
					(term) => context.countedTerms.has(term),
					context.typedTerms,
					context.isVerb,
				) !== undefined
			);
		case 'person':
			return has('person', (text) => context.isOtherKnownPerson?.(text) !== true) || context.namesPerson(paragraph);
		case 'organization':
			// The tagger reads some titles ("Deputy PM") and states ("the French Republic") as organizations, and misses a
			// body named by its owner: "the Peru foreign ministry", "Chile's trade commission".
			return (
				has('organization', (text) => !context.isPersonOrCountry(text)) ||
				// A name the lexicon files as a body ("the Taliban", "Interpol"), which the tagger may miss.
				tokens.some((token, i) => i > 0 && /^\p{Lu}/u.test(token.raw) && context.isBodyWord?.(token.norm) === true) ||
				(expected.publicBody === true &&
					tokens.some(
						(token, i) =>
							context.isBodyWord?.(token.norm) === true &&
							tokens
								.slice(Math.max(0, i - OWNED_BODY_REACH), i)
								.some(
									(owner) => /^\p{Lu}/u.test(owner.raw) && context.isPersonOrCountry(owner.raw.replace(/['’]s?$/u, '')),
								),
					))
			);
		case 'reason':
			return expected.significance === true ? RARITY.test(sentence.text) : REASON_CUE.test(sentence.text);
		case 'medium':
			return findMedium(sentence.text) !== undefined;
		case 'age':
			return AGE.test(sentence.text);
		case 'distance':
			return holdsDistance();
		case 'yes-no':
			return true;
	}
}
