/**
 * `npm start`: with DISCORD_TOKEN set, runs the bot in Discord; without it, opens the console so anyone can try
 * Briefing at once.
 */
import { bootBriefing } from './boot.js';
import { loadConfig } from './config.js';
import { runConsole } from './transports/console/run-console.js';
import { exitOnStartupError } from './transports/startup-error.js';

try {
	const config = loadConfig();
	const briefing = await bootBriefing(config.KNOWLEDGE_DIR);
	const token = config.DISCORD_TOKEN;
	if (token === undefined) {
		const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
		if (!interactive) process.stderr.write('Briefing console (no DISCORD_TOKEN set): answering each line of input.\n');
		await runConsole(briefing, { input: process.stdin, output: process.stdout, interactive });
	} else {
		const { startGatewayBot } = await import('./transports/discord/start-gateway-bot.js');
		await startGatewayBot(briefing, { ...config, DISCORD_TOKEN: token });
	}
} catch (error) {
	exitOnStartupError(error);
}
