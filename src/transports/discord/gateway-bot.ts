import { once } from 'node:events';
import { type APIInteraction, Client, Events, GatewayDispatchEvents, GatewayIntentBits, Routes } from 'discord.js';
import type { Briefing } from '../../core/briefing.js';
import type { Logger } from '../../logger.js';
import { createRateLimiter } from '../rate-limiter.js';
import { type InteractionContext, respondToInteraction } from '../respond-to-interaction.js';

export interface GatewayBotOptions {
	readonly token: string;
	/** Base URL of the REST API (a proxy, or the local fake in tests); discord.com when unset. */
	readonly apiUrl?: string | undefined;
	readonly logger: Logger;
	/** Per-user limit on questions; unlimited when unset. */
	readonly rateLimit?: { readonly limit: number; readonly windowMs: number } | undefined;
	/** Shards this process runs (set by the ShardingManager through the environment when sharded). */
	readonly shards?: { readonly ids: readonly number[]; readonly count: number } | undefined;
}

export interface GatewayBot {
	readonly client: Client;
	/** Logs in and resolves once the gateway session is ready. */
	start(): Promise<void>;
	/**
	 * Stops taking interactions, lets those in flight finish until the deadline (never waiting longer, whatever
	 * Discord does), then closes the connection. Resolves with the ids of the interactions it gave up on.
	 */
	stop(deadlineMs?: number): Promise<{ readonly dropped: readonly string[] }>;
}

/** How long `stop` waits for interactions in flight when not told. */
export const DEFAULT_SHUTDOWN_DEADLINE_MS = 10_000;

/**
 * The gateway transport: a discord.js client with the Guilds intent only. It takes each INTERACTION_CREATE as
 * Discord's JSON, answers it with the same function as the HTTP endpoint, and posts the callback.
 */
export function createGatewayBot(briefing: Briefing, options: GatewayBotOptions): GatewayBot {
	const { logger } = options;
	const client = new Client({
		intents: [GatewayIntentBits.Guilds],
		// A second guard: every reply sets allowed_mentions itself too.
		allowedMentions: { parse: [] },
		...(options.apiUrl === undefined ? {} : { rest: { api: options.apiUrl } }),
		...(options.shards === undefined ? {} : { shards: [...options.shards.ids], shardCount: options.shards.count }),
	});
	const context: InteractionContext = {
		briefing,
		logger,
		limiter: options.rateLimit === undefined ? undefined : createRateLimiter(options.rateLimit),
	};
	// Each answer being posted, with its interaction's id (to log what a shutdown drops).
	const inFlight = new Map<Promise<void>, string>();
	let accepting = true;

	const answer = async (interaction: APIInteraction, shard: number) => {
		const started = performance.now();
		const { response, command, fields } = respondToInteraction(interaction, context);
		try {
			// Callbacks are authenticated by the interaction token, not the bot token.
			await client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
				body: response,
				auth: false,
			});
			const latencyMs = Math.round((performance.now() - started) * 100) / 100;
			logger.info('interaction', { id: interaction.id, command, shard, latencyMs, ...fields });
		} catch (error) {
			// Most often the interaction expired (10062) or Discord failed (5xx after retries): nothing to tell the user.
			logger.error('interaction failed', { id: interaction.id, command, shard, error });
		}
	};

	client.ws.on(GatewayDispatchEvents.InteractionCreate, (interaction: APIInteraction, shard: number) => {
		if (!accepting) {
			logger.warn('interaction ignored while shutting down', { id: interaction.id });
			return;
		}
		const task = answer(interaction, shard).finally(() => inFlight.delete(task));
		inFlight.set(task, interaction.id);
	});
	client.once(Events.ClientReady, (ready) =>
		logger.info('ready', { user: ready.user.tag, shards: [...ready.ws.shards.keys()] }),
	);
	client.on(Events.ShardDisconnect, (event, shard) => logger.warn('gateway disconnected', { shard, code: event.code }));
	client.on(Events.ShardResume, (shard) => logger.info('gateway resumed', { shard }));
	client.on(Events.Error, (error) => logger.error('client error', { error }));

	return {
		client,
		async start() {
			const ready = once(client, Events.ClientReady);
			await client.login(options.token);
			await ready;
		},
		async stop(deadlineMs = DEFAULT_SHUTDOWN_DEADLINE_MS) {
			accepting = false;
			let timer: NodeJS.Timeout | undefined;
			const deadline = new Promise<void>((resolve) => {
				timer = setTimeout(resolve, deadlineMs);
			});
			// A callback can wait without end: Discord not answering, or a 429 with a long retry_after.
			await Promise.race([Promise.allSettled([...inFlight.keys()]), deadline]);
			clearTimeout(timer);
			const dropped = [...inFlight.values()];
			await client.destroy();
			return { dropped };
		},
	};
}
