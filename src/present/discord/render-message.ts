import {
	type APIActionRowComponent,
	type APIButtonComponent,
	type APIEmbed,
	type APIEmbedField,
	ButtonStyle,
	ComponentType,
	MessageFlags,
} from 'discord-api-types/v10';
import { encodeCitations } from '../../commands/follow-ups.js';
import type { Citation, Reply } from '../../commands/reply.js';
import { formatDate } from '../../core/text/format-date.js';
import type { Knowledge } from '../../core/types.js';
import {
	describeNearby,
	describeNotFound,
	formatAsOf,
	formatCitation,
	formatParties,
	markSpans,
	topicLabel,
	VERDICT_LABELS,
} from '../format.js';
import { fitMessage } from './fit-message.js';
import { DISCORD_LIMITS } from './limits.js';
import { escapeMarkdown, escapeUserText, truncate } from './text.js';

/** What a reply becomes in Discord: the `data` of an interaction response, as plain API JSON. */
export interface DiscordMessage {
	content?: string;
	embeds?: APIEmbed[];
	components?: APIActionRowComponent<APIButtonComponent>[];
	flags?: MessageFlags.Ephemeral;
	/** Always parse nothing: text echoed from a user can never ping anyone. */
	allowed_mentions: { parse: [] };
}

const COLORS = {
	answer: 0x2b7bb9,
	miss: 0x99aab5,
	supported: 0x3ba55c,
	contradicted: 0xd9534f,
	'not-settled': 0xe3a33b,
};

/** Custom ids of the buttons under an answer; their state is all in the id, so they survive a restart. */
export const CUSTOM_ID = { more: 'more:', paragraph: 'para:' } as const;

const bold = (word: string) => `**${word}**`;
const quoteOf = (citation: Citation) => markSpans(citation.quote.text, citation.highlights, bold, escapeMarkdown);

/**
 * Renders a reply as a Discord message: embeds with citations, buttons, ephemeral flag, and `allowed_mentions`
 * that parse nothing, trimmed to every Discord limit.
 */
