import * as z from '../core/schema.js';
import { stripUnsafeText } from '../core/strip-unsafe.js';
import type { Command, OptionDefinition } from './define-command.js';

/**
 * Cleans user text at the edge: drops control and format characters (NUL, escapes, bidi overrides, zero-width
 * characters, tags) and lone surrogates, which no answer needs and which terminals and Discord would echo.
 * Newlines and tabs become spaces.
 */
export function cleanText(text: string): string {
	return stripUnsafeText(text.replace(/[\t\n\r\u2028\u2029]+/gu, ' ')).trim();
}

const booleanText = z.union([
	z.boolean(),
	z.pipe(
		z.enum(['true', 'yes', 'on', '1']),
		z.transform(() => true),
	),
	z.pipe(
		z.enum(['false', 'no', 'off', '0']),
		z.transform(() => false),
	),
]);

function optionSchema(option: OptionDefinition): z.ZodMiniType {
	let schema: z.ZodMiniType;
	switch (option.type) {
		case 'string': {
			const text = z.pipe(
				z.pipe(z.string(), z.transform(cleanText)),
				z.string().check(z.maxLength(option.maxLength, `at most ${option.maxLength} characters`)),
			);
			schema = option.required
				? z.pipe(text, z.string().check(z.minLength(1, 'cannot be empty')))
				: z.pipe(
						text,
						z.transform((value: string) => (value === '' ? undefined : value)),
					);
			break;
		}
		case 'integer':
			schema = z.coerce
				.number({ error: 'must be a whole number' })
				.check(
					z.int('must be a whole number'),
					z.minimum(option.min, `must be at least ${option.min}`),
					z.maximum(option.max, `must be at most ${option.max}`),
				);
			break;
		case 'boolean':
			schema = booleanText;
			break;
	}
	return option.required ? schema : z.optional(schema);
}

export type ParsedOptions = { ok: true; options: Record<string, unknown> } | { ok: false; problems: string[] };

// Built once per command: zod schemas are costly to construct and every interaction parses options.
const schemas = new WeakMap<Command, z.ZodMiniType>();

function schemaOf(command: Command): z.ZodMiniType {
	let schema = schemas.get(command);
	if (schema === undefined) {
		schema = z.strictObject(Object.fromEntries(command.options.map((option) => [option.name, optionSchema(option)])));
		schemas.set(command, schema);
	}
	return schema;
}

/** Validates raw option values (from Discord or the console) against a command's definitions. */
export function parseOptions(command: Command, raw: Readonly<Record<string, unknown>>): ParsedOptions {
	const result = schemaOf(command).safeParse(raw);
	if (result.success) return { ok: true, options: result.data as Record<string, unknown> };
	return {
		ok: false,
		problems: result.error.issues.map((issue) => {
			const name = issue.path[0];
			if (issue.code === 'unrecognized_keys') return `unknown option ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
			if (typeof name === 'string' && raw[name] === undefined) return `"${name}" is required`;
			return `"${String(name)}" ${issue.message}`;
		}),
	};
}
