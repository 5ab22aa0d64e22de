import { describe, expect, test } from 'vitest';
import { classifyQuestion, findQuestionFocus } from '../../../src/core/answer/classify-question.js';

describe('findQuestionFocus', () => {
	test('GIVEN "what is the X of Y" THEN X is the focus, open only when it asks about Y in general', () => {
		expect(findQuestionFocus('What is the price of the vaccine?')).toEqual({ word: 'price', open: false, form: 'of' });
		expect(findQuestionFocus("What's the aim of Lavrov's visit?")).toEqual({ word: 'aim', open: true, form: 'of' });
		expect(findQuestionFocus('which was the outcome of the talks')).toMatchObject({ word: 'outcome', open: true });
	});

	test('GIVEN "which X did …" THEN X, the last word before the verb, is the focus', () => {
		expect(findQuestionFocus('Which Russian company is going to build it?')).toEqual({
			word: 'company',
			open: false,
			form: 'which',
		});
		expect(findQuestionFocus('In which Gulf city were the talks held?')).toMatchObject({ word: 'city', form: 'which' });
		expect(findQuestionFocus('What gifts did they exchange?')).toMatchObject({ word: 'gifts', form: 'which' });
	});

	test('GIVEN a question of another shape THEN it has no focus', () => {
		expect(findQuestionFocus('Who signed the deal?')).toBeUndefined();
		expect(findQuestionFocus('How many doses of the vaccine?')).toBeUndefined();
	});
});

describe('classifyQuestion', () => {
	test.each([
		['How many doses did Russia give?', 'quantity'],
		['When did Lavrov arrive?', 'time'],
		['Where will the commission meet?', 'place'],
		['Who is Bajwa?', 'person'],
		['What is the IGC?', 'definition'],
		['Why is Russia worried?', 'other'],
	])('GIVEN "%s" THEN it asks for a %s', (question, kind) => {
		expect(classifyQuestion(question)).toBe(kind);
	});
});
