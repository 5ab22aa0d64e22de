import { beforeAll, describe, expect, test } from 'vitest';
import { answerQuestion } from '../../../src/core/answer/answer-question.js';
import { namesKindOnly, readInstancesAsked } from '../../../src/core/answer/read-instances-asked.js';
import type { Briefing } from '../../../src/core/briefing.js';
import type { Sentence } from '../../../src/core/types.js';
import { loadRealBriefing } from '../../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

const sentence = (text: string): Sentence => ({ index: 1, text, start: 0, end: text.length });

describe('readInstancesAsked', () => {
	test.each([
		['Which specific bridges will Peru build?', 'bridges'],
		['Exactly which types of armoured trucks did Lima buy?', 'armoured trucks'],
		['which trucks exactly are coming to lima?', 'trucks'],
		['What particular kinds of drones or radars has Peru ordered?', 'drones or radars'],
	])('GIVEN "%s" THEN it asks which %s', (question, kind) => {
		expect(readInstancesAsked(question)).toBe(kind);
	});

	test.each([
		'What kind of trucks did Lima buy?',
		'Which trucks did Lima buy?',
		'What trucks is Lima buying exactly?',
		'Which body will meet to pursue specific proposals?',
	])('GIVEN "%s" THEN it asks no instances of a kind', (question) => {
		expect(readInstancesAsked(question)).toBeUndefined();
	});
});

describe('namesKindOnly', () => {
	const only = (kind: string, ...texts: string[]) => namesKindOnly(briefing.index, kind, texts.map(sentence));

	test('GIVEN only the kind ("special equipment") THEN the kind only, by its word or a close relative', () => {
		expect(only('military equipment', 'Lima will supply special military equipment to Quito.')).toBe(true);
		expect(only('military hardware', 'Lima will supply special military equipment to Quito.')).toBe(true);
		// A people's name says whose, not which; a sentence's first word, after a quote mark too, names nothing.
		expect(only('equipment', 'Quito will get Russian equipment.')).toBe(true);
		expect(only('principles', '“These are principles we share,” Reed said.')).toBe(true);
	});

	test('GIVEN an instance by name, number, or a list the kind introduces THEN not the kind only', () => {
		expect(only('helicopters', 'Lima will sell Quito two Mi-17 helicopters.')).toBe(false);
		expect(only('trucks', 'Lima will send 12 trucks.')).toBe(false);
		expect(only('equipment', 'Lima will supply equipment such as drones and radars.')).toBe(false);
		expect(only('helicopters', 'Lima will buy helicopters in two types, transport and attack ones.')).toBe(false);
		expect(only('issues', 'They share positions on several issues … including trade.')).toBe(false);
		expect(only('challenges', 'They discussed the health and economic challenges of the year.')).toBe(false);
		expect(only('protocol', 'They are discussing a new protocol on the pipeline.')).toBe(false);
		// One passage naming one is enough.
		expect(only('trucks', 'Lima will send trucks.', 'Lima will send 12 trucks.')).toBe(false);
	});

	test('GIVEN no sentence speaking of the kind THEN undecided: instances may be named in their own words', () => {
		expect(only('weapons', 'Lima will sell Quito drones and radars.')).toBeUndefined();
		// An adjective of the kind alone does not speak of it.
		expect(only('military equipment', 'They will hold joint military exercises.')).toBeUndefined();
	});

	test('GIVEN a kind of no concrete thing ("role") THEN what follows it says which', () => {
		expect(only('role', 'Lima played a key role in bringing the two sides together.')).toBe(false);
		expect(only('role', 'Lima wants a bigger role, its minister said.')).toBe(true);
		// A concrete thing's is no instance: "equipment for the army" says whose, not which.
		expect(only('equipment', 'Lima will supply equipment for the army.')).toBe(true);
	});
});

describe('answerQuestion: which instances of a kind', () => {
	test('GIVEN "which specific" equipment where the article names only "special military equipment" THEN which is missing', () => {
		const answer = answerQuestion(briefing, 'What specific military equipment is Russia going to supply to Pakistan?');
		expect(answer.found).toBe(false);
		if (answer.found) return;
		expect(answer.reason).toMatchObject({
			kind: 'detail-missing',
			detail: expect.stringMatching(/^which .*equipment/u),
		});
		expect(answer.closest?.map((passage) => passage.paragraph.text)).toContainEqual(
			expect.stringMatching(/special military equipment/u),
		);
		// A kind of answer the type check reads is no kind to name instances of: the date is given.
		expect(answerQuestion(briefing, 'What exact date is the deadline for the US withdrawal?').found).toBe(true);
		// Asked without "specific", the kind is the answer.
		expect(answerQuestion(briefing, 'What military equipment is Russia going to supply to Pakistan?').found).toBe(true);
	});
});
