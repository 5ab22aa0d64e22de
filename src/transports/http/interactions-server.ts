import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIInteraction } from 'discord-api-types/v10';
import type { Briefing } from '../../core/briefing.js';
import type { Logger } from '../../logger.js';
import { createRateLimiter } from '../rate-limiter.js';
import { createReplyCache } from '../reply-cache.js';
import { type InteractionContext, type InteractionOutcome, respondToInteraction } from '../respond-to-interaction.js';
import { createReplayGuard } from './replay-guard.js';
import { createSignatureVerifier } from './verify-signature.js';

/** The endpoint's limits, with their defaults in `HTTP_LIMITS`. */
export interface HttpLimits {
	/** Largest body accepted; Discord's interactions are a few kilobytes. */
	readonly maxBodyBytes: number;
	/** Requests signed longer ago (or further ahead) than this are refused as replays. */
	readonly maxAgeSeconds: number;
	/** Time a client has to send its whole request; a slower one is cut off. */
	readonly requestTimeoutMs: number;
	/** Signed requests remembered by the replay guard (about 150 bytes each). */
	readonly maxReplayEntries: number;
	/** Rendered replies remembered (a few kilobytes each); 0 renders every reply afresh. */
	readonly replyCacheSize: number;
	/**
	 * How long the rest of an oversized body is read and dropped after the 413: closing with it unread resets the
	 * connection, and the reset can reach the client before the answer does.
	 */
	readonly lingerMs: number;
}

export const HTTP_LIMITS: HttpLimits = {
	maxBodyBytes: 64 * 1024,
	maxAgeSeconds: 300,
	requestTimeoutMs: 10_000,
	maxReplayEntries: 100_000,
	replyCacheSize: 2_000,
	lingerMs: 2_000,
};

export interface InteractionsServerOptions extends Partial<HttpLimits> {
	readonly briefing: Briefing;
	readonly logger: Logger;
	/** The application's public key (hex), to verify that requests come from Discord. */
	readonly publicKey: string;
	readonly rateLimit?: { readonly limit: number; readonly windowMs: number } | undefined;
	/** The clock, in milliseconds; injectable for tests. */
	readonly now?: () => number;
}

/**
 * Only what the dispatcher reads is checked; Discord's payloads carry much more. Checked by hand: a schema library
 * copies the whole payload, on every request, to read three fields.
 */
function isInteraction(json: unknown): boolean {
	if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
	const { id, type, token } = json as Record<string, unknown>;
	return typeof id === 'string' && Number.isInteger(type) && (token === undefined || typeof token === 'string');
}

/** A request refused because of what the client sent: logged at debug, without a stack. */
class ClientError extends Error {
	constructor(
		/** The status to answer; 0 when the client is gone and nothing can be answered. */
		readonly status: number,
		message: string,
	) {
		super(message);
	}
}

/**
 * Discord's "Interactions Endpoint URL" transport: `POST /interactions` (signature checked, answered inline with the
 * same JSON the gateway bot sends) and `GET /healthz`. Stateless apart from a replay guard, so replicas can sit
 * behind a load balancer. Returns the server, not yet listening.
 */
