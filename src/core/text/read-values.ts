import { editsOf } from '../lexicon/lexicon.js';
import { stemWord, type Token } from './analyze.js';
import { BE_FORMS, MONTH_NAMES as MONTHS, WEEKDAY_NAMES as WEEKDAYS } from './word-classes.js';

/**
 * Reads the values a text states, so two texts can be compared value by value: quantities (numbers with their unit,
 * written in digits, in words or in shorthand) and points in time (weekdays, dates, years, "last month").
 */

export type QuantityKind = 'count' | 'percent' | 'duration' | 'money';

export interface Quantity {
	/** As written ("50k", "fifty thousand", "46%"). */
	readonly text: string;
	readonly value: number;
	readonly kind: QuantityKind;
	/** Stems of the words that say what is counted ("doses", "cubic feet"); empty when the number stands alone. */
	readonly unit: readonly string[];
	/** "over a decade", "more than 50,000": the claim is a bound, not a value; "nearly a decade" is just under it. */
	readonly bound: 'over' | 'under' | 'about' | 'almost' | undefined;
	/** "150,000 more", "5 extra": a quantity on top of another. */
	readonly additional: boolean;
	/**
	 * A length of time that is a span something falls in, not the length of a thing: after "in", "within", "in the
	 * past" ("the first in ten years", "done within two days"), a time ago ("a year ago"), or "for" after a negation
	 * ("had not met for ten years").
	 */
	readonly within?: boolean;
	/** Where the number itself begins and ends ("a" of "nearly a decade"). */
	readonly start: number;
	readonly end: number;
	/** Where all its words begin and end, with a bound before it and a unit of time after it ("nearly a decade"). */
	readonly span: { readonly start: number; readonly end: number };
}

export type TimeKind = 'weekday' | 'day-of-month' | 'year' | 'decade' | 'relative';

export interface TimePoint {
	readonly text: string;
	readonly kind: TimeKind;
	/** Comparable within a kind: "wednesday", "5-1" (May 1), "2001", "last month". */
	readonly value: string;
	readonly start: number;
	readonly end: number;
	/** For a year given with its month ("June 2019"), the month, 1 to 12. */
	readonly month?: number;
	/** For a part of a year ("mid-2019"), the first and last months it may be. */
	readonly months?: readonly [number, number];
}

/** "Mid-2019": the months a year's middle may name. */
const MID_YEAR: readonly [number, number] = [5, 8];
const MONTH_BEFORE = new RegExp(`\\b(${MONTHS.join('|')})\\s+(?:of\\s+)?$`, 'iu');

/**
 * Whether a time stated fits a time claimed of the same kind and value: "June 2019" is 2019 and mid-2019, not March
 * 2019. A year stated without its month fits any month of it.
 */
export function fitsTime(claimed: TimePoint, stated: TimePoint): boolean {
	if (claimed.kind !== stated.kind || claimed.value !== stated.value) return false;
	const [first, last] = claimed.months ?? (claimed.month === undefined ? [1, 12] : [claimed.month, claimed.month]);
	return stated.month === undefined || (stated.month >= first && stated.month <= last);
}

const SMALL_NUMBERS: Readonly<Record<string, number>> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	// Counting nouns: "a dozen", "a decade" (of years), "a couple".
	dozen: 12,
	couple: 2,
};
/** Shorthand for a scale after digits ("50k", "5 mln"; "5 mil" as English chat has it, no military). */
const SHORT_SCALES: Readonly<Record<string, number>> = {
	k: 1_000,
	m: 1_000_000,
	mn: 1_000_000,
	mln: 1_000_000,
	mil: 1_000_000,
	thou: 1_000,
	bn: 1_000_000_000,
	bln: 1_000_000_000,
	b: 1_000_000_000,
};
const SCALES: Readonly<Record<string, number>> = {
	dozen: 12,
	hundred: 100,
	thousand: 1_000,
	million: 1_000_000,
	billion: 1_000_000_000,
	trillion: 1_000_000_000_000,
	...SHORT_SCALES,
};
// Longest first: "mln" before "m".
const SHORT_SCALE = Object.keys(SHORT_SCALES)
	.sort((a, b) => b.length - a.length)
	.join('|');
