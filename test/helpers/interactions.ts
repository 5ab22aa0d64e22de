export const APPLICATION_ID = '100000000000000001';
export const BOT_USER_ID = '100000000000000002';

let counter = 0n;
/** A fresh snowflake-shaped id. */
export function nextId(): string {
	counter += 1n;
	return String(500000000000000000n + counter);
}

const CHANNEL = { id: '400000000000000001', type: 0, name: 'briefing', guild_id: '600000000000000001' };

function user(id = '700000000000000001') {
	return { id, username: `user${id.slice(-4)}`, discriminator: '0', global_name: null, avatar: null };
}

/** The fields every interaction carries, as Discord sends them in a server channel. */
function base(type: number, userId?: string) {
	const id = nextId();
	return {
		id,
		application_id: APPLICATION_ID,
		type,
		token: `token-${id}`,
		version: 1,
		channel_id: CHANNEL.id,
		channel: CHANNEL,
		member: {
			user: user(userId),
			roles: [],
			joined_at: '2021-01-01T00:00:00.000Z',
			deaf: false,
			mute: false,
			flags: 0,
			permissions: '0',
		},
		guild_id: CHANNEL.guild_id,
		guild_locale: 'en-US',
		locale: 'en-US',
		app_permissions: '0',
		entitlements: [],
		authorizing_integration_owners: { '0': CHANNEL.guild_id },
		context: 0,
		attachment_size_limit: 8_388_608,
	};
}

export type OptionValue = string | number | boolean;

const OPTION_TYPES = { string: 3, number: 4, boolean: 5 } as const;
const typeOf = (value: OptionValue) =>
	typeof value === 'string' ? OPTION_TYPES.string : typeof value === 'number' ? 4 : 5;

/** A slash command, e.g. chatInput('ask', { question: 'How many doses?' }). */
export function chatInput(name: string, options: Record<string, OptionValue> = {}, userId?: string) {
	return {
		...base(2, userId),
		data: {
			id: '800000000000000001',
			name,
			type: 1,
			options: Object.entries(options).map(([optionName, value]) => ({ name: optionName, type: typeOf(value), value })),
		},
	};
}

/** An autocomplete request with one focused option. */
export function autocomplete(name: string, focused: string, value: string, others: Record<string, OptionValue> = {}) {
	return {
		...base(4),
		data: {
			id: '800000000000000001',
			name,
			type: 1,
			options: [
				...Object.entries(others).map(([optionName, other]) => ({
					name: optionName,
					type: typeOf(other),
					value: other,
				})),
				{ name: focused, type: 3, value, focused: true },
			],
		},
	};
}

/** A message as Discord sends it inside an interaction (or returns it for a webhook); the bot's own if so. */
export function message(content: string, authorId = '700000000000000009') {
	return {
		id: nextId(),
		channel_id: CHANNEL.id,
		author: authorId === BOT_USER_ID ? { ...user(authorId), bot: true } : user(authorId),
		content,
		timestamp: '2021-04-07T12:00:00.000Z',
		edited_timestamp: null,
		tts: false,
		mention_everyone: false,
		mentions: [],
		mention_roles: [],
		attachments: [],
		embeds: [],
		pinned: false,
		type: 0,
		flags: 0,
		components: [],
	};
}

/** A click on a button of one of the bot's messages. */
export function buttonClick(customId: string) {
	return { ...base(3), message: message('', BOT_USER_ID), data: { custom_id: customId, component_type: 2 } };
}

/** The message context-menu command ("Apps → Check against the article") on a message with this text. */
export function messageMenu(name: string, content: string) {
	const target = message(content);
	return {
		...base(2),
		data: {
			id: '800000000000000002',
			name,
			type: 3,
			target_id: target.id,
			resolved: { messages: { [target.id]: target } },
		},
	};
}
