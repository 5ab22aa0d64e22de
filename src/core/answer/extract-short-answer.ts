import { escapeRegExp, isStopWord, normalizeWord, type Token } from '../text/analyze.js';
import { formatDate } from '../text/format-date.js';
import { containsWords } from '../text/match-phrase.js';
import type { Paragraph, Person } from '../types.js';
import type { QuestionKind } from './classify-question.js';

/** What the extractors need besides the sentence: the question's stems and the article's context. */
export interface ExtractionContext {
	/** Stems of the question and their synonyms: words the answer should not simply repeat. */
	readonly questionTerms: ReadonlySet<string>;
	readonly termsOf: (text: string) => string[];
	readonly tokensOf: (text: string) => readonly Token[];
	/** The people the question does not name: a "who" answer names someone else. */
	readonly otherPeople: readonly Person[];
	/** The article's date (ISO), against which "last year" or "on Tuesday" are resolved. */
	readonly date: string;
	/** The question as typed, for cues its stop words carry ("where … from?"). */
	readonly question: string;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NUMBER_WORDS =
	'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a dozen';
const QUANTITY = new RegExp(
	`(?<![\\p{L}\\d-])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${NUMBER_WORDS})(?:\\s+(million|billion|thousand|hundred|trillion))?(?:\\s*(percent|per cent|%))?((?:\\s+[\\p{L}]+){0,2})`,
	'giu',
);
const UNIT_STOP =
	/^(of|the|a|an|and|to|in|on|at|by|for|from|with|per|more|less|than|is|was|were|that|which|its|his)$/iu;
const CAPITALIZED_RUN = /[\p{Lu}][\p{L}’'.-]*(?:\s+(?:of\s+|and\s+|the\s+)?[\p{Lu}][\p{L}’'.-]*)*/gu;
const ROUTE = /\bfrom ([\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*)*) to ([\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*)*)/u;
// Capitals that start a sentence or name a date, not a person or a place.
const NOT_A_NAME = new Set([
	...MONTHS,
	...WEEKDAYS,
	...['Moreover', 'Meanwhile', 'However', 'Now', 'Also', 'Further', 'Furthermore', 'Agencies', 'Addressing'],
]);

/** Extracts the short answer of the given kind from one sentence, or `undefined` when it holds none. */
export function extractShortAnswer(
	kind: QuestionKind,
	sentence: string,
	context: ExtractionContext,
): string | undefined {
	switch (kind) {
		case 'quantity':
			return extractQuantity(sentence, context);
		case 'time':
			return extractTime(sentence, context);
		case 'place':
			return extractPlace(sentence, context);
		case 'person':
			return extractPerson(sentence, context);
		default:
			return undefined;
	}
}

/** The people none of whose names occur in the question. */
export function findPeopleNotNamed(people: readonly Person[], question: string): Person[] {
	const asked = question.toLowerCase();
	return people.filter((person) =>
		[person.name, ...person.aliases].every((name) => !containsWords(asked, name.toLowerCase())),
	);
}

/**
 * The few characters before `index`: enough for the cue words the extractors look for ("from the "), and an
 * end-anchored pattern tested on them costs the same wherever in a long sentence the match is.
 */
function textBefore(sentence: string, index: number): string {
	return sentence.slice(Math.max(0, index - 24), index);
}

function isNew(text: string, context: ExtractionContext): boolean {
	const terms = context.termsOf(text);
	return terms.length > 0 && terms.every((term) => !context.questionTerms.has(term));
}

function extractQuantity(sentence: string, context: ExtractionContext): string | undefined {
	let best: { text: string; score: number } | undefined;
	for (const match of sentence.matchAll(QUANTITY)) {
		const [, number = '', scale, percent, tail = ''] = match;
		if (/^(19|20)\d\d$/u.test(number) && scale === undefined && percent === undefined) continue;
		const unit: string[] = [];
		if (percent === undefined) {
			for (const word of tail.trim().split(/\s+/u)) {
				if (word === '' || UNIT_STOP.test(word)) break;
				unit.push(word);
			}
		}
		const text = [number, scale, percent, ...unit].filter(Boolean).join(' ');
		const unitMatches = context.termsOf(unit.join(' ')).some((term) => context.questionTerms.has(term));
		// "the two countries": a number word counts only when it counts what the question asks about.
		if (!/\d/u.test(number) && !unitMatches) continue;
		const score = (unitMatches ? 2 : 0) + (/\d/u.test(number) ? 1 : 0) + (unit.length > 0 || percent ? 0.5 : 0);
		if (best === undefined || score > best.score) best = { text, score };
	}
	return best?.text;
}