// After a number's words only shorthand no word reads otherwise: "two mil exercises" are military, "two m" anything.
const WORD_SHORT_SCALE = 'mln|bln|thou|mn|bn|k';
/** The units of a length of time a number may count. */
const TIME_UNIT = '(?:decades?|years?|months?|weeks?|days?|hours?|minutes?)';
const DURATION_UNITS = new RegExp(`^${TIME_UNIT}$`, 'u');
/** Words that may stand between a number and what it counts, or that end the unit. */
const UNIT_SKIP = /^(?:more|extra|additional|further|new|of|the|its|their|his|her|anti|a|an|per|whole|full|entire)$/u;
const UNIT_END =
	/^(?:and|or|to|in|on|at|by|for|from|with|than|is|was|were|are|be|that|which|who|as|into|over|under|since|after|before|according|lol)$/u;

const SCALE_WORD = '(?:hundred|thousand|million|billion|trillion)';
const FRACTIONS: Readonly<Record<string, number>> = { half: 0.5, halves: 0.5, quarter: 0.25, quarters: 0.25 };
// Longest first and whole words only: "nineteen" is not "nine" followed by "teen", "tens" is no ten.
const NUMBER_WORD = `(?:${[...Object.keys(SMALL_NUMBERS), 'hundred', 'thousand', 'million', 'billion', 'trillion']
	.sort((a, b) => b.length - a.length)
	.join('|')})(?![\\p{L}])`;
const QUANTITY = new RegExp(
	[
		'(?<![\\p{L}\\d.,-])',
		'(?<bound>(?:over|more than|above|at least|upwards of|under|less than|fewer than|below|up to|about|around|nearly|almost|roughly|some)\\s+)?',
		'(?<currency>\\$|usd\\s?|us\\$)?',
		// "half a million", "twenty one and a half million", "three quarters of a million", "half a dozen", "two and a
		// half years": a fraction of a scale or a unit.
		`(?:(?:(?<whole>${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD})*|\\d+)\\s+and\\s+)?(?:an?\\s+|(?<parts>${NUMBER_WORD}|\\d+)\\s+)?(?<fraction>half|halves|quarters?)(?:\\s+of)?(?:\\s+an?)?(?=\\s+(?:${SCALE_WORD}|dozen|${TIME_UNIT})\\b)`,
		`|(?<digits>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s?(?<short>${SHORT_SCALE})\\b)?`,
		`|(?<words>${NUMBER_WORD}(?:[\\s-]+(?:and[\\s-]+)?${NUMBER_WORD})*`,
		// "a decade", "a dozen", "a million": the article "a" as the number one, only before a unit or a scale.
		// "A whole week", "a full year": the article still counts one.
		`|an?(?=\\s+(?:dozen|couple|(?:(?:whole|full|entire)\\s+)?${TIME_UNIT}|hundred|thousand|million|billion)\\b)(?:\\s+(?:dozen|couple))?))`,
		// "five mln", "fifty k": shorthand after a number's words too.
		`(?:\\s+(?<scale>hundred|thousand|million|billion|trillion|dozen|${WORD_SHORT_SCALE}\\b))?`,
		'(?:\\s*(?<percent>%|percent\\b|per cent\\b))?',
		// What follows is read, not consumed: it may hold the next number.
		'(?=(?<tail>(?:[\\s-]+[\\p{L}]+){0,4}))',
	].join(''),
	'giu',
);

/** Reads a number written in words ("one hundred fifty thousand", "a dozen"), or `undefined` when it is none. */
export function parseNumberWords(text: string): number | undefined {
	let total = 0;
	let group = 0;
	let any = false;
	for (const word of text.toLowerCase().split(/[\s-]+/u)) {
		if (word === 'and' || word === '') continue;
		if (word === 'a' || word === 'an') {
			group += 1;
			any = true;
			continue;
		}
		const small = SMALL_NUMBERS[word];
		const scale = SCALES[word];
		if (small !== undefined) {
			// "a dozen" is 12, not 1 + 12.
			group = (word === 'dozen' || word === 'couple') && group === 1 ? small : group + small;
			any = true;
		} else if (scale === 100) {
			group = Math.max(group, 1) * 100;
			any = true;
		} else if (scale !== undefined) {
			total += Math.max(group, 1) * scale;
			group = 0;
			any = true;
		} else {
			return undefined;
		}
	}
	return any ? total + group : undefined;
}

