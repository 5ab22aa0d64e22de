/**
 * "How did Peru react to …", "what did the Senate say about …": a question that asks what one party said or how it
 * reacted is answered only by a sentence in which that party speaks. An article that names the party only as the
 * object of others' words ("Reed said Lima would talk to Peru") does not give its reaction. Likewise "what did Reed
 * and Lopez discuss" is answered only where the article says what was discussed, in a paragraph naming them both.
 */
import type { Briefing } from '../briefing.js';
import { findReferent } from '../people/find-mentions.js';
import type { Token } from '../text/analyze.js';
import { containsWords } from '../text/match-phrase.js';
import { readTimes } from '../text/read-values.js';
import { ATTRIBUTION_VERBS, DESCRIBING_VERBS, REACTION_VERBS } from '../text/word-classes.js';
import type { Paragraph, Person, Sentence } from '../types.js';
import { findCountriesNamed } from './read-person-asked.js';

/** What a question asks a party to have said or done about something. */
export interface ReactionAsked {
	/** The party, as the question names it ("Peru's government", "the Senate"). */
	readonly party: string;
	/** The missing detail, in words: "how Peru reacted", "what the Senate said". */
	readonly detail: string;
	/**
	 * Whether it asks the party's answer to something ("did Peru accept …"): a deal it signed or agreed to gives it,
	 * wherever the sentence names it.
	 */
	readonly answer?: boolean;
	/** The words after what is asked ("… when Lima raised the tariff"): what the reaction is to, when they name it. */
	readonly about?: string;
}

const SUBJECT = "((?:the\\s+)?[\\p{L}.-]+(?:[\\s’'-]+[\\p{L}.]+){0,4}?)";
// Words that stress the question, not name its party: "what exactly did Reed actually say".
const FILLER = '(?:actually|really|exactly|precisely|specifically|even|ever|just)';
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
			`\\bwhat\\s+(?:${FILLER}\\s+)?(?:did|does|do|has|have|had)\\s+${SUBJECT}\\s+(?:${FILLER}\\s+)?(?:say|think|make\\s+of|tweet|post|reply|respond|comment|feel)\\b`,
			'iu',
		),
		(party) => `what ${party} said`,
	],
	[
		new RegExp(
			`\\bwhat(?:['’]s|\\s+(?:was|is|were|are))\\s+${SUBJECT}(?:['’]s?)?\\s+(?:reaction|response|view|position|stance|take)s?\\b`,
			'iu',
		),
		(party) => `how ${party} reacted`,
	],
	[
		// "Did Peru say anything about it?", "has Peru commented on it?": whether Peru spoke of it, which only Peru's
		// words tell.
		new RegExp(
			`^\\s*(?:did|does|do|has|have|had)\\s+${SUBJECT}\\s+(?:${FILLER}\\s+)?(?:(?:say|said)\\s+(?:anything|something|much|a\\s+word)|comment(?:ed)?|react(?:ed)?|respond(?:ed)?|repl(?:y|ied))\\b`,
			'iu',
		),
		(party) => `what ${party} said`,
	],
	[
		// "Did Peru accept the offer?", "does Peru admit it?": Peru's answer to it.
		new RegExp(
			`^\\s*(?:did|does|do|has|have|had|will|would)\\s+${SUBJECT}\\s+(?:accept(?:ed)?|reject(?:ed)?|decline(?:d)?|confirm(?:ed)?|den(?:y|ied)|approve(?:d)?|admit(?:ted)?)\\b`,
			'iu',
		),
		(party) => `how ${party} answered`,
	],
	[
		new RegExp(`\\b(?:reaction|response|position)\\s+of\\s+${SUBJECT}(?=\\s+(?:to|on|about)\\b|\\s*[?.!]|\\s*$)`, 'iu'),
		(party) => `how ${party} reacted`,
	],
];
// "How did he react": a pronoun names no party of its own; "what did the story say" asks the article itself.
const NO_PARTY =
	/^(?:he|she|they|it|we|you|i|them|him|her|this|that|these|those|everyone|anyone|people)$|\b(?:story|article|report|piece|summary|headline|teaser|text|author|writer|reporter|paper|outlet|source|intro|lede|statement|agreement|pact|deal|treaty|declaration|communiqu[eé])s?$/iu;

