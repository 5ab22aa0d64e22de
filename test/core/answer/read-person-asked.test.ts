import { beforeAll, describe, expect, test } from 'vitest';
import {
	findGroupNoOneIsOf,
	findLeaderUnstated,
	findNationalityNoOneHas,
	findOfficeNobodyHolds,
	findPersonAsked,
	findPersonOfRole,
	findRoleNobodyHolds,
	fitsNationalityAsked,
	isRuledOutByRole,
	readOfficeAsked,
} from '../../../src/core/answer/read-person-asked.js';
import type { Briefing } from '../../../src/core/briefing.js';
import { loadRealBriefing } from '../../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

describe('readOfficeAsked', () => {
	test('GIVEN "who is" a description THEN its office: the last person noun, never a word of a known name', () => {
		expect(readOfficeAsked(briefing, "Who is Khan's adviser?")?.office.norm).toBe('adviser');
		expect(readOfficeAsked(briefing, 'who is the mayor of Lyon')?.office.norm).toBe('mayor');
		// A name is no description: nothing to read.
		expect(readOfficeAsked(briefing, 'who is Lavrov')).toBeUndefined();
	});

	test('GIVEN an office with a clause of what its holder did ("travelling with …") THEN the office alone is described', () => {
		expect(readOfficeAsked(briefing, 'who was the Russian envoy travelling with Lavrov?')?.description).toBe(
			'the Russian envoy',
		);
		// The article's foreign ministers hold the office so described: no detail is missing.
		expect(
			findRoleNobodyHolds(
				briefing,
				readOfficeAsked(briefing, 'who was the Russian foreign minister sitting with Khan?'),
			),
		).toBeUndefined();
	});

	test('GIVEN a person noun more often a verb ("pilot") after "the" THEN it is the office', () => {
		expect(readOfficeAsked(briefing, "who was the pilot of Lavrov's plane")?.office.norm).toBe('pilot');
		expect(findRoleNobodyHolds(briefing, readOfficeAsked(briefing, "who was the pilot of Lavrov's plane"))).toBe(
			'who the pilot is',
		);
	});

	test('GIVEN "the name of" a thing before a verb in the past ("hosted") THEN no person is asked, as for a person noun', () => {
		expect(readOfficeAsked(briefing, 'name of the peace meeting lyon hosted?')).toBeUndefined();
		expect(readOfficeAsked(briefing, "what's the name of Lyon's host")?.office.norm).toBe('host');
	});
});

describe('findRoleNobodyHolds', () => {
	test('GIVEN an office no one of the country asked holds THEN the detail, in words', () => {
		expect(findRoleNobodyHolds(briefing, readOfficeAsked(briefing, 'who is the mayor of Lyon'))).toBe(
			'who the mayor is',
		);
		expect(findRoleNobodyHolds(briefing, readOfficeAsked(briefing, "who is Chile's foreign secretary"))).toBe(
			'who the foreign secretary is',
		);
		// A word of a title someone goes by ("prime" of "Prime Minister") opens no clause: the whole office is asked.
		expect(findRoleNobodyHolds(briefing, readOfficeAsked(briefing, 'who is the russian prime minister'))).toBe(
			'who the prime minister is',
		);
	});

	test('GIVEN an office someone of that country holds, or one any holder is THEN nothing is missing', () => {
		expect(findRoleNobodyHolds(briefing, readOfficeAsked(briefing, 'who is the president of russia'))).toBeUndefined();
		expect(findRoleNobodyHolds(briefing, readOfficeAsked(briefing, 'who is the leader of chile'))).toBeUndefined();
	});
});

