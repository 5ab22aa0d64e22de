import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../../src/boot.js';
import { KnowledgeError } from '../../../src/core/errors.js';
import { loadKnowledge } from '../../../src/core/knowledge/load-knowledge.js';
import { EVERYDAY_SYNONYMS } from '../../../src/core/lexicon/everyday-synonyms.js';
import { FIXTURE_DIR } from '../../helpers/briefing.js';

const temporary: string[] = [];
afterEach(async () => {
	await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A copy of a knowledge folder with one file changed. */
async function copyWith(source: string, file: string, edit: (text: string) => string | undefined): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'briefing-knowledge-'));
	temporary.push(dir);
	await cp(source, dir, { recursive: true });
	const text = edit(await readFile(join(dir, file), 'utf8'));
	if (text === undefined) await rm(join(dir, file));
	else await writeFile(join(dir, file), text);
	return dir;
}

describe('loadKnowledge on the real article', () => {
	test('GIVEN the project knowledge THEN 5 highlights, the byline and 30 numbered paragraphs load', async () => {
		const { article, people, pledges } = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
		expect(article.highlights).toHaveLength(5);
		expect(article.byline).toBe('By Asghar Ali Mubarak');
		expect(article.paragraphs.map((paragraph) => paragraph.id)).toEqual(
			Array.from({ length: 30 }, (_, i) => `¶${i + 1}`),
		);
		expect(article.paragraphs[0]?.text.startsWith('ISLAMABAD: Russian Foreign Minister Sergey Lavrov')).toBe(true);
		expect(article.meta.title).toBe('Islamabad, Moscow pledge to boost ties');
		expect(article.hash).toMatch(/^[0-9a-f]{64}$/u);
		expect(people.length).toBeGreaterThanOrEqual(4);
		expect(pledges.length).toBeGreaterThanOrEqual(8);
	});

	test('GIVEN the article THEN sentences tile each paragraph in order', async () => {
		const { article } = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
		for (const paragraph of article.paragraphs) {
			for (const sentence of paragraph.sentences) {
				expect(paragraph.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
			}
			expect(paragraph.sentences.map((sentence) => sentence.index)).toEqual(paragraph.sentences.map((_, i) => i + 1));
		}
	});

	test('GIVEN people THEN where they are mentioned is derived from the text', async () => {
		const { people } = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
		const bajwa = people.find((person) => person.id === 'bajwa');
		expect(bajwa?.mentions).toEqual([1]);
		const putin = people.find((person) => person.id === 'putin');
		expect(putin?.mentions).toEqual([3, 8]);
	});
});

describe('loadKnowledge on another article', () => {
	test('GIVEN the fixture folder THEN its own metadata, facts and synonyms load without code changes', async () => {
		const knowledge = await loadKnowledge(FIXTURE_DIR);
		expect(knowledge.article.meta.outlet).toBe('Riverton Courier');
		expect(knowledge.article.paragraphs).toHaveLength(6);
		expect(knowledge.people.map((person) => person.name)).toEqual(['Ana Lopez', 'Tom Reed']);
		expect(knowledge.topics.find((topic) => topic.id === 'money')?.paragraphs).toEqual([2, 3, 4]);
		expect(knowledge.synonyms.groups).toContainEqual(['ferry', 'boat']);
	});

	test('GIVEN no synonyms file THEN loading still works, with the everyday synonyms only', async () => {
		const dir = await copyWith(FIXTURE_DIR, 'synonyms.json', () => undefined);
		const { synonyms } = await loadKnowledge(dir, { lexicon: false });
		expect(synonyms.groups).toEqual(EVERYDAY_SYNONYMS.groups);
		expect(synonyms.acronyms).toEqual(EVERYDAY_SYNONYMS.acronyms);
	});

	test('GIVEN a folder’s own synonyms THEN they join the everyday ones, and its acronyms win', async () => {
		const dir = await copyWith(FIXTURE_DIR, 'synonyms.json', () =>
			JSON.stringify({ acronyms: { UN: 'Union of Nations' }, groups: [['quango', 'agency']] }),
		);
		const { synonyms } = await loadKnowledge(dir, { lexicon: false });
		expect(synonyms.groups).toContainEqual(['quango', 'agency']);
		expect(synonyms.groups).toContainEqual(EVERYDAY_SYNONYMS.groups[0]);
		expect(synonyms.acronyms.UN).toBe('Union of Nations');
	});
});

describe('loadKnowledge with bad files', () => {
	test('GIVEN a missing fact sheet THEN the error names the file', async () => {
		const dir = await copyWith(FIXTURE_DIR, 'facts.json', () => undefined);
		await expect(loadKnowledge(dir)).rejects.toThrow(/facts\.json: file not found/u);
	});

	test('GIVEN invalid JSON THEN the error names the file', async () => {
		const dir = await copyWith(FIXTURE_DIR, 'article.json', (text) => text.replace('{', '{,'));
		await expect(loadKnowledge(dir)).rejects.toThrow(/article\.json: not valid JSON/u);
	});

	test('GIVEN a field of the wrong shape THEN the error names the file and the path', async () => {
		const dir = await copyWith(FIXTURE_DIR, 'article.json', (text) => text.replace('"2024-03-04"', '"4 March"'));
		await expect(loadKnowledge(dir)).rejects.toThrow(/article\.json: date: /u);
	});

	test('GIVEN a pinned quote with a typo THEN start-up fails naming the file, the fact and the paragraph', async () => {
		const dir = await copyWith(FIXTURE_DIR, 'facts.json', (text) =>
			text.replace('pay half of the cost', 'pay half the cost'),
		);
		const error = await loadKnowledge(dir).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(KnowledgeError);
		expect(String(error)).toMatch(/facts\.json: pledges\[1\]: the quote “pledged to pay half the cost” is not in ¶4/u);
	});

	test('GIVEN a pledge on an unknown topic and a pin past the end THEN every problem is listed at once', async () => {
		const dir = await copyWith(FIXTURE_DIR, 'facts.json', (text) =>
			text.replace('"topic": "money"', '"topic": "sport"').replace('"paragraph": 3,', '"paragraph": 99,'),
		);
		await expect(loadKnowledge(dir)).rejects.toThrow(
			/unknown topic "sport".*¶99 does not exist|¶99 does not exist.*unknown topic "sport"/u,
		);
	});

	test('GIVEN a missing article THEN the error names it', async () => {
		const dir = await copyWith(FIXTURE_DIR, 'article.txt', () => undefined);
		await expect(loadKnowledge(dir)).rejects.toThrow(/article\.txt: file not found/u);
	});
});

describe('loadKnowledge limits, checked before parsing', () => {
	test('GIVEN an article over the byte limit THEN one line naming the file, its size and the limit', async () => {
		await expect(loadKnowledge(FIXTURE_DIR, { limits: { maxArticleBytes: 100 } })).rejects.toThrow(
			/article\.txt: \d+ bytes, over the limit of 100 bytes$/u,
		);
	});

	test('GIVEN more paragraphs than allowed THEN the error says so', async () => {
		const dir = await copyWith(FIXTURE_DIR, 'article.txt', (text) => `${text}\n${'Another paragraph.\n'.repeat(50)}`);
		await expect(loadKnowledge(dir, { limits: { maxParagraphs: 40 } })).rejects.toThrow(
			/article\.txt: more than 40 paragraphs, the limit/u,
		);
	});

	test('GIVEN one paragraph longer than allowed THEN the error names its line', async () => {
		const dir = await copyWith(FIXTURE_DIR, 'article.txt', (text) => `${text}\n${'word '.repeat(5_000)}\n`);
		await expect(loadKnowledge(dir)).rejects.toThrow(
			/article\.txt: line \d+ has 24999 characters, over the limit of 20000/u,
		);
	});

	test('GIVEN the real article THEN it is well within the default limits', async () => {
		await expect(loadKnowledge(DEFAULT_KNOWLEDGE_DIR, { lexicon: false })).resolves.toBeDefined();
	});
});

describe('loadKnowledge: the lexicon', () => {
	test('GIVEN the project knowledge THEN its lexicon was built for this very article', async () => {
		const knowledge = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
		expect(knowledge.lexicon?.articleHash).toBe(knowledge.article.hash);
		expect(knowledge.lexicon?.related.split('\n').length).toBeGreaterThan(1000);
	});

	test('GIVEN a lexicon in an older format THEN loading fails, saying to rebuild it', async () => {
		const dir = await copyWith(DEFAULT_KNOWLEDGE_DIR, 'lexicon.json', (text) =>
			JSON.stringify({ ...JSON.parse(text), version: 1 }),
		);
		await expect(loadKnowledge(dir)).rejects.toThrow(
			/lexicon\.json: version: built by another version.*npm run lexicon/u,
		);
	});

	test('GIVEN an edited article and the old lexicon THEN loading fails, saying to rebuild it', async () => {
		const dir = await copyWith(DEFAULT_KNOWLEDGE_DIR, 'article.txt', (text) => `${text}\nOne more paragraph.\n`);
		await expect(loadKnowledge(dir)).rejects.toThrow(/lexicon\.json: built for another version.*npm run lexicon/u);
		await expect(loadKnowledge(dir)).rejects.toBeInstanceOf(KnowledgeError);
	});

	test('GIVEN no lexicon THEN the knowledge loads without one', async () => {
		const knowledge = await loadKnowledge(FIXTURE_DIR);
		expect(knowledge.lexicon).toBeUndefined();
	});
});
