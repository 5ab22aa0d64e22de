import { notice } from '../core/reply.js';
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
		{
			type: 'string',
			name: 'source',
			description: 'Which report, when there are several (its slug or name); the first by default',
			maxLength: 60,
			autocomplete: true,
		},
	],
	run(briefing, { number, source }) {
		const { sources } = briefing.knowledge;
		const wanted = source?.trim().toLowerCase();
		const found =
			wanted === undefined || wanted === ''
				? sources[0]
				: sources.find((each) => each.slug === wanted || each.label.toLowerCase() === wanted);
		if (found === undefined) {
			return notice(`There is no source “${source}”. Try one of: ${sources.map((each) => each.slug).join(', ')}.`);
		}
		if (number > found.count) {
			const which = sources.length > 1 ? `${found.label} has` : 'the article has';
			return notice(`There is no ¶${number}: ${which} ¶1 to ¶${found.count}.`);
		}
		const reply = showParagraph(briefing, found.first + number - 1);
		return reply.kind === 'paragraph' ? { ...reply, ephemeral: false } : reply;
	},
	autocomplete(briefing, _option, value) {
		const typed = value.trim().toLowerCase();
		return briefing.knowledge.sources
			.filter((source) => source.slug.startsWith(typed) || source.label.toLowerCase().startsWith(typed))
			.map((source) => ({ name: `${source.label}: ${source.meta.title}`.slice(0, 100), value: source.slug }));
	},
});