describe('findOfficeNobodyHolds', () => {
	test('GIVEN an office named by its country anywhere in a question, that no one of the country holds THEN the detail', () => {
		expect(findOfficeNobodyHolds(briefing, "Did Lavrov also meet Pakistan's president?")).toBe('who the president is');
		expect(findOfficeNobodyHolds(briefing, 'what did the president of pakistan say')).toBe('who the president is');
		// A plural's possessive, and an office after one someone holds.
		expect(findOfficeNobodyHolds(briefing, "Did Lavrov meet the Philippines' president?")).toBe('who the president is');
		expect(findOfficeNobodyHolds(briefing, "Did Russia's president call Pakistan's president?")).toBe(
			'who the president is',
		);
	});

	test('GIVEN an office someone of that country holds, no office, or one no one in the fact sheet holds THEN nothing', () => {
		expect(findOfficeNobodyHolds(briefing, "Did Lavrov meet Russia's president?")).toBeUndefined();
		// The nouns after the possessive end at a verb ("army meet President …"), and an owner is no office.
		expect(findOfficeNobodyHolds(briefing, "Did Pakistan's army meet President Putin?")).toBeUndefined();
		expect(findOfficeNobodyHolds(briefing, "Did Lavrov brief Pakistan's president's spokesman?")).toBeUndefined();
		// Nor past a word opening a clause: the phrase's head is "office", no person.
		expect(findOfficeNobodyHolds(briefing, "What is Chile's trade office offering diplomats?")).toBeUndefined();
		// No one is called an envoy: it may be another name of an office someone holds.
		expect(findOfficeNobodyHolds(briefing, "What did Moscow's envoy say about trade?")).toBeUndefined();
	});
});

describe('findPersonAsked and findPersonOfRole', () => {
	test('GIVEN a description with a clause after it THEN the person it describes', () => {
		expect(findPersonAsked(briefing, 'who is the russian president imran khan invited')?.name).toMatch(/Putin/u);
		expect(findPersonAsked(briefing, 'who is the army chief that lavrov met')?.name).toMatch(/Bajwa/u);
	});

	test('GIVEN "which <role>" and a quote naming several people THEN the one of that role and country', () => {
		const quote = 'The minister met Prime Minister Imran Khan, COAS Bajwa and FM Qureshi.';
		expect(findPersonOfRole(briefing, 'Which army chief met Lavrov?', quote)).toMatch(/Bajwa/u);
		// An aside in brackets is no part of the role.
		expect(findPersonOfRole(briefing, 'Which army chief (COAS) met Lavrov?', quote)).toMatch(/Bajwa/u);
		expect(findPersonOfRole(briefing, 'Which chilean minister met Lavrov?', quote)).toBeUndefined();
		// Someone the question names is not who it asks for.
		expect(findPersonOfRole(briefing, 'Which army chief did Bajwa meet?', quote)).toBeUndefined();
		expect(findPersonOfRole(briefing, 'which army chief did bajwa meet', quote)).toBeUndefined();
	});

	test('GIVEN a nationality in the role THEN only people of that country fit', () => {
		const russian = fitsNationalityAsked(briefing, 'Which Russian official did they meet?', undefined);
		const fitting = briefing.knowledge.people.filter(russian).map((person) => person.country);
		expect(new Set(fitting)).toEqual(new Set(['Russia']));
	});

	test('GIVEN a role before a verb of no fixed list ("put out") THEN its nationality still rules out the others', () => {
		const russian = fitsNationalityAsked(briefing, 'Which Russian spokesperson put out the statement?', undefined);
		const fitting = briefing.knowledge.people.filter(russian).map((person) => person.country);
		expect(new Set(fitting)).toEqual(new Set(['Russia']));
		// "Press" is a verb too: the role runs on to the word for a person, whom no one of the fact sheet is.
		const quote = 'Lavrov said so in a statement.';
		expect(findPersonOfRole(briefing, 'Which Russian press aide put out the statement?', quote)).toBeUndefined();
		// "What did the PM call it": "what" is the object; no role, so no nationality either.
		const anyone = fitsNationalityAsked(briefing, 'What did the Russian minister put it down to?', undefined);
		expect(briefing.knowledge.people.every(anyone)).toBe(true);
	});
});

describe('findNationalityNoOneHas', () => {
	test('GIVEN people of a nationality no one in the knowledge has THEN that is the missing detail', () => {
		expect(findNationalityNoOneHas(briefing, 'Which Afghan officials did Lavrov meet on this trip?')).toBe(
			'which afghan officials',
		);
		// The knowledge has Pakistanis; "what has …" asks no role; a place is no person.
		expect(findNationalityNoOneHas(briefing, 'which pakistani officials did lavrov meet')).toBeUndefined();
		expect(findNationalityNoOneHas(briefing, 'What has the American president said about it?')).toBeUndefined();
		expect(findNationalityNoOneHas(briefing, 'Which Afghan city was named?')).toBeUndefined();
		// A country of two words is one name: Biden is American.
		expect(findNationalityNoOneHas(briefing, 'Which American leader said the deadline will be hard?')).toBeUndefined();
	});
});

