import {
	type APIActionRowComponent,
	type APIButtonComponent,
	type APIEmbed,
	type APIEmbedField,
	ButtonStyle,
	ComponentType,
	MessageFlags,
} from 'discord-api-types/v10';
import { metaOfParagraph } from '../../core/knowledge/cite.js';
import type { Citation, Reply } from '../../core/reply.js';
import { formatDate } from '../../core/text/format-date.js';
import type { ArticleMeta, Knowledge } from '../../core/types.js';
import {
	describeNearby,
	describeNotFound,
	formatAsOf,
	formatCitation,
	formatMentions,
	formatParties,
	markSpans,
	pledgesHeading,
	topicLabel,
	VERDICT_LABELS,
} from '../format.js';
import { encodeMoreButtonId, encodeParagraphButtonId } from './button-ids.js';
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

type ReplyOf<K extends Reply['kind']> = Extract<Reply, { kind: K }>;

/** What every reply kind's renderer shares: the article's embed frame, its link button, and how to wrap up. */
interface Frame {
	readonly knowledge: Knowledge;
	/** Author (the article, linked), footer (outlet, author, as-of date) and timestamp of every embed. */
	readonly base: Pick<APIEmbed, 'author' | 'footer' | 'timestamp'>;
	readonly readButton: APIButtonComponent;
	/** The finished message: embeds and buttons, ephemeral if the reply is, trimmed to Discord's limits. */
	message(embeds: APIEmbed[], buttons?: APIButtonComponent[]): DiscordMessage;
}

const bold = (word: string) => `**${word}**`;
const quoteOf = (citation: Citation) => markSpans(citation.quote.text, citation.highlights, bold, escapeMarkdown);

const citationField =
	(knowledge: Knowledge) =>
	(citation: Citation): APIEmbedField => ({
		name: formatCitation(knowledge, citation.paragraph.number, citation.also),
		value: `> ${quoteOf(citation)}`,
	});

function moreButton(further: readonly Citation[]): APIButtonComponent[] {
	const id = encodeMoreButtonId(further);
	if (id === undefined) return [];
	return [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'More passages', custom_id: id }];
}

type FrameConstants = Pick<Frame, 'base' | 'readButton'>;

// The same for every reply quoting the same source (a formatted date, a truncated title): built once per source.
// Shared between messages, so never mutated (fitMessage copies what it trims).
const constants = new WeakMap<ArticleMeta, FrameConstants>();

function constantsOf(meta: ArticleMeta): FrameConstants {
	let known = constants.get(meta);
	if (known === undefined) {
		known = {
			base: {
				author: { name: truncate(meta.title, DISCORD_LIMITS.authorName), url: meta.url },
				footer: { text: `${meta.outlet} · ${meta.author} · ${formatAsOf(meta.date)}` },
				timestamp: new Date(`${meta.date}T00:00:00Z`).toISOString(),
			},
			readButton: { type: ComponentType.Button, style: ButtonStyle.Link, label: 'Read the article', url: meta.url },
		};
		constants.set(meta, known);
	}
	return known;
}

/**
 * Renders a reply as a Discord message: embeds with citations, buttons, ephemeral flag, and `allowed_mentions`
 * that parse nothing, trimmed to every Discord limit. One renderer per reply kind.
 */
export function renderDiscordMessage(reply: Reply, knowledge: Knowledge): DiscordMessage {
	// An answer is framed by the source it quotes (its title, link and date); anything else by the first source.
	const quoted = reply.kind === 'answer' && reply.answer.found ? reply.answer.passages[0] : undefined;
	const frame: Frame = {
		knowledge,
		...constantsOf(metaOfParagraph(knowledge, quoted?.paragraph.number)),
		message: (embeds, buttons = []) =>
			fitMessage({
				embeds,
				components: buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [],
				allowed_mentions: { parse: [] },
				...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
			}),
	};
	switch (reply.kind) {
		case 'answer':
			return renderAnswer(reply, frame);
		case 'passages':
			return renderPassages(reply, frame);
		case 'paragraph':
			return renderParagraph(reply, frame);
		case 'people':
			return renderPeople(reply, frame);
		case 'person':
			return renderPerson(reply, frame);
		case 'person-unknown':
			return renderPersonUnknown(reply, frame);
		case 'pledges':
			return renderPledges(reply, frame);
		case 'about':
			return renderAbout(reply, frame);
		case 'help':
			return renderHelp(reply, frame);
		case 'check':
			return renderCheck(reply, frame);
		case 'notice':
			return renderNotice(reply);
	}
}

