import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { compileAcronyms, extractTerms, type Token, tokenize } from '../text/analyze.js';
import { containsWords } from '../text/match-phrase.js';
import type { Knowledge, Paragraph, Sentence } from '../types.js';

/** Tuning of retrieval. Every field has a default; pass only what you change. */
export interface SearchOptions {
	/** Concepts read from one question; the rest are ignored, which bounds the cost of a query. */
	readonly maxConcepts: number;
	/** Words longer than this are cut before analysis, which bounds fuzzy matching. */
	readonly maxWordLength: number;
	/** Weight of a synonym relative to the word typed. */
	readonly synonymWeight: number;
	/** Weight of a person's other names when one name is typed. */
	readonly aliasWeight: number;
	/** Weight of a fuzzy (misspelling) match. */
	readonly fuzzyWeight: number;
	/** A term in more than this share of paragraphs is generic: it cannot carry an answer on its own. */
	readonly genericShare: number;
	/** Weight of the paragraph's own score next to its best sentence's score. */
	readonly paragraphWeight: number;
	/** How many concepts' search results to remember (per index); 0 searches every time. */
	readonly conceptCacheSize: number;
}

export const defaultSearchOptions: SearchOptions = {
	maxConcepts: 12,
	maxWordLength: 30,
	synonymWeight: 0.6,
	aliasWeight: 0.8,
	fuzzyWeight: 0.7,
	genericShare: 0.3,
	paragraphWeight: 0.5,
	conceptCacheSize: 512,
};

/** One idea of a question: a word or phrase as typed, with the stems that count as a match for it. */
export interface Concept {
	/** The word or phrase as the user typed it. */
	readonly label: string;
	/** Stem → weight: the typed word's own stems weigh 1, synonyms, aliases and fuzzy matches less. */
	readonly terms: ReadonlyMap<string, number>;
	/** Whether any of its stems occurs in the article. */
	readonly covered: boolean;
	/** Whether it was typed capitalized inside the question: a name, which the article must contain to answer. */
	readonly properNoun: boolean;
	/** Whether it occurs in so many paragraphs that it cannot single out an answer. */
	readonly generic: boolean;
	/** How rare its typed stems are in the article (inverse paragraph frequency); absent words are the rarest. */
	readonly rarity: number;
}

/** A paragraph retrieved for a question, with its best sentence. */
export interface ScoredPassage {
	readonly paragraph: Paragraph;
	readonly score: number;
	readonly sentence: Sentence;
	/** Indexes into the concepts of the question that the paragraph matches. */
	readonly matched: readonly number[];
	/** Whether the best sentence matches a concept that is not generic. */
	readonly specific: boolean;
}

export interface SearchIndex {
	readonly knowledge: Knowledge;
	/** The stems of a text, as the index sees them (acronyms spelled out, stop words dropped). */
	termsOf(text: string): string[];
	/** The words of a text with their offsets and stems (see `tokenize`), kept for the article's sentences. */
	tokensOf(text: string): readonly Token[];
	/** Reads the concepts of a question: phrases, synonyms, people's aliases and misspellings. */
	analyze(question: string): Concept[];
	/** Paragraphs matching the concepts, best first. */
	search(concepts: readonly Concept[], limit?: number): ScoredPassage[];
}

