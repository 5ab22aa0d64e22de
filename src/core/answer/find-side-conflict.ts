import type { Token } from '../text/analyze.js';
import type { ClaimElement, ClaimReading } from './read-claim.js';

// "Sided with", "on the same side", "on the rebels' side", "allied with", "backed", "helped", "stood with",
// "supporters of": one side.
const SAME_SIDE =
	/\b(?:sid(?:ed|es|ing|e)\s+with|on\s+(?:the\s+)?same\s+side|on\s+(?:the\s+)?[\p{L}.-]+['’]s?\s+side|allie[sd]|allied\s+with|back(?:ed|ing|s)|support(?:ed|ing|s)?|arm(?:ed|ing)|fund(?:ed|ing)|help(?:ed|ing|s)?|aid(?:ed|ing|s)?|assist(?:ed|ing|s)?|st(?:and|ood|anding)\s+with|(?:supporters?|backers?|allies|ally)\s+of)\b/iu;
// "Backed the Soviets' enemies", "on the fighters' side against the Soviets", "fought by rebels backed by Peru": the
// claim itself puts some apart, and who is on which side is its own to say.
const APART =
	/\b(?:against|enem(?:y|ies)|opponents?|foes?|rivals?|adversar(?:y|ies)|fought|fighting|battled|battling|resisted|resisting)\b/iu;
// The article's support for one party, and that party's fighting against another, in that order.
const SUPPORT =
	/^(?:supporters?|backers?|backed|backing|supported|supporting|support|allies|armed|arming|funded|funding)$/u;
const OPPOSE =
	/^(?:battled|battling|fought|fighting|fight|against|opposed|opposing|resisted|resisting|attacked|attacking)$/u;

/**
 * "Peru sided with the rebels" where the article has Peru back those who fought the rebels: whether a claim that its
 * two named parties were on one side meets a sentence that has one back those who fought the other, or one fight the
 * other. The alliance is the claim's; the opposition the article's, told by words of support and of fighting between
 * the two names. Negated claims ("never sided with") say the same as the article and are left to the comparison.
 */
export function findSideConflict(reading: ClaimReading, tokens: readonly Token[]): boolean {
	if (reading.negated) return false;
	const side = SAME_SIDE.exec(reading.text);
	if (side === null || APART.test(reading.text)) return false;
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
	return pairs.some(
		([first, second]) =>
			backsOpponents(first, second, tokens) ||
			backsOpponents(second, first, tokens) ||
			fights(first, second, tokens) ||
			fights(second, first, tokens),
	);
}

/** Whether the sentence has `fighter` fight `opponent` ("the rebels who battled Chilean forces"). */
function fights(fighter: ClaimElement, opponent: ClaimElement, tokens: readonly Token[]): boolean {
	const from = findName(fighter, tokens, 0);
	if (from === undefined) return false;
	const oppose = tokens.findIndex(
		(token, i) => i > from.end && i - from.end <= FIGHTER_REACH && OPPOSE.test(token.norm),
	);
	const to = oppose === -1 ? undefined : findName(opponent, tokens, oppose + 1);
	return to !== undefined && to.start - oppose <= OPPONENT_REACH;
}

/** Whether the sentence has `supporter` back those who fight `opponent` ("backed the rebels who fought Chile"). */
function backsOpponents(supporter: ClaimElement, opponent: ClaimElement, tokens: readonly Token[]): boolean {
	const from = findName(supporter, tokens, 0);
	if (from === undefined) return false;
	const support = tokens.findIndex((token, i) => i > from.end && SUPPORT.test(token.norm));
	const oppose = support === -1 ? -1 : tokens.findIndex((token, i) => i > support && OPPOSE.test(token.norm));
	const to = oppose === -1 ? undefined : findName(opponent, tokens, oppose + 1);
	// The opponent right after the fighting ("battled occupying Soviet forces"), not a name further on; one clause:
	// the opponent not named between the supporter and the fighting.
	return (
		to !== undefined &&
		to.start - oppose <= OPPONENT_REACH &&
		findName(opponent, tokens.slice(0, oppose), from.end + 1) === undefined
	);
}

/** How many words may stand between the claim's phrase of siding and whom it sides with ("backing the"). */
const OBJECT_REACH = 2;
/** How many words before a word of fighting its fighter may be named ("the Islamist fighters who battled"). */
const FIGHTER_REACH = 3;
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