const SPEAKING_PRONOUN = /^(?:he|she|they|we)$/u;
/** Verbs by which a party answers an offer or a deal, as one of its parties. */
const ANSWER_VERBS = new Set(
	`signed signs agreed agrees accepted accepts rejected rejects declined declines confirmed confirms denied denies
	approved approves`
		.split(/\s+/u)
		.filter(Boolean),
);

/** How many words before its verb of answering a party may stand ("Peru has flatly denied"). */
const ANSWERER_REACH = 3;

/** The party a question asks the reaction or words of, if it asks for them. */
export function readReactionAsked(question: string): ReactionAsked | undefined {
	for (const [pattern, describe] of REACTION_PATTERNS) {
		const match = pattern.exec(question);
		const party = match?.[1]?.trim();
		if (match === null || party === undefined || NO_PARTY.test(party)) continue;
		const detail = describe(party);
		const about = question.slice(match.index + match[0].length);
		return detail.endsWith(' answered') ? { party, detail, answer: true, about } : { party, detail, about };
	}
	return undefined;
}

/**
 * Whether a sentence gives the party's words or reaction: the nearest name before a verb of speaking or reacting is
 * the party's (a person's own names; a country's or a body's names, its country's, its people's), or a pronoun there
 * stands for one of them. Undefined when the question names the party by no name the knowledge knows: nothing can be
 * told then.
 */
export function createVoiceCheck(
	briefing: Briefing,
	asked: ReactionAsked,
	/** Only a sentence where the party answers something ("Peru denies that", "Peru accepted the offer"). */
	answerOnly = false,
): ((paragraph: Paragraph, sentence: Sentence) => boolean) | undefined {
	const voices = readVoices(briefing, asked.party);
	if (voices === undefined) return undefined;
	const { isParty, isName } = voices;
	const { index } = briefing;
	// "How did Reed respond when Lopez raised the Andes?": a name it is about (by the lexicon) stands in the paragraph
	// that gives it; not a person's (Lopez may be "his counterpart"), nor a country's, its people's or its capital's
	// that the report is about, which it names in other words throughout ("what did Reed say about Chile" in a report
	// on Peru is about a country named as itself).
	const named = index.tokensOf(asked.about ?? '').flatMap(({ norm, term }) => {
		if (
			term === null ||
			!index.hasTerm(term) ||
			index.lookUpWord(norm) === undefined ||
			// "China" is also porcelain: a country's name is a name all the same.
			(index.isCommonWord(norm) && !index.isCountry(norm)) ||
			briefing.people.findByName(norm) !== undefined
		)
			return [];
		if (!index.isCountry(norm)) return index.countriesOf(norm).length === 0 ? [term] : [];
		// A country by its name, with its people's and its capital's.
		return index.isGenericTerm(term) ? [] : [term, ...index.countriesOf(norm).flatMap((name) => name.split(' '))];
	});
	// Each sentence's terms are the index's, read once: the paragraph's are theirs together.
	// "Peru denies that." names it by the sentence it answers.
	const paragraphNamesIt = (paragraph: Paragraph) =>
		paragraph.sentences.some(({ text }) => index.termsOf(text).some((term) => named.includes(term))) ||
		index.contextTermsOf(paragraph).some((term) => named.includes(term));
	return (paragraph, sentence) => {
		if (named.length > 0 && !paragraphNamesIt(paragraph)) return false;
		const tokens = index.tokensOf(sentence.text);
		// Only the party's own answer: "Peru denies that", "Peru has flatly rejected it", not "the two countries agreed".
		if (answerOnly) {
			return tokens.some((token, i) => {
				if (!ANSWER_VERBS.has(token.norm)) return false;
				let k = i - 1;
				while (k > i - 1 - ANSWERER_REACH && k >= 0 && !isName(tokens[k] as Token)) k--;
				const answerer = tokens[k];
				return (
					answerer !== undefined &&
					isName(answerer) &&
					namesIn(sentence.text, tokens.slice(k, k + 1), isName).some(isParty)
				);
			});
		}
		if (
			asked.answer === true &&
			tokens.some((token) => ANSWER_VERBS.has(token.norm)) &&
			namesIn(sentence.text, tokens, isName).some(isParty)
		) {
			return true;
		}
		return speakersOf(briefing, paragraph, sentence, isName).some((speaker) => voices.isSpeaker(speaker.who));
	};
}

