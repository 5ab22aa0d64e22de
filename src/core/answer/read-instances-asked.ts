/**
 * "Which specific weapons will Peru sell?", "exactly which types of hardware …": a question asking which things of a
 * kind is answered where the article names one ("Mi-17 helicopters", "equipment such as drones"), not where it
 * names only the kind ("special military equipment").
 */
import type { SearchIndex } from '../search/search-index.js';
import type { Sentence } from '../types.js';

// The kind asked runs to the verb: "which specific military equipment will …", "which weapons exactly are …".
const KIND = String.raw`((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)`;
const VERB = String.raw`\s+(?:is|are|was|were|will|would|did|does|do|has|have|had|can|could|shall|should)\b`;
const SORT = String.raw`(?:(?:kinds?|types?|sorts?)\s+of\s+)?`;
const INSTANCES_ASKED = [
	new RegExp(String.raw`\b(?:what|which)\s+(?:specific|exact|particular|precise)\s+${SORT}${KIND}${VERB}`, 'iu'),
	new RegExp(String.raw`\bexactly\s+(?:what|which)\s+${SORT}${KIND}${VERB}`, 'iu'),
	new RegExp(String.raw`\bwhich\s+${KIND}\s+exactly${VERB}`, 'iu'),
];
// After the kind, its instances: "equipment such as drones", "hardware, including radars", "the fields of energy,
// railways and aviation".
const INSTANCES_FOLLOW =
	/^[\s,]*(?:such as|including|like|namely|:|(?:of|in)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s*,\s*[\p{L}-]+)/iu;
// What says which of a kind of no concrete thing: "a key role in bringing them together", "the sectors of energy".
const SAYS_WHICH = /^\s+(?:in|of|as|for)\s+\p{L}/iu;
/** How many words before the kind may name one of it: "Mi-17 transport helicopters", "12 armoured trucks". */
const NAME_REACH = 2;

/** The words of the kind a question asks the instances of ("military equipment"), if it asks so. */
export function readInstancesAsked(question: string): string | undefined {
	for (const pattern of INSTANCES_ASKED) {
		const kind = pattern.exec(question)?.[1];
		if (kind !== undefined) return kind;
	}
	return undefined;
}

/**
 * Whether the sentences speak of the kind only as a kind: one names it by its word, none names an instance of it by a
 * name or a number just before it, or a list it introduces. A kind of no concrete thing is said which by what follows
 * it ("a key role in bringing them together"). Undefined when none speaks of it: the article may name instances in
 * words of their own ("drones and radars"), which only the passages show.
 */
export function namesKindOnly(index: SearchIndex, kind: string, sentences: readonly Sentence[]): boolean | undefined {
	const heads = kind.split(/\s+(?:or|and)\s+/iu).map((part) => part.split(/\s+/u).at(-1) ?? '');
	const concrete = heads.some((head) => index.lookUpWord(head)?.concrete === true);
	// The kind by its own words or a close relative ("hardware" is spoken of as "equipment").
	const kindTerms = new Set(
		index
			.analyze(kind)
			.flatMap((concept) => [...concept.terms].flatMap(([term, weight]) => (index.isClose(weight) ? [term] : []))),
	);
	let spoken = false;
	for (const sentence of sentences) {
		const tokens = index.tokensOf(sentence.text);
		for (const [i, token] of tokens.entries()) {
			if (token.term === null || !kindTerms.has(token.term)) continue;
			spoken = true;
			const before = tokens.slice(Math.max(0, i - NAME_REACH), i);
			// A place's or people's name only says whose ("Russian equipment").
			const named = (word: (typeof tokens)[number]) =>
				(/^\p{Lu}/u.test(word.raw) && word.start > 0 && !index.isPlace(word.raw)) || /^\d/u.test(word.raw);
			if (before.some(named)) return false;
			const rest = sentence.text.slice(token.end);
			if (INSTANCES_FOLLOW.test(rest) || (!concrete && SAYS_WHICH.test(rest))) return false;
		}
	}
	return spoken ? true : undefined;
}
