/**
 * `npm run register`: registers Briefing's commands with Discord by bulk overwrite, to one server when
 * DISCORD_GUILD_ID is set (instant), else globally. Prints what it registered.
 */
import { REST, Routes } from 'discord.js';
import { commands } from './commands/index.js';
import { loadConfig, requireKeys } from './config.js';
import { toApplicationCommandsJson } from './present/discord/command-json.js';
import { exitOnStartupError } from './transports/startup-error.js';

try {
	const config = requireKeys(loadConfig(), ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID'], 'to register commands');
	const rest = new REST(config.DISCORD_API_URL === undefined ? {} : { api: config.DISCORD_API_URL }).setToken(
		config.DISCORD_TOKEN,
	);
	const route =
		config.DISCORD_GUILD_ID === undefined
			? Routes.applicationCommands(config.DISCORD_CLIENT_ID)
			: Routes.applicationGuildCommands(config.DISCORD_CLIENT_ID, config.DISCORD_GUILD_ID);
	const registered = (await rest.put(route, { body: toApplicationCommandsJson(commands) })) as {
		name: string;
		type: number;
	}[];
	const where =
		config.DISCORD_GUILD_ID === undefined
			? 'globally (may take a while to appear)'
			: `to server ${config.DISCORD_GUILD_ID}`;
	process.stdout.write(`Registered ${registered.length} commands ${where}:\n`);
	for (const command of registered)
		process.stdout.write(`  ${command.type === 3 ? '(message menu) ' : '/'}${command.name}\n`);
} catch (error) {
	exitOnStartupError(error);
}