function renderAnswer({ answer }: ReplyOf<'answer'>, { base, knowledge, readButton, message }: Frame): DiscordMessage {
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
					...nearby.map(citationField(knowledge)),
					...(answer.related.length === 0
						? []
						: [
								{
									name: 'The article covers',
									value: `${answer.related.map((topic) => topic.label).join(' · ')}.\nTry \`/about\` for the full map or \`/help\` for examples.`,
								},
							]),
				],
			},
		]);
	}
	const [best, ...rest] = answer.passages;
	const lines = [];
	if (answer.shortAnswer !== undefined) lines.push(`**${escapeMarkdown(answer.shortAnswer)}**`);
	if (answer.frontMatter !== undefined) {
		lines.push(`> ${escapeMarkdown(answer.frontMatter.text)}\n— ${answer.frontMatter.part}`);
	}
	if (best !== undefined)
		lines.push(`> ${quoteOf(best)}\n— ${formatCitation(knowledge, best.paragraph.number, best.also)}`);
	const buttons = moreButton(answer.further);
	if (best !== undefined) {
		buttons.push({
			type: ComponentType.Button,
			style: ButtonStyle.Secondary,
			label: `Show ${best.paragraph.cite}`,
			custom_id: encodeParagraphButtonId(best.paragraph.number),
		});
	}
	return message(
		[
			{
				...base,
				title,
				color: COLORS.answer,
				description: lines.join('\n\n'),
				fields: rest.map(citationField(knowledge)),
			},
		],
		[...buttons, readButton],
	);
}

function renderPassages(reply: ReplyOf<'passages'>, { base, knowledge, message }: Frame): DiscordMessage {
	return message(
		[{ ...base, title: 'More passages', color: COLORS.answer, fields: reply.citations.map(citationField(knowledge)) }],
		moreButton(reply.further),
	);
}

function renderParagraph({ paragraph }: ReplyOf<'paragraph'>, { base, readButton, message }: Frame): DiscordMessage {
	return message(
		[{ ...base, title: paragraph.cite, color: COLORS.answer, description: escapeMarkdown(paragraph.text) }],
		[readButton],
	);
}

function renderPeople({ people }: ReplyOf<'people'>, { base, knowledge, message }: Frame): DiscordMessage {
	return message([
		{
			...base,
			title: 'People in the article',
			color: COLORS.answer,
			description: people.length === 0 ? 'No people are listed for the article.' : undefined,
			fields: people.map((person) => ({
				name: person.name,
				value: `${escapeMarkdown(person.role)}\nMentioned in ${formatMentions(knowledge, person.mentions) || 'no paragraph'}`,
			})),
		},
	]);
}

function renderPerson({ person, mentions }: ReplyOf<'person'>, { base, message }: Frame): DiscordMessage {
	return message([
		{
			...base,
			title: person.name,
			color: COLORS.answer,
			description: `**${escapeMarkdown(person.role)}**${person.country === '' ? '' : ` (${escapeMarkdown(person.country)})`}${person.aliases.length > 0 ? `\nAlso called: ${escapeMarkdown(person.aliases.join(', '))}` : ''}`,
			fields: mentions.map(({ paragraph, quote }) => ({
				name: paragraph.cite,
				value: `> ${escapeMarkdown(quote.text)}`,
			})),
		},
	]);
}

