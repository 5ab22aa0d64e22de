/**
 * The HTTP endpoint beside its ceiling, per core: Briefing's build (`dist/http.js`, one worker) and the verify-only
 * server (`ceiling-server.ts`) each pinned to core 0, this load generator on core 1 (run it under `taskset -c 1`;
 * `run-bench.ts` does). Keep-alive, 32 connections, unique pre-signed interactions (a new user each, so the rate
 * limit never answers) asking the questions of several question sets. Rounds alternate the two servers, so both
 * see the same machine. Prints one JSON object on stdout: per server and round, req/s, p50/p99 latency and the
 * server's CPU time per request (from /proc), and any non-200 count.
 * `node --import tsx test/bench/http-load.ts [--quick] [--rounds N] [--requests N] [--connections N]`; the servers'
 * logs go to the temporary folder (BENCH_LOG_LEVEL, default info) and are removed when they exit cleanly.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { sign } from 'node:crypto';
import { once } from 'node:events';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '../helpers/http-process.js';
import { chatInput } from '../helpers/interactions.js';
import { createTestKeys } from '../helpers/signed-client.js';
import { benchQuestions } from './bench-questions.js';

const PROJECT_DIR = join(import.meta.dirname, '..', '..');
const argument = (name: string, fallback: number) => {
	const at = process.argv.indexOf(name);
	return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const quick = process.argv.includes('--quick');
// Short rounds, alternating: a burst of other work on the machine then skews one pair, not one server's figures.
const rounds = argument('--rounds', quick ? 3 : 5);
const connections = argument('--connections', 32);
const measured = argument('--requests', quick ? 6_000 : 12_000);
const warmUp = 3_000;
const SERVER_CORE = '0';

interface Signed {
	readonly body: string;
	readonly signature: string;
	readonly timestamp: string;
}

const keys = createTestKeys();
let userCounter = 0n;
function signRequests(count: number, questions: readonly string[]): Signed[] {
	const timestamp = String(Math.floor(Date.now() / 1000));
	return Array.from({ length: count }, (_, i) => {
		userCounter += 1n;
		const interaction = chatInput(
			'ask',
			{ question: questions[i % questions.length] ?? '' },
			String(730000000000000000n + userCounter),
		);
		const body = JSON.stringify(interaction);
		return { body, timestamp, signature: sign(null, Buffer.from(timestamp + body), keys.privateKey).toString('hex') };
	});
}

/** The server's CPU time so far (user + system), in milliseconds, from /proc (Linux clock ticks of 10 ms). */
function cpuMs(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
	return (Number(fields[11]) + Number(fields[12])) * 10;
}

// As `npm run start:http` runs the endpoint (see package.json); the ceiling gets the same flags. BENCH_NODE_FLAGS
// replaces them, e.g. with --cpu-prof to profile a server.
const NODE_FLAGS = (process.env.BENCH_NODE_FLAGS ?? '--single-threaded-gc').split(' ').filter(Boolean);

async function startServer(kind: 'briefing' | 'ceiling', port: number): Promise<ChildProcess> {
	const script = kind === 'briefing' ? ['dist/http.js'] : ['--import', 'tsx', 'test/bench/ceiling-server.ts'];
	// Logs go to a file, as a deployed endpoint's would: the default level, one line per interaction.
	const logFile = join(tmpdir(), `briefing-bench-${kind}-${process.pid}.log`);
	const log = openSync(logFile, 'w');
	const child = spawn('taskset', ['-c', SERVER_CORE, process.execPath, ...NODE_FLAGS, ...script], {
		cwd: PROJECT_DIR,
		env: {
			PATH: process.env.PATH ?? '',
			DISCORD_PUBLIC_KEY: keys.publicKeyHex,
			PORT: String(port),
			HTTP_WORKERS: '1',
			LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
			KNOWLEDGE_DIR: join(PROJECT_DIR, 'knowledge'),
		},
		stdio: ['ignore', log, log],
	});
	closeSync(log);
	// Kept only when the server fails, to read why.
	child.once('exit', (code) => {
		if (code === 0) rmSync(logFile, { force: true });
	});
	for (let attempt = 0; attempt < 300; attempt++) {
		const up = await fetch(`http://127.0.0.1:${port}/healthz`, { method: 'GET' }).then(
			(response) => response.status < 500,
			() => false,
		);
		if (up) return child;
		if (child.exitCode !== null) break;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`the ${kind} server did not start`);
}

