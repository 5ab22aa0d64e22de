import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { findParagraphBefore } from '../knowledge/read-order.js';
import { createLexicon, type Lexicon, type Related, type WordInfo } from '../lexicon/lexicon.js';
import { type PartOfSpeech, type Relation, VERB_SENSES } from '../lexicon/lexicon-data.js';
import { findReferent } from '../people/find-mentions.js';
import {
	americanSpelling,
	compileAcronyms,
	extractTerms,
	isStopWord,
	spanOf,
	stemWord,
	type Token,
	termsOfTokens,
	tokenize,
} from '../text/analyze.js';
import { deriveAcronyms } from '../text/derive-acronyms.js';
import { containsWords } from '../text/match-phrase.js';
import {
	findNamePairs,
	type NormalizeOptions,
	normalizeQuestion,
	type Vocabulary,
} from '../text/normalize-question.js';
import { nameDayParts } from '../text/read-values.js';
import { DETERMINERS, LEAVING, TEXT_NOUN, VERB_KINDS } from '../text/word-classes.js';
import type { Knowledge, Paragraph, Sentence } from '../types.js';
import { createRecentCache } from './recent-cache.js';
import { createScoreSheet, createTermScorer } from './score-sheet.js';

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
	/** Spelling correction of questions (see `normalizeQuestion`). */
	readonly normalize: Partial<NormalizeOptions>;
	/**
	 * How much the share of the question a paragraph covers (see `ScoredPassage.coverage`) weighs in its rank: its
	 * score is multiplied by the coverage to this power; 0 ignores it.
	 */
	readonly coverageExponent: number;
	/**
	 * In that coverage, how much a match weaker than `closeRelation` counts, as a share of its weight: a loose relative
	 * ("place" for "spot", "hold" for "weather"), a phrase matched in part, a name's head noun. A polysemous word's far
	 * senses should not lift a paragraph. The decision to answer reads the full coverage.
	 */
	readonly looseCoverageShare: number;
	/** Share of a concept's score that related words other than its best match in a document add (see score-sheet). */
	readonly otherRelatedShare: number;
	/** Weight of a word the lexicon relates to the word typed, by relation; all below the word itself (1). */
	readonly relationWeights: Readonly<Record<Relation, number>>;
	/**
	 * Weight of the common noun the article writes right after a name ("Vaxo-9 vaccine"): a passage saying only "the
	 * vaccine" may speak of it.
	 */
	readonly headWeight: number;
	/**
	 * How far the article covers a compound noun the lexicon knows ("state department") whose words it has only apart
	 * ("state" in "United States", "department" in another's title): the thing is not named, as a loose relative is not.
	 */
	readonly scatteredPhraseWeight: number;
	/**
	 * The least weight of a related word that states what the question's word does: a synonym, another form, a
	 * country for its capital. A broader word, a part or a kind ("price" → "value") is weaker evidence: it does not
	 * name the thing asked for, the unit counted or a person's role.
	 */
	readonly closeRelation: number;
	/**
	 * How much a word the article lacks weighs, as a share of the rarest article word's weight, by part of speech:
	 * a missing noun ("cost", "gifts") usually names what is asked, a missing verb ("sit", "mean") often only frames
	 * it. Names, and words no dictionary knows, weigh the full share.
	 */
	readonly absentWeights: Readonly<Record<'name' | 'unknown' | PartOfSpeech, number>>;
	/**
	 * A missing word common in English weighs less: its weight is divided by 1 + log(1 + tagged) / this, where
	 * `tagged` counts its senses in WordNet's tagged corpus.
	 */
	readonly commonnessScale: number;
	/** A term in more than this share of paragraphs is generic: it cannot carry an answer on its own. */
	readonly genericShare: number;
	/** Weight of the paragraph's own score next to its best sentence's score. */
	readonly paragraphWeight: number;
	/** A one-sentence paragraph with at most this many content words is indexed with the sentence before it. */
	readonly shortParagraphTerms: number;
	/**
	 * How many concepts (their synonyms, fuzzy matches, rarity and scores) to remember per index; 0 works each out
	 * afresh. Each term's scores are kept regardless: they are part of the index.
	 */
	readonly conceptCacheSize: number;
}

export const defaultSearchOptions: SearchOptions = {
	maxConcepts: 12,
	maxWordLength: 30,
	synonymWeight: 0.7,
	aliasWeight: 0.8,
	fuzzyWeight: 0.7,
	normalize: {},
	otherRelatedShare: 0.25,
	coverageExponent: 1,
	looseCoverageShare: 0.85,
	closeRelation: 0.7,
	relationWeights: {
		synonym: 0.8,
		inflection: 1,
		derivation: 0.8,
		similar: 0.6,
		broader: 0.6,
		narrower: 0.5,
		part: 0.5,
		country: 0.7,
		// An antonym is no match: claims read it as a conflict.
		opposite: 0,
		// Nor is a word the article's word is a kind of: "move" would find every "transport", "push" and "step".
		kind: 0,
		// A word used alike ("attitude" for "mindset") is related, weaker than any relation WordNet states.
		usage: 0.4,
		// A thing WordNet's definition names ("railway cars" for "trains"): what it is made of or runs on, not what
		// it is; as weak as usage.
		gloss: 0.4,
		// Nor is an adjective WordNet makes a synonym by a less common sense, where usage agrees ("tough" for
		// "problematic"): a question's word seldom means that sense (questions lost rank at 0.4 and 0.7); a claim's is
		// read beside the rest of its sentence (see `claim-vocabulary.ts`).
		alike: 0,
	},
	headWeight: 0.3,
	scatteredPhraseWeight: 0.5,
	absentWeights: { name: 3, unknown: 1, noun: 1, verb: 0.5, adjective: 0.6, adverb: 0.4 },
	commonnessScale: 4,
	genericShare: 0.3,
	paragraphWeight: 0.5,
	shortParagraphTerms: 4,
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
	/**
	 * How strongly the article covers it, 0 to 1: fully by the word itself (or the word a misspelling meant), only as
	 * much as a synonym or alias weighs when the article has only that: a related word is weaker evidence.
	 */
	readonly coverage: number;
	/** Whether it was typed capitalized inside the question: a name, which the article must contain to answer. */
	readonly properNoun: boolean;
	/** Whether it occurs in so many paragraphs that it cannot single out an answer. */
	readonly generic: boolean;
	/** How rare its typed stems are in the article (inverse paragraph frequency); absent words are the rarest. */
	readonly rarity: number;
	/** The part of speech of its commonest senses, when the lexicon knows the word. */
	readonly partOfSpeech: PartOfSpeech | undefined;
	/** Whether it names a concrete thing (a hotel, wheat; see `NOUN_FILES`), which an article names or lacks. */
	readonly concrete: boolean;
	/**
	 * Whether it names a concrete thing of a kind the article names nothing of (a food, an animal, in a report on
	 * talks), and the article lacks the word and its relatives: what the question asks about is another subject. So is
	 * a year the article never gives ("the target for 2030").
	 */
	readonly foreign: boolean;
	/**
	 * For a person's name, the stems of the words of it that name them alone: a paragraph naming "Reed" names "Tom
	 * Reed" in full; a title ("President Reed") is no name of them.
	 */
	readonly nameParts?: ReadonlySet<string>;
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
	/**
	 * How much of the question's weight the paragraph covers, 0 to 1: each concept's rarity times how strongly the
	 * paragraph matches it (1 for the word itself, a relation's weight for a related word), over all concepts.
	 */
	readonly coverage: number;
}

