import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { KnowledgeError } from '../errors.js';
import { withEverydaySynonyms } from '../lexicon/everyday-synonyms.js';
import { LEXICON_FILE } from '../lexicon/lexicon.js';
import { type LexiconData, lexiconDataSchema } from '../lexicon/lexicon-data.js';
import type * as z from '../schema.js';
import type { Article, ArticleMeta, Knowledge, Paragraph, Source } from '../types.js';
import {
	articleMetaSchema,
	type Facts,
	factsSchema,
	type SourceMetaInput,
	slugSchema,
	sourceMetaSchema,
	synonymsSchema,
} from './knowledge-schema.js';
import { findPinProblems, linkFacts } from './link-facts.js';
import { type FactSheet, mergeFacts, offsetFacts } from './merge-facts.js';
import { parseArticle } from './parse-article.js';

/**
 * The files of a knowledge folder. The first source is `article.txt` with `article.json` and its curated
 * `facts.json` at the root; further sources each have a folder `sources/<slug>/` with their own `article.txt` and
 * `article.json`, and optionally `facts.json` (curated) and `facts.drafted.json` (drafted by `npm run knowledge --
 * add`). `synonyms.json` (optional) and `lexicon.json` (optional, generated) are the folder's, for every source.
 */
export const KNOWLEDGE_FILES = {
	article: 'article.txt',
	meta: 'article.json',
	facts: 'facts.json',
	draftedFacts: 'facts.drafted.json',
	synonyms: 'synonyms.json',
	lexicon: LEXICON_FILE,
	sources: 'sources',
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

/** What the loader reads of one source before its paragraphs are numbered among the others'. */
interface SourceFiles {
	readonly slug: string;
	/** Its folder: the knowledge folder itself for the first source, `sources/<slug>/` for the others. */
	readonly dir: string;
	readonly text: string;
	readonly meta: SourceMetaInput;
	readonly curated: Facts | undefined;
	readonly drafted: Facts | undefined;
}

/**
 * Loads and validates one knowledge folder: the verbatim text of every source, their metadata and fact sheets, and
 * the synonym table. Throws a `KnowledgeError` naming the file and every problem found, so a typo fails at start-up
 * and in CI. A folder with only the root files loads as one source, exactly as before sources existed.
 */
export async function loadKnowledge(dir: string, options: Partial<LoadOptions> = {}): Promise<Knowledge> {
	const limits: KnowledgeLimits = { ...KNOWLEDGE_LIMITS, ...options.limits };
	const files = await readSources(dir, limits);
	const synonyms = await readJsonFile(
		dir,
		KNOWLEDGE_FILES.synonyms,
		limits.maxJsonBytes,
		synonymsSchema,
		synonymsSchema.parse({}),
	);
	const hash = hashTexts(files.map((source) => source.text));
	const { article, sources, sheets } = combineSources(files, hash);
	const factsPath =
		files.length === 1 && files[0]?.drafted === undefined
			? join(dir, KNOWLEDGE_FILES.facts)
			: `${dir} (the fact sheets of every source, merged)`;
	const knowledge = linkFacts(article, sources, mergeFacts(sheets), withEverydaySynonyms(synonyms), factsPath);
	if (options.lexicon === false) return knowledge;
	const lexiconText = await readText(dir, KNOWLEDGE_FILES.lexicon, limits.maxJsonBytes);
	if (lexiconText === undefined) return knowledge;
	const path = join(dir, KNOWLEDGE_FILES.lexicon);
	const lexicon: LexiconData = parseJson(path, lexiconText, lexiconDataSchema);
	if (lexicon.articleHash !== hash) {
		throw new KnowledgeError(`${path}: built for another version of the article; run npm run lexicon`);
	}
	return withLexicon(knowledge, lexicon);
}

/**
 * The knowledge with its lexicon, as loading gives it and as a lexicon just built is tried: country data's groups
 * for the article's countries join the synonyms ("Peruvians" is "Peru").
 */
export function withLexicon(knowledge: Knowledge, lexicon: LexiconData): Knowledge {
	const groups = [...knowledge.synonyms.groups, ...(lexicon.countryGroups ?? [])];
	return { ...knowledge, synonyms: { ...knowledge.synonyms, groups }, lexicon };
}

/**
 * The hash the lexicon is checked against: of the one text, or of every source's text in order, each followed by a
 * NUL but the last (no text holds a NUL, so two splits of the same characters never hash alike).
 */
export function hashTexts(texts: readonly string[]): string {
	const hash = createHash('sha256');
	for (const [i, text] of texts.entries()) hash.update(i === 0 ? text : `\0${text}`);
	return hash.digest('hex');
}

/** How citations name an outlet by default: its first word that is no article ("The Lyon Post (Metro desk)" → Lyon). */
function labelOutlet(outlet: string): string | undefined {
	return outlet
		.replace(/\([^)]*\)/gu, ' ')
		.split(/\s+/u)
		.map((word) => word.replace(/^\P{L}+|[^\p{L}\p{N}]+$/gu, ''))
		.find((word) => word !== '' && !/^(?:the|a|an)$/iu.test(word));
}

