import { describe, expect, test } from 'vitest';
import { runEntryPoint, startEntryPoint } from '../../helpers/run-process.js';

describe('npm run start:http (the HTTP endpoint as a process)', () => {
	test('GIVEN no public key THEN exit 1 naming it', async () => {
		const { code, stderr } = await runEntryPoint('src/http.ts', []);
		expect(code).toBe(1);
		expect(stderr).toMatch(/DISCORD_PUBLIC_KEY is required/u);
	});

	test('GIVEN a public key and a port THEN /healthz answers, and SIGTERM exits 0', async () => {
		const port = String(20_000 + Math.floor(Math.random() * 20_000));
		const server = startEntryPoint('src/http.ts', [], { env: { DISCORD_PUBLIC_KEY: 'ab'.repeat(32), PORT: port } });
		await expect.poll(() => server.output(), { timeout: 15_000 }).toContain('"msg":"listening"');
		const health = await fetch(`http://127.0.0.1:${port}/healthz`);
		expect(health.status).toBe(200);
		server.child.kill('SIGTERM');
		expect((await server.exited).code).toBe(0);
	});
});
