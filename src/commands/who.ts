import { findMentions } from '../core/people/find-mentions.js';
import { normalizeWord } from '../core/text/analyze.js';
import { defineCommand } from './define-command.js';

export const who = defineCommand({
	name: 'who',
	description: 'The people of the article, or one person: role and the passages that mention them',
	example: '/who NAME',
	options: [
		{
			type: 'string',
			name: 'name',
			description: 'A name, surname or title; leave empty to list everyone',
			maxLength: 100,
			autocomplete: true,
		},
	],
	// The first person by surname, as people type them.
	exampleFrom: ({ knowledge }) => {
		const surname = knowledge.people[0]?.name.split(/\s+/u).at(-1);
		return surname === undefined ? undefined : `/who ${surname.toLowerCase()}`;
	},
	run(briefing, { name }) {
		const { knowledge } = briefing;
		if (name === undefined || name.trim() === '') {
			return { kind: 'people', people: knowledge.people, ephemeral: false };
		}
		const person = briefing.people.find(name);
		if (person === undefined) {
			return { kind: 'person-unknown', name, suggestions: briefing.people.suggest(name), ephemeral: false };
		}
		return { kind: 'person', person, mentions: findMentions(person, knowledge.article.paragraphs), ephemeral: false };
	},
	autocomplete(briefing, _option, value) {
		const typed = normalizeWord(value.trim());
		return briefing.knowledge.people
			.filter((person) =>
				[person.name, ...person.aliases].some((alias) =>
					alias
						.split(/\s+/u)
						.map(normalizeWord)
						.some((word) => word.startsWith(typed)),
				),
			)
			.map((person) => ({ name: `${person.name} (${person.role})`.slice(0, 100), value: person.name }));
	},
});
