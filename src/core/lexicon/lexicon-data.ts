import { z } from 'zod';

/**
 * How a word of the question relates to a word of the article, from the lexical database:
 * - `synonym`: the same sense (premier, prime minister);
 * - `inflection`: an irregular form (came, come);
 * - `derivation`: another part of speech of the same word (local, locally; Pakistani, Pakistan);
 * - `similar`: a similar adjective (big, large);
 * - `broader`: a more general word (envoy, diplomat), or the class of an instance (Karachi, city);
 * - `narrower`: a more specific word (city, Karachi);
 * - `part`: a part or whole, a member or group (Kremlin, Moscow);
 * - `country`: a country's name, people or capital (Islamabad, Pakistan).
 */
export const RELATIONS = [
	'synonym',
	'inflection',
	'derivation',
	'similar',
	'broader',
	'narrower',
	'part',
	'country',
] as const;
export type Relation = (typeof RELATIONS)[number];

/** Kinds of answer a sentence can hold, as the NLP tagger finds them. */
export const ENTITY_TYPES = [
	'person',
	'place',
	'organization',
	'number',
	'money',
	'percent',
	'date',
	'duration',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Part of speech of a word's most frequent senses. */
export type PartOfSpeech = 'noun' | 'verb' | 'adjective' | 'adverb';
export const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['noun', 'verb', 'adjective', 'adverb'];

/**
 * The lexicon file (`lexicon.json` in a knowledge folder): the lexical database cut down to what matters for one
 * article. `related` maps a word or phrase of English (lowercase, as written) to the article's words and phrases
 * it relates to (as stems joined by spaces), each with a relation index into `RELATIONS`; `bases` maps irregular
 * forms to the base form whose relations they share ("came" → "come"); `entities` holds what kinds of answer each
 * sentence has. `words` lists every English word (normalized,
 * lowercase), each as `word` + part-of-speech index + `:` + how often its senses occur in WordNet's tagged corpus,
 * joined by spaces, for spelling correction and for weighing words the article lacks.
 */
export const lexiconDataSchema = z.object({
	version: z.literal(1),
	/** SHA-256 of the article text the lexicon was built for: a stale lexicon is rebuilt, not trusted. */
	articleHash: z.string(),
	sources: z.string(),
	words: z.string(),
	/** The single words WordNet writes only capitalized, joined by spaces: names, not common words capitalized. */
	names: z.string(),
	bases: z.record(z.string(), z.string()),
	/** What the tagger found in each sentence of the article, keyed `paragraph.sentence` ("12.3"). */
	entities: z.record(z.string(), z.partialRecord(z.enum(ENTITY_TYPES), z.array(z.string()))),
	related: z.record(
		z.string(),
		z.array(
			z.tuple([
				z.string(),
				z
					.number()
					.int()
					.min(0)
					.max(RELATIONS.length - 1),
			]),
		),
	),
});
export type LexiconData = z.infer<typeof lexiconDataSchema>;