/** The whole number before "and a half": digits or words, none for "half a million". */
function readWhole(whole: string | undefined): number {
	if (whole === undefined) return 0;
	return /^\d+$/u.test(whole) ? Number(whole) : (parseNumberWords(whole) ?? 0);
}

/**
 * Whether "one day" after this text means "someday": after a modal verb, or the "to" of a wish or a plan ("hopes to one
 * day host it"), not a "to" of change ("cut to one day").
 */
export const meansSomeday = (before: string) => SOMEDAY_BEFORE.test(before);
const SOMEDAY_BEFORE =
	/\b(?:will|would|could|can|may|might|shall|should|(?:hopes?|hoped|hoping|wants?|wanted|wish(?:es)?|plans?|planned|aims?|intends?|expects?|like|love)\s+to)\s+$/iu;

/** Reads the quantities of a text, leaving out the years and the days of dates (see `readTimes`). */
export function readQuantities(text: string): Quantity[] {
	const times = readTimes(text);
	const quantities: Quantity[] = [];
	for (const match of text.matchAll(QUANTITY)) {
		const groups = match.groups ?? {};
		const start = match.index + (groups.bound?.length ?? 0);
		if (times.some((time) => start >= time.start && start < time.end)) continue;
		// "Between the two", "the three leaders": a number in words after "the" refers to things, it gives no count.
		if (groups.words !== undefined && /\bthe\s+$/iu.test(text.slice(Math.max(0, start - 4), start))) continue;
		let value =
			groups.fraction !== undefined
				? readWhole(groups.whole) +
					(groups.parts === undefined ? 1 : readWhole(groups.parts)) * (FRACTIONS[groups.fraction.toLowerCase()] ?? 0)
				: groups.digits === undefined
					? parseNumberWords(groups.words ?? '')
					: Number(groups.digits.replace(/,/gu, ''));
		if (value === undefined || Number.isNaN(value)) continue;
		value *= SCALES[(groups.short ?? '').toLowerCase()] ?? 1;
		value *= SCALES[(groups.scale ?? '').toLowerCase()] ?? 1;
		const { unit, additional, unitWords } = readUnit(groups.tail ?? '');
		const isDuration = unitWords.length > 0 && DURATION_UNITS.test(unitWords[0] ?? '');
		// "a" or "an" alone counts only before a scale or a unit of time ("a million", "a decade"): otherwise it is an
		// article.
		const articleAlone = groups.words !== undefined && /^an?$/iu.test(groups.words.trim());
		if (articleAlone && !isDuration && groups.scale === undefined) continue;
		// "1.6 billion cubic feet a day", "5 doses a week": "a" after an amount makes a rate, as "per" does, no length.
		const previous = quantities.at(-1);
		const between = previous === undefined ? '' : text.slice(previous.span.end, start);
		if (
			articleAlone &&
			isDuration &&
			previous !== undefined &&
			previous.kind !== 'duration' &&
			/^[\p{L}\s]*$/u.test(between) &&
			between
				.trim()
				.split(/\s+/u)
				.filter((word) => word !== '').length <= RATE_REACH &&
			!/\b(?:for|in|within|over|after|before|during|every|each|than)\b/iu.test(between) &&
			!/^an?\s+\p{L}+\s+(?:ago|later|earlier|before|after|ahead|since)\b/iu.test(text.slice(start))
		)
			continue;
		// "the one supplying": the word one is a pronoun unless it counts time ("one year").
		if (groups.words !== undefined && value < 2 && !isDuration) continue;
		// "Hopes to one day make it", "will one day host": someday, no length of time.
		if (groups.words !== undefined && value === 1 && unitWords[0] === 'day' && meansSomeday(text.slice(0, start)))
			continue;
		let kind: QuantityKind = 'count';
		if (groups.percent !== undefined) kind = 'percent';
		else if (
			groups.currency !== undefined ||
			/^(?:dollars?|usd|rupees?|roubles?|rubles?|euros?)$/u.test(unitWords[0] ?? '')
		)
			kind = 'money';
		else if (isDuration) kind = 'duration';
		const decade = kind === 'duration' && /^decades?$/u.test(unitWords[0] ?? '');
		const numberEnd = match.index + match[0].length;
		// A unit of time is part of the value ("a decade" is ten years); other units are words of their own.
		const afterUnit =
			kind === 'duration'
				? numberEnd + (groups.tail ?? '').toLowerCase().indexOf(unitWords[0] ?? '') + (unitWords[0]?.length ?? 0)
				: numberEnd;
		// "An hour and a half", "two years and a half": the half after the unit is part of the length.
		const half = kind === 'duration' ? HALF_AFTER_UNIT.exec(text.slice(afterUnit)) : null;
		if (half !== null) value += 0.5;
		const unitEnd = afterUnit + (half?.[0].length ?? 0);
		// "another 300", "a further 300": more, as "300 more" is; the word is part of the value.
		const more = /\b([\p{L}]+)\s+$/iu.exec(text.slice(Math.max(0, start - 12), start));
		const isMore = more !== null && isMoreWord(more[1]?.toLowerCase() ?? '');
		quantities.push({
			// A length as written up to its unit ("a whole week"), then the unit's other words ("ago").
			text: [
				(kind === 'duration' ? text.slice(start, unitEnd) : text.slice(start, numberEnd)).trim(),
				...unitWords.slice(kind === 'duration' ? 1 : 0),
			].join(' '),
			value: decade ? value * 10 : value,
			kind,
			unit: unitOf(kind, decade, unit, unitWords),
			bound: readBound(groups.bound),
			additional: additional || isMore,
			...(kind === 'duration' && isSpan(text.slice(0, match.index), text.slice(unitEnd)) ? { within: true } : {}),
			start,
			end: numberEnd,
			span: {
				start: Math.min(match.index, start - (isMore ? (more?.[0].length ?? 0) : 0)),
				end: Math.max(numberEnd, unitEnd),
			},
		});
	}
	return quantities;
}

