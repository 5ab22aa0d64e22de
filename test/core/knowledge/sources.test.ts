import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../../src/boot.js';
import { executeCommand } from '../../../src/commands/index.js';
import { answerQuestion } from '../../../src/core/answer/answer-question.js';
import { checkClaim } from '../../../src/core/answer/check-claim.js';
import { type Briefing, createBriefing } from '../../../src/core/briefing.js';
import { citeParagraph } from '../../../src/core/knowledge/cite.js';
import { hashTexts, loadKnowledge } from '../../../src/core/knowledge/load-knowledge.js';
import { renderReplyJson } from '../../../src/present/render-json.js';
import { renderReplyText } from '../../../src/present/render-text.js';
import { FIXTURE_DIR, loadFixtureBriefing, loadTwoSourceBriefing, TWO_SOURCES_DIR } from '../../helpers/briefing.js';

const temporary: string[] = [];
afterEach(async () => {
	await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function copyOf(source: string): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'briefing-sources-'));
	temporary.push(dir);
	await cp(source, dir, { recursive: true });
	return dir;
}

/** The two-source fixture with the second report's text replaced by one paragraph, and no facts of its own. */
async function withSecondReport(paragraph: string): Promise<Briefing> {
	const dir = await copyOf(TWO_SOURCES_DIR);
	const valley = join(dir, 'sources', 'valley');
	await writeFile(join(valley, 'article.txt'), `By Omar Field\n${paragraph}\n`);
	await writeFile(join(valley, 'facts.json'), JSON.stringify({ people: [], topics: [], pledges: [] }));
	return createBriefing(await loadKnowledge(dir));
}

let two: Briefing;
beforeAll(async () => {
	two = await loadTwoSourceBriefing();
});

