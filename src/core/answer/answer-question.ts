import type { Briefing } from '../briefing.js';
import type { Concept, ScoredPassage } from '../search/search-index.js';
import type { Token } from '../text/analyze.js';
import { formatDate } from '../text/format-date.js';
import type { Paragraph, Sentence, Topic } from '../types.js';
import {
	classifyQuestion,
	detectMetadataQuestion,
	findQuestionFocus,
	type MetadataField,
	type QuestionKind,
} from './classify-question.js';
import {
	type ExtractionContext,
	extractShortAnswer,
	findAcronymDefinition,
	findPeopleNotNamed,
	findPersonDescribed,
} from './extract-short-answer.js';

/** Offsets of a matched word within a quote. */
export interface Span {
	readonly start: number;
	readonly end: number;
}

/** A paragraph given as (part of) an answer, with the sentence that best answers and the words it matched. */
export interface Passage {
	readonly paragraph: Paragraph;
	readonly score: number;
	/** The best sentence of the paragraph: the verbatim quote of the citation. */
	readonly quote: Sentence;
	/** Where the question's words (or their synonyms) occur in the quote. */
	readonly highlights: readonly Span[];
	/** Paragraph numbers that restate the same fact, collapsed into this passage. */
	readonly also: readonly number[];
}

export interface FoundAnswer {
	readonly found: true;
	readonly question: string;
	/** A number, date, place, name or definition, when the question asks for one and the article gives it. */
	readonly shortAnswer: string | undefined;
	/** Best first; empty when the answer comes from the article's metadata. */
	readonly passages: readonly Passage[];
	/** The next best passages after the ones given, best first (for "More passages"). */
	readonly further: readonly Passage[];
	/** The article's date: the answer is true as of this day. */
	readonly asOf: string;
	readonly basis: 'article' | 'metadata';
}

export interface NotFound {
	readonly found: false;
	readonly question: string;
	/**
	 * The words of the question the article does not contain; for `not-together`, the words it has but never in
	 * one paragraph; empty when the question has no words to look up.
	 */
	readonly missing: readonly string[];
	/** Topics the article does cover, closest first. */
	readonly related: readonly Topic[];
	readonly asOf: string;
	readonly reason: 'not-covered' | 'not-together' | 'empty';
}

/** The result of a question: an answer with citations, or a plain statement that the article does not cover it. */
export type Answer = FoundAnswer | NotFound;

export interface AnswerOptions {
	/** How many passages to give; the rest come back as `further`. */
	readonly limit: number;
}

/** Share of a question's weight (by rarity) that the article must contain before Briefing answers it. */
const MIN_COVERAGE = 0.5;
/** Two quotes restate one fact when this share of the smaller one's words is in the other. */
const DUPLICATE_OVERLAP = 0.6;
const CANDIDATES = 15;
const MAX_ANALYZED_LENGTH = 1000;
/** How many of the best candidates are checked for the kind of answer asked for, and how much one that has it gains. */
const ANSWER_TYPE_WINDOW = 5;
const ANSWER_TYPE_BOOST = 1.5;

/**
 * Answers a question from the article: retrieves the best passages, collapses restatements of one fact, extracts a
 * short answer where the question asks for one, and says plainly when the article does not cover the question.
 */
