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
		logger.info('shutting down', { signal });
		await bot.stop();
		process.exit(0);
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
	await bot.start();
}
