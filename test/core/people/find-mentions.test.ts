import { describe, expect, test } from 'vitest';
import { parseArticle } from '../../../src/core/knowledge/parse-article.js';
import { findReferent } from '../../../src/core/people/find-mentions.js';
import type { ArticleMeta, Person } from '../../../src/core/types.js';

const person = (name: string, aliases: string[]): Person => ({
	id: name.toLowerCase(),
	name,
	role: 'Mayor',
	country: 'Examplia',
	aliases,
	pin: { paragraph: 1, quote: name },
	mentions: [],
});
const mara = person('Mara Velt', ['Velt', 'Mayor Velt']);
const ossian = person('Ossian Brill', ['Brill']);
const people = [mara, ossian];
const article = parseArticle(
	[
		'Mayor Velt thanked Brill for the new bridge. She said it opens in May.',
		'She added that tolls would be low.',
		'Nobody is named here.',
	].join('\n'),
	{} as ArticleMeta,
	'',
);
const [first, second] = article.paragraphs;

describe('findReferent', () => {
	test('GIVEN "she" after a sentence naming two people THEN the one named first, its subject', () => {
		const sentence = first?.sentences[1];
		if (first === undefined || sentence === undefined) throw new Error('fixture');
		expect(findReferent(people, article.paragraphs, first, sentence)).toBe(mara);
	});

	test('GIVEN "she" opening a paragraph THEN the subject of the paragraph before', () => {
		const sentence = second?.sentences[0];
		if (second === undefined || sentence === undefined) throw new Error('fixture');
		expect(findReferent(people, article.paragraphs, second, sentence)).toBe(mara);
	});

	test('GIVEN no one named before THEN none', () => {
		const sentence = first?.sentences[0];
		if (first === undefined || sentence === undefined) throw new Error('fixture');
		expect(findReferent(people, article.paragraphs, first, sentence)).toBeUndefined();
	});
});
