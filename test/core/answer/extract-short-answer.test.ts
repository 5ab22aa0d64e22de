import { beforeAll, describe, expect, test } from 'vitest';
import { findAcronymDefinition, findPeopleNotNamed } from '../../../src/core/answer/extract-short-answer.js';
import type { Briefing } from '../../../src/core/briefing.js';
import { loadRealBriefing } from '../../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

describe('findPeopleNotNamed', () => {
	test('GIVEN a question naming a person by any of their names, in any case THEN that person is left out', () => {
		const { people } = briefing.knowledge;
		const lavrov = people.find((person) => person.name.includes('Lavrov'));
		const alias = lavrov?.aliases[0] ?? '';
		for (const question of [`Who met ${lavrov?.name}?`, `who did ${alias.toLowerCase()} meet?`]) {
			const others = findPeopleNotNamed(people, question);
			expect(others).not.toContain(lavrov);
			expect(others).toHaveLength(people.length - 1);
		}
	});

	test('GIVEN a question naming no one THEN everyone is left in', () => {
		expect(findPeopleNotNamed(briefing.knowledge.people, 'Who signed the deal?')).toEqual(briefing.knowledge.people);
	});
});

describe('findAcronymDefinition', () => {
	test('GIVEN an acronym the article spells out THEN its expansion and paragraph are found, in any case', () => {
		for (const acronym of ['IGC', 'igc']) {
			const found = findAcronymDefinition(acronym, briefing.knowledge.article.paragraphs);
			expect(found?.expansion).toBe('Inter-Governmental Commission');
			expect(found?.paragraph.text).toContain(`${found?.expansion} (IGC)`);
		}
	});

	test('GIVEN an acronym the article never brackets THEN nothing is found', () => {
		expect(findAcronymDefinition('NATO', briefing.knowledge.article.paragraphs)).toBeUndefined();
	});
});
