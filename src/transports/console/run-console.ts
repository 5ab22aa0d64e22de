import { createInterface } from 'node:readline';
import { exampleOf } from '../../commands/examples.js';
import { executeCommand, findCommand } from '../../commands/index.js';
import type { Briefing } from '../../core/briefing.js';
import type { Reply } from '../../core/reply.js';
import { ansiStyle, plainStyle, renderReplyText } from '../../present/render-text.js';
import { parseLine } from './parse-line.js';
import { readLines } from './read-lines.js';

export interface ConsoleOptions {
	readonly input: NodeJS.ReadableStream;
	readonly output: NodeJS.WritableStream;
	/** A person at a terminal: show a prompt, a banner and bold highlights. Otherwise answer each line plainly. */
	readonly interactive: boolean;
}

/** The banner of an interactive console; its examples come from the knowledge (see `exampleOf`). */
export function describeBanner(briefing: Briefing): string {
	const tried = ['ask', 'who', 'pledges', 'about', 'help'].flatMap((name) => {
		const command = findCommand(name);
		return command === undefined ? [] : [exampleOf(command, briefing)];
	});
	return `Briefing console: ask about the article with the same slash commands as in Discord.
Try: ${tried.join('  ·  ')}
Type a question without a slash to /ask it; "exit" or Ctrl+D to leave.
To run in Discord instead, set DISCORD_TOKEN and DISCORD_CLIENT_ID in .env (see README).`;
}

/** Answers one console line; never throws for user input. */
export function answerLine(briefing: Briefing, line: string): Reply | undefined {
	if (line.trim() === '') return undefined;
	const parsed = parseLine(line);
	if (!parsed.ok) return { kind: 'notice', tone: 'error', text: parsed.error, ephemeral: true };
	return executeCommand(briefing, parsed.command, parsed.options);
}

/** Runs the console until the input ends or the user types "exit". */
export async function runConsole(briefing: Briefing, options: ConsoleOptions): Promise<void> {
	const { input, output, interactive } = options;
	const style = interactive ? ansiStyle : plainStyle;
	// Piped input is split on "\n" only, as the CLI's --stdin is; a person at a terminal gets readline's editing.
	const prompt = interactive ? createInterface({ input, output, terminal: true }) : undefined;
	if (prompt !== undefined) {
		output.write(`${describeBanner(briefing)}\n\n`);
		prompt.setPrompt('briefing> ');
		prompt.prompt();
	}
	for await (const line of prompt ?? readLines(input as AsyncIterable<Buffer | string>)) {
		if (/^\/?(exit|quit)$/iu.test(line.trim())) break;
		const reply = answerLine(briefing, line);
		if (reply !== undefined) output.write(`${renderReplyText(reply, briefing.knowledge, style)}\n\n`);
		prompt?.prompt();
	}
	prompt?.close();
}
