import type { ConfigWith } from '../../config.js';
import type { Briefing } from '../../core/briefing.js';
import { createLogger } from '../../logger.js';
import { createGatewayBot } from './gateway-bot.js';

/** Runs the gateway bot until SIGINT or SIGTERM, then finishes the interactions in flight and exits with 0. */
export async function startGatewayBot(briefing: Briefing, config: ConfigWith<'DISCORD_TOKEN'>): Promise<void> {
	const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] });
	process.on('unhandledRejection', (error) => logger.error('unhandled rejection', { error }));
	const bot = createGatewayBot(briefing, {
		token: config.DISCORD_TOKEN,
		apiUrl: config.DISCORD_API_URL,
		logger,
		rateLimit: { limit: config.RATE_LIMIT_COUNT, windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000 },
	});
	let stopping = false;
	const stop = async (signal: NodeJS.Signals) => {
		if (stopping) return;
		stopping = true;
		const deadlineMs = config.SHUTDOWN_DEADLINE_SECONDS * 1000;
		logger.info('shutting down', { signal, deadlineMs });
		// A last guard in case closing the connection itself hangs: the deadline is a promise to whoever stops us.
		setTimeout(() => process.exit(0), deadlineMs + 2_000).unref();
		const { dropped } = await bot.stop(deadlineMs);
		if (dropped.length > 0)
			logger.warn('shutdown deadline passed: dropped interactions', {
				count: dropped.length,
				ids: dropped.slice(0, 50),
			});
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
	await bot.start();
}