export function answerQuestion(briefing: Briefing, asked: string, options: Partial<AnswerOptions> = {}): Answer {
	const { limit = 3 } = options;
	// A question is a sentence or two; reading only its start bounds the cost of hostile input.
	const question = asked.slice(0, MAX_ANALYZED_LENGTH).toWellFormed();
	const { knowledge, index } = briefing;
	const { meta } = knowledge.article;
	const asOf = meta.date;
	const metadata = detectMetadataQuestion(question);
	if (metadata !== undefined) {
		return {
			found: true,
			question,
			shortAnswer: describeMetadata(briefing, metadata),
			passages: [],
			further: [],
			asOf,
			basis: 'metadata',
		};
	}

	const focus = findQuestionFocus(question);
	const isFocus = (concept: Concept) => concept.label.toLowerCase().split(' ')[0] === focus?.word;
	// "What is the aim of the pipeline?" asks about the pipeline: an open focus names no topic of its own.
	const concepts = index.analyze(question).filter((concept) => !(focus?.open && isFocus(concept)));
	if (concepts.length === 0) {
		return { found: false, question, missing: [], related: knowledge.topics.slice(0, 4), asOf, reason: 'empty' };
	}
	const ranked = index.search(concepts, CANDIDATES);
	const missing = concepts.filter((concept) => !concept.covered);
	const top = ranked[0];
	if (top === undefined || shouldAbstain(concepts, missing, top, isFocus)) {
		return {
			found: false,
			question,
			missing: (missing.length > 0 ? missing : concepts).map((concept) => concept.label),
			related: relatedTopics(knowledge.topics, ranked),
			asOf,
			reason: 'not-covered',
		};
	}
	const apart = conceptsNeverTogether(concepts, ranked);
	if (apart.length > 0) {
		return {
			found: false,
			question,
			missing: apart,
			related: relatedTopics(knowledge.topics, ranked),
			asOf,
			reason: 'not-together',
		};
	}

	const questionTerms = new Set(concepts.flatMap((concept) => [...concept.terms.keys()]));
	const kind = classifyQuestion(question);
	const context: ExtractionContext = {
		questionTerms,
		termsOf: index.termsOf,
		tokensOf: index.tokensOf,
		// Only a "who" question names people in its answer.
		otherPeople: kind === 'person' ? findPeopleNotNamed(knowledge.people, question) : [],
		date: meta.date,
		question,
		countries: knowledge.people.map((person) => person.country),
	};
	// Ranking by answer type and picking the short answer try the same sentences; extract from each once.
	const extracted = new Map<string, string | undefined>();
	const extract = (sentence: string) => {
		if (!extracted.has(sentence)) extracted.set(sentence, extractShortAnswer(kind, sentence, context));
		return extracted.get(sentence);
	};
	let shortAnswer: string | undefined;
	let ordered = preferAnswerType(ranked, kind, extract);
	const person = findPersonAsked(briefing, question);
	if (person !== undefined) {
		shortAnswer = `${person.name}, ${person.role}`;
		ordered = promote(ordered, person.pin.paragraph);
	} else if (kind === 'definition') {
		const acronym = /([\p{L}\d-]+)\s*(?:stand for\s*)?\??\s*$/u.exec(question.trim())?.[1] ?? '';
		const definition = findAcronymDefinition(acronym, knowledge.article.paragraphs);
		if (definition !== undefined) {
			shortAnswer = definition.expansion;
			ordered = promote(ordered, definition.paragraph.number);
		}
	}
	const passages = collapseDuplicates(ordered, index.termsOf).map(
		({ passage, also }): Passage => ({
			paragraph: passage.paragraph,
			score: passage.score,
			quote: passage.sentence,
			also: also.sort((a, b) => a - b),
			highlights: highlight(index.tokensOf(passage.sentence.text), questionTerms),
		}),
	);
	if (shortAnswer === undefined) {
		for (const passage of passages.slice(0, 2)) {
			shortAnswer = extract(passage.quote.text);
			if (shortAnswer !== undefined) break;
		}
	}
	return {
		found: true,
		question,
		shortAnswer,
		passages: passages.slice(0, limit),
		further: passages.slice(limit),
		asOf,
		basis: 'article',
	};
}

/**
 * Abstains when a name the question asks about is absent, when the thing it asks for is ("what is the price of the
 * vaccine": the vaccine alone is no answer), when too much of the question's weight is absent, or when the best
 * sentence matches only words so common in the article that they cannot single out an answer.
 */
function shouldAbstain(
	concepts: readonly Concept[],
	missing: readonly Concept[],
	top: ScoredPassage,
	isFocus: (concept: Concept) => boolean,
): boolean {
	if (missing.some((concept) => concept.properNoun || isFocus(concept))) return true;
	const total = concepts.reduce((sum, concept) => sum + concept.rarity, 0);
	const covered = concepts.reduce((sum, concept) => sum + concept.coverage * concept.rarity, 0);
	if (covered / total < MIN_COVERAGE) return true;
	return missing.length > 0 && !top.specific;
}

/**
 * The specific words of a question that the article has, but never in one paragraph ("the economy of China"):
 * each is covered somewhere, their combination nowhere. Empty when some passage holds two of them, when there are
 * not two to combine, or when none of them is a name.
 */
function conceptsNeverTogether(concepts: readonly Concept[], ranked: readonly ScoredPassage[]): string[] {
	const specific = concepts.flatMap((concept, i) => (concept.covered && !concept.generic ? [i] : []));
	// Only where a name is involved: a verb of the question ("stand for") can sit anywhere in the article.
	if (specific.length < 2 || !specific.some((i) => concepts[i]?.properNoun)) return [];
	const together = ranked.some((passage) => passage.matched.filter((i) => specific.includes(i)).length >= 2);
	return together ? [] : specific.map((i) => concepts[i]?.label ?? '');
}

