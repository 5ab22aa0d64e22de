import * as z from '../schema.js';

const nonEmpty = z.string().check(z.trim(), z.minLength(1));
const id = z.string().check(z.regex(/^[a-z0-9-]+$/u, 'must be lowercase letters, digits and dashes'));

/** A source's short id: a folder name under `sources/` and the `source` of every JSON passage. */
export const slugSchema = z
	.string()
	.check(
		z.regex(
			/^[a-z0-9][a-z0-9-]{0,31}$/u,
			'must be 1–32 lowercase letters, digits and dashes, starting with a letter or digit',
		),
	);

/** `article.json` at the root of a knowledge folder: the first source, which also names the event. */
export const articleMetaSchema = z.object({
	title: nonEmpty,
	author: nonEmpty,
	outlet: nonEmpty,
	url: z.url({ protocol: /^https?$/u }),
	dateline: nonEmpty,
	date: z.iso.date(),
	event: nonEmpty,
	/** How headings name the event ("the visit"); without it they name none. */
	eventNoun: z.optional(nonEmpty),
	/** An example per command name for /help and the console banner ("who": "/who diaz"); else drawn from the facts. */
	examples: z.optional(z.record(z.string().check(z.regex(/^[a-z]+$/u)), nonEmpty)),
	language: z._default(nonEmpty, 'en'),
	/** The source's slug; by default the outlet's first word that is no article ("The Lyon Post" → lyon). */
	slug: z.optional(slugSchema),
	/** How citations name the source when there are several; by default the outlet's first word that is no article. */
	label: z.optional(nonEmpty),
});

/** `sources/<slug>/article.json`: a further report; the event and dateline may be left to the first source. */
export const sourceMetaSchema = z.extend(articleMetaSchema, {
	dateline: z.optional(nonEmpty),
	event: z.optional(nonEmpty),
});

export type SourceMetaInput = z.infer<typeof sourceMetaSchema>;

const pinSchema = z.object({
	paragraph: z.int().check(z.positive()),
	quote: z.string().check(z.minLength(3)),
});

const personSchema = z.object({
	id,
	name: nonEmpty,
	role: nonEmpty,
	/** Whom the person speaks for; drafted facts leave it empty when the text does not say. */
	country: z._default(z.string().check(z.trim()), ''),
	aliases: z._default(z.array(nonEmpty), []),
	pin: pinSchema,
});

const topicSchema = z.object({
	id,
	label: nonEmpty,
	keywords: z.array(nonEmpty).check(z.minLength(1)),
});

const pledgeSchema = z.object({
	by: z.array(nonEmpty).check(z.minLength(1)),
	speaker: z.optional(id),
	to: nonEmpty,
	topic: id,
	text: nonEmpty,
	pin: pinSchema,
	also: z._default(z.array(pinSchema), []),
});

export const factsSchema = z.object({
	people: z._default(z.array(personSchema), []),
	topics: z._default(z.array(topicSchema), []),
	pledges: z._default(z.array(pledgeSchema), []),
});

export const synonymsSchema = z.object({
	acronyms: z._default(z.record(z.string().check(z.minLength(1)), nonEmpty), {}),
	groups: z._default(
		z.array(
			z
				.array(z.string().check(z.trim(), z.minLength(1), z.toLowerCase()))
				.check(z.minLength(2, 'a synonym group needs at least two entries')),
		),
		[],
	),
});

export type Facts = z.infer<typeof factsSchema>;
