import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIInteraction } from 'discord-api-types/v10';
import { z } from 'zod';
import type { Briefing } from '../../core/briefing.js';
import type { Logger } from '../../logger.js';
import { createRateLimiter } from '../rate-limiter.js';
import { type InteractionContext, respondToInteraction } from '../respond-to-interaction.js';
import { createSignatureVerifier } from './verify-signature.js';

export interface InteractionsServerOptions {
	readonly briefing: Briefing;
	readonly logger: Logger;
	/** The application's public key (hex), to verify that requests come from Discord. */
	readonly publicKey: string;
	readonly rateLimit?: { readonly limit: number; readonly windowMs: number } | undefined;
	/** Largest body accepted; Discord's interactions are a few kilobytes. */
	readonly maxBodyBytes?: number;
	/** Requests signed longer ago than this are refused as replays. */
	readonly maxAgeSeconds?: number;
	/** The clock, in milliseconds; injectable for tests. */
	readonly now?: () => number;
}

// Only what the dispatcher reads is checked; Discord's payloads carry much more.
const interactionSchema = z.looseObject({ id: z.string(), type: z.int(), token: z.string().optional() });

class HttpError extends Error {
	constructor(
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
	const { logger, maxBodyBytes = 64 * 1024, maxAgeSeconds = 300, now = Date.now } = options;
	const verify = createSignatureVerifier(options.publicKey);
	const context: InteractionContext = {
		briefing: options.briefing,
		logger,
		limiter: options.rateLimit === undefined ? undefined : createRateLimiter(options.rateLimit),
	};
	// Signatures seen within the accepted age: a captured request sent again is refused.
	const seen = new Map<string, number>();

	const readBody = async (request: IncomingMessage): Promise<Buffer> => {
		if (Number(request.headers['content-length'] ?? 0) > maxBodyBytes) throw new HttpError(413, 'body too large');
		const chunks: Buffer[] = [];
		let size = 0;
		for await (const chunk of request) {
			size += (chunk as Buffer).length;
			if (size > maxBodyBytes) throw new HttpError(413, 'body too large');
			chunks.push(chunk as Buffer);
		}
		return Buffer.concat(chunks);
	};

	const authenticate = (request: IncomingMessage, body: Buffer) => {
		const signature = request.headers['x-signature-ed25519'];
		const timestamp = request.headers['x-signature-timestamp'];
		if (typeof signature !== 'string' || typeof timestamp !== 'string' || !verify(signature, timestamp, body)) {
			throw new HttpError(401, 'invalid request signature');
		}
		const at = now();
		const age = at / 1000 - Number(timestamp);
		if (!Number.isFinite(age) || Math.abs(age) > maxAgeSeconds) throw new HttpError(401, 'stale request timestamp');
		for (const [key, expires] of seen) {
			if (expires > at) break;
			seen.delete(key);
		}
		if (seen.has(signature)) throw new HttpError(401, 'replayed request');
		seen.set(signature, at + maxAgeSeconds * 1000);
	};

	const handle = async (request: IncomingMessage, response: ServerResponse) => {
		const path = (request.url ?? '/').split('?')[0];
		if (path === '/healthz') {
			if (request.method !== 'GET' && request.method !== 'HEAD') throw new HttpError(405, 'method not allowed');
			return send(response, 200, { status: 'ok' });
		}
		if (path !== '/interactions') throw new HttpError(404, 'not found');
		if (request.method !== 'POST') throw new HttpError(405, 'method not allowed');
		const started = performance.now();
		const body = await readBody(request);
		authenticate(request, body);
		let json: unknown;
		try {
			json = JSON.parse(body.toString('utf8'));
		} catch {
			throw new HttpError(400, 'body is not JSON');
		}
		if (!interactionSchema.safeParse(json).success) throw new HttpError(400, 'body is not an interaction');
		const interaction = json as APIInteraction;
		const { response: reply, command, fields } = respondToInteraction(interaction, context);
		send(response, 200, reply);
		const latencyMs = Math.round((performance.now() - started) * 100) / 100;
		if (command !== 'ping') logger.info('interaction', { id: interaction.id, command, latencyMs, ...fields });
	};

	const server = createServer((request, response) => {
		handle(request, response).catch((error: unknown) => {
			if (error instanceof HttpError) {
				if (error.status === 405)
					response.setHeader('allow', (request.url ?? '').startsWith('/healthz') ? 'GET, HEAD' : 'POST');
				send(response, error.status, { error: error.message });
				if (error.status === 413) request.socket.destroySoon();
				return;
			}
			logger.error('request failed', { error });
			send(response, 500, { error: 'internal error' });
		});
	});
	// A client that sends its request slowly must not hold a connection for long.
	server.requestTimeout = 10_000;
	server.headersTimeout = 5_000;
	server.keepAliveTimeout = 5_000;
	return server;
}

function send(response: ServerResponse, status: number, body: unknown): void {
	if (response.headersSent) return;
	const text = JSON.stringify(body);
	response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
	response.end(text);
}
