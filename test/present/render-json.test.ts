import { beforeAll, describe, expect, test } from 'vitest';
import { executeCommand } from '../../src/commands/index.js';
import type { Briefing } from '../../src/core/briefing.js';
import { renderReplyJson } from '../../src/present/render-json.js';
import { loadRealBriefing } from '../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

const json = (name: string, options: Record<string, unknown>) =>
	renderReplyJson(executeCommand(briefing, name, options), briefing.knowledge);

describe('renderReplyJson', () => {
	test('GIVEN an answer THEN found, answer and passages with verbatim paragraph text, best first', () => {
		const output = json('ask', { question: 'Where did Imran Khan meet Putin?' }) as {
			found: boolean;
			answer: string;
			passages: { id: string; text: string; score: number }[];
		};
		expect(output.found).toBe(true);
		expect(output.answer).toBe('Bishkek');
		const paragraphs = briefing.knowledge.article.paragraphs.map((paragraph) => paragraph.text);
		for (const passage of output.passages) {
			expect(passage.id).toMatch(/^¶\d+$/u);
			expect(paragraphs).toContain(passage.text);
		}
		const scores = output.passages.map((passage) => passage.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});

	test('GIVEN an answer with no sure short answer THEN answer is null and the passages speak, as in the text reply', () => {
		const question = 'What did Lavrov say about Afghanistan?';
		const reply = executeCommand(briefing, 'ask', { question });
		if (reply.kind !== 'answer' || !reply.answer.found) throw new Error('expected an answer');
		expect(reply.answer.shortAnswer).toBeUndefined();
		const output = json('ask', { question }) as { found: boolean; answer: string | null; passages: unknown[] };
		expect(output).toMatchObject({ found: true, answer: null });
		expect(output.passages.length).toBeGreaterThan(0);
	});

	test('GIVEN a question about the article itself THEN the line above the body comes first, named by its part', () => {
		const output = json('ask', { question: 'Who wrote this article?' }) as { passages: { id: string; text: string }[] };
		expect(output.passages[0]).toMatchObject({ id: 'byline', text: briefing.knowledge.article.byline });
	});

	test('GIVEN a miss THEN found is false and answer null, with the typed reason and the closest passages', () => {
		expect(json('ask', { question: 'Who is the president of France?' })).toMatchObject({
			found: false,
			answer: null,
			passages: [],
			reason: { kind: 'not-covered', missing: ['France'] },
		});
		const detail = json('ask', { question: 'How much will the pipeline cost?' });
		expect(detail).toMatchObject({ found: false, reason: { kind: 'detail-missing', detail: 'the cost' } });
		const closest = detail.closest as { id: string; text: string; score: number }[];
		expect(closest.length).toBeGreaterThan(0);
		// What the article says about the subject: the pipeline, in the same shape as passages.
		expect(closest[0]?.text).toMatch(/pipeline/iu);
		expect(closest[0]?.id).toMatch(/^¶\d+$/u);
	});

	test('GIVEN /who and /pledges THEN the shapes of the contract', () => {
		const who = json('who', { name: 'bajwa' }) as { found: boolean; people: Record<string, unknown>[] };
		expect(Object.keys(who.people[0] ?? {})).toEqual(['name', 'role', 'aliases', 'passages']);
		const pledges = json('pledges', {}) as { pledges: Record<string, unknown>[] };
		expect(Object.keys(pledges.pledges[0] ?? {})).toEqual(['by', 'to', 'topic', 'text', 'quote', 'id', 'source']);
	});
});

describe('renderReplyJson for /check', () => {
	test('GIVEN a claim the article states only weaker THEN verdict not-settled with a reason and passages', () => {
		const output = json('check', { claim: 'Putin will visit Pakistan later this year' });
		expect(output).toMatchObject({ found: true, verdict: 'not-settled' });
		expect(JSON.stringify(output)).toContain('invitation');
	});
});
