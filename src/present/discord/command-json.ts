import {
	type APIApplicationCommandBasicOption,
	type APIApplicationCommandOptionChoice,
	ApplicationCommandOptionType,
	ApplicationCommandType,
	ApplicationIntegrationType,
	InteractionContextType,
	type RESTPutAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { Choice, Command, OptionDefinition } from '../../commands/define-command.js';
import { stripUnsafeText } from '../../core/strip-unsafe.js';
import { DISCORD_LIMITS } from './limits.js';
import { truncate } from './text.js';

function toOptionJson(option: OptionDefinition): APIApplicationCommandBasicOption {
	const common = { name: option.name, description: option.description, required: option.required ?? false };
	switch (option.type) {
		case 'string':
			return {
				...common,
				type: ApplicationCommandOptionType.String,
				max_length: option.maxLength,
				autocomplete: option.autocomplete ?? false,
			};
		case 'integer':
			return { ...common, type: ApplicationCommandOptionType.Integer, min_value: option.min, max_value: option.max };
		case 'boolean':
			return { ...common, type: ApplicationCommandOptionType.Boolean };
	}
}

/**
 * The body of the bulk overwrite that registers Briefing's commands: one slash command per command, plus a
 * message context-menu entry for each command that has one. Usable in servers and DMs.
 */
export function toApplicationCommandsJson(commands: readonly Command[]): RESTPutAPIApplicationCommandsJSONBody {
	const contexts = [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel];
	const integration_types = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall];
	return [
		...commands.map((command) => ({
			type: ApplicationCommandType.ChatInput as const,
			name: command.name,
			description: command.description,
			options: command.options.map(toOptionJson),
			contexts,
			integration_types,
		})),
		...commands.flatMap((command) =>
			command.messageMenu === undefined
				? []
				: [{ type: ApplicationCommandType.Message as const, name: command.messageMenu, contexts, integration_types }],
		),
	];
}

/** Autocomplete choices as Discord takes them: at most 25, names and values 1 to 100 characters, no duplicates. */
export function toChoicesJson(choices: readonly Choice[]): APIApplicationCommandOptionChoice<string>[] {
	const seen = new Set<string>();
	const fitted: APIApplicationCommandOptionChoice<string>[] = [];
	for (const choice of choices) {
		// A suggestion may echo what the user typed: no control or format character goes back.
		const name = truncate(stripUnsafeText(choice.name).trim(), DISCORD_LIMITS.choiceName);
		const value = stripUnsafeText(choice.value).trim().slice(0, DISCORD_LIMITS.choiceValue).toWellFormed();
		if (name === '' || value === '' || seen.has(value)) continue;
		seen.add(value);
		fitted.push({ name, value });
		if (fitted.length === DISCORD_LIMITS.autocompleteChoices) break;
	}
	return fitted;
}
