/**
 * `npm run bench`: one table of Briefing's performance. A benchmark, not a test: it asserts nothing.
 * - per command, in process: latency p50/p99 (with and without the concept cache, and for hostile input);
 * - the whole path from INTERACTION_CREATE on the local fake gateway to the callback request;
 * - the HTTP endpoint (the build, in its own process) on loopback: throughput and p99 of signed requests from 4
 *   concurrent clients;
 * - cold start of the build (`dist/`, as npm start runs it): to the first answer (CLI) and to READY (gateway);
 * - peak memory (VmHWM) of the running gateway bot;
 * - how cost grows with the knowledge: 1×, 10×, 100×, 1,000× the article's paragraphs (generated text).
 * Run with `--quick` for fewer rounds and no 1,000× row.
 */

import { sign } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/boot.js';
import { autocompleteCommand, executeCommand } from '../../src/commands/index.js';
import { answerQuestion } from '../../src/core/answer/answer-question.js';
import { createBriefing } from '../../src/core/briefing.js';
import { loadKnowledge } from '../../src/core/knowledge/load-knowledge.js';
import { readCases } from '../eval/evaluate.js';
import { startHarness, TEST_TOKEN } from '../helpers/bot-harness.js';
import { FakeDiscord } from '../helpers/fake-discord.js';
import { chatInput } from '../helpers/interactions.js';
import { startEntryPoint } from '../helpers/run-process.js';
import { createTestKeys } from '../helpers/signed-client.js';
import { growKnowledge } from './synthetic-knowledge.js';

const quick = process.argv.includes('--quick');

/**
 * The figures compare only between runs on a quiet machine: when the load average is above the number of cores,
 * other work competes for them. Returns the warning (printed at once and again beside the table), if any.
 */
