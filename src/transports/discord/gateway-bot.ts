import { once } from 'node:events';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Briefing } from '../../core/briefing.js';
import type { Logger } from '../../logger.js';
import { createRateLimiter } from '../rate-limiter.js';
import { handleInteraction } from './handle-interaction.js';

export interface GatewayBotOptions {
	readonly token: string;
	/** Base URL of the REST API (a proxy, or the local fake in tests); discord.com when unset. */
	readonly apiUrl?: string | undefined;
	readonly logger: Logger;
	/** Per-user limit on questions; unlimited when unset. */
	readonly rateLimit?: { readonly limit: number; readonly windowMs: number } | undefined;
}

export interface GatewayBot {
	readonly client: Client;
	/** Logs in and resolves once the gateway session is ready. */
	start(): Promise<void>;
	/** Stops taking interactions, lets those in flight finish, then closes the connection. */
	stop(): Promise<void>;
}

/** The gateway transport: a discord.js client with the Guilds intent only, answering every interaction. */
export function createGatewayBot(briefing: Briefing, options: GatewayBotOptions): GatewayBot {
	const { logger } = options;
	const client = new Client({
		intents: [GatewayIntentBits.Guilds],
		// A second guard: every reply sets allowed_mentions itself too.
		allowedMentions: { parse: [] },
		...(options.apiUrl === undefined ? {} : { rest: { api: options.apiUrl } }),
	});
	const limiter = options.rateLimit === undefined ? undefined : createRateLimiter(options.rateLimit);
	const inFlight = new Set<Promise<void>>();
	let accepting = true;

	client.on(Events.InteractionCreate, (interaction) => {
		if (!accepting) {
			logger.warn('interaction ignored while shutting down', { id: interaction.id });
			return;
		}
		const task = handleInteraction(interaction, { briefing, logger, limiter }).finally(() => inFlight.delete(task));
		inFlight.add(task);
	});
	client.once(Events.ClientReady, (ready) =>
		logger.info('ready', { user: ready.user.tag, shards: ready.ws.shards.size }),
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
		async stop() {
			accepting = false;
			await Promise.allSettled([...inFlight]);
			await client.destroy();
		},
	};
}
