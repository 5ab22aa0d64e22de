/**
 * `npm run start:http`: serves Discord's Interactions Endpoint URL (POST /interactions, GET /healthz) on PORT.
 * Needs DISCORD_PUBLIC_KEY. Stateless: run as many replicas as you like behind a load balancer.
 */
import { once } from 'node:events';
import { bootBriefing } from './boot.js';
import { loadConfig, requireKeys } from './config.js';
import { createLogger } from './logger.js';
import { createInteractionsServer } from './transports/http/interactions-server.js';
import { exitOnStartupError } from './transports/startup-error.js';

try {
	const config = requireKeys(loadConfig(), ['DISCORD_PUBLIC_KEY'], 'for the HTTP endpoint');
	const logger = createLogger({
		level: config.LOG_LEVEL,
		secrets: config.DISCORD_TOKEN === undefined ? [] : [config.DISCORD_TOKEN],
	});
	const briefing = await bootBriefing(config.KNOWLEDGE_DIR);
	const server = createInteractionsServer({
		briefing,
		logger,
		publicKey: config.DISCORD_PUBLIC_KEY,
		rateLimit: { limit: config.RATE_LIMIT_COUNT, windowMs: config.RATE_LIMIT_WINDOW_SECONDS * 1000 },
	});
	server.listen(config.PORT);
	await once(server, 'listening');
	logger.info('listening', { port: config.PORT, path: '/interactions' });
	const stop = (signal: NodeJS.Signals) => {
		logger.info('shutting down', { signal });
		// Stop accepting, let requests in flight finish, then exit.
		server.close(() => process.exit(0));
		server.closeIdleConnections();
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
} catch (error) {
	exitOnStartupError(error);
}