function checkBusy(when: string): string | undefined {
	const [load = 0] = loadavg();
	const cores = availableParallelism();
	if (load <= cores) return undefined;
	const warning = `warning: the machine is busy ${when} (load average ${load.toFixed(2)} over ${cores} cores): these figures are not comparable with a quiet run`;
	process.stderr.write(`${warning}\n`);
	return warning;
}
const busyAtStart = checkBusy('at the start');
const ROUNDS = quick ? 500 : 3000;
const WARM_UP_MS = 1000;
const rows: string[][] = [];
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(value >= 10 ? 1 : 3));
const percentile = (sorted: readonly number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

function timeEach<T>(inputs: readonly T[], rounds: number, run: (input: T) => unknown): number[] {
	// Warm up for a second, and on every input at least twice, so that the JIT has finished optimizing and the caches
	// are full: the steady state of a bot that has been running a while (cold starts are measured on their own).
	const warmUntil = performance.now() + WARM_UP_MS;
	for (let i = 0; i < inputs.length * 2 || performance.now() < warmUntil; i++) run(inputs[i % inputs.length] as T);
	const times: number[] = [];
	for (let i = 0; i < rounds; i++) {
		const input = inputs[i % inputs.length] as T;
		const start = performance.now();
		run(input);
		times.push(performance.now() - start);
	}
	return times.sort((a, b) => a - b);
}

function row(what: string, times: readonly number[], extra = ''): void {
	rows.push([what, ms(percentile(times, 50)), ms(percentile(times, 99)), extra]);
	process.stderr.write(`. ${what}\n`);
}

const knowledge = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
const briefing = createBriefing(knowledge);
const questions = ['dev-questions.jsonl', 'own-questions.jsonl'].flatMap((file) =>
	readCases(join(import.meta.dirname, '..', 'eval', file)).map((item) => item.q),
);

// 1. Each command in process.
const hostile = [
	'Lavrov vaccine Syria '.repeat(300),
	`${'x'.repeat(5000)} vaccine`,
	Array.from({ length: 800 }, (_, i) => `terms${i}x`).join(' '),
	'quereshi vacine pipline '.repeat(200),
];
row(
	'/ask (in process)',
	timeEach(questions, ROUNDS, (question) => executeCommand(briefing, 'ask', { question })),
	'concepts recur, so most come from the cache',
);
{
	// The same questions with every concept worked out afresh: the cost of a question made of new combinations.
	const cold = createBriefing(knowledge, { conceptCacheSize: 0 });
	row(
		'/ask, concept cache off',
		timeEach(questions, ROUNDS, (question) => executeCommand(cold, 'ask', { question })),
	);
	// A freshly started bot: each round builds a new index and asks every question once, so each term is scored on
	// its first use, as after a restart.
	const times: number[] = [];
	while (times.length < ROUNDS) {
		const fresh = createBriefing(knowledge);
		gc();
		for (const question of questions) {
			const start = performance.now();
			executeCommand(fresh, 'ask', { question });
			times.push(performance.now() - start);
		}
	}
	row(
		'/ask on a fresh index',
		times.sort((a, b) => a - b),
		'every question once per new index',
	);
}
row(
	'/ask core, hostile 4,800–6,300 chars',
	timeEach(hostile, ROUNDS, (question) => answerQuestion(briefing, question)),
);
row(
	'/who',
	timeEach(['bajwa', 'quereshi', 'army chief', 'Sergei Lavrov', 'nobody', ''], ROUNDS, (name) =>
		executeCommand(briefing, 'who', { name }),
	),
);
row(
	'/pledges',
	timeEach(['energy', 'vaccine', 'security', '', 'football'], ROUNDS, (topic) =>
		executeCommand(briefing, 'pledges', { topic }),
	),
);
row(
	'/check',
	timeEach(questions, ROUNDS, (claim) => executeCommand(briefing, 'check', { claim })),
);
row(
	'/about',
	timeEach([''], ROUNDS, () => executeCommand(briefing, 'about', {})),
);
row(
	'autocomplete /ask',
	timeEach(['vacc', 'how many', 'lavrov', ''], ROUNDS, (value) =>
		autocompleteCommand(briefing, 'ask', 'question', value),
	),
);

// 2. INTERACTION_CREATE on the local gateway → the callback request, through the real discord.js client.
{
	const harness = await startHarness(briefing, { level: 'silent' });
	const times: number[] = [];
	for (let i = 0; i < (quick ? 100 : 500); i++) {
		const interaction = chatInput('ask', { question: questions[i % questions.length] ?? '' });
		const start = performance.now();
		harness.fake.sendInteraction(interaction);
		const callback = await harness.fake.waitForRequest((candidate) =>
			candidate.path.startsWith(`/interactions/${interaction.id}/`),
		);
		times.push(callback.at - start);
	}
	await harness.close();
	row(
		'gateway: INTERACTION_CREATE → callback',
		times.sort((a, b) => a - b),
		`${times.length} sequential`,
	);
}

// 3. The HTTP endpoint on loopback: the build (`dist/http.js`) in its own process, as deployed, and the requests
// signed before the clock starts, so the load generator measures the server rather than its own signing.
{
	const keys = createTestKeys();
	const port = await findFreePort();
	const server = startEntryPoint('dist/http.js', [], {
		env: { DISCORD_PUBLIC_KEY: keys.publicKeyHex, PORT: String(port), LOG_LEVEL: 'warn' },
		timeoutMs: 600_000,
	});
	await waitForHealth(port);
	const total = quick ? 2000 : 10_000;
	const WARM_UP_REQUESTS = 1000;
	const timestamp = String(Math.floor(Date.now() / 1000));
	const requests = Array.from({ length: WARM_UP_REQUESTS + total }, (_, i) => {
		// A different user each time, so that the per-user rate limit never answers instead of the bot.
		const interaction = chatInput(
			'ask',
			{ question: questions[i % questions.length] ?? '' },
			String(730000000000000000n + BigInt(i)),
		);
		const body = JSON.stringify(interaction);
		return { body, signature: sign(null, Buffer.from(timestamp + body), keys.privateKey).toString('hex') };
	});
	const agent = new Agent({ keepAlive: true, maxSockets: 4 });
	const post = ({ body, signature }: { body: string; signature: string }) =>
		new Promise<number>((resolve, reject) => {
			const start = performance.now();
			const req = request(
				{
					port,
					host: '127.0.0.1',
					path: '/interactions',
					method: 'POST',
					agent,
					headers: {
						'content-type': 'application/json',
						'content-length': Buffer.byteLength(body),
						'x-signature-ed25519': signature,
						'x-signature-timestamp': timestamp,
					},
				},
				(res) => {
					res.resume();
					res.on('end', () =>
						res.statusCode === 200 ? resolve(performance.now() - start) : reject(new Error(`HTTP ${res.statusCode}`)),
					);
				},
			);
			req.on('error', reject);
			req.end(body);
		});
	const runClients = async (batch: typeof requests) => {
		let next = 0;
		const times: number[] = [];
		await Promise.all(
			Array.from({ length: 4 }, async () => {
				while (next < batch.length) times.push(await post(batch[next++] as (typeof batch)[number]));
			}),
		);
		return times;
	};
	// The first thousand warm the server up, as in the other rows; the rest are measured.
	await runClients(requests.slice(0, WARM_UP_REQUESTS));
	const started = performance.now();
	const times = await runClients(requests.slice(WARM_UP_REQUESTS));
	const seconds = (performance.now() - started) / 1000;
	agent.destroy();
	server.child.kill('SIGTERM');
	await server.exited;
	row(
		'HTTP endpoint (own process), 4 concurrent clients',
		times.sort((a, b) => a - b),
		`${total} answered, ${(total / seconds).toFixed(0)} req/s`,
	);
}

// 4. Cold start.
{
	const runs = quick ? 2 : 5;
	const toAnswer: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		const cli = startEntryPoint('dist/cli.js', ['ask', 'What is the IGC?', '--json']);
		cli.child.stdin.end();
		await cli.exited;
		toAnswer.push(performance.now() - start);
	}
	row(
		'cold start: process → first answer (CLI)',
		toAnswer.sort((a, b) => a - b),
		`${runs} runs`,
	);
	const toReady: number[] = [];
	let peakKiB = 0;
	for (let i = 0; i < runs; i++) {
		const fake = await FakeDiscord.start();
		const start = performance.now();
		const bot = startEntryPoint('dist/main.js', [], {
			env: {
				DISCORD_TOKEN: TEST_TOKEN,
				DISCORD_CLIENT_ID: '100000000000000001',
				DISCORD_API_URL: fake.apiUrl,
				LOG_LEVEL: 'warn',
			},
		});
		await fake.waitForSessions(1, 30_000);
		toReady.push(performance.now() - start);
		if (i === 0) {
			// 5. Peak memory of the running bot, after it has answered a few hundred questions.
			for (let j = 0; j < 300; j++) {
				const interaction = chatInput('ask', { question: questions[j % questions.length] ?? '' });
				fake.sendInteraction(interaction);
				await fake.waitForRequest((candidate) => candidate.path.startsWith(`/interactions/${interaction.id}/`));
			}
			const status = readFileSync(`/proc/${bot.child.pid}/status`, 'utf8');
			peakKiB = Number(/VmHWM:\s+(\d+)/u.exec(status)?.[1] ?? 0);
		}
		bot.child.kill('SIGTERM');
		await bot.exited;
		await fake.close();
	}
	row(
		'cold start: process → READY (gateway, local fake)',
		toReady.sort((a, b) => a - b),
		`${runs} runs`,
	);
	rows.push([
		'peak memory of the running bot (VmHWM, after 300 answers)',
		'',
		'',
		`${(peakKiB / 1024).toFixed(0)} MiB`,
	]);
}

