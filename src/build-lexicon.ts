/**
 * `npm run lexicon [-- KNOWLEDGE_DIR]`: rebuilds a knowledge folder's `lexicon.json` from WordNet and country data,
 * for the texts of all its sources. Run it whenever a text changes; loading checks that the two match.
 */
import { resolve } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from './boot.js';
import { writeLexicon } from './lexicon/write-lexicon.js';

const dir = resolve(process.argv[2] ?? DEFAULT_KNOWLEDGE_DIR);
const { path, related } = await writeLexicon(dir, JSON.parse(process.env.LEXICON_OPTIONS ?? '{}'));
console.log(`${path}: ${related} words and phrases related to the article's words`);