describe('findGroupNoOneIsOf', () => {
	test('GIVEN a person of a group no one of the fact sheet belongs to THEN the detail is missing, in words', () => {
		expect(findGroupNoOneIsOf(briefing, 'Which Taliban leaders went to the talks?')).toBe('which taliban leaders');
		expect(findGroupNoOneIsOf(briefing, 'who led the Taliban delegation at the talks')).toBe(
			'who led the taliban delegation',
		);
		expect(findGroupNoOneIsOf(briefing, 'who represented the taliban?')).toBe('who represented the taliban');
		// In the present, with the group's owner in the possessive.
		expect(findGroupNoOneIsOf(briefing, "Who leads the Taliban's delegation at the Doha talks?")).toBe(
			"who leads the taliban's delegation",
		);
	});

	test('GIVEN "who is the <office> of <group>" THEN the office of a group no one is of is missing; of a country, not here', () => {
		expect(findGroupNoOneIsOf(briefing, 'who is the chief of the taliban?')).toBe('who is the chief of the taliban');
		expect(findGroupNoOneIsOf(briefing, 'who is the president of russia')).toBeUndefined();
	});

	test('GIVEN a group of a country none of the fact sheet is of THEN the detail is missing; of a known one, not', () => {
		expect(findGroupNoOneIsOf(briefing, "Who headed the Afghan government's delegation at the talks?")).toBe(
			"who headed the afghan government's delegation",
		);
		expect(findGroupNoOneIsOf(briefing, 'who led the russian delegation')).toBeUndefined();
	});

	test('GIVEN a common word, a country or no group THEN nothing is missing by this reading', () => {
		expect(findGroupNoOneIsOf(briefing, 'which army officers met him?')).toBeUndefined();
		expect(findGroupNoOneIsOf(briefing, 'who represented russia?')).toBeUndefined();
		expect(findGroupNoOneIsOf(briefing, 'who led the talks?')).toBeUndefined();
	});
});

describe('findLeaderUnstated', () => {
	test('GIVEN who leads a thing no sentence on it says leads, nor any office is named for THEN that detail', () => {
		expect(findLeaderUnstated(briefing, 'who chaired the moscow afghan conference last month')).toBe('who chaired it');
		expect(findLeaderUnstated(briefing, 'Who heads the Pakistani side of the Inter-Governmental Commission?')).toBe(
			'who heads it',
		);
	});

	test('GIVEN an office named for what is led ("Chief of Army Staff", "a US-led invasion") THEN none', () => {
		expect(findLeaderUnstated(briefing, "Who leads Pakistan's army?")).toBeUndefined();
		expect(findLeaderUnstated(briefing, 'who heads the russian foreign ministry')).toBeUndefined();
		expect(findLeaderUnstated(briefing, 'who led the invasion in 2001')).toBeUndefined();
		expect(findLeaderUnstated(briefing, 'Who led the 2001 invasion of Afghanistan?')).toBeUndefined();
		// What is led may be named by the place it is in: "a US-led invasion in 2001" is stated.
		expect(findLeaderUnstated(briefing, 'who led the 2001 invasion in afghanistan')).toBeUndefined();
	});

	test('GIVEN a deed other than leading ("who hosted") THEN not asked so', () => {
		expect(findLeaderUnstated(briefing, 'who hosted the conference')).toBeUndefined();
	});
});

describe('isRuledOutByRole', () => {
	test('GIVEN "who is <an office>" THEN a person of another office is no answer', () => {
		const question = "who is pakistan's energy minister";
		const office = readOfficeAsked(briefing, question);
		expect(office).toBeDefined();
		expect(isRuledOutByRole(briefing, question, 'Imran Khan (Prime Minister of Pakistan)', office)).toBe(true);
		// A country's leader, however put, rules out no one: the nationality asked is checked elsewhere.
		for (const leader of ['Who is the Russian leader?', 'Who is the leader of Russia?']) {
			expect(isRuledOutByRole(briefing, leader, 'Vladimir Putin', readOfficeAsked(briefing, leader)), leader).toBe(
				false,
			);
		}
	});
});
