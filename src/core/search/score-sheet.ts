/**
 * Scoring for the search index: each term's BM25 scores from MiniSearch, combined into concept scores, summed per
 * document for a question in arrays reused from query to query.
 */
import type MiniSearch from 'minisearch';
import type { Concept } from './search-index.js';

/** Scores of one term or concept in the documents that match it: document ids and scores, side by side. */
export interface Postings {
	readonly ids: Int32Array;
	readonly scores: Float64Array;
}

/** A concept's postings, with how strongly each document matches it: 1 for its own words, less for a relative. */
export interface ConceptPostings extends Postings {
	readonly strengths: Float64Array;
}

const NO_POSTINGS: Postings = { ids: new Int32Array(0), scores: new Float64Array(0) };

/**
 * Looks up each term's BM25 score in every document that has it, asking MiniSearch on first use and keeping the
 * answer: the index never changes once built, and only terms it holds are kept, so this stays within its size.
 */
export function createTermScorer(index: MiniSearch): (term: string) => Postings {
	const known = new Map<string, Postings>();
	return (term) => {
		let postings = known.get(term);
		if (postings === undefined) {
			const results = index.search(term);
			if (results.length === 0) return NO_POSTINGS;
			postings = {
				ids: Int32Array.from(results, (result) => result.id),
				scores: Float64Array.from(results, (result) => result.score),
			};
			known.set(term, postings);
		}
		return postings;
	};
}

/**
 * One concept's scores. Its own words are one phrase and add up; a phrase matched only in part is likely another
 * idea ("two nations" for "United Nations"), so it scores by the share of its words matched. Related words
 * (synonyms, broader words, aliases) do not add up: each document counts the best of them, weighted by how close it
 * is, and only a share (`othersShare`) of the others, so that a word with many relatives ("line", "top") cannot
 * swamp the ranking, while a paragraph that names one thing several ways ("gas", "LNG") still counts for it.
 *
 * The per-document tallies are arrays allocated once per index and reset after each concept: a common word matches
 * thousands of documents in a large index, and an object per document per query was most of a query's garbage.
 */
function createConceptScorer(size: number, scoreTerm: (term: string) => Postings, othersShare: number) {
	const ownScore = new Float64Array(size);
	const matchedOwn = new Int32Array(size);
	const named = new Uint8Array(size);
	const namedScore = new Float64Array(size);
	const related = new Float64Array(size);
	const others = new Float64Array(size);
	const strength = new Float64Array(size);
	const seen = new Uint8Array(size);
	// The documents in the order first matched, as the concept's postings list them.
	const touched = new Int32Array(size);
	return ({ terms, nameParts }: Pick<Concept, 'terms' | 'nameParts'>): ConceptPostings => {
		let own = 0;
		for (const weight of terms.values()) if (weight === 1) own++;
		let count = 0;
		for (const [term, weight] of terms) {
			const postings = scoreTerm(term);
			const isNamePart = weight === 1 && nameParts?.has(term) === true;
			for (let k = 0; k < postings.ids.length; k++) {
				const id = postings.ids[k] as number;
				if (seen[id] === 0) {
					seen[id] = 1;
					touched[count++] = id;
				}
				const score = postings.scores[k] as number;
				if (weight === 1) {
					ownScore[id] = (ownScore[id] as number) + score;
					matchedOwn[id] = (matchedOwn[id] as number) + 1;
					if (isNamePart) {
						named[id] = 1;
						namedScore[id] = Math.max(namedScore[id] as number, score);
					}
				} else if (weight * score > (related[id] as number)) {
					others[id] = (others[id] as number) + (related[id] as number);
					related[id] = weight * score;
					strength[id] = Math.max(strength[id] as number, weight);
				} else {
					others[id] = (others[id] as number) + weight * score;
				}
			}
		}
		const ids = touched.slice(0, count);
		const scores = new Float64Array(count);
		const strengths = new Float64Array(count);
		for (let k = 0; k < count; k++) {
			const id = ids[k] as number;
			// A person's surname names them as their full name does; their title alone does not.
			const share = own === 0 ? 0 : named[id] === 1 ? 1 : (matchedOwn[id] as number) / own;
			// Nor do their full name's parts add up: "Vladimir Putin" names him no more than "President Putin" does.
			const ownPart = named[id] === 1 ? (namedScore[id] as number) : (ownScore[id] as number) * share;
			scores[k] = Math.max(ownPart, related[id] as number) + othersShare * (others[id] as number);
			strengths[k] = Math.max(share, strength[id] as number);
			ownScore[id] = 0;
			matchedOwn[id] = 0;
			named[id] = 0;
			namedScore[id] = 0;
			related[id] = 0;
			others[id] = 0;
			strength[id] = 0;
			seen[id] = 0;
		}
		return { ids, scores, strengths };
	};
}

