import type { Briefing } from '../core/briefing.js';
import { notice, type Reply } from '../core/reply.js';
import { about } from './about.js';
import { ask } from './ask.js';
import { check } from './check.js';
import type { Choice, Command } from './define-command.js';
import { createHelpCommand } from './help.js';
import { paragraph } from './paragraph.js';
import { parseOptions } from './parse-options.js';
import { pledges } from './pledges.js';
import { who } from './who.js';

/** Every command, in the order /help lists them. Static imports: a command cannot be skipped silently. */
export const commands: readonly Command[] = [
	ask,
	who,
	pledges,
	check,
	paragraph,
	about,
	createHelpCommand(() => commands),
] as readonly Command[];

const byName = new Map(commands.map((command) => [command.name, command]));

/** The command of that name, if any. */
export function findCommand(name: string): Command | undefined {
	return byName.get(name.toLowerCase());
}

/**
 * Runs a command from raw option values (as a transport received them): validates them, then calls the handler.
 * An unknown command or a bad option is a `notice` reply, never an exception.
 */
export function executeCommand(briefing: Briefing, name: string, raw: Readonly<Record<string, unknown>>): Reply {
	const command = findCommand(name);
	if (command === undefined) return notice(`There is no /${name.slice(0, 32)} command. Try /help.`);
	const parsed = parseOptions(command, raw);
	if (!parsed.ok) return notice(`/${command.name}: ${parsed.problems.join('; ')}.`);
	return command.run(briefing, parsed.options as never);
}

/** Autocomplete suggestions for one option of a command; empty for anything unknown. */
export function autocompleteCommand(briefing: Briefing, name: string, option: string, value: string): Choice[] {
	return findCommand(name)?.autocomplete?.(briefing, option, value.slice(0, 100)) ?? [];
}
