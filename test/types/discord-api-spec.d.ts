// discord-api-spec ships its zod schemas as plain JavaScript; these are the few the tests use.
declare module 'discord-api-spec/zod' {
	interface Schema {
		safeParse(value: unknown): { success: boolean; error?: unknown };
	}
	export const ApplicationCommandAutocompleteCallbackRequestSchema: Schema;
	export const ApplicationCommandUpdateRequestSchema: Schema;
	export const CreateMessageInteractionCallbackRequestSchema: Schema;
	export const IncomingWebhookRequestPartialSchema: Schema;
	export const IncomingWebhookUpdateRequestPartialSchema: Schema;
}
