import type { Concept, ScoredPassage } from '../search/search-index.js';
import { stemWord } from '../text/analyze.js';
import { TIME_UNIT } from '../text/word-classes.js';

/** Why Briefing does not answer a question: a typed value that presenters put in words. */
export type MissReason =
	/** The question has no word to look up. */
	| { readonly kind: 'empty' }
	/** Nothing relevant: the article lacks these words of the question, or never puts them together. */
	| { readonly kind: 'not-covered'; readonly missing: readonly string[] }
	/** The article has these words, names among them, but never in one paragraph ("the economy of Spain"). */
	| { readonly kind: 'not-together'; readonly apart: readonly string[] }
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
	/**
	 * How strongly the article must cover a concrete noun of the topic asked about (see `Concept.coverage`): a kind of
	 * it is enough ("gas" for "fuel", 0.5), a word merely like it is not.
	 */
	readonly topicCoverage: number;
}

export const defaultDecideOptions: DecideOptions = { minCoverage: 0.32, window: 5, topicCoverage: 0.5 };

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
	const { minCoverage, window, topicCoverage } = { ...defaultDecideOptions, ...options };
	const confidence = Math.max(0, ...ranked.slice(0, window).map((passage) => passage.coverage));
	const focusAbsent = asked.focus !== undefined && !asked.isClose(asked.focus.coverage);
	return {
		confidence,
		miss: findMissReason(concepts, ranked, asked, focusAbsent, confidence >= minCoverage, topicCoverage),
	};
}

/** What the question asks for in particular, beyond its subject. */
export interface AskedDetail {
	/** The X of "what is the X of Y", when X names a fact ("price") rather than asks about Y ("aim"). */
	readonly focus: Concept | undefined;
	/** The kind of answer asked for, in words, when no passage holds one ("the number of troops"). */
	readonly typeMissing: string | undefined;
	/** The concepts of the topic a question asks about ("… say about North Korea"), if it names one. */
	readonly topic: readonly Concept[];
	/**
	 * Whether the article covers a word this strongly by the word itself or a close relative, as the focus and the
	 * topic must be: a loose relative ("price" → "value") does not give the price (see `SearchIndex.isClose`).
	 */
	readonly isClose: (coverage: number) => boolean;
	/**
	 * Whether the question asks yes or no ("Did Reed fly in from Lima?"): words the article never puts together are
	 * then its answer, which the closest passages show ("arrived from Quito"), not a reason to decline.
	 */
	readonly yesNo?: boolean;
	/**
	 * The concepts that need not stand with the others in a passage: the verbs as the question uses them (a deed may
	 * be put in other words anywhere) and the word for the kind of answer asked ("which city": Lima is one).
	 */
	readonly free?: ReadonlySet<Concept>;
}

function findMissReason(
	concepts: readonly Concept[],
	ranked: readonly ScoredPassage[],
	asked: AskedDetail,
	focusAbsent: boolean,
	confident: boolean,
	topicCoverage: number,
): MissReason | undefined {
	if (concepts.length === 0) return { kind: 'empty' };
	// "The best biryani spot in Karachi": a thing of a kind the article names nothing of is another subject, however
	// much of the rest it covers.
	// Asked yes or no ("did they sign it in 2015?"), a year the article lacks is answered by the passages that date it.
	const foreign = concepts.filter(
		(concept) => concept.foreign && !(asked.yesNo === true && /^\d+$/u.test(concept.label)),
	);
	if (foreign.length > 0) return { kind: 'not-covered', missing: foreign.map((concept) => concept.label) };
	// Apart with the free concepts and without them: a verb may also be what binds two topics of the question.
	const apart =
		asked.yesNo === true || findNeverTogether(concepts, ranked, concepts).length === 0
			? []
			: findNeverTogether(
					concepts.filter((concept) => asked.free?.has(concept) !== true),
					ranked,
					concepts,
				);
	if (apart.length > 0) return { kind: 'not-together', apart };
	// A topic the article has no word for, not even a close synonym, is one it does not cover; nor one with a
	// concrete thing it lacks ("wheat exports", "ocean pollution"): an abstract word ("territory", "affairs") or one
	// that only qualifies it ("disputed") may be put otherwise.
	// A name the article lacks altogether, ending the topic ("the war in Syria"), is a topic of its own, as a concrete
	// thing is; before a noun it only qualifies it ("the Himalayan region").
	const absentNouns = asked.topic.filter(
		(concept, i) =>
			(concept.coverage < topicCoverage && concept.concrete) ||
			(concept.coverage === 0 && concept.partOfSpeech === undefined && i === asked.topic.length - 1),
	);
	if (
		asked.topic.length > 0 &&
		(asked.topic.every((concept) => !asked.isClose(concept.coverage)) || absentNouns.length > 0)
	) {
		return {
			kind: 'not-covered',
			missing: (absentNouns.length > 0 ? absentNouns : asked.topic).map((concept) => concept.label),
		};
	}
	if (confident && !focusAbsent && asked.typeMissing === undefined) return undefined;
	// Only what the question asks for in particular is a missing detail; other missing words make it not covered.
	const detail = focusAbsent ? asked.focus?.label : asked.typeMissing;
	// The subject is what the question is about besides the detail: its weightiest name or noun the article has.
	const detailWords = new Set(detail?.toLowerCase().split(' ').map(stemWord));
	const nominal = (concept: Concept) => concept.partOfSpeech === undefined || concept.partOfSpeech === 'noun';
	// A unit of time ("last month's talks") dates the subject, and "which date" asks a time: neither is the subject.
	const dating = (label: string) => TIME_UNIT.test(label.replace(/['’]s?$/u, '')) || /^dates?$/iu.test(label);
	// Nor is a number ("the 14 companies"): it counts the subject.
	const counting = (label: string) => /^[\d.,]+$/u.test(label);
	const rank = (concept: Concept) =>
		(nominal(concept) && !dating(concept.label) && !counting(concept.label) ? 2 : 0) + (concept.generic ? 0 : 1);
	const covered = concepts
		.filter((concept) => concept.covered)
		.sort((a, b) => rank(b) - rank(a) || b.rarity * b.coverage - a.rarity * a.coverage);
	// A detail in the words of the whole question ("who leads the rebels") is still about what the article covers,
	// where it covers all of them ("the president of France" is not covered).
	const whole = concepts.every((concept) => concept.covered) ? covered[0] : undefined;
	const subject = covered.find((concept) => !detailWords.has(stemWord(concept.label.toLowerCase()))) ?? whole;
	if (subject !== undefined && detail !== undefined && ranked.length > 0) {
		return { kind: 'detail-missing', detail, subject: subject.label };
	}
	const absent = concepts.filter((concept) => !concept.covered);
	return { kind: 'not-covered', missing: (absent.length > 0 ? absent : concepts).map((concept) => concept.label) };
}

/**
 * The specific words of a question the article has, but never in one paragraph: each is covered somewhere, their
 * combination nowhere. Only where a name is involved: a verb ("stand for") can sit anywhere in the article.
 */
function findNeverTogether(
	considered: readonly Concept[],
	ranked: readonly ScoredPassage[],
	all: readonly Concept[],
): string[] {
	// Passages count the question's concepts by their place among all of them.
	const specific = all.flatMap((concept, i) =>
		considered.includes(concept) && concept.covered && !concept.generic ? [i] : [],
	);
	if (specific.length < 2 || !specific.some((i) => all[i]?.properNoun)) return [];
	const together = ranked.some((passage) => passage.matched.filter((i) => specific.includes(i)).length >= 2);
	return together ? [] : specific.map((i) => all[i]?.label ?? '');
}
