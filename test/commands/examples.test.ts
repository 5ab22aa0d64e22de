import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { executeCommand } from '../../src/commands/index.js';
import { createBriefing } from '../../src/core/briefing.js';
import { loadKnowledge } from '../../src/core/knowledge/load-knowledge.js';
import { renderReplyText } from '../../src/present/render-text.js';
import { describeBanner } from '../../src/transports/console/run-console.js';
import { loadFixtureBriefing, loadRealBriefing } from '../helpers/briefing.js';

const examples = (reply: ReturnType<typeof executeCommand>) =>
	Object.fromEntries(reply.kind === 'help' ? reply.commands.map((command) => [command.name, command.example]) : []);

const bare = await mkdtemp(join(tmpdir(), 'briefing-bare-'));
afterAll(() => rm(bare, { recursive: true, force: true }));

describe('examples from the knowledge', () => {
	test('GIVEN the seed article’s own examples THEN /help and the console banner show them', async () => {
		const briefing = await loadRealBriefing();
		expect(examples(executeCommand(briefing, 'help', {}))).toMatchObject({
			ask: '/ask how many doses did Russia deliver?',
			who: '/who bajwa',
			pledges: '/pledges energy',
		});
		expect(describeBanner(briefing).split('\n')[1]).toBe(
			'Try: /ask how many doses did Russia deliver?  ·  /who bajwa  ·  /pledges energy  ·  /about  ·  /help',
		);
	});

	test('GIVEN an article.json without examples THEN they are drawn from its facts', async () => {
		const briefing = await loadFixtureBriefing();
		expect(examples(executeCommand(briefing, 'help', {}))).toMatchObject({
			ask: '/ask Who is Ana Lopez?',
			who: '/who lopez',
			pledges: '/pledges bridge',
			check: '/check Work will start in May, the mayor promised.',
			about: '/about',
		});
	});

	test('GIVEN an article with no facts at all THEN generic examples and no empty list anywhere', async () => {
		await writeFile(join(bare, 'article.txt'), 'The Dunmore fair opened on Friday.\nIt will run for a week.\n');
		await writeFile(
			join(bare, 'article.json'),
			JSON.stringify({
				title: 'Dunmore fair opens',
				author: 'A. Writer',
				outlet: 'Dunmore Daily',
				url: 'https://example.org/fair',
				dateline: 'Dunmore',
				date: '2024-05-03',
				event: 'The Dunmore fair',
			}),
		);
		await writeFile(join(bare, 'facts.json'), '{}');
		const briefing = createBriefing(await loadKnowledge(bare));
		expect(examples(executeCommand(briefing, 'help', {}))).toMatchObject({
			who: '/who NAME',
			pledges: '/pledges TOPIC',
		});
		const texts = [
			['who', {}],
			['who', { name: 'nobody' }],
			['pledges', {}],
			['pledges', { topic: 'sport' }],
			['ask', { question: 'What did the mayor say about Syria?' }],
		].map(([name, options]) =>
			renderReplyText(executeCommand(briefing, name as string, options as Record<string, unknown>), briefing.knowledge),
		);
		for (const text of texts) expect(text).not.toMatch(/: \.|Closest: \.|covers: \.|Try one of: \./u);
		expect(texts[0]).toBe('No people are listed for the article.');
		expect(texts[2]?.split('\n')[0]).toBe('No commitment matches that filter.');
	});
});
