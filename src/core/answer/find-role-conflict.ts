import type { Briefing } from '../briefing.js';
import { nameOffices } from '../people/link-people.js';
import type { Token } from '../text/analyze.js';
import { containsWords } from '../text/match-phrase.js';
import { GENERIC_PERSON_NOUNS } from '../text/word-classes.js';
import type { Person } from '../types.js';
import { isOwnName } from './extract-short-answer.js';
import { findCountriesNamed, isOwnNameWord } from './read-person-asked.js';

/** A person the claim puts in a role the article gives someone else ("the mayor was Ana Reed"). */
export interface RoleConflict {
	/** The person the article gives the role. */
	readonly holder: Person;
	/** The name the claim gives instead, as typed. */
	readonly claimed: string;
}

/** Shortest word of a person's name that names them ("Tom" does, "Al" does not). */
const MIN_NAME_WORD = 3;
/** Longest run of claim words read as a role ("peruvian army chief"). */
const MAX_ROLE_WORDS = 3;

/**
 * The stage of /check that catches a wrong holder of a role: the claim names someone the article never mentions,
 * and words a role that fits exactly one person of the fact sheet whom the claim does not name. A name is a run of
 * two or more words the article lacks, one at least no English word ("raheel sharif").
 */
export function findRoleConflict(briefing: Briefing, claim: string): RoleConflict | undefined {
	const { index, people, knowledge } = briefing;
	const words = claim.match(/[\p{L}][\p{L}’'-]*/gu) ?? [];
	const inArticle = (word: string) => index.termsOf(word).some((term) => index.hasTerm(term));
	const absent = words.map((word) => index.termsOf(word).length > 0 && !inArticle(word));
	// The name: the longest run of absent words that holds one no dictionary has as a common word.
	let claimed: { start: number; end: number } | undefined;
	for (let start = 0; start < words.length; start++) {
		let end = start;
		while (end < words.length && absent[end]) end++;
		const run = words.slice(start, end);
		// A person's name has two words at least: one unknown word alone is as likely chat ("asap").
		const named = run.length >= 2 && run.some((word) => !index.isCommonWord(word.toLowerCase()));
		if (named && (claimed === undefined || end - start > claimed.end - claimed.start)) claimed = { start, end };
		start = Math.max(start, end);
	}
	if (claimed === undefined) return undefined;
	// Named by a word of their own name ("luis"), not by a role alias ("army chief"): the claim speaks of them.
	const lower = claim.toLowerCase();
	const unnamed = new Set(
		knowledge.people.filter(
			(person) =>
				!person.name
					.toLowerCase()
					.split(' ')
					.some((word) => word.length >= MIN_NAME_WORD && containsWords(lower, word)),
		),
	);
	const rest = words.filter((_, i) => i < (claimed?.start ?? 0) || i >= (claimed?.end ?? 0));
	for (let length = MAX_ROLE_WORDS; length >= 1; length--) {
		for (let start = 0; start + length <= rest.length; start++) {
			const role = rest.slice(start, start + length).join(' ');
			const fits = people.fitting(role);
			const [holder] = fits;
			if (fits.length !== 1 || holder === undefined || !unnamed.has(holder)) continue;
			// A country alone ("the United States") names no role: a word of the role itself must be there.
			const roleTerms = new Set(index.termsOf(holder.role));
			const countryTerms = new Set(index.termsOf(holder.country));
			if (index.termsOf(role).some((term) => roleTerms.has(term) && !countryTerms.has(term))) {
				return { holder, claimed: words.slice(claimed.start, claimed.end).join(' ') };
			}
		}
	}
	return undefined;
}

/** A claim that gives a person of the article a role the article does not give them ("Reed is Peru's mayor"). */
export interface RoleMismatch {
	readonly person: Person;
	/** The role as the claim words it. */
	readonly claimed: string;
	/** Who the article gives that role, when someone: then the claim is contradicted. */
	readonly holder: Person | undefined;
}

// "Reed is the Peruvian mayor", "Reed was Peru's foreign minister": a name, a copula, a role.
const ROLE_CLAIM =
	/^\s*(.+?)(?:\s+(?:is|was|are|were|(?:serves|served|acts|acted)\s+as)|['’]s)\s+(?:(?:the|a|an)\s+)?(.+?)[\s.!?]*$/iu;
const HAS_VERB = /\b(?:is|was|are|were|has|have|had|will|would)\b/iu;
const ROLE_LAST = /^\s*(?:the\s+)?(.+?)\s+(?:is|was)\s+(?:called\s+|named\s+)?(.+?)[\s.!?]*$/iu;

/**
 * Whether the words name the person by a name of theirs ("Reed", "Tom Reed"), not by a role: an alias sharing a
 * word with their full name ("Russian FM" is a role, however it is capitalized).
 */
function isNameOf(person: Person, words: string): boolean {
	const plain = (text: string) => text.toLowerCase().replace(/’/gu, "'");
	return [person.name, ...person.aliases].some((alias) => plain(alias) === plain(words) && isOwnName(person, alias));
}

// "Reed was in Lima", "Reed is there": where someone is, not what.
const NOT_A_ROLE = /^(?:in|at|on|from|to|with|there|here|still|also|not)\b/iu;

/**
 * The stage of /check that reads "<person> is <role>": the role must fit the person as the fact sheet has them,
 * with any country it names being theirs ("Peru's", "Chilean"); a role that fits someone else names its holder.
 */
export function findRoleMismatch(briefing: Briefing, claim: string): RoleMismatch | undefined {
	// "Peru's army chief is Reed", "the mayor was Reed": the role first, one person's, and another person named.
	const [, role = '', name] = ROLE_LAST.exec(claim) ?? [];
	const named = name === undefined ? undefined : briefing.people.find(name);
	const holder = named === undefined ? undefined : briefing.people.find(role);
	if (named !== undefined && holder !== undefined && holder !== named && !isNameOf(holder, role)) {
		return { person: named, claimed: role, holder };
	}
	// "Peru's president is Reed" where the fact sheet gives Reed another office and no one that one.
	const unheld = named === undefined || holder !== undefined ? undefined : compareRole(briefing, named, role);
	if (unheld !== undefined) return unheld;
	const match = ROLE_CLAIM.exec(claim);
	// "Peru was the main backer": a country is no person, though its president's role names it.
	const subject = match?.[1] ?? '';
	if (briefing.index.isCountry(subject) || briefing.index.countriesOf(subject).length > 0) return undefined;
	const person = match === null ? undefined : briefing.people.find(subject);
	// "The mayor who was at the talks": the role is the noun phrase before its clause.
	const claimed = (match?.[2] ?? '').replace(/\s+(?:who|which|that)\b.*$/iu, '');
	// "Reed's visit was the first by a mayor": a possessive with a verb after it gives no role.
	const possessive = /^['’]s\b/u.test(claim.slice(claim.indexOf(subject) + subject.length));
	if (person === undefined || claimed === '' || NOT_A_ROLE.test(claimed) || (possessive && HAS_VERB.test(claimed))) {
		return undefined;
	}
	return compareRole(briefing, person, claimed);
}

/** Longest run of words before a name read as its title ("Peruvian Defence Minister Reed"). */
const MAX_TITLE_WORDS = 4;

/**
 * The stage of /check that reads titles: "Defence Minister Reed", "army chief lopez" must be the person's office,
 * as `findRoleMismatch` compares it. The title is the run of nouns and adjectives right before a person's name
 * that ends in a word for a person ("minister", "chief").
 */
export function findTitleMismatch(briefing: Briefing, claim: string): RoleMismatch | undefined {
	const { index } = briefing;
	const tokens = index.tokensOf(claim);
	// A title runs up to the name with nothing but spaces: "Khan, Reed" is two people, no title.
	const joins = (i: number) => /^\s+$/u.test(claim.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0));
	for (const { person, words } of namesOf(briefing)) {
		const at = tokens.findIndex((_, i) => words.every((word, j) => tokens[i + j]?.norm === word.norm));
		if (at <= 0 || words.length === 0) continue;
		// "Peru's foreign minister, Ana Reed, said …": a title set off by commas around the name, opening the claim, is
		// hers too; not one in a list ("with the mayor, Reed, and Diaz") or after a preposition ("after talks with …").
		const apposed =
			/^\s*,\s*$/u.test(claim.slice(tokens[at - 1]?.end ?? 0, tokens[at]?.start ?? 0)) &&
			/^\s*,(?!\s*and\b)/iu.test(claim.slice(tokens[at + words.length - 1]?.end ?? claim.length));
		let first = at;
		while (
			first > 0 &&
			at - first < MAX_TITLE_WORDS &&
			(joins(first) || (first === at && apposed)) &&
			(isTitleWord(index, tokens[first - 1]?.norm ?? '') || isTitleOfSomeone(briefing, tokens[first - 1]?.norm ?? ''))
		)
			first--;
		// Set off by commas, the title opens the claim (after "the" at most).
		if (apposed && first < at && !tokens.slice(0, first).every((token) => /^(?:the|a|an)$/u.test(token.norm))) continue;
		const title = tokens.slice(first, at);
		const head = title.at(-1)?.norm ?? '';
		const titled = claim.slice(title[0]?.start ?? 0, title.at(-1)?.end ?? 0);
		// "PM", "FM": an abbreviation English files otherwise ("PM" is the afternoon) is a title where it fits someone.
		if (
			title.length === 0 ||
			(index.lookUpWord(head)?.entity !== 'person' && briefing.people.fitting(titled).length === 0)
		)
			continue;
		const mismatch = compareRole(briefing, person, titled);
		if (mismatch !== undefined) return mismatch;
	}
	return undefined;
}

const personNames = new WeakMap<Briefing, { person: Person; words: readonly Token[] }[]>();

/** Every name and alias of the fact sheet's people, as words: read once per briefing, not per claim. */
function namesOf(briefing: Briefing): { person: Person; words: readonly Token[] }[] {
	let names = personNames.get(briefing);
	if (names === undefined) {
		names = briefing.knowledge.people.flatMap((person) =>
			[person.name, ...person.aliases].map((name) => ({ person, words: briefing.index.tokensOf(name) })),
		);
		personNames.set(briefing, names);
	}
	return names;
}

/** A word that may stand in a title: a noun, an adjective or a country's word, not a verb or a name of its own. */
function isTitleWord(index: Briefing['index'], norm: string): boolean {
	const pos = index.lookUpWord(norm)?.pos;
	return pos === 'noun' || pos === 'adjective' || index.countriesOf(norm).length > 0;
}

/** Whether a word is a title someone goes by ("COAS", which English lacks), not a word of their own name ("Imran"). */
function isTitleOfSomeone(briefing: Briefing, norm: string): boolean {
	return briefing.people.fitting(norm).length > 0 && !isOwnNameWord(briefing, norm);
}

/** Whether a role, as a claim words it, is the person's; if not, who holds it. */
function compareRole(briefing: Briefing, person: Person, claimed: string): RoleMismatch | undefined {
	const { index } = briefing;
	const role = nameOffices(claimed);
	const countries = findCountriesNamed(index, role);
	const ofCountry = (other: Person) =>
		countries.size === 0 || index.termsOf(other.country).some((term) => countries.has(term));
	const fits = briefing.people.fitting(role).filter(ofCountry);
	if (fits.includes(person)) return undefined;
	// Only an office is compared: "Reed is a veteran" or "Reed is Lopez's friend" may be true of anyone, and a
	// leader or a head may lead under any title. The office is the noun before any "of" ("president of Peru").
	const head = index.tokensOf(role.split(/\s+(?:of|to|in|for)\s+/iu)[0] ?? role).at(-1)?.norm ?? '';
	if (fits.length === 0 && (GENERIC_PERSON_NOUNS.has(head) || index.lookUpWord(head)?.entity !== 'person')) {
		return undefined;
	}
	return { person, claimed, holder: fits.length === 1 ? fits[0] : undefined };
}