export function createInteractionsServer(options: InteractionsServerOptions): Server {
	const { logger, now = Date.now } = options;
	const { maxBodyBytes, maxAgeSeconds, requestTimeoutMs, maxReplayEntries, replyCacheSize, lingerMs } = {
		...HTTP_LIMITS,
		...definedOf(options),
	};
	const verify = createSignatureVerifier(options.publicKey);
	const context: InteractionContext = {
		briefing: options.briefing,
		logger,
		limiter: options.rateLimit === undefined ? undefined : createRateLimiter(options.rateLimit),
		replies: replyCacheSize > 0 ? createReplyCache<InteractionOutcome>(replyCacheSize) : undefined,
	};
	// A remembered reply is the same object each time, so its JSON is written once too.
	const bodies = new WeakMap<object, string>();
	const bodyOf = (response: object) => {
		let text = bodies.get(response);
		if (text === undefined) {
			text = JSON.stringify(response);
			bodies.set(response, text);
		}
		return text;
	};
	const replays = createReplayGuard({ maxAgeSeconds, maxEntries: maxReplayEntries });

	// Reads the body without async iteration: leaving a `for await` early destroys the request, and with it the
	// socket the 413 must still be written to.
	const readBody = (request: IncomingMessage, started: number) =>
		new Promise<Buffer>((resolve, reject) => {
			if (Number(request.headers['content-length'] ?? 0) > maxBodyBytes) {
				reject(new ClientError(413, 'body too large'));
				return;
			}
			const chunks: Buffer[] = [];
			let size = 0;
			// Node's own request timeout is checked only now and then; this one holds to the millisecond.
			const timer = setTimeout(
				() => finish(new ClientError(408, 'request too slow')),
				Math.max(0, requestTimeoutMs - (performance.now() - started)),
			);
			const finish = (error?: ClientError) => {
				clearTimeout(timer);
				request.off('data', onData).off('end', onEnd).off('error', onAbort).off('close', onAbort);
				if (error === undefined) resolve(Buffer.concat(chunks));
				else reject(error);
			};
			const onData = (chunk: Buffer) => {
				size += chunk.length;
				if (size > maxBodyBytes) finish(new ClientError(413, 'body too large'));
				else chunks.push(chunk);
			};
			const onEnd = () => finish();
			const onAbort = () => finish(new ClientError(0, 'client aborted the request'));
			request.on('data', onData).on('end', onEnd).on('error', onAbort).on('close', onAbort);
		});

	const authenticate = (request: IncomingMessage, body: Buffer) => {
		const signature = request.headers['x-signature-ed25519'];
		const timestamp = request.headers['x-signature-timestamp'];
		if (typeof signature !== 'string' || typeof timestamp !== 'string' || !verify(signature, timestamp, body)) {
			throw new ClientError(401, 'invalid request signature');
		}
		const at = now();
		const signedAt = Number(timestamp);
		if (!Number.isFinite(signedAt) || Math.abs(at / 1000 - signedAt) > maxAgeSeconds) {
			throw new ClientError(401, 'stale request timestamp');
		}
		// Keyed on what was signed (timestamp and body), never on how the signature is spelled: hex case, or any other
		// encoding of the same signature, must not make a captured request new again.
		const key = createHash('sha256').update(timestamp).update('\0').update(body).digest('base64');
		if (!replays.admit(key, signedAt, at)) throw new ClientError(401, 'replayed request');
	};

	const handle = async (request: IncomingMessage, response: ServerResponse) => {
		const path = (request.url ?? '/').split('?')[0];
		if (path === '/healthz') {
			if (request.method !== 'GET' && request.method !== 'HEAD') throw new ClientError(405, 'method not allowed');
			return send(response, 200, { status: 'ok' });
		}
		if (path !== '/interactions') throw new ClientError(404, 'not found');
		if (request.method !== 'POST') throw new ClientError(405, 'method not allowed');
		const started = performance.now();
		const body = await readBody(request, started);
		authenticate(request, body);
		let json: unknown;
		try {
			json = JSON.parse(body.toString('utf8'));
		} catch {
			throw new ClientError(400, 'body is not JSON');
		}
		if (!isInteraction(json)) throw new ClientError(400, 'body is not an interaction');
		const interaction = json as APIInteraction;
		const { response: reply, command, fields } = respondToInteraction(interaction, context);
		sendText(response, 200, bodyOf(reply));
		const latencyMs = Math.round((performance.now() - started) * 100) / 100;
		if (command !== 'ping') logger.info('interaction', { id: interaction.id, command, latencyMs, ...fields });
	};

	const refuse = (request: IncomingMessage, response: ServerResponse, error: ClientError) => {
		logger.debug('request refused', { status: error.status, reason: error.message, path: request.url });
		if (error.status === 0) return;
		if (error.status === 405)
			response.setHeader('allow', (request.url ?? '').startsWith('/healthz') ? 'GET, HEAD' : 'POST');
		// A too slow body is not waited for: the connection closes once the answer is written.
		if (error.status === 408) response.setHeader('connection', 'close');
		// The rest of an oversized one is read and dropped (Node does so once the answer is written), and the connection
		// ends with it, or after `lingerMs` at the latest: closing with it unread would reset the connection, and the
		// reset can reach the client before the 413 does.
		if (error.status === 413) {
			const { socket } = request;
			if (request.readableEnded) response.once('finish', () => socket.end());
			else request.once('end', () => socket.end());
			setTimeout(() => socket.destroy(), lingerMs).unref();
		}
		send(response, error.status, { error: error.message });
	};

	// A client that sends its request slowly must not hold a connection for long. Node only looks for expired
	// requests every `connectionsCheckingInterval` (30 s by default), so it is set well under the timeout.
	const server = createServer(
		{
			requestTimeout: requestTimeoutMs,
			headersTimeout: Math.min(5_000, requestTimeoutMs),
			connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(requestTimeoutMs / 4))),
			keepAliveTimeout: 5_000,
		},
		(request, response) => {
			handle(request, response).catch((error: unknown) => {
				// Nothing here may throw: one bad request must never end the process.
				try {
					if (error instanceof ClientError) return refuse(request, response, error);
					logger.error('request failed', { error });
					send(response, 500, { error: 'internal error' });
				} catch (failure) {
					logger.error('request failed while answering an error', { error: failure });
					response.destroy();
				}
			});
		},
	);
	server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
		const timedOut = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
		logger.debug(timedOut ? 'request too slow' : 'malformed request', { code: error.code });
		const status = timedOut ? '408 Request Timeout' : '400 Bad Request';
		if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
		else socket.destroy();
	});
	return server;
}

/**
 * Stops the server: it takes no new connection, requests in flight get until the deadline to finish, then every
 * connection left is closed. Resolves with how many connections were dropped.
 */
export async function closeServer(server: Server, deadlineMs: number): Promise<{ dropped: number }> {
	const closed = once(server, 'close');
	server.close();
	server.closeIdleConnections();
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<'late'>((resolve) => {
		timer = setTimeout(() => resolve('late'), deadlineMs);
	});
	const outcome = await Promise.race([closed.then(() => 'closed' as const), late]);
	clearTimeout(timer);
	if (outcome === 'closed') return { dropped: 0 };
	const dropped = await new Promise<number>((resolve) => server.getConnections((_error, count) => resolve(count)));
	server.closeAllConnections();
	return { dropped };
}

function send(response: ServerResponse, status: number, body: unknown): void {
	sendText(response, status, JSON.stringify(body));
}

function sendText(response: ServerResponse, status: number, text: string): void {
	if (response.headersSent || response.destroyed) return;
	response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
	response.end(text);
}

/** The options that are set, so that `undefined` never overrides a default. */
function definedOf(options: Partial<HttpLimits>): Partial<HttpLimits> {
	return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