// Not the half of another thing ("two weeks and a half dozen ministers", "a half-hearted …").
const HALF_AFTER_UNIT = new RegExp(
	`^\\s+and\\s+a\\s+half\\b(?![\\s-]*(?:-|dozen\\b|${SCALE_WORD}|${TIME_UNIT}))`,
	'iu',
);

/** How many words may stand between an amount and the "a day" that makes it a rate ("cubic feet of gas a day"). */
const RATE_REACH = 5;

const SPAN_BEFORE = /\b(?:in|within|(?:in|over|for|during)\s+the\s+(?:past|last|previous))\s+$/iu;
const NEGATION = /\b(?:not|never|no)\b|n['’]t\b/iu;

/** Whether a length of time is a span something falls in (see `Quantity.within`), by the words around it. */
function isSpan(before: string, after: string): boolean {
	return (
		SPAN_BEFORE.test(before) ||
		/^\s+ago\b/iu.test(after) ||
		(/\bfor\s+$/iu.test(before) && NEGATION.test(before.split(/[.;]/u).at(-1) ?? ''))
	);
}

const MORE_WORDS = ['another', 'further', 'additional', 'extra'];
/** Whether a word before a number makes it one more ("another 300"), as typed in chat too ("anotehr"). */
function isMoreWord(word: string): boolean {
	if (MORE_WORDS.includes(word)) return true;
	if (word.length < 5) return false;
	const edits = editsOf(word);
	return MORE_WORDS.some((more) => edits.has(more));
}

/** Durations compare in one unit word ("years"); a percentage needs no unit: "46% increase" is 46 percent. */
function unitOf(kind: QuantityKind, decade: boolean, unit: string[], unitWords: readonly string[]): string[] {
	if (kind === 'percent') return [];
	if (decade) return ['year'];
	if (kind === 'duration') return [stemWord(unitWords[0]?.replace(/s$/u, '') ?? '')];
	return unit;
}

function readBound(bound: string | undefined): Quantity['bound'] {
	if (bound === undefined) return undefined;
	if (/^(?:over|more than|above|at least|upwards of)/iu.test(bound)) return 'over';
	if (/^(?:under|less than|fewer than|below|up to)/iu.test(bound)) return 'under';
	if (/^(?:nearly|almost)/iu.test(bound)) return 'almost';
	return 'about';
}

/** The words after a number that say what it counts: "more doses of" → unit ["dose"], additional. */
function readUnit(tail: string): { unit: string[]; additional: boolean; unitWords: string[] } {
	const unitWords: string[] = [];
	let additional = false;
	for (const word of tail
		.toLowerCase()
		.split(/[\s-]+/u)
		.filter(Boolean)) {
		if (UNIT_END.test(word)) break;
		if (UNIT_SKIP.test(word)) {
			if (/^(?:more|extra|additional|further)$/u.test(word)) additional = true;
			if (unitWords.length > 0) break;
			continue;
		}
		unitWords.push(word);
	}
	return { unit: unitWords.map(stemWord), additional, unitWords };
}

const TIME_PATTERNS: readonly [RegExp, TimeKind, (match: RegExpMatchArray) => string][] = [
	[
		new RegExp(`\\b(${MONTHS.join('|')})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'giu'),
		'day-of-month',
		(m) => `${MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1}-${Number(m[2])}`,
	],
	[
		new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS.join('|')})\\b`, 'giu'),
		'day-of-month',
		(m) => `${MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1}-${Number(m[1])}`,
	],
	[new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'giu'), 'weekday', (m) => (m[1] ?? '').toLowerCase()],
	// "the 1980s", "the 80s", "the '80s": a decade, of the last century when written in two digits from the 30s;
	// two digits need "the" or an apostrophe ("in his 60s" is an age).
	[
		/(?<![\d,.$-])(?:\b(1[89]|20)(\d)0s|(?:(?<=\bthe\s)|['’])(\d)0s)\b/giu,
		'decade',
		(m) => `${m[1] ?? (Number(m[3]) >= 3 ? '19' : '20')}${m[2] ?? m[3]}0s`,
	],
	[/\bmid[-\s]((?:19|20)\d\d)\b/giu, 'year', (m) => m[1] ?? ''],
	[/(?<![\d,.$-])\b((?:19|20)\d\d)\b(?!\s*(?:%|percent|k\b|m\b))/giu, 'year', (m) => m[1] ?? ''],
	[
		/\b(?:(later|earlier)\s+)?(last|next|this|past|coming)\s+(week|month|year|summer|winter|spring|autumn|fall)\b/giu,
		'relative',
		(m) =>
			`${(m[2] ?? '').toLowerCase().replace('past', 'last').replace('coming', 'next')} ${(m[3] ?? '').toLowerCase()}`,
	],
	[/\b(today|tomorrow|yesterday|tonight)\b/giu, 'relative', (m) => (m[1] ?? '').toLowerCase()],
	// "a year ago" is last year, "two years ago" is not; "more than a year ago" is a bound, no point in time.
	[
		new RegExp(
			`(?<!\\b(?:than|over|under|nearly|almost|about|around|roughly|some|least|of)\\s+)(?<![\\d.,])\\b(an?|\\d+|${NUMBER_WORD})\\s+(week|month|year)s?\\s+ago\\b`,
			'giu',
		),
		'relative',
		(m) => {
			const count = /^an?$/iu.test(m[1] ?? '') ? 1 : (SMALL_NUMBERS[(m[1] ?? '').toLowerCase()] ?? Number(m[1]));
			const unit = (m[2] ?? '').toLowerCase();
			return count === 1 ? `last ${unit}` : `${count} ${unit}s ago`;
		},
	],
];

/**
 * A time of day, with the words that bound it: "shortly after 6 p.m.", "at 10:30", "around noon", "on Tuesday
 * evening", "late at night".
 */
const HOUR =
	/\b(?:(?:shortly |just |soon )?(?:after|before|around|about|at|by) )?(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.m\.|[ap]m\b|o['’]clock\b)|\d{1,2}:\d\d\b|(?:noon|midnight|midday)\b)/iu;
const PART_OF_DAY =
	/\b(?:(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) |in the |early in the |late in the |this |that |late at |at )(?:morning|afternoon|evening|night)\b/iu;
export const CLOCK_TIME = new RegExp(`${HOUR.source}|${PART_OF_DAY.source}`, 'iu');

/** Whether a text gives an hour of the day ("at 7:15 pm", "around noon"), not only a part of it ("evening"). */
export function givesHour(text: string): boolean {
	return HOUR.test(text);
}

/** The time of day a text gives, the hour before a part of the day ("on Tuesday evening, … at about 7:40 pm"). */
export function findClockTime(text: string): string | undefined {
	return (HOUR.exec(text) ?? PART_OF_DAY.exec(text))?.[0];
}

/** The hour each part of the day begins at, on a 24-hour clock, in order: English's usual reading of them. */
const DAY_PARTS: readonly (readonly [number, string])[] = [
	[5, 'morning'],
	[12, 'afternoon'],
	[17, 'evening'],
	[21, 'night'],
];
const TWELVE_HOUR_TIME = /\b(\d{1,2})(?::\d\d)?\s*([ap])(?:\.m\.|m\b)/giu;

/**
 * Names the part of the day after each time on a twelve-hour clock ("at 9:30 a.m." → "at 9:30 a.m. morning"), so
 * that a text giving the hour is found by the part of the day asked ("the morning session").
 */
export function nameDayParts(text: string): string {
	return text.replace(TWELVE_HOUR_TIME, (time, hour: string, half: string) => {
		const twelve = Number(hour);
		if (twelve < 1 || twelve > 12) return time;
		const hours = (twelve % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
		const part = DAY_PARTS.findLast(([from]) => hours >= from)?.[1] ?? DAY_PARTS.at(-1)?.[1];
		return `${time} ${part}`;
	});
}

/** "What time …" asks for a time of day; "what time of year", "what time frame" do not. */
const ASKS_CLOCK_TIME =
	/\bwhat\s+time\b(?!\s+(?:of\s+(?:the\s+)?(?:year|month|week|day)|frame|period|span|scale|line)\b)/iu;
// "When did he leave on Wednesday?": the day is given, so the time of day is asked. Only a question opening on
// "when" whose main clause ends on the day: "when did she say on Monday that …", "what did he say when he arrived on
// Monday", "when will the deal signed today take effect" ask other things.
const WHEN_ON_DAY_GIVEN = new RegExp(
	`^\\W*(?:(?:so|and|yo|ok)\\s+)?when\\b[^,;]*\\s(?:(?:on|last|this)\\s+(?:${WEEKDAYS.join('|')}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)|today|yesterday|tonight)\\W*$`,
	'iu',
);

/** Whether a question asks a time of day: "what time …", or "when …" of a day it gives. */
export function asksClockTime(question: string): boolean {
	return ASKS_CLOCK_TIME.test(question) || WHEN_ON_DAY_GIVEN.test(question);
}

/** Reads the points in time of a text: weekdays, dates, years and relative times ("next week"). */
export function readTimes(text: string): TimePoint[] {
	const times: TimePoint[] = [];
	for (const [pattern, kind, readValue] of TIME_PATTERNS) {
		for (const match of text.matchAll(pattern)) {
			const start = match.index;
			const end = start + match[0].length;
			if (times.some((time) => start < time.end && end > time.start)) continue;
			// "June 2019": a year with its month; "mid-2019": a year's middle months.
			const mid = kind === 'year' && /^mid/iu.test(match[0]);
			const month = kind === 'year' && !mid ? MONTH_BEFORE.exec(text.slice(0, start)) : null;
			const from = month?.index ?? start;
			times.push({
				text: text.slice(from, end),
				kind,
				value: readValue(match),
				start: from,
				end,
				...(mid ? { months: MID_YEAR } : {}),
				...(month === null ? {} : { month: MONTHS.indexOf((month[1] ?? '').toLowerCase()) + 1 }),
			});
		}
	}
	return times.sort((a, b) => a.start - b.start);
}

/** How many words after its number a deed named as a noun may stand ("a 40 percent rise", "8 million tonnes sold"). */
const DEED_AFTER_NUMBER_REACH = 3;

/**
 * Whether the number at `number` (a token index) is the deed's at `deed`: the deed stands before it within `window`
 * words ("will buy 8 million"), or after it in the passive ("8 million were refined") or named as a noun right after
 * it ("a 40 percent rise"). "Buy 8 million tonnes and refine them": the number is not the refining's.
 */
export function isNumberOfDeed(tokens: readonly Token[], deed: number, number: number, window: number): boolean {
	if (deed < number) return number - deed <= window;
	return (
		deed - number <= DEED_AFTER_NUMBER_REACH ||
		BE_FORMS.has(tokens[deed - 1]?.norm ?? '') ||
		BE_FORMS.has(tokens[deed - 2]?.norm ?? '')
	);
}
