import { type Command, defineCommand } from './define-command.js';
import { exampleOf } from './examples.js';

/** /help lists the commands it is given, so it is built after them. */
export function createHelpCommand(listCommands: () => readonly Command[]) {
	return defineCommand({
		name: 'help',
		description: 'What Briefing can do, with an example of each command',
		example: '/help',
		options: [],
		run(briefing) {
			const commands = listCommands().map((command) => ({
				name: command.name,
				description: command.description,
				example: exampleOf(command, briefing),
			}));
			return { kind: 'help', commands, ephemeral: true };
		},
	});
}
