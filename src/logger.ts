export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type LogFields = Readonly<Record<string, unknown>>;

/** A structured logger: one JSON line per event. Injected where needed, never imported by the core. */
export interface Logger {
	debug(message: string, fields?: LogFields): void;
	info(message: string, fields?: LogFields): void;
	warn(message: string, fields?: LogFields): void;
	error(message: string, fields?: LogFields): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export interface LoggerOptions {
	readonly level: LogLevel;
	/** Strings that must never appear in a log line (the bot token); each is replaced by "[redacted]". */
	readonly secrets?: readonly string[];
	readonly write?: (line: string) => void;
}

/** Creates a logger writing JSON lines (to stderr by default), with secrets scrubbed from every line. */
export function createLogger({
	level,
	secrets = [],
	write = (line) => process.stderr.write(`${line}\n`),
}: LoggerOptions): Logger {
	const hidden = secrets.filter((secret) => secret.length >= 8);
	const log = (at: Exclude<LogLevel, 'silent'>, message: string, fields: LogFields = {}) => {
		if (RANK[at] < RANK[level]) return;
		let line = JSON.stringify({ time: new Date().toISOString(), level: at, msg: message, ...fields }, (_key, value) =>
			value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value,
		);
		for (const secret of hidden) line = line.replaceAll(secret, '[redacted]');
		write(line);
	};
	return {
		debug: (message, fields) => log('debug', message, fields),
		info: (message, fields) => log('info', message, fields),
		warn: (message, fields) => log('warn', message, fields),
		error: (message, fields) => log('error', message, fields),
	};
}
