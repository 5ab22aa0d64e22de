import { sign } from 'node:crypto';
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findFreePort, type HttpEndpoint, startHttpEndpoint } from './helpers/http-process.js';
import { chatInput } from './helpers/interactions.js';
import { runEntryPoint, startEntryPoint } from './helpers/run-process.js';
import { postSigned } from './helpers/signed-client.js';

/** Opens a raw connection, to send what `fetch` will not: chunked uploads, trickles, aborts. */
async function openSocket(port: number): Promise<Socket> {
	const socket = connect(port, '127.0.0.1');
	await once(socket, 'connect');
	socket.on('error', () => {});
	return socket;
}

/** Resolves with everything the server wrote once it closes the connection. */
function readUntilClosed(socket: Socket): Promise<string> {
	let received = '';
	socket.on('data', (chunk: Buffer) => {
		received += chunk.toString();
	});
	return new Promise((resolve) => socket.once('close', () => resolve(received)));
}

const postHeaders = (extra: string) =>
	`POST /interactions HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\n${extra}\r\n`;

describe('npm run start:http (the HTTP endpoint as a process)', () => {
	test('GIVEN no public key THEN exit 1 naming it', async () => {
		const { code, stderr } = await runEntryPoint('dist/http.js', []);
		expect(code).toBe(1);
		expect(stderr).toMatch(/DISCORD_PUBLIC_KEY is required/u);
	});

	test('GIVEN a public key and a port THEN /healthz answers, and SIGTERM exits 0', async () => {
		const port = String(await findFreePort());
		const server = startEntryPoint('dist/http.js', [], { env: { DISCORD_PUBLIC_KEY: 'ab'.repeat(32), PORT: port } });
		await expect.poll(() => server.output(), { timeout: 30_000 }).toContain('"msg":"listening"');
		const health = await fetch(`http://127.0.0.1:${port}/healthz`);
		expect(health.status).toBe(200);
		server.child.kill('SIGTERM');
		expect((await server.exited).code).toBe(0);
	});
});

describe('npm run start:http with HTTP_WORKERS=2 (node:cluster)', () => {
	test('GIVEN two workers THEN both listen on one port, signed requests are answered alike, and SIGTERM exits 0', async () => {
		const endpoint = await startHttpEndpoint({ HTTP_WORKERS: '2' });
		try {
			await endpoint.waitForLine((line) => line.msg === 'all workers listening' && line.workers === 2);
			const url = `${endpoint.base}/interactions`;
			const bodies = [];
			for (let i = 0; i < 6; i++) {
				const interaction = chatInput('ask', { question: 'What is the IGC?' }, String(700000000000000200n + BigInt(i)));
				const response = await postSigned(url, endpoint.privateKey, JSON.stringify(interaction));
				expect(response.status).toBe(200);
				bodies.push(JSON.stringify(response.body));
			}
			expect(new Set(bodies).size).toBe(1);
			endpoint.running.child.kill('SIGTERM');
			expect((await endpoint.running.exited).code).toBe(0);
			const stopped = endpoint.logLines().filter((line) => line.msg === 'shutting down');
			expect(stopped.map((line) => line.worker).sort()).toEqual([1, 2]);
			expect(stopped.every((line) => line.deadlineMs === 10_000)).toBe(true);
		} finally {
			endpoint.running.child.kill('SIGKILL');
		}
	});
});

