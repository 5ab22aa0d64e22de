/**
 * `npm run start:sharded`: runs the gateway bot as SHARD_COUNT processes under discord.js's ShardingManager, each
 * serving its share of the servers. Discord requires sharding from 2,500 servers; plan for it around 2,000. The
 * count is explicit because the automatic one asks discord.com.
 */
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { loadConfig, requireKeys } from './config.js';
import { createLogger } from './logger.js';
import { exitOnStartupError } from './transports/startup-error.js';

try {
	const config = requireKeys(loadConfig(), ['DISCORD_TOKEN', 'SHARD_COUNT'], 'to run shards');
	const logger = createLogger({ level: config.LOG_LEVEL, secrets: [config.DISCORD_TOKEN] });
	// Each shard is `npm start` in its own process: the same bot, told by the manager which shard it is. Run from
	// source (tsx) the shards run from source too; run from the build, they run the built main.
	const fromSource = import.meta.url.endsWith('.ts');
	const manager = new ShardingManager(fileURLToPath(new URL(fromSource ? './main.ts' : './main.js', import.meta.url)), {
		token: config.DISCORD_TOKEN,
		totalShards: config.SHARD_COUNT,
		mode: 'process',
		respawn: true,
		execArgv: fromSource ? ['--import', 'tsx'] : [],
	});
	manager.on('shardCreate', (shard) => logger.info('shard launched', { shard: shard.id, of: config.SHARD_COUNT }));
	const stop = async (signal: NodeJS.Signals) => {
		logger.info('shutting down shards', { signal });
		manager.respawn = false;
		// Each shard keeps its own deadline; this guard only covers a shard that never exits.
		setTimeout(() => process.exit(0), config.SHUTDOWN_DEADLINE_SECONDS * 1000 + 5_000).unref();
		const exits = [...manager.shards.values()].flatMap((shard) =>
			shard.process === null ? [] : [once(shard.process, 'exit')],
		);
		// Each shard finishes the interactions it has in flight, then exits.
		for (const shard of manager.shards.values()) shard.process?.kill('SIGTERM');
		await Promise.all(exits);
		process.exit(0);
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
	await manager.spawn({ timeout: 60_000 });
	logger.info('all shards ready', { shards: config.SHARD_COUNT });
} catch (error) {
	exitOnStartupError(error);
}