describe('loadKnowledge with several sources', () => {
	test('GIVEN the root article and sources/valley THEN two sources, paragraphs numbered per source and in all', () => {
		const { sources, article } = two.knowledge;
		expect(sources.map(({ slug, label, first, count }) => ({ slug, label, first, count }))).toEqual([
			{ slug: 'riverton', label: 'Riverton', first: 1, count: 6 },
			{ slug: 'valley', label: 'Valley', first: 7, count: 5 },
		]);
		const seventh = article.paragraphs[6];
		expect(seventh).toMatchObject({ id: '¶1', number: 7, source: 'valley', cite: 'Valley ¶1' });
		expect(article.paragraphs[0]).toMatchObject({ id: '¶1', number: 1, source: 'riverton', cite: 'Riverton ¶1' });
		expect(citeParagraph(two.knowledge, 10)).toBe('Valley ¶4');
	});

	test('GIVEN an outlet named with an article and a desk in brackets THEN citations name it by its first real word', async () => {
		const dir = await copyOf(TWO_SOURCES_DIR);
		const metaPath = join(dir, 'sources', 'valley', 'article.json');
		const meta = JSON.parse(await readFile(metaPath, 'utf8')) as Record<string, string>;
		await writeFile(metaPath, JSON.stringify({ ...meta, outlet: 'The Valley Post (Metro desk)' }));
		const { article } = await loadKnowledge(dir);
		expect(article.paragraphs.find((paragraph) => paragraph.source === 'valley')?.cite).toBe('Valley ¶1');
	});

	test('GIVEN a source without event or dateline THEN it takes the first source’s event, and its own date', () => {
		const [, valley] = two.knowledge.sources;
		expect(valley?.meta.event).toBe(two.knowledge.article.meta.event);
		expect(valley?.meta.date).toBe('2024-03-05');
	});

	test('GIVEN one source THEN citations do not name it and the hash is the text’s own, as before', async () => {
		const one = await loadFixtureBriefing();
		expect(one.knowledge.sources).toHaveLength(1);
		expect(one.knowledge.article.paragraphs.map((paragraph) => paragraph.cite)).toEqual(
			one.knowledge.article.paragraphs.map((paragraph) => paragraph.id),
		);
		const text = await readFile(join(FIXTURE_DIR, 'article.txt'), 'utf8');
		expect(one.knowledge.article.hash).toBe(createHash('sha256').update(text).digest('hex'));
	});

	test('GIVEN two sources THEN the folder hash covers both texts in order', async () => {
		const texts = await Promise.all(
			[join(TWO_SOURCES_DIR, 'article.txt'), join(TWO_SOURCES_DIR, 'sources', 'valley', 'article.txt')].map((path) =>
				readFile(path, 'utf8'),
			),
		);
		expect(two.knowledge.article.hash).toBe(hashTexts(texts));
		expect(hashTexts(texts)).not.toBe(hashTexts([...texts].reverse()));
	});

	test('GIVEN one person in both reports THEN one person, mentioned in both', () => {
		const lopez = two.knowledge.people.filter((person) => person.name === 'Ana Lopez');
		expect(lopez).toHaveLength(1);
		expect(lopez[0]?.mentions).toEqual(expect.arrayContaining([1, 7, 8]));
		expect(two.knowledge.people.map((person) => person.id)).toEqual(['lopez', 'reed', 'park']);
	});

	test('GIVEN one commitment restated by the second report THEN one pledge, the other report in `also`', () => {
		const money = two.knowledge.pledges.filter((pledge) => pledge.topic === 'money');
		expect(money).toHaveLength(1);
		expect(money[0]?.also.map((pin) => pin.paragraph)).toEqual([10]);
		const text = renderReplyText(executeCommand(two, 'pledges', { topic: 'money' }), two.knowledge);
		expect(text).toContain('[Riverton ¶4 (also reported by Valley ¶4)]');
		expect(text.split('\n')[0]).toBe('Commitments made during the vote (1):');
	});

	test('GIVEN a pin past the end of its own source THEN the error names that source’s fact sheet', async () => {
		const dir = await copyOf(TWO_SOURCES_DIR);
		const path = join(dir, 'sources', 'valley', 'facts.json');
		await writeFile(path, (await readFile(path, 'utf8')).replace('"paragraph": 2,', '"paragraph": 6,'));
		await expect(loadKnowledge(dir)).rejects.toThrow(/valley[/\\]facts\.json: pledges\[1\]: ¶6 does not exist/u);
	});

	test('GIVEN a source folder whose name is no slug THEN the error names it', async () => {
		const dir = await copyOf(TWO_SOURCES_DIR);
		await cp(join(dir, 'sources', 'valley'), join(dir, 'sources', 'Bad Name'), { recursive: true });
		await expect(loadKnowledge(dir)).rejects.toThrow(/Bad Name: a source's folder name must be/u);
	});

	test('GIVEN a lexicon built for the first source alone THEN loading says to rebuild it', async () => {
		const dir = await copyOf(TWO_SOURCES_DIR);
		const text = await readFile(join(dir, 'article.txt'), 'utf8');
		// The project's lexicon has the right shape; only its hash matters here.
		const lexicon = JSON.parse(await readFile(join(DEFAULT_KNOWLEDGE_DIR, 'lexicon.json'), 'utf8'));
		await writeFile(join(dir, 'lexicon.json'), JSON.stringify({ ...lexicon, articleHash: hashTexts([text]) }));
		await expect(loadKnowledge(dir)).rejects.toThrow(/lexicon\.json: built for another version/u);
	});
});

describe('answers over several sources', () => {
	test('GIVEN "what did X say about Y" THEN a passage about Y comes before one that only names X, in any report', async () => {
		const briefing = await withSecondReport(
			'RIVERTON: Mayor Ana Lopez said on Tuesday that Ana Lopez, as mayor, said the plan was final.',
		);
		const answer = answerQuestion(briefing, 'what did mayor ana lopez say about the ferry');
		if (!answer.found) throw new Error('expected an answer');
		expect(answer.passages[0]?.quote.text).toMatch(/ferry/u);
	});

	test('GIVEN a later report that matches as much in other words THEN the first report’s passage comes first', async () => {
		const briefing = await withSecondReport(
			'RIVERTON: The ferry operators said the ferry will double its ferry trips.',
		);
		const answer = answerQuestion(briefing, 'what about the ferry');
		if (!answer.found) throw new Error('expected an answer');
		expect(answer.passages.map((passage) => passage.paragraph.source)).toEqual(['riverton', 'valley']);
	});

	test('GIVEN two reports of one fact in their own words THEN one passage cites both; other numbers are no restatement', () => {
		const paid = answerQuestion(two, 'Who will pay half of the cost of the bridge?');
		if (!paid.found) throw new Error('expected an answer');
		const [first] = paid.passages;
		const restated = two.knowledge.article.paragraphs[(first?.also[0] ?? 0) - 1];
		expect(restated?.source).toBeDefined();
		expect(restated?.source).not.toBe(first?.paragraph.source);
		// "12 million euros" and "14 million euros": the sources differ, and both are shown.
		const cost = answerQuestion(two, 'How much will the bridge cost?');
		if (!cost.found) throw new Error('expected an answer');
		const sources = new Set(cost.passages.slice(0, 2).map((passage) => passage.paragraph.source));
		expect(sources.size).toBe(2);
	});

	test('GIVEN a question only the second report answers THEN it is cited by its source, dated by it', () => {
		const answer = answerQuestion(two, 'Which firm will build the bridge?');
		expect(answer.found).toBe(true);
		if (!answer.found) return;
		expect(answer.passages[0]?.paragraph.source).toBe('valley');
		expect(answer.asOf).toBe('2024-03-05');
		const reply = executeCommand(two, 'ask', { question: 'Which firm will build the bridge?' });
		const text = renderReplyText(reply, two.knowledge);
		expect(text).toMatch(/^\[Valley ¶[12][ \]]/mu);
		expect(text).toMatch(
			/— Stonearch to build Riverton bridge \(Valley Post · Omar Field · 5 March 2024\), as of 5 March 2024$/u,
		);
		const json = renderReplyJson(reply, two.knowledge) as { passages: { id: string; source: string }[] };
		expect(json.passages[0]).toMatchObject({ id: expect.stringMatching(/^¶[12]$/u), source: 'valley' });
	});

	test('GIVEN a question the first report answers THEN it is dated by the first', () => {
		const answer = answerQuestion(two, 'When will residents be able to comment on the design?');
		expect(answer.found && answer.passages[0]?.paragraph.source).toBe('riverton');
		expect(answer.asOf).toBe('2024-03-04');
	});

	test('GIVEN /who over both reports THEN JSON passages name their source', () => {
		const json = renderReplyJson(executeCommand(two, 'who', { name: 'Lopez' }), two.knowledge) as {
			people: { passages: { id: string; source: string }[] }[];
		};
		expect(json.people[0]?.passages).toEqual(
			expect.arrayContaining([
				{ id: '¶1', source: 'riverton' },
				{ id: '¶1', source: 'valley' },
			]),
		);
	});
});

describe('/check over several sources', () => {
	test('GIVEN a claim one report states and another gives other values for THEN supported, saying they differ', () => {
		const check = checkClaim(two, 'The bridge will cost 12 million euros');
		expect(check).toMatchObject({ found: true, verdict: 'supported' });
		if (!check.found) return;
		expect(check.reason).toBe(
			'Riverton ¶2 states it; the sources differ: Valley ¶2: The article gives 14 million euros, not 12 million euros.',
		);
		expect(check.passages.slice(0, 2).map((passage) => passage.paragraph.cite)).toEqual(['Riverton ¶2', 'Valley ¶2']);
	});

	test('GIVEN a claim both reports state THEN supported, nothing about differing', () => {
		const check = checkClaim(two, 'The governor agreed to pay half of the cost');
		expect(check.found && check.reason).toBe('Riverton ¶4 states it.');
	});
});

describe('/about and /paragraph over several sources', () => {
	test('GIVEN two sources THEN /about lists both and maps topics per source', () => {
		const reply = executeCommand(two, 'about', {});
		const text = renderReplyText(reply, two.knowledge);
		expect(text).toContain('Sources (2):');
		expect(text).toContain(
			'- Valley (valley): Stonearch to build Riverton bridge (Valley Post · Omar Field · 5 March 2024)',
		);
		expect(text).toMatch(/- Money: Riverton ¶[\d–, ¶]+, Valley ¶/u);
		const json = renderReplyJson(reply, two.knowledge) as { sources: { source: string; paragraphs: number }[] };
		expect(json.sources.map(({ source, paragraphs }) => [source, paragraphs])).toEqual([
			['riverton', 6],
			['valley', 5],
		]);
	});

	test('GIVEN /paragraph with a source THEN that report’s paragraph; past its end THEN a notice naming it', () => {
		const reply = executeCommand(two, 'paragraph', { number: 2, source: 'valley' });
		expect(reply.kind === 'paragraph' && reply.paragraph.cite).toBe('Valley ¶2');
		expect(executeCommand(two, 'paragraph', { number: 2 })).toMatchObject({ paragraph: { cite: 'Riverton ¶2' } });
		expect(executeCommand(two, 'paragraph', { number: 6, source: 'Valley' })).toMatchObject({
			kind: 'notice',
			text: 'There is no ¶6: Valley has ¶1 to ¶5.',
		});
		expect(executeCommand(two, 'paragraph', { number: 1, source: 'nope' })).toMatchObject({ kind: 'notice' });
	});
});
