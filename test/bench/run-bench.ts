/**
 * `npm run bench`: Briefing's performance as ratios to baselines measured in the same run. A benchmark, not a test:
 * it asserts nothing. Every figure is measured in 3 rounds and printed as min / median of the rounds, beside its
 * baseline measured the same way, interleaved with it, so that both see the same machine:
 * - per command, in process, the whole answer (command, rendering to Discord JSON, JSON text): beside MiniSearch
 *   defaults searching the same input over the same paragraphs;
 * - `/ask` with every cache cold (a new index per question), beside MiniSearch on its own new index;
 * - INTERACTION_CREATE on the local fake gateway → callback, `/ask` beside `/help` (a fixed reply: the transport);
 * - the HTTP endpoint per core (`http-load.ts`: server on core 0, load generator on core 1, 32 connections), beside a
 *   verify-only `node:http` server, in 5 alternating rounds (3 with `--quick`);
 * - cold start of the build to the first answer (CLI, with the article alone and with a second source added) and to
 *   READY (gateway), beside `node -e ''`; peak RSS of the running bot beside a bare Node process;
 * - how cost grows with the knowledge: 1×, 10×, 100×, 1,000× the article's paragraphs of real English (WordNet's
 *   glosses and examples around the article): build time, heap and /ask latency, beside MiniSearch defaults.
 * Prints a warning when the load average is above the number of cores: other work then skews the figures.
 * Run with `--quick` for fewer samples per round and no 1,000× row.
 */

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import MiniSearch from 'minisearch';
import type { Briefing } from '../../src/core/briefing.js';
import type { Reply } from '../../src/core/reply.js';
import type { Knowledge } from '../../src/core/types.js';
import { startHarness, TEST_TOKEN } from '../helpers/bot-harness.js';
import { PROJECT_DIR } from '../helpers/briefing.js';
import { FakeDiscord } from '../helpers/fake-discord.js';
import { chatInput } from '../helpers/interactions.js';
import { startEntryPoint } from '../helpers/run-process.js';
import { benchQuestions } from './bench-questions.js';
import { growKnowledge } from './english-knowledge.js';

// The build's code, bundled by `npm run bench` (see `shipped.ts`).
const {
	DEFAULT_KNOWLEDGE_DIR,
	answerQuestion,
	autocompleteCommand,
	createBriefing,
	executeCommand,
	loadKnowledge,
	renderDiscordMessage,
} = (await import(
	pathToFileURL(join(PROJECT_DIR, 'dist', 'bench', 'shipped.js')).href
)) as typeof import('./shipped.js');

const quick = process.argv.includes('--quick');
const ROUNDS = 3;
const SAMPLES = quick ? 300 : 2000;
const WARM_UP_MS = quick ? 300 : 1000;
const SETTLE_MS = 500;

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
const loadAtStart = loadavg()[0] ?? 0;

