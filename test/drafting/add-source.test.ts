import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { addSource, splitParagraphs } from '../../src/drafting/add-source.js';
import { FIXTURE_DIR, TWO_SOURCES_DIR } from '../helpers/briefing.js';

const temporary: string[] = [];
afterEach(async () => {
	await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function copyOf(source: string): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'briefing-add-'));
	temporary.push(dir);
	await cp(source, dir, { recursive: true });
	return dir;
}

const VALLEY = join(TWO_SOURCES_DIR, 'sources', 'valley', 'article.txt');
const details = {
	slug: 'valley',
	title: 'Stonearch to build Riverton bridge',
	outlet: 'Valley Post',
	author: 'Omar Field',
	date: '2024-03-05',
	url: 'https://example.org/valley-post/stonearch-bridge',
};

describe('splitParagraphs', () => {
	test('GIVEN paragraphs separated by blank lines and wrapped THEN one line each', () => {
		expect(splitParagraphs('First line\nwrapped here.\n\n\r\nSecond   one.\n')).toBe(
			'First line wrapped here.\nSecond one.\n',
		);
	});

	test('GIVEN one paragraph a line THEN the lines, trimmed, blank ones dropped', () => {
		expect(splitParagraphs('\uFEFF One.\nTwo.\n')).toBe('One.\nTwo.\n');
	});
});

describe('addSource', () => {
	test('GIVEN a text and its details THEN sources/<slug>/ with the text, metadata and drafted facts, merged on load', async () => {
		const dir = await copyOf(FIXTURE_DIR);
		const { knowledge, drafted } = await addSource(dir, VALLEY, details, new Map());
		expect(knowledge.sources.map((source) => source.slug)).toEqual(['riverton', 'valley']);
		const folder = join(dir, 'sources', 'valley');
		expect(await readFile(join(folder, 'article.txt'), 'utf8')).toBe(await readFile(VALLEY, 'utf8'));
		expect(JSON.parse(await readFile(join(folder, 'article.json'), 'utf8'))).toMatchObject({ outlet: 'Valley Post' });
		const written = JSON.parse(await readFile(join(folder, 'facts.drafted.json'), 'utf8'));
		expect(written).toEqual(drafted);
		expect(drafted.people.map((person) => person.name)).toEqual(expect.arrayContaining(['Mia Park', 'Ana Lopez']));
		// The mayor of both reports is one person: the curated one, mentioned in both.
		const lopez = knowledge.people.filter((person) => person.name === 'Ana Lopez');
		expect(lopez).toHaveLength(1);
		expect(lopez[0]?.role).toBe('Mayor of Riverton');
		expect(lopez[0]?.mentions).toContain(7);
		expect(knowledge.pledges.some((pledge) => pledge.pin.paragraph === 10)).toBe(true);
	});

	test('GIVEN a slug already taken THEN an error and nothing written', async () => {
		const dir = await copyOf(TWO_SOURCES_DIR);
		await expect(addSource(dir, VALLEY, details, new Map())).rejects.toThrow(/"valley" is already there/u);
	});

	test('GIVEN a bad date THEN an error naming the option, and no folder left behind', async () => {
		const dir = await copyOf(FIXTURE_DIR);
		await expect(addSource(dir, VALLEY, { ...details, date: '5 March' }, new Map())).rejects.toThrow(/--date/u);
		await expect(stat(join(dir, 'sources', 'valley'))).rejects.toThrow();
	});

	test('GIVEN an empty folder THEN the first source goes to sources/<slug>/ and loads alone', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'briefing-add-'));
		temporary.push(dir);
		const file = join(dir, 'input.txt');
		await writeFile(file, 'The fair opened on Monday.\n\nIt will run for a week.\n');
		const { knowledge } = await addSource(dir, file, { ...details, slug: 'fair' }, new Map());
		expect(knowledge.sources).toHaveLength(1);
		expect(knowledge.article.paragraphs.map((paragraph) => paragraph.cite)).toEqual(['¶1', '¶2']);
	});
});
