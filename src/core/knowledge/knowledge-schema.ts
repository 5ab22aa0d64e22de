import { z } from 'zod';

const nonEmpty = z.string().trim().min(1);
const id = z.string().regex(/^[a-z0-9-]+$/u, 'must be lowercase letters, digits and dashes');

/** A source's short id: a folder name under `sources/` and the `source` of every JSON passage. */
export const slugSchema = z
	.string()
	.regex(
		/^[a-z0-9][a-z0-9-]{0,31}$/u,
		'must be 1–32 lowercase letters, digits and dashes, starting with a letter or digit',
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
	eventNoun: nonEmpty.optional(),
	/** An example per command name for /help and the console banner ("who": "/who diaz"); else drawn from the facts. */
	examples: z.record(z.string().regex(/^[a-z]+$/u), nonEmpty).optional(),
	language: nonEmpty.default('en'),
	/** The source's slug; by default the outlet's first word that is no article ("The Lyon Post" → lyon). */
	slug: slugSchema.optional(),
	/** How citations name the source when there are several; by default the outlet's first word that is no article. */
	label: nonEmpty.optional(),
});

/** `sources/<slug>/article.json`: a further report; the event and dateline may be left to the first source. */
export const sourceMetaSchema = articleMetaSchema.extend({
	dateline: nonEmpty.optional(),
	event: nonEmpty.optional(),
});

export type SourceMetaInput = z.infer<typeof sourceMetaSchema>;

const pinSchema = z.object({
	paragraph: z.int().positive(),
	quote: z.string().min(3),
});

const personSchema = z.object({
	id,
	name: nonEmpty,
	role: nonEmpty,
	/** Whom the person speaks for; drafted facts leave it empty when the text does not say. */
	country: z.string().trim().default(''),
	aliases: z.array(nonEmpty).default([]),
	pin: pinSchema,
});

const topicSchema = z.object({
	id,
	label: nonEmpty,
	keywords: z.array(nonEmpty).min(1),
});

const pledgeSchema = z.object({
	by: z.array(nonEmpty).min(1),
	speaker: id.optional(),
	to: nonEmpty,
	topic: id,
	text: nonEmpty,
	pin: pinSchema,
	also: z.array(pinSchema).default([]),
});

export const factsSchema = z.object({
	people: z.array(personSchema).default([]),
	topics: z.array(topicSchema).default([]),
	pledges: z.array(pledgeSchema).default([]),
});

export const synonymsSchema = z.object({
	acronyms: z.record(z.string().min(1), nonEmpty).default({}),
	groups: z.array(z.array(nonEmpty.toLowerCase()).min(2, 'a synonym group needs at least two entries')).default([]),
});

export type Facts = z.infer<typeof factsSchema>;
