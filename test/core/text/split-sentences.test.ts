import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../src/core/text/split-sentences.js';

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
