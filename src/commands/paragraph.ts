import { defineCommand } from './define-command.js';
import { showParagraph } from './follow-ups.js';

export const paragraph = defineCommand({
	name: 'paragraph',
	description: 'Show one whole paragraph of the article by its number (¶)',
	example: '/paragraph 12',
	options: [
		{
			type: 'integer',
			name: 'number',
			description: 'The paragraph number, e.g. 12 for ¶12',
			required: true,
			min: 1,
			max: 999,
		},
	],
	run(briefing, { number }) {
		const reply = showParagraph(briefing, number);
		return reply.kind === 'paragraph' ? { ...reply, ephemeral: false } : reply;
	},
});
