import type { Token } from '../text/analyze.js';
import type { ClaimElement, ClaimReading } from './read-claim.js';

/**
 * "Peru sided with the rebels" where the article has Peru back those who fought the rebels: a claim that two parties
 * were on one side, against a sentence in which one supports the other's enemies. The alliance is the claim's; the
 * opposition the article's, told by a word of support and a word of fighting between the two names.
 */
export interface SideConflict {
	/** The sentence's words from the supporter to the opponent ("Peru … backed the militias who fought the rebels"). */
	readonly phrase: string;
}

// "Sided with", "on the same side", "on the rebels' side", "allied with", "backed", "supported": one side.
const SAME_SIDE =
	/\b(?:sid(?:ed|es|ing|e)\s+with|on\s+(?:the\s+)?same\s+side|on\s+(?:the\s+)?[\p{L}.-]+['’]s?\s+side|allie[sd]|allied\s+with|back(?:ed|ing|s)|support(?:ed|ing|s)?|arm(?:ed|ing)|fund(?:ed|ing))\b/iu;
// The article's support for one party, and that party's fighting against another, in that order.
const SUPPORT =
	/^(?:supporters?|backers?|backed|backing|supported|supporting|support|allies|armed|arming|funded|funding)$/u;
const OPPOSE =
	/^(?:battled|battling|fought|fighting|fight|against|opposed|opposing|resisted|resisting|attacked|attacking)$/u;

/**
 * A claim that its two named parties were on one side, against a sentence that has the first back those who fought
 * the second (or the second back those who fought the first). Negated claims ("never sided with") say the same as
 * the article and are left to the comparison.
 */
export function findSideConflict(
	reading: ClaimReading,
	sentence: string,
	tokens: readonly Token[],
): SideConflict | undefined {
	if (reading.negated) return undefined;
	const side = SAME_SIDE.exec(reading.text);
	if (side === null) return undefined;
	const names = reading.elements.filter((element) => element.kind === 'name');
	const before = names.filter((element) => reading.text.indexOf(element.label) < side.index);
	const after = names.filter((element) => reading.text.indexOf(element.label) >= side.index);
	// "Peru and Chile were on the same side", "were allies": the two before; "Peru sided with Chile", "was on Chile's
	// side": who sides before the phrase, with whom the first name from it on.
	const mutual = /\bsame\s+side\b|^allies$/iu.test(side[0]);
	// The one sided with right after the phrase ("backed the Soviet forces"), not a name further on: "backed the
	// fighters who took on the Soviets" says what the article does.
	const [object] = after.filter(
		(element) =>
			reading.text
				.slice(side.index + side[0].length, reading.text.indexOf(element.label))
				.split(/\s+/u)
				.filter((word) => word !== '').length <= OBJECT_REACH,
	);
	const pairs: [ClaimElement, ClaimElement][] = mutual
		? before.flatMap((first, i) => before.slice(i + 1).map((second): [ClaimElement, ClaimElement] => [first, second]))
		: object === undefined
			? []
			: before.map((first): [ClaimElement, ClaimElement] => [first, object]);
	for (const [first, second] of pairs) {
		const phrase = findOpposition(first, second, sentence, tokens) ?? findOpposition(second, first, sentence, tokens);
		if (phrase !== undefined) return { phrase };
	}
	return undefined;
}

/** Where the sentence has `supporter` back those who fight `opponent`: its words from one to the other. */
function findOpposition(
	supporter: ClaimElement,
	opponent: ClaimElement,
	sentence: string,
	tokens: readonly Token[],
): string | undefined {
	const from = findName(supporter, tokens, 0);
	if (from === undefined) return undefined;
	const support = tokens.findIndex((token, i) => i > from.end && SUPPORT.test(token.norm));
	if (support === -1) return undefined;
	const oppose = tokens.findIndex((token, i) => i > support && OPPOSE.test(token.norm));
	if (oppose === -1) return undefined;
	const to = findName(opponent, tokens, oppose + 1);
	// The opponent right after the fighting ("battled occupying Soviet forces"), not a name further on.
	if (to === undefined || to.start - oppose > OPPONENT_REACH) return undefined;
	// One clause: no other party between the support and the fighting is the opponent's.
	if (findName(opponent, tokens.slice(0, oppose), from.end + 1) !== undefined) return undefined;
	// To the end of the opponent's clause: "battled occupying Soviet forces", not "… Soviet".
	const start = tokens[from.start]?.start ?? 0;
	const end = sentence.slice(tokens[to.end]?.end ?? sentence.length).search(/[,;:.!?]|$/u);
	return sentence.slice(start, (tokens[to.end]?.end ?? sentence.length) + end).trim();
}

/** How many words may stand between the claim's phrase of siding and whom it sides with ("backing the"). */
const OBJECT_REACH = 2;
/** How many words after a word of fighting its opponent may be named ("battled occupying Soviet forces"). */
const OPPONENT_REACH = 3;

/** The first run of tokens from `start` that states the name by one of its stem sequences. */
function findName(
	element: ClaimElement,
	tokens: readonly Token[],
	start: number,
): { start: number; end: number } | undefined {
	for (let i = start; i < tokens.length; i++) {
		for (const sequence of element.alternatives) {
			if (sequence.length > 0 && sequence.every((stem, k) => tokens[i + k]?.term === stem)) {
				return { start: i, end: i + sequence.length - 1 };
			}
		}
	}
	return undefined;
}
