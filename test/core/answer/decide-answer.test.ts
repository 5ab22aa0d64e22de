import { describe, expect, test } from 'vitest';
import { type AskedDetail, decideAnswer } from '../../../src/core/answer/decide-answer.js';
import type { Concept, ScoredPassage } from '../../../src/core/search/search-index.js';
import type { Paragraph } from '../../../src/core/types.js';

const concept = (label: string, coverage: number, overrides: Partial<Concept> = {}): Concept => ({
	label,
	terms: new Map([[label.toLowerCase(), 1]]),
	covered: coverage > 0,
	coverage,
	properNoun: false,
	generic: false,
	rarity: 2,
	partOfSpeech: 'noun',
	concrete: false,
	foreign: false,
	...overrides,
});

const passage = (coverage: number, matched: readonly number[] = [0]): ScoredPassage => {
	const paragraph: Paragraph = {
		id: '¶1',
		number: 1,
		source: '',
		cite: '¶1',
		text: 'x',
		sentences: [{ index: 1, text: 'x', start: 0, end: 1 }],
	};
	return { paragraph, score: 1, sentence: paragraph.sentences[0] as never, matched, specific: true, coverage };
};

const nothingAsked: AskedDetail = {
	focus: undefined,
	typeMissing: undefined,
	topic: [],
	isClose: (coverage) => coverage >= 0.7,
};

describe('decideAnswer', () => {
	test('GIVEN a passage covering enough of the question THEN it answers, with that coverage as its confidence', () => {
		const decision = decideAnswer([concept('pipeline', 1)], [passage(0.2), passage(0.8)], nothingAsked, {
			minCoverage: 0.5,
		});
		expect(decision).toEqual({ confidence: 0.8, miss: undefined });
	});

	test('GIVEN too little covered THEN it declines, naming the words the article lacks, whatever one word weighs', () => {
		const concepts = [concept('Lavrov', 1), concept('cricket', 0)];
		const decision = decideAnswer(concepts, [passage(0.3)], nothingAsked, { minCoverage: 0.5 });
		expect(decision.miss).toEqual({ kind: 'not-covered', missing: ['cricket'] });
		// The same missing word does not veto a question that is otherwise well covered.
		expect(decideAnswer(concepts, [passage(0.6)], nothingAsked, { minCoverage: 0.5 }).miss).toBeUndefined();
	});

	test('GIVEN the thing asked for is missing but its subject is there THEN the detail is missing, not the subject', () => {
		const concepts = [concept('price', 0), concept('vaccine', 1)];
		const focus = concepts[0];
		const decision = decideAnswer(concepts, [passage(0.9, [1])], { ...nothingAsked, focus });
		expect(decision.miss).toEqual({ kind: 'detail-missing', detail: 'price', subject: 'vaccine' });
		const typed = decideAnswer([concept('troops', 1), concept('Kabul', 1)], [passage(0.9)], {
			...nothingAsked,
			typeMissing: 'the number of troops',
		});
		expect(typed.miss).toEqual({ kind: 'detail-missing', detail: 'the number of troops', subject: 'Kabul' });
	});

	test('GIVEN a topic asked about that the article has no close word for THEN it is not covered', () => {
		const concepts = [concept('Lavrov', 1), concept('Korea', 0.5)];
		const decision = decideAnswer(concepts, [passage(0.9, [0, 1])], {
			...nothingAsked,
			topic: [concepts[1] as Concept],
		});
		expect(decision.miss).toEqual({ kind: 'not-covered', missing: ['Korea'] });
	});

	test('GIVEN a topic with a concrete thing the article lacks THEN it is not covered; another word it lacks does not count', () => {
		const concepts = [concept('Lavrov', 1), concept('ocean', 0, { concrete: true }), concept('pollution', 1)];
		const decision = decideAnswer(concepts, [passage(0.9, [0, 2])], {
			...nothingAsked,
			topic: [concepts[1] as Concept, concepts[2] as Concept],
		});
		expect(decision.miss).toEqual({ kind: 'not-covered', missing: ['ocean'] });
		const qualified = [
			concept('Qureshi', 1),
			concept('disputed', 0, { partOfSpeech: 'adjective' }),
			concept('territory', 0),
			concept('region', 1),
		];
		const kept = decideAnswer(qualified, [passage(0.9, [0, 3])], {
			...nothingAsked,
			topic: [qualified[1] as Concept, qualified[2] as Concept, qualified[3] as Concept],
		});
		expect(kept.miss).toBeUndefined();
	});

	test('GIVEN a concrete thing of the topic the article has only a kind of ("gas" for "fuel") THEN it is covered', () => {
		const concepts = [concept('Lavrov', 1), concept('fuel', 0.5, { concrete: true }), concept('deal', 1)];
		const asked = { ...nothingAsked, topic: [concepts[1] as Concept, concepts[2] as Concept] };
		expect(decideAnswer(concepts, [passage(0.9, [0, 1, 2])], asked).miss).toBeUndefined();
		// One the article has no word for at all is not.
		const absent = [concepts[0] as Concept, concept('fuel', 0, { concrete: true }), concepts[2] as Concept];
		const notCovered = decideAnswer(absent, [passage(0.9, [0, 2])], {
			...nothingAsked,
			topic: [absent[1] as Concept, absent[2] as Concept],
		});
		expect(notCovered.miss).toMatchObject({ kind: 'not-covered', missing: ['fuel'] });
	});

	test('GIVEN two names the article has but never in one passage THEN they are not together', () => {
		const concepts = [concept('Biden', 1, { properNoun: true }), concept('India', 1, { properNoun: true })];
		const apart = decideAnswer(concepts, [passage(0.9, [0]), passage(0.9, [1])], nothingAsked);
		expect(apart.miss).toEqual({ kind: 'not-together', apart: ['Biden', 'India'] });
		expect(decideAnswer(concepts, [passage(0.9, [0, 1])], nothingAsked).miss).toBeUndefined();
		// Asked yes or no, words never together are the answer ("no"), shown by the closest passages.
		const asked = { ...nothingAsked, yesNo: true };
		expect(decideAnswer(concepts, [passage(0.9, [0]), passage(0.9, [1])], asked).miss).toBeUndefined();
	});

	test('GIVEN a free concept (a verb as asked, the kind of answer) never with the others THEN they are not apart for it', () => {
		const concepts = [concept('city', 1), concept('host', 1), concept('IGC', 1, { properNoun: true })];
		const passages = [passage(0.9, [2]), passage(0.9, [0]), passage(0.9, [1])];
		const free = new Set([concepts[0], concepts[1]].filter((c) => c !== undefined));
		expect(decideAnswer(concepts, passages, { ...nothingAsked, free }).miss).toBeUndefined();
		// Without them free, "city" and "host" never stand with the IGC.
		expect(decideAnswer(concepts, passages, nothingAsked).miss).toMatchObject({ kind: 'not-together' });
		// A free concept that binds two names is still theirs: without it they stand apart, with it together.
		const bound = [concept('say', 1), concept('Kashmir', 1, { properNoun: true }), concept('war', 1)];
		const saying = [passage(0.9, [0, 1]), passage(0.9, [0, 2])];
		const said = new Set([bound[0]].filter((c) => c !== undefined));
		expect(decideAnswer(bound, saying, { ...nothingAsked, free: said }).miss).toBeUndefined();
	});

	test('GIVEN no words to look up THEN the question is empty', () => {
		expect(decideAnswer([], [], nothingAsked).miss).toEqual({ kind: 'empty' });
	});
});
