import { beforeAll, describe, expect, test } from 'vitest';
import { commands, executeCommand } from '../../src/commands/index.js';
import type { Briefing } from '../../src/core/briefing.js';
import { ansiStyle, renderReplyText } from '../../src/present/render-text.js';
import { loadRealBriefing } from '../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

const text = (name: string, options: Record<string, unknown> = {}) =>
	renderReplyText(executeCommand(briefing, name, options), briefing.knowledge);

describe('renderReplyText', () => {
	test('GIVEN an answer THEN the short answer, [¶N] citations with verbatim quotes, and the as-of stamp', () => {
		const output = text('ask', { question: 'How many doses did Russia deliver?' });
		expect(output).toMatch(/^Answer: 50,000 doses$/mu);
		const quoted = [...output.matchAll(/^\[¶(\d+)[^\]]*\] (.+)$/gmu)];
		expect(quoted.length).toBeGreaterThan(0);
		for (const [, number, quote] of quoted) {
			expect(briefing.knowledge.article.paragraphs[Number(number) - 1]?.text).toContain(quote);
		}
		expect(output).toContain('as of 7 April 2021');
	});

	test('GIVEN a terminal THEN matched words are bold', () => {
		const reply = executeCommand(briefing, 'ask', { question: 'Bishkek' });
		expect(renderReplyText(reply, briefing.knowledge, ansiStyle)).toContain('\u001b[1mBishkek\u001b[22m');
	});

	test('GIVEN a miss THEN it names what is missing and what the article covers', () => {
		const output = text('ask', { question: 'What did Lavrov say about Ukraine?' });
		expect(output).toMatch(/does not mention “Ukraine”/u);
		expect(output).toMatch(/It covers: /u);
	});

	test('GIVEN a detail the article lacks THEN it says so and quotes what it says about the subject', () => {
		const output = text('ask', { question: 'How much will the pipeline cost?' });
		expect(output).toMatch(/^The article discusses “pipeline” but does not give “the cost”\.$/mu);
		expect(output).toMatch(/^What it says about “pipeline”:$/mu);
		const quoted = [...output.matchAll(/^\[¶(\d+)[^\]]*\] (.+)$/gmu)];
		expect(quoted.length).toBeGreaterThan(0);
		for (const [, number, quote] of quoted) {
			expect(briefing.knowledge.article.paragraphs[Number(number) - 1]?.text).toContain(quote);
		}
	});

	test('GIVEN every command THEN some text comes out', () => {
		const samples: Record<string, Record<string, unknown>> = {
			ask: { question: 'trade' },
			check: { claim: 'Russia will supply military equipment' },
			paragraph: { number: 5 },
		};
		for (const command of commands) expect(text(command.name, samples[command.name]).length).toBeGreaterThan(10);
	});

	test('GIVEN /pledges THEN each commitment shows parties, topic and a cited quote', () => {
		const output = text('pledges', { topic: 'health' });
		expect(output).toContain('Russia → Pakistan [Health and vaccines]');
		expect(output).toContain('[¶27] Islamabad will also buy 5 million doses of the vaccine');
	});
});
