import type { KeyObject } from 'node:crypto';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLogger } from '../../../src/logger.js';
import { createInteractionsServer } from '../../../src/transports/http/interactions-server.js';
import { loadRealBriefing } from '../../helpers/briefing.js';
import { expectValidCallbackBody } from '../../helpers/discord-spec.js';
import { autocomplete, buttonClick, chatInput, messageMenu } from '../../helpers/interactions.js';
import { createTestKeys, postSigned } from '../../helpers/signed-client.js';

let server: Server;
let base: string;
let privateKey: KeyObject;
const logs: string[] = [];

beforeAll(async () => {
	const keys = createTestKeys();
	privateKey = keys.privateKey;
	server = createInteractionsServer({
		briefing: await loadRealBriefing(),
		logger: createLogger({ level: 'info', write: (line) => logs.push(line) }),
		publicKey: keys.publicKeyHex,
		maxBodyBytes: 16 * 1024,
	});
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
});

const post = (payload: unknown, options?: Parameters<typeof postSigned>[3]) =>
	postSigned(`${base}/interactions`, privateKey, JSON.stringify(payload), options);

describe('POST /interactions with valid signatures', () => {
	test('GIVEN a PING THEN PONG', async () => {
		expect(await post({ id: '1', type: 1, application_id: '1', token: 't', version: 1 })).toEqual({
			status: 200,
			body: { type: 1 },
		});
	});

	test('GIVEN /ask THEN the same message JSON the gateway bot sends, valid per the spec', async () => {
		const { status, body } = await post(chatInput('ask', { question: 'How many doses did Russia deliver?' }));
		expect(status).toBe(200);
		expectValidCallbackBody(body);
		expect(body).toMatchObject({
			type: 4,
			data: { embeds: [{ description: expect.stringMatching(/^\*\*50,000 doses\*\*/u) }] },
		});
	});

	test('GIVEN autocomplete, a button and the context menu THEN each is answered inline and valid', async () => {
		for (const payload of [
			autocomplete('who', 'name', 'la'),
			buttonClick('para:3'),
			messageMenu('Check against the article', 'Russia has provided 50,000 doses of vaccine'),
			chatInput('pledges', { topic: 'football' }),
		]) {
			const { status, body } = await post(payload);
			expect(status).toBe(200);
			expectValidCallbackBody(body);
		}
	});
});

describe('POST /interactions that must be refused', () => {
	const payload = () => chatInput('ask', { question: 'What is the IGC?' });

	test('GIVEN no signature, a forged one or a tampered body THEN 401', async () => {
		expect((await post(payload(), { signature: null })).status).toBe(401);
		expect((await post(payload(), { signature: 'ab'.repeat(64) })).status).toBe(401);
		expect((await post(payload(), { tamper: (body) => body.replace('IGC', 'SCO') })).status).toBe(401);
		const other = createTestKeys();
		const forged = await postSigned(`${base}/interactions`, other.privateKey, JSON.stringify(payload()));
		expect(forged.status).toBe(401);
	});

	test('GIVEN a stale timestamp or a replayed request THEN 401', async () => {
		expect((await post(payload(), { timestamp: Math.floor(Date.now() / 1000) - 3600 })).status).toBe(401);
		const once = payload();
		const timestamp = Math.floor(Date.now() / 1000);
		expect((await post(once, { timestamp })).status).toBe(200);
		expect(await post(once, { timestamp })).toEqual({ status: 401, body: { error: 'replayed request' } });
	});

	test('GIVEN a signed body that is not JSON or not an interaction THEN 400', async () => {
		expect((await postSigned(`${base}/interactions`, privateKey, '{not json')).status).toBe(400);
		expect((await postSigned(`${base}/interactions`, privateKey, '{"hello":"world"}')).status).toBe(400);
	});

	test('GIVEN a body over the cap THEN 413', async () => {
		const big = { ...payload(), padding: 'x'.repeat(20_000) };
		expect((await post(big)).status).toBe(413);
	});

	test('GIVEN another method or path THEN 405 with Allow, or 404', async () => {
		const get = await fetch(`${base}/interactions`);
		expect(get.status).toBe(405);
		expect(get.headers.get('allow')).toBe('POST');
		expect((await fetch(`${base}/elsewhere`)).status).toBe(404);
	});
});

describe('GET /healthz', () => {
	test('GIVEN a load balancer probe THEN 200', async () => {
		const response = await fetch(`${base}/healthz`);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ status: 'ok' });
	});
});
