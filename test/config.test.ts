import { describe, expect, test } from 'vitest';
import { parseConfig } from '../src/config.js';
import { ConfigError } from '../src/core/errors.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';

describe('parseConfig', () => {
	test('GIVEN no token THEN console mode, with defaults', () => {
		expect(parseConfig({})).toMatchObject({ DISCORD_TOKEN: undefined, LOG_LEVEL: 'info' });
	});

	test('GIVEN empty values from a copied .env.example THEN they count as unset', () => {
		expect(parseConfig({ DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '', LOG_LEVEL: '' })).toMatchObject({
			DISCORD_TOKEN: undefined,
			LOG_LEVEL: 'info',
		});
	});

	test('GIVEN a full configuration THEN it is accepted', () => {
		const config = parseConfig({
			DISCORD_TOKEN: TOKEN,
			DISCORD_CLIENT_ID: '123456789012345678',
			DISCORD_GUILD_ID: '223456789012345678',
			DISCORD_API_URL: 'http://127.0.0.1:9999/api',
			LOG_LEVEL: 'debug',
		});
		expect(config.DISCORD_API_URL).toBe('http://127.0.0.1:9999/api');
	});

	test('GIVEN several bad keys THEN one error names every one, without echoing a value', () => {
		const badToken = 'not-a-token-but-secret-looking-value';
		let error: unknown;
		try {
			parseConfig({ DISCORD_TOKEN: badToken, DISCORD_GUILD_ID: 'abc', LOG_LEVEL: 'loud', DISCORD_API_URL: 'ftp://x' });
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(ConfigError);
		const message = String(error);
		for (const key of ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID', 'LOG_LEVEL', 'DISCORD_API_URL']) {
			expect(message).toContain(key);
		}
		expect(message).not.toContain(badToken);
		expect(message.split('\n')).toHaveLength(1);
	});

	test('GIVEN HTTP_WORKERS THEN a whole number ≥ 1, unset by default (one per core), and a bad value named', () => {
		expect(parseConfig({}).HTTP_WORKERS).toBeUndefined();
		expect(parseConfig({ HTTP_WORKERS: '3' }).HTTP_WORKERS).toBe(3);
		expect(() => parseConfig({ HTTP_WORKERS: '0' })).toThrow(/HTTP_WORKERS/u);
		expect(() => parseConfig({ HTTP_WORKERS: 'many' })).toThrow(/HTTP_WORKERS/u);
	});

	test('GIVEN a number that is no whole number or out of range THEN one message naming the range', () => {
		for (const port of ['abc', '0', '70000', '1.5']) {
			expect(() => parseConfig({ PORT: port })).toThrow(/^[^;]*PORT must be a port number from 1 to 65535\. /u);
		}
		expect(parseConfig({ PORT: '8080' }).PORT).toBe(8080);
	});

	test('GIVEN the time limits THEN defaults of 10 s, and bad values named', () => {
		expect(parseConfig({})).toMatchObject({ SHUTDOWN_DEADLINE_SECONDS: 10, HTTP_REQUEST_TIMEOUT_SECONDS: 10 });
		expect(() => parseConfig({ SHUTDOWN_DEADLINE_SECONDS: 'soon', HTTP_REQUEST_TIMEOUT_SECONDS: '0' })).toThrow(
			/SHUTDOWN_DEADLINE_SECONDS.*HTTP_REQUEST_TIMEOUT_SECONDS/u,
		);
	});
});
