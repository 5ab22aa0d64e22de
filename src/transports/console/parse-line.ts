import type { Command } from '../../commands/define-command.js';
import { findCommand } from '../../commands/index.js';

export type ParsedLine =
	| { readonly ok: true; readonly command: string; readonly options: Record<string, string> }
	| { readonly ok: false; readonly error: string };

/**
 * Reads one console line in slash-command syntax: `/ask how many doses?`, `/pledges topic:energy by:Chile`,
 * `/who diaz`. Text that is not an `option:value` pair fills the command's first text option; a line without a
 * leading slash is a question for /ask.
 */
export function parseLine(line: string): ParsedLine {
	const text = line.trim();
	if (!text.startsWith('/')) return { ok: true, command: 'ask', options: text === '' ? {} : { question: text } };
	const [, name = '', rest = ''] = /^\/(\S*)\s*(.*)$/su.exec(text) ?? [];
	const command = findCommand(name);
	if (command === undefined) return { ok: false, error: `There is no /${name.slice(0, 32)} command. Try /help.` };
	const options = readOptions(command, rest);
	if (options === undefined) return { ok: false, error: `/${command.name} takes no text: try just /${command.name}.` };
	return { ok: true, command: command.name, options };
}

/**
 * Splits `free text key:value key:"quoted value"` into options of the command; `undefined` when there is free text
 * but no option to take it.
 */
export function readOptions(command: Command, rest: string): Record<string, string> | undefined {
	const names = command.options.map((option) => option.name);
	const options: Record<string, string> = {};
	const pattern = new RegExp(`(?:^|\\s)(${names.join('|') || '(?!)'}):\\s*("([^"]*)"|\\S+)`, 'giu');
	const free = rest
		.replace(pattern, (_match, key: string, value: string, quoted: string | undefined) => {
			options[key.toLowerCase()] = quoted ?? value;
			return ' ';
		})
		.trim();
	const positional = command.options.find((option) => option.type !== 'boolean' && !(option.name in options));
	if (free === '') return options;
	if (positional === undefined) return undefined;
	options[positional.name] = free;
	return options;
}
