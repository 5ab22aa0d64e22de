import dotenv from 'dotenv';
import { z } from 'zod';
import { ConfigError } from './core/errors.js';

const snowflake = z.string().regex(/^\d{17,20}$/u, 'must be a Discord id (17 to 20 digits)');
// A bot token is three base64url parts joined by dots; anything else is a paste error worth catching before login.
const token = z
	.string()
	.regex(/^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/u, 'is not a bot token (three dot-separated parts)');

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

const schema = z.object({
	DISCORD_TOKEN: token.optional(),
	DISCORD_CLIENT_ID: snowflake.optional(),
	DISCORD_GUILD_ID: snowflake.optional(),
	DISCORD_API_URL: z.url({ protocol: /^https?$/u, error: 'must be an http(s) URL' }).optional(),
	LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
	KNOWLEDGE_DIR: z.string().optional(),
	DISCORD_PUBLIC_KEY: z
		.string()
		.regex(/^[0-9a-fA-F]{64}$/u, 'must be the application public key (64 hex digits)')
		.optional(),
	PORT: z.coerce.number({ error: 'must be a port number' }).int().min(1).max(65_535).default(3000),
	SHARD_COUNT: z.coerce.number({ error: 'must be a whole number' }).int().min(1).max(1000).optional(),
	RATE_LIMIT_COUNT: z.coerce.number().int().min(1, 'must be a whole number ≥ 1').max(1000).default(5),
	RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1, 'must be a whole number ≥ 1').max(3600).default(10),
	// How long SIGINT/SIGTERM lets in-flight interactions finish before the process exits anyway.
	SHUTDOWN_DEADLINE_SECONDS: z.coerce.number().int().min(0, 'must be a whole number ≥ 0').max(300).default(10),
	// How long the HTTP endpoint gives a client to send its whole request (headers and body).
	HTTP_REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1, 'must be a whole number ≥ 1').max(300).default(10),
	// How many processes serve the HTTP endpoint, sharing its port (node:cluster); unset: one per core.
	HTTP_WORKERS: z.coerce.number().int().min(1, 'must be a whole number ≥ 1').max(64).optional(),
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
