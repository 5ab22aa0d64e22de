import { beforeAll, describe, expect, test } from 'vitest';
import type { Briefing } from '../../../src/core/briefing.js';
import { findMentions } from '../../../src/core/people/find-mentions.js';
import { createPersonFinder } from '../../../src/core/people/find-person.js';
import type { Person } from '../../../src/core/types.js';
import { loadRealBriefing } from '../../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

/** A person of the fact sheet with only a role and a country, for a finder of their own. */
const personOf = (id: string, role: string, country = ''): Person => ({
	id,
	name: `Person ${id}`,
	role,
	country,
	aliases: [],
	pin: { paragraph: 1, quote: '' },
	mentions: [],
});

describe('createPersonFinder', () => {
	test.each([
		['Shah Mehmood Qureshi', 'qureshi'],
		['quereshi', 'qureshi'],
		['Sergei Lavrov', 'lavrov'],
		['LAVROV', 'lavrov'],
		['army chief', 'bajwa'],
		['COAS', 'bajwa'],
		['bajwa', 'bajwa'],
		['putin', 'putin'],
	])('GIVEN "%s" THEN it finds %s', (name, id) => {
		expect(briefing.people.find(name)?.id).toBe(id);
	});

	test.each([
		['the prime minister', 'imran-khan'],
		['the premier', 'imran-khan'],
		["Pakistan's top diplomat", 'qureshi'],
		["Russia's top diplomat", 'lavrov'],
		['the US president', 'biden'],
	])('GIVEN the role "%s" THEN it finds %s, whose role, country or alias names every word', (role, id) => {
		expect(briefing.people.find(role)?.id).toBe(id);
	});

	test('GIVEN a country and an office the two counterparts share THEN only that country’s holder fits', () => {
		expect(briefing.people.fitting('Pakistani foreign minister').map((person) => person.id)).toEqual(['qureshi']);
		expect(briefing.people.fitting('Russian foreign minister').map((person) => person.id)).toEqual(['lavrov']);
	});

	test('GIVEN a role two people share THEN no one is picked', () => {
		expect(briefing.people.find('the foreign minister')).toBeUndefined();
	});

	test('GIVEN two envoys whose roles have the same words THEN the country named first is the holder’s', () => {
		const { index } = briefing;
		const finder = createPersonFinder(
			[
				personOf('one', "Russia's ambassador to Pakistan", 'Russia'),
				personOf('two', "Pakistan's ambassador to Russia", 'Pakistan'),
			],
			{ analyze: index.analyze, termsOf: index.termsOf, isClose: index.isClose },
		);
		expect(finder.fitting('the Russian ambassador to Pakistan')).toHaveLength(2);
		expect(finder.find('the Russian ambassador to Pakistan')?.id).toBe('one');
		expect(finder.find("Pakistan's ambassador in Moscow")?.id).toBe('two');
		expect(finder.find('the ambassador')).toBeUndefined();
	});

	test('GIVEN one envoy, posted in a country THEN a description opening with that country does not fit them', () => {
		const { index } = briefing;
		const finder = createPersonFinder([personOf('one', "Moscow's ambassador to Islamabad", 'Russia')], {
			analyze: index.analyze,
			termsOf: index.termsOf,
			isClose: index.isClose,
			countriesOf: index.countriesOf,
		});
		expect(finder.find("Pakistan's ambassador in Moscow")).toBeUndefined();
		expect(finder.find("Russia's ambassador")?.id).toBe('one');
		expect(finder.find('the Russian ambassador to Pakistan')?.id).toBe('one');
	});

	test("GIVEN a deputy, and officials of no known country THEN the office is not the deputy's; the host's is the other's, but not an envoy", () => {
		const { index } = briefing;
		const finder = createPersonFinder(
			[
				personOf('deputy', "Russia's deputy minister of energy", 'Russia'),
				personOf('federal', 'Federal Minister for Energy'),
				personOf('envoy', 'the ambassador'),
			],
			index,
			'Pakistan',
		);
		expect(finder.find('the energy minister')?.id).toBe('federal');
		expect(finder.find("Pakistan's energy minister")?.id).toBe('federal');
		expect(finder.find("Chile's energy minister")).toBeUndefined();
		expect(finder.find("Russia's deputy energy minister")?.id).toBe('deputy');
		// An ambassador in the host country is another country's.
		expect(finder.find("Pakistan's ambassador")).toBeUndefined();
		expect(finder.find('the ambassador')?.id).toBe('envoy');
		// A role is no one's name: "who is Chile's ambassador" asks for an office.
		expect(finder.findByName('ambassador')).toBeUndefined();
		expect(finder.findByName('Person envoy')?.id).toBe('envoy');
	});

	test('GIVEN a name no one has THEN nothing is found but suggestions are given', () => {
		expect(briefing.people.find('Angela Merkel')).toBeUndefined();
		expect(briefing.people.suggest('Imran Kahn').map((person) => person.id)).toContain('imran-khan');
	});
});

describe('findMentions', () => {
	test('GIVEN a person THEN every mention quotes a sentence of its paragraph that names them', () => {
		const qureshi = briefing.people.find('Qureshi');
		if (qureshi === undefined) throw new Error('Qureshi missing from the fact sheet');
		const mentions = findMentions(qureshi, briefing.knowledge.article.paragraphs);
		expect(mentions.map((mention) => mention.paragraph.number)).toEqual(qureshi.mentions);
		for (const mention of mentions) expect(mention.paragraph.text).toContain(mention.quote.text);
	});
});
