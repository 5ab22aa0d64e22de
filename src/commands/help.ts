import { type Command, defineCommand } from './define-command.js';

/** /help lists the commands it is given, so it is built after them. */
export function createHelpCommand(listCommands: () => readonly Command[]) {
	return defineCommand({
		name: 'help',
		description: 'What Briefing can do, with an example of each command',
		example: '/help',
		options: [],
		run() {
			const commands = listCommands().map(({ name, description, example }) => ({ name, description, example }));
			return { kind: 'help', commands, ephemeral: true };
		},
	});
}
