import { describe, expect, test } from 'vitest';
import { addSlip } from './add-slip.js';

/** The number of single-letter edits (a swap counted as one) between two words. */
function editsBetween(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const row = rows[i] as number[];
			const above = rows[i - 1] as number[];
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			row[j] = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				row[j] = Math.min(row[j] ?? 0, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
			}
		}
	}
	return (rows[a.length] as number[])[b.length] ?? 0;
}

describe('addSlip', () => {
	const questions = [
		'Who did the foreign minister meet in the capital?',
		'how many doses did the ministry promise',
		'What was agreed about the pipeline protocol?',
		'When was the meeting?',
	];

	test('GIVEN a question THEN one word of five letters or more takes one slip, never in its first letter', () => {
		for (const question of questions) {
			const slipped = addSlip(question);
			const before = question.match(/\p{L}+/gu) ?? [];
			const after = slipped.match(/\p{L}+/gu) ?? [];
			const changed = before.flatMap((word, i) => (word === after[i] ? [] : [[word, after[i] ?? '']]));
			expect(changed, question).toHaveLength(1);
			const [[word = '', typed = ''] = []] = changed;
			expect(word.length, question).toBeGreaterThanOrEqual(5);
			expect(typed.charAt(0), question).toBe(word.charAt(0));
			expect(editsBetween(word.toLowerCase(), typed.toLowerCase()), question).toBe(1);
		}
	});

	test('GIVEN the same question twice THEN the same slip; a question without a long content word THEN as it is', () => {
		expect(addSlip(questions[0] as string)).toBe(addSlip(questions[0] as string));
		expect(addSlip('who is he?')).toBe('who is he?');
		// An acronym is typed as it is written; the slip falls in another word.
		const slipped = addSlip('what did UNICEF promise?');
		expect(slipped).toContain('UNICEF');
		expect(slipped).not.toContain('promise');
	});
});
