import { beforeAll, describe, expect, test } from 'vitest';
import type { Briefing } from '../../src/core/briefing.js';
import type { Reply } from '../../src/core/reply.js';
import { toChoicesJson } from '../../src/present/discord/command-json.js';
import { renderDiscordMessage } from '../../src/present/discord/render-message.js';
import { renderReplyJson } from '../../src/present/render-json.js';
import { ansiStyle, renderReplyText } from '../../src/present/render-text.js';
import { loadRealBriefing } from '../helpers/briefing.js';
import { findUnsafe } from '../helpers/user-text.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

// As a transport might pass them, unchecked: the presenters must not rely on the edge having cleaned them.
const HOSTILE = 'A\u001b]0;PWNED\u0007\u009b2J\u202e\u200b\u00ad\u{e0041}B';
const replies: Reply[] = [
	{ kind: 'notice', tone: 'error', text: `There is no /${HOSTILE} command.`, ephemeral: true },
	{ kind: 'person-unknown', name: HOSTILE, suggestions: [], ephemeral: false },
];

describe('every presenter, given user text with escapes and format characters', () => {
	test.each(replies.map((reply) => [reply.kind, reply] as const))(
		'GIVEN a %s reply THEN none is echoed',
		(_kind, reply) => {
			const text = renderReplyText(reply, briefing.knowledge);
			expect(findUnsafe(text)).toBeUndefined();
			expect(text).toContain('A]0;PWNED2JB');
			// With ANSI bold, the only escapes are the presenter's own.
			const bold = renderReplyText(reply, briefing.knowledge, ansiStyle);
			expect(findUnsafe(bold.replaceAll('\u001b[1m', '').replaceAll('\u001b[22m', ''))).toBeUndefined();
			expect(findUnsafe(JSON.stringify(renderReplyJson(reply, briefing.knowledge)))).toBeUndefined();
			const message = renderDiscordMessage(reply, briefing.knowledge);
			const shown = [
				message.content ?? '',
				...(message.embeds ?? []).flatMap((e) => [e.title ?? '', e.description ?? '']),
			];
			for (const part of shown) expect(findUnsafe(part)).toBeUndefined();
		},
	);

	test('GIVEN autocomplete choices echoing what was typed THEN none is echoed', () => {
		const choices = toChoicesJson([{ name: HOSTILE, value: HOSTILE }]);
		expect(choices).toEqual([{ name: 'A]0;PWNED2JB', value: 'A]0;PWNED2JB' }]);
	});
});
