import { checkClaim } from '../core/answer/check-claim.js';
import { defineCommand } from './define-command.js';

export const check = defineCommand({
	name: 'check',
	description: 'Check a claim against the article: supported, contradicted, or not covered',
	example: '/check Russia gave Pakistan 100,000 vaccine doses',
	messageMenu: 'Check against the article',
	options: [{ type: 'string', name: 'claim', description: 'The claim to check', required: true, maxLength: 1000 }],
	run(briefing, { claim }) {
		return { kind: 'check', check: checkClaim(briefing, claim), ephemeral: false };
	},
});
