/**
 * "How did Peru react to …", "what did the Senate say about …": a question that asks what one party said or how it
 * reacted is answered only by a sentence in which that party speaks. An article that names the party only as the
 * object of others' words ("Reed said Lima would talk to Peru") does not give its reaction.
 */
import type { Briefing } from '../briefing.js';
import { stemWord, type Token } from '../text/analyze.js';
import { containsWords } from '../text/match-phrase.js';
import { ATTRIBUTION_VERBS } from '../text/word-classes.js';
import type { Paragraph, Person, Sentence } from '../types.js';

/** What a question asks a party to have said or done about something. */
export interface ReactionAsked {
	/** The party, as the question names it ("India's government", "the Senate"). */
	readonly party: string;
	/** The missing detail, in words: "how India reacted", "what the Senate said". */
	readonly detail: string;
}

const SUBJECT = "((?:the\\s+)?[\\p{L}.-]+(?:[\\s’'-]+[\\p{L}.]+){0,4}?)";
const REACTION_PATTERNS: readonly [RegExp, (party: string) => string][] = [
	[
		new RegExp(
			`\\bhow\\s+(?:did|does|do|has|have|had|will|would)\\s+${SUBJECT}\\s+(?:react|respond|reply|view|feel)\\b`,
			'iu',
		),
		(party) => `how ${party} reacted`,
	],
	[
		new RegExp(
			`\\bwhat\\s+(?:did|does|do|has|have|had)\\s+${SUBJECT}\\s+(?:say|think|make\\s+of|tweet|post|reply|respond|comment|feel)\\b`,
			'iu',
		),
		(party) => `what ${party} said`,
	],
	[
		new RegExp(
			`\\bwhat\\s+(?:was|is|were|are)\\s+${SUBJECT}['’]s?\\s+(?:reaction|response|view|position|stance|take)s?\\b`,
			'iu',
		),
		(party) => `how ${party} reacted`,
	],
];
// "How did he react": a pronoun names no party of its own; "what did the story say" asks the article itself.
const NO_PARTY =
	/^(?:he|she|they|it|we|you|i|them|him|her|this|that|these|those|everyone|anyone|people)$|\b(?:story|article|report|piece|summary|headline|teaser|text|author|writer|reporter|paper|outlet|source|intro|lede)s?$/iu;

/** Verbs by which a party speaks or reacts, beyond reporting verbs: "Chile welcomed the offer". */
const REACTION_VERBS = new Set(
	`welcome congratulate appreciate express recall condemn criticize criticise reject respond react reply share believe
	feel hope stress emphasize emphasise observe assure reiterate praise thank voice suggest offer propose warn agree vow
	pledge accuse demand urge call describe term acknowledge`
		.split(/\s+/u)
		.filter(Boolean)
		.map(stemWord),
);
const SPEAKING_PRONOUN = /^(?:he|she|they|we)$/u;

/** The party a question asks the reaction or words of, if it asks for them. */
export function readReactionAsked(question: string): ReactionAsked | undefined {
	for (const [pattern, describe] of REACTION_PATTERNS) {
		const party = pattern.exec(question)?.[1]?.trim();
		if (party === undefined || NO_PARTY.test(party)) continue;
		return { party, detail: describe(party) };
	}
	return undefined;
}

/**
 * Whether a sentence gives the party's words or reaction: a name of the party (its own words, its country's names, the
 * people of it) before a verb of speaking or reacting, or a pronoun before one in a paragraph naming one of its people.
 * Undefined when the question names the party by no name the knowledge knows: nothing can be told then.
 */
