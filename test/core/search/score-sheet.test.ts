import MiniSearch from 'minisearch';
import { describe, expect, test } from 'vitest';
import { createScoreSheet, createTermScorer } from '../../../src/core/search/score-sheet.js';
import type { Concept } from '../../../src/core/search/search-index.js';

/** A tiny index of pre-analyzed documents, as the search index builds them. */
function buildIndex() {
	const index = new MiniSearch<{ id: number; terms: string }>({
		fields: ['terms'],
		tokenize: (terms) => terms.split(' '),
		searchOptions: { tokenize: (term) => [term] },
	});
	index.addAll([
		{ id: 0, terms: 'gas pipelin karachi' },
		{ id: 1, terms: 'vaccin dose russia' },
		{ id: 2, terms: 'gas russia' },
	]);
	return index;
}

const concept = (terms: Record<string, number>, rarity = 1): Concept => ({
	label: Object.keys(terms).join(' '),
	terms: new Map(Object.entries(terms)),
	covered: true,
	coverage: 1,
	properNoun: false,
	generic: false,
	rarity,
	partOfSpeech: undefined,
	concrete: false,
	foreign: false,
});

const OTHERS_SHARE = 0.25;

describe('createTermScorer', () => {
	test("GIVEN a term THEN its postings are MiniSearch's own scores, looked up once and kept", () => {
		const index = buildIndex();
		const scoreTerm = createTermScorer(index);
		const postings = scoreTerm('gas');
		const expected = index.search('gas');
		expect([...postings.ids]).toEqual(expected.map((result) => result.id));
		expect([...postings.scores]).toEqual(expected.map((result) => result.score));
		expect(scoreTerm('gas')).toBe(postings);
		expect(scoreTerm('absent').ids).toHaveLength(0);
	});
});

