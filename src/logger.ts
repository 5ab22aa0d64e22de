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
	/**
	 * Longest string value a field may log (default 500 characters); longer ones are cut and marked, so text sent by
	 * anyone (a 50 KB command name) cannot bloat the log.
	 */
	readonly maxFieldLength?: number;
}

const DEFAULT_MAX_FIELD_LENGTH = 500;

/** Creates a logger writing JSON lines (to stderr by default), with secrets scrubbed from every line. */
export function createLogger({
	level,
	secrets = [],
	write = (line) => process.stderr.write(`${line}\n`),
	maxFieldLength = DEFAULT_MAX_FIELD_LENGTH,
}: LoggerOptions): Logger {
	const hidden = secrets.filter((secret) => secret.length >= 8);
	const redact = (text: string) => hidden.reduce((out, secret) => out.replaceAll(secret, '[redacted]'), text);
	// Secrets are replaced before a value is cut: a cut could otherwise leave part of a secret unmatched.
	const cap = (text: string) => {
		const clean = redact(text);
		return clean.length <= maxFieldLength ? clean : `${clean.slice(0, maxFieldLength)}…[${clean.length} chars]`;
	};
	const log = (at: Exclude<LogLevel, 'silent'>, message: string, fields: LogFields = {}) => {
		if (RANK[at] < RANK[level]) return;
		const record = { time: new Date().toISOString(), level: at, msg: message, ...fields };
		// Most lines (one per interaction) hold only short strings and numbers: they need no replacer, which makes
		// JSON.stringify several times slower. The whole line is still redacted.
		const plain = Object.values(fields).every(
			(value) => typeof value !== 'object' && (typeof value !== 'string' || value.length <= maxFieldLength),
		);
		const line = plain
			? JSON.stringify(record)
			: JSON.stringify(record, (key, value: unknown) => {
					if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
					return typeof value === 'string' && key !== 'msg' && key !== 'time' ? cap(value) : value;
				});
		write(redact(line));
	};
	return {
		debug: (message, fields) => log('debug', message, fields),
		info: (message, fields) => log('info', message, fields),
		warn: (message, fields) => log('warn', message, fields),
		error: (message, fields) => log('error', message, fields),
	};
}

/**
 * A `write` for busy servers: the lines logged during one turn of the event loop go out in one write on the next
 * turn, not one (synchronous) write each; whatever is pending is written when the process exits. Lines are lost
 * only if the process is killed outright (SIGKILL) within that turn.
 */
export function writeInBatches(out: { write(text: string): unknown } = process.stderr): (line: string) => void {
	let pending: string[] = [];
	const flush = () => {
		if (pending.length === 0) return;
		const text = pending.join('');
		pending = [];
		out.write(text);
	};
	process.on('exit', flush);
	return (line) => {
		if (pending.length === 0) setImmediate(flush);
		pending.push(`${line}\n`);
	};
}