/** Words in a question's wording that are no topic: "what's the deal with X" asks about X. */
const QUESTION_IDIOMS =
	/\b(?:what(?:['’]s| is) (?:the )?(?:deal|story|news|latest|situation) (?:with|on|about)|tell me (?:more )?about|what about|stands? for|refers? to)\b/giu;
const MIN_FUZZY_LENGTH = 6;

interface PhraseEntry {
	readonly terms: readonly string[];
	readonly expansions: Map<string, number>;
}

interface SentenceDoc {
	readonly id: number;
	readonly paragraph: number;
	readonly sentence: number;
	readonly text: string;
}

/**
 * Builds the search index over the article's paragraphs and sentences, with the query analysis that goes with it
 * (synonyms, people's aliases, fuzzy matching of misspellings against the article's own vocabulary).
 */
export function buildSearchIndex(knowledge: Knowledge, options: Partial<SearchOptions> = {}): SearchIndex {
	const settings = { ...defaultSearchOptions, ...options };
	const expandAcronyms = compileAcronyms(knowledge.synonyms.acronyms);
	const analyzeText = (text: string) => extractTerms(expandAcronyms(text));
	const { paragraphs } = knowledge.article;
	// Answers analyze the same article sentences again and again: analyze each once, up front.
	const sentenceTerms = new Map<string, string[]>();
	const sentenceTokens = new Map<string, readonly Token[]>();
	for (const paragraph of paragraphs) {
		for (const sentence of paragraph.sentences) {
			sentenceTerms.set(sentence.text, analyzeText(sentence.text));
			sentenceTokens.set(sentence.text, tokenize(sentence.text));
		}
	}
	const termsOf = (text: string) => sentenceTerms.get(text) ?? analyzeText(text);
	const tokensOf = (text: string) => sentenceTokens.get(text) ?? tokenize(text);

	const indexOptions = {
		fields: ['text'],
		tokenize: termsOf,
		processTerm: (term: string) => term,
		searchOptions: { tokenize: (term: string) => [term] },
	};
	const paragraphIndex = new MiniSearch<{ id: number; text: string }>(indexOptions);
	paragraphIndex.addAll(paragraphs.map((paragraph) => ({ id: paragraph.number, text: paragraph.text })));
	const sentenceDocs: SentenceDoc[] = paragraphs
		.flatMap((paragraph) => paragraph.sentences.map((sentence) => ({ paragraph: paragraph.number, sentence })))
		.map(({ paragraph, sentence }, id) => ({ id, paragraph, sentence: sentence.index, text: sentence.text }));
	const sentenceIndex = new MiniSearch<SentenceDoc>(indexOptions);
	sentenceIndex.addAll(sentenceDocs);

	const documentFrequency = new SearchableMap<number>();
	for (const paragraph of paragraphs) {
		for (const term of new Set(termsOf(paragraph.text))) {
			documentFrequency.update(term, (count = 0) => count + 1);
		}
	}
	const isGeneric = (term: string) => (documentFrequency.get(term) ?? 0) > settings.genericShare * paragraphs.length;
	/** The highest inverse paragraph frequency among the terms; an empty list means the word is absent. */
	const rarityOf = (terms: readonly string[]) => {
		const frequency = terms.length === 0 ? 0.5 : Math.min(...terms.map((term) => documentFrequency.get(term) ?? 0));
		return Math.log(1 + paragraphs.length / frequency);
	};
	const phrases = buildPhraseDictionary(knowledge, termsOf, settings);
	const scoreParagraphs = createConceptScorer(paragraphIndex, settings.conceptCacheSize);
	const scoreSentences = createConceptScorer(sentenceIndex, settings.conceptCacheSize);

	const analyze = (question: string): Concept[] => {
		const words = tokenize(expandAcronyms(question.replace(QUESTION_IDIOMS, ' about '))).filter(
			(token): token is typeof token & { term: string } => token.term !== null,
		);
		const stems = words.map((word) => word.term);
		const concepts: Concept[] = [];
		const seen = new Set<string>();
		for (let i = 0; i < words.length && concepts.length < settings.maxConcepts; ) {
			const phrase = longestPhraseAt(phrases, stems, i);
			const length = phrase?.terms.length ?? 1;
			const span = words.slice(i, i + length);
			i += length;
			const own = span.map((word) => word.term.slice(0, settings.maxWordLength));
			const key = own.join(' ');
			// A number the article does not give is no topic to abstain on; claims checks compare numbers themselves.
			if (
				seen.has(key) ||
				(own.every((term) => /^\d/u.test(term)) && !own.some((term) => documentFrequency.has(term)))
			) {
				continue;
			}
			seen.add(key);
			const terms = new Map<string, number>();
			// Expansions the article lacks cannot match, and a generic one ("minister" from "Prime Minister") would
			// match half the article: search neither.
			for (const [term, weight] of phrase?.expansions ?? []) {
				if (documentFrequency.has(term) && !isGeneric(term)) terms.set(term, weight);
			}
			for (const term of own) terms.set(term, 1);
			let covered = [...terms.keys()].some((term) => documentFrequency.has(term));
			// Only longer words: a five-letter word one edit from another is as likely a different word ("price",
			// "prime") as a typo.
			if (!covered && own.length === 1 && (span[0]?.norm.length ?? 0) >= MIN_FUZZY_LENGTH) {
				covered = addFuzzyMatches(terms, own[0] ?? '', documentFrequency, settings);
			}
			const first = span[0];
			concepts.push({
				label: span.map((word) => word.raw).join(' '),
				terms,
				covered,
				properNoun: first !== undefined && first.start > 0 && /^\p{Lu}/u.test(first.raw),
				generic: own.every(isGeneric),
				rarity: rarityOf(presentTerms(own, terms, documentFrequency)),
			});
		}
		return concepts;
	};

	const search = (concepts: readonly Concept[], limit = 10): ScoredPassage[] => {
		const paragraphScores = scoreByConcept(scoreParagraphs, concepts);
		const sentenceScores = scoreByConcept(scoreSentences, concepts);
		const best = new Map<number, { doc: SentenceDoc; score: number; matched: number[] }>();
		for (const [id, { score, matched }] of sentenceScores) {
			const doc = sentenceDocs[id];
			if (doc === undefined) continue;
			const current = best.get(doc.paragraph);
			if (current === undefined || score > current.score) best.set(doc.paragraph, { doc, score, matched });
		}
		const passages: ScoredPassage[] = [];
		for (const [number, { score, matched }] of paragraphScores) {
			const paragraph = paragraphs[number - 1];
			const top = best.get(number);
			const sentence = paragraph?.sentences[(top?.doc.sentence ?? 1) - 1];
			if (paragraph === undefined || sentence === undefined) continue;
			passages.push({
				paragraph,
				score: settings.paragraphWeight * score + (top?.score ?? 0),
				sentence,
				matched,
				specific: (top?.matched ?? []).some((i) => concepts[i]?.generic === false),
			});
		}
		return passages.sort((a, b) => b.score - a.score || a.paragraph.number - b.paragraph.number).slice(0, limit);
	};

	return { knowledge, termsOf, tokensOf, analyze, search };
}

/** A concept's score in each document that matches it, by document id. */
type ConceptScores = ReadonlyMap<number, number>;

/**
 * Scores of one concept in one index, remembered for the most recent concepts: questions differ, but their
 * concepts ("Russia", "vaccine", "Lavrov") recur, and the index never changes once built.
 */
function createConceptScorer(index: MiniSearch, capacity: number): (concept: Concept) => ConceptScores {
	const cache = new Map<string, ConceptScores>();
	return (concept) => {
		const key = [...concept.terms].map(([term, weight]) => `${term}:${weight}`).join(' ');
		const cached = cache.get(key);
		if (cached !== undefined) {
			// Most recently used last, so the oldest entry is the first one evicted.
			cache.delete(key);
			cache.set(key, cached);
			return cached;
		}
		const results = index.search(
			{ queries: [...concept.terms.keys()], combineWith: 'OR' },
			{ boostTerm: (term) => concept.terms.get(term) ?? 0 },
		);
		// A phrase ("United Nations") matched only in part, with no synonym, is likely another idea ("two nations").
		const own = [...concept.terms].filter(([, weight]) => weight === 1).map(([term]) => term);
		const share = (matched: readonly string[]) =>
			own.length > 1 && matched.every((term) => own.includes(term)) ? matched.length / own.length : 1;
		const scores = new Map<number, number>();
		for (const result of results) {
			// MiniSearch multiplies by the number of query terms matched; within one concept that is not wanted.
			scores.set(result.id, (result.score / Math.max(1, result.queryTerms.length)) * share(result.queryTerms));
		}
		if (capacity > 0) {
			if (cache.size >= capacity) cache.delete(cache.keys().next().value ?? '');
			cache.set(key, scores);
		}
		return scores;
	};
}

/**
 * Sums each document's concept scores, so that synonyms of one word do not count as several words, then rewards
 * documents that match more of the question's concepts, the rarer the more (MiniSearch counts matched terms alike).
 */
function scoreByConcept(
	scoreConcept: (concept: Concept) => ConceptScores,
	concepts: readonly Concept[],
): Map<number, { score: number; matched: number[] }> {
	const scores = new Map<number, { score: number; matched: number[] }>();
	concepts.forEach((concept, i) => {
		if (!concept.covered) return;
		for (const [id, score] of scoreConcept(concept)) {
			const entry = scores.get(id);
			if (entry === undefined) scores.set(id, { score, matched: [i] });
			else {
				entry.score += score;
				entry.matched.push(i);
			}
		}
	});
	for (const entry of scores.values()) {
		entry.score *= entry.matched.reduce((sum, i) => sum + (concepts[i]?.rarity ?? 0), 0);
	}
	return scores;
}

function buildPhraseDictionary(
	knowledge: Knowledge,
	termsOf: (text: string) => string[],
	settings: SearchOptions,
): Map<string, PhraseEntry[]> {
	const dictionary = new Map<string, PhraseEntry[]>();
	const add = (phrase: string, expansions: Iterable<string>, weight: number) => {
		const terms = termsOf(phrase);
		const first = terms[0];
		if (first === undefined) return;
		const key = terms.join(' ');
		const entries = dictionary.get(first) ?? [];
		let entry = entries.find((candidate) => candidate.terms.join(' ') === key);
		if (entry === undefined) {
			entry = { terms, expansions: new Map() };
			entries.push(entry);
			entries.sort((a, b) => b.terms.length - a.terms.length);
			dictionary.set(first, entries);
		}
		for (const expansion of expansions) {
			for (const term of termsOf(expansion)) {
				if (!terms.includes(term)) entry.expansions.set(term, Math.max(entry.expansions.get(term) ?? 0, weight));
			}
		}
	};
	for (const group of knowledge.synonyms.groups) {
		for (const member of group) add(member, group, settings.synonymWeight);
	}
	// A spelled-out acronym ("United Nations") is one idea, not two words.
	for (const expansion of Object.values(knowledge.synonyms.acronyms)) add(expansion, [], settings.synonymWeight);
	// Any name of a person stands for the names the article itself uses for them.
	const fullText = knowledge.article.paragraphs.map((paragraph) => paragraph.text).join('\n');
	for (const person of knowledge.people) {
		const names = [person.name, ...person.aliases];
		const used = names.filter((name) => containsWords(fullText, name));
		for (const name of names) add(name, used, settings.aliasWeight);
	}
	return dictionary;
}

/** The typed stems the article contains, else any matching stem it contains; empty if none. */
function presentTerms(own: readonly string[], terms: ReadonlyMap<string, number>, vocabulary: SearchableMap<number>) {
	const present = own.filter((term) => vocabulary.has(term));
	return present.length > 0 ? present : [...terms.keys()].filter((term) => vocabulary.has(term));
}

function longestPhraseAt(
	dictionary: Map<string, PhraseEntry[]>,
	terms: readonly string[],
	start: number,
): PhraseEntry | undefined {
	const first = terms[start];
	if (first === undefined) return undefined;
	return dictionary.get(first)?.find((entry) => entry.terms.every((term, j) => terms[start + j] === term));
}

/** Adds the article's closest spellings of a word it does not contain; returns whether any was found. */
function addFuzzyMatches(
	terms: Map<string, number>,
	term: string,
	vocabulary: SearchableMap<number>,
	settings: SearchOptions,
): boolean {
	if (term.length < 5 || /\d/u.test(term)) return false;
	// One edit first: it finds most typos, and a second edit costs far more on a large vocabulary. The word itself
	// is not in the vocabulary, so each round finds only words at exactly its distance: the closest ones.
	for (const maxDistance of term.length >= 8 ? [1, 2] : [1]) {
		const matches = [...vocabulary.fuzzyGet(term, maxDistance).keys()].filter((candidate) => candidate[0] === term[0]);
		if (matches.length === 0) continue;
		for (const candidate of matches) terms.set(candidate, settings.fuzzyWeight);
		return true;
	}
	return false;
}