export interface SearchIndex {
	readonly knowledge: Knowledge;
	/** The stems of a text, as the index sees them (acronyms spelled out, stop words dropped). */
	termsOf(text: string): string[];
	/**
	 * The terms a paragraph is found by besides its own: the sentence's before it, for a paragraph too short to mean
	 * anything alone ("Peru denies that."); none for any other.
	 */
	contextTermsOf(paragraph: Paragraph): readonly string[];
	/** The words of a text with their offsets and stems (see `tokenize`), kept for the article's sentences. */
	tokensOf(text: string): readonly Token[];
	/** The part of speech of a word's commonest senses, when the lexicon knows the word. */
	partOfSpeechOf(norm: string): PartOfSpeech | undefined;
	/** Whether a stem (see `termsOf`) occurs in the article. */
	hasTerm(term: string): boolean;
	/** Whether a stem occurs in so many paragraphs (see `genericShare`) that it cannot carry an answer on its own. */
	isGenericTerm(term: string): boolean;
	/** Whether a term's weight in a concept makes it the question's word or a close relative (see `closeRelation`). */
	isClose(weight: number): boolean;
	/** Whether words of this relation are close relatives (synonyms, other forms; see `closeRelation`). */
	isCloseRelation(relation: Relation): boolean;
	/** The stems of a concept that are the word itself or a close relative (see `isClose`). */
	closeTermsOf(concept: Concept): string[];
	/** What the lexicon knows of a word (its base form's entry for "cities"), or undefined. */
	lookUpWord(norm: string): WordInfo | undefined;
	/** The article's words related to a word (normalized), by the lexicon: none without one. */
	relatedTo(norm: string): readonly Related[];
	/** Whether the lexicon knows a word as a common English word ("agencies"), not only as a name ("Vatican"). */
	isCommonWord(norm: string): boolean;
	/** Whether the article writes a stem capitalized inside its sentences more often than not: a name ("Soviet"). */
	isWrittenAsName(term: string): boolean;
	/** Whether the article writes a noun (a stem) right after a thing's name ("the Sputnik-V vaccine"). */
	isHeadOfName(term: string): boolean;
	/** Whether a name is a country's capital, by the lexicon's country data: false without a lexicon. */
	isCapital(name: string): boolean;
	/** Whether a name is a country's, by the lexicon's country data: false without a lexicon. */
	isCountry(name: string): boolean;
	/** Whether a word names a country's people ("Peruvian"): country data relates it to a country it does not name. */
	isPeopleWord(word: string): boolean;
	/**
	 * The article's names (stems joined by spaces) related to a word or phrase by country data, either way: the country
	 * of a capital, seat of power or people ("Lima", "the Élysée", "Peruvian" → Peru), and a country's capital and
	 * people ("Peru" → Lima, Peruvian).
	 */
	countriesOf(words: string): string[];
	/**
	 * Whether a name (as typed) is a place's: a country, a word country data relates to one (a capital, its people:
	 * "Lima", "Peruvian"), or a single word the lexicon files as a place ("Karachi"); not a title ("President").
	 */
	isPlace(name: string): boolean;
	/** The stems of a word (normalized) and of its other forms by the lexicon ("came" → come; "invade" → invasion). */
	formsOf(norm: string): string[];
	/** How many words from `start` the lexicon relates as one phrase ("the peruvian capital"): 1 when none. */
	phraseLengthAt(norms: readonly string[], start: number): number;
	/** Makes a question as typed in chat readable: Unicode, chat shorthand and spelling (see `normalizeQuestion`). */
	normalize(question: string): string;
	/** Reads the concepts of a question: phrases, synonyms, people's aliases and misspellings. */
	analyze(question: string): Concept[];
	/** The acronyms of the names the article spells out ("IGC" → "Inter-Governmental Commission"; see `deriveAcronyms`). */
	readonly derivedAcronyms: ReadonlyMap<string, string>;
	/**
	 * Paragraphs matching the concepts, best first; a loose relative's match counts `looseShare` of its weight in the
	 * ranking (default `looseCoverageShare`; 1 counts it in full, as a claim check, which looks for how the article may
	 * word a claim, does).
	 */
	search(concepts: readonly Concept[], limit?: number, looseShare?: number): ScoredPassage[];
}