/**
 * Who else speaks in a sentence, when the party does not: the name of the first other speaker ("Lopez said …" for
 * a claim that Reed said it), or undefined when the party speaks there, nobody does, or the party is unknown.
 */
export function createOtherSpeakerCheck(
	briefing: Briefing,
	party: string,
	verb?: string,
): ((paragraph: Paragraph, sentence: Sentence) => string | undefined) | undefined {
	const voices = readVoices(briefing, party);
	if (voices === undefined) return undefined;
	// "Reed said Peru acknowledged it": who "acknowledged" is told by that verb, where the sentence has it.
	const term = verb === undefined ? undefined : briefing.index.termsOf(verb)[0];
	return (paragraph, sentence) => {
		const all = speakersOf(briefing, paragraph, sentence, voices.isName);
		const same = all.filter((speaker) => speaker.verb === term);
		const speakers = (same.length > 0 ? same : all).map((speaker) => speaker.who);
		if (speakers.some(voices.isSpeaker)) return undefined;
		const [other] = speakers;
		return other === undefined ? undefined : typeof other === 'string' ? other : other.name;
	};
}

/** How a party is told among speakers: by a name of its own, or as the person a pronoun stands for. */
function readVoices(briefing: Briefing, description: string) {
	const { index } = briefing;
	const party = resolveParty(briefing, description);
	if (party === undefined) return undefined;
	const { named, partyTerms, countries, body } = party;
	// A person speaks for themself; a country or a body by its people.
	const speakers: readonly Person[] =
		named !== undefined
			? [named]
			: body !== undefined
				? []
				: briefing.knowledge.people.filter((person) =>
						index.termsOf(person.country).some((term) => countries.has(term) || partyTerms.has(term)),
					);
	// A person is a party by their own names only; a country or a body by its names, its country's, its people's.
	const isParty = (name: string) =>
		body?.every((term) => index.termsOf(name).includes(term)) === true ||
		speakers.some((person) =>
			namesOf(person).some((alias) => containsWords(name, alias) || containsWords(alias, name)),
		) ||
		(named === undefined &&
			(index.termsOf(name).some((term) => partyTerms.has(term)) ||
				[...findCountriesNamed(index, name)].some((term) => countries.has(term))));
	const isName = (token: Token) =>
		token.term !== null &&
		/^\p{Lu}/u.test(token.raw) &&
		!briefing.openers.has(token.raw) &&
		readTimes(token.raw).length === 0;
	const isSpeaker = (speaker: string | Person) =>
		typeof speaker === 'string' ? isParty(speaker) : speakers.includes(speaker);
	return { isParty, isName, isSpeaker };
}

/**
 * The speakers of a sentence, one per verb of speaking or reacting with one (its stem): a name, or the person a
 * pronoun is.
 */
function speakersOf(
	briefing: Briefing,
	paragraph: Paragraph,
	sentence: Sentence,
	isName: (token: Token) => boolean,
): { who: string | Person; verb: string | null }[] {
	const tokens = briefing.index.tokensOf(sentence.text);
	const speakers = tokens.flatMap((token, i): { who: string | Person; verb: string | null }[] => {
		if (!isVoiceVerb(token)) return [];
		const speaker = findSpeaker(sentence.text, tokens.slice(0, i), isName, token.start);
		if (speaker !== 'pronoun') return speaker === undefined ? [] : [{ who: speaker, verb: token.term }];
		const referent = findReferent(
			briefing.knowledge.people,
			briefing.knowledge.article.paragraphs,
			paragraph,
			sentence,
		);
		return referent === undefined ? [] : [{ who: referent, verb: token.term }];
	});
	// A quote that goes on past its "X said" is still X's: the speaker of the sentence before, in its paragraph.
	const previous = paragraph.sentences[paragraph.sentences.indexOf(sentence) - 1];
	if (speakers.length > 0 || previous === undefined || !QUOTE_MARK.test(sentence.text)) return speakers;
	return speakersOf(briefing, paragraph, previous, isName);
}

