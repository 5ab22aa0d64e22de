import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FIXTURE_DIR, TWO_SOURCES_DIR } from './helpers/briefing.js';
import { runEntryPoint } from './helpers/run-process.js';

const dir = await mkdtemp(join(tmpdir(), 'briefing-knowledge-cli-'));
await cp(FIXTURE_DIR, dir, { recursive: true });
afterAll(() => rm(dir, { recursive: true, force: true }));

const VALLEY = join(TWO_SOURCES_DIR, 'sources', 'valley', 'article.txt');
const ADD = [
	'add',
	VALLEY,
	'--slug',
	'valley',
	'--title',
	'Stonearch to build Riverton bridge',
	'--outlet',
	'Valley Post',
	'--author',
	'Omar Field',
	'--date',
	'2024-03-05',
	'--url',
	'https://example.org/valley-post/stonearch-bridge',
	'--no-lexicon',
];

describe('npm run knowledge (run as a process)', () => {
	test('GIVEN add with every detail THEN it adds the source and prints what it drafted; list and check see it', async () => {
		const added = await runEntryPoint('dist/knowledge-cli.js', ADD, { env: { KNOWLEDGE_DIR: dir } });
		expect(added.stderr).toBe('');
		expect(added.code).toBe(0);
		expect(added.stdout).toMatch(/^Added valley \(Valley Post, 5 March 2024\): 5 paragraphs in /u);
		expect(added.stdout).toMatch(/^People \(\d+\):\n- /mu);
		expect(added.stdout).toContain('- Mia Park, Regional Governor; also Park');
		expect(added.stdout).toMatch(/^Pledges \(\d+\):/mu);
		expect(added.stdout).toContain('[Valley ¶4] Regional Governor Mia Park agreed to pay half of the cost');
		expect(added.stdout).not.toMatch(/: \.|\(0\)/u);
		const drafted = JSON.parse(await readFile(join(dir, 'sources', 'valley', 'facts.drafted.json'), 'utf8'));
		expect(drafted.people.length).toBeGreaterThan(0);

		const list = await runEntryPoint('dist/knowledge-cli.js', ['list', '--dir', dir]);
		expect(list.code).toBe(0);
		expect(list.stdout).toMatch(
			/\(2\):\n- riverton .*facts: curated\)\n- valley .*Valley Post · Omar Field.*facts: drafted\)/u,
		);

		const check = await runEntryPoint('dist/knowledge-cli.js', ['check'], { env: { KNOWLEDGE_DIR: dir } });
		expect(check.code).toBe(0);
		expect(check.stdout).toMatch(/valid\. 2 sources, 11 paragraphs/u);

		const ask = await runEntryPoint('dist/cli.js', ['ask', 'Which firm will build the bridge?', '--json'], {
			env: { KNOWLEDGE_DIR: dir },
		});
		expect(JSON.parse(ask.stdout).passages[0]).toMatchObject({ source: 'valley' });
	});

	test('GIVEN add without its details THEN one line naming them on stderr, exit code 2', async () => {
		const { code, stderr } = await runEntryPoint('dist/knowledge-cli.js', ['add', VALLEY, '--slug', 'x', '--dir', dir]);
		expect(code).toBe(2);
		expect(stderr).toMatch(/^add needs --title, --outlet, --author, --date, --url\./u);
	});

	test('GIVEN check on a folder with no article THEN exit code 1 and the problem', async () => {
		const { code, stderr } = await runEntryPoint('dist/knowledge-cli.js', ['check', '--dir', join(dir, 'nowhere')]);
		expect(code).toBe(1);
		expect(stderr).toMatch(/article\.txt: file not found/u);
	});
});
