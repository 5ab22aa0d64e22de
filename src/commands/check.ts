import { checkClaim } from '../core/answer/check-claim.js';
import { defineCommand } from './define-command.js';

/** Longest quote shown as an example claim: a line of /help, not a paragraph. */
const MAX_EXAMPLE = 80;

export const check = defineCommand({
	name: 'check',
	description: 'Check a claim against the article: supported, contradicted, or not covered',
	example: '/check A CLAIM',
	// A pinned pledge states what the article says: checking it shows a verdict of "supported".
	exampleFrom: ({ knowledge }) => {
		const quote = knowledge.pledges.map((pledge) => pledge.pin.quote).find((text) => text.length <= MAX_EXAMPLE);
		return quote === undefined ? undefined : `/check ${quote}`;
	},
	messageMenu: 'Check against the article',
	options: [{ type: 'string', name: 'claim', description: 'The claim to check', required: true, maxLength: 1000 }],
	run(briefing, { claim }) {
		return { kind: 'check', check: checkClaim(briefing, claim), ephemeral: false };
	},
});