/** "The RTN News" → "rtn": the outlet's label, as a slug. */
export function defaultSlug(outlet: string): string {
	const word = labelOutlet(outlet) ?? '';
	const slug = word
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/gu, '-')
		.replace(/^-+|-+$/gu, '')
		.slice(0, 32);
	return slug === '' ? 'source' : slug;
}

/** The sources of a folder in order: the root one first, then `sources/*` by slug. */
async function readSources(dir: string, limits: KnowledgeLimits): Promise<SourceFiles[]> {
	const rootText = await readText(dir, KNOWLEDGE_FILES.article, limits.maxArticleBytes);
	const slugs = await listSourceFolders(dir);
	if (rootText === undefined && slugs.length === 0) {
		throw new KnowledgeError(`${join(dir, KNOWLEDGE_FILES.article)}: file not found`);
	}
	const files: SourceFiles[] = [];
	if (rootText !== undefined) {
		checkParagraphs(join(dir, KNOWLEDGE_FILES.article), rootText, limits);
		const meta = await readJsonFile(dir, KNOWLEDGE_FILES.meta, limits.maxJsonBytes, articleMetaSchema);
		const curated = await readJsonFile(dir, KNOWLEDGE_FILES.facts, limits.maxJsonBytes, factsSchema);
		const drafted = await readOptionalJson(dir, KNOWLEDGE_FILES.draftedFacts, limits.maxJsonBytes, factsSchema);
		files.push({ slug: meta.slug ?? defaultSlug(meta.outlet), dir, text: rootText, meta, curated, drafted });
	}
	for (const slug of slugs) {
		const sourceDir = join(dir, KNOWLEDGE_FILES.sources, slug);
		const text = await readText(sourceDir, KNOWLEDGE_FILES.article, limits.maxArticleBytes);
		if (text === undefined) throw new KnowledgeError(`${join(sourceDir, KNOWLEDGE_FILES.article)}: file not found`);
		checkParagraphs(join(sourceDir, KNOWLEDGE_FILES.article), text, limits);
		const meta = await readJsonFile(sourceDir, KNOWLEDGE_FILES.meta, limits.maxJsonBytes, sourceMetaSchema);
		const curated = await readOptionalJson(sourceDir, KNOWLEDGE_FILES.facts, limits.maxJsonBytes, factsSchema);
		const drafted = await readOptionalJson(sourceDir, KNOWLEDGE_FILES.draftedFacts, limits.maxJsonBytes, factsSchema);
		files.push({ slug, dir: sourceDir, text, meta, curated, drafted });
	}
	const seen = new Set<string>();
	for (const source of files) {
		if (seen.has(source.slug)) {
			throw new KnowledgeError(`${source.dir}: the slug "${source.slug}" is taken by another source`);
		}
		seen.add(source.slug);
	}
	return files;
}

