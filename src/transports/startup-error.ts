import { ConfigError, KnowledgeError } from '../core/errors.js';

/**
 * Ends the process on a start-up failure with one readable line and exit code 1. Bad configuration and bad
 * knowledge print only their message (which never contains a secret); anything else is a bug and shows its stack.
 */
export function exitOnStartupError(error: unknown): never {
	if (error instanceof ConfigError || error instanceof KnowledgeError) {
		process.stderr.write(`Briefing cannot start: ${error.message}\n`);
	} else {
		process.stderr.write(
			`Briefing cannot start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
		);
	}
	process.exit(1);
}
