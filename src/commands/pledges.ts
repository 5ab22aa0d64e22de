import { filterPledges, listParties } from '../core/pledges/filter-pledges.js';
import { notice } from '../core/reply.js';
import { normalizeWord } from '../core/text/analyze.js';
import { defineCommand } from './define-command.js';

export const pledges = defineCommand({
	name: 'pledges',
	description: 'Every commitment made during the visit, with who made it and a cited quote',
	example: '/pledges energy',
	options: [
		{
			type: 'string',
			name: 'topic',
			description: 'Only this topic, e.g. security, energy, vaccine, trade, Afghanistan',
			maxLength: 60,
			autocomplete: true,
		},
		{
			type: 'string',
			name: 'by',
			description: 'Only commitments by this party, e.g. Russia',
			maxLength: 60,
			autocomplete: true,
		},
	],
	run(briefing, { topic, by }) {
		const result = filterPledges(briefing.knowledge, { topic, by });
		if (!result.ok) {
			const what = result.problem === 'unknown-topic' ? 'topic' : 'party';
			return notice(`There is no ${what} “${result.value}”. Try one of: ${result.known.join(', ')}.`);
		}
		return { kind: 'pledges', pledges: result.pledges, topic: result.topic, by: result.by, ephemeral: false };
	},
	autocomplete(briefing, option, value) {
		const typed = normalizeWord(value.trim());
		const { knowledge } = briefing;
		if (option === 'by') {
			return listParties(knowledge.pledges)
				.filter((party) => normalizeWord(party).startsWith(typed))
				.map((party) => ({ name: party, value: party }));
		}
		return knowledge.topics
			.filter((topic) => knowledge.pledges.some((pledge) => pledge.topic === topic.id))
			.filter((topic) =>
				[topic.id, ...topic.label.split(/\s+/u), ...topic.keywords].some((word) =>
					normalizeWord(word).startsWith(typed),
				),
			)
			.map((topic) => ({ name: topic.label, value: topic.id }));
	},
});
