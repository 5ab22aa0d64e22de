import { filterPledges, listParties } from '../core/pledges/filter-pledges.js';
import { notice } from '../core/reply.js';
import { normalizeWord } from '../core/text/analyze.js';
import { defineCommand } from './define-command.js';

export const pledges = defineCommand({
	name: 'pledges',
	description: 'Every commitment made, with who made it and a cited quote',
	example: '/pledges TOPIC',
	options: [
		{
			type: 'string',
			name: 'topic',
			description: 'Only this topic (suggested as you type)',
			maxLength: 60,
			autocomplete: true,
		},
		{
			type: 'string',
			name: 'by',
			description: 'Only commitments by this party (suggested as you type)',
			maxLength: 60,
			autocomplete: true,
		},
	],
	exampleFrom: ({ knowledge }) => {
		const topic = knowledge.pledges[0]?.topic;
		return topic === undefined ? undefined : `/pledges ${topic}`;
	},
	run(briefing, { topic, by }) {
		const result = filterPledges(briefing.knowledge, { topic, by });
		if (!result.ok) {
			const what = result.problem === 'unknown-topic' ? 'topic' : 'party';
			const known = result.known.length > 0 ? ` Try one of: ${result.known.join(', ')}.` : '';
			return notice(`There is no ${what} “${result.value}”.${known}`);
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
