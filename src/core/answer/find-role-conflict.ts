import type { Briefing } from '../briefing.js';
import { containsWords } from '../text/match-phrase.js';
import type { Person } from '../types.js';

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
