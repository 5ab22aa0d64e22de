import { describe, expect, test } from 'vitest';
import type { Paragraph } from '../../src/core/types.js';
import { tagEntities } from '../../src/lexicon/tag-entities.js';

const paragraph = (number: number, ...sentences: string[]): Paragraph => {
	let start = 0;
	const text = sentences.join(' ');
	return {
		id: `¶${number}`,
		number,
		source: '',
		cite: `¶${number}`,
		text,
		sentences: sentences.map((sentence, i) => {
			const entry = { index: i + 1, text: sentence, start, end: start + sentence.length };
			start += sentence.length + 1;
			return entry;
		}),
	};
};

describe('tagEntities', () => {
	const known = { place: new Set(['riverton']), person: new Set<string>() };
	const tagged = tagEntities(
		[
			paragraph(1, 'The council approved a bridge on Monday in June 2024.', 'It will cost 12 million euros.'),
			paragraph(2, 'The mayor was pleased.'),
			paragraph(3, 'Trade rose 46 percent in the town of Riverton.'),
		],
		known,
	);

	test('GIVEN sentences THEN each is keyed paragraph.sentence with the kinds of answer the tagger finds in it', () => {
		expect(tagged['1.1']?.date?.join(' ')).toMatch(/June 2024|Monday/u);
		expect(tagged['1.2']?.number).toContain('12 million');
		expect(tagged['3.1']?.percent).toBeDefined();
	});

	test('GIVEN a name the tagger misses but the lexical database knows THEN it is tagged as such', () => {
		expect(tagged['3.1']?.place).toContain('Riverton');
	});

	test('GIVEN a sentence with nothing to tag THEN it is left out', () => {
		expect(tagged['2.1']).toBeUndefined();
	});
});
