import { z } from 'zod';

const nonEmpty = z.string().trim().min(1);
const id = z.string().regex(/^[a-z0-9-]+$/u, 'must be lowercase letters, digits and dashes');

export const articleMetaSchema = z.object({
	title: nonEmpty,
	author: nonEmpty,
	outlet: nonEmpty,
	url: z.url({ protocol: /^https?$/u }),
	dateline: nonEmpty,
	date: z.iso.date(),
	event: nonEmpty,
	language: nonEmpty.default('en'),
});

const pinSchema = z.object({
	paragraph: z.int().positive(),
	quote: z.string().min(3),
});

const personSchema = z.object({
	id,
	name: nonEmpty,
	role: nonEmpty,
	country: nonEmpty,
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
