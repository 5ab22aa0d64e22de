import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { KnowledgeError } from '../errors.js';
import { LEXICON_FILE } from '../lexicon/lexicon.js';
import { type LexiconData, lexiconDataSchema } from '../lexicon/lexicon-data.js';
import type { Knowledge } from '../types.js';
import { articleMetaSchema, factsSchema, synonymsSchema } from './knowledge-schema.js';
import { linkFacts } from './link-facts.js';
import { parseArticle } from './parse-article.js';

/** The files of a knowledge folder. `synonyms.json` is optional; the others are required. */
export const KNOWLEDGE_FILES = {
	article: 'article.txt',
	meta: 'article.json',
	facts: 'facts.json',
	synonyms: 'synonyms.json',
	lexicon: LEXICON_FILE,
} as const;

export interface LoadOptions {
	/** Whether to read `lexicon.json` (optional; without it, questions are matched on the article's own words). */
	readonly lexicon: boolean;
}

/**
 * Loads and validates one knowledge folder: the verbatim article, its metadata, the fact sheet and the synonym
 * table. Throws a `KnowledgeError` naming the file and every problem found, so a typo fails at start-up and in CI.
 */
export async function loadKnowledge(dir: string, options: Partial<LoadOptions> = {}): Promise<Knowledge> {
	const text = await readText(dir, KNOWLEDGE_FILES.article);
	if (text === undefined) throw new KnowledgeError(`${join(dir, KNOWLEDGE_FILES.article)}: file not found`);
	const meta = await readJson(dir, KNOWLEDGE_FILES.meta, articleMetaSchema);
	const facts = await readJson(dir, KNOWLEDGE_FILES.facts, factsSchema);
	const synonyms = await readJson(dir, KNOWLEDGE_FILES.synonyms, synonymsSchema, synonymsSchema.parse({}));
	const hash = createHash('sha256').update(text).digest('hex');
	const article = parseArticle(text, meta, hash);
	if (article.paragraphs.length === 0) {
		throw new KnowledgeError(`${join(dir, KNOWLEDGE_FILES.article)}: the article has no body paragraphs`);
	}
	const knowledge = linkFacts(article, facts, synonyms, join(dir, KNOWLEDGE_FILES.facts));
	if (options.lexicon === false) return knowledge;
	const lexiconText = await readText(dir, KNOWLEDGE_FILES.lexicon);
	if (lexiconText === undefined) return knowledge;
	const path = join(dir, KNOWLEDGE_FILES.lexicon);
	const lexicon: LexiconData = parseJson(path, lexiconText, lexiconDataSchema);
	if (lexicon.articleHash !== hash) {
		throw new KnowledgeError(`${path}: built for another version of the article; run npm run lexicon`);
	}
	return { ...knowledge, lexicon };
}

async function readText(dir: string, file: string): Promise<string | undefined> {
	try {
		return await readFile(join(dir, file), 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw new KnowledgeError(`${join(dir, file)}: cannot be read (${(error as Error).message})`);
	}
}

async function readJson<T extends z.ZodType>(
	dir: string,
	file: string,
	schema: T,
	fallback?: z.output<T>,
): Promise<z.output<T>> {
	const path = join(dir, file);
	const text = await readText(dir, file);
	if (text === undefined) {
		if (fallback !== undefined) return fallback;
		throw new KnowledgeError(`${path}: file not found`);
	}
	return parseJson(path, text, schema);
}

function parseJson<T extends z.ZodType>(path: string, text: string, schema: T): z.output<T> {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new KnowledgeError(`${path}: not valid JSON (${(error as Error).message})`);
	}
	const result = schema.safeParse(json);
	if (!result.success) {
		const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
		throw new KnowledgeError(`${path}: ${problems.join('; ')}`);
	}
	return result.data;
}
