import dotenv from 'dotenv';
import { ConfigError } from './core/errors.js';
import * as z from './core/schema.js';

const snowflake = z.string().check(z.regex(/^\d{17,20}$/u, 'must be a Discord id (17 to 20 digits)'));
// A bot token is three base64url parts joined by dots; anything else is a paste error worth catching before login.
const token = z
	.string()
	.check(z.regex(/^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/u, 'is not a bot token (three dot-separated parts)'));

/** A whole number from `min` to `max`, read from text; `what` names it in the message for any other value. */
function wholeNumber(min: number, max: number, what = 'a whole number') {
	const error = `must be ${what} from ${min} to ${max}`;
	return z.coerce.number({ error }).check(z.int(error), z.minimum(min, error), z.maximum(max, error));
}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

const schema = z.object({
	DISCORD_TOKEN: z.optional(token),
	DISCORD_CLIENT_ID: z.optional(snowflake),
	DISCORD_GUILD_ID: z.optional(snowflake),
	DISCORD_API_URL: z.optional(z.url({ protocol: /^https?$/u, error: 'must be an http(s) URL' })),
	LOG_LEVEL: z._default(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }), 'info'),
	KNOWLEDGE_DIR: z.optional(z.string()),
	DISCORD_PUBLIC_KEY: z.optional(
		z.string().check(z.regex(/^[0-9a-fA-F]{64}$/u, 'must be the application public key (64 hex digits)')),
	),
	PORT: z._default(wholeNumber(1, 65_535, 'a port number'), 3000),
	SHARD_COUNT: z.optional(wholeNumber(1, 1000)),
	RATE_LIMIT_COUNT: z._default(wholeNumber(1, 1000), 5),
	RATE_LIMIT_WINDOW_SECONDS: z._default(wholeNumber(1, 3600), 10),
	// How long SIGINT/SIGTERM lets in-flight interactions finish before the process exits anyway.
	SHUTDOWN_DEADLINE_SECONDS: z._default(wholeNumber(0, 300), 10),
	// How long the HTTP endpoint gives a client to send its whole request (headers and body).
	HTTP_REQUEST_TIMEOUT_SECONDS: z._default(wholeNumber(1, 300), 10),
	// How many processes serve the HTTP endpoint, sharing its port (node:cluster); unset: one per core.
	HTTP_WORKERS: z.optional(wholeNumber(1, 64)),
});

export type Config = z.infer<typeof schema>;

/**
 * Reads the configuration from environment variables. Empty values count as unset (a `.env` copied from
 * `.env.example` has `KEY=` lines). Throws one `ConfigError` naming every bad key; values are never echoed, so a
 * token cannot leak through an error message.
 */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
	const cleaned = Object.fromEntries(
		Object.keys(schema.shape).map((key) => {
			const value = env[key]?.trim();
			return [key, value === '' ? undefined : value];
		}),
	);
	const result = schema.safeParse(cleaned);
	const problems = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
	// Checked apart from the schema so it is reported together with every other problem.
	if (cleaned.DISCORD_TOKEN !== undefined && cleaned.DISCORD_CLIENT_ID === undefined) {
		problems.push('DISCORD_CLIENT_ID is required with DISCORD_TOKEN');
	}
	if (result.success && problems.length === 0) return result.data;
	throw new ConfigError(`Invalid configuration: ${problems.join('; ')}. See .env.example.`);
}

/** Reads `.env` (if there is one) into the environment, then parses it. For entry points only. */
export function loadConfig(): Config {
	dotenv.config({ quiet: true });
	return parseConfig(process.env);
}

/** Config with the given optional keys known to be set. */
export type ConfigWith<K extends keyof Config> = Config & { [P in K]-?: NonNullable<Config[P]> };

/** Checks that an entry point's own required keys are set; throws one `ConfigError` naming the missing ones. */
export function requireKeys<K extends keyof Config>(
	config: Config,
	keys: readonly K[],
	purpose: string,
): ConfigWith<K> {
	const missing = keys.filter((key) => config[key] === undefined);
	if (missing.length > 0) {
		const verb = missing.length === 1 ? 'is' : 'are';
		throw new ConfigError(
			`Invalid configuration: ${missing.join(' and ')} ${verb} required ${purpose}. See .env.example.`,
		);
	}
	return config as ConfigWith<K>;
}