/** Words in a question's wording that are no topic: "what's the deal with X" asks about X. */
const QUESTION_IDIOMS =
	/\b(?:what(?:['’]s| is) (?:the )?(?:deal|story|news|latest|situation) (?:with|on|about)|tell me (?:more )?about|what about|stands? for|refers? to)\b/giu;
/** A pointer at the text itself, ending a clause ("…, according to the piece?", "per the write-up"): no topic. */
const SOURCE_REFERENCE = new RegExp(
	String.raw`\b(?:according to|per|in|from) (?:the|this) ${TEXT_NOUN}\b(?=\s*(?:[,.?!]|$))`,
	'giu',
);
// A year the question dates its subject by ("the target for 2030", "what happened in 2015"): after a preposition of
// time, and before no noun it would count ("by 2000 euros", "in 2000 homes").
const DATING_YEAR = /\b(?:in|for|by|since|until|till|before|after|during|from|through)\s+$/iu;
const YEAR = /^(?:19|20)\d\d$/u;
// A word after an auxiliary and its subject, or after "to", is a verb's base form ("did he voice", "to target").
const VERB_BEFORE =
	/(?:\b(?:did|does|do|will|would|can|could|should|shall|may|might|must)\s+(?:[\p{L}'’-]+\s+){0,2}|\bto\s+)$/iu;
// A word after one of these is no verb, and takes no verb's kin ("the land", "how much land").
const NO_VERB_AFTER: ReadonlySet<string> = new Set([...DETERMINERS, 'much', 'more']);
/** A sentence opening with a person's pronoun: "He further said …". */
const PRONOUN_OPENING = /^(?:he|she)\b/iu;
const MIN_FUZZY_LENGTH = 6;
/** How long a misspelling must be to be corrected to a word WordNet's tagged texts never use. */
const MIN_RARE_CORRECTION_LENGTH = 7;
/** How long a word of the synonym groups must be to be a correction: shorter ones are codes ("chn", "pse"). */
const MIN_SYNONYM_CORRECTION_LENGTH = 4;
const CORRECTION_CACHE_SIZE = 1024;
const OTHER_TEXT_CACHE_SIZE = 2048;
/** How long an unknown word must be for one edit from the article's word to make it surely a slip, not a name. */
const MIN_SURE_SLIP_LENGTH = 6;
const NAME_EXCLUDED_RELATIONS: ReadonlySet<Relation> = new Set(['broader', 'narrower', 'part']);
/** The relations that keep a name to itself: its other forms and its country's names. */
const NAME_RELATIONS: ReadonlySet<Relation> = new Set(['inflection', 'derivation', 'country']);

interface PhraseEntry {
	readonly terms: readonly string[];
	readonly expansions: Map<string, number>;
	/** The one-word synonyms among the expansions: the same word in another form ("Chilean" for "Chile"). */
	readonly synonyms: Set<string>;
	/** For a person's name, the stems of their own name's words (see `Concept.nameParts`). */
	nameParts: ReadonlySet<string> | undefined;
	/** Whether it is also a name or an alias of a person of the fact sheet ("prime minister"). */
	ofPerson: boolean;
}

interface SentenceDoc {
	readonly paragraph: number;
	readonly sentence: Sentence;
}

/**
 * Builds the search index over the article's paragraphs and sentences, with the query analysis that goes with it
 * (synonyms, people's aliases, fuzzy matching of misspellings against the article's own vocabulary).
 */
export function buildSearchIndex(knowledge: Knowledge, options: Partial<SearchOptions> = {}): SearchIndex {
	const settings = { ...defaultSearchOptions, ...options };
	// A document's matched concepts are kept as the bits of a 32-bit mask.
	if (settings.maxConcepts > 32) throw new RangeError(`maxConcepts must be at most 32, got ${settings.maxConcepts}`);
	const expandAcronyms = compileAcronyms(knowledge.synonyms.acronyms);
	// Acronyms spelled out and parts of the day named: the words a text is found by besides its own.
	const expandText = (text: string) => nameDayParts(expandAcronyms(text));
	const analyzeText = (text: string) => extractTerms(expandText(text));
	const { paragraphs } = knowledge.article;
	// Every text of the article is analyzed once, here: answers analyze the same sentences again and again.
	const sentenceTerms = new Map<string, string[]>();
	const sentenceTokens = new Map<string, readonly Token[]>();
	for (const paragraph of paragraphs) {
		for (const { text } of paragraph.sentences) {
			const tokens = tokenize(text);
			sentenceTokens.set(text, tokens);
			// The tokens already hold the terms, unless an acronym or a part of the day is spelled out first.
			const expanded = expandText(text);
			sentenceTerms.set(text, expanded === text ? termsOfTokens(tokens) : extractTerms(expanded));
		}
	}
	// Other texts asked of often (the tagged entities of sentences) are few: keep the latest.
	const otherTokens = createRecentCache<string, readonly Token[]>(OTHER_TEXT_CACHE_SIZE);
	const termsOf = (text: string) => sentenceTerms.get(text) ?? analyzeText(text);
	const tokensOf = (text: string) => sentenceTokens.get(text) ?? otherTokens.get(text, () => tokenize(text));

	// "Peru denies that." means nothing alone: a paragraph this short is found by the sentence before it too.
	const contextOf = (paragraph: Paragraph): string[] => {
		const before = findParagraphBefore(paragraphs, paragraph)?.sentences.at(-1)?.text;
		if (before === undefined || paragraph.sentences.length > 1) return [];
		return termsOf(paragraph.text).length <= settings.shortParagraphTerms ? termsOf(before) : [];
	};
	const { paragraphIndex, documentFrequency } = indexParagraphs(paragraphs, analyzeText, contextOf);
	// A sentence's id in the sentence index is its position here.
	const sentenceDocs: SentenceDoc[] = paragraphs.flatMap((paragraph) =>
		paragraph.sentences.map((sentence) => ({ paragraph: paragraph.number, sentence })),
	);
	const sentenceIndex = new MiniSearch<{ id: number; terms: string }>(INDEX_OPTIONS);
	// A sentence opening "He said …" is found by the name of the one it stands for as well; its paragraph is not, as
	// the paragraph's other sentences may be another's ("He further said …. In his comments, Qureshi said …").
	const referentTermsOf = ({ paragraph, sentence }: SentenceDoc): string[] => {
		const owner = paragraphs[paragraph - 1];
		const referent =
			owner !== undefined && PRONOUN_OPENING.test(sentence.text)
				? findReferent(knowledge.people, paragraphs, owner, sentence)
				: undefined;
		return referent === undefined ? [] : termsOf(referent.name);
	};
	sentenceIndex.addAll(
		sentenceDocs.map((doc, id) => ({ id, terms: [...referentTermsOf(doc), ...termsOf(doc.sentence.text)].join(' ') })),
	);
	const isGeneric = (term: string) => (documentFrequency.get(term) ?? 0) > settings.genericShare * paragraphs.length;
	const isClose = (weight: number) => weight >= settings.closeRelation;
	/** The highest inverse paragraph frequency among the terms; an empty list means the word is absent. */
	const rarityOf = (terms: readonly string[]) => {
		const frequency = terms.length === 0 ? 0.5 : Math.min(...terms.map((term) => documentFrequency.get(term) ?? 0));
		return Math.log(1 + paragraphs.length / frequency);
	};
	const phrases = buildPhraseDictionary(knowledge, termsOf, settings, sentenceTokens.values());
	const lexicon = knowledge.lexicon === undefined ? undefined : createLexicon(knowledge.lexicon);
	const maxRarity = Math.log(1 + paragraphs.length / 0.5);
	const lookUp = (norm: string) => lexicon?.lookUp(norm) ?? lexicon?.lookUp(americanSpelling(norm));
	const scoreSentenceTerm = createTermScorer(sentenceIndex);
	// Whether a sentence writes these stems in a row, stop words skipped ("chief of staff" → "chief staff"): asked of
	// the few compounds a question has, among the sentences with the first stem, rather than kept for every run.
	const isWrittenTogether = (stems: readonly string[]) =>
		[...scoreSentenceTerm(stems[0] ?? '').ids].some((id) => {
			const terms = termsOf(sentenceDocs[id]?.sentence.text ?? '');
			return terms.some((_, at) => stems.every((stem, k) => terms[at + k] === stem));
		});
	// The fact sheet's names are the knowledge's words too ("qamar javed bajwa" where the article has "COAS Bajwa").
	const names = knowledge.people.map((person) => tokenize([person.name, ...person.aliases].join(' ')));
	// The kinds of things the article's nouns name (WordNet's lexicographer files): its subject matter. Read on first
	// need, which few questions have: looking up every word of the texts would slow every start.
	let articleKinds: Set<number> | undefined;
	const kindsOfArticle = () => {
		if (articleKinds !== undefined) return articleKinds;
		articleKinds = new Set();
		const seen = new Set<string>();
		for (const tokens of sentenceTokens.values()) {
			for (const { norm } of tokens) {
				if (seen.has(norm)) continue;
				seen.add(norm);
				const info = lookUp(norm);
				if (info?.pos === 'noun' && info.kind !== undefined) articleKinds.add(info.kind);
			}
		}
		return articleKinds;
	};
	/** Whether a word names a concrete thing of a kind the article names nothing of ("biryani", "moth"). */
	const isOtherKind = (info: WordInfo | undefined) =>
		info?.pos === 'noun' && info.concrete === true && info.kind !== undefined && !kindsOfArticle().has(info.kind);
	const vocabulary = createVocabulary(
		[...sentenceTokens.values(), ...names],
		documentFrequency,
		lexicon,
		lookUp,
		(first, second) => isWrittenTogether([...termsOf(first), ...termsOf(second)]),
		knowledge.synonyms.groups.flat(),
	);
	// "Vaxo-9 vaccine", "Vaxo 9 vaccine": the nouns the article writes after the name of a thing, a letter or number
	// between. A thing's name is written capitalized inside sentences more often than not, and names no person and
	// no country ("Peru's efforts", "Reed's visit" say nothing of what Peru or Reed is); a people's name qualifies the
	// noun after it ("the Peruvian government" is "the government" there) and keeps it.
	const capitalized = new Map<string, number>();
	for (const tokens of sentenceTokens.values()) {
		for (const [i, token] of tokens.entries()) {
			if (token.term === null || i === 0) continue;
			capitalized.set(token.term, (capitalized.get(token.term) ?? 0) + (/^\p{Lu}/u.test(token.raw) ? 1 : -1));
		}
	}
	const people = new Set(knowledge.people.flatMap((person) => termsOf([person.name, ...person.aliases].join(' '))));
	const headsOfName = new Map<string, Set<string>>();
	for (const tokens of sentenceTokens.values()) {
		tokens.forEach((token, i) => {
			if (
				token.term === null ||
				(capitalized.get(token.term) ?? 0) <= 0 ||
				people.has(token.term) ||
				lexicon?.isCountry(token.norm) !== false ||
				/['’]s?$/u.test(token.raw)
			)
				return;
			const skip = tokens[i + 1]?.norm.length === 1 || /^\d+$/u.test(tokens[i + 1]?.norm ?? '') ? 1 : 0;
			const head = tokens[i + 1 + skip];
			if (head?.term == null || lookUp(head.norm)?.pos !== 'noun' || (capitalized.get(head.term) ?? 0) > 0) return;
			headsOfName.set(token.term, (headsOfName.get(token.term) ?? new Set()).add(head.term));
		});
	}
	const nameHeads = new Set([...headsOfName.values()].flatMap((heads) => [...heads]));
	// A question may use the acronym of a name the text spells out ("the FO"); the curated acronyms win. Derived ones
	// are all capitals, looked up word by word: an archive has hundreds, too many for one pattern. The lexicon file
	// holds them, derived when it was built for these texts; for others, or with none kept, they are derived here.
	const keptAcronyms =
		knowledge.lexicon?.articleHash === knowledge.article.hash ? knowledge.lexicon.acronyms : undefined;
	const derivedAcronyms = new Map(
		lexicon === undefined
			? []
			: Object.entries(
					keptAcronyms ??
						deriveAcronyms(
							paragraphs.map((paragraph) => paragraph.text),
							(norm) => lookUp(norm) !== undefined && !lexicon.isName(norm),
							// A name ("Fo") is no word the acronym could be taken for.
							(norm) => vocabulary.isKnown(norm) && !lexicon.isName(norm),
							(norms, start) => {
								const length = lexicon.phraseLengthAt(norms, start);
								const words = norms.slice(start, start + length);
								// Not a phrasal verb ("took place", "focus on"): its particle is no initial of a name.
								const noun = isCompoundNoun(words, lookUp) && words.every((norm) => termsOf(norm).length > 0);
								// "GO", "MA": initials that are an English word in use are more likely typed as that word;
								// an abbreviation WordNet lists ("CM", "DG") is not one.
								const initials = words.map((word) => word.charAt(0)).join('');
								const word = (lookUp(initials)?.tagged ?? 0) > 0 && !lexicon.isName(initials);
								return noun && !word ? length : 1;
							},
							(norm) => lookUp(norm)?.entity === 'person',
						),
				),
	);
	const expandQuestionAcronyms = (text: string) =>
		expandText(text).replace(CAPITALS_WORD, (word) => derivedAcronyms.get(word) ?? word);
	/** The weight of a word the article lacks (see `absentWeights`). */
	const absentRarity = (norm: string, name: boolean) => {
		// A phrase ("get to", "prime minister") is weighed by its first word's part of speech and commonness.
		const info = name ? undefined : (lookUp(norm) ?? lookUp(norm.split(' ')[0] ?? ''));
		const { absentWeights, commonnessScale } = settings;
		if (info === undefined)
			return maxRarity * (name || lexicon === undefined ? absentWeights.name : absentWeights.unknown);
		return (maxRarity * absentWeights[info.pos]) / (1 + Math.log1p(info.tagged) / commonnessScale);
	};
	/** The article's word for a related word or phrase: a phrase is looked up by its rarest word the article has. */
	const anchorOf = (target: string) => {
		const terms = target.split(' ').filter((term) => documentFrequency.has(term));
		return terms.sort((a, b) => (documentFrequency.get(a) ?? 0) - (documentFrequency.get(b) ?? 0))[0];
	};
	// "Chilean" is as common as "Chile" in effect: a word is generic when it or a one-word synonym is.
	const isGenericWord = (term: string) =>
		isGeneric(term) || [...(longestPhraseAt(phrases, [term], 0)?.entry.synonyms ?? [])].some(isGeneric);
	// What a word or phrase means to the index does not depend on the question it is in, and the same ones recur
	// ("Chile", "vaccine", "Soto"): remember the recent ones, and with them their search results.
	const meanings = createRecentCache<string, Meaning>(settings.conceptCacheSize);
	const paragraphSheet = createScoreSheet(
		paragraphs.length + 1,
		createTermScorer(paragraphIndex),
		settings.otherRelatedShare,
		settings.closeRelation,
	);
	const sentenceSheet = createScoreSheet(sentenceDocs.length, scoreSentenceTerm, settings.otherRelatedShare);
	const sentenceParagraph = Int32Array.from(sentenceDocs, (doc) => doc.paragraph);
	const bestSentence = new Int32Array(paragraphs.length + 1).fill(-1);
	const bestSentenceScore = new Float64Array(paragraphs.length + 1);

	const mean = (
		phrase: PhraseEntry | undefined,
		own: readonly string[],
		fuzzy: boolean,
		norm: string,
		name: boolean,
		noKin = false,
		nounUse = false,
		verbUse = false,
	): Meaning => {
		const terms = new Map<string, number>();
		// A capitalized common word ("the Super League") names something of its own: its senses as a common word
		// ("league", a conference) are not what it names.
		const commonWord = name && lookUp(norm) !== undefined && lexicon?.isName(norm) === false;
		// "Did they table it": a verb seldom used as one keeps its senses apart from its noun's (see `VERB_SENSES`).
		const related = [norm, ...(verbUse ? [norm + VERB_SENSES] : [])].flatMap((word) => lexicon?.relatedTo(word) ?? []);
		for (const { target, relation } of related) {
			// A name stands for one person, place or thing: its parts, wholes and kinds are others ("Lyon" is not
			// "France").
			if (name && NAME_EXCLUDED_RELATIONS.has(relation)) continue;
			if (commonWord && !NAME_RELATIONS.has(relation)) continue;
			// "The premier" is a person, not "first": a noun's adjective senses are not what it means (a general word).
			if (nounUse && relation === 'similar') continue;
			const term = anchorOf(target);
			const weight = settings.relationWeights[relation];
			if (term !== undefined && weight > (terms.get(term) ?? 0)) terms.set(term, weight);
			// "The premier" is "prime minister", which names a person of the fact sheet: their names are what it means,
			// as they are the typed title's (`phrase.expansions`), by as much as the relation weighs.
			const targetTerms = target.split(' ');
			const named = longestPhraseAt(phrases, targetTerms, 0);
			if (named?.reach !== targetTerms.length || !named.entry.ofPerson || named.entry.nameParts !== undefined) continue;
			for (const [expansion, expansionWeight] of named.entry.expansions) {
				const related = weight * expansionWeight;
				if (documentFrequency.has(expansion) && !isGenericWord(expansion) && related > (terms.get(expansion) ?? 0)) {
					terms.set(expansion, related);
				}
			}
		}
		// "Take off" is written "took off": WordNet relates the phrasal verb to other verbs, and only its verb to that
		// verb's forms, which the article writes as words of their own ("took", then "off"), as weighty as "take".
		const [verb] = norm.split(' ');
		const phrasalVerb = !name && verb !== undefined && verb !== norm && lookUp(verb)?.pos === 'verb';
		for (const { target, relation } of phrasalVerb ? (lexicon?.relatedTo(verb) ?? []) : []) {
			const term = relation === 'inflection' ? anchorOf(target) : undefined;
			const weight = settings.relationWeights.inflection;
			if (term !== undefined && weight > (terms.get(term) ?? 0)) terms.set(term, weight);
		}
		// A verb of one narrow kind stands for the others ("fly in", "get to" for "arrive") as closely as a synonym:
		// WordNet relates "get to" to "make" and "progress", not to "arrive".
		for (const kind of name || noKin ? [] : VERB_KINDS) {
			if (!kind.has(norm)) continue;
			for (const verb of kind) {
				const [term] = termsOf(verb);
				if (term !== undefined && !own.includes(term) && settings.relationWeights.synonym > (terms.get(term) ?? 0)) {
					terms.set(term, settings.relationWeights.synonym);
				}
			}
		}
		// Expansions the article lacks cannot match, and a generic one ("minister" from "Prime Minister") would
		// match half the article: search neither. A one-word synonym is the word itself in another form ("Fra" for
		// "France"): generic or not, it is what the word means.
		for (const [term, weight] of phrase?.expansions ?? []) {
			const synonym = phrase?.synonyms.has(term) === true;
			if (documentFrequency.has(term) && (synonym || !isGenericWord(term))) terms.set(term, weight);
		}
		for (const head of own.flatMap((term) => [...(headsOfName.get(term) ?? [])])) {
			if (!own.includes(head) && !isGenericWord(head) && settings.headWeight > (terms.get(head) ?? 0)) {
				terms.set(head, settings.headWeight);
			}
		}
		// A compound noun the article never writes is not covered by its words apart.
		const scattered =
			phrase === undefined &&
			!name &&
			own.length > 1 &&
			isCompoundNoun(norm.split(' '), lookUp) &&
			!isWrittenTogether(own);
		for (const term of own) terms.set(term, scattered ? settings.scatteredPhraseWeight : 1);
		// A name is one thing: "North Korea" is not covered by the "North" of "North Sea".
		const present = (term: string, weight: number) =>
			documentFrequency.has(term) && (weight < 1 || !name || own.every((word) => documentFrequency.has(word)));
		const info = name ? undefined : (lookUp(norm) ?? lookUp(norm.split(' ')[0] ?? ''));
		let coverage = Math.max(0, ...[...terms].map(([term, weight]) => (present(term, weight) ? weight : 0)));
		if (coverage === 0 && fuzzy && addFuzzyMatches(terms, own[0] ?? '', documentFrequency, settings)) coverage = 1;
		return {
			terms,
			covered: coverage > 0,
			coverage,
			generic: own.every(isGenericWord),
			nameParts: phrase?.terms.length === own.length ? phrase.nameParts : undefined,
			rarity: coverage === 0 ? absentRarity(norm, name) : rarityOf(presentTerms(own, terms, documentFrequency)),
			...describeWord(info),
			// A word one edit from the article's may be a slip of it ("last moth"), however foreign its kind.
			foreign: coverage === 0 && isOtherKind(info) && vocabulary.isNearKnown?.(norm) !== true,
		};
	};

	// The years around its sources' dates are the article's own, written or not ("what did Reed say in 2021"), or
	// written as "last year" and "next year".
	const datedYears = new Set(
		[knowledge.article.meta, ...knowledge.sources.map((source) => source.meta)].flatMap((meta) => {
			const year = Number(meta.date.slice(0, 4));
			return [year - 1, year, year + 1].map(String);
		}),
	);
	const analyze = (question: string): Concept[] => {
		const text = expandQuestionAcronyms(question.replace(QUESTION_IDIOMS, ' about ').replace(SOURCE_REFERENCE, ' '));
		const words = joinPhrasalWords(tokenize(text), lexicon);
		const stems = words.map((word) => word.terms.join(' '));
		const norms = words.map((word) => word.norm);
		const concepts: Concept[] = [];
		const seen = new Set<string>();
		// A name typed in lower case ("arif alvi"; see `findNamePairs`), which normalizing left as typed; or after a
		// word for a person ("president alvi").
		const unknown = words.map(
			(word) => lexicon !== undefined && /^\p{L}+$/u.test(word.norm) && !vocabulary.isKnown(word.norm),
		);
		const lowerCaseNames = findNamePairs(unknown).map(
			(paired, i) => paired || (unknown[i] === true && lookUp(words[i - 1]?.norm ?? '')?.entity === 'person'),
		);
		for (let i = 0; i < words.length && concepts.length < settings.maxConcepts; ) {
			const at = i;
			const found = longestPhraseAt(phrases, stems, i);
			const reach = found?.reach ?? 1;
			const length = Math.max(reach, lexicon?.phraseLengthAt(norms, i) ?? 1);
			const phrase = reach === length ? found?.entry : undefined;
			const span = words.slice(i, i + length);
			i += length;
			const own = span.flatMap((word) => word.terms).map((term) => term.slice(0, settings.maxWordLength));
			// A number the article does not give is no topic to abstain on; claims checks compare numbers themselves.
			// A year is: the article says nothing of what was, or will be, then.
			const norm = span.map((word) => word.norm).join(' ');
			const last = span.at(-1);
			const counted = /^\s+(\p{L}+)/u
				.exec(text.slice((last?.start ?? 0) + (last?.raw.length ?? 0)))?.[1]
				?.toLowerCase();
			const absentYear =
				YEAR.test(norm) &&
				!documentFrequency.has(norm) &&
				!documentFrequency.has(`${norm.slice(0, 1)},${norm.slice(1)}`) &&
				!datedYears.has(norm) &&
				DATING_YEAR.test(text.slice(0, span[0]?.start ?? 0)) &&
				(counted === undefined || isStopWord(counted) || lookUp(counted)?.pos !== 'noun');
			if (
				seen.has(norm) ||
				(!absentYear &&
					own.length > 0 &&
					own.every((term) => /^\d/u.test(term)) &&
					!own.some((term) => documentFrequency.has(term)))
			) {
				continue;
			}
			seen.add(norm);
			// Only longer words are matched fuzzily: a five-letter word one edit from another is as likely a different
			// word ("price", "prime") as a typo.
			const fuzzy = own.length === 1 && (span[0]?.norm.length ?? 0) >= MIN_FUZZY_LENGTH;
			const first = span[0];
			// "Fly out", "fly off": leaving, which no verb of arriving states; "the land", "a moderate": no verb at all.
			const afterDeterminer = NO_VERB_AFTER.has(
				/(\p{L}+)\s+$/u.exec(text.slice(0, first?.start ?? 0))?.[1]?.toLowerCase() ?? '',
			);
			const noKin = (last !== undefined && LEAVING.test(text.slice(last.start + last.raw.length))) || afterDeterminer;
			// The head noun only: "the world body" uses "world" as a modifier, whose adjective senses it may have.
			const next = words[i]?.norm;
			const nounUse =
				afterDeterminer && lookUp(norm)?.pos === 'noun' && (next === undefined || lookUp(next)?.pos !== 'noun');
			const verbUse = length === 1 && !afterDeterminer && VERB_BEFORE.test(text.slice(0, first?.start ?? 0));
			const properNoun =
				(first !== undefined && first.start > 0 && /^\p{Lu}/u.test(first.raw)) ||
				(length === 1 && lowerCaseNames[at] === true);
			// "ukraine" typed in lower case is still a country's name, which "a country" does not state.
			const name = properNoun || lexicon?.isCountry(norm) === true;
			const concept: Concept = {
				label: span.map((word) => word.raw).join(' '),
				properNoun,
				...meanings.get(
					`${norm}${fuzzy ? ' ~' : ''}${name ? ' N' : ''}${noKin ? ' A' : ''}${nounUse ? ' D' : ''}${verbUse ? ' V' : ''}`,
					() => mean(phrase, own, fuzzy, norm, name, noKin, nounUse, verbUse),
				),
				...(absentYear ? { foreign: true } : {}),
			};
			// "deals or documents": either answers, so the two are one concept, as covered as the better one.
			const previous = concepts.at(-1);
			if (first?.alternative === true && previous !== undefined)
				concepts[concepts.length - 1] = joinAlternatives(previous, concept);
			else concepts.push(concept);
		}
		return concepts;
	};

	/** Each paragraph's best sentence, left in `bestSentence` and `bestSentenceScore` (-1: none matched). */
	const findBestSentences = (rarities: readonly number[]) => {
		for (const id of sentenceSheet.touched()) {
			const number = sentenceParagraph[id] ?? 0;
			const score = sentenceSheet.scoreOf(id, rarities);
			if (bestSentence[number] === -1 || score > (bestSentenceScore[number] ?? 0)) {
				bestSentence[number] = id;
				bestSentenceScore[number] = score;
			}
		}
	};

	/** The `limit` best paragraphs, best first, ties in article order: only these become passages. */
	const findTopParagraphs = (rarities: readonly number[], totalRarity: number, limit: number, looseShare: number) => {
		const top: Ranked[] = [];
		for (const number of paragraphSheet.touched()) {
			const covered = paragraphSheet.coverageOf(number) - (1 - looseShare) * paragraphSheet.looseCoverageOf(number);
			const coverage = totalRarity === 0 ? 0 : covered / totalRarity;
			const score =
				(settings.paragraphWeight * paragraphSheet.scoreOf(number, rarities) +
					(bestSentence[number] === -1 ? 0 : (bestSentenceScore[number] ?? 0))) *
				coverage ** settings.coverageExponent;
			const worst = top[top.length - 1];
			if (top.length === limit && worst !== undefined && !ranksBefore(score, number, worst)) continue;
			let at = top.length;
			while (at > 0 && ranksBefore(score, number, top[at - 1] as Ranked)) at--;
			top.splice(at, 0, { number, score });
			if (top.length > limit) top.pop();
		}
		return top;
	};

	const search = (
		concepts: readonly Concept[],
		limit = 10,
		looseShare = settings.looseCoverageShare,
	): ScoredPassage[] => {
		if (concepts.length > 32) throw new RangeError(`search takes at most 32 concepts, got ${concepts.length}`);
		const rarities = concepts.map((concept) => concept.rarity);
		const totalRarity = rarities.reduce((sum, rarity) => sum + rarity, 0);
		try {
			paragraphSheet.add(concepts);
			sentenceSheet.add(concepts);
			findBestSentences(rarities);
			const passages: ScoredPassage[] = [];
			for (const { number, score } of findTopParagraphs(rarities, totalRarity, limit, looseShare)) {
				const paragraph = paragraphs[number - 1];
				const id = bestSentence[number] ?? -1;
				const sentence = id === -1 ? paragraph?.sentences[0] : sentenceDocs[id]?.sentence;
				if (paragraph === undefined || sentence === undefined) continue;
				passages.push({
					paragraph,
					score,
					sentence,
					matched: paragraphSheet.matchedBy(number),
					specific: id !== -1 && sentenceSheet.matchedBy(id).some((i) => concepts[i]?.generic === false),
					coverage: totalRarity === 0 ? 0 : paragraphSheet.coverageOf(number) / totalRarity,
				});
			}
			return passages;
		} finally {
			for (const id of sentenceSheet.touched()) bestSentence[sentenceParagraph[id] ?? 0] = -1;
			paragraphSheet.clear();
			sentenceSheet.clear();
		}
	};

	// An acronym of the article's typed in lower case ("clng") is no misspelling.
	const known: Vocabulary = {
		...vocabulary,
		isKnown: (norm) => vocabulary.isKnown(norm) || derivedAcronyms.has(norm.toUpperCase()),
	};
	const normalize = (question: string) => normalizeQuestion(question, known, settings.normalize);
	const partOfSpeechOf = (norm: string) => lookUp(norm)?.pos;
	const relatedTo = (norm: string) => lexicon?.relatedTo(norm) ?? [];
	const isCommonWord = (norm: string) => lookUp(norm) !== undefined && lexicon?.isName(norm) === false;
	// A people's word WordNet derives from its country's name ("Indian" of India) is related by derivation, which wins
	// over country data's relation: the same tie all the same.
	// A country's three-letter code ("chl", "per"), which the lexicon relates to no country: its group in country data
	// does.
	const countryOfName = new Map(
		(knowledge.lexicon?.countryGroups ?? []).flatMap(([country = '', ...names]) =>
			names.map((name): [string, string] => [name, termsOf(country).join(' ')]),
		),
	);
	const countriesOf = (words: string) => {
		const related = relatedTo(words).flatMap(({ relation, target }) =>
			relation === 'country' ||
			(relation === 'derivation' && (lexicon?.isCountry(target) === true || lexicon?.isCountry(words) === true))
				? [target]
				: [],
		);
		const coded = related.length === 0 ? countryOfName.get(words) : undefined;
		return coded === undefined ? related : [coded];
	};
	return {
		knowledge,
		termsOf,
		contextTermsOf: contextOf,
		tokensOf,
		partOfSpeechOf,
		hasTerm: (term) => documentFrequency.has(term),
		isGenericTerm: isGeneric,
		isClose,
		isCloseRelation: (relation) => isClose(settings.relationWeights[relation]),
		closeTermsOf: (concept) => [...concept.terms].flatMap(([term, weight]) => (isClose(weight) ? [term] : [])),
		lookUpWord: lookUp,
		derivedAcronyms,
		relatedTo,
		isCommonWord,
		isWrittenAsName: (term) => (capitalized.get(term) ?? 0) > 0,
		isHeadOfName: (term) => nameHeads.has(term),
		isCountry: (name) => lexicon?.isCountry(name) ?? false,
		isCapital: (name) => lexicon?.isCapital(name) ?? false,
		isPeopleWord: (word) =>
			lexicon?.isCountry(word) !== true &&
			lexicon?.isCapital(word) !== true &&
			countriesOf(word.toLowerCase()).length > 0,
		formsOf: (norm) => [
			...termsOf(norm),
			...relatedTo(norm).flatMap(({ relation, target }) =>
				relation === 'inflection' || relation === 'derivation' ? [target] : [],
			),
		],
		countriesOf,
		isPlace: (name) => {
			const norm = tokenize(name)
				.map((token) => token.norm)
				.join(' ');
			return (
				(lexicon?.isCountry(name) ?? false) ||
				countriesOf(norm).length > 0 ||
				(!norm.includes(' ') && lookUp(norm)?.entity === 'place')
			);
		},
		phraseLengthAt: (norms, start) => lexicon?.phraseLengthAt(norms, start) ?? 1,
		normalize,
		analyze,
		search,
	};
}

/**
 * The words the normalizer knows: the article's own, then English. A misspelling is corrected to the article's word
 * when one is near enough (the likelier meaning in a question about it), else to the commonest English word.
 */
function createVocabulary(
	texts: Iterable<readonly Token[]>,
	documentFrequency: SearchableMap<number>,
	lexicon: Lexicon | undefined,
	lookUp: (norm: string) => WordInfo | undefined,
	/** Whether the article writes two words side by side ("air base"), for a question that writes them as one. */
	writtenTogether: (first: string, second: string) => boolean,
	/** The words of the knowledge's synonym groups: everyday words for the article's things ("jabs", "coronavirus"). */
	synonymWords: readonly string[],
): Vocabulary {
	const articleWords = new SearchableMap<number>();
	for (const tokens of texts) {
		for (const { norm } of tokens) if (/^\p{L}+$/u.test(norm)) articleWords.update(norm, (count = 0) => count + 1);
	}
	const synonymVocabulary = new SearchableMap<number>();
	for (const word of synonymWords) {
		const norm = word.toLowerCase();
		if (/^\p{L}+$/u.test(norm) && !articleWords.has(norm)) synonymVocabulary.set(norm, 1);
	}
	const nearSynonymWords = (norm: string, edits: number) =>
		nearWords(synonymVocabulary, norm, edits).filter(([word]) => word.length >= MIN_SYNONYM_CORRECTION_LENGTH);
	// Misspellings recur ("goverment", "afganistan"): remember the last corrections rather than search again.
	const corrections = createRecentCache<string, string | undefined>(CORRECTION_CACHE_SIZE);
	const isVerb = (word: string) => lookUp(word)?.pos === 'verb';
	// "sayin", "talkin": chat drops the g of -ing, a slip no edit distance tells from "satin"; only of a verb
	// ("Shahin" is no "shahing").
	const restoresIng = (norm: string) =>
		/\p{L}{3}in$/u.test(norm) &&
		(articleWords.has(`${norm}g`) || isVerb(norm.slice(0, -2)) || isVerb(`${norm.slice(0, -2)}e`));
	// The article's words some edits from a word, with how often the article uses them: swapped letters ("recieve")
	// are one slip, though two edits apart, so they count with the one-edit words.
	const nearWords = (words: SearchableMap<number>, norm: string, edits: number): [string, number][] => [
		...[...words.fuzzyGet(norm, edits)].map(([word, [count]]): [string, number] => [word, count]),
		...(edits === 1 ? transpositionsOf(norm) : []).flatMap((word): [string, number][] => {
			const count = words.get(word);
			return count === undefined ? [] : [[word, count]];
		}),
	];
	const nearArticleWords = (norm: string, edits: number) => nearWords(articleWords, norm, edits);
	// People seldom slip a word's first letter: a candidate starting otherwise is another word.
	const startsAlike = (norm: string, candidates: readonly [string, number][]) =>
		candidates.filter(([word]) => word[0] === norm[0]);
	// A short word one edit from the article's may be a name ("khar" is not "khan"), as a long one seldom is.
	const isSlip = (norm: string) =>
		restoresIng(norm) ||
		(norm.length >= MIN_SURE_SLIP_LENGTH && startsAlike(norm, nearArticleWords(norm, 1)).length > 0) ||
		(lexicon !== undefined && transpositionsOf(norm).some((word) => lexicon.isWord(word) && !lexicon.isName(word)));
	const isEnglish = (norm: string) => (lexicon === undefined ? lookUp(norm) !== undefined : lexicon.isWord(norm));
	return {
		isKnown: (norm) =>
			isStopWord(norm) ||
			articleWords.has(norm) ||
			synonymVocabulary.has(norm) ||
			documentFrequency.has(stemWord(norm)) ||
			isEnglish(norm),
		correct: (norm, distance) => corrections.get(`${norm} ${distance}`, () => correct(norm, distance)),
		isSlip,
		isNearKnown: (norm) => startsAlike(norm, [...nearArticleWords(norm, 1), ...nearSynonymWords(norm, 1)]).length > 0,
	};

	function correct(norm: string, distance: number): string | undefined {
		// Without a word list every word but the article's would look misspelled: correct nothing.
		if (lexicon === undefined) return undefined;
		const split = splitCompound(
			norm,
			(first, second) => articleWords.has(first) && articleWords.has(second) && writtenTogether(first, second),
		);
		if (split !== undefined) return split;
		if (restoresIng(norm)) return `${norm}g`;
		// A city or seat of power of a country the article names ("Kremlin", "Kabul"), or its people ("Israelis"), by
		// country data; not any name WordNet relates to the article's words (the Mari are a people of Russia).
		const namesArticleCountry = (word: string) =>
			lexicon
				.relatedTo(word)
				.some(
					({ relation, target }) => relation === 'country' || (relation === 'derivation' && lexicon.isCountry(target)),
				);
		const near = (candidates: [string, number][]) => startsAlike(norm, candidates).sort((a, b) => b[1] - a[1])[0]?.[0];
		// Among English words, one whose stem the article has is the likelier meaning ("arive": "arrive", for its
		// "arrived", not the commoner "arise").
		const nearEnglish = (candidates: [string, number][]) =>
			near(candidates.filter(([word]) => documentFrequency.has(stemWord(word)))) ?? near(candidates);
		for (let edits = 1; edits <= distance; edits++) {
			const ofArticle = near(nearArticleWords(norm, edits));
			if (ofArticle !== undefined) return ofArticle;
			// Then an everyday word for the article's things ("coronaviruus": coronavirus, which WordNet's word list
			// lacks), after any English word one edit away ("stdy" is study, not the synonyms' "stay").
			if (edits > 1) {
				const ofSynonyms = near(nearSynonymWords(norm, edits));
				if (ofSynonyms !== undefined) return ofSynonyms;
				continue;
			}
			// A place or people of the article's countries is meant, however rare ("Krmlin", "Kabl", "Isaelis"). A slip of
			// an ordinary word is one; a name the article lacks ("Ali" for "alvi") is no word meant, nor, for a short word,
			// one WordNet's tagged texts never use ("trna" for chat's "tryna"): a long word is near few others.
			const isWordMeant = (word: string, info: WordInfo) =>
				namesArticleCountry(word) ||
				(!lexicon.isName(word) && (info.tagged > 0 || norm.length >= MIN_RARE_CORRECTION_LENGTH));
			// "Recieved" is "received" swapped, whatever commoner word one letter changed makes ("relieved"); only a word
			// an English one would be corrected to (below).
			const swapped = nearEnglish(
				transpositionsOf(norm).flatMap((word): [string, number][] => {
					const info = lookUp(word);
					return info !== undefined && isWordMeant(word, info) ? [[word, info.tagged]] : [];
				}),
			);
			if (swapped !== undefined) return swapped;
			const nearInEnglish = (inflected: boolean) =>
				nearEnglish(
					lexicon
						.findNear(norm, inflected)
						.filter(([word, info]) => isWordMeant(word, info))
						.map(([word, info]): [string, number] => [word, info.tagged]),
				);
			const inEnglish = nearInEnglish(false) ?? nearInEnglish(true) ?? near(nearSynonymWords(norm, edits));
			if (inEnglish !== undefined) return inEnglish;
		}
		return undefined;
	}
}

/** Whether words make a compound noun ("state department"), not a phrasal verb ("take part", "touch down"). */
function isCompoundNoun(norms: readonly string[], lookUp: (norm: string) => WordInfo | undefined): boolean {
	return lookUp(norms[0] ?? '')?.pos !== 'verb' && lookUp(norms.at(-1) ?? '')?.pos === 'noun';
}

/** How short a part of a word written closed ("airbase") may be: shorter parts split too many words by chance. */
const MIN_COMPOUND_PART = 3;

/** A word written closed that the article writes as two ("airbase": "air base"), or undefined. */
function splitCompound(norm: string, written: (first: string, second: string) => boolean): string | undefined {
	for (let at = MIN_COMPOUND_PART; at <= norm.length - MIN_COMPOUND_PART; at++) {
		if (written(norm.slice(0, at), norm.slice(at))) return `${norm.slice(0, at)} ${norm.slice(at)}`;
	}
	return undefined;
}

/** A word of a question, or a phrasal verb ("get to", "wrap up"), with its content stems. */
interface QuestionWord {
	readonly raw: string;
	readonly norm: string;
	readonly terms: readonly string[];
	readonly start: number;
	/** Whether "or" comes right before it: it is an alternative to the word before ("deals or documents"). */
	readonly alternative?: boolean;
}

/** Two alternatives as one concept ("A or B"): their terms together, the better covered one's weight and kind. */
function joinAlternatives(a: Concept, b: Concept): Concept {
	const better = b.coverage > a.coverage ? b : a;
	const terms = new Map(a.terms);
	for (const [term, weight] of b.terms) terms.set(term, Math.max(terms.get(term) ?? 0, weight));
	return { ...better, label: `${a.label} or ${b.label}`, terms, generic: a.generic && b.generic };
}

/**
 * The question's content words, with phrasal verbs joined first: their particles are stop words ("to", "up"), so
 * "get to Peru" would otherwise lose the "arrive" that "get to" means and keep only "get".
 */
function joinPhrasalWords(tokens: readonly Token[], lexicon: Lexicon | undefined): QuestionWord[] {
	const words: QuestionWord[] = [];
	const norms = tokens.map((token) => token.norm);
	for (let i = 0; i < tokens.length; ) {
		const token = tokens[i] as Token;
		const alternative = tokens[i - 1]?.norm === 'or' && words.length > 0;
		// A phrasal verb of a narrow kind ("wrap up") is one, whether or not the lexicon relates it to the article.
		const kindLength = VERB_KINDS.some((kind) => kind.has(`${token.norm} ${norms[i + 1] ?? ''}`)) ? 2 : 1;
		const length = token.term === null ? 1 : Math.max(kindLength, lexicon?.phraseLengthAt(norms, i) ?? 1);
		const span = tokens.slice(i, i + length);
		i += length;
		if (length > 1 && span.some((word) => word.term === null)) {
			words.push({
				raw: span.map((word) => word.raw).join(' '),
				norm: span.map((word) => word.norm).join(' '),
				terms: span.flatMap((word) => (word.term === null ? [] : [word.term])),
				start: token.start,
				alternative,
			});
		} else {
			for (const [j, word] of span.entries()) {
				if (word.term === null) continue;
				words.push({
					raw: word.raw,
					norm: word.norm,
					terms: [word.term],
					start: word.start,
					alternative: alternative && j === 0,
				});
			}
		}
	}
	return words;
}

const CAPITALS_WORD = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;

/** MiniSearch receives each text's terms ready-made, joined by spaces (which no term contains). */
const INDEX_OPTIONS = {
	fields: ['terms'],
	tokenize: (terms: string) => (terms === '' ? [] : terms.split(' ')),
	processTerm: (term: string) => term,
	searchOptions: { tokenize: (term: string) => [term] },
};

/**
 * Indexes the paragraphs, and counts in how many paragraphs each term occurs. A function of its own, so that the
 * paragraphs' terms are dropped once indexed rather than kept alive by the closures of the search index.
 */
function indexParagraphs(
	paragraphs: readonly Paragraph[],
	analyzeText: (text: string) => string[],
	contextOf: (paragraph: Paragraph) => string[],
) {
	const paragraphIndex = new MiniSearch<{ id: number; terms: string }>(INDEX_OPTIONS);
	const documentFrequency = new SearchableMap<number>();
	for (const paragraph of paragraphs) {
		const terms = analyzeText(paragraph.text);
		paragraphIndex.add({ id: paragraph.number, terms: [...contextOf(paragraph), ...terms].join(' ') });
		for (const term of new Set(terms)) documentFrequency.update(term, (count = 0) => count + 1);
	}
	return { paragraphIndex, documentFrequency };
}

/** The part of a concept that depends only on the words, not on how or where the question typed them. */
type Meaning = Pick<
	Concept,
	'terms' | 'covered' | 'coverage' | 'generic' | 'rarity' | 'partOfSpeech' | 'concrete' | 'foreign' | 'nameParts'
>;

function describeWord(info: WordInfo | undefined): Pick<Concept, 'partOfSpeech' | 'concrete'> {
	return { partOfSpeech: info?.pos, concrete: info?.concrete === true };
}

/** A paragraph number and its score. */
interface Ranked {
	readonly number: number;
	readonly score: number;
}

/** Higher score first; on a tie, the earlier paragraph. */
function ranksBefore(score: number, number: number, other: Ranked): boolean {
	return score > other.score || (score === other.score && number < other.number);
}

function buildPhraseDictionary(
	knowledge: Knowledge,
	termsOf: (text: string) => string[],
	settings: SearchOptions,
	textTokens: Iterable<readonly Token[]>,
): Map<string, PhraseEntry[]> {
	const dictionary = new Map<string, PhraseEntry[]>();
	// Each member of a synonym group, and each name a person goes by, is read once for every other one.
	const termsOfPhrase = new Map<string, string[]>();
	const termsOfOnce = (phrase: string) => {
		const known = termsOfPhrase.get(phrase);
		if (known !== undefined) return known;
		const terms = termsOf(phrase);
		termsOfPhrase.set(phrase, terms);
		return terms;
	};
	const add = (
		phrase: string,
		expansions: readonly string[],
		weight: number,
		synonyms = false,
		nameParts: ReadonlySet<string> | undefined = undefined,
		ofPerson = false,
	) => {
		const terms = termsOfOnce(phrase);
		const first = terms[0];
		if (first === undefined) return;
		const key = terms.join(' ');
		const entries = dictionary.get(first) ?? [];
		let entry = entries.find((candidate) => candidate.terms.join(' ') === key);
		if (entry === undefined) {
			entry = { terms, expansions: new Map(), synonyms: new Set(), nameParts, ofPerson };
			entries.push(entry);
			entries.sort((a, b) => b.terms.length - a.terms.length);
			dictionary.set(first, entries);
		}
		entry.ofPerson ||= ofPerson;
		for (const expansion of expansions) {
			const expansionTerms = termsOfOnce(expansion);
			for (const term of expansionTerms) {
				if (!terms.includes(term)) entry.expansions.set(term, Math.max(entry.expansions.get(term) ?? 0, weight));
			}
			const [only] = expansionTerms;
			if (synonyms && expansionTerms.length === 1 && only !== undefined && !terms.includes(only)) {
				entry.synonyms.add(only);
			}
		}
	};
	const openForms = findOpenForms(knowledge.synonyms.groups.flat(), textTokens);
	for (const group of knowledge.synonyms.groups) {
		const members = [...group, ...group.flatMap((member) => openForms.get(member) ?? [])];
		for (const member of members) add(member, members, settings.synonymWeight, true);
	}
	// A spelled-out acronym ("United Nations") is one idea, not two words.
	for (const expansion of Object.values(knowledge.synonyms.acronyms)) add(expansion, [], settings.synonymWeight);
	// Any name of a person stands for the names the article itself uses for them.
	const fullText = knowledge.article.paragraphs.map((paragraph) => paragraph.text).join('\n');
	for (const person of knowledge.people) {
		const names = [person.name, ...person.aliases];
		const used = names.filter((name) => containsWords(fullText, name));
		const own = new Set(termsOfOnce(person.name));
		for (const name of names) {
			const parts = termsOfOnce(name).filter((term) => own.has(term));
			add(name, used, settings.aliasWeight, false, parts.length > 0 ? new Set(parts) : undefined, true);
		}
	}
	return dictionary;
}

/**
 * The closed compounds among the words ("airbase") that the texts write open ("Nur Khan Air Base"), each with its
 * open spelling: a compound's spelling varies between outlets, not its meaning.
 */
function findOpenForms(words: readonly string[], textTokens: Iterable<readonly Token[]>): Map<string, string> {
	const closed = new Set(words.filter((word) => /^\p{L}+$/u.test(word)));
	const open = new Map<string, string>();
	for (const tokens of textTokens) {
		for (const [i, token] of tokens.entries()) {
			const next = tokens[i + 1];
			// Two words of the text side by side, each a word of its own ("in stability" is no "instability").
			if (next === undefined || token.end + 1 !== next.start || token.term === null || next.term === null) continue;
			if (token.norm.length < MIN_COMPOUND_PART || next.norm.length < MIN_COMPOUND_PART) continue;
			const joined = token.norm + next.norm;
			if (closed.has(joined)) open.set(joined, `${token.norm} ${next.norm}`);
		}
	}
	return open;
}

/** The typed stems the article contains, else any matching stem it contains; empty if none. */
function presentTerms(own: readonly string[], terms: ReadonlyMap<string, number>, vocabulary: SearchableMap<number>) {
	const present = own.filter((term) => vocabulary.has(term));
	return present.length > 0 ? present : [...terms.keys()].filter((term) => vocabulary.has(term));
}

/** The longest phrase of the dictionary at `start`, with how many words it spans there (see `spanOf`). */
function longestPhraseAt(
	dictionary: Map<string, PhraseEntry[]>,
	terms: readonly string[],
	start: number,
): { entry: PhraseEntry; reach: number } | undefined {
	const first = terms[start];
	if (first === undefined) return undefined;
	for (const entry of dictionary.get(first) ?? []) {
		const reach = spanOf(entry.terms, terms, start);
		if (reach > 0) return { entry, reach };
	}
	return undefined;
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

/** The word with each pair of neighbouring letters swapped. */
function transpositionsOf(word: string): string[] {
	const swapped: string[] = [];
	for (let i = 0; i + 1 < word.length; i++) {
		if (word[i] !== word[i + 1]) swapped.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
	}
	return swapped;
}