export function createVoiceCheck(
	briefing: Briefing,
	asked: ReactionAsked,
): ((paragraph: Paragraph, sentence: Sentence) => boolean) | undefined {
	const { index, people } = briefing;
	const fitting = people.fitting(asked.party);
	const named = people.find(asked.party) ?? (fitting.length === 1 ? fitting[0] : undefined);
	// The party's names, not its common nouns: "India's government" speaks where India does, not any government.
	const partyTerms = new Set(
		index
			.tokensOf(asked.party)
			.flatMap(({ raw, norm, term }) =>
				term !== null && index.hasTerm(term) && (/^\p{Lu}/u.test(raw) || !index.isCommonWord(norm)) ? [term] : [],
			),
	);
	// The countries a name stands for, by country data: its own ("Peru", "Peruvian") or its capital's ("Lima").
	const countriesOf = (name: string) =>
		index.tokensOf(name).flatMap(({ norm, term }) => {
			const related = index.relatedTo(norm);
			const own = index.isCountry(norm) || related.some(({ relation }) => relation === 'country');
			if (!own || term === null) return [];
			return [
				term,
				...related
					.filter(({ relation }) => relation === 'country' || relation === 'derivation')
					.map(({ target }) => target),
			];
		});
	const countries = new Set([...countriesOf(asked.party), ...(named === undefined ? [] : countriesOf(named.country))]);
	const speakers: Person[] = briefing.knowledge.people.filter(
		(person) =>
			person === named || index.termsOf(person.country).some((term) => countries.has(term) || partyTerms.has(term)),
	);
	// A party known by none of its names ("the head of government") cannot be told apart from others.
	if (named === undefined && partyTerms.size === 0 && countries.size === 0) return undefined;
	const isVoiceVerb = (token: Token) =>
		ATTRIBUTION_VERBS.has(token.norm) || (token.term !== null && REACTION_VERBS.has(token.term));
	const ownNames = (person: Person) => [person.name, ...person.aliases];
	const isParty = (name: string) =>
		index.termsOf(name).some((term) => partyTerms.has(term)) ||
		countriesOf(name).some((term) => countries.has(term)) ||
		speakers.some((person) => ownNames(person).some((alias) => containsWords(alias, name)));
	// Someone the fact sheet does not know ("a spokesman, Tom Reed") may speak for the party; a place speaks for its own.
	const isPlace = (name: string) =>
		index.isCountry(name) ||
		index
			.tokensOf(name)
			.some(
				({ norm }) =>
					index.lookUpWord(norm)?.entity === 'place' ||
					index.relatedTo(norm).some(({ relation }) => relation === 'country'),
			);
	const isKnown = (name: string) =>
		people.find(name) !== undefined ||
		briefing.knowledge.people.some((person) => ownNames(person).some((alias) => containsWords(name, alias)));
	const isUnknown = (name: string) => !isKnown(name) && !isPlace(name) && !isParty(name);
	return (paragraph, sentence) => {
		const tokens = index.tokensOf(sentence.text);
		return tokens.some((token, i) => {
			if (!isVoiceVerb(token)) return false;
			const speaker = findSpeaker(sentence.text, tokens.slice(0, i));
			if (speaker === undefined) return false;
			if (speaker === 'pronoun') return speakers.some((person) => person.mentions.includes(paragraph.number));
			return isParty(speaker) || isUnknown(speaker);
		});
	};
}

/**
 * Who speaks by a verb: the nearest name before it (a run of capitalized words, "Prime Minister Tom Reed"), or
 * "pronoun" when a pronoun comes first ("he said").
 */
function findSpeaker(text: string, before: readonly Token[]): string | 'pronoun' | undefined {
	const isName = (token: Token) => token.term !== null && /^\p{Lu}/u.test(token.raw);
	for (let i = before.length - 1; i >= 0; i--) {
		const token = before[i] as Token;
		if (SPEAKING_PRONOUN.test(token.norm)) return 'pronoun';
		if (!isName(token)) continue;
		let first = i;
		// A run of names is one name only where nothing but spaces parts its words ("Peru,” Reed" is two).
		while (
			first > 0 &&
			isName(before[first - 1] as Token) &&
			/^\s+$/u.test(text.slice((before[first - 1] as Token).end, (before[first] as Token).start))
		) {
			first--;
		}
		return text.slice((before[first] as Token).start, token.end);
	}
	return undefined;
}
