import { describe, expect, test } from 'vitest';
import { findSentenceOpeners } from '../../../src/core/answer/find-sentence-openers.js';
import { parseArticle } from '../../../src/core/knowledge/parse-article.js';
import type { ArticleMeta } from '../../../src/core/types.js';

const meta = {} as ArticleMeta;
const text = [
	'Wires report: Greeting the crowd, Mayor Ana Lopez opened the fair in Riverton.',
	'Lopez said the fair will run for a week. Visitors came from Dunmore and Riverton.',
	'Dunmore sent a band. Speaking later, Reed said little.',
].join('\n');
const paragraphs = parseArticle(text, meta, '').paragraphs;
const people = [
	{ name: 'Ana Lopez', aliases: ['Lopez', 'Mayor Lopez'] },
	{ name: 'Tom Reed', aliases: ['Reed'] },
];
const COMMON = new Set(['wires', 'visitors', 'dunmore']);

describe('findSentenceOpeners', () => {
	test('GIVEN capitals that only open sentences THEN the common words and participles, not names', () => {
		const openers = findSentenceOpeners(paragraphs, people, (norm) => COMMON.has(norm));
		// "Dunmore" is capitalized mid-sentence too, so it is a name whatever the lexicon says; "Lopez" and "Reed" are
		// people's; "Greeting" opens the text after a colon.
		expect([...openers].sort()).toEqual(['Greeting', 'Speaking', 'Visitors', 'Wires']);
	});

	test('GIVEN no lexicon THEN only participles', () => {
		expect([...findSentenceOpeners(paragraphs, [], () => false)].sort()).toEqual(['Greeting', 'Speaking']);
	});
});
