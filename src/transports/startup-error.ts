import { ConfigError, KnowledgeError } from '../core/errors.js';

/**
 * Ends the process on a start-up failure with one readable line and exit code 1: the message of bad configuration
 * or knowledge, or the name and message of anything else (a rejected token, an unreachable API). Messages never
 * hold a secret: configuration errors name keys, not values.
 */
export function exitOnStartupError(error: unknown): never {
	const known = error instanceof ConfigError || error instanceof KnowledgeError;
	const text = error instanceof Error ? (known ? error.message : `${error.name}: ${error.message}`) : String(error);
	process.stderr.write(`Briefing cannot start: ${text.replace(/\s*\n\s*/gu, ' ')}\n`);
	process.exit(1);
}
