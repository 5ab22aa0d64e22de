import {
	type APIInteraction,
	type APIInteractionResponse,
	ApplicationCommandType,
	ComponentType,
	InteractionResponseType,
	InteractionType,
	MessageFlags,
} from 'discord-api-types/v10';
import { showMorePassages, showParagraph } from '../commands/follow-ups.js';
import { autocompleteCommand, commands, executeCommand } from '../commands/index.js';
import type { Briefing } from '../core/briefing.js';
import { notice, type Reply } from '../core/reply.js';
import type { Logger } from '../logger.js';
import { decodeButtonId } from '../present/discord/button-ids.js';
import { toChoicesJson } from '../present/discord/command-json.js';
import { renderDiscordMessage } from '../present/discord/render-message.js';
import type { RateLimiter } from './rate-limiter.js';
import type { ReplyCache } from './reply-cache.js';

export interface InteractionContext {
	readonly briefing: Briefing;
	readonly logger: Logger;
	/** Limits how often one user may ask (commands, buttons, the context menu; not autocomplete). */
	readonly limiter?: RateLimiter | undefined;
	/**
	 * Rendered replies by (knowledge version, command, options). Only replies the same for every user are stored:
	 * never an ephemeral one (private answers, notices, rate limits), never an error.
	 */
	readonly replies?: ReplyCache<InteractionOutcome> | undefined;
}

/** What the transport sends back, and what it logs about it. */
export interface InteractionOutcome {
	readonly response: APIInteractionResponse;
	readonly command: string;
	readonly fields: Readonly<Record<string, unknown>>;
}

const APOLOGY = 'Sorry, something went wrong while answering. It has been logged; please try again.';

/**
 * The command and the reply an interaction asks for; `undefined` for kinds Briefing does not handle. `key` names
 * everything the reply depends on apart from the knowledge: the command and its options, never the user.
 */
function readRequest(
	interaction: APIInteraction,
	briefing: Briefing,
): { command: string; key: string; reply: () => Reply } | undefined {
	if (interaction.type === InteractionType.ApplicationCommand) {
		const { data } = interaction;
		if (data.type === ApplicationCommandType.ChatInput) {
			const entries = (data.options ?? []).map((option) => [option.name, 'value' in option ? option.value : undefined]);
			const raw = Object.fromEntries(entries);
			// Sorted, so the same options sent in another order share an entry.
			const key = `command\0${data.name}\0${JSON.stringify(entries.sort(([a], [b]) => (String(a) < String(b) ? -1 : 1)))}`;
			return { command: data.name, key, reply: () => executeCommand(briefing, data.name, raw) };
		}
		if (data.type === ApplicationCommandType.Message) {
			const command = commands.find((candidate) => candidate.messageMenu === data.name);
			const option = command?.options.find((candidate) => candidate.type === 'string');
			const text = data.resolved.messages[data.target_id]?.content.trim() ?? '';
			const key = `menu\0${data.name}\0${text}`;
			if (command === undefined || option?.type !== 'string')
				return { command: data.name, key, reply: () => notice('That menu entry is unknown.') };
			return {
				command: command.name,
				key,
				reply: () =>
					text === ''
						? notice('That message has no text to check (only embeds or attachments).', 'info')
						: executeCommand(briefing, command.name, { [option.name]: text.slice(0, option.maxLength) }),
			};
		}
		return undefined;
	}
	if (
		interaction.type === InteractionType.MessageComponent &&
		interaction.data.component_type === ComponentType.Button
	) {
		const action = decodeButtonId(interaction.data.custom_id);
		const key = `button\0${interaction.data.custom_id}`;
		switch (action?.kind) {
			case 'more':
				return { command: 'more', key, reply: () => showMorePassages(briefing, action.passages) };
			case 'paragraph':
				return { command: 'paragraph', key, reply: () => showParagraph(briefing, action.paragraph) };
			case undefined:
				return { command: 'button', key, reply: () => notice('This button is no longer supported.', 'info') };
		}
	}
	return undefined;
}

function isFound(reply: Reply): boolean {
	if (reply.kind === 'answer') return reply.answer.found;
	if (reply.kind === 'check') return reply.check.found;
	return reply.kind !== 'notice' && reply.kind !== 'person-unknown';
}

/**
 * Answers one interaction, as Discord's JSON in and out, for every transport (gateway and HTTP endpoint alike).
 * This is the error boundary: a handler that throws is logged and answered with an ephemeral apology.
 */
export function respondToInteraction(interaction: APIInteraction, context: InteractionContext): InteractionOutcome {
	const { briefing, limiter, logger, replies } = context;
	if (interaction.type === InteractionType.Ping) {
		return { response: { type: InteractionResponseType.Pong }, command: 'ping', fields: {} };
	}
	try {
		if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
			const focused = (interaction.data.options ?? []).find((option) => 'focused' in option && option.focused === true);
			const value = focused !== undefined && 'value' in focused ? String(focused.value) : '';
			const choices = autocompleteCommand(briefing, interaction.data.name, focused?.name ?? '', value);
			return {
				response: {
					type: InteractionResponseType.ApplicationCommandAutocompleteResult,
					data: { choices: toChoicesJson(choices) },
				},
				command: `${interaction.data.name}:autocomplete`,
				fields: {},
			};
		}
		const request = readRequest(interaction, briefing);
		if (request === undefined) {
			const reply = notice('Briefing does not handle this kind of interaction.', 'info');
			return { response: messageResponse(reply, briefing), command: 'unknown', fields: { type: interaction.type } };
		}
		const user = interaction.member?.user.id ?? interaction.user?.id ?? 'unknown';
		const decision = limiter?.take(user) ?? { ok: true };
		if (!decision.ok) {
			const reply = notice(
				`You are asking quickly: try again in ${Math.ceil(decision.retryAfterMs / 1000)} s.`,
				'info',
			);
			return {
				response: messageResponse(reply, briefing),
				command: request.command,
				fields: { found: false, kind: reply.kind, limited: true },
			};
		}
		// The rate limit is taken first: a remembered reply still counts as a use.
		const key = replies === undefined ? undefined : `${briefing.knowledge.article.hash}\0${request.key}`;
		const remembered = key === undefined ? undefined : replies?.peek(key);
		if (remembered !== undefined) return remembered;
		const reply = request.reply();
		const outcome: InteractionOutcome = {
			response: messageResponse(reply, briefing),
			command: request.command,
			fields: { found: isFound(reply), kind: reply.kind },
		};
		if (key !== undefined && !reply.ephemeral)
			replies?.set(key, { ...outcome, fields: { ...outcome.fields, cached: true } });
		return outcome;
	} catch (error) {
		logger.error('interaction failed', { id: interaction.id, error });
		return {
			response: {
				type: InteractionResponseType.ChannelMessageWithSource,
				data: { content: `❌ ${APOLOGY}`, flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } },
			},
			command: 'error',
			fields: { failed: true },
		};
	}
}

function messageResponse(reply: Reply, briefing: Briefing): APIInteractionResponse {
	return {
		type: InteractionResponseType.ChannelMessageWithSource,
		data: renderDiscordMessage(reply, briefing.knowledge),
	};
}
