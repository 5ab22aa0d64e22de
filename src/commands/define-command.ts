import type { Briefing } from '../core/briefing.js';
import type { Reply } from '../core/reply.js';

/** A command option, in the terms Discord accepts (names 1–32 lowercase, descriptions 1–100 characters). */
export type OptionDefinition =
	| {
			readonly type: 'string';
			readonly name: string;
			readonly description: string;
			readonly required?: boolean;
			readonly maxLength: number;
			readonly autocomplete?: boolean;
	  }
	| {
			readonly type: 'integer';
			readonly name: string;
			readonly description: string;
			readonly required?: boolean;
			readonly min: number;
			readonly max: number;
	  }
	| { readonly type: 'boolean'; readonly name: string; readonly description: string; readonly required?: boolean };

type OptionValue<O extends OptionDefinition> = O extends { type: 'string' }
	? string
	: O extends { type: 'integer' }
		? number
		: boolean;

/** The parsed options of a command, typed from its option definitions. */
export type OptionsOf<Os extends readonly OptionDefinition[]> = {
	[O in Os[number] as O['name']]: O extends { required: true } ? OptionValue<O> : OptionValue<O> | undefined;
};

/** An autocomplete suggestion: `name` is shown, `value` is filled in (both at most 100 characters). */
export interface Choice {
	readonly name: string;
	readonly value: string;
}

/** A command: its definition, shared by every transport, and its pure handler. */
export interface Command<Os extends readonly OptionDefinition[] = readonly OptionDefinition[]> {
	readonly name: string;
	readonly description: string;
	readonly options: Os;
	/** One example of use in console syntax, with no article's words ("/who NAME"): the CLI's usage shows it. */
	readonly example: string;
	/**
	 * An example drawn from the knowledge ("/who lopez" from the first person), shown by /help and the console when
	 * the knowledge gives none for the command; `undefined` when the facts hold nothing to show.
	 */
	exampleFrom?(briefing: Briefing): string | undefined;
	/** Whether the command shows on a message's context menu in Discord, under this label. */
	readonly messageMenu?: string;
	run(briefing: Briefing, options: OptionsOf<Os>): Reply;
	/** Suggestions for an option as the user types it. */
	autocomplete?(briefing: Briefing, option: string, value: string): Choice[];
}

/** Declares a command with its options typed from their definitions (no casts in the handler). */
export function defineCommand<const Os extends readonly OptionDefinition[]>(command: Command<Os>): Command<Os> {
	return command;
}
