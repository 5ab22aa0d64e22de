/** Discord's limits on what a bot sends (discord.com/developers/docs: message, embed, interaction resources). */
export const DISCORD_LIMITS = {
	content: 2000,
	embedsPerMessage: 10,
	embedTitle: 256,
	embedDescription: 4096,
	embedFields: 25,
	fieldName: 256,
	fieldValue: 1024,
	footerText: 2048,
	authorName: 256,
	/** Title, description, field names and values, footer and author names, across all embeds of one message. */
	embedTotal: 6000,
	autocompleteChoices: 25,
	choiceName: 100,
	choiceValue: 100,
	customId: 100,
	buttonLabel: 80,
} as const;
