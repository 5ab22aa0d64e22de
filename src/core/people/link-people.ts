import type { Person } from '../types.js';
import type { PersonFinder } from './find-person.js';

// "Santiago's chief diplomat", "Ruiz's top diplomat", "Peru's army chief": an owner, then a role of a few words;
// or "(the) Elysée boss", "Russian leader": a place or its people, then its leader or envoy.
// The role's words are looked ahead at, so that a possessive among them starts a role of its own ("Did Lima's
// envoy meet Chile's premier").
const POSSESSIVE_ROLE =
	/(\p{L}+)['’]s?\s+(?=((?:[\p{L}-]+\s+){0,2}[\p{L}-]+))|\b(\p{L}+)\s+(boss|leader|chief|head|envoy|emissary)\b/giu;
// A country's leader, unnamed, is its head of state or, failing one, of government; its envoy, where the knowledge
// has no one called so, its ambassador or, failing one, its foreign minister.
const OFFICES_OF: readonly [RegExp, readonly string[]][] = [
	[/^(?:boss|leader|chief|head)$/iu, ['president', 'prime minister']],
	[/^(?:envoy|emissary|diplomat)$/iu, ['ambassador', 'foreign minister']],
];
const POSTED_ENVOY = /\b(?:envoy|emissary|diplomat)s?\s+(?:to|at|in)\b/iu;
// "Russia's envoy for Afghanistan", "the envoy on climate": a special envoy for a matter, neither its ambassador nor
// its foreign minister; only someone the knowledge calls so.
const ENVOY_FOR = /\b(?:envoy|emissary)s?\s+(?:for|on)\b/iu;

/**
 * The people a question names by role rather than by name ("Santiago's chief diplomat" is Soto): for each
 * possessive, the one person whose role fits the owner's country and the role (or, failing that, its last word, the
 * title itself: "chief diplomat" → diplomat). An owner who is a person stands for their country ("Ruiz's top
 * diplomat"). Only a role that fits one person links.
 *
 * Also the question with each role put as the name of the one person holding it (`renamed`: "What did Santiago's
 * chief diplomat say" → "What did Ana Soto say"): the role's own words ("chief diplomat") would otherwise find the
 * passages using them, whoever they describe. Undefined when no role links, or only roles in their holders' own
 * titles.
 */
export function linkRoles(
	question: string,
	people: PersonFinder,
	/** Whether a word names a person ("envoy", "minister"): a role ends in one ("diplomatic service" does not). */
	isPersonNoun: (word: string) => boolean,
	/** Whether a word is a place or its people ("Kremlin", "Russian"): only those have a leader or an envoy. */
	isPlace: (word: string) => boolean = () => true,
): { readonly people: Person[]; readonly renamed: string | undefined } {
	const named = nameOffices(question);
	const links = findRoleLinks(named, people, isPersonNoun, isPlace);
	// A role in the person's own title, as asked ("Peru's foreign minister"), finds them by its words: kept as asked.
	const ownTitle = ({ person, start, roleAt, end }: RoleLink) =>
		question.includes(named.slice(start, end)) && people.fitting(named.slice(roleAt, end)).includes(person);
	const renaming = links.filter((link) => !ownTitle(link));
	let renamed: string | undefined;
	if (renaming.length > 0) {
		renamed = '';
		let at = 0;
		for (const { person, start, end } of renaming) {
			if (start < at) continue;
			// "The Kremlin boss" is the name, without "the".
			renamed += `${named.slice(at, start).replace(/\bthe\s+$/iu, '')}${person.name}`;
			at = end;
		}
		renamed += named.slice(at);
	}
	return { people: [...new Set(links.map(({ person }) => person))], renamed };
}

interface RoleLink {
	readonly person: Person;
	/** Where the owner, the role and its end stand in the question with offices named (see `nameOffices`). */
	readonly start: number;
	readonly roleAt: number;
	readonly end: number;
}

function findRoleLinks(
	named: string,
	people: PersonFinder,
	isPersonNoun: (word: string) => boolean,
	isPlace: (word: string) => boolean,
): RoleLink[] {
	const links: RoleLink[] = [];
	// "Peru's envoy to the UN" is an ambassador, never the foreign minister.
	const posted = POSTED_ENVOY.test(named);
	const special = ENVOY_FOR.test(named);
	for (const match of named.matchAll(POSSESSIVE_ROLE)) {
		const owner = match[1] ?? match[3] ?? '';
		// "The Kremlin boss", "Russian leader" are a country's leader; "the department head" is none ("the army
		// chief" still names the one holding that title).
		const ownedByPlace = match[3] === undefined || isPlace(owner);
		const words = match[2] ?? match[4] ?? '';
		const country = people.find(owner)?.country ?? owner;
		// The role is the longest run of the words after the owner that fits someone ("top diplomat rate teamwork").
		const runs = words
			.split(/\s+/u)
			.map((_, i, all) => all.slice(0, all.length - i))
			.flatMap((run) => {
				const roles = [run.join(' '), run.at(-1) ?? ''].flatMap((role) => {
					const offices =
						ownedByPlace && !special ? (OFFICES_OF.find(([pattern]) => pattern.test(role))?.[1] ?? []) : [];
					const own = isPersonNoun(role.split(' ').at(-1) ?? '') ? [role] : [];
					return [...own, ...(posted ? offices.filter((office) => office !== 'foreign minister') : offices)];
				});
				return roles.map((role) => ({ role, length: run.join(' ').length }));
			});
		const start = match.index;
		const wordsAt = start + match[0].length - (match[4]?.length ?? 0);
		for (const { role, length } of runs) {
			const all = people.fitting(`${country} ${role}`);
			// "Chile's foreign minister" fits Peru's as well when each is the other's counterpart: the owner's own.
			const fits =
				all.length > 1 ? all.filter((person) => person.country.toLowerCase() === country.toLowerCase()) : all;
			if (fits.length !== 1 && all.length > 1) break;
			const [person] = fits;
			if (person !== undefined) {
				links.push({ person, start, roleAt: wordsAt, end: wordsAt + length });
				break;
			}
		}
	}
	return links;
}

// General newsroom names of offices, by the title a fact sheet gives them: "Peru's top diplomat" is its foreign
// minister, "the head of government" a prime minister. None is a word of one article.
const OFFICE_NAMES: readonly [RegExp, string][] = [
	[/\b(?:top|chief)\s+(?:diplomat|envoy)\b|\bforeign\s+(?:chief|boss)\b/giu, 'foreign minister'],
	[/\bhead\s+of\s+government\b/giu, 'prime minister'],
	[/\bhead\s+of\s+state\b/giu, 'president'],
	[/\b(?:military|army)\s+(?:boss|head)\b|\btop\s+general\b/giu, 'army chief'],
];

/** A question with newsroom names of offices put as titles ("Peru's top diplomat" → "Peru's foreign minister"). */
export function nameOffices(question: string): string {
	return OFFICE_NAMES.reduce((text, [pattern, title]) => text.replace(pattern, title), question);
}