describe('createScoreSheet', () => {
	test('GIVEN concepts THEN each document sums its concept scores times the rarity of the concepts it matches', () => {
		const scoreTerm = createTermScorer(buildIndex());
		const sheet = createScoreSheet(3, scoreTerm, OTHERS_SHARE);
		const concepts = [concept({ gas: 1 }, 2), concept({ russia: 1 }, 3)];
		sheet.add(concepts);
		const gas = scoreTerm('gas');
		const russia = scoreTerm('russia');
		const score = (postings: typeof gas, id: number) => postings.scores[[...postings.ids].indexOf(id)] ?? 0;
		expect([...sheet.touched()].sort()).toEqual([0, 1, 2]);
		expect(sheet.matchedBy(2)).toEqual([0, 1]);
		expect(sheet.scoreOf(2, [2, 3])).toBeCloseTo((score(gas, 2) + score(russia, 2)) * 5);
		expect(sheet.scoreOf(0, [2, 3])).toBeCloseTo(score(gas, 0) * 2);
	});

	test('GIVEN a loose relative THEN its part of the coverage is told apart, for a ranking to count less', () => {
		const sheet = createScoreSheet(3, createTermScorer(buildIndex()), OTHERS_SHARE, 0.7);
		// "fuel" asked: "gas" a loose relative (0.6), "russia" the word itself.
		sheet.add([concept({ fuel: 1, gas: 0.6 }), concept({ russia: 1 })]);
		expect(sheet.coverageOf(2)).toBeCloseTo(1.6);
		expect(sheet.looseCoverageOf(2)).toBeCloseTo(0.6);
		sheet.clear();
		// A close relative is no loose match.
		sheet.add([concept({ fuel: 1, gas: 0.8 })]);
		expect(sheet.coverageOf(2)).toBeCloseTo(0.8);
		expect(sheet.looseCoverageOf(2)).toBe(0);
	});

	test('GIVEN a cleared sheet THEN the next query sees nothing of the last', () => {
		const sheet = createScoreSheet(3, createTermScorer(buildIndex()), OTHERS_SHARE);
		sheet.add([concept({ gas: 1 })]);
		sheet.clear();
		expect(sheet.touched()).toHaveLength(0);
		sheet.add([concept({ vaccin: 1 })]);
		expect([...sheet.touched()]).toEqual([1]);
		expect(sheet.matchedBy(0)).toEqual([]);
		expect(sheet.scoreOf(0, [1])).toBe(0);
	});

	test("GIVEN concepts sharing documents THEN each concept's tallies start from nothing", () => {
		const scoreTerm = createTermScorer(buildIndex());
		const alone = createScoreSheet(3, scoreTerm, OTHERS_SHARE);
		alone.add([concept({ russia: 1, gas: 0.5 })]);
		// The same concept after one that matched the same documents, on the same sheet, and after a cleared query.
		const after = createScoreSheet(3, scoreTerm, OTHERS_SHARE);
		after.add([concept({ gas: 1, pipelin: 1 }), concept({ russia: 1, gas: 0.5 })]);
		after.clear();
		after.add([concept({ russia: 1, gas: 0.5 })]);
		for (const id of [0, 1, 2]) {
			expect(after.scoreOf(id, [1])).toBeCloseTo(alone.scoreOf(id, [1]));
			expect(after.coverageOf(id)).toBeCloseTo(alone.coverageOf(id));
		}
	});

	test('GIVEN a phrase matched only in part THEN it scores by the share of its words matched', () => {
		const scoreTerm = createTermScorer(buildIndex());
		const sheet = createScoreSheet(3, scoreTerm, OTHERS_SHARE);
		sheet.add([concept({ gas: 1, pipelin: 1 })]);
		const gas = scoreTerm('gas');
		const atTwo = gas.scores[[...gas.ids].indexOf(2)] ?? 0;
		expect(sheet.scoreOf(2, [1])).toBeCloseTo(atTwo / 2);
		// Half the phrase's words are matched: the document covers half the concept.
		expect(sheet.coverageOf(2)).toBeCloseTo(0.5);
	});

	test("GIVEN a person's name matched only in part THEN the part names them in full", () => {
		const scoreTerm = createTermScorer(buildIndex());
		const sheet = createScoreSheet(3, scoreTerm, OTHERS_SHARE);
		// As if "gas" were the surname of the person named "pipelin gas"; "pipelin" alone would be a title.
		sheet.add([{ ...concept({ gas: 1, pipelin: 1 }), nameParts: new Set(['gas']) }]);
		const gas = scoreTerm('gas');
		expect(sheet.scoreOf(2, [1])).toBeCloseTo(gas.scores[[...gas.ids].indexOf(2)] ?? 0);
		expect(sheet.coverageOf(2)).toBeCloseTo(1);
		const titled = createScoreSheet(3, scoreTerm, OTHERS_SHARE);
		titled.add([{ ...concept({ gas: 1, karachi: 1 }), nameParts: new Set(['karachi']) }]);
		expect(titled.coverageOf(2)).toBeCloseTo(0.5);
	});

	test("GIVEN a person's full name THEN its parts do not add up: a passage naming them in full weighs as one naming them once", () => {
		const scoreTerm = createTermScorer(buildIndex());
		const sheet = createScoreSheet(3, scoreTerm, OTHERS_SHARE);
		// As if "pipelin gas" were a person's full name: document 0 has it whole, document 2 the surname.
		sheet.add([{ ...concept({ pipelin: 1, gas: 1 }), nameParts: new Set(['pipelin', 'gas']) }]);
		const at = (term: string, id: number) => {
			const postings = scoreTerm(term);
			return postings.scores[[...postings.ids].indexOf(id)] ?? 0;
		};
		expect(sheet.scoreOf(0, [1])).toBeCloseTo(Math.max(at('pipelin', 0), at('gas', 0)));
		expect(sheet.scoreOf(2, [1])).toBeCloseTo(at('gas', 2));
	});

	test('GIVEN related words THEN a document counts its best one by weight, and only a share of the others', () => {
		const scoreTerm = createTermScorer(buildIndex());
		const sheet = createScoreSheet(3, scoreTerm, OTHERS_SHARE);
		// "fuel" is absent; the article's "gas" and "pipelin" are related to it, "gas" more closely.
		sheet.add([concept({ fuel: 1, gas: 0.8, pipelin: 0.5 }, 2)]);
		const at = (term: string, id: number) => {
			const postings = scoreTerm(term);
			return postings.scores[[...postings.ids].indexOf(id)] ?? 0;
		};
		const best = Math.max(0.8 * at('gas', 0), 0.5 * at('pipelin', 0));
		const other = Math.min(0.8 * at('gas', 0), 0.5 * at('pipelin', 0));
		expect(sheet.scoreOf(0, [2])).toBeCloseTo((best + OTHERS_SHARE * other) * 2);
		// Coverage: the rarity times the closest relation matched.
		expect(sheet.coverageOf(0)).toBeCloseTo(2 * 0.8);
		expect(sheet.coverageOf(1)).toBe(0);
	});
});