function findPersonAsked(briefing: Briefing, question: string) {
	const name = /^\s*who(?:\s+(?:is|was)|\s*['’]s)\s+(.+?)\s*\??\s*$/iu.exec(question)?.[1];
	if (name === undefined) return undefined;
	return findPersonDescribed(briefing.people, name);
}

/**
 * Among the closest candidates, prefers those whose best sentence holds the kind of answer asked for (a number for
 * "how many", a place for "where"): a classic answer-type check of extractive question answering.
 */
function preferAnswerType(
	passages: readonly ScoredPassage[],
	kind: QuestionKind,
	extract: (sentence: string) => string | undefined,
): ScoredPassage[] {
	if (kind === 'other' || kind === 'definition') return [...passages];
	const best = passages[0]?.score ?? 0;
	return passages
		.map((passage, rank) => {
			const near = rank < ANSWER_TYPE_WINDOW && passage.score >= best * 0.5;
			const typed = near && extract(passage.sentence.text) !== undefined;
			return { passage, score: passage.score * (typed ? ANSWER_TYPE_BOOST : 1) };
		})
		.sort((a, b) => b.score - a.score)
		.map(({ passage }) => passage);
}

function promote(passages: readonly ScoredPassage[], paragraph: number): ScoredPassage[] {
	const chosen = passages.find((passage) => passage.paragraph.number === paragraph);
	return chosen === undefined ? [...passages] : [chosen, ...passages.filter((passage) => passage !== chosen)];
}

/** Keeps the first passage of each fact, with the paragraphs that restate it. */
function collapseDuplicates(
	passages: readonly ScoredPassage[],
	termsOf: (text: string) => string[],
): { passage: ScoredPassage; also: number[] }[] {
	const kept: { passage: ScoredPassage; terms: Int32Array; also: number[] }[] = [];
	for (const passage of passages) {
		const terms = termListOf(termsOf(passage.sentence.text));
		const original = kept.find((candidate) => overlap(candidate.terms, terms) >= DUPLICATE_OVERLAP);
		if (original === undefined) kept.push({ passage, terms, also: [] });
		else original.also.push(passage.paragraph.number);
	}
	return kept;
}

/**
 * Each sentence's distinct terms as sorted numbers, so that comparing two sentences is a merge of two short lists.
 * Built once per sentence: the index returns the same terms array for an article sentence every time.
 */
const termNumbers = new Map<string, number>();
const termLists = new WeakMap<readonly string[], Int32Array>();

function termListOf(terms: readonly string[]): Int32Array {
	let list = termLists.get(terms);
	if (list === undefined) {
		const numbers = new Set<number>();
		for (const term of terms) {
			if (!termNumbers.has(term)) termNumbers.set(term, termNumbers.size);
			numbers.add(termNumbers.get(term) as number);
		}
		list = Int32Array.from(numbers).sort();
		termLists.set(terms, list);
	}
	return list;
}

/** The share of the shorter sentence's distinct terms that the other one has too. */
function overlap(a: Int32Array, b: Int32Array): number {
	const smaller = Math.min(a.length, b.length);
	if (smaller < 3) return 0;
	let shared = 0;
	for (let i = 0, j = 0; i < a.length && j < b.length; ) {
		const x = a[i] as number;
		const y = b[j] as number;
		if (x === y) shared++;
		if (x <= y) i++;
		if (y <= x) j++;
	}
	return shared / smaller;
}

function highlight(tokens: readonly Token[], terms: ReadonlySet<string>): Span[] {
	const spans: Span[] = [];
	for (const { term, start, end } of tokens) if (term !== null && terms.has(term)) spans.push({ start, end });
	return spans;
}

function relatedTopics(topics: readonly Topic[], passages: readonly ScoredPassage[]): Topic[] {
	const near = new Set(passages.slice(0, 5).map((passage) => passage.paragraph.number));
	const scored = topics.map((topic) => ({ topic, hits: topic.paragraphs.filter((n) => near.has(n)).length }));
	const related = scored.filter(({ hits }) => hits > 0).sort((a, b) => b.hits - a.hits);
	return (related.length > 0 ? related : scored).slice(0, 4).map(({ topic }) => topic);
}

function describeMetadata(briefing: Briefing, field: MetadataField): string {
	const { meta } = briefing.knowledge.article;
	switch (field) {
		case 'author':
			return `${meta.author} wrote it, for ${meta.outlet}.`;
		case 'date':
			return `It is dated ${formatDate(meta.date)}, datelined ${meta.dateline}.`;
		case 'outlet':
			return `It was published by ${meta.outlet}.`;
		case 'url':
			return meta.url;
		case 'title':
			return `“${meta.title}”`;
	}
}
