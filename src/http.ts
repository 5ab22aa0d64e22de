/**
 * `npm run start:http`: serves Discord's Interactions Endpoint URL (POST /interactions, GET /healthz) on PORT.
 * Needs DISCORD_PUBLIC_KEY. Stateless: run as many replicas as you like behind a load balancer.
 */
import { once } from 'node:events';
import { bootBriefing } from './boot.js';
import { loadConfig, requireKeys } from './config.js';
import { createLogger } from './logger.js';
import { closeServer, createInteractionsServer } from './transports/http/interactions-server.js';
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
		requestTimeoutMs: config.HTTP_REQUEST_TIMEOUT_SECONDS * 1000,
	});
	server.listen(config.PORT);
	await once(server, 'listening');
	logger.info('listening', { port: config.PORT, path: '/interactions' });
	const deadlineMs = config.SHUTDOWN_DEADLINE_SECONDS * 1000;
	let stopping = false;
	const stop = async (signal: NodeJS.Signals) => {
		if (stopping) return;
		stopping = true;
		logger.info('shutting down', { signal, deadlineMs });
		// Stop accepting; requests in flight get until the deadline, then their connections are dropped.
		const { dropped } = await closeServer(server, deadlineMs);
		if (dropped > 0) logger.warn('shutdown deadline passed: dropped connections', { dropped });
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
} catch (error) {
	exitOnStartupError(error);
}