interface ArticleDay {
	readonly year: number;
	readonly month: number;
	readonly date: Date;
}

/** Time expressions, most specific first, each with how to resolve it against the article's date. */
const TIME_PATTERNS: readonly [RegExp, (match: RegExpExecArray, day: ArticleDay) => string][] = [
	[
		new RegExp(`\\b(?:on\\s+)?(${WEEKDAYS.join('|')})\\b`, 'u'),
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
		/\b(later |earlier )?(last|next|this) (year|month|week)\b/u,
		(m, day) => {
			const offset = m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0;
			if (m[3] === 'year') return `${m[0]} (${day.year + offset})`;
			if (m[3] !== 'month') return m[0];
			const date = new Date(Date.UTC(day.year, day.month - 1 + offset, 1));
			return `${m[0]} (${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()})`;
		},
	],
	[new RegExp(`\\b(?:${MONTHS.join('|')})(?:\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\s+\\d{4})\\b`, 'u'), (m) => m[0]],
	[new RegExp(`\\b\\d{1,2}\\s+(?:${MONTHS.join('|')})(?:\\s+\\d{4})?\\b`, 'u'), (m) => m[0]],
	[/\b(?:in|since|by|until) (?:the )?((?:19|20)\d\d)s?\b/u, (m) => m[0].replace(/^(in|since|by|until) /u, '')],
];

function extractTime(sentence: string, context: ExtractionContext): string | undefined {
	const [year = 1970, month = 1, dayOfMonth = 1] = context.date.split('-').map(Number);
	const day = { year, month, date: new Date(Date.UTC(year, month - 1, dayOfMonth)) };
	for (const [pattern, describe] of TIME_PATTERNS) {
		const match = pattern.exec(sentence);
		if (match !== null && isNew(match[0], context)) return describe(match, day);
	}
	return undefined;
}

function extractPlace(sentence: string, context: ExtractionContext): string | undefined {
	const route = ROUTE.exec(sentence);
	if (route !== null && isNew(route[0], context)) return route[0];
	// "Where did he come from?" asks for an origin, so only a place after "from" answers it.
	const cue = /\bfrom\b/iu.test(context.question)
		? /\bfrom\s+(?:the\s+)?$/u
		: /\b(?:in|at|to|from|near|inside|outside)\s+(?:the\s+)?$/u;
	for (const match of sentence.matchAll(CAPITALIZED_RUN)) {
		if (!cue.test(textBefore(sentence, match.index))) continue;
		const name = match[0].replace(/[.’']+$/u, '');
		if (NOT_A_NAME.has(name.split(' ')[0] ?? '') || !isNew(name, context)) continue;
		return name;
	}
	return undefined;
}

function extractPerson(sentence: string, context: ExtractionContext): string | undefined {
	const named = context.otherPeople.filter((person) =>
		[person.name, ...person.aliases].some((name) => containsWords(sentence, name)),
	);
	if (named.length > 0) return named.map((person) => `${person.name} (${person.role})`).join(', ');
	// Otherwise a capitalized name the question does not already contain, the closest to the question's words.
	const anchors = context
		.tokensOf(sentence)
		.filter((token) => token.term !== null && context.questionTerms.has(token.term));
	let best: { text: string; distance: number } | undefined;
	for (const match of sentence.matchAll(CAPITALIZED_RUN)) {
		const words = match[0].replace(/[.’']+s?$/u, '').split(' ');
		// "As Washington", "Moreover": a capital that only starts the sentence is no name.
		while (words.length > 0 && (isStopWord(normalizeWord(words[0] ?? '')) || NOT_A_NAME.has(words[0] ?? '')))
			words.shift();
		const name = words.join(' ').replace(/[’']s$/u, '');
		if (name === '' || !isNew(name, context)) continue;
		const end = match.index + match[0].length;
		const next = /^\s*([\p{L}-]+)/u.exec(sentence.slice(end, end + 40))?.[1] ?? '';
		// "U.S.-backed Afghan government": a name right before the question's own words only qualifies them.
		if (next !== '' && context.termsOf(next).some((term) => context.questionTerms.has(term))) continue;
		const distance = Math.min(...anchors.map((token) => Math.abs(token.start - match.index)), Number.MAX_SAFE_INTEGER);
		const article = /\bthe\s+$/iu.test(textBefore(sentence, match.index)) ? 'the ' : '';
		if (best === undefined || distance < best.distance) best = { text: article + name, distance };
	}
	return best?.text;
}

/**
 * Finds what an acronym stands for where the article spells it out, "Inter-Governmental Commission (IGC)", by
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
