import { cp, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../../src/boot.js';
import { TEST_TOKEN } from '../../helpers/bot-harness.js';
import { expectValidRequest } from '../../helpers/discord-spec.js';
import { FakeDiscord } from '../../helpers/fake-discord.js';
import { chatInput } from '../../helpers/interactions.js';
import { readLogLines, runEntryPoint, startEntryPoint } from '../../helpers/run-process.js';

const CLIENT_ID = '100000000000000001';
let fake: FakeDiscord | undefined;
afterEach(async () => {
	await fake?.close();
	fake = undefined;
});

describe('start-up failures (run as processes)', () => {
	test.each([
		['a token without the client id', { DISCORD_TOKEN: TEST_TOKEN }, ['DISCORD_CLIENT_ID']],
		[
			'malformed ids',
			{ DISCORD_TOKEN: TEST_TOKEN, DISCORD_CLIENT_ID: 'abc', DISCORD_GUILD_ID: '12' },
			['DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID'],
		],
		['a malformed token', { DISCORD_TOKEN: `${TEST_TOKEN} extra`, DISCORD_CLIENT_ID: CLIENT_ID }, ['DISCORD_TOKEN']],
		[
			'a bad API URL and log level',
			{ DISCORD_TOKEN: TEST_TOKEN, DISCORD_CLIENT_ID: CLIENT_ID, DISCORD_API_URL: 'nope', LOG_LEVEL: 'loud' },
			['DISCORD_API_URL', 'LOG_LEVEL'],
		],
	])('GIVEN %s THEN exit 1 with one line naming every bad key, and no token anywhere', async (_case, env, keys) => {
		const { code, stdout, stderr } = await runEntryPoint('dist/main.js', [], { env });
		expect(code).toBe(1);
		expect(stdout).toBe('');
		const lines = stderr.trim().split('\n');
		expect(lines).toHaveLength(1);
		for (const key of keys) expect(lines[0]).toContain(key);
		expect(stdout + stderr).not.toContain(TEST_TOKEN);
	});

	test('GIVEN npm run register without a token THEN it says what is needed', async () => {
		const { code, stderr } = await runEntryPoint('dist/register-commands.js', []);
		expect(code).toBe(1);
		expect(stderr).toMatch(/DISCORD_TOKEN and DISCORD_CLIENT_ID are required/u);
	});
});

describe('npm run register against the local fake', () => {
	test.each([
		['a guild', '600000000000000001', `/applications/${CLIENT_ID}/guilds/600000000000000001/commands`],
		['global', undefined, `/applications/${CLIENT_ID}/commands`],
	])(
		'GIVEN %s THEN a bulk overwrite of valid commands, and a list of what was registered',
		async (_case, guild, path) => {
			fake = await FakeDiscord.start();
			const env = {
				DISCORD_TOKEN: TEST_TOKEN,
				DISCORD_CLIENT_ID: CLIENT_ID,
				DISCORD_GUILD_ID: guild,
				DISCORD_API_URL: fake.apiUrl,
			};
			const { code, stdout, stderr } = await runEntryPoint('dist/register-commands.js', [], { env });
			expect(code, stderr).toBe(0);
			const request = await fake.waitForRequest((candidate) => candidate.method === 'PUT');
			expect(request.path).toBe(path);
			expectValidRequest(request);
			expect(stdout).toMatch(/Registered 8 commands/u);
			expect(stdout).toContain('/ask');
			expect(stdout).toContain('(message menu) Check against the article');
			expect(stdout + stderr).not.toContain(TEST_TOKEN);
		},
	);
});

describe('npm start with a token (the gateway bot as a process)', () => {
	test('GIVEN SIGTERM with an interaction answered THEN the process exits 0 after closing, never printing the token', async () => {
		fake = await FakeDiscord.start();
		const bot = startEntryPoint('dist/main.js', [], {
			env: {
				DISCORD_TOKEN: TEST_TOKEN,
				DISCORD_CLIENT_ID: CLIENT_ID,
				DISCORD_API_URL: fake.apiUrl,
				LOG_LEVEL: 'debug',
			},
		});
		await fake.waitForSessions(1, 15_000);
		const interaction = chatInput('ask', { question: 'What is the IGC?' });
		fake.sendInteraction(interaction);
		await fake.waitForRequest((request) => request.path.startsWith(`/interactions/${interaction.id}/`));
		bot.child.kill('SIGTERM');
		const { code } = await bot.exited;
		expect(code).toBe(0);
		expect(bot.output()).toMatch(/"msg":"shutting down"/u);
		expect(bot.output()).not.toContain(TEST_TOKEN);
	});
});

describe('knowledge faults at start-up (run as processes)', () => {
	const cases: [string, (dir: string) => Promise<void>, RegExp][] = [
		['a missing fact sheet', (dir) => rm(join(dir, 'facts.json')), /facts\.json: file not found/u],
		['invalid JSON', (dir) => writeFile(join(dir, 'article.json'), '{ "title": '), /article\.json: not valid JSON/u],
		[
			'a pinned quote not in the article',
			async (dir) => {
				const path = join(dir, 'facts.json');
				await writeFile(path, (await readFile(path, 'utf8')).replace('"quote": "COAS Bajwa"', '"quote": "COAS Bajva"'));
			},
			/facts\.json: people\[2\] \(bajwa\): the quote “COAS Bajva” is not in ¶1/u,
		],
		[
			'a 200 MB article (checked before it is read)',
			(dir) => truncate(join(dir, 'article.txt'), 200 * 1024 * 1024),
			/article\.txt: 209715200 bytes, over the limit of 2097152 bytes/u,
		],
	];
	test.each(cases)(
		'GIVEN %s THEN start-up stops with one line naming the file and the problem',
		async (_case, breakIt, message) => {
			const dir = await mkdtemp(join(tmpdir(), 'briefing-broken-'));
			try {
				await cp(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
				await breakIt(dir);
				for (const env of [
					{ KNOWLEDGE_DIR: dir },
					{ KNOWLEDGE_DIR: dir, DISCORD_TOKEN: TEST_TOKEN, DISCORD_CLIENT_ID: CLIENT_ID },
				]) {
					const { code, stdout, stderr } = await runEntryPoint('dist/main.js', [], { env });
					expect(code).toBe(1);
					expect(stderr.trim().split('\n')).toHaveLength(1);
					expect(stderr).toMatch(message);
					expect(stdout + stderr).not.toContain(TEST_TOKEN);
				}
			} finally {
				await rm(dir, { recursive: true, force: true });
			}
		},
	);
});

describe('the token never leaks on failure paths', () => {
	test('GIVEN Discord rejects the token THEN exit 1 with one line, and the token is in no output', async () => {
		fake = await FakeDiscord.start();
		fake.intercept(() => ({ status: 401, body: { message: '401: Unauthorized', code: 0 } }));
		const { code, stdout, stderr } = await runEntryPoint('dist/main.js', [], {
			env: {
				DISCORD_TOKEN: TEST_TOKEN,
				DISCORD_CLIENT_ID: CLIENT_ID,
				DISCORD_API_URL: fake.apiUrl,
				LOG_LEVEL: 'debug',
			},
		});
		expect(code).toBe(1);
		expect(stderr.trim().split('\n').at(-1)).toMatch(/^Briefing cannot start: /u);
		expect(stdout + stderr).not.toContain(TEST_TOKEN);
		expect(stdout + stderr).not.toContain(TEST_TOKEN.split('.')[2]);
	});

	test('GIVEN SIGTERM while an answer is in flight THEN it completes before the process exits 0', async () => {
		fake = await FakeDiscord.start();
		const slow = chatInput('ask', { question: 'What is the IGC?' });
		fake.intercept((request) =>
			request.path.startsWith(`/interactions/${slow.id}/`) ? { status: 204, delayMs: 1500 } : undefined,
		);
		const bot = startEntryPoint('dist/main.js', [], {
			env: { DISCORD_TOKEN: TEST_TOKEN, DISCORD_CLIENT_ID: CLIENT_ID, DISCORD_API_URL: fake.apiUrl },
		});
		await fake.waitForSessions(1, 15_000);
		fake.sendInteraction(slow);
		await fake.waitForRequest((request) => request.path.startsWith(`/interactions/${slow.id}/`));
		bot.child.kill('SIGTERM');
		const { code } = await bot.exited;
		expect(code).toBe(0);
		const logged = readLogLines<{ msg: string; id?: string }>(bot.output());
		const shutdown = logged.findIndex((line) => line.msg === 'shutting down');
		const answeredAt = logged.findIndex((line) => line.msg === 'interaction' && line.id === slow.id);
		expect(shutdown).toBeGreaterThanOrEqual(0);
		expect(answeredAt).toBeGreaterThan(shutdown);
		expect(bot.output()).not.toContain(TEST_TOKEN);
	});

	test.each([
		['Discord never answers the callback', { status: 204, delayMs: 30_000 }],
		[
			'Discord answers 429 with retry_after 120',
			{
				status: 429,
				body: { message: 'You are being rate limited.', retry_after: 120, global: false },
				headers: { 'retry-after': '120', 'x-ratelimit-scope': 'user' },
			},
		],
	])('GIVEN SIGTERM when %s THEN exit 0 at the deadline, logging the dropped interaction', async (_case, canned) => {
		fake = await FakeDiscord.start();
		const stuck = chatInput('ask', { question: 'What is the IGC?' });
		fake.intercept((request) => (request.path.startsWith(`/interactions/${stuck.id}/`) ? canned : undefined));
		const bot = startEntryPoint('dist/main.js', [], {
			env: {
				DISCORD_TOKEN: TEST_TOKEN,
				DISCORD_CLIENT_ID: CLIENT_ID,
				DISCORD_API_URL: fake.apiUrl,
				SHUTDOWN_DEADLINE_SECONDS: '1',
			},
			timeoutMs: 60_000,
		});
		await fake.waitForSessions(1, 15_000);
		fake.sendInteraction(stuck);
		await fake.waitForRequest((request) => request.path.startsWith(`/interactions/${stuck.id}/`));
		bot.child.kill('SIGTERM');
		const { code } = await bot.exited;
		expect(code).toBe(0);
		const logged = readLogLines<{ msg: string; ids?: string[] }>(bot.output());
		expect(logged.find((line) => line.msg.startsWith('shutdown deadline passed'))).toMatchObject({
			count: 1,
			ids: [stuck.id],
		});
		expect(bot.output()).not.toContain(TEST_TOKEN);
	});
});