const percentile = (sorted: readonly number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const median = (values: readonly number[]) =>
	percentile(
		[...values].sort((a, b) => a - b),
		50,
	);
const min = (values: readonly number[]) => Math.min(...values);
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const fixed = (value: number) =>
	value >= 100 ? value.toFixed(0) : value.toFixed(value >= 10 ? 1 : value >= 1 ? 2 : 3);

/** One figure over the rounds: each round's p50 and p99 (or a single value per round, in `p50`). */
interface Rounds {
	readonly p50: number[];
	readonly p99: number[];
}
const emptyRounds = (): Rounds => ({ p50: [], p99: [] });
function addRound(into: Rounds, times: number[]): void {
	times.sort((a, b) => a - b);
	into.p50.push(percentile(times, 50));
	into.p99.push(percentile(times, 99));
}

/**
 * Runs `fn` untimed for a moment after a forced collection. The collection clears the heap between rounds, so that
 * neither side pays for the other's garbage, but it leaves background work (sweeping the old generation, with a
 * large index hundreds of MiB) that competes for the two cores: at 1,000× it made the first few questions of a round
 * 10–30 times slower than the rest, which alone set the round's p99 (the 3rd slowest of 300). Collections that come
 * on their own during a round are still timed.
 */
function settle<T>(inputs: readonly T[], fn: (input: T) => unknown) {
	const until = performance.now() + SETTLE_MS;
	for (let i = 0; performance.now() < until; i++) fn(inputs[i % inputs.length] as T);
}

/**
 * Times `run` over the inputs, in rounds of `samples`, alternating with the baseline's rounds. Both are warmed up
 * first (the JIT done, caches full: the steady state of a bot running a while; cold costs have their own rows).
 */
function compare<T>(
	inputs: readonly T[],
	samples: number,
	run: (input: T) => unknown,
	baseline: (input: T) => unknown,
): { ours: Rounds; base: Rounds } {
	for (const fn of [run, baseline]) {
		const warmUntil = performance.now() + WARM_UP_MS;
		for (let i = 0; i < inputs.length * 2 || performance.now() < warmUntil; i++) fn(inputs[i % inputs.length] as T);
	}
	const ours = emptyRounds();
	const base = emptyRounds();
	for (let round = 0; round < ROUNDS; round++) {
		for (const [fn, into] of [
			[run, ours],
			[baseline, base],
		] as const) {
			gc();
			settle(inputs, fn);
			const times: number[] = [];
			for (let i = 0; i < samples; i++) {
				const input = inputs[(i + round * 7) % inputs.length] as T;
				const start = performance.now();
				fn(input);
				times.push(performance.now() - start);
			}
			addRound(into, times);
		}
	}
	return { ours, base };
}

// The table: one row per figure, Briefing's min / median over the rounds beside the baseline's.
const rows: string[][] = [];
const span = (values: readonly number[]) => `${fixed(min(values))} / ${fixed(median(values))}`;
const latency = (rounds: Rounds) => `${span(rounds.p50)} · ${span(rounds.p99)}`;
const times = (ours: number, base: number) => {
	const ratio = ours / base;
	return `${ratio >= 10 ? ratio.toFixed(0) : ratio >= 0.1 ? ratio.toFixed(1) : ratio.toPrecision(1)}×`;
};

function latencyRow(what: string, ours: Rounds, baseline: string, base: Rounds, notes = ''): void {
	rows.push([
		what,
		latency(ours),
		baseline,
		latency(base),
		`${times(median(ours.p50), median(base.p50))} · ${times(median(ours.p99), median(base.p99))}`,
		notes,
	]);
	process.stderr.write(`. ${what}\n`);
}

const knowledge = await loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
const briefing = createBriefing(knowledge);
const questions = benchQuestions();

/** The whole in-process answer: the command, its rendering to Discord JSON, and the JSON text sent. */
const whole = (target: Briefing, reply: (target: Briefing) => Reply) =>
	JSON.stringify(renderDiscordMessage(reply(target), target.knowledge));

/** MiniSearch with its defaults over the paragraphs: what a plain search costs on the same text. */
function plainIndex(source: Knowledge): MiniSearch<{ id: number; text: string }> {
	const plain = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
	plain.addAll(source.article.paragraphs.map((paragraph) => ({ id: paragraph.number, text: paragraph.text })));
	return plain;
}
const plain = plainIndex(knowledge);
const MINISEARCH = 'MiniSearch defaults, same input';

// 1. Each command in process, rendered.
{
	const { ours, base } = compare(
		questions,
		SAMPLES,
		(question) => whole(briefing, (b) => executeCommand(b, 'ask', { question })),
		(question) => plain.search(question),
	);
	latencyRow('/ask (answer + Discord JSON)', ours, MINISEARCH, base, `${questions.length} questions, 4 sets`);
}
{
	// Every cache cold: each question on an index built for it alone (build not timed), as right after a restart.
	const cold = emptyRounds();
	const coldBase = emptyRounds();
	const perRound = quick ? 40 : 120;
	for (let round = 0; round < ROUNDS; round++) {
		const ours: number[] = [];
		const base: number[] = [];
		for (let i = 0; i < perRound; i++) {
			const question = questions[(round * perRound + i) % questions.length] ?? '';
			const fresh = createBriefing(knowledge);
			const freshPlain = plainIndex(knowledge);
			let start = performance.now();
			whole(fresh, (b) => executeCommand(b, 'ask', { question }));
			ours.push(performance.now() - start);
			start = performance.now();
			freshPlain.search(question);
			base.push(performance.now() - start);
		}
		addRound(cold, ours);
		addRound(coldBase, base);
	}
	latencyRow(
		'/ask, every cache cold',
		cold,
		'MiniSearch, new index',
		coldBase,
		`a new index per question, ${perRound} per round`,
	);
}
const hostile = [
	'Lavrov vaccine Syria '.repeat(300),
	`${'x'.repeat(5000)} vaccine`,
	Array.from({ length: 800 }, (_, i) => `terms${i}x`).join(' '),
	'quereshi vacine pipline '.repeat(200),
];
for (const [what, inputs, reply, notes] of [
	[
		'/ask core + rendering, hostile 4,800–6,300 chars',
		hostile,
		(question: string) =>
			(b: Briefing): Reply => ({ kind: 'answer', answer: answerQuestion(b, question), ephemeral: false }),
		'past the option limit, on purpose',
	],
	[
		'/who',
		['bajwa', 'quereshi', 'army chief', 'Sergei Lavrov', 'nobody', ''],
		(name: string) => (b: Briefing) => executeCommand(b, 'who', { name }),
		'',
	],
	[
		'/pledges',
		['energy', 'vaccine', 'security', '', 'football'],
		(topic: string) => (b: Briefing) => executeCommand(b, 'pledges', { topic }),
		'',
	],
	['/check', questions, (claim: string) => (b: Briefing) => executeCommand(b, 'check', { claim }), ''],
	['/about', [''], () => (b: Briefing) => executeCommand(b, 'about', {}), ''],
] as const) {
	const { ours, base } = compare(
		inputs,
		SAMPLES,
		(input) => whole(briefing, reply(input)),
		(input) => plain.search(input),
	);
	latencyRow(what, ours, MINISEARCH, base, notes);
}
{
	const { ours, base } = compare(
		['vacc', 'how many', 'lavrov', ''],
		SAMPLES,
		(value) => JSON.stringify(autocompleteCommand(briefing, 'ask', 'question', value)),
		(value) => plain.autoSuggest(value),
	);
	latencyRow('autocomplete /ask', ours, 'MiniSearch autoSuggest', base);
}

// 2. INTERACTION_CREATE on the local gateway → the callback request, through the real discord.js client.
{
	const harness = await startHarness(briefing, { level: 'silent' });
	const roundTrip = async (options: Record<string, string>, name: string) => {
		const interaction = chatInput(name, options);
		const start = performance.now();
		harness.fake.sendInteraction(interaction);
		const callback = await harness.fake.waitForRequest((candidate) =>
			candidate.path.startsWith(`/interactions/${interaction.id}/`),
		);
		return callback.at - start;
	};
	const perRound = quick ? 60 : 300;
	const ours = emptyRounds();
	const base = emptyRounds();
	for (let i = 0; i < 50; i++) await roundTrip({ question: questions[i % questions.length] ?? '' }, 'ask');
	for (let round = 0; round < ROUNDS; round++) {
		const asked: number[] = [];
		const helped: number[] = [];
		for (let i = 0; i < perRound; i++) {
			asked.push(await roundTrip({ question: questions[(round * perRound + i) % questions.length] ?? '' }, 'ask'));
			helped.push(await roundTrip({}, 'help'));
		}
		addRound(ours, asked);
		addRound(base, helped);
	}
	await harness.close();
	latencyRow(
		'gateway: INTERACTION_CREATE → callback',
		ours,
		'/help (a fixed reply)',
		base,
		`${perRound} sequential per round`,
	);
}

// 3. The HTTP endpoint per core, beside the verify-only ceiling: its own script, pinned to core 1 (server on core 0).
let httpSummary = '';
{
	const pinned = spawnSync('taskset', ['-c', '1', 'true']).status === 0 && availableParallelism() >= 2;
	const args = ['--import', 'tsx', join(PROJECT_DIR, 'test', 'bench', 'http-load.ts'), ...(quick ? ['--quick'] : [])];
	process.stderr.write('. HTTP endpoint (this takes a minute or two)\n');
	const output = execFileSync(
		pinned ? 'taskset' : process.execPath,
		pinned ? ['-c', '1', process.execPath, ...args] : args,
		{
			cwd: PROJECT_DIR,
			encoding: 'utf8',
			maxBuffer: 1 << 20,
		},
	);
	type Round = { reqPerSecond: number; p50Ms: number; p99Ms: number; cpuUsPerRequest: number; failures: number };
	const result = JSON.parse(output) as {
		connections: number;
		requests: number;
		rounds: { briefing: Round[]; ceiling: Round[] };
	};
	const toRounds = (list: Round[]): Rounds => ({ p50: list.map((r) => r.p50Ms), p99: list.map((r) => r.p99Ms) });
	const { briefing: ours, ceiling } = result.rounds;
	const failures = [...ours, ...ceiling].reduce((sum, r) => sum + r.failures, 0);
	const rate = (list: Round[]) => list.map((r) => r.reqPerSecond);
	const cpu = (list: Round[]) => list.map((r) => r.cpuUsPerRequest);
	// Each Briefing round beside the ceiling round just before it: the pairs saw the same machine.
	const pairs = ours.map((round, i) => round.reqPerSecond / (ceiling[i]?.reqPerSecond ?? Number.NaN));
	const ratio = median(pairs);
	latencyRow(
		`HTTP endpoint, 1 core, ${result.connections} connections`,
		toRounds(ours),
		'verify-only node:http',
		toRounds(ceiling),
		`${result.requests.toLocaleString('en')} requests per round, ${failures} non-200${pinned ? '' : ', NOT pinned (no taskset)'}`,
	);
	rows.push([
		'HTTP endpoint: req/s · CPU µs per request',
		`${span(rate(ours))} · ${span(cpu(ours))}`,
		'verify-only node:http',
		`${span(rate(ceiling))} · ${span(cpu(ceiling))}`,
		`${ratio.toFixed(2)} of req/s · ${times(median(cpu(ours)), median(cpu(ceiling)))}`,
		`req/s ratio: median of ${pairs.length} paired rounds (${pairs.map((pair) => pair.toFixed(2)).join(', ')}); CPU from /proc`,
	]);
	httpSummary = `HTTP endpoint: ${ratio.toFixed(2)} of the ceiling's req/s; p99 ${times(median(ours.map((r) => r.p99Ms)), median(ceiling.map((r) => r.p99Ms)))} the ceiling's`;
}

// 4. Cold start, beside Node starting and doing nothing; 5. peak memory of the running bot, beside a bare Node.
{
	const runs = ROUNDS;
	const nodeStart = () => {
		const start = performance.now();
		spawnSync(process.execPath, ['-e', '']);
		return performance.now() - start;
	};
	// Two sources: the second report (written for this project) added to a copy of the knowledge with the
	// `knowledge -- add` command, as a user adds one.
	const twoSources = mkdtempSync(join(tmpdir(), 'briefing-bench-sources-'));
	cpSync(join(PROJECT_DIR, 'knowledge'), twoSources, { recursive: true });
	const report = join(PROJECT_DIR, 'test', 'eval', 'second-report');
	const meta = JSON.parse(readFileSync(join(report, 'meta.json'), 'utf8')) as Record<string, string>;
	execFileSync(
		process.execPath,
		[
			join(PROJECT_DIR, 'dist', 'knowledge-cli.js'),
			'add',
			join(report, 'report.txt'),
			...['--slug', 'second', '--title', meta.title ?? '', '--outlet', meta.outlet ?? ''],
			...['--author', meta.author ?? '', '--date', meta.date ?? '', '--url', meta.url ?? ''],
		],
		{ env: { ...process.env, KNOWLEDGE_DIR: twoSources }, stdio: 'ignore' },
	);
	const firstAnswer = async (env: Record<string, string> = {}) => {
		const start = performance.now();
		const cli = startEntryPoint('dist/cli.js', ['ask', 'What is the IGC?', '--json'], { env });
		cli.child.stdin.end();
		await cli.exited;
		return performance.now() - start;
	};
	const toAnswer: number[] = [];
	const toAnswerTwo: number[] = [];
	const bare: number[] = [];
	for (let i = 0; i < runs; i++) {
		bare.push(nodeStart());
		toAnswer.push(await firstAnswer());
		toAnswerTwo.push(await firstAnswer({ KNOWLEDGE_DIR: twoSources }));
	}
	rmSync(twoSources, { recursive: true, force: true });
	const toReady: number[] = [];
	const bareAgain: number[] = [];
	const peakMiB: number[] = [];
	const bareMiB: number[] = [];
	for (let i = 0; i < runs; i++) {
		bareAgain.push(nodeStart());
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
		// Peak memory after a few hundred answers.
		for (let j = 0; j < (quick ? 100 : 300); j++) {
			const interaction = chatInput('ask', { question: questions[j % questions.length] ?? '' });
			fake.sendInteraction(interaction);
			await fake.waitForRequest((candidate) => candidate.path.startsWith(`/interactions/${interaction.id}/`));
		}
		peakMiB.push(vmHwmMiB(readFileSync(`/proc/${bot.child.pid}/status`, 'utf8')));
		bot.child.kill('SIGTERM');
		await bot.exited;
		await fake.close();
		bareMiB.push(await bareNodePeakMiB());
	}
	const seconds = (list: number[]) => `${fixed(min(list) / 1000)} / ${fixed(median(list) / 1000)} s`;
	for (const [what, ours, base] of [
		['cold start: process → first answer (CLI)', toAnswer, bare],
		['cold start: process → first answer (CLI, two sources)', toAnswerTwo, bare],
		['cold start: process → READY (gateway, local fake)', toReady, bareAgain],
	] as const) {
		rows.push([what, seconds(ours), "node -e ''", seconds(base), times(median(ours), median(base)), `${runs} runs`]);
	}
	rows.push([
		`peak RSS of the running bot (VmHWM, after ${quick ? 100 : 300} answers)`,
		`${fixed(min(peakMiB))} / ${fixed(median(peakMiB))} MiB`,
		'bare Node process',
		`${fixed(min(bareMiB))} / ${fixed(median(bareMiB))} MiB`,
		times(median(peakMiB), median(bareMiB)),
		`${runs} runs`,
	]);
	process.stderr.write('. cold starts and memory\n');
}

// 6. How cost grows with the knowledge (real English around the article), beside MiniSearch defaults.
for (const scale of quick ? [1, 10, 100] : [1, 10, 100, 1000]) {
	const grown = growKnowledge(knowledge, scale);
	const builds: { ms: number[]; heap: number[] } = { ms: [], heap: [] };
	const plainBuilds: { ms: number[]; heap: number[] } = { ms: [], heap: [] };
	let big: Briefing | undefined;
	let bigPlain: MiniSearch<{ id: number; text: string }> | undefined;
	for (let round = 0; round < ROUNDS; round++) {
		big = undefined;
		bigPlain = undefined;
		gc();
		let before = process.memoryUsage().heapUsed;
		let start = performance.now();
		// The concept cache is off, so every question is worked out, not remembered (per-term caches stay warm).
		big = createBriefing(grown, { conceptCacheSize: 0 });
		builds.ms.push(performance.now() - start);
		gc();
		builds.heap.push((process.memoryUsage().heapUsed - before) / 2 ** 20);
		before = process.memoryUsage().heapUsed;
		start = performance.now();
		bigPlain = plainIndex(grown);
		plainBuilds.ms.push(performance.now() - start);
		gc();
		plainBuilds.heap.push((process.memoryUsage().heapUsed - before) / 2 ** 20);
	}
	const target = big as Briefing;
	const baseIndex = bigPlain as MiniSearch<{ id: number; text: string }>;
	const label = `${scale.toLocaleString('en')}× (${grown.article.paragraphs.length.toLocaleString('en')} paragraphs)`;
	const { ours, base } = compare(
		questions,
		scale >= 100 ? Math.min(SAMPLES, 300) : SAMPLES,
		(question) => whole(target, (b) => executeCommand(b, 'ask', { question })),
		(question) => baseIndex.search(question),
	);
	latencyRow(`/ask at ${label}`, ours, 'MiniSearch defaults', base, 'concept cache off');
	rows.push([
		`build · heap at ${scale.toLocaleString('en')}×`,
		`${span(builds.ms)} ms · ${span(builds.heap)} MiB`,
		'MiniSearch defaults',
		`${span(plainBuilds.ms)} ms · ${span(plainBuilds.heap)} MiB`,
		`${times(median(builds.ms), median(plainBuilds.ms))} · ${times(median(builds.heap), median(plainBuilds.heap))}`,
		'',
	]);
}

function vmHwmMiB(status: string): number {
	return Number(/VmHWM:\s+(\d+)/u.exec(status)?.[1] ?? 0) / 1024;
}

/** The peak RSS of a Node process that starts and waits a moment. */
async function bareNodePeakMiB(): Promise<number> {
	const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)']);
	await new Promise((resolve) => setTimeout(resolve, 300));
	const peak = vmHwmMiB(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
	child.kill('SIGKILL');
	return peak;
}

const header = [
	'measurement',
	'Briefing, min / median of 3 rounds',
	'baseline (same run)',
	'baseline, min / median',
	'ratio (medians)',
	'notes',
];
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((cells) => (cells[i] ?? '').length)));
const line = (cells: readonly string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(
	`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}; load average ${loadAtStart.toFixed(2)} at the start, ${(loadavg()[0] ?? 0).toFixed(2)} at the end\n`,
);
for (const warning of [busyAtStart, checkBusy('at the end')]) if (warning !== undefined) console.log(`${warning}\n`);
console.log('Latency cells are p50 min / median · p99 min / median, in ms; ratios are Briefing ÷ baseline.\n');
console.log(line(header));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const cells of rows) console.log(line(cells));
console.log(`\n${httpSummary}`);
