import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
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

/**
 * Bounds on a knowledge folder, checked before anything is parsed: an oversized article would otherwise take
 * minutes and gigabytes to index before failing (or never fail). The defaults leave ample room: the article is
 * 12 KB in 30 paragraphs, and the index stays fast to about 5,000 paragraphs.
 */
export interface KnowledgeLimits {
	/** Size of `article.txt` (default 2 MiB). */
	readonly maxArticleBytes: number;
	/** Non-empty lines of `article.txt`, each a paragraph (default 5,000). */
	readonly maxParagraphs: number;
	/** Characters in one paragraph (default 20,000). */
	readonly maxParagraphChars: number;
	/** Size of each JSON file; the lexicon is the largest, at about 2 MB (default 32 MiB). */
	readonly maxJsonBytes: number;
}

export const KNOWLEDGE_LIMITS: KnowledgeLimits = {
	maxArticleBytes: 2 * 1024 * 1024,
	maxParagraphs: 5_000,
	maxParagraphChars: 20_000,
	maxJsonBytes: 32 * 1024 * 1024,
};

export interface LoadOptions {
	/** Whether to read `lexicon.json` (optional; without it, questions are matched on the article's own words). */
	readonly lexicon: boolean;
	/** Bounds checked before parsing; each defaults to `KNOWLEDGE_LIMITS`. */
	readonly limits: Partial<KnowledgeLimits>;
}

/**
 * Loads and validates one knowledge folder: the verbatim article, its metadata, the fact sheet and the synonym
 * table. Throws a `KnowledgeError` naming the file and every problem found, so a typo fails at start-up and in CI.
 */
export async function loadKnowledge(dir: string, options: Partial<LoadOptions> = {}): Promise<Knowledge> {
	const limits: KnowledgeLimits = { ...KNOWLEDGE_LIMITS, ...options.limits };
	const articlePath = join(dir, KNOWLEDGE_FILES.article);
	const text = await readText(dir, KNOWLEDGE_FILES.article, limits.maxArticleBytes);
	if (text === undefined) throw new KnowledgeError(`${articlePath}: file not found`);
	checkParagraphs(articlePath, text, limits);
	const readJson = <T extends z.ZodType>(file: string, schema: T, fallback?: z.output<T>) =>
		readJsonFile(dir, file, limits.maxJsonBytes, schema, fallback);
	const meta = await readJson(KNOWLEDGE_FILES.meta, articleMetaSchema);
	const facts = await readJson(KNOWLEDGE_FILES.facts, factsSchema);
	const synonyms = await readJson(KNOWLEDGE_FILES.synonyms, synonymsSchema, synonymsSchema.parse({}));
	const hash = createHash('sha256').update(text).digest('hex');
	const article = parseArticle(text, meta, hash);
	if (article.paragraphs.length === 0) {
		throw new KnowledgeError(`${join(dir, KNOWLEDGE_FILES.article)}: the article has no body paragraphs`);
	}
	const knowledge = linkFacts(article, facts, synonyms, join(dir, KNOWLEDGE_FILES.facts));
	if (options.lexicon === false) return knowledge;
	const lexiconText = await readText(dir, KNOWLEDGE_FILES.lexicon, limits.maxJsonBytes);
	if (lexiconText === undefined) return knowledge;
	const path = join(dir, KNOWLEDGE_FILES.lexicon);
	const lexicon: LexiconData = parseJson(path, lexiconText, lexiconDataSchema);
	if (lexicon.articleHash !== hash) {
		throw new KnowledgeError(`${path}: built for another version of the article; run npm run lexicon`);
	}
	return { ...knowledge, lexicon };
}

/** Counts paragraphs and measures each before the article is parsed, naming the first limit passed. */
function checkParagraphs(path: string, text: string, limits: KnowledgeLimits): void {
	let paragraphs = 0;
	let line = 0;
	for (let start = 0; start <= text.length; line++) {
		const next = text.indexOf('\n', start);
		const end = next === -1 ? text.length : next;
		const length = text.slice(start, end).trim().length;
		if (length > limits.maxParagraphChars) {
			throw new KnowledgeError(
				`${path}: line ${line + 1} has ${length} characters, over the limit of ${limits.maxParagraphChars} per paragraph`,
			);
		}
		if (length > 0 && ++paragraphs > limits.maxParagraphs) {
			throw new KnowledgeError(`${path}: more than ${limits.maxParagraphs} paragraphs, the limit`);
		}
		start = end + 1;
	}
}

async function readText(dir: string, file: string, maxBytes: number): Promise<string | undefined> {
	const path = join(dir, file);
	try {
		// Checked before reading: a huge file is refused without being loaded into memory.
		const info = await stat(path);
		if (!info.isFile()) throw new KnowledgeError(`${path}: not a regular file`);
		if (info.size > maxBytes) {
			throw new KnowledgeError(`${path}: ${info.size} bytes, over the limit of ${maxBytes} bytes`);
		}
		return await readFile(path, 'utf8');
	} catch (error) {
		if (error instanceof KnowledgeError) throw error;
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw new KnowledgeError(`${path}: cannot be read (${(error as Error).message})`);
	}
}

async function readJsonFile<T extends z.ZodType>(
	dir: string,
	file: string,
	maxBytes: number,
	schema: T,
	fallback?: z.output<T>,
): Promise<z.output<T>> {
	const path = join(dir, file);
	const text = await readText(dir, file, maxBytes);
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
