import { beforeAll, describe, expect, test } from 'vitest';
import type { Briefing } from '../../../src/core/briefing.js';
import { findEventRoles, nameEventRoles } from '../../../src/core/people/find-event-roles.js';
import type { Person } from '../../../src/core/types.js';
import { loadRealBriefing } from '../../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

describe('findEventRoles', () => {
	test('GIVEN a report with a dateline THEN the host is its country, the guest the most mentioned visitor', () => {
		const roles = findEventRoles(briefing.knowledge, briefing.index);
		const { people } = briefing.knowledge;
		const datelined = people.find((person) => person.country === roles.host);
		expect(datelined).toBeDefined();
		expect(roles.guest?.country).not.toBe(roles.host);
		const visitors = people.filter((person) => person.country !== roles.host && person.country !== '');
		for (const other of visitors) expect(roles.guest?.mentions.length).toBeGreaterThanOrEqual(other.mentions.length);
	});
});

describe('nameEventRoles', () => {
	const guest = { name: 'Mara Velt' } as Person;
	const roles = { host: 'Examplia', guest };

	test.each([
		["What did the host country's top diplomat say?", "What did Examplia's top diplomat say?"],
		['What did the hosts promise?', 'What did Examplia promise?'],
		['What did the capital tell its guest?', 'What did the capital tell Mara Velt?'],
		['Where did the visiting minister go next?', 'Where did Mara Velt go next?'],
		['who did the visiting envoy meet', 'who did Mara Velt meet'],
		// The host and the guest's country together, as an article puts them.
		['What did the two capitals agree on?', 'What did the two countries agree on?'],
		['what did both sides say about trade', 'what did the two countries say about trade'],
	])('GIVEN "%s" THEN "%s"', (question, named) => {
		expect(nameEventRoles(question, roles)).toBe(named);
	});

	test('GIVEN "host" as a verb, or roles the knowledge does not tell THEN the question stays as typed', () => {
		expect(nameEventRoles('Did the city host the talks?', roles)).toBe('Did the city host the talks?');
		// A bare "the host" may be a conference's.
		expect(nameEventRoles('Who was the host of the summit?', roles)).toBe('Who was the host of the summit?');
		const unknown = { host: undefined, guest: undefined };
		expect(nameEventRoles("What did the host country's envoy say?", unknown)).toBe(
			"What did the host country's envoy say?",
		);
		// Places on both sides of something are no parties.
		expect(nameEventRoles('Is there fighting on both sides of the border?', roles)).toBe(
			'Is there fighting on both sides of the border?',
		);
		// Without a host and a guest, "both sides" may be any two.
		expect(nameEventRoles('What did both sides agree?', unknown)).toBe('What did both sides agree?');
	});
});
