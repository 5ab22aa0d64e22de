import { describe, expect, test } from 'vitest';
import { splitSentences, withAntecedent } from '../../../src/core/text/split-sentences.js';

const sentencesOf = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
	test('GIVEN closing quotes THEN the quote stays with its sentence', () => {
		expect(sentencesOf('He said so. “We agree,” he added. Then he left.')).toEqual([
			'He said so.',
			'“We agree,” he added.',
			'Then he left.',
		]);
	});

	test('GIVEN a sentence opening with a quote and a bracket THEN it is a sentence of its own', () => {
		expect(sentencesOf('Talks stalled. “(Peru and Chile) agree on much,” Reed said.')).toEqual([
			'Talks stalled.',
			'“(Peru and Chile) agree on much,” Reed said.',
		]);
	});

	test('GIVEN abbreviations and initials THEN they do not end a sentence', () => {
		expect(sentencesOf('The U.S. Army left. Dr. Khan stayed. But the U.S.-backed side won.')).toEqual([
			'The U.S. Army left.',
			'Dr. Khan stayed.',
			'But the U.S.-backed side won.',
		]);
	});

	test('GIVEN a lowercase continuation after an ellipsis THEN it is one sentence', () => {
		expect(sentencesOf('They share positions on several issues … including peace.')).toHaveLength(1);
	});
});

describe('withAntecedent', () => {
	const sentences = [
		{ text: 'Talks opened at 9:30 a.m. on the ferry line.' },
		{ text: 'The session ran for two hours.' },
		{ text: 'Reed left at noon.' },
		{ text: 'It rained.' },
	];

	test('GIVEN a sentence opening on "the <noun>" or "it" THEN the one before comes with it', () => {
		expect(withAntecedent(sentences, sentences[1] as { text: string })).toBe(
			'Talks opened at 9:30 a.m. on the ferry line. The session ran for two hours.',
		);
		expect(withAntecedent(sentences, sentences[3] as { text: string })).toBe('Reed left at noon. It rained.');
	});

	test('GIVEN a sentence opening on "their <noun>" THEN the one before, which says whose, comes with it', () => {
		const met = [{ text: 'Soto received Reed at noon.' }, { text: 'Their talks went on for an hour.' }];
		expect(withAntecedent(met, met[1] as { text: string })).toBe(
			'Soto received Reed at noon. Their talks went on for an hour.',
		);
	});

	test('GIVEN a sentence opening on a name, or the first sentence THEN it alone', () => {
		expect(withAntecedent(sentences, sentences[2] as { text: string })).toBe('Reed left at noon.');
		expect(withAntecedent(sentences, sentences[0] as { text: string })).toBe(sentences[0]?.text);
	});
});
