import { metaOfParagraph } from '../core/knowledge/cite.js';
import type { Citation, Reply } from '../core/reply.js';
import { stripUnsafeText } from '../core/strip-unsafe.js';
import type { ArticleMeta, Knowledge, Person } from '../core/types.js';
import {
	describeNearby,
	describeNotFound,
	formatAsOf,
	formatCitation,
	formatMentions,
	formatParties,
	formatSource,
	markSpans,
	pledgesHeading,
	topicLabel,
	VERDICT_LABELS,
} from './format.js';

export interface TextStyle {
	/** How matched words and headings are emphasized: ANSI bold in a terminal, nothing in a pipe. */
	readonly bold: (text: string) => string;
}

export const plainStyle: TextStyle = { bold: (text) => text };
export const ansiStyle: TextStyle = { bold: (text) => `\u001b[1m${text}\u001b[22m` };

// Text that came from the user (the question's words, a name, a notice naming what was typed) is echoed without
// control or format characters: a terminal must never receive an escape sequence from input.
const echo = (text: string) => stripUnsafeText(text);

/** Renders a reply as terminal text: the answer, then each citation as [¶N] and its verbatim quote. */
export function renderReplyText(reply: Reply, knowledge: Knowledge, style: TextStyle = plainStyle): string {
	const { meta } = knowledge.article;
	const { bold } = style;
	const cite = (citation: Citation) =>
		`[${formatCitation(knowledge, citation.paragraph.number, citation.also)}] ${markSpans(citation.quote.text, citation.highlights, bold)}`;
	// An answer names the source it quotes; with one source, that is always the article.
	const sourceLine = (quoted: ArticleMeta) => `— ${quoted.title} (${formatSource(quoted)})`;
	const source = sourceLine(meta);
	switch (reply.kind) {
		case 'answer': {
			const { answer } = reply;
			if (!answer.found) {
				const related = answer.related.map((topic) => topic.label).join('; ');
				const nearby = answer.reason.kind === 'detail-missing' ? answer.closest.slice(0, 2) : [];
				return [
					describeNotFound(answer, echo),
					...(nearby.length > 0 ? [describeNearby(answer, echo), ...nearby.map(cite)] : []),
					...(related === '' ? [] : [`It covers: ${related}.`]),
					source,
				].join('\n');
			}
			const lines = [];
			if (answer.shortAnswer !== undefined) lines.push(`${bold('Answer:')} ${answer.shortAnswer}`);
			if (answer.frontMatter !== undefined) lines.push(`[${answer.frontMatter.part}] ${answer.frontMatter.text}`);
			lines.push(...answer.passages.map(cite));
			if (answer.further.length > 0) {
				const count = answer.further.length;
				lines.push(`(${count} more matching ${count === 1 ? 'passage' : 'passages'}.)`);
			}
			lines.push(
				`${sourceLine(metaOfParagraph(knowledge, answer.passages[0]?.paragraph.number))}, ${formatAsOf(answer.asOf)}`,
			);
			return lines.join('\n');
		}
		case 'passages':
			return [...reply.citations.map(cite), source].join('\n');
		case 'paragraph':
			return `${bold(reply.paragraph.cite)} ${reply.paragraph.text}\n${sourceLine(metaOfParagraph(knowledge, reply.paragraph.number))}`;
		case 'people':
			if (reply.people.length === 0) return 'No people are listed for the article.';
			return [
				bold('People in the article:'),
				...reply.people.map(
					(person) =>
						`- ${person.name}, ${person.role}: ${formatMentions(knowledge, person.mentions) || 'not named in the text'}`,
				),
			].join('\n');
		case 'person': {
			const { person } = reply;
			return [
				`${bold(person.name)}, ${person.role}${person.country === '' ? '' : ` (${person.country})`}`,
				...(person.aliases.length > 0 ? [`Also called: ${person.aliases.join(', ')}`] : []),
				`Mentioned in ${reply.mentions.length} ${reply.mentions.length === 1 ? 'paragraph' : 'paragraphs'}:`,
				...reply.mentions.map(({ paragraph, quote }) => `[${paragraph.cite}] ${quote.text}`),
			].join('\n');
		}
		case 'person-unknown':
			return `No one called “${echo(reply.name)}” is in the article.${describeClosest(reply.suggestions)}`;
		case 'pledges': {
			if (reply.pledges.length === 0) return 'No commitment matches that filter.';
			return [
				bold(`${pledgesHeading(meta)} (${reply.pledges.length}):`),
				...reply.pledges.map((pledge) => {
					const citation = formatCitation(
						knowledge,
						pledge.pin.paragraph,
						pledge.also.map((pin) => pin.paragraph),
					);
					return `- ${formatParties(pledge)} [${topicLabel(knowledge.topics, pledge.topic)}]: ${pledge.text}\n  [${citation}] ${pledge.pin.quote}`;
				}),
				`${source}, ${formatAsOf(meta.date)}`,
			].join('\n');
		}
		case 'about': {
			const { summary } = reply;
			return [
				bold(meta.title),
				`${meta.outlet}, by ${meta.author}, ${meta.dateline === '' ? '' : `datelined ${meta.dateline}, `}${formatAsOf(meta.date).replace('as of ', '')}`,
				meta.url,
				`About: ${meta.event}`,
				`Size: ${summary.paragraphs} paragraphs, ${summary.sentences} sentences, ${summary.words} words; ${summary.people} people, ${summary.pledges} commitments`,
				`Version: sha256 ${summary.hash}`,
				...(summary.sources.length > 1
					? [
							`Sources (${summary.sources.length}):`,
							...summary.sources.map(
								(source) =>
									`- ${source.label} (${source.slug}): ${source.meta.title} (${formatSource(source.meta)}), ${source.count} paragraphs, ${source.meta.url}`,
							),
						]
					: []),
				'Topics:',
				...summary.topics.map(({ topic, ranges }) => `- ${topic.label}: ${ranges}`),
			].join('\n');
		}
		case 'help':
			return [
				bold(
					knowledge.sources.length > 1
						? `Briefing answers questions about ${knowledge.sources.length} news reports of one event, citing their paragraphs (“${knowledge.sources[0]?.label} ¶3”).`
						: 'Briefing answers questions about one news article, citing its paragraphs (¶).',
				),
				...reply.commands.map((command) => `/${command.name}: ${command.description}\n    e.g. ${command.example}`),
			].join('\n');
		case 'check': {
			const { check } = reply;
			if (!check.found) return `${describeNotFound(check, echo)} Nothing to check the claim against.`;
			return [`${bold(VERDICT_LABELS[check.verdict])}: ${check.reason}`, ...check.passages.map(cite)].join('\n');
		}
		case 'notice':
			return stripUnsafeText(reply.text, { keepNewlines: true });
	}
}

/** " Closest: A, B." or nothing: an empty list is never printed. */
function describeClosest(people: readonly Person[]): string {
	return people.length === 0 ? '' : ` Closest: ${people.map((person) => person.name).join(', ')}.`;
}
