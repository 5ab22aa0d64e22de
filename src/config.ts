import { z } from 'zod';
import { ConfigError } from './core/errors.js';

const snowflake = z.string().regex(/^\d{17,20}$/u, 'must be a Discord id (17 to 20 digits)');
// A bot token is three base64url parts joined by dots; anything else is a paste error worth catching before login.
const token = z
	.string()
	.regex(/^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/u, 'is not a bot token (three dot-separated parts)');

const schema = z
	.object({
		DISCORD_TOKEN: token.optional(),
		DISCORD_CLIENT_ID: snowflake.optional(),
		DISCORD_GUILD_ID: snowflake.optional(),
		DISCORD_API_URL: z.url({ protocol: /^https?$/u, error: 'must be an http(s) URL' }).optional(),
		LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
		KNOWLEDGE_DIR: z.string().optional(),
	})
	.superRefine((env, context) => {
		if (env.DISCORD_TOKEN !== undefined && env.DISCORD_CLIENT_ID === undefined) {
			context.addIssue({ code: 'custom', path: ['DISCORD_CLIENT_ID'], message: 'is required with DISCORD_TOKEN' });
		}
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
	if (result.success) return result.data;
	const problems = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
	throw new ConfigError(`Invalid configuration: ${problems.join('; ')}. See .env.example.`);
}
