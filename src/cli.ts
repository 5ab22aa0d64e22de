/**
 * `npm run cli -- <command> [text] [--option value] [--json] [--stdin]`: answers once and exits.
 * With --json it prints the JSON contract (one object; with --stdin, one object per input line, in order).
 * Bad input prints one line on stderr and exits with code 2.
 */
import { createInterface } from 'node:readline';
import { bootBriefing } from './boot.js';
import { executeCommand, findCommand } from './commands/index.js';
import type { Reply } from './commands/reply.js';
import { loadConfig } from './config.js';
import type { Briefing } from './core/briefing.js';
import { renderReplyJson } from './present/render-json.js';
import { plainStyle, renderReplyText } from './present/render-text.js';
import { readOptions } from './transports/console/parse-line.js';
import { exitOnStartupError } from './transports/startup-error.js';

const USAGE = 'usage: npm run cli -- <command> [text] [--option value] [--json] [--stdin]   (commands: /help)';

function fail(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(2);
}

/** Splits the arguments into flags, `--option value` pairs and free text. */
function readArguments(args: readonly string[]) {
	const flags = new Set<string>();
	const named: Record<string, string> = {};
	const free: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? '';
		const option = /^--([\w-]+)(?:=(.*))?$/su.exec(arg);
		if (option === null) free.push(arg);
		else if (option[1] === 'json' || option[1] === 'stdin') flags.add(option[1]);
		else if (option[2] !== undefined) named[option[1] ?? ''] = option[2];
		else named[option[1] ?? ''] = args[++i] ?? '';
	}
	return { flags, named, free };
}

function answer(briefing: Briefing, command: string, text: string, named: Record<string, string>): Reply {
	const definition = findCommand(command);
	if (definition === undefined) return executeCommand(briefing, command, {});
	const options = readOptions(definition, text);
	if (options === undefined)
		return { kind: 'notice', tone: 'error', text: `/${command} takes no text.`, ephemeral: true };
	return executeCommand(briefing, command, { ...options, ...named });
}

try {
	const { flags, named, free } = readArguments(process.argv.slice(2));
	const [command, ...words] = free;
	if (command === undefined || command === '') fail(USAGE);
	const name = command.replace(/^\//u, '');
	if (findCommand(name) === undefined) fail(`Unknown command "${name.slice(0, 32)}". ${USAGE}`);
	const briefing = await bootBriefing(loadConfig().KNOWLEDGE_DIR);
	const print = (reply: Reply) =>
		process.stdout.write(
			flags.has('json')
				? `${JSON.stringify(renderReplyJson(reply, briefing.knowledge))}\n`
				: `${renderReplyText(reply, briefing.knowledge, plainStyle)}\n`,
		);
	if (flags.has('stdin')) {
		for await (const line of createInterface({ input: process.stdin })) print(answer(briefing, name, line, named));
	} else {
		const reply = answer(briefing, name, words.join(' '), named);
		if (reply.kind === 'notice' && reply.tone === 'error') fail(reply.text);
		print(reply);
	}
} catch (error) {
	exitOnStartupError(error);
}