// 6. How cost grows with the knowledge, next to plain MiniSearch defaults over the same paragraphs.
for (const times of quick ? [1, 10, 100] : [1, 10, 100, 1000]) {
	gc();
	const before = process.memoryUsage().heapUsed;
	const grown = growKnowledge(knowledge, times);
	const buildStart = performance.now();
	// Cache off: at this size every search is measured, not remembered.
	const big = createBriefing(grown, { conceptCacheSize: 0 });
	const buildMs = performance.now() - buildStart;
	gc();
	const heapMiB = (process.memoryUsage().heapUsed - before) / 2 ** 20;
	const rounds = times >= 100 ? 300 : ROUNDS;
	const label = `${times}× (${grown.article.paragraphs.length.toLocaleString('en')} paragraphs)`;
	row(
		`/ask at ${label}`,
		timeEach(questions, rounds, (question) => answerQuestion(big, question)),
		`build ${ms(buildMs)} ms, heap ${heapMiB.toFixed(0)} MiB`,
	);
	const plain = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
	plain.addAll(grown.article.paragraphs.map((paragraph) => ({ id: paragraph.number, text: paragraph.text })));
	row(
		`  MiniSearch defaults at ${times}×`,
		timeEach(questions, rounds, (question) => plain.search(question)),
		'',
	);
}

/** A port free on 127.0.0.1 right now. */
async function findFreePort(): Promise<number> {
	const probe = createServer().listen(0, '127.0.0.1');
	await once(probe, 'listening');
	const { port } = probe.address() as AddressInfo;
	probe.close();
	return port;
}

/** Resolves once the endpoint answers GET /healthz. */
async function waitForHealth(port: number): Promise<void> {
	for (let attempt = 0; attempt < 100; attempt++) {
		const healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then(
			(response) => response.ok,
			() => false,
		);
		if (healthy) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error('the HTTP endpoint did not start');
}

const header = ['measurement', 'p50 ms', 'p99 ms', 'notes'];
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((cells) => (cells[i] ?? '').length)));
const line = (cells: readonly string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(
	`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}\n`,
);
for (const warning of [busyAtStart, checkBusy('at the end')]) if (warning !== undefined) console.log(`${warning}\n`);
console.log(line(header));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const cells of rows) console.log(line(cells));
