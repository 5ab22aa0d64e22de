/**
 * `npm run cli -- <command> [text] [--option value] [--json] [--stdin]`: answers once and exits.
 * With --json it prints the JSON contract (one object; with --stdin, one object per input line, in order).
 * Bad input prints one line on stderr and exits with code 2; --help prints the usage and exits 0.
 */
import { bootBriefing } from './boot.js';
import { commands, executeCommand, findCommand } from './commands/index.js';
import { loadConfig } from './config.js';
import type { Briefing } from './core/briefing.js';
import { notice, type Reply } from './core/reply.js';
import { renderReplyJson } from './present/render-json.js';
import { plainStyle, renderReplyText } from './present/render-text.js';
import { fail, readArguments } from './read-arguments.js';
import { readOptions } from './transports/console/parse-line.js';
import { readLines } from './transports/console/read-lines.js';
import { exitOnStartupError } from './transports/startup-error.js';

const USAGE = 'usage: npm run cli -- <command> [text] [--option value] [--json] [--stdin]   (commands: /help)';

const HELP = [
	USAGE,
	'',
	'  --json    print the JSON contract (see README) instead of text',
	'  --stdin   answer each line of standard input in turn (one JSON object per line with --json)',
	'  --help    print this and exit',
	'',
	'commands:',
	...commands.map((command) => `  ${command.example.padEnd(40)} ${command.description}`),
].join('\n');

function answer(briefing: Briefing, command: string, text: string, named: Record<string, string>): Reply {
	if (text.trim() === '' && Object.keys(named).length === 0 && findCommand(command)?.options.some((o) => o.required))
		return notice('Empty line: nothing to answer.');
	const definition = findCommand(command);
	if (definition === undefined) return executeCommand(briefing, command, {});
	const options = readOptions(definition, text);
	if (options === undefined)
		return { kind: 'notice', tone: 'error', text: `/${command} takes no text.`, ephemeral: true };
	return executeCommand(briefing, command, { ...options, ...named });
}

try {
	const { flags, named, free } = readArguments(process.argv.slice(2), new Set(['json', 'stdin', 'help']));
	if (flags.has('help')) {
		process.stdout.write(`${HELP}\n`);
		process.exit(0);
	}
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
		// Split on "\n" only: readline would also end a line at a bare "\r", giving two answers for one line.
		for await (const line of readLines(process.stdin)) print(answer(briefing, name, line, named));
	} else {
		const reply = answer(briefing, name, words.join(' '), named);
		if (reply.kind === 'notice' && reply.tone === 'error') fail(reply.text);
		print(reply);
	}
} catch (error) {
	exitOnStartupError(error);
}