export function renderDiscordMessage(reply: Reply, knowledge: Knowledge): DiscordMessage {
	const { meta } = knowledge.article;
	const author = { name: truncate(meta.title, DISCORD_LIMITS.authorName), url: meta.url };
	const footer = { text: `${meta.outlet} · ${meta.author} · ${formatAsOf(meta.date)}` };
	const timestamp = new Date(`${meta.date}T00:00:00Z`).toISOString();
	const base = { author, footer, timestamp };
	const readButton: APIButtonComponent = {
		type: ComponentType.Button,
		style: ButtonStyle.Link,
		label: 'Read the article',
		url: meta.url,
	};
	const message = (embeds: APIEmbed[], buttons: APIButtonComponent[] = []): DiscordMessage => {
		const components: APIActionRowComponent<APIButtonComponent>[] =
			buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
		return fitMessage({
			embeds,
			components,
			allowed_mentions: { parse: [] },
			...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
		});
	};
	const citationField = (citation: Citation): APIEmbedField => ({
		name: formatCitation(citation.paragraph.number, citation.also),
		value: `> ${quoteOf(citation)}`,
	});
	const moreButton = (further: readonly Citation[]): APIButtonComponent[] => {
		if (further.length === 0) return [];
		let code = encodeCitations(further);
		while (CUSTOM_ID.more.length + code.length > DISCORD_LIMITS.customId) code = code.slice(0, code.lastIndexOf(','));
		return [
			{
				type: ComponentType.Button,
				style: ButtonStyle.Secondary,
				label: 'More passages',
				custom_id: `${CUSTOM_ID.more}${code}`,
			},
		];
	};

	switch (reply.kind) {
		case 'answer': {
			const { answer } = reply;
			const title = truncate(escapeUserText(answer.question), DISCORD_LIMITS.embedTitle);
			if (!answer.found) {
				const lead = describeNotFound(answer, escapeUserText);
				const nearby = answer.reason.kind === 'detail-missing' ? answer.closest.slice(0, 2) : [];
				const heading = nearby.length > 0 ? `\n\n${describeNearby(answer, escapeUserText)}` : '';
				return message([
					{
						...base,
						title,
						color: COLORS.miss,
						description: `${lead}${heading}`,
						fields: [
							...nearby.map(citationField),
							{
								name: 'The article covers',
								value: `${answer.related.map((topic) => topic.label).join(' · ')}.\nTry \`/about\` for the full map or \`/help\` for examples.`,
							},
						],
					},
				]);
			}
			const [best, ...rest] = answer.passages;
			const lines = [];
			if (answer.shortAnswer !== undefined) lines.push(`**${escapeMarkdown(answer.shortAnswer)}**`);
			if (best !== undefined) lines.push(`> ${quoteOf(best)}\n— ${formatCitation(best.paragraph.number, best.also)}`);
			const buttons = [...moreButton(answer.further)];
			if (best !== undefined) {
				buttons.push({
					type: ComponentType.Button,
					style: ButtonStyle.Secondary,
					label: `Show ${best.paragraph.id}`,
					custom_id: `${CUSTOM_ID.paragraph}${best.paragraph.number}`,
				});
			}
			return message(
				[{ ...base, title, color: COLORS.answer, description: lines.join('\n\n'), fields: rest.map(citationField) }],
				[...buttons, readButton],
			);
		}
		case 'passages':
			return message(
				[{ ...base, title: 'More passages', color: COLORS.answer, fields: reply.citations.map(citationField) }],
				moreButton(reply.further),
			);
		case 'paragraph':
			return message(
				[
					{
						...base,
						title: reply.paragraph.id,
						color: COLORS.answer,
						description: escapeMarkdown(reply.paragraph.text),
					},
				],
				[readButton],
			);
		case 'people':
			return message([
				{
					...base,
					title: 'People in the article',
					color: COLORS.answer,
					fields: reply.people.map((person) => ({
						name: person.name,
						value: `${escapeMarkdown(person.role)}\nMentioned in ${person.mentions.map((n) => `¶${n}`).join(', ') || 'no paragraph'}`,
					})),
				},
			]);
		case 'person': {
			const { person } = reply;
			return message([
				{
					...base,
					title: person.name,
					color: COLORS.answer,
					description: `**${escapeMarkdown(person.role)}** (${escapeMarkdown(person.country)})\nAlso called: ${escapeMarkdown(person.aliases.join(', '))}`,
					fields: reply.mentions.map(({ paragraph, quote }) => ({
						name: paragraph.id,
						value: `> ${escapeMarkdown(quote.text)}`,
					})),
				},
			]);
		}
		case 'person-unknown':
			return message([
				{
					...base,
					title: 'Not in the article',
					color: COLORS.miss,
					description: `No one called “${escapeUserText(reply.name)}” is in the article.\nClosest: ${reply.suggestions.map((person) => person.name).join(', ')}.`,
				},
			]);
		case 'pledges': {
			const filters = [reply.topic?.label, reply.by === undefined ? undefined : `by ${reply.by}`].filter(Boolean);
			return message([
				{
					...base,
					title: `Commitments made during the visit${filters.length > 0 ? ` (${filters.join(', ')})` : ''}`,
					color: COLORS.answer,
					description: reply.pledges.length === 0 ? 'No commitment matches that filter.' : undefined,
					fields: reply.pledges.map((pledge) => ({
						name: `${formatParties(pledge)} · ${topicLabel(knowledge.topics, pledge.topic)}`,
						value: `${escapeMarkdown(pledge.text)}\n> ${escapeMarkdown(pledge.pin.quote)}\n— ${formatCitation(
							pledge.pin.paragraph,
							pledge.also.map((pin) => pin.paragraph),
						)}`,
					})),
				},
			]);
		}
		case 'about': {
			const { summary } = reply;
			return message(
				[
					{
						...base,
						title: meta.title,
						url: meta.url,
						color: COLORS.answer,
						description: `${escapeMarkdown(meta.event)}\n${meta.outlet}, by ${meta.author}, datelined ${meta.dateline}, ${formatDate(meta.date)}.`,
						fields: [
							{
								name: 'Size',
								value: `${summary.paragraphs} paragraphs · ${summary.sentences} sentences · ${summary.words} words`,
								inline: true,
							},
							{ name: 'Facts', value: `${summary.people} people · ${summary.pledges} commitments`, inline: true },
							{ name: 'Version', value: `sha256 \`${summary.hash}\``, inline: true },
							{
								name: 'Topics',
								value: summary.topics.map(({ topic, ranges }) => `**${topic.label}**: ${ranges}`).join('\n'),
							},
						],
					},
				],
				[readButton],
			);
		}
		case 'help':
			return message([
				{
					title: 'Briefing',
					color: COLORS.answer,
					description: `Answers questions about one news article, citing its paragraphs (¶): *${escapeMarkdown(meta.title)}* (${meta.outlet}, ${formatDate(meta.date)}).\nRight-click a message → Apps → **Check against the article** to fact-check it.`,
					fields: reply.commands.map((command) => ({
						name: `/${command.name}`,
						value: `${command.description}\ne.g. \`${command.example}\``,
					})),
				},
			]);
		case 'check': {
			const { check } = reply;
			const claim = `> ${truncate(escapeUserText(check.claim), 1000)}`;
			if (!check.found) {
				return message([
					{
						...base,
						title: 'Not in the article',
						color: COLORS.miss,
						description: `${claim}\n\n${describeNotFound(check, escapeUserText)}`,
					},
				]);
			}
			return message([
				{
					...base,
					title: VERDICT_LABELS[check.verdict],
					color: COLORS[check.verdict],
					description: `${claim}\n\n${escapeMarkdown(check.reason)}`,
					fields: check.passages.map(citationField),
				},
			]);
		}
		case 'notice':
			return fitMessage({
				content: `${reply.tone === 'error' ? '❌' : 'ℹ️'} ${escapeUserText(reply.text)}`,
				allowed_mentions: { parse: [] },
				flags: MessageFlags.Ephemeral,
			});
	}
}
