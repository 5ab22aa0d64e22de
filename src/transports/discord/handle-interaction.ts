import {
	type AutocompleteInteraction,
	type ButtonInteraction,
	type ChatInputCommandInteraction,
	type Interaction,
	type MessageContextMenuCommandInteraction,
	MessageFlags,
} from 'discord.js';
import { showMorePassages, showParagraph } from '../../commands/follow-ups.js';
import { autocompleteCommand, commands, executeCommand } from '../../commands/index.js';
import { notice, type Reply } from '../../commands/reply.js';
import type { Briefing } from '../../core/briefing.js';
import type { Logger } from '../../logger.js';
import { toChoicesJson } from '../../present/discord/command-json.js';
import { CUSTOM_ID, type DiscordMessage, renderDiscordMessage } from '../../present/discord/render-message.js';
import type { RateLimiter } from '../rate-limiter.js';

export interface InteractionContext {
	readonly briefing: Briefing;
	readonly logger: Logger;
	/** Limits how often one user may ask (commands, buttons, the context menu; not autocomplete). */
	readonly limiter?: RateLimiter | undefined;
}

const APOLOGY = 'Sorry, something went wrong while answering. It has been logged; please try again.';

/** What an interaction asks for, as a command name and raw options (validated later, by the command). */
function readRequest(
	interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction | ButtonInteraction,
	briefing: Briefing,
): { command: string; reply: () => Reply } {
	if (interaction.isChatInputCommand()) {
		const raw = Object.fromEntries(interaction.options.data.map((option) => [option.name, option.value]));
		return { command: interaction.commandName, reply: () => executeCommand(briefing, interaction.commandName, raw) };
	}
	if (interaction.isMessageContextMenuCommand()) {
		const command = commands.find((candidate) => candidate.messageMenu === interaction.commandName);
		const option = command?.options.find((candidate) => candidate.type === 'string');
		if (command === undefined || option === undefined) {
			return { command: interaction.commandName, reply: () => notice('That menu entry is unknown.') };
		}
		const text = interaction.targetMessage.content.trim();
		return {
			command: command.name,
			reply: () =>
				text === ''
					? notice('That message has no text to check (only embeds or attachments).', 'info')
					: executeCommand(briefing, command.name, {
							[option.name]: text.slice(0, option.type === 'string' ? option.maxLength : 0),
						}),
		};
	}
	const id = interaction.customId;
	if (id.startsWith(CUSTOM_ID.more))
		return { command: 'more', reply: () => showMorePassages(briefing, id.slice(CUSTOM_ID.more.length)) };
	if (id.startsWith(CUSTOM_ID.paragraph)) {
		return { command: 'paragraph', reply: () => showParagraph(briefing, Number(id.slice(CUSTOM_ID.paragraph.length))) };
	}
	return { command: 'button', reply: () => notice('This button is no longer supported.', 'info') };
}

/** discord.js takes camelCase `allowedMentions`; everything else of the API JSON passes as is. */
function toReplyOptions(message: DiscordMessage) {
	const { allowed_mentions, ...rest } = message;
	return { ...rest, allowedMentions: allowed_mentions };
}

async function answerAutocomplete(interaction: AutocompleteInteraction, context: InteractionContext): Promise<void> {
	const focused = interaction.options.getFocused(true);
	const choices = autocompleteCommand(context.briefing, interaction.commandName, focused.name, String(focused.value));
	await interaction.respond(toChoicesJson(choices));
}

/**
 * Answers one interaction: the single error boundary of the gateway transport. A handler that throws gets the user
 * an ephemeral apology and a log line; nothing escapes to crash the process.
 */
export async function handleInteraction(interaction: Interaction, context: InteractionContext): Promise<void> {
	const started = performance.now();
	const { logger, briefing } = context;
	const log = (command: string, fields: Record<string, unknown>) =>
		logger.info('interaction', {
			id: interaction.id,
			command,
			latencyMs: Math.round((performance.now() - started) * 100) / 100,
			...fields,
		});
	try {
		if (interaction.isAutocomplete()) {
			await answerAutocomplete(interaction, context);
			log(`${interaction.commandName}:autocomplete`, {});
			return;
		}
		if (!interaction.isChatInputCommand() && !interaction.isMessageContextMenuCommand() && !interaction.isButton())
			return;
		const request = readRequest(interaction, briefing);
		const decision = context.limiter?.take(interaction.user.id) ?? { ok: true };
		const reply = decision.ok
			? request.reply()
			: notice(`You are asking quickly: try again in ${Math.ceil(decision.retryAfterMs / 1000)} s.`, 'info');
		await interaction.reply(toReplyOptions(renderDiscordMessage(reply, briefing.knowledge)));
		log(request.command, { found: isFound(reply), kind: reply.kind, ...(decision.ok ? {} : { limited: true }) });
	} catch (error) {
		logger.error('interaction failed', { id: interaction.id, error });
		await apologize(interaction, logger);
	}
}

function isFound(reply: Reply): boolean {
	if (reply.kind === 'answer') return reply.answer.found;
	if (reply.kind === 'check') return reply.check.found;
	return reply.kind !== 'notice' && reply.kind !== 'person-unknown';
}

async function apologize(interaction: Interaction, logger: Logger): Promise<void> {
	if (!interaction.isRepliable()) return;
	try {
		const apology = {
			content: `❌ ${APOLOGY}`,
			flags: MessageFlags.Ephemeral,
			allowedMentions: { parse: [] },
		} as const;
		if (interaction.replied || interaction.deferred) await interaction.followUp(apology);
		else await interaction.reply(apology);
	} catch (error) {
		// Most often the interaction expired (10062) or was answered already: nothing more to tell the user.
		logger.warn('could not send the apology', { id: interaction.id, error });
	}
}
