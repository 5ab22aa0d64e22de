import type { APIEmbed } from 'discord-api-types/v10';
import { DISCORD_LIMITS as LIMITS } from './limits.js';
import type { DiscordMessage } from './render-message.js';
import { truncate } from './text.js';

/** The characters of an embed that count toward the 6,000 shared by all embeds of a message. */
export function embedLength(embed: APIEmbed): number {
	return (
		(embed.title?.length ?? 0) +
		(embed.description?.length ?? 0) +
		(embed.footer?.text.length ?? 0) +
		(embed.author?.name.length ?? 0) +
		(embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
	);
}

function fitEmbed(embed: APIEmbed): APIEmbed {
	const fitted: APIEmbed = { ...embed };
	if (embed.title !== undefined) fitted.title = truncate(embed.title, LIMITS.embedTitle);
	if (embed.description !== undefined) {
		const description = truncate(embed.description, LIMITS.embedDescription);
		if (description.trim() === '') delete fitted.description;
		else fitted.description = description;
	}
	if (embed.author !== undefined)
		fitted.author = { ...embed.author, name: truncate(embed.author.name, LIMITS.authorName) };
	if (embed.footer !== undefined)
		fitted.footer = { ...embed.footer, text: truncate(embed.footer.text, LIMITS.footerText) };
	if (embed.fields !== undefined) {
		fitted.fields = embed.fields.slice(0, LIMITS.embedFields).map((field) => ({
			...field,
			name: truncate(field.name, LIMITS.fieldName) || '\u200b',
			value: truncate(field.value, LIMITS.fieldValue) || '\u200b',
		}));
	}
	return fitted;
}

/**
 * Trims a message to Discord's limits instead of letting Discord reject it: every embed field to its own limit,
 * then, while the embeds together exceed 6,000 characters, drops trailing fields and finally shortens descriptions.
 */
export function fitMessage(message: DiscordMessage): DiscordMessage {
	const fitted: DiscordMessage = { ...message };
	if (message.content !== undefined) fitted.content = truncate(message.content, LIMITS.content);
	if (message.embeds === undefined) return fitted;
	const embeds = message.embeds.slice(0, LIMITS.embedsPerMessage).map(fitEmbed);
	const total = () => embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
	for (let i = embeds.length - 1; i >= 0 && total() > LIMITS.embedTotal; i--) {
		const embed = embeds[i];
		while (embed?.fields !== undefined && embed.fields.length > 0 && total() > LIMITS.embedTotal) embed.fields.pop();
		if (embed?.description !== undefined && total() > LIMITS.embedTotal) {
			const excess = total() - LIMITS.embedTotal;
			embed.description = truncate(embed.description, Math.max(1, embed.description.length - excess));
		}
	}
	fitted.embeds = embeds;
	return fitted;
}
