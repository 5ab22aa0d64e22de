import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Briefing } from '../../../src/core/briefing.js';
import type { Citation } from '../../../src/core/reply.js';
import {
	decodeButtonId,
	encodeMoreButtonId,
	encodeParagraphButtonId,
} from '../../../src/present/discord/button-ids.js';
import { loadRealBriefing } from '../../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

const citationsOf = (b: Briefing): Citation[] =>
	b.knowledge.article.paragraphs.flatMap((paragraph) =>
		paragraph.sentences.map((quote) => ({ paragraph, quote, highlights: [], also: [] })),
	);

describe('the button protocol', () => {
	test('GIVEN citations THEN the "More passages" id decodes to the same passages, within 100 characters', () => {
		const citations = citationsOf(briefing).slice(0, 3);
		const id = encodeMoreButtonId(citations) ?? '';
		expect(decodeButtonId(id)).toEqual({
			kind: 'more',
			passages: citations.map((citation) => ({ paragraph: citation.paragraph.number, sentence: citation.quote.index })),
		});
		const all = encodeMoreButtonId(citationsOf(briefing)) ?? '';
		expect(all.length).toBeLessThanOrEqual(100);
		expect(decodeButtonId(all)).toMatchObject({ kind: 'more' });
		expect(encodeMoreButtonId([])).toBeUndefined();
	});

	test('GIVEN a paragraph THEN its id decodes to it', () => {
		expect(decodeButtonId(encodeParagraphButtonId(12))).toEqual({ kind: 'paragraph', paragraph: 12 });
	});

	test.each([
		'',
		'more:',
		'more:1',
		'more:1.1,',
		'more:1.1,,2.2',
		'more:0.1',
		'more:1e3.1',
		'more:1.1;drop',
		' more:1.1',
		`more:${'1.1,'.repeat(30)}1.1`,
		'para:',
		'para:0',
		'para:-1',
		'para:1.5',
		'para:12345',
		'para:0x10',
		'PARA:1',
		'other:1',
	])('GIVEN the untrusted id %j THEN it is refused', (id) => {
		expect(decodeButtonId(id)).toBeUndefined();
	});

	test('GIVEN any string THEN decoding never throws and only yields positive whole numbers', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string().map((s) => `more:${s}`),
					fc.string().map((s) => `para:${s}`),
				),
				(id) => {
					const action = decodeButtonId(id);
					const numbers =
						action === undefined
							? []
							: action.kind === 'paragraph'
								? [action.paragraph]
								: action.passages.flatMap((ref) => [ref.paragraph, ref.sentence]);
					for (const n of numbers) expect(Number.isInteger(n) && n >= 1).toBe(true);
				},
			),
		);
	});
});
