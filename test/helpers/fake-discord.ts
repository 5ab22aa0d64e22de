import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { APPLICATION_ID, BOT_USER_ID, message } from './interactions.js';

export interface RecordedRequest {
	readonly method: string;
	/** The path after /api/v10, decoded ("/interactions/1/tok/callback"). */
	readonly path: string;
	readonly query: URLSearchParams;
	readonly headers: IncomingMessage['headers'];
	readonly body: unknown;
	readonly at: number;
}

/** A canned answer to a request, to inject faults (429, 500, 10062) into the REST API. */
export interface FakeResponse {
	readonly status: number;
	readonly body?: unknown;
	readonly headers?: Record<string, string>;
	/** Holds the response this long, to keep a request in flight. */
	readonly delayMs?: number;
}

interface Session {
	readonly socket: WebSocket;
	readonly shard: readonly [number, number];
	sequence: number;
	readonly sessionId: string;
}

/**
 * A local stand-in for Discord's REST API and gateway on 127.0.0.1, enough for the real discord.js client to log
 * in, receive interactions and answer them. It records every REST request so tests can assert on the bodies.
 * Protocol details: HELLO → IDENTIFY → READY, heartbeats acked, RESUME → RESUMED; callbacks answer 204 without a
 * content type (as Discord does); webhooks answer a message.
 */
export class FakeDiscord {
	// The waits below are generous on purpose: they wait for an event, they never measure speed, and a busy machine
	// must not fail a test.
	readonly requests: RecordedRequest[] = [];
	private readonly sessions = new Set<Session>();
	private readonly waiters = new Set<() => void>();
	private override: ((request: RecordedRequest) => FakeResponse | undefined) | undefined;
	private nextSession = 1;

	private constructor(
		private readonly server: Server,
		private readonly gateway: WebSocketServer,
		readonly port: number,
		private readonly shards: number,
	) {}

	/** Starts the fake on a free port of 127.0.0.1. */
	static async start(options: { shards?: number } = {}): Promise<FakeDiscord> {
		const server = createServer();
		const gateway = new WebSocketServer({ server });
		server.listen(0, '127.0.0.1');
		await once(server, 'listening');
		const fake = new FakeDiscord(server, gateway, (server.address() as AddressInfo).port, options.shards ?? 1);
		server.on('request', (request, response) => void fake.handleHttp(request, response));
		gateway.on('connection', (socket) => fake.handleSocket(socket));
		return fake;
	}

	/** The value for DISCORD_API_URL. */
	get apiUrl(): string {
		return `http://127.0.0.1:${this.port}/api`;
	}

	/** Shards with a live, identified gateway session. */
	get readyShards(): number[] {
		return [...this.sessions].map((session) => session.shard[0]);
	}

	/** Answers the next matching requests with a canned response instead of the default. */
	intercept(handler: ((request: RecordedRequest) => FakeResponse | undefined) | undefined): void {
		this.override = handler;
	}

	/** Sends a dispatch event to every identified session (or to one shard). */
	dispatch(type: string, data: unknown, shard?: number): void {
		for (const session of this.sessions) {
			if (shard !== undefined && session.shard[0] !== shard) continue;
			session.sequence += 1;
			session.socket.send(JSON.stringify({ op: 0, t: type, s: session.sequence, d: data }));
		}
	}

	/** Delivers an interaction through the gateway, as Discord does for a bot without an HTTP endpoint. */
	sendInteraction(interaction: unknown, shard?: number): void {
		this.dispatch('INTERACTION_CREATE', interaction, shard);
	}

	/** Drops every gateway connection abruptly, as a network failure would. */
	dropConnections(code = 4000): void {
		for (const session of this.sessions) session.socket.close(code, 'dropped by test');
		this.sessions.clear();
	}

	/** Waits until a request matching the predicate has been recorded, and returns it. */
	async waitForRequest(predicate: (request: RecordedRequest) => boolean, timeoutMs = 30_000): Promise<RecordedRequest> {
		return this.waitFor(() => this.requests.find(predicate), timeoutMs, 'request');
	}

	/** Waits until `count` requests match the predicate. */
	async waitForRequests(
		predicate: (request: RecordedRequest) => boolean,
		count: number,
		timeoutMs = 30_000,
	): Promise<RecordedRequest[]> {
		return this.waitFor(
			() => {
				const found = this.requests.filter(predicate);
				return found.length >= count ? found : undefined;
			},
			timeoutMs,
			`${count} requests`,
		);
	}

	/** Waits until the given number of gateway sessions are ready. */
	async waitForSessions(count: number, timeoutMs = 30_000): Promise<void> {
		await this.waitFor(() => (this.sessions.size >= count ? true : undefined), timeoutMs, `${count} sessions`);
	}

	/** The callback requests for one interaction id. */
	callbacksFor(interactionId: string): RecordedRequest[] {
		return this.requests.filter((request) => request.path.startsWith(`/interactions/${interactionId}/`));
	}

