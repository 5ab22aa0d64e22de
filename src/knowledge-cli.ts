/**
 * `npm run --silent knowledge -- <add|check|list>`: manages the sources of a knowledge folder (`KNOWLEDGE_DIR`,
 * default `knowledge/`, or `--dir`).
 *
 * - `add FILE --slug SLUG --title T --outlet O --author A --date YYYY-MM-DD --url U [--language en] [--no-lexicon]`
 *   adds a source, drafts its fact sheet from the text, prints what it drafted and rebuilds the folder's lexicon.
 * - `check` loads and validates the folder as the bot would (exit code 1 and one line on a problem).
 * - `list` lists the sources.
 *
 * Bad arguments print one line on stderr and exit with code 2.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR } from './boot.js';
import { loadConfig } from './config.js';
import { formatSourceRanges } from './core/about/describe-article.js';
import { citeParagraph } from './core/knowledge/cite.js';
import type { Facts } from './core/knowledge/knowledge-schema.js';
import { KNOWLEDGE_FILES, loadKnowledge } from './core/knowledge/load-knowledge.js';
import { formatDate } from './core/text/format-date.js';
import type { Knowledge, Source } from './core/types.js';
import { addSource } from './drafting/add-source.js';
import { readCapitals, readCountryNames } from './drafting/country-names.js';
import { writeLexicon } from './lexicon/write-lexicon.js';
import { fail, readArguments } from './read-arguments.js';
import { exitOnStartupError } from './transports/startup-error.js';

const USAGE =
	'usage: npm run --silent knowledge -- add FILE --slug SLUG --title T --outlet O --author A --date YYYY-MM-DD --url U | check | list   [--dir DIR]';
const ADD_FIELDS = ['slug', 'title', 'outlet', 'author', 'date', 'url'] as const;

/** "Sources (2):" and one line per source, never an empty list. */
function describeSources(dir: string, knowledge: Knowledge): string[] {
	return knowledge.sources.map((source, i) => {
		const folder = i === 0 && existsSync(join(dir, KNOWLEDGE_FILES.article)) ? dir : join(dir, 'sources', source.slug);
		const facts = [
			existsSync(join(folder, KNOWLEDGE_FILES.facts)) ? 'curated' : undefined,
			existsSync(join(folder, KNOWLEDGE_FILES.draftedFacts)) ? 'drafted' : undefined,
		].filter((kind) => kind !== undefined);
		const { meta } = source;
		return `- ${source.slug} (cited as “${source.label} ¶N”): ${meta.date}  ${meta.outlet} · ${meta.author}: ${meta.title}  (${source.count} paragraphs; facts: ${facts.join(' and ') || 'none'})`;
	});
}

/** What `add` drafted, in the words of the bot: people with roles, topics with paragraphs, pledges with quotes. */
function describeDraft(knowledge: Knowledge, source: Source, drafted: Facts): string[] {
	const local = (n: number) => citeParagraph(knowledge, source.first + n - 1);
	const section = (heading: string, lines: string[]) =>
		lines.length === 0 ? [`${heading}: none found`] : [`${heading} (${lines.length}):`, ...lines];
	const topics = drafted.topics.map((topic) => {
		const linked = knowledge.topics.find((each) => each.id === topic.id);
		const mine = (linked?.paragraphs ?? []).filter((n) => n >= source.first && n < source.first + source.count);
		return `- ${topic.label} (${topic.keywords.join(', ')}): ${formatSourceRanges(knowledge, mine) || 'no paragraph'}`;
	});
	return [
		...section(
			'People',
			drafted.people.map(
				(person) =>
					`- ${person.name}, ${person.role}${person.country === '' ? '' : ` (${person.country})`}` +
					`${person.aliases.length > 0 ? `; also ${person.aliases.join(', ')}` : ''} [${local(person.pin.paragraph)}]`,
			),
		),
		...section('Topics', topics),
		...section(
			'Pledges',
			drafted.pledges.map(
				(pledge) =>
					`- ${pledge.by.join(' and ')} → ${pledge.to} [${pledge.topic}]: ${pledge.text}\n  [${local(pledge.pin.paragraph)}] ${pledge.pin.quote}`,
			),
		),
	];
}

try {
	const { flags, named, free } = readArguments(process.argv.slice(2), new Set(['no-lexicon', 'help']));
	const [command, ...rest] = free;
	if (flags.has('help')) {
		process.stdout.write(`${USAGE}\n`);
		process.exit(0);
	}
	const dir = resolve(named.dir ?? loadConfig().KNOWLEDGE_DIR ?? DEFAULT_KNOWLEDGE_DIR);
	const shown = relative(process.cwd(), dir) || '.';
	switch (command) {
		case 'check': {
			const knowledge = await loadKnowledge(dir);
			const paragraphs = knowledge.article.paragraphs.length;
			const lexicon = knowledge.lexicon === undefined ? 'no lexicon' : 'lexicon current';
			process.stdout.write(
				`${shown}: valid. ${knowledge.sources.length} ${knowledge.sources.length === 1 ? 'source' : 'sources'}, ${paragraphs} paragraphs, ${knowledge.people.length} people, ${knowledge.topics.length} topics, ${knowledge.pledges.length} pledges; ${lexicon}.\n`,
			);
			break;
		}
		case 'list': {
			const knowledge = await loadKnowledge(dir, { lexicon: false });
			process.stdout.write(
				`${[`Sources in ${shown} (${knowledge.sources.length}):`, ...describeSources(dir, knowledge)].join('\n')}\n`,
			);
			break;
		}
		case 'add': {
			const [file] = rest;
			if (file === undefined || rest.length > 1) fail(`add takes one FILE. ${USAGE}`);
			const missing = ADD_FIELDS.filter((field) => (named[field] ?? '').trim() === '');
			if (missing.length > 0) fail(`add needs ${missing.map((field) => `--${field}`).join(', ')}. ${USAGE}`);
			const source = {
				slug: named.slug ?? '',
				title: named.title ?? '',
				outlet: named.outlet ?? '',
				author: named.author ?? '',
				date: named.date ?? '',
				url: named.url ?? '',
				language: named.language,
			};
			const { knowledge, drafted, sourceDir } = await addSource(
				dir,
				resolve(file),
				source,
				readCountryNames(),
				readCapitals(),
			);
			const added = knowledge.sources.find((each) => each.slug === source.slug) as Source;
			const lines = [
				`Added ${added.slug} (${added.meta.outlet}, ${formatDate(added.meta.date)}): ${added.count} paragraphs in ${relative(process.cwd(), sourceDir)}/`,
				`Drafted ${KNOWLEDGE_FILES.draftedFacts} from the text; a curated ${KNOWLEDGE_FILES.facts} beside it wins where they overlap.`,
				...describeDraft(knowledge, added, drafted),
			];
			process.stdout.write(`${lines.join('\n')}\n`);
			const hasLexicon = existsSync(join(dir, KNOWLEDGE_FILES.lexicon));
			if (flags.has('no-lexicon')) {
				if (hasLexicon)
					process.stdout.write('Lexicon not rebuilt (--no-lexicon): run npm run lexicon before starting.\n');
			} else {
				const { related } = await writeLexicon(dir);
				process.stdout.write(
					`Lexicon rebuilt for ${knowledge.sources.length} sources: ${related} words and phrases.\n`,
				);
			}
			break;
		}
		default:
			fail(command === undefined ? USAGE : `Unknown command "${command.slice(0, 32)}". ${USAGE}`);
	}
} catch (error) {
	exitOnStartupError(error);
}
