import { beforeAll, describe, expect, test } from 'vitest';
import type { Briefing } from '../../../src/core/briefing.js';
import { linkRoles, nameOffices } from '../../../src/core/people/link-people.js';
import { loadRealBriefing } from '../../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

const linked = (question: string) =>
	linkRoles(
		question,
		briefing.people,
		(word) => briefing.index.lookUpWord(word)?.entity === 'person',
		briefing.index.isPlace,
	).people.map((person) => person.id);

describe('linkRoles: the people', () => {
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
		['Did the Russian leader accept the invitation?', 'putin'],
		['what does kremlin boss think', 'putin'],
		// An envoy, where no one is called so, is the country's foreign minister (it has no ambassador here).
		["What did Moscow's envoy say about drills?", 'lavrov'],
		["How does the Kremlin's envoy want the war ended?", 'lavrov'],
	])('GIVEN "%s" THEN the role links to %s', (question, id) => {
		expect(linked(question)).toEqual([id]);
	});

	test('GIVEN a possessive that names no one’s role THEN nobody is linked', () => {
		expect(linked("What did Russia's foreign ministry say about Lavrov's visit?")).toEqual([]);
		expect(linked("What is Pakistan's role in Afghanistan?")).toEqual([]);
		expect(linked('What did the new boss say?')).toEqual([]);
		// A body, not a person: "diplomatic" qualifies "service".
		expect(linked("What does the Kremlin's diplomatic service want?")).toEqual([]);
		// An envoy posted somewhere is an ambassador, whom the fact sheet does not have.
		expect(linked("What did Pakistan's envoy to the UN say?")).toEqual([]);
		// An envoy for a matter is a special envoy, neither the ambassador nor the foreign minister.
		expect(linked("Who is Russia's envoy for Afghanistan?")).toEqual([]);
		expect(linked('what did the Russian envoy on Afghanistan say')).toEqual([]);
		// A leader owned by no place: "the department head" is no country's.
		expect(linked('which russian department head came with him')).toEqual([]);
	});
});

describe('linkRoles: the question renamed', () => {
	const renamed = (question: string) =>
		linkRoles(
			question,
			briefing.people,
			(word) => briefing.index.lookUpWord(word)?.entity === 'person',
			briefing.index.isPlace,
		).renamed;

	test('GIVEN a role that fits one person THEN the question names them in its place, the rest as asked', () => {
		expect(renamed("What did Islamabad's top diplomat say about the UN?")).toBe(
			'What did Shah Mahmood Qureshi say about the UN?',
		);
		expect(renamed('what does kremlin boss think of it')).toBe('what does Vladimir Putin think of it');
		expect(renamed('Who did the Kremlin boss meet?')).toBe('Who did Vladimir Putin meet?');
	});

	test('GIVEN two roles THEN each is named', () => {
		expect(renamed("Did Moscow's envoy meet Pakistan's head of government?")).toBe(
			'Did Sergey Lavrov meet Imran Khan?',
		);
	});

	test('GIVEN a role in its holder’s own title, as asked THEN kept: its words find the holder', () => {
		expect(renamed("How long since Russia's foreign minister last visited Pakistan?")).toBeUndefined();
		// The newsroom name of the office is not the title the article gives.
		expect(renamed("What did Islamabad's top diplomat say?")).toBe('What did Shah Mahmood Qureshi say?');
	});

	test('GIVEN no role that links THEN nothing to rename', () => {
		expect(renamed("What did Russia's foreign ministry say?")).toBeUndefined();
		expect(renamed('What did the new boss say?')).toBeUndefined();
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
