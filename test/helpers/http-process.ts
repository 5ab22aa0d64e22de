import type { KeyObject } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RunningProcess, readLogLines, startEntryPoint } from './run-process.js';
import { createTestKeys } from './signed-client.js';

export interface HttpEndpoint {
	readonly running: RunningProcess;
	readonly port: number;
	readonly base: string;
	readonly privateKey: KeyObject;
	/** The JSON log lines printed so far. */
	logLines(): Record<string, unknown>[];
	/** Waits (generously) until a log line matches, as lines reach the pipe a little after the response. */
	waitForLine(predicate: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
}

/** A port free on 127.0.0.1 right now. */
export async function findFreePort(): Promise<number> {
	const probe = createServer().listen(0, '127.0.0.1');
	await once(probe, 'listening');
	const { port } = probe.address() as AddressInfo;
	await new Promise((resolve) => probe.close(resolve));
	return port;
}

/**
 * Starts `npm run start:http` (the build) as its own process and resolves once it answers GET /healthz. One worker
 * unless `env` says otherwise: tests of the replay guard and of the log read one process's state.
 */
export async function startHttpEndpoint(env: Record<string, string> = {}): Promise<HttpEndpoint> {
	const keys = createTestKeys();
	const port = await findFreePort();
	const running = startEntryPoint('dist/http.js', [], {
		env: { DISCORD_PUBLIC_KEY: keys.publicKeyHex, PORT: String(port), HTTP_WORKERS: '1', ...env },
		timeoutMs: 60_000,
	});
	const base = `http://127.0.0.1:${port}`;
	for (let attempt = 0; ; attempt++) {
		const healthy = await fetch(`${base}/healthz`).then(
			(response) => response.ok,
			() => false,
		);
		if (healthy) break;
		if (running.child.exitCode !== null || attempt > 300) {
			throw new Error(`the HTTP endpoint did not start:\n${running.output()}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	const logLines = () => readLogLines(running.output());
	const waitForLine = async (predicate: (line: Record<string, unknown>) => boolean) => {
		for (let attempt = 0; attempt < 200; attempt++) {
			const found = logLines().find(predicate);
			if (found !== undefined) return found;
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		throw new Error(`no such log line in:\n${running.output()}`);
	};
	return { running, port, base, privateKey: keys.privateKey, logLines, waitForLine };
}