interface RoundResult {
	readonly reqPerSecond: number;
	readonly p50Ms: number;
	readonly p99Ms: number;
	readonly cpuUsPerRequest: number;
	readonly failures: number;
}

/**
 * Sends every request of the batch over `connections` keep-alive sockets, one request in flight per socket, and
 * times each. Raw sockets with the requests' bytes built beforehand and a minimal response reader: node:http's own
 * client costs about as much CPU per request as the ceiling server, and the generator must not be the bottleneck.
 */
async function load(port: number, batch: readonly Signed[], pid?: number): Promise<RoundResult> {
	const wire = batch.map(({ body, signature, timestamp }) =>
		Buffer.from(
			`POST /interactions HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nx-signature-ed25519: ${signature}\r\nx-signature-timestamp: ${timestamp}\r\n\r\n${body}`,
		),
	);
	let failures = 0;
	let next = 0;
	const times: number[] = [];
	const runConnection = async () => {
		const socket = connect(port, '127.0.0.1');
		socket.setNoDelay(true);
		await once(socket, 'connect');
		await new Promise<void>((resolve, reject) => {
			let pending: Buffer = Buffer.alloc(0);
			let start = 0;
			const send = () => {
				if (next >= wire.length) {
					socket.end();
					resolve();
					return;
				}
				start = performance.now();
				socket.write(wire[next++] as Buffer);
			};
			socket.on('error', reject);
			socket.on('data', (chunk: Buffer) => {
				pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
				const headEnd = pending.indexOf('\r\n\r\n');
				if (headEnd === -1) return;
				const head = pending.toString('latin1', 0, headEnd);
				const length = Number(/content-length: *(\d+)/iu.exec(head)?.[1] ?? 0);
				if (pending.length < headEnd + 4 + length) return;
				if (head.slice(9, 12) !== '200') failures++;
				pending = pending.subarray(headEnd + 4 + length);
				times.push(performance.now() - start);
				send();
			});
			send();
		});
	};
	const cpuBefore = pid === undefined ? 0 : cpuMs(pid);
	const started = performance.now();
	await Promise.all(Array.from({ length: connections }, runConnection));
	const seconds = (performance.now() - started) / 1000;
	const cpu = pid === undefined ? 0 : cpuMs(pid) - cpuBefore;
	times.sort((a, b) => a - b);
	const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? Number.NaN;
	return {
		reqPerSecond: batch.length / seconds,
		p50Ms: at(0.5),
		p99Ms: at(0.99),
		cpuUsPerRequest: (cpu * 1000) / batch.length,
		failures,
	};
}

const questions = benchQuestions();
const results: Record<'briefing' | 'ceiling', RoundResult[]> = { briefing: [], ceiling: [] };
const servers = {} as Record<'briefing' | 'ceiling', { child: ChildProcess; port: number }>;
// BENCH_ONLY=briefing (or ceiling) runs one server alone, e.g. to profile it with BENCH_NODE_FLAGS=--cpu-prof.
const kinds = (['ceiling', 'briefing'] as const).filter((kind) => (process.env.BENCH_ONLY ?? kind) === kind);
for (const kind of kinds) {
	const port = await findFreePort();
	servers[kind] = { child: await startServer(kind, port), port };
	// Warm up: the JIT, and for Briefing the caches, as after a few minutes in service.
	await load(port, signRequests(warmUp, questions));
}
for (let round = 0; round < rounds; round++) {
	for (const kind of kinds) {
		const { child, port } = servers[kind];
		results[kind].push(await load(port, signRequests(measured, questions), child.pid));
	}
}
for (const { child } of Object.values(servers)) {
	child.kill('SIGTERM');
	if (child.exitCode === null) await once(child, 'exit');
}
process.stdout.write(
	`${JSON.stringify({ connections, requests: measured, questions: questions.length, rounds: results })}\n`,
);
