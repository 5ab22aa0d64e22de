import type { Concept, ScoredPassage } from '../search/search-index.js';

/** Why Briefing does not answer a question: a typed value that presenters put in words. */
export type MissReason =
	/** The question has no word to look up. */
	| { readonly kind: 'empty' }
	/** Nothing relevant: the article lacks these words of the question, or never puts them together. */
	| { readonly kind: 'not-covered'; readonly missing: readonly string[] }
	/** The article covers the subject, not the detail asked ("the pipeline's cost"). */
	| { readonly kind: 'detail-missing'; readonly detail: string; readonly subject: string };

/** Tuning of the decision to answer. Every field has a default; pass only what you change. */
export interface DecideOptions {
	/**
	 * The least share of the question's weight (see `ScoredPassage.coverage`) that one passage must cover for
	 * Briefing to answer. Chosen as the best balanced accuracy (answered when answerable, declined when not) on the
	 * tuning half of the dev questions: see the README.
	 */
	readonly minCoverage: number;
	/** How many of the best passages are looked at for the one that covers most of the question. */
	readonly window: number;
}

export const defaultDecideOptions: DecideOptions = { minCoverage: 0.3, window: 5 };

/** The decision: the confidence that the passages answer, and why not when they do not. */
export interface Decision {
	/** The largest share of the question's weight one passage covers, 0 to 1. */
	readonly confidence: number;
	readonly miss: MissReason | undefined;
}

/**
 * Decides whether the passages answer the question: as a confidence, never a veto by one word. A word the article
 * lacks lowers the coverage by its weight; the thing a question asks for ("what is the price of …"), when the
 * article lacks it, is a detail the article does not give.
 */
export function decideAnswer(
	concepts: readonly Concept[],
	ranked: readonly ScoredPassage[],
	asked: AskedDetail,
	options: Partial<DecideOptions> = {},
): Decision {
	const { minCoverage, window } = { ...defaultDecideOptions, ...options };
	const confidence = Math.max(0, ...ranked.slice(0, window).map((passage) => passage.coverage));
	return { confidence, miss: findMissReason(concepts, ranked, asked, confidence >= minCoverage) };
}

/** What the question asks for in particular, beyond its subject. */
export interface AskedDetail {
	/** The X of "what is the X of Y", when X names a fact ("price") rather than asks about Y ("aim"). */
	readonly focus: Concept | undefined;
	/** The kind of answer asked for, in words, when no passage holds one ("the number of troops"). */
	readonly typeMissing: string | undefined;
}

function findMissReason(
	concepts: readonly Concept[],
	ranked: readonly ScoredPassage[],
	asked: AskedDetail,
	confident: boolean,
): MissReason | undefined {
	if (concepts.length === 0) return { kind: 'empty' };
	const absent = concepts.filter((concept) => !concept.covered);
	const focusAbsent = asked.focus !== undefined && !asked.focus.covered;
	if (confident && !focusAbsent && asked.typeMissing === undefined) return undefined;
	const byWeight = (list: readonly Concept[]) => [...list].sort((a, b) => b.rarity - a.rarity);
	const detail = focusAbsent ? asked.focus?.label : (asked.typeMissing ?? byWeight(absent)[0]?.label);
	// The subject is what the question is about besides the detail: its weightiest name or noun the article has.
	const detailWords = new Set(detail?.toLowerCase().split(' '));
	const nominal = (concept: Concept) => concept.partOfSpeech === undefined || concept.partOfSpeech === 'noun';
	const rank = (concept: Concept) => (nominal(concept) ? 2 : 0) + (concept.generic ? 0 : 1);
	const [subject] = concepts
		.filter((concept) => concept.covered && !detailWords.has(concept.label.toLowerCase()))
		.sort((a, b) => rank(b) - rank(a) || b.rarity * b.coverage - a.rarity * a.coverage);
	if (subject !== undefined && detail !== undefined && ranked.length > 0) {
		return { kind: 'detail-missing', detail, subject: subject.label };
	}
	return { kind: 'not-covered', missing: (absent.length > 0 ? absent : concepts).map((concept) => concept.label) };
}