	async close(): Promise<void> {
		for (const client of this.gateway.clients) client.terminate();
		this.gateway.close();
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}

	private async waitFor<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const found = check();
			if (found !== undefined) return found;
			if (Date.now() > deadline) throw new Error(`FakeDiscord: timed out waiting for ${what}`);
			await new Promise<void>((resolve) => {
				const wake = () => {
					this.waiters.delete(wake);
					clearTimeout(timer);
					resolve();
				};
				const timer = setTimeout(wake, 50);
				this.waiters.add(wake);
			});
		}
	}

	private notify(): void {
		for (const wake of [...this.waiters]) wake();
	}

	private handleSocket(socket: WebSocket): void {
		socket.send(JSON.stringify({ op: 10, s: null, t: null, d: { heartbeat_interval: 41_250 } }));
		let session: Session | undefined;
		socket.on('message', (raw) => {
			const payload = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
			if (payload.op === 1) {
				socket.send(JSON.stringify({ op: 11, s: null, t: null, d: null }));
			} else if (payload.op === 2) {
				const shard = (payload.d.shard as [number, number] | undefined) ?? [0, 1];
				session = { socket, shard, sequence: 0, sessionId: `session-${this.nextSession++}` };
				this.sessions.add(session);
				session.sequence += 1;
				socket.send(
					JSON.stringify({
						op: 0,
						t: 'READY',
						s: session.sequence,
						d: {
							v: 10,
							user: {
								id: BOT_USER_ID,
								username: 'Briefing',
								discriminator: '0',
								global_name: null,
								avatar: null,
								bot: true,
							},
							guilds: [],
							session_id: session.sessionId,
							resume_gateway_url: `ws://127.0.0.1:${this.port}`,
							shard,
							application: { id: APPLICATION_ID, flags: 0 },
						},
					}),
				);
				this.notify();
			} else if (payload.op === 6) {
				// RESUME: accept the old session on the new socket.
				const shard: [number, number] = [0, this.shards];
				session = { socket, shard, sequence: Number(payload.d.seq ?? 0), sessionId: String(payload.d.session_id) };
				this.sessions.add(session);
				session.sequence += 1;
				socket.send(JSON.stringify({ op: 0, t: 'RESUMED', s: session.sequence, d: {} }));
				this.notify();
			}
		});
		socket.on('close', () => {
			if (session !== undefined) this.sessions.delete(session);
		});
	}

	private async handleHttp(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of request) chunks.push(chunk as Buffer);
		const text = Buffer.concat(chunks).toString('utf8');
		const url = new URL(request.url ?? '/', `http://127.0.0.1:${this.port}`);
		const recorded: RecordedRequest = {
			method: request.method ?? 'GET',
			path: decodeURIComponent(url.pathname.replace(/^\/api\/v10/u, '')),
			query: url.searchParams,
			headers: request.headers,
			body: text === '' ? undefined : (JSON.parse(text) as unknown),
			at: performance.now(),
		};
		const canned = this.override?.(recorded);
		this.requests.push(recorded);
		this.notify();
		const reply = canned ?? this.defaultResponse(recorded);
		if (canned?.delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, canned.delayMs));
		if (reply.body === undefined) {
			// A 204 must not claim JSON, or @discordjs/rest tries to parse an empty body.
			response.writeHead(reply.status, reply.headers ?? {});
			response.end();
		} else {
			response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
			response.end(JSON.stringify(reply.body));
		}
	}

	private defaultResponse(request: RecordedRequest): FakeResponse {
		const { method, path } = request;
		if (method === 'GET' && path === '/gateway/bot') {
			return {
				status: 200,
				body: {
					url: `ws://127.0.0.1:${this.port}`,
					shards: this.shards,
					session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 16 },
				},
			};
		}
		if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/u.test(path)) {
			return request.query.get('with_response') === 'true'
				? { status: 200, body: { interaction: { id: path.split('/')[2], type: 2 }, resource: null } }
				: { status: 204 };
		}
		if ((method === 'POST' || method === 'PATCH') && path.startsWith('/webhooks/')) {
			return { status: 200, body: fakeMessage(request.body) };
		}
		if (method === 'PUT' && /^\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/u.test(path)) {
			const commands = Array.isArray(request.body) ? request.body : [];
			return {
				status: 200,
				body: commands.map((command: Record<string, unknown>, i: number) => ({
					id: String(200000000000000000n + BigInt(i)),
					application_id: APPLICATION_ID,
					version: '1',
					type: 1,
					...command,
				})),
			};
		}
		return { status: 404, body: { message: '404: Not Found', code: 0 } };
	}
}

function fakeMessage(body: unknown): Record<string, unknown> {
	return { ...message('', BOT_USER_ID), ...(typeof body === 'object' && body !== null ? body : {}) };
}