/**
 * Per-document sums of a question's concept scores, in arrays allocated once per index and cleared after each
 * query: a query then allocates next to nothing, which keeps garbage collection out of its latency. A document's
 * total is multiplied by the summed rarity of the concepts it matches (MiniSearch counts all matched terms alike).
 */
export function createScoreSheet(
	size: number,
	scoreTerm: (term: string) => Postings,
	othersShare: number,
	/** A match below this strength is loose (see `looseCoverageOf`). */
	close = 0,
) {
	// Keyed by the concept's terms: the same object for as long as the meanings cache remembers the concept.
	const remembered = new WeakMap<ReadonlyMap<string, number>, ConceptPostings>();
	const scoreConcept = createConceptScorer(size, scoreTerm, othersShare);
	const sums = new Float64Array(size);
	const coverage = new Float64Array(size);
	const looseCoverage = new Float64Array(size);
	const masks = new Uint32Array(size);
	const touched = new Int32Array(size);
	let count = 0;
	return {
		add(concepts: readonly Concept[]) {
			concepts.forEach((concept, i) => {
				if (!concept.covered) return;
				let scores = remembered.get(concept.terms);
				if (scores === undefined) {
					scores = scoreConcept(concept);
					remembered.set(concept.terms, scores);
				}
				for (let k = 0; k < scores.ids.length; k++) {
					const id = scores.ids[k] ?? 0;
					if (masks[id] === 0) touched[count++] = id;
					sums[id] = (sums[id] ?? 0) + (scores.scores[k] ?? 0);
					const strength = scores.strengths[k] ?? 0;
					coverage[id] = (coverage[id] ?? 0) + concept.rarity * strength;
					if (strength < close) looseCoverage[id] = (looseCoverage[id] ?? 0) + concept.rarity * strength;
					masks[id] = (masks[id] ?? 0) | (1 << i);
				}
			});
		},
		touched: () => touched.subarray(0, count),
		scoreOf(id: number, rarities: readonly number[]) {
			let rarity = 0;
			for (let mask = masks[id] ?? 0, i = 0; mask !== 0; mask >>>= 1, i++) {
				if (mask & 1) rarity += rarities[i] ?? 0;
			}
			return (sums[id] ?? 0) * rarity;
		},
		/** The summed rarity of the concepts the document matches, each times how strongly it matches. */
		coverageOf: (id: number) => coverage[id] ?? 0,
		/** The part of it by loose matches (below `close`), which a ranking may count less. */
		looseCoverageOf: (id: number) => looseCoverage[id] ?? 0,
		/** The indexes of the concepts the document matches. */
		matchedBy(id: number) {
			const matched: number[] = [];
			for (let mask = masks[id] ?? 0, i = 0; mask !== 0; mask >>>= 1, i++) if (mask & 1) matched.push(i);
			return matched;
		},
		clear() {
			for (const id of touched.subarray(0, count)) {
				sums[id] = 0;
				coverage[id] = 0;
				looseCoverage[id] = 0;
				masks[id] = 0;
			}
			count = 0;
		},
	};
}
