import * as z from '../schema.js';

/**
 * How a word of the question relates to a word of the article, from the lexical database, closest first (where two
 * words are related twice, the closer relation is kept):
 * - `inflection`: an irregular form (came, come);
 * - `synonym`: the same sense (premier, prime minister);
 * - `derivation`: another part of speech of the same word (local, locally; Peruvian, Peru);
 * - `country`: a country's name, people or capital (Lima, Peru);
 * - `similar`: a similar adjective (big, large);
 * - `broader`: a more general word (envoy, diplomat), or the class of an instance (Lyon, city);
 * - `narrower`: a more specific word (city, Lyon);
 * - `part`: a part or whole, a member or group (Montmartre, Paris);
 * - `opposite`: an adjective's or an adverb's antonym (old, new): no match, a conflict;
 * - `kind`: a broader word by the article word's commonest sense, whatever the question word's is (move, for the
 *   article's "transport"): what a claim may say of the article's deed in more general words;
 * - `usage`: a word used alike, by word embeddings (attitude, mindset): related, not the same; weak evidence;
 * - `alike`: an adjective's or adverb's synonym by one of its less common senses that word embeddings also find used
 *   alike (tough, problematic): WordNet says which senses can meet, usage that this is one of them; `/check` reads it
 *   as stating the article's word, search does not weigh it;
 * - `gloss`: a thing whose commonest sense WordNet defines by naming the article's noun (trains: "… railway cars"),
 *   or that the article noun's own gloss names, or a kind of it (planes, of "aviation": "… military aircraft"):
 *   related by what the thing is or makes up, weak evidence.
 */
export const RELATIONS = [
	'inflection',
	'synonym',
	'derivation',
	'country',
	'similar',
	'broader',
	'narrower',
	'part',
	'opposite',
	// Last, so the codes of lexicons built before them stay valid.
	'kind',
	'usage',
	'alike',
	'gloss',
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

/**
 * What WordNet's lexicographer files of nouns (numbered as in its `lexnames`) tell about a question's noun: the kind
 * of entity that answers "which minister …" (a person) or "what is the deadline …" (a date); and whether the noun
 * names a concrete thing ("hotel", "gift"), which an article either names or lacks, unlike an abstract noun
 * ("arrangement", "credit") that it may put in other words.
 */
export const NOUN_FILES: ReadonlyMap<number, { readonly entity?: EntityType; readonly concrete?: true }> = new Map([
	[5, { concrete: true }], // noun.animal
	[6, { concrete: true }], // noun.artifact
	[8, { concrete: true }], // noun.body
	[13, { concrete: true }], // noun.food
	[14, { entity: 'organization' }], // noun.group
	[15, { entity: 'place' }], // noun.location
	[17, { concrete: true }], // noun.object
	[18, { entity: 'person' }], // noun.person
	[20, { concrete: true }], // noun.plant
	[21, { concrete: true }], // noun.possession
	[27, { concrete: true }], // noun.substance
	[28, { entity: 'date' }], // noun.time
]);

/** Part of speech of a word's most frequent senses. */
export type PartOfSpeech = 'noun' | 'verb' | 'adjective' | 'adverb';
export const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['noun', 'verb', 'adjective', 'adverb'];

const isNotOneLine = (text: string) => /[\t\n]/u.test(text);

/**
 * `related` as the file keeps it: one line per word or phrase, in code unit order, each the word, then a tab and
 * relation index + `:` + the related stems for each of its relations. One string parses in a fraction of the time an
 * object of 19,000 arrays of pairs did, and makes no garbage: the lexicon looks a word up by binary search in it.
 */
export function encodeRelated(related: Iterable<readonly [string, Iterable<readonly [string, number]>]>): string {
	const entries = [...related].map(([word, targets]) => [word, [...targets]] as const);
	const broken = entries.find(([word, targets]) => [word, ...targets.map(([target]) => target)].some(isNotOneLine));
	if (broken !== undefined) throw new Error(`encodeRelated: a tab or line break in "${broken[0]}" or its relations`);
	return entries
		.filter(([, targets]) => targets.length > 0)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([word, targets]) => [word, ...targets.map(([target, code]) => `${code}:${target}`)].join('\t'))
		.join('\n');
}

/**
 * Appended to a word, the key of the relations of its verb where the verb is seldom used (see the lexicon's build):
 * "table#v" is "hold", "put"; "table" is not.
 */
export const VERB_SENSES = '#v';

/** The lexicon file's format; a file of another is rebuilt, not read. */
export const LEXICON_VERSION = 2;

function plainObject<T>(what: string) {
	return z.custom<T>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), what);
}

/**
 * The lexicon file (`lexicon.json` in a knowledge folder): the lexical database cut down to what matters for one
 * article. `related` maps a word or phrase of English (lowercase, as written) to the article's words and phrases
 * it relates to (as stems joined by spaces), each with a relation index into `RELATIONS` (written as
 * `encodeRelated` says); `bases` maps irregular forms to the base form whose relations they share ("came" →
 * "come"); `entities` holds what kinds of answer each sentence has. `words` lists every English word (normalized,
 * lowercase), each as `word` + part-of-speech index + `:` + how often its senses occur in WordNet's tagged corpus
 * (+ `:` + the lexicographer file of its commonest noun sense, for a noun: see `NOUN_FILES`),
 * joined by spaces in the order of the words (so a word is found by binary search), for spelling correction and
 * for weighing words the article lacks.
 */
export const lexiconDataSchema = z.object({
	version: z.literal(LEXICON_VERSION, { error: 'built by another version of Briefing; run npm run lexicon' }),
	/** SHA-256 of the article text the lexicon was built for: a stale lexicon is rebuilt, not trusted. */
	articleHash: z.string(),
	sources: z.string(),
	words: z.string(),
	/** The single words WordNet writes only capitalized, joined by spaces: names, not common words capitalized. */
	names: z.string(),
	/** The common names of the world's countries (country data), lowercase, joined by `|`: "which country" asks for one. */
	countries: z.optional(z.string()),
	/** The world's capitals (country data), lowercase, joined by `|`: a capital is no region. */
	capitals: z.optional(z.string()),
	/**
	 * The article's countries as synonym groups, lowercase: common name, its people's names, a capital the article
	 * writes only as an actor ("Washington reviews …"), and its three-letter code where that is no English word.
	 */
	countryGroups: z.optional(z.array(z.array(z.string().check(z.minLength(1))).check(z.minLength(2)))),
	// The maps are checked as plain objects only: a field-by-field check copies every entry at every start, and the
	// file is written by `npm run lexicon`, its article checked by hash.
	bases: plainObject<Record<string, string>>('an object of irregular forms and their base forms'),
	/** What the tagger found in each sentence of the article, keyed `paragraph.sentence` ("12.3"). */
	entities: plainObject<Record<string, Partial<Record<EntityType, string[]>>>>(
		'an object of sentences and their entities',
	),
	/** See `encodeRelated`. */
	related: z.string(),
	/**
	 * The acronyms of the names the article spells out, each with its name ("IGC" → "Inter-Governmental Commission"):
	 * derived with the lexicon's own word list when it is built, as deriving them took a fifth of a cold start.
	 */
	acronyms: z.optional(z.record(z.string(), z.string())),
});
export type LexiconData = z.infer<typeof lexiconDataSchema>;
