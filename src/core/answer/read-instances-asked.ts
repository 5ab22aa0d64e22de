/**
 * "Which specific weapons will Peru sell?", "exactly which types of hardware …": a question asking which things of a
 * kind is answered where the article names one ("Mi-17 helicopters", "equipment such as drones"), not where it
 * names only the kind ("special military equipment").
 */
import type { SearchIndex } from '../search/search-index.js';
import { isPossessive, type Token } from '../text/analyze.js';
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
// After the kind, its instances: "equipment such as drones", "issues … including peace"; or the fields a list names
// ("the fields of energy, railways and aviation"); or its name ("a hotel called the Marlow").
const LISTED_BY_WORD = /^[\s,…—–-]*(?:\.\.\.\s*)?(?:(?:such as|including|like|namely)\b|:)/iu;
const LISTED_IN_FIELDS = /^[\s,…—–-]*(?:of|in)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s*,\s*[\p{L}-]+/iu;
const NAME_FOLLOWS = /^,?\s+(?:called|named|known as)\s+(?:the\s+)?["“]?\p{Lu}/u;
// Or what says which one ("a key role in bringing them together", "a protocol on the pipeline", "a government with
// the participation of …"), not whose or where ("equipment for the army").
const INSTANCE_TOLD = /^\s+(?:in|of|on|about|with|between|over|as)\s+\p{L}/iu;
// Where a thing is: what leaves one the text gives as "a" or "an" unnamed ("a hotel in the capital").
const WHERE_IT_IS = /^\s+(?:in|at|near|inside|outside)\s/iu;
/** How many words before the kind may name one of it: "Mi-17 transport helicopters", "12 armoured trucks". */
const NAME_REACH = 2;
// The words a question uses to ask which ones, no words to find ("specific" would find "specific proposals").
const ASKING_WHICH = /^(?:specific|exact|particular|precise|exactly)$/iu;

/** Whether a word of a question only asks which ones ("specific", "exactly"). */
export function isAskingWhich(word: string): boolean {
	return ASKING_WHICH.test(word);
}

// "Which hotel did he stay at": a concrete thing asked by "which" is one the text names ("the Serena Hotel") or
// tells by a word of its own ("special military equipment"), not one it only has ("his hotel").
const WHICH_THING = new RegExp(String.raw`^\s*(?:(?:in|at|on|from|to|for|with)\s+)?which\s+${KIND}${VERB}`, 'iu');

/**
 * The concrete thing a plain "which" question asks which of ("hotel", "armoured vehicles"), by its last word's
 * commonest sense (see the lexicon's `concrete`).
 */
export function readThingAsked(index: SearchIndex, question: string): string | undefined {
	const kind = WHICH_THING.exec(question)?.[1];
	const head = kind?.split(/\s+/u).at(-1)?.toLowerCase();
	return head !== undefined && index.lookUpWord(head)?.concrete === true ? kind : undefined;
}

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
 * name or a number just before it, joined modifiers, or what follows it (a list, "such as", "a key role in bringing
 * them together"). Undefined when none speaks of it: the article may name instances in words of their own ("drones
 * and radars"), which only the passages show. A plain "which" (`plain`) is also told by a word of the text's own
 * right before the kind ("special military equipment"), not by an owner or a people ("his", "Russian"), nor by where
 * "a" kind is ("a hotel in the capital"); and never spoken of only as a kind where the article writes the kind after
 * a name ("the Sputnik-V vaccine").
 */
export function namesKindOnly(
	index: SearchIndex,
	kind: string,
	sentences: readonly Sentence[],
	plain = false,
): boolean | undefined {
	// The kind by its nouns or a close relative ("hardware" is spoken of as "equipment"), not by an adjective alone
	// ("military exercises" are no military equipment).
	const nouns = kind
		.split(/\s+(?:or|and)\s+/iu)
		.flatMap((part) =>
			part.split(/\s+/u).filter((word, i, all) => i === all.length - 1 || index.lookUpWord(word)?.pos === 'noun'),
		);
	const kindTerms = new Set(index.analyze(nouns.join(' ')).flatMap(index.closeTermsOf));
	// "Which vaccine" where the article writes "the Sputnik-V vaccine" somewhere: it names one.
	if (plain && [...kindTerms].some(index.isHeadOfName)) return false;
	let spoken = false;
	for (const sentence of sentences) {
		const tokens = index.tokensOf(sentence.text);
		for (const [i, token] of tokens.entries()) {
			if (token.term === null || !kindTerms.has(token.term)) continue;
			spoken = true;
			const before = tokens.slice(Math.max(0, i - NAME_REACH), i);
			// A name (not the sentence's first word, nor a place's or a people's: "Russian equipment" says whose), a number,
			// or modifiers joined ("health and economic challenges") name which.
			const named = (word: Token, k: number) =>
				(/^\p{Lu}/u.test(word.raw) && i - before.length + k > 0 && !index.isPlace(word.raw)) || /^\d/u.test(word.raw);
			const joined = before.length === NAME_REACH && /^(?:and|or)$/iu.test(tokens[i - 2]?.norm ?? '');
			// For a plain "which", a word of the text's own right before the kind tells which ("special military
			// equipment", "Islamabad airport"); a people's says whose ("Russian equipment"), as an owner's does.
			const modifier = before.at(-1);
			const told =
				plain &&
				modifier !== undefined &&
				modifier.term !== null &&
				!index.isPeopleWord(modifier.raw) &&
				!isPossessive(sentence.text, modifier) &&
				/^\s+$/u.test(sentence.text.slice(modifier.end, token.start));
			if (before.some(named) || joined || told) return false;
			const after = sentence.text.slice(token.end);
			const unnamed = plain && /^(?:a|an)$/u.test(tokens[i - 1]?.norm ?? '') && WHERE_IT_IS.test(after);
			const listed = LISTED_BY_WORD.test(after) || NAME_FOLLOWS.test(after);
			if (listed || (!unnamed && (LISTED_IN_FIELDS.test(after) || INSTANCE_TOLD.test(after)))) return false;
		}
	}
	return spoken ? true : undefined;
}
