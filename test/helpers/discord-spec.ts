import {
	ApplicationCommandAutocompleteCallbackRequestSchema,
	ApplicationCommandUpdateRequestSchema,
	CreateMessageInteractionCallbackRequestSchema,
	IncomingWebhookRequestPartialSchema,
} from 'discord-api-spec/zod';
import { expect } from 'vitest';
import { embedLength } from '../../src/present/discord/fit-message.js';
import type { RecordedRequest } from './fake-discord.js';

interface MessageBody {
	content?: string;
	embeds?: Parameters<typeof embedLength>[0][];
	allowed_mentions?: { parse?: string[] };
	flags?: number;
}

/** Checks what Discord's OpenAPI spec cannot: the 6,000 characters shared by all embeds of a message. */
export function expectWithinEmbedTotal(body: MessageBody): void {
	const total = (body.embeds ?? []).reduce((sum, embed) => sum + embedLength(embed), 0);
	expect(total).toBeLessThanOrEqual(6000);
}

function expectValid(
	schema: { safeParse(value: unknown): { success: boolean; error?: unknown } },
	body: unknown,
): void {
	const result = schema.safeParse(body);
	expect(
		result.success,
		`not valid per Discord's OpenAPI spec: ${JSON.stringify(result.error)}\n${JSON.stringify(body)}`,
	).toBe(true);
}

/**
 * Validates a request the bot sent against the zod schemas generated from Discord's official OpenAPI spec
 * (npm discord-api-spec), plus the embed total, and that every message parses no mentions.
 */
export function expectValidRequest(request: RecordedRequest): void {
	const body = request.body as { type?: number; data?: MessageBody } & MessageBody;
	if (/\/callback$/u.test(request.path)) {
		if (body.type === 8) {
			expectValid(ApplicationCommandAutocompleteCallbackRequestSchema, body);
			return;
		}
		if (body.type === 4) {
			expectValid(CreateMessageInteractionCallbackRequestSchema, body);
			expectWithinEmbedTotal(body.data ?? {});
			expect(body.data?.allowed_mentions).toEqual({ parse: [] });
			return;
		}
		throw new Error(`unexpected callback type ${body.type}`);
	}
	if (request.path.startsWith('/webhooks/')) {
		expectValid(IncomingWebhookRequestPartialSchema, body);
		expectWithinEmbedTotal(body);
		expect(body.allowed_mentions).toEqual({ parse: [] });
		return;
	}
	if (/\/commands$/u.test(request.path)) {
		expect(Array.isArray(request.body)).toBe(true);
		for (const command of request.body as unknown[]) expectValid(ApplicationCommandUpdateRequestSchema, command);
		return;
	}
	throw new Error(`no schema for ${request.method} ${request.path}`);
}

/** A request as the fake records it, for validating a body the bot would send without sending it. */
export function requestOf(method: string, path: string, body: unknown): RecordedRequest {
	return { method, path, query: new URLSearchParams(), headers: {}, body, at: 0 };
}

/** Validates an interaction response body as the callback request that would carry it. */
export function expectValidCallbackBody(body: unknown): void {
	expectValidRequest(requestOf('POST', '/interactions/1/token/callback', body));
}