async function listSourceFolders(dir: string): Promise<string[]> {
	const path = join(dir, KNOWLEDGE_FILES.sources);
	let entries: Dirent[];
	try {
		entries = await readdir(path, { withFileTypes: true });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw new KnowledgeError(`${path}: cannot be read (${(error as Error).message})`);
	}
	const slugs = entries
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
	for (const slug of slugs) {
		const result = slugSchema.safeParse(slug);
		if (!result.success) {
			throw new KnowledgeError(`${join(path, slug)}: a source's folder name ${result.error.issues[0]?.message}`);
		}
	}
	return slugs;
}

/**
 * Parses every source and numbers their paragraphs one after another, so facts, the index and the answering core
 * key paragraphs by one number whatever their source. Citations name the source only when there are several.
 */
function combineSources(
	files: readonly SourceFiles[],
	hash: string,
): { article: Article; sources: Source[]; sheets: FactSheet[] } {
	const labels = files.map((file) => file.meta.label ?? labelOutlet(file.meta.outlet) ?? file.slug);
	// Two reports from one outlet would be cited alike: their slugs tell them apart.
	const ambiguous = new Set(labels).size < labels.length;
	const event = files.find((file) => file.meta.event !== undefined)?.meta.event ?? files[0]?.meta.title ?? '';
	const sources: Source[] = [];
	const sheets: FactSheet[] = [];
	const paragraphs: Paragraph[] = [];
	const highlights: string[] = [];
	let byline = '';
	let wordCount = 0;
	for (const [i, file] of files.entries()) {
		const { slug: _slug, label: _label, ...rest } = file.meta;
		const meta: ArticleMeta = { ...rest, dateline: rest.dateline ?? '', event: rest.event ?? event };
		const label = ambiguous ? file.slug : (labels[i] ?? file.slug);
		const sourceHash = files.length === 1 ? hash : hashTexts([file.text]);
		const place = { slug: file.slug, first: paragraphs.length + 1, label: files.length === 1 ? undefined : label };
		const parsed = parseArticle(file.text, meta, sourceHash, place);
		if (parsed.paragraphs.length === 0) {
			throw new KnowledgeError(`${join(file.dir, KNOWLEDGE_FILES.article)}: the article has no body paragraphs`);
		}
		for (const [facts, name, curated] of [
			[file.curated, KNOWLEDGE_FILES.facts, true],
			[file.drafted, KNOWLEDGE_FILES.draftedFacts, false],
		] as const) {
			if (facts === undefined) continue;
			// Pins are checked against their own source before being renumbered: ¶99 of a short report must not
			// land in the next one. A lone curated sheet is checked by `linkFacts`, with its references, as before.
			if (files.length > 1 || !curated) {
				const problems = findPinProblems(parseArticle(file.text, meta, sourceHash), facts);
				if (problems.length > 0) throw new KnowledgeError(`${join(file.dir, name)}: ${problems.join('; ')}`);
			}
			sheets.push({ facts: offsetFacts(facts, place.first - 1), curated });
		}
		sources.push({
			slug: file.slug,
			label,
			meta,
			hash: sourceHash,
			first: place.first,
			count: parsed.paragraphs.length,
		});
		paragraphs.push(...parsed.paragraphs);
		if (i === 0) {
			highlights.push(...parsed.highlights);
			byline = parsed.byline;
		}
		wordCount += parsed.wordCount;
	}
	const meta = (sources[0] as Source).meta;
	return { article: { meta, highlights, byline, paragraphs, hash, wordCount }, sources, sheets };
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

async function readOptionalJson<T extends z.ZodMiniType>(
	dir: string,
	file: string,
	maxBytes: number,
	schema: T,
): Promise<z.output<T> | undefined> {
	const text = await readText(dir, file, maxBytes);
	return text === undefined ? undefined : parseJson(join(dir, file), text, schema);
}

async function readJsonFile<T extends z.ZodMiniType>(
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

function parseJson<T extends z.ZodMiniType>(path: string, text: string, schema: T): z.output<T> {
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
