import type { Briefing } from '../../src/core/briefing.js';
import { createLogger, type LogLevel } from '../../src/logger.js';
import { createGatewayBot, type GatewayBot } from '../../src/transports/discord/gateway-bot.js';
import { FakeDiscord } from './fake-discord.js';

/** A bot token shaped like a real one, so tests can check it never appears in any output. */
export const TEST_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAy.GfAkEt.abcdefghijklmnopqrstuvwxyz0123456789_-AB';

export interface Harness {
	readonly fake: FakeDiscord;
	readonly bot: GatewayBot;
	readonly logs: string[];
	close(): Promise<void>;
}

/** Starts the fake Discord and the real discord.js bot logged in to it. */
export async function startHarness(
	briefing: Briefing,
	options: { level?: LogLevel; rateLimit?: { limit: number; windowMs: number } } = {},
): Promise<Harness> {
	const fake = await FakeDiscord.start();
	const logs: string[] = [];
	const logger = createLogger({
		level: options.level ?? 'info',
		secrets: [TEST_TOKEN],
		write: (line) => logs.push(line),
	});
	const bot = createGatewayBot(briefing, {
		token: TEST_TOKEN,
		apiUrl: fake.apiUrl,
		logger,
		rateLimit: options.rateLimit,
	});
	await bot.start();
	return {
		fake,
		bot,
		logs,
		async close() {
			await bot.stop();
			await fake.close();
		},
	};
}