const QUOTE_MARK = /[“”"]/u;
// A clause about who speaks, set off by commas right before the verb: ", who is in Lima on a visit, said".
const RELATIVE_CLAUSE_BEFORE = /,\s*(?:who|which)\b[^,]*,\s*$/u;

const isVoiceVerb = (token: Token) =>
	ATTRIBUTION_VERBS.has(token.norm) || DESCRIBING_VERBS.has(token.norm) || REACTION_VERBS.has(token.norm);

/**
 * Who speaks by a verb: the nearest name before it (a run of capitalized words, "Prime Minister Tom Reed"), or
 * "pronoun" when a pronoun comes first ("he said").
 */
function findSpeaker(
	text: string,
	before: readonly Token[],
	isName: (token: Token) => boolean,
	verbStart: number,
): string | 'pronoun' | undefined {
	// "Reed, who is in Lima on a visit, said …": the names of a clause about the speaker are not the speaker.
	const clause = RELATIVE_CLAUSE_BEFORE.exec(text.slice(0, verbStart));
	const last = clause === null ? before.length : before.findIndex((token) => token.start >= clause.index);
	for (let i = (last === -1 ? before.length : last) - 1; i >= 0; i--) {
		const token = before[i] as Token;
		if (SPEAKING_PRONOUN.test(token.norm)) return 'pronoun';
		if (isName(token)) return text.slice((before[startOfName(text, before, i, isName)] as Token).start, token.end);
	}
	return undefined;
}

/**
 * The first token of the run of names that ends at `end`: a run is one name only where nothing but spaces parts its
 * words ("Peru,” Reed" is two).
 */
function startOfName(text: string, tokens: readonly Token[], end: number, isName: (token: Token) => boolean): number {
	let first = end;
	while (first > 0 && joinsName(text, tokens[first - 1] as Token, tokens[first] as Token, isName)) first--;
	return first;
}

function joinsName(text: string, before: Token, after: Token, isName: (token: Token) => boolean): boolean {
	return isName(before) && isName(after) && /^\s+$/u.test(text.slice(before.end, after.start));
}

const namesOf = (person: Person) => [person.name, ...person.aliases];

/** The runs of names in a sentence ("United States", "Tom Reed"), each read as `findSpeaker` reads one. */
function namesIn(text: string, tokens: readonly Token[], isName: (token: Token) => boolean): string[] {
	return tokens.flatMap((token, i) => {
		const next = tokens[i + 1];
		if (!isName(token) || (next !== undefined && joinsName(text, token, next, isName))) return [];
		return [text.slice((tokens[startOfName(text, tokens, i, isName)] as Token).start, token.end)];
	});
}

/** A party as the knowledge knows it: the person it names, its names, the countries it stands for. */
interface Party {
	readonly named: Person | undefined;
	/** The stems of the party's names, not its common nouns: "Peru's government" is where Peru is, not any government. */
	readonly partyTerms: ReadonlySet<string>;
	readonly countries: ReadonlySet<string>;
	/**
	 * The stems of a country's body the article never names ("the US State Department"): only a name with all of them
	 * is the party, and the country's people do not speak for it.
	 */
	readonly body?: readonly string[];
}

/**
 * A party known by none of its names ("the head of government") cannot be told apart from others: undefined. A
 * country is no person, even where the fact sheet knows one person of it.
 */
function resolveParty(briefing: Briefing, description: string): Party | undefined {
	const { index, people } = briefing;
	const countries = findCountriesNamed(index, description);
	const words = index.termsOf(description);
	const onlyCountry = words.length > 0 && words.every((term) => countries.has(term));
	// A role names a person ("the premier"); "the port authority" is a body, whoever's title mentions it.
	const head = index.tokensOf(description).at(-1)?.norm ?? '';
	const fitting = onlyCountry || index.lookUpWord(head)?.entity !== 'person' ? [] : people.fitting(description);
	// A person by a name of theirs, as typed ("FM Reed", "tom reed"); a title alone ("the port authority") names a body.
	const ownWords = (person: Person) => new Set(index.termsOf(person.name));
	const named =
		briefing.knowledge.people.find((person) =>
			namesOf(person).some(
				(name) =>
					containsWords(description.toLowerCase(), name.toLowerCase()) &&
					index.termsOf(name).some((term) => ownWords(person).has(term)),
			),
		) ?? (fitting.length === 1 ? fitting[0] : undefined);
	const partyTerms = new Set(
		index
			.tokensOf(description)
			.flatMap(({ raw, norm, term }) =>
				term !== null && index.hasTerm(term) && (/^\p{Lu}/u.test(raw) || !index.isCommonWord(norm)) ? [term] : [],
			),
	);
	if (named !== undefined) for (const term of findCountriesNamed(index, named.country)) countries.add(term);
	const body = named === undefined ? findBodyUnnamed(briefing, description, countries) : undefined;
	if (body !== undefined) return { named, partyTerms: new Set(), countries: new Set(), body };
	if (named === undefined && partyTerms.size === 0 && countries.size === 0) return undefined;
	return { named, partyTerms, countries };
}

/** The stems of the body a description names, beside any country ("state department"), when the article lacks it. */
function findBodyUnnamed(
	briefing: Briefing,
	description: string,
	countries: ReadonlySet<string>,
): string[] | undefined {
	const { index } = briefing;
	const own = index.tokensOf(description).filter(({ term }) => term !== null && !countries.has(term));
	const head = own.at(-1);
	if (head === undefined || index.lookUpWord(head.norm)?.entity !== 'organization') return undefined;
	const named = index
		.analyze(own.map(({ norm }) => norm).join(' '))
		.every((concept) => index.isClose(concept.coverage));
	return named ? undefined : own.map(({ term }) => term ?? '');
}

/** What a question asks some parties to have discussed or agreed: "what did Reed and Lopez talk about". */
export interface DiscussionAsked {
	readonly parties: readonly string[];
	/** The missing detail, in words: "what Reed and Lopez discussed". */
	readonly detail: string;
	/** Where the question puts the discussion, as typed ("… discuss in Lima"), when it names a place after the verb. */
	readonly place?: string;
}

const DISCUSSION_ASKED = new RegExp(
	String.raw`^\s*what\s+(?:${FILLER}\s+)?(?:did|do|does|have|has|had|will|would)\s+(.+?)\s+(?:(?:actually|really|even|all|both|ever|just|specifically|exactly|mainly|mostly)\s+)?(discuss|talk\s+about|chat\s+about|go\s+over|focus\s+on|agree(?:\s+on)?|sign)\b(?:\s+with\s+(.+?))?(?=\s+(?:in|during|at|before|after|when|while|on|about|for|regarding|over)\b|\s*[?.!]|\s*$)`,
	'iu',
);
// Words that say what was discussed: "discussed trade", "talks on energy", "exchanged views on".
const DISCUSSION_CUE =
	/\b(?:discuss(?:ed|es|ing)?\s+(?!with\b)\w|discussions?\s+(?:on|about|of|that)|talk(?:s|ed)?\s+(?:on|about)|views\s+on|focus(?:ed|sed)?\s+on|deliberat\w+\s+on|covered|reviewed|agreed\s+(?:on|to|that|upon)|signed)/iu;

// A pronoun, or a passive with no one else's name ("… were discussed in the meeting"); "the two towns" may be
// any two.
const PARTIES_REFERRED = /\b(?:he|she|they|(?:was|were|been|being)\s+(?:discussed|agreed|signed|covered|reviewed))\b/iu;

/** The parties a question asks what they discussed, if it asks that ("what did Reed and Lopez talk about"). */
export function readDiscussionAsked(question: string): DiscussionAsked | undefined {
	const match = DISCUSSION_ASKED.exec(question);
	if (match === null) return undefined;
	const parties = [match[1] ?? '', match[3] ?? '']
		.flatMap((group) => group.split(/\s*,\s*|\s+and\s+/u))
		.map((party) => party.trim())
		.filter((party) => party !== '' && !NO_PARTY.test(party));
	if (parties.length === 0) return undefined;
	const verb = (match[2] ?? '').toLowerCase();
	const done = verb.startsWith('agree') ? 'agreed' : verb === 'sign' ? 'signed' : 'discussed';
	const detail = `what ${parties.join(' and ')} ${done}`;
	const at = DISCUSSION_PLACE.exec(question.slice(match.index + match[0].length));
	if (at === null || DETERMINER_FIRST.test(at[2] ?? '')) return { parties, detail };
	return { parties, detail: `${detail} ${at[1]?.toLowerCase()} ${at[2]}`, place: at[2] };
}

// "… discuss in New Delhi before …": up to three words after "in" or "at" (whether they name a place is the
// lexicon's to say), not "in the meeting".
const DISCUSSION_PLACE =
	/^\s+(in|at)\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)(?=\s+(?:before|after|when|while|during|on|with|about|last|this|yesterday|today|tomorrow|recently|earlier)\b|\s*[?.!,]|\s*$)/iu;
