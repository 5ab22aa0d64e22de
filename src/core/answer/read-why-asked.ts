/**
 * "Why is Peru worried about …", "why did Lima praise …": a question asking why a party is or does something is
 * answered where the article says that party is or does it ("Peru is concerned about unrest spilling over"), not
 * where the feeling or the deed is only named ("a common concern is …", Peru's ministry said).
 */
import type { SearchIndex } from '../search/search-index.js';
import type { Token } from '../text/analyze.js';
import { ATTRIBUTION_VERBS } from '../text/word-classes.js';
import type { Sentence } from '../types.js';

/** Who a "why" question asks about and what it says of them, as typed. */
export interface WhyAsked {
	/** The party ("Russia", "the Kremlin"). */
	readonly subject: string;
	/** The word the question says of it ("worried", "praise"). */
	readonly predicate: string;
}

// "Why is Peru (so) worried", "why did Lima praise", "why does Moscow care".
// Case matters: a capitalized name may run to two words ("New Delhi"), a word typed in lower case is one.
const WHY_ASKED =
	/^\s*[Ww]hy\s+(?:is|are|was|were|does|do|did|has|have|had)\s+((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?|\p{Ll}+)\s+(?:(?:so|very|really|that|this|still|now|even|actually|ever|just)\s+)*(\p{L}+)/u;

/** The party and the word a "why" question asks about, if it asks why a party is or does something. */
export function readWhyAsked(question: string): WhyAsked | undefined {
	const [, subject, predicate] = WHY_ASKED.exec(question) ?? [];
	if (subject === undefined || predicate === undefined) return undefined;
	// "Why did Reed say …" asks why of what was said, not of the saying.
	if (ATTRIBUTION_VERBS.has(predicate.toLowerCase())) return undefined;
	return { subject, predicate };
}

/** How many words may stand between the party and the word said of it ("Peru is deeply concerned"). */
const PREDICATE_REACH = 3;

/**
 * Whether a sentence says of the party what the question does: a word for the party (itself or a close relative:
 * "Moscow" for Russia) at most a few words before a word for what is said of it ("concerned" for "worried").
 */
export function createPredicateCheck(index: SearchIndex, asked: WhyAsked): (sentence: Sentence) => boolean {
	const closeTerms = (text: string) => new Set(index.analyze(text).flatMap(index.closeTermsOf));
	const is = (terms: ReadonlySet<string>) => (token: Token | undefined) => token?.term != null && terms.has(token.term);
	const isSubject = is(closeTerms(asked.subject));
	const isPredicate = is(closeTerms(asked.predicate));
	return (sentence) => {
		const tokens = index.tokensOf(sentence.text);
		return tokens.some(
			(token, i) => isPredicate(token) && tokens.slice(Math.max(0, i - PREDICATE_REACH), i).some(isSubject),
		);
	};
}
