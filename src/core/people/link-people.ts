import type { Person } from '../types.js';
import type { PersonFinder } from './find-person.js';

// "Santiago's chief diplomat", "Ruiz's top diplomat", "Peru's army chief": an owner, then a role of a few words.
const POSSESSIVE_ROLE = /(\p{L}+)['’]s?\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/gu;

/**
 * The people a question names by role rather than by name ("Santiago's chief diplomat" is Soto): for each
 * possessive, the one person whose role fits the owner's country and the role (or, failing that, its last word, the
 * title itself: "chief diplomat" → diplomat). An owner who is a person stands for their country ("Ruiz's top
 * diplomat"). Only a role that fits one person links.
 */
export function linkPeopleByRole(question: string, people: PersonFinder): Person[] {
	const linked: Person[] = [];
	for (const [, owner = '', words = ''] of question.matchAll(POSSESSIVE_ROLE)) {
		const country = people.find(owner)?.country ?? owner;
		// The role is the longest run of the words after the owner that fits someone ("top diplomat rate teamwork").
		const roles = words
			.split(/\s+/u)
			.map((_, i, all) => all.slice(0, all.length - i))
			.flatMap((role) => [role.join(' '), role.at(-1) ?? '']);
		for (const description of roles.map((role) => `${country} ${role}`)) {
			const fits = people.fitting(description);
			if (fits.length > 1) break;
			const [person] = fits;
			if (person !== undefined) {
				if (!linked.includes(person)) linked.push(person);
				break;
			}
		}
	}
	return linked;
}
