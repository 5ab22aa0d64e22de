import { beforeAll, describe, expect, test } from 'vitest';
import type { Briefing } from '../../../src/core/briefing.js';
import { linkPeopleByRole, nameOffices } from '../../../src/core/people/link-people.js';
import { loadRealBriefing } from '../../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

const linked = (question: string) => linkPeopleByRole(question, briefing.people).map((person) => person.id);

describe('linkPeopleByRole', () => {
	test.each([
		["What did Islamabad's top diplomat say?", 'qureshi'],
		["How did Pakistan's top diplomat rate teamwork at the UN?", 'qureshi'],
		["How long was the gap since Moscow's chief diplomat last came?", 'lavrov'],
		["How long did Putin's top diplomat's trip last?", 'lavrov'],
		// Newsroom names of offices: a foreign minister, not the army chief whose title also has "chief".
		["What did Islamabad's foreign chief expect?", 'qureshi'],
		["What did Pakistan's chief diplomat post online?", 'qureshi'],
		["What did Pakistan's head of government say?", 'imran-khan'],
		// A country's leader, unnamed, is its head of state; a seat of power stands for its country.
		['What did the premier urge the Kremlin boss to do?', 'putin'],
		["Who is Russia's leader?", 'putin'],
	])('GIVEN "%s" THEN the role links to %s', (question, id) => {
		expect(linked(question)).toEqual([id]);
	});

	test('GIVEN a possessive that names no one’s role THEN nobody is linked', () => {
		expect(linked("What did Russia's foreign ministry say about Lavrov's visit?")).toEqual([]);
		expect(linked("What is Pakistan's role in Afghanistan?")).toEqual([]);
		expect(linked('What did the new boss say?')).toEqual([]);
	});
});

describe('nameOffices', () => {
	test('GIVEN newsroom names of offices THEN their titles', () => {
		expect(nameOffices("Lima's top envoy met the head of state")).toBe("Lima's foreign minister met the president");
		expect(nameOffices('the top general and the head of government')).toBe('the army chief and the prime minister');
		expect(nameOffices('a diplomat and a chief')).toBe('a diplomat and a chief');
		// A senior envoy is one envoy among others, no minister.
		expect(nameOffices("Peru's senior envoy")).toBe("Peru's senior envoy");
	});
});