const DETERMINER_FIRST = /^(?:the|a|an|this|that|these|those|their|his|her|its|our|my|your)\b/iu;

/**
 * Whether a sentence says what the parties discussed: it words a discussion's subject, in a paragraph naming every
 * party the knowledge knows. Undefined when it knows none of them.
 */
export function createDiscussionCheck(
	briefing: Briefing,
	asked: DiscussionAsked,
): ((paragraph: Paragraph, sentence: Sentence) => boolean) | undefined {
	const { index } = briefing;
	const resolved = asked.parties.map((description) => resolveParty(briefing, description));
	// A party the knowledge does not know ("Lopez and Modi") cannot be looked for: nothing can be told.
	const parties = resolved.flatMap((party) => (party === undefined ? [] : [party]));
	if (parties.length === 0 || parties.length < resolved.length) return undefined;
	const names = (text: string, { named, partyTerms, countries }: Party) => {
		// A person is named by their names, not by their country's.
		if (named !== undefined) return namesOf(named).some((name) => containsWords(text, name));
		const terms = new Set(index.termsOf(text));
		return [...partyTerms, ...countries].some((term) => terms.has(term));
	};
	const namesInParagraph = (paragraph: Paragraph, party: Party) =>
		party.named?.mentions.includes(paragraph.number) === true || names(paragraph.text, party);
	// "What did Reed discuss in Quito?": a discussion is of that place in a paragraph naming it (by its uncommon words:
	// "New Quito" by Quito) or its country (by every word of its name), unless the article is about that place
	// throughout. A place it never names has no discussion in it.
	const placeNames =
		asked.place !== undefined && index.isPlace(asked.place)
			? [
					index
						.tokensOf(asked.place)
						.flatMap(({ norm, term }) =>
							term === null || (index.isCommonWord(norm) && !index.isCountry(norm)) ? [] : [term],
						),
					...index.countriesOf(asked.place.toLowerCase()).map((name) => name.split(' ')),
				].filter((terms) => terms.length > 0)
			: [];
	const placed = placeNames.some((terms) => terms.some((term) => !index.isGenericTerm(term))) ? placeNames : [];
	const namesPlace = (paragraph: Paragraph) => {
		if (placed.length === 0) return true;
		const terms = new Set(index.termsOf(paragraph.text));
		return placed.some((name) => name.every((term) => terms.has(term)));
	};
	// The sentence is about the parties: it names one, or its subject is one they stand for (see PARTIES_REFERRED).
	return (paragraph, sentence) =>
		DISCUSSION_CUE.test(sentence.text) &&
		(PARTIES_REFERRED.test(sentence.text) || parties.some((party) => names(sentence.text, party))) &&
		parties.every((party) => namesInParagraph(paragraph, party)) &&
		namesPlace(paragraph);
}
