import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KnowledgeError } from '../core/errors.js';
import { type Facts, slugSchema, sourceMetaSchema } from '../core/knowledge/knowledge-schema.js';
import { KNOWLEDGE_FILES, loadKnowledge } from '../core/knowledge/load-knowledge.js';
import { parseArticle } from '../core/knowledge/parse-article.js';
import type { ArticleMeta, Knowledge } from '../core/types.js';
import { draftFacts } from './draft-facts.js';

/** What `knowledge -- add` is told of a source: its slug and `article.json`'s fields. */
export interface NewSource {
	readonly slug: string;
	readonly title: string;
	readonly outlet: string;
	readonly author: string;
	readonly date: string;
	readonly url: string;
	readonly language?: string | undefined;
}

/**
 * The text as `article.txt` holds it, one paragraph a line. A text whose paragraphs are separated by blank lines
 * (as copied from a page, often wrapped) has each block joined into one line; otherwise each line is a paragraph.
 */
export function splitParagraphs(text: string): string {
	const normalized = text.replace(/\r\n?/gu, '\n').replace(/^\uFEFF/u, '');
	const blocks = /\n[ \t]*\n/u.test(normalized.trim())
		? normalized.split(/\n[ \t]*\n+/u).map((block) => block.replace(/\s*\n\s*/gu, ' '))
		: normalized.split('\n');
	return `${blocks
		.map((line) => line.replace(/[ \t]+/gu, ' ').trim())
		.filter((line) => line !== '')
		.join('\n')}\n`;
}

/**
 * Adds a source to a knowledge folder as `sources/<slug>/` (its text, `article.json`, and `facts.drafted.json`
 * drafted from the text), then loads the whole folder to validate it. On any failure the new folder is removed,
 * so a bad source never stays half added. Returns the knowledge and what was drafted. The lexicon is rebuilt by
 * the caller: it takes WordNet, seconds, not milliseconds.
 */
export async function addSource(
	dir: string,
	file: string,
	source: NewSource,
	countries: ReadonlyMap<string, string>,
	capitals: ReadonlyMap<string, string> = new Map(),
): Promise<{ knowledge: Knowledge; drafted: Facts; sourceDir: string }> {
	const slug = slugSchema.safeParse(source.slug);
	if (!slug.success) throw new KnowledgeError(`--slug "${source.slug}": ${slug.error.issues[0]?.message}`);
	const meta = sourceMetaSchema.safeParse({ ...source, slug: undefined, language: source.language ?? 'en' });
	if (!meta.success) {
		const problems = meta.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`);
		throw new KnowledgeError(`the source's details: ${problems.join('; ')}`);
	}
	let raw: string;
	try {
		raw = await readFile(file, 'utf8');
	} catch (error) {
		throw new KnowledgeError(`${file}: cannot be read (${(error as Error).message})`);
	}
	const existing = await loadKnowledge(dir, { lexicon: false }).catch((error: unknown) => {
		// An empty folder is a fine place for a first source.
		if (error instanceof KnowledgeError && /article\.txt: file not found/u.test(error.message)) return undefined;
		throw error;
	});
	if (existing?.sources.some((each) => each.slug === source.slug)) {
		throw new KnowledgeError(`${dir}: a source "${source.slug}" is already there`);
	}
	const sourceDir = join(dir, KNOWLEDGE_FILES.sources, source.slug);
	if (await exists(sourceDir)) throw new KnowledgeError(`${sourceDir}: already exists`);
	const text = splitParagraphs(raw);
	const { slug: _slug, ...fields } = meta.data;
	const articleMeta = { ...fields, dateline: fields.dateline ?? '', event: fields.event ?? '' } as ArticleMeta;
	const article = parseArticle(text, articleMeta, '');
	if (article.paragraphs.length === 0) throw new KnowledgeError(`${file}: no paragraphs of text`);
	const drafted = draftFacts(article, countries, {}, capitals);
	await mkdir(sourceDir, { recursive: true });
	try {
		await writeFile(join(sourceDir, KNOWLEDGE_FILES.article), text);
		await writeFile(join(sourceDir, KNOWLEDGE_FILES.meta), `${JSON.stringify(stripUndefined(fields), null, '\t')}\n`);
		await writeFile(join(sourceDir, KNOWLEDGE_FILES.draftedFacts), `${JSON.stringify(drafted, null, '\t')}\n`);
		// The folder's lexicon, if any, was built for the texts before this one: the caller rebuilds it.
		const knowledge = await loadKnowledge(dir, { lexicon: false });
		return { knowledge, drafted, sourceDir };
	} catch (error) {
		await rm(sourceDir, { recursive: true, force: true });
		throw error;
	}
}

async function exists(path: string): Promise<boolean> {
	return stat(path).then(
		() => true,
		() => false,
	);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
	return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
