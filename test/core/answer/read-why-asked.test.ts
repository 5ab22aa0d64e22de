import { beforeAll, describe, expect, test } from 'vitest';
import { answerQuestion } from '../../../src/core/answer/answer-question.js';
import { createPredicateCheck, readWhyAsked } from '../../../src/core/answer/read-why-asked.js';
import type { Briefing } from '../../../src/core/briefing.js';
import { loadRealBriefing } from '../../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

describe('readWhyAsked', () => {
	test.each([
		['Why is Peru so worried about the border?', 'Peru', 'worried'],
		['why does lima care about the vote', 'lima', 'care'],
		['Why did New Delhi praise the plan?', 'New Delhi', 'praise'],
		// "Even", "actually" stress the question; they are not what it asks about.
		['why does lima even care about the vote', 'lima', 'care'],
		['Why is Peru actually worried?', 'Peru', 'worried'],
	])('GIVEN "%s" THEN it asks why %s is or does "%s"', (question, subject, predicate) => {
		expect(readWhyAsked(question)).toEqual({ subject, predicate });
	});

	test.each(['Why did Reed say the plan failed?', 'How is Peru worried?', 'Why the delay?'])(
		'GIVEN "%s" THEN it asks why of nothing a party is or does',
		(question) => {
			expect(readWhyAsked(question)).toBeUndefined();
		},
	);
});

describe('createPredicateCheck', () => {
	test('GIVEN "why is Russia worried" THEN only a sentence saying Russia is (concerned), not one naming a concern', () => {
		const asked = readWhyAsked('why is russia so worried about afghanistan');
		if (asked === undefined) throw new Error('not read');
		const states = createPredicateCheck(briefing.index, asked);
		const stating = briefing.knowledge.article.paragraphs.flatMap((paragraph) =>
			paragraph.sentences.filter(states).map(({ text }) => text),
		);
		expect(stating).toContainEqual(expect.stringMatching(/Russia is concerned about/u));
		expect(stating).not.toContainEqual(expect.stringMatching(/A common concern/u));
	});

	test('GIVEN a "why" question THEN the passage saying the party is so comes first among the closest', () => {
		for (const question of [
			'Why is Moscow so worried about Afghanistan?',
			'why does russia care what happens in afghanistan',
		]) {
			const answer = answerQuestion(briefing, question);
			expect(answer.found && answer.passages[0]?.paragraph.text, question).toMatch(/Russia is concerned about/u);
		}
	});
});