function renderPersonUnknown(reply: ReplyOf<'person-unknown'>, { base, message }: Frame): DiscordMessage {
	return message([
		{
			...base,
			title: 'Not in the article',
			color: COLORS.miss,
			description: `No one called “${escapeUserText(reply.name)}” is in the article.${reply.suggestions.length > 0 ? `\nClosest: ${reply.suggestions.map((person) => person.name).join(', ')}.` : ''}`,
		},
	]);
}

function renderPledges(reply: ReplyOf<'pledges'>, { base, knowledge, message }: Frame): DiscordMessage {
	const filters = [reply.topic?.label, reply.by === undefined ? undefined : `by ${reply.by}`].filter(Boolean);
	return message([
		{
			...base,
			title: `${pledgesHeading(knowledge.article.meta)}${filters.length > 0 ? ` (${filters.join(', ')})` : ''}`,
			color: COLORS.answer,
			description: reply.pledges.length === 0 ? 'No commitment matches that filter.' : undefined,
			fields: reply.pledges.map((pledge) => ({
				name: `${formatParties(pledge)} · ${topicLabel(knowledge.topics, pledge.topic)}`,
				value: `${escapeMarkdown(pledge.text)}\n> ${escapeMarkdown(pledge.pin.quote)}\n— ${formatCitation(
					knowledge,
					pledge.pin.paragraph,
					pledge.also.map((pin) => pin.paragraph),
				)}`,
			})),
		},
	]);
}

function renderAbout({ summary }: ReplyOf<'about'>, { base, knowledge, readButton, message }: Frame): DiscordMessage {
	const { meta } = knowledge.article;
	return message(
		[
			{
				...base,
				title: meta.title,
				url: meta.url,
				color: COLORS.answer,
				description: `${escapeMarkdown(meta.event)}\n${meta.outlet}, by ${meta.author}, ${meta.dateline === '' ? '' : `datelined ${meta.dateline}, `}${formatDate(meta.date)}.`,
				fields: [
					{
						name: 'Size',
						value: `${summary.paragraphs} paragraphs · ${summary.sentences} sentences · ${summary.words} words`,
						inline: true,
					},
					{ name: 'Facts', value: `${summary.people} people · ${summary.pledges} commitments`, inline: true },
					{ name: 'Version', value: `sha256 \`${summary.hash}\``, inline: true },
					...(summary.sources.length > 1
						? [
								{
									name: 'Sources',
									value: summary.sources
										.map(
											(source) =>
												`**${escapeMarkdown(source.label)}**: [${escapeMarkdown(source.meta.title)}](${source.meta.url}) (${escapeMarkdown(source.meta.outlet)}, ${formatDate(source.meta.date)}), ${source.count} ¶`,
										)
										.join('\n'),
								},
							]
						: []),
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

function renderHelp(reply: ReplyOf<'help'>, { knowledge, message }: Frame): DiscordMessage {
	const { meta } = knowledge.article;
	return message([
		{
			title: 'Briefing',
			color: COLORS.answer,
			description: `${knowledge.sources.length > 1 ? `Answers questions about ${knowledge.sources.length} news reports of one event, citing their paragraphs (¶), the first` : 'Answers questions about one news article, citing its paragraphs (¶)'}: *${escapeMarkdown(meta.title)}* (${meta.outlet}, ${formatDate(meta.date)}).\nRight-click a message → Apps → **Check against the article** to fact-check it.`,
			fields: reply.commands.map((command) => ({
				name: `/${command.name}`,
				value: `${command.description}\ne.g. \`${command.example}\``,
			})),
		},
	]);
}

function renderCheck({ check }: ReplyOf<'check'>, { base, knowledge, message }: Frame): DiscordMessage {
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
			fields: check.passages.map(citationField(knowledge)),
		},
	]);
}

function renderNotice(reply: ReplyOf<'notice'>): DiscordMessage {
	return fitMessage({
		content: `${reply.tone === 'error' ? '❌' : 'ℹ️'} ${escapeUserText(reply.text)}`,
		allowed_mentions: { parse: [] },
		flags: MessageFlags.Ephemeral,
	});
}
