/**
 * `npm run start:http`: serves Discord's Interactions Endpoint URL (POST /interactions, GET /healthz) on PORT.
 * Needs DISCORD_PUBLIC_KEY. HTTP_WORKERS processes (default: one per core) share the port through node:cluster;
 * each holds its own knowledge, reply cache, rate limiter and replay guard, as separate replicas would. Stateless
 * otherwise: run as many replicas as you like behind a load balancer.
 */
import cluster from 'node:cluster';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { bootBriefing } from './boot.js';
import { type Config, loadConfig, requireKeys } from './config.js';
import { createLogger, type Logger, writeInBatches } from './logger.js';
import { closeServer, createInteractionsServer } from './transports/http/interactions-server.js';
import { exitOnStartupError } from './transports/startup-error.js';

try {
	const config = requireKeys(loadConfig(), ['DISCORD_PUBLIC_KEY'], 'for the HTTP endpoint');
	const logger = createLogger({
		level: config.LOG_LEVEL,
		secrets: config.DISCORD_TOKEN === undefined ? [] : [config.DISCORD_TOKEN],
		// One line per interaction: written once per turn of the event loop, not once per line.
		write: writeInBatches(),
	});
	const workers = config.HTTP_WORKERS ?? availableParallelism();
	if (workers > 1 && cluster.isPrimary) superviseWorkers(workers, config, logger);
	else await serve(config as Parameters<typeof serve>[0], logger);
} catch (error) {
	exitOnStartupError(error);
}

/** One process serving the endpoint: the only one, or one cluster worker. */
async function serve(config: Config & { DISCORD_PUBLIC_KEY: string }, logger: Logger): Promise<void> {
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
	const worker = cluster.isWorker ? { worker: cluster.worker?.id } : {};
	logger.info('listening', { port: config.PORT, path: '/interactions', ...worker });
	const deadlineMs = config.SHUTDOWN_DEADLINE_SECONDS * 1000;
	let stopping = false;
	const stop = async (signal: NodeJS.Signals) => {
		if (stopping) return;
		stopping = true;
		logger.info('shutting down', { signal, deadlineMs, ...worker });
		// Stop accepting; requests in flight get until the deadline, then their connections are dropped.
		const { dropped } = await closeServer(server, deadlineMs);
		if (dropped > 0) logger.warn('shutdown deadline passed: dropped connections', { dropped, ...worker });
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

/**
 * The cluster's primary: forks the workers, replaces one that dies, and on SIGINT/SIGTERM passes the signal on so
 * each worker applies the same shutdown deadline, then exits 0 once they have all gone.
 */
function superviseWorkers(count: number, config: Config, logger: Logger): void {
	let stopping = false;
	const alive = new Set<number>();
	const listening = new Set<number>();
	const fork = () => alive.add(cluster.fork().id);
	cluster.on('listening', (worker) => {
		listening.add(worker.id);
		if (listening.size === count) logger.info('all workers listening', { workers: count, port: config.PORT });
	});
	cluster.on('exit', (worker, code, signal) => {
		alive.delete(worker.id);
		if (stopping) {
			if (alive.size === 0) process.exit(0);
			return;
		}
		// A worker that fails before listening (bad knowledge, a port in use) would fail again: stop, do not loop.
		if (!listening.has(worker.id)) {
			for (const id of alive) cluster.workers?.[id]?.process.kill('SIGKILL');
			process.exit(code ?? 1);
		}
		logger.error('worker died: starting another', { worker: worker.id, code, signal });
		fork();
	});
	for (let i = 0; i < count; i++) fork();
	const stop = (signal: NodeJS.Signals) => {
		if (stopping) return;
		stopping = true;
		logger.info('shutting down workers', { signal, workers: alive.size });
		if (alive.size === 0) process.exit(0);
		for (const id of alive) cluster.workers?.[id]?.process.kill(signal);
		// Each worker exits by its own deadline; this only guards against one that hangs past it.
		setTimeout(
			() => {
				logger.warn('workers still running after the deadline: killing them');
				for (const id of alive) cluster.workers?.[id]?.process.kill('SIGKILL');
				process.exit(0);
			},
			config.SHUTDOWN_DEADLINE_SECONDS * 1000 + 5_000,
		).unref();
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}