describe('npm run start:http (run as a process) under hostile clients', () => {
	let endpoint: HttpEndpoint;
	beforeAll(async () => {
		endpoint = await startHttpEndpoint({ LOG_LEVEL: 'debug' });
	});
	afterAll(async () => {
		endpoint.running.child.kill('SIGKILL');
		await endpoint.running.exited;
	});

	const alive = async () => (await fetch(`${endpoint.base}/healthz`)).status;

	test('GIVEN an unsigned chunked POST over 64 KiB THEN 413, and the process keeps serving', async () => {
		const socket = await openSocket(endpoint.port);
		const closed = readUntilClosed(socket);
		socket.write(postHeaders('transfer-encoding: chunked\r\n'));
		const chunk = 'x'.repeat(16 * 1024);
		for (let i = 0; i < 7 && !socket.destroyed; i++) socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
		socket.write('0\r\n\r\n');
		expect(await closed).toMatch(/^HTTP\/1\.1 413/u);
		expect(await alive()).toBe(200);
		expect(endpoint.running.child.exitCode).toBeNull();
	});

	test('GIVEN a signed request sent again with its signature in another hex case THEN 401 replayed', async () => {
		const body = JSON.stringify(chatInput('ask', { question: 'What is the IGC?' }));
		const timestamp = Math.floor(Date.now() / 1000);
		const signature = sign(null, Buffer.from(timestamp + body), endpoint.privateKey).toString('hex');
		const url = `${endpoint.base}/interactions`;
		const send = (spelled: string) => postSigned(url, endpoint.privateKey, body, { timestamp, signature: spelled });
		expect((await send(signature)).status).toBe(200);
		const spellings = [
			signature.toUpperCase(),
			signature.replace(/[a-f]/u, (c) => c.toUpperCase()),
			[...signature].map((c, i) => (i % 2 === 0 ? c.toUpperCase() : c)).join(''),
			signature,
		];
		for (const spelled of spellings) {
			expect(await send(spelled)).toEqual({ status: 401, body: { error: 'replayed request' } });
		}
	});

	test('GIVEN aborted uploads, bad signatures and oversized bodies THEN only debug lines, without stacks', async () => {
		const before = endpoint.logLines().length;
		for (let i = 0; i < 5; i++) {
			const socket = await openSocket(endpoint.port);
			socket.write(`${postHeaders('content-length: 5000\r\n')}${'x'.repeat(100)}`);
			socket.destroy();
		}
		const url = `${endpoint.base}/interactions`;
		expect((await fetch(url, { method: 'POST', body: '{}' })).status).toBe(401);
		expect((await postSigned(url, endpoint.privateKey, '{}', { signature: 'ab'.repeat(64) })).status).toBe(401);
		expect((await postSigned(url, endpoint.privateKey, 'x'.repeat(70_000))).status).toBe(413);
		expect(await alive()).toBe(200);
		// The aborts are noticed asynchronously: wait until the last line of this test has been logged.
		await endpoint.waitForLine((line) => line.status === 413);
		await endpoint.waitForLine(
			() => endpoint.logLines().filter((line) => line.reason === 'client aborted the request').length >= 5,
		);
		const lines = endpoint.logLines().slice(before);
		expect(lines.filter((line) => line.reason === 'client aborted the request')).toHaveLength(5);
		expect(lines.length).toBeGreaterThanOrEqual(8);
		for (const line of lines) {
			expect(line.level).toBe('debug');
			expect(JSON.stringify(line)).not.toContain('stack');
		}
	});

	test('GIVEN a signed command with a 50 KB name THEN it is answered and logged cut short', async () => {
		const name = 'a'.repeat(50_000);
		const payload = { ...chatInput('ask', {}), data: { id: '800000000000000001', name, type: 1, options: [] } };
		const response = await postSigned(`${endpoint.base}/interactions`, endpoint.privateKey, JSON.stringify(payload));
		expect(response.status).toBe(200);
		const line = await endpoint.waitForLine(
			(candidate) => candidate.id === payload.id && candidate.msg === 'interaction',
		);
		expect(JSON.stringify(line).length).toBeLessThan(2_000);
		expect(String(line?.command)).toMatch(/^a+…\[50000 chars\]$/u);
	});
});

describe('npm run start:http (run as a process): time limits', () => {
	test('GIVEN a client trickling its body past HTTP_REQUEST_TIMEOUT_SECONDS THEN its connection is closed', async () => {
		const endpoint = await startHttpEndpoint({ HTTP_REQUEST_TIMEOUT_SECONDS: '1' });
		try {
			const socket = await openSocket(endpoint.port);
			const closed = readUntilClosed(socket);
			socket.write(postHeaders('content-length: 1000\r\n'));
			const trickle = setInterval(() => socket.write('x'), 100);
			// Node's own default would notice only after 30 s; the wait here is generous, not a speed check.
			const outcome = await Promise.race([
				closed,
				new Promise((resolve) => setTimeout(() => resolve('still open'), 20_000)),
			]);
			clearInterval(trickle);
			socket.destroy();
			expect(outcome).toMatch(/^HTTP\/1\.1 408 /u);
			expect((await fetch(`${endpoint.base}/healthz`)).status).toBe(200);
		} finally {
			endpoint.running.child.kill('SIGKILL');
			await endpoint.running.exited;
		}
	});

	test('GIVEN SIGTERM while a request is in flight past the deadline THEN exit 0, logging what was dropped', async () => {
		const endpoint = await startHttpEndpoint({ SHUTDOWN_DEADLINE_SECONDS: '1', HTTP_REQUEST_TIMEOUT_SECONDS: '300' });
		const socket = await openSocket(endpoint.port);
		// "100 Continue" proves the server has the request and is waiting for its body: it is in flight.
		const continued = new Promise((resolve) => socket.once('data', resolve));
		socket.write(postHeaders('content-length: 1000\r\nexpect: 100-continue\r\n'));
		await continued;
		socket.write('x');
		endpoint.running.child.kill('SIGTERM');
		const { code } = await endpoint.running.exited;
		socket.destroy();
		expect(code).toBe(0);
		const lines = endpoint.logLines();
		expect(lines.find((line) => line.msg === 'shutting down')).toMatchObject({ signal: 'SIGTERM', deadlineMs: 1000 });
		expect(lines.find((line) => String(line.msg).startsWith('shutdown deadline passed'))).toMatchObject({ dropped: 1 });
	});
});
