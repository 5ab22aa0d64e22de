import { isPossessive, stemWord, type Token } from '../text/analyze.js';
import {
	fitsTime,
	isNumberOfDeed,
	parseNumberWords,
	type Quantity,
	readQuantities,
	readTimes,
	type TimePoint,
} from '../text/read-values.js';
import {
	ARRIVING_VERBS,
	ATTRIBUTION_VERBS,
	AUXILIARIES,
	BE_FORMS,
	BLAME_WORDS,
	CUE_WORDS,
	DENIAL_VERBS,
	DESCRIBING_VERBS,
	DESTINATION_VERBS,
	DETERMINERS,
	DIFFICULTY_WORDS,
	FALL_WORDS,
	GOING_WORDS,
	INTENT_BEFORE_TO,
	isNegatedForm,
	isNegation,
	isOnScale,
	LEAVING,
	LIGHT_VERBS,
	MEETING_VERBS,
	type Modality,
	NEGATIVE_WORDS,
	PLACE_ROLES,
	POSITIVE_WORDS,
	PRAISE_WORDS,
	REACTION_VERBS,
	RISE_WORDS,
	readCue,
	SENTENCE_ADVERB,
	SUPPORTING_MODALITIES,
	TIME_UNIT,
	VERB_KINDS,
} from '../text/word-classes.js';
import type { Paragraph, Sentence } from '../types.js';
import type { ClaimVocabulary } from './claim-vocabulary.js';
import type { ClaimElement, ClaimReading } from './read-claim.js';

export interface CompareOptions {
	/** How many words before a verb are read for its mood ("intend to provide", "invitation … to visit"). */
	readonly moodWindow: number;
	/** How many words before a verb a negation may stand and still govern it ("will not supply"). */
	readonly negationWindow: number;
	/** How many words a verb's subject may stand before it, past auxiliaries ("Chile has already provided"). */
	readonly subjectWindow: number;
	/** How many words after a verb in the passive its doer may stand ("was toppled in a Chilean-led invasion"). */
	readonly agentWindow: number;
	/** How many words after a verb its recipient may stand ("provided 50,000 doses … to Peru"). */
	readonly recipientWindow: number;
	/** How many words before a number the verb whose number it is may stand ("will buy 8 million tonnes"). */
	readonly valueVerbWindow: number;
	/** How close "about N" must be to the article's value, as a share of it. */
	readonly approximateShare: number;
	/**
	 * How close two lengths of time in other units must be, as a share of each: the rounding of loose speech ("a
	 * month" for four weeks, 8% apart), tighter than "about".
	 */
	readonly unitShare: number;
	/** How many words a sentence may have to be read as a reply to the one before it ("Peru denies that."). */
	readonly replyLength: number;
	/** Share of the claim's words (not names or values) a sentence must state to speak of the same thing. */
	readonly aboutShare: number;
	/** How many words around the article's verb a reason quotes, before (past its mood words) and after it. */
	readonly quoteWordsBefore: number;
	readonly quoteWordsAfter: number;
	/** How many words before a thing its owner may stand ("Peru's successful new plan"). */
	readonly ownerWindow: number;
	/** How many words before "accused" the accused may stand ("Peru has for years been accused"). */
	readonly accusedWindow: number;
	/** How many words after "only" or "ever" the word it strengthens may stand ("the only real factor"). */
	readonly strengthenedWindow: number;
	/** How many words after an antonym the thing it qualifies may stand ("a new approach and mindset"). */
	readonly qualifiedWindow: number;
	/** How many claim words from "kept out" the party it keeps out may stand ("the rebels kept out"). */
	readonly excludedWindow: number;
	/** How many characters after "participation of", "including" the party included may start ("of the rebels"). */
	readonly includedReach: number;
	/** How many words before a description its "as" or "is" may stand ("as a key foreign policy priority"). */
	readonly descriptionWindow: number;
}

/**
 * Where a sentence has a verb of the same narrow kind as the claim's action (see `VERB_KINDS`): not a noun of that
 * spelling ("a moderate", "the land"), and neither word a leaving ("flew out" is no arrival).
 */
function findKinVerbs(element: ClaimElement, claim: string, sentence: string, tokens: readonly Token[]): number[] {
	const norm = element.label.toLowerCase();
	const at = claim.toLowerCase().indexOf(norm);
	// "Went to Lima" is stated where one arrived in or visited it, and in their mood ("invited to visit").
	const wentTo = GONE_TO.has(norm) && /^\s+to\b/iu.test(claim.slice(at + norm.length));
	// A phrasal verb is of its kind with its particle ("wrapped up", "touched down").
	const particle = at === -1 ? undefined : /^\s+(\p{L}+)/u.exec(claim.slice(at + norm.length))?.[1]?.toLowerCase();
	const phrasal = particle === undefined ? norm : `${norm} ${particle}`;
	const kind = wentTo
		? new Set([...ARRIVING_VERBS, ...DESTINATION_VERBS])
		: VERB_KINDS.find((verbs) => verbs.has(norm) || verbs.has(phrasal));
	const leaves = (text: string, end: number) => LEAVING.test(text.slice(end));
	if (kind === undefined || (at !== -1 && leaves(claim, at + norm.length))) return [];
	// "The meeting" names an event, not who did it; "his meeting with Reed" is his deed.
	return tokens.flatMap((token, i) => {
		const before = tokens[i - 1]?.norm ?? '';
		return (kind.has(token.norm) || kind.has(`${token.norm} ${tokens[i + 1]?.norm ?? ''}`)) &&
			(!DETERMINERS.has(before) || OWNING_PRONOUNS.has(before)) &&
			!leaves(sentence, token.end)
			? [i]
			: [];
	});
}

const GONE_TO = new Set(['go', 'goes', 'went', 'gone']);

/** Words that place a deed in its doer's own country. */
const HOME_WORDS: ReadonlySet<string> = new Set(['home', 'locally', 'domestically']);

/** How many words a place's name after "in" may run ("Chilean-held North and South Islands"). */
const PLACE_NAME_WORDS = 6;

/** How many words after the claim's deed "in <country>" may stand to place it ("manufacture it in Peru"). */
const HOME_REACH = 4;

/**
 * Whether the sentence places the claim's deed (at `deeds`) "in" the country of one who acts in the claim (a person's,
 * a capital's): right after the deed, not after another verb of the sentence.
 */
function isInOwnCountry(
	reading: ClaimReading,
	tokens: readonly Token[],
	deeds: readonly number[],
	vocabulary: ClaimVocabulary,
): boolean {
	const own = countryStemsOf(reading.agents, vocabulary);
	return tokens.some(
		(token, i) =>
			tokens[i - 1]?.norm === 'in' &&
			token.term !== null &&
			own.has(token.term) &&
			deeds.some((deed) => i > deed && i - deed <= HOME_REACH),
	);
}

/** The stems of names of the claim and of their countries (a person's, a capital's): "Reed" stands for Peru too. */
function countryStemsOf(names: readonly ClaimElement[], vocabulary: ClaimVocabulary): Set<string> {
	return new Set(
		names.flatMap((name) => [
			...(name.alternatives[0] ?? []).flatMap((stem) => [stem, ...vocabulary.countryOf(stem)]),
			...vocabulary.countryNamesOf(name.label.toLowerCase()).flat(),
		]),
	);
}

/**
 * The determiner of a word used as a noun ("the visit", "his two-day visit"): its position, past numbers and units
 * of time, or -1 where the word is no noun so determined.
 */
function findDeterminer(tokens: readonly Token[], i: number): number {
	for (let k = i - 1; k >= 0 && k >= i - 1 - NOMINAL_REACH; k--) {
		const norm = tokens[k]?.norm ?? '';
		if (DETERMINERS.has(norm)) return k;
		if (!/^\d+$/u.test(norm) && parseNumberWords(norm) === undefined && !TIME_UNIT.test(norm)) return -1;
	}
	return -1;
}

/** The sentence's verbs that say what a light verb of the claim does ("hosted" for "held"; see `LIGHT_VERBS`). */
function findLightVerb(element: ClaimElement, tokens: readonly Token[], claimTokens: readonly Token[]): number[] {
	// "Took part" is one element; "came up" two words of the claim. "Come visit" says its stand-in itself.
	const [verb = '', ...rest] = element.label.toLowerCase().split(' ');
	const after = rest[0] ?? claimTokens[element.position + 1]?.norm ?? '';
	const standIns = LIGHT_VERBS.filter(
		(light) =>
			light.verbs.has(verb) && (light.particle === undefined || light.particle === after || light.standIns.has(after)),
	).flatMap((light) => [...light.standIns]);
	// A verb only: "on a two-day visit" is no one's visiting.
	return tokens.flatMap((token, i) => (standIns.includes(token.norm) && findDeterminer(tokens, i) === -1 ? [i] : []));
}

/** One article sentence compared with a claim, element by element. */
export interface Comparison {
	readonly sentence: Sentence;
	readonly paragraph: Paragraph;
	/** Whether the sentence speaks of what the claim speaks of: same names, same actor, most of its words. */
	readonly about: boolean;
	/**
	 * Whether it names the claim's names with the same actor, though it may put the action in other words ("had an
	 * interaction" for "met"): a value it gives for the same role still conflicts with the claim's.
	 */
	readonly sameParties: boolean;
	/** Share of the claim's elements the sentence (or its paragraph, for names) states. */
	readonly share: number;
	readonly missing: readonly string[];
	/** Values the article states where the claim states others, each a reason naming both. */
	readonly conflicts: readonly string[];
	/**
	 * Of the conflicts, those bound to the words around, not to the action: a place in the claim's role ("in Nice"
	 * against "in Lyon"), another name for the claim's named thing ("the G7 summit" against "the Andean summit").
	 */
	readonly roleConflicts: readonly string[];
	/** The article's mood for the claim's action when none of its statements has the claim's mood. */
	readonly weaker: { readonly mood: Modality; readonly phrase: string } | undefined;
	readonly oppositePolarity: string | undefined;
	/** Who denies the statement in a reply sentence ("Peru denies that."). */
	readonly deniedBy: string | undefined;
	/** Whether the denier is who the claim is about (its subject): an allegation the accused denies is theirs. */
	readonly deniedBySubject: boolean;
	/**
	 * Who the sentence says did the claim's action, where that is another party than the claim's doer: a name that
	 * can act ("Peru hosted the conference" against "Chile hosted it").
	 */
	readonly otherDoer: string | undefined;
	/**
	 * The parties the sentence lists as its subject where the claim joins another to them ("Peru and Mali were …"
	 * against "Peru and Chile were …"), as the sentence writes them.
	 */
	readonly listedInstead: string | undefined;
	/** Where the claim's words are, for highlighting. */
	readonly spans: readonly { start: number; end: number }[];
	/**
	 * Whether the sentence gives every number and time of the claim, a time also by referring back to the sentence
	 * before ("that date" after "a May 1 deadline").
	 */
	readonly statesValues: boolean;
}

/** Per polarity (see `ClaimElement.polarity`), the words of its own scale that agree and those that oppose. */
const OPPOSITES = new Map<number, readonly [ReadonlySet<string>, ReadonlySet<string>]>([
	[1, [POSITIVE_WORDS, NEGATIVE_WORDS]],
	[-1, [NEGATIVE_WORDS, POSITIVE_WORDS]],
	[2, [RISE_WORDS, FALL_WORDS]],
	[-2, [FALL_WORDS, RISE_WORDS]],
	[3, [PRAISE_WORDS, BLAME_WORDS]],
	[-3, [BLAME_WORDS, PRAISE_WORDS]],
]);

interface SentenceView {
	readonly tokens: readonly Token[];
	/** Positions of tokens with a term, and their terms: stop words skipped, so phrases match across "of". */
	readonly content: readonly number[];
}

function viewOf(tokens: readonly Token[]): SentenceView {
	const content: number[] = [];
	tokens.forEach((token, i) => {
		if (token.term !== null) content.push(i);
	});
	return { tokens, content };
}

// The article's paragraphs and their values are read once: every check compares against the same ones.
const paragraphViews = new WeakMap<Paragraph, SentenceView>();
const sentenceValues = new WeakMap<Sentence, { quantities: Quantity[]; times: TimePoint[] }>();

function paragraphViewOf(paragraph: Paragraph, tokensOf: (text: string) => readonly Token[]): SentenceView {
	let view = paragraphViews.get(paragraph);
	if (view === undefined) {
		view = viewOf(tokensOf(paragraph.text));
		paragraphViews.set(paragraph, view);
	}
	return view;
}

function valuesOf(sentence: Sentence): { quantities: Quantity[]; times: TimePoint[] } {
	let values = sentenceValues.get(sentence);
	if (values === undefined) {
		values = { quantities: readQuantities(sentence.text), times: readTimes(sentence.text) };
		sentenceValues.set(sentence, values);
	}
	return values;
}

/** The token positions where an element is stated (the first token of each match). */
function findElement(element: ClaimElement, view: SentenceView): number[] {
	const found: number[] = [];
	const { tokens, content } = view;
	for (let c = 0; c < content.length; c++) {
		for (const sequence of element.alternatives) {
			const fits = sequence.every((stem, j) => tokens[content[c + j] ?? -1]?.term === stem);
			if (fits && sequence.length > 0) {
				found.push(content[c] as number);
				break;
			}
		}
	}
	return found;
}

/** Words that open a list of those meant: "the participants, including Peru", "namely Chile". */
const LISTING: ReadonlySet<string> = new Set(['including', 'includes', 'included', 'namely', 'incl']);

/** The word a claim's element qualifies, right after it ("an old mindset": mindset), if any. */
const headOf = (reading: ClaimReading, element: ClaimElement) =>
	reading.elements.find((other) => other.position === element.position + 1 && other.kind === 'word');

const isNameToken = (token: Token, vocabulary: ClaimVocabulary) =>
	token.term !== null && (vocabulary.isName(token.term) || (token.start > 0 && /^\p{Lu}/u.test(token.raw)));

/** Compares a claim with one sentence of the article (and the sentence after it, which may deny it). */
export function compareWithSentence(
	reading: ClaimReading,
	sentence: Sentence,
	paragraph: Paragraph,
	following: Sentence | undefined,
	context: {
		vocabulary: ClaimVocabulary;
		tokensOf: (text: string) => readonly Token[];
		options: CompareOptions;
		/** The stems of the names of the person a pronoun of the sentence stands for ("he said"), if any. */
		referentOf?: (paragraph: Paragraph, sentence: Sentence) => readonly string[];
		/** The sentence the sentence continues: the one before it, or the last of the paragraph before it. */
		sentenceBefore?: (paragraph: Paragraph, sentence: Sentence) => Sentence | undefined;
	},
): Comparison {
	const { vocabulary, tokensOf, options } = context;
	// Resolved only where the sentence has a pronoun to resolve: the fact sheet's people are searched for it.
	// A possessive after a name in the sentence is that name's ("The mayor recalled his talks"), no one's before it.
	const view = viewOf(tokensOf(sentence.text));
	const { tokens } = view;
	const possessiveAt = tokens.findIndex((token) => token.norm === 'his' || token.norm === 'her');
	const ownedByNamed =
		possessiveAt !== -1 &&
		!tokens.slice(0, possessiveAt).some((token) => token.norm === 'he' || token.norm === 'she') &&
		tokens.slice(0, possessiveAt).some((token) => isNameToken(token, vocabulary));
	const referent =
		PERSONAL_PRONOUNS.test(sentence.text) && !ownedByNamed ? (context.referentOf?.(paragraph, sentence) ?? []) : [];
	// Whether the claim names the person "he" stands for, by any of its words for them ("the premier", "Khan").
	const namesReferent = (element: ClaimElement) =>
		referent.length > 0 &&
		element.alternatives.some(
			(alternative) => alternative.length > 0 && alternative.every((s) => referent.includes(s)),
		);
	const paragraphView = paragraphViewOf(paragraph, tokensOf);
	// The sentence before, read only for a name that may be stated there (see `qualifier` below).
	let before: SentenceView | undefined;
	const beforeView = () => {
		before ??= viewOf(tokensOf(context.sentenceBefore?.(paragraph, sentence)?.text ?? ''));
		return before;
	};
	const claimTokens = tokensOf(reading.text);
	// The claim's own words, not their relatives: "Santiago" stands for "Chile" as an actor, yet "in Santiago" is a place.
	const claimTerms = new Set(reading.elements.flatMap((element) => element.alternatives[0] ?? []));
	/**
	 * Whether the sentence qualifies the thing a name of the claim qualifies ("Pakistani forces") by another word
	 * of its own ("government forces"), wherever it has that thing; a word of the claim ("senior") is no other.
	 */
	const qualifiesOtherwise = (element: ClaimElement) => {
		// A people's or a country's name only ("Pakistani", "American"), and another noun or name in its place.
		if (element.owns !== undefined || vocabulary.countryNamesOf(element.label.toLowerCase()).length === 0) return false;
		const head = headOf(reading, element);
		const heads = head === undefined ? [] : findElement(head, view);
		return (
			heads.length > 0 &&
			heads.every((h) => {
				const word = tokens[h - 1];
				return (
					word?.term != null &&
					!claimTerms.has(word.term) &&
					(isNameToken(word, vocabulary) || vocabulary.isNoun(word.norm)) &&
					!matchesToken(element, word, tokensOf, vocabulary) &&
					/^\s+$/u.test(sentence.text.slice(word.end, tokens[h]?.start))
				);
			})
		);
	};

	// "The G7 summit" against "the Andean Summit": the thing a name the article never uses qualifies, named otherwise
	// wherever the sentence has it. Not a people's or a country's name (see `qualifiesOtherwise`). The sentence's
	// name, with the thing, when so.
	const namedOtherwise = (element: ClaimElement, found: readonly number[]): string | undefined => {
		// A name the article has elsewhere may be of another sentence's story ("Andean forces", "the JTC meeting").
		if (
			element.owns !== undefined ||
			found.length > 0 ||
			vocabulary.countryNamesOf(element.label.toLowerCase()).length > 0 ||
			// A place or an English word ("the European summit", "Western vaccines") may say where the thing was or
			// what kind it is, not name it: only a name no dictionary has ("G20", "AstraZeneca").
			vocabulary.isPlace(element.label.toLowerCase()) ||
			vocabulary.isNoun(element.label.toLowerCase()) ||
			vocabulary.isModifier(element.label.toLowerCase()) ||
			(element.alternatives[0] ?? []).some((stem) => vocabulary.isName(stem))
		)
			return undefined;
		// Written as a name of a thing is ("G20", "BRICS", "AstraZeneca"), not a common word's way ("Gamaleya" may be one
		// of the article's things by another name); nor the article's own name misspelled ("Vaxxo", "Vaxo9").
		const typed = claimTokens[element.position]?.raw ?? '';
		if (!/\d|\p{Lu}.*\p{Lu}/u.test(typed) || vocabulary.spellsArticleWord(typed)) return undefined;
		const next = claimTokens[element.position + 1];
		const thing = reading.elements.find((other) => other.position === element.position + 1 && other.kind !== 'action');
		// A person after a name is no thing it qualifies ("the G20's Reed").
		if (next === undefined || thing === undefined || vocabulary.namesPerson(thing.alternatives[0] ?? []))
			return undefined;
		const things = findElement(thing, view);
		const named = things.map((h) => {
			let from = h;
			while (
				// The article writes names capitalized ("gas" of "Andes Stream Gas" elsewhere is no name here), but so
				// it writes any first word ("During meeting"); a name may hold a hyphen ("Vaxo-9 Vaccine").
				from > 1 &&
				h - from < PLACE_NAME_WORDS &&
				/^\p{Lu}/u.test(tokens[from - 1]?.raw ?? '') &&
				/^[\s()-]*$/u.test(sentence.text.slice(tokens[from - 1]?.end, tokens[from]?.start))
			)
				from--;
			// A name the claim has too ("buys Vaxo-9 because Western vaccines …") is of the claim's story as well.
			const other = tokens.slice(from, h).every((token) => token.term === null || !claimTerms.has(token.term));
			const name = sentence.text.slice(tokens[from]?.start, tokens[h]?.end);
			// Half a parenthesis is no whole name ("North-South) Gas").
			const whole = (name.match(/\(/gu) ?? []).length === (name.match(/\)/gu) ?? []).length;
			return from < h && other && whole ? name : undefined;
		});
		return things.length > 0 && named.every((name) => name !== undefined) ? named[0] : undefined;
	};

	// "Shipped doses to Lima", "the government in Lima": a capital standing for its country, a party, not a place;
	// stated where the sentence names the country ("to Peru", "the Peruvian government").
	const action = reading.elements.find((element) => element.kind === 'action');
	const isCapitalAsCountry = (element: ClaimElement) => {
		if (element.kind !== 'place') return false;
		const given = element === reading.recipient && action !== undefined && !isGoing(action.label.toLowerCase());
		const governed =
			claimTokens[element.position - 1]?.norm === 'in' &&
			reading.elements.some(
				(other) =>
					other.position === element.position - 2 &&
					other.alternatives.some((alternative) => alternative.some((stem) => COUNTRY_NOUN_STEMS.has(stem))),
			);
		if (!given && !governed) return false;
		const names = vocabulary.countryNamesOf(element.label.toLowerCase());
		return names.length > 0 && findElement({ ...element, alternatives: names }, view).length > 0;
	};

	// "Lima Group": a name goes on, capitalized, right after the words found at `i` (not "Lima, Quito").
	const continuesName = (i: number, words: number) => {
		const last = tokens[i + words - 1];
		const next = tokens[i + words];
		return (
			last !== undefined &&
			next !== undefined &&
			/^\p{Lu}/u.test(next.raw) &&
			/^\s+$/u.test(sentence.text.slice(last.end, next.start))
		);
	};

	// "The situation in Peru": where the sentence has the claim's thing in another place ("the situation in Chile").
	const placesOtherwise = (element: ClaimElement) => {
		if (element.kind !== 'place' || claimTokens[element.position - 1]?.norm !== 'in') return false;
		const thing = reading.elements.find((other) => other.kind === 'word' && other.position === element.position - 2);
		if (thing === undefined) return false;
		return findElement(thing, view).some((i) => {
			if (tokens[i + 1]?.norm !== 'in' || !isNameToken(tokens[i + 2] ?? ({} as Token), vocabulary)) return false;
			// The whole name after "in" ("Chilean-held North and South Islands"), any word of which may be the claim's.
			let end = i + 2;
			while (
				end < tokens.length &&
				end - i - 2 < PLACE_NAME_WORDS &&
				(isNameToken(tokens[end] as Token, vocabulary) ||
					tokens[end]?.norm === 'and' ||
					sentence.text[(tokens[end]?.start ?? 0) - 1] === '-')
			)
				end++;
			return !tokens.slice(i + 2, end).some((token) => matchesToken(element, token, tokensOf, vocabulary));
		});
	};

	// A claim of only who was where ("Reed was in Lima on Tuesday"): no deed, no mood.
	const presence =
		reading.mood === undefined &&
		reading.elements.every((element) => element.kind === 'name' || element.kind === 'place') &&
		reading.elements.some((element) => element.kind === 'place' && element.placeRole === 'in');
	const missing: string[] = [];
	const conflicts: string[] = [];
	const roleConflicts: string[] = [];
	const otherCompoundDoers = findOtherCompoundDoers(reading.text, sentence.text, tokensOf, vocabulary);
	const pastClaimed = PAST_MARKER.test(reading.text);
	const pastStated = PAST_MARKER.test(sentence.text);
	const spans: { start: number; end: number }[] = [];
	const at = new Map<ClaimElement, number[]>();
	const opposed = new Set<ClaimElement>();
	const describedOnly = new Set<ClaimElement>();
	const antonyms: { element: ClaimElement; antonym: Token; index: number }[] = [];
	let stated = 0;
	let namesStated = true;
	let words = 0;
	let wordsStated = 0;
	// "Ten years" is a length: its unit is no "year" the claim names ("the first trip of the year").
	const lengths = valuesOf(sentence).quantities.filter((quantity) => quantity.kind === 'duration');
	const inLength = (i: number) =>
		lengths.some(({ span }) => (tokens[i]?.start ?? -1) >= span.start && (tokens[i]?.end ?? 0) <= span.end);
	for (const element of reading.elements) {
		// "In Peru" is stated by "in Lima": what happens in a country's capital happens in the country (not the reverse).
		const capitals = element.kind === 'place' ? vocabulary.capitalsOf(element.label.toLowerCase()) : [];
		// "Met in Peru" is not stated by "Peruvian Foreign Minister Reed": a people's word in a title says whose, not where.
		const placeWords = new Set(element.label.toLowerCase().split(/\s+/u));
		const where = (i: number) =>
			element.kind !== 'place' ||
			element.placeRole !== 'in' ||
			placeWords.has(tokens[i]?.norm ?? '') ||
			!vocabulary.isPeopleWord(tokens[i]?.norm ?? '') ||
			!continuesName(i, 1);
		const found = [
			...findElement(element, view).filter(where),
			...(capitals.length > 0
				? findElement({ ...element, alternatives: capitals }, view).filter(
						(i) => element.placeRole !== undefined && roleOf(tokens, i) === element.placeRole,
					)
				: []),
		].filter((i) => element.kind !== 'word' || !TIME_UNIT.test(element.label) || !inLength(i));
		at.set(element, found);
		for (const i of found) spans.push({ start: tokens[i]?.start ?? 0, end: tokens[i]?.end ?? 0 });
		// Who acts or speaks may be named anywhere in the passage, or not at all when the whole article is about
		// them ("Chile" in an article on Chile); another actor as the subject is caught below.
		// "Peru and Chile backed it": each of several actors the claim joins must be in the sentence that states it.
		const joined = reading.jointActors && reading.agents.includes(element);
		const isBackground =
			element.kind === 'name' &&
			element.subjectSide &&
			!joined &&
			// By the claim's own word: a person's title ("Peru's foreign minister") is made of background words.
			(element.alternatives[0] ?? []).every((stem) => vocabulary.isBackground(stem));
		// "He said …": a person the sentence's pronoun stands for is named by it.
		const byPronoun = element.kind === 'name' && namesReferent(element);
		// "Senior Afghan government officials" where the article says "senior government officials" after a sentence
		// on Afghanistan: a name the whole article is about, only qualifying a thing (no one who acts or receives, no
		// place, no owner), is stated by the sentence before too.
		const qualifier =
			element.kind === 'name' &&
			!element.subjectSide &&
			// After what the claim says of someone: "Russia and the US were …" names who is described.
			reading.elements.some((other) => other.position < element.position && other.kind !== 'name') &&
			!reading.agents.includes(element) &&
			element !== reading.recipient &&
			element.owns === undefined &&
			element.placeRole === undefined &&
			// Before a paragraph's first sentence, only a name qualifying the word after it ("Peruvian officials"): the
			// paragraph before may name a party ("between Peru and Chile") of another story.
			(sentence.index > 1 || headOf(reading, element) !== undefined) &&
			// "Afghan" of Afghanistan, a name the whole article is about.
			element.alternatives.some(
				(alternative) => alternative.length > 0 && alternative.every((stem) => vocabulary.isBackground(stem)),
			);
		// "Reed told Soto …", "raised it with Soto": whom one talks to in a report on Soto's visit is Soto, where the
		// sentence names no other person.
		const before = claimTokens[element.position - 1]?.norm ?? '';
		const own = element.alternatives[0] ?? [];
		const addressee =
			element.kind === 'name' &&
			!element.subjectSide &&
			(TELLING.has(before) ||
				(before === 'with' && claimTokens.slice(0, element.position).some(({ norm }) => TALKING.has(norm)))) &&
			own.length > 0 &&
			own.every((stem) => vocabulary.isMainPerson(stem)) &&
			!tokens.some(
				(token) =>
					token.term !== null &&
					vocabulary.namesPerson([token.term]) &&
					!reading.elements.some((other) => matchesToken(other, token, tokensOf, vocabulary)),
			);
		const inParagraph =
			byPronoun ||
			addressee ||
			(element.kind === 'name' &&
				(element.subjectSide && !joined
					? findElement(element, paragraphView).length > 0 || isRepresented(element, paragraphView.tokens, vocabulary)
					: isRepresented(element, tokens, vocabulary) ||
						// The sentence it continues: a name after it is another story ("… Lavrov arrived in Pakistan").
						(qualifier &&
							(findElement(element, beforeView()).length > 0 ||
								isRepresented(element, beforeView().tokens, vocabulary)))));
		// "Russian-led" where the sentence has "US-led": the doer's slot is there, with another name in it.
		const otherCompoundDoer = otherCompoundDoers.get(element.label.toLowerCase());
		if (otherCompoundDoer !== undefined) {
			conflicts.push(otherCompoundDoer);
			stated++;
			continue;
		}
		if (element.kind === 'name' || element.kind === 'place') {
			// "From Lyon to Nice" against "from Nice to Lyon": the place is there, at the other end of the route.
			const ends = element.kind === 'place' ? found.map((i) => roleOf(tokens, i)) : [];
			const claimed = element.placeRole;
			// "Went to Lima before Quito": an order of stops, where Lima may be a start; no route to compare.
			if (
				(claimed === 'from' || claimed === 'to') &&
				!STOPS_IN_ORDER.test(reading.text) &&
				ends.length > 0 &&
				ends.every((end) => end !== undefined && end !== claimed && end !== 'in')
			) {
				const [end, start] = claimed === 'from' ? ['its end', 'its start'] : ['its start', 'its end'];
				roleConflicts.push(`The article has ${tokens[found[0] ?? 0]?.raw ?? element.label} as ${end}, not ${start}.`);
				stated++;
				continue;
			}
			// "From Lyon" is stated where Lyon is a start; "to Lyon" where one goes to or is in Lyon, or visits it.
			// "In Lyon" is where one went only in a sentence of going ("arrived in Lyon"), not of meeting.
			const going = tokens.some((token) => DESTINATION_VERBS.has(token.norm) || ARRIVING_VERBS.has(token.norm));
			// "Reed was in Lima": where one was is stated by "in Lima", not by Lima acting ("Lima will boost ties").
			const where = claimed === 'in' && presence;
			const inRole =
				element.kind !== 'place' ||
				(claimed !== 'from' && claimed !== 'to' && !where) ||
				found.some((i) => {
					const end = roleOf(tokens, i);
					return (
						end === claimed ||
						(claimed === 'to' && ((end === 'in' && going) || DESTINATION_VERBS.has(tokens[i - 1]?.norm ?? '')))
					);
				});
			// "Pakistani forces" against "government forces": the article qualifies the thing otherwise.
			if (qualifiesOtherwise(element)) {
				missing.push(element.label);
				continue;
			}
			const otherName = inParagraph ? undefined : namedOtherwise(element, found);
			if (otherName !== undefined) {
				roleConflicts.push(
					`The article gives ${otherName}, not ${element.label} ${claimTokens[element.position + 1]?.raw}.`,
				);
				stated++;
				continue;
			}
			// "Will meet in Peru" against "will meet in Lima, … ties between Peru and Chile": Peru is named, not as where
			// it happens, and another place is. Not a word of a longer name either ("Lima" of "the Lima Group").
			const governor = governorOf(claimTokens, element.position);
			const elsewhere =
				element.kind === 'place' &&
				claimed === 'in' &&
				!presence &&
				// "Flew to Lima after being in Quito": a trip's stops are where one was, whatever the roles.
				!reading.elements.some(
					(other) =>
						(other.kind === 'place' && (other.placeRole === 'to' || other.placeRole === 'from')) ||
						(other.kind === 'action' && isGoing(other.label.toLowerCase())),
				) &&
				found.length > 0 &&
				found.every((i) => roleOf(tokens, i) !== 'in' && !continuesName(i, element.label.split(/\s+/u).length)) &&
				findPlaceInRole(element, governor, tokens, claimTerms, vocabulary, reading.mood === 'factual') !== undefined;
			// "The situation in Peru" against "the situation in Chile": Peru elsewhere in the sentence states nothing of it.
			if (
				!elsewhere &&
				!placesOtherwise(element) &&
				((found.length > 0 && inRole) || inParagraph || isBackground || isCapitalAsCountry(element))
			) {
				stated++;
				continue;
			}
			// A place of another name is a conflict, not another subject: "from Spain" against "from Italy".
			if (element.kind === 'name') namesStated = false;
			missing.push(element.label);
			if (element.kind === 'place') {
				// Where the claim's place is named otherwise, only a place the claim's own word hangs on conflicts.
				const other = findPlaceInRole(
					element,
					governor,
					tokens,
					claimTerms,
					vocabulary,
					reading.mood === 'factual',
					elsewhere,
				);
				if (other !== undefined) roleConflicts.push(`The article gives ${other}, not ${element.label}.`);
			}
			continue;
		}
		// "Peru's foreign ministry wants …": the words of an owner's title who acts, as a name, may be stated by the
		// paragraph ("Peru's foreign ministry said in a statement" before the quote that says it).
		// The paragraph must name the owner right before the title ("Peru’s foreign ministry"), not anywhere.
		const owner = reading.elements.find(
			(other) => other.kind === 'name' && other.owns !== undefined && other.owns <= element.position,
		);
		const titled =
			element.kind === 'word' &&
			element.subjectSide &&
			owner !== undefined &&
			findElement(element, paragraphView).some((t) =>
				findElement(owner, paragraphView).some((o) => t > o && t - o <= element.position - owner.position + 1),
			);
		if (titled) {
			stated++;
			continue;
		}
		// A judgement ("poor") is what is compared, not what the sentence must be about.
		if (element.polarity === 0) words++;
		// "Ties were once warm": a judgement of the past is stated only by a sentence on the past; "ties are frosty"
		// not by "once frosty ties".
		const saidOfThePast =
			found.length > 0 &&
			found.every((i) => tokens.slice(Math.max(0, i - PAST_REACH), i).some((token) => PAST_WORDS.has(token.norm)));
		const sameTime = Math.abs(element.polarity) !== 1 || (pastClaimed ? pastStated : !saidOfThePast);
		if (found.length > 0 && sameTime) {
			stated++;
			if (element.polarity === 0) wordsStated++;
			continue;
		}
		// "That quota will be tough to fill" after "… as the June quota nears": a thing of the claim the sentence
		// refers back to ("that", "this" before a common noun of the same kind: a date for a deadline) is stated by
		// the sentence before, as the date itself is (see `statesAllValues`).
		const kind = vocabulary.entityOf(claimTokens[element.position]?.norm ?? '');
		if (
			element.kind === 'word' &&
			found.length === 0 &&
			kind !== undefined &&
			vocabulary.isNoun(claimTokens[element.position]?.norm ?? '') &&
			tokens.some(
				(token, i) =>
					DEMONSTRATIVES.has(token.norm) &&
					/^\p{Ll}/u.test(tokens[i + 1]?.raw ?? '') &&
					vocabulary.isNoun(tokens[i + 1]?.norm ?? '') &&
					vocabulary.entityOf(tokens[i + 1]?.norm ?? '') === kind,
			) &&
			findElement(element, beforeView()).length > 0
		) {
			stated++;
			if (element.polarity === 0) wordsStated++;
			continue;
		}
		// "Flew in" where the article says "arrived": a verb of the same narrow kind states the action.
		const kin = element.kind === 'action' ? findKinVerbs(element, reading.text, sentence.text, tokens) : [];
		if (kin.length > 0) {
			at.set(element, kin);
			stated++;
			if (element.polarity === 0) wordsStated++;
			continue;
		}
		// "Put out a statement", "held a conference", "raised Kashmir": a light verb says little; the sentence's verb of
		// what it does stands for it ("issued", "hosted", "briefed"), and who does that is checked as its doer.
		const light = element.kind === 'action' ? findLightVerb(element, tokens, claimTokens) : [];
		if (light.length > 0) {
			at.set(element, light);
			stated++;
			if (element.polarity === 0) wordsStated++;
			continue;
		}
		// "Described ties as a priority": a describing verb says what its object is, which a sentence stating the object
		// and what it is says too ("its relations … as a key priority"); who says it is checked as for any statement.
		const after =
			element.kind === 'action' ? reading.text.slice(claimTokens[element.position]?.end ?? reading.text.length) : '';
		if (
			element.kind === 'action' &&
			// "Praised the coordination as excellent" describes as "called it excellent" does.
			(DESCRIBING_VERBS.has(element.label.toLowerCase()) ||
				(PRAISE_WORDS.has(element.label.toLowerCase()) && /\bas\b/iu.test(after))) &&
			// "Called on Reed" is a visit, "called for talks" a demand: no description.
			!PARTICLE_AFTER.test(after)
		) {
			describedOnly.add(element);
			stated++;
			continue;
		}
		// "Jumped" where the article says "an increase": a change the same way is stated.
		const [same, other] = OPPOSITES.get(element.polarity) ?? [];
		const change = Math.abs(element.polarity) === 2;
		const onScale =
			change && same !== undefined ? tokens.flatMap((token, i) => (isOnScale(same, token.norm) ? [i] : [])) : [];
		if (onScale.length > 0) {
			// Where the change is said, as for any action: its doer and mood are read there.
			if (element.kind === 'action') at.set(element, onScale);
			stated++;
			continue;
		}
		// "Make it at home", "produce it locally": where the doer's own country is the place ("manufacture it in Peru"),
		// after the claim's deed (or a word of it the tagger took for a noun: "one day produce").
		if (
			HOME_WORDS.has(element.label.toLowerCase()) &&
			isInOwnCountry(
				reading,
				tokens,
				reading.elements.flatMap((other) =>
					other.kind === 'action' || other.kind === 'word' ? (at.get(other) ?? []) : [],
				),
				vocabulary,
			)
		) {
			stated++;
			if (element.polarity === 0) wordsStated++;
			continue;
		}
		missing.push(element.label);
		// "Beneficial, not one-sided": a judgement the claim negates agrees with its opposite. A judgement of the past
		// ("ties used to be frosty") is opposed only by one of the past.
		if (other !== undefined && element.negatedHere !== true && (!pastClaimed || pastStated)) {
			// "a high-level meeting": a word in a compound qualifies a thing; it judges nothing.
			const opposite = tokens.find(
				(token) => (change ? isOnScale(other, token.norm) : other.has(token.norm)) && sentence.text[token.end] !== '-',
			);
			if (opposite !== undefined) {
				conflicts.push(`The article says ${opposite.raw}, not ${element.label}.`);
				opposed.add(element);
			}
		}
		// "An old mindset" against "a new mindset": the lexicon's antonym of the claim's word (weighed below).
		if (!opposed.has(element) && element.negatedHere !== true) {
			const opposites = vocabulary.oppositesOf(element.label.toLowerCase());
			const index = tokens.findIndex(
				(token, i) => token.term !== null && opposites.has(token.term) && !isNegated(tokens, i, options.negationWindow),
			);
			const antonym = tokens[index];
			if (antonym !== undefined) antonyms.push({ element, antonym, index });
		}
	}
	// "Once warm" against "once frosty": what the article says of the past is the other way.
	const judged = reading.elements.find((element) => Math.abs(element.polarity) === 1 && element.negatedHere !== true);
	if (judged !== undefined && pastClaimed && !opposed.has(judged)) {
		const [, other] = OPPOSITES.get(judged.polarity) ?? [];
		const marker = tokens.findIndex((token) => PAST_WORDS.has(token.norm));
		const then =
			marker === -1 ? undefined : tokens.slice(marker + 1, marker + 1 + PAST_REACH).find((t) => other?.has(t.norm));
		if (then !== undefined) {
			conflicts.push(`The article says ${tokens[marker]?.raw} ${then.raw}, not ${judged.label}.`);
			opposed.add(judged);
		}
	}
	// An antonym conflicts only where it says the other way what the claim says: before the thing the claim's word
	// qualifies ("an old mindset" against "a new approach and mindset"). "Separate talks" are another event than "a
	// joint press conference"; "last month" says nothing of who was first.
	// A word's own form negated ("instability" against "a factor of stability") says the other way whatever it
	// qualifies.
	for (const { element, antonym, index } of antonyms) {
		const head = headOf(reading, element);
		const qualifies = (at.get(head ?? element) ?? []).some((i) => i > index && i <= index + options.qualifiedWindow);
		if (!isNegatedForm(element.label, antonym.raw) && (head === undefined || !qualifies)) continue;
		conflicts.push(`The article says ${antonym.raw}, not ${element.label}.`);
		opposed.add(element);
		if (element.polarity === 0) wordsStated++;
	}

	// What a describing verb says is said by "as" or "is" before the description ("relations … as a key priority",
	// "Peru is a factor"), not by an apposition ("the Harbour Project an ambitious project to …" may be the
	// writer's words).
	for (const element of describedOnly) {
		const described = reading.elements.filter((other) => other.kind === 'word' && other.position > element.position);
		const introduced = described.some((other) =>
			(at.get(other) ?? []).some((i) =>
				tokens.slice(Math.max(0, i - options.descriptionWindow), i).some((token) => DESCRIPTION_CUES.has(token.norm)),
			),
		);
		// Said by someone ("he said", "reiterated"), not the writer's narration ("…, emerging as a major player").
		const attributed = tokens.some(
			(token) =>
				ATTRIBUTION_VERBS.has(token.norm) || DESCRIBING_VERBS.has(token.norm) || REACTION_VERBS.has(token.norm),
		);
		if (introduced && attributed) continue;
		describedOnly.delete(element);
		stated--;
		missing.push(element.label);
	}

	// Who acts: a sentence whose action has another subject is about another event ("The United States signed …").
	const actions = reading.elements.filter((element) => element.kind === 'action' && (at.get(element)?.length ?? 0) > 0);
	const occurrences = actions.flatMap((element) => at.get(element) ?? []).sort((a, b) => a - b);
	// "Last month it hosted talks": "it" is the party the sentence, else the one before it, is about.
	const resolveIt = (at: number) =>
		findMainSubject(sentence.text, tokens.slice(0, at), vocabulary) ??
		findMainSubject(context.sentenceBefore?.(paragraph, sentence)?.text ?? '', beforeView().tokens, vocabulary);
	const subjects = occurrences.map((i) =>
		findSubject(sentence.text, tokens, i, options.subjectWindow, vocabulary, resolveIt),
	);
	// A subject is matched by the claim's names or its own subject ("the pm"): "States" of "the United States" is
	// not a "government" the claim names after its verb.
	const named = reading.elements.filter((e) => e.kind === 'name' || e.kind === 'place' || e.subjectSide);
	// Where the action's subject is known, it must be one of the claim's: an occurrence of unknown subject ("forces")
	// does not vouch for the claim's actor.
	const known = subjects.filter((subject) => subject !== undefined);
	// "Through the hosting of the talks": an action named as a thing says who did it only by an owner before it
	// ("Peru's efforts …, including the hosting", "his invitation"); else the claim's actor is unsaid.
	// "The visit", "his two days visit": the determiner of an action named as a thing, past a length of time before
	// it; -1 where none is. ("Were the main backers" names the subject's deed: a modifier is not passed.)
	const determinerOf = (i: number) => findDeterminer(tokens, i);
	const ownedByAgent = (i: number) => {
		const pronoun = tokens[determinerOf(i)]?.norm ?? '';
		// "Reed recalled his meeting with Mora": his is the sentence's subject, the first name in it (a title and
		// name, "Prime Minister Reed", are one), else the person named before the sentence.
		if (OWNING_PRONOUNS.has(pronoun)) {
			// "Congratulated Peru on its development of …": "its" is the nearest name's before it, where one is.
			if (!PERSONAL_PRONOUNS.test(pronoun)) {
				// A country's person acts for it ("the premier" for "Pakistan … its relations").
				const owner = tokens.slice(0, determinerOf(i)).findLast((token) => isNameToken(token, vocabulary));
				const agentCountries = countryStemsOf(reading.agents, vocabulary);
				return (
					owner?.term == null ||
					reading.agents.some((agent) => matchesToken(agent, owner, tokensOf, vocabulary)) ||
					[owner.term, ...vocabulary.countryOf(owner.term)].some((stem) => agentCountries.has(stem))
				);
			}
			const subject = tokens.slice(0, i).findIndex((token) => isNameToken(token, vocabulary));
			if (subject === -1) return referent.length === 0 || reading.agents.some(namesReferent);
			return reading.agents.some((agent) =>
				findElement(agent, view).some((k) => k >= subject && k <= subject + SUBJECT_NAME_WORDS),
			);
		}
		const owner = tokens
			.slice(0, i)
			.findLast((token) => isPossessive(sentence.text, token) && isNameToken(token, vocabulary));
		return owner !== undefined && reading.agents.some((agent) => matchesToken(agent, owner, tokensOf, vocabulary));
	};
	// "The participants, including Peru and Chile": those who did it, listed after the action named as a thing.
	const listsAgent = (i: number) => {
		// Right after it ("the participants, including …"), and the names only, to the first other word.
		const cue = [i + 1, i + 2].find((k) => LISTING.has(tokens[k]?.norm ?? ''));
		if (cue === undefined) return false;
		const end = tokens.findIndex(
			(token, k) => k > cue && !isNameToken(token, vocabulary) && token.norm !== 'and' && token.norm !== 'the',
		);
		const list = tokens.slice(cue + 1, end === -1 ? tokens.length : end);
		return reading.agents.some((agent) => findElement(agent, viewOf(list)).length > 0);
	};
	// "The participation of the rebels": the doer named by "of" right after the action named as a thing. Not of a
	// claim in the passive, whose names are what the deed is done to ("the establishment of a state").
	const followedByAgent = (i: number) => {
		if (reading.passive || tokens[i + 1]?.norm !== 'of') return false;
		const after = tokens.slice(i + 2, i + 2 + OF_AGENT_REACH);
		return reading.agents.some((agent) => findElement(agent, viewOf(after)).length > 0);
	};
	const nominalOnly =
		// An owner ("Reed's trip lasted …") acts in nothing.
		reading.agents.some((agent) => agent.owns === undefined) &&
		occurrences.length > 0 &&
		known.length === 0 &&
		occurrences.every(
			// A claim of absence ("China did not attend") is read against the list by `findPresenceConflict`.
			(i) => determinerOf(i) !== -1 && !ownedByAgent(i) && !followedByAgent(i) && (reading.negated || !listsAgent(i)),
		);
	if (nominalOnly) missing.push(`who ${actions[0]?.label ?? 'did it'}`);
	// A name of several words is its subject by its last ("minister" of "the Peruvian trade minister"); whole, for the
	// first deed's doer: "the foreign minister" is not "the Prime Minister".
	const endsWith = (sequence: readonly string[], subject: Token) => {
		const end = tokens.indexOf(subject);
		return sequence.every((stem, k) => tokens[end - sequence.length + 1 + k]?.term === stem);
	};
	const namedBy = (elements: readonly ClaimElement[], subject: Token, whole = false) =>
		elements.some(
			(e) =>
				matchesToken(e, subject, tokensOf, vocabulary) ||
				e.alternatives.some(
					(sequence) => sequence.length > 1 && (whole ? endsWith(sequence, subject) : sequence.at(-1) === subject.term),
				),
		);
	const isActor = (subject: Token) => namedBy(named, subject);
	// "Reed wants Peru to build it" where the sentence has "Mora … expressed a desire to build it": the wish is Mora's.
	const { wishAt } = reading;
	const wishers = reading.elements.filter((element) => element.kind === 'name' && element.position < wishAt);
	// A wish named as a thing ("Reed expressed a desire to …") is a deed, its doer checked as any deed's.
	const wishIsDeed = DETERMINERS.has(claimTokens[wishAt - 1]?.norm ?? '');
	if (reading.mood === 'desired' && wishers.length > 0 && !wishIsDeed) {
		const wisher = findWisher(sentence.text, tokens, options.subjectWindow, vocabulary);
		const ownCountries = countryStemsOf(wishers, vocabulary);
		const theirs =
			wisher === undefined ||
			namedBy(wishers, wisher) ||
			(wisher.term !== null && vocabulary.countryOf(wisher.term).some((stem) => ownCountries.has(stem)));
		if (!theirs) missing.push('who wants it');
	}
	// "He also briefed …" where "he" is not the claim's actor: another did it.
	// "With his country providing …" where "his" is Reed's: Peru acts, no party the claim names otherwise.
	const referentCountry = referent.flatMap((term) => vocabulary.countryOf(term));
	const byOtherPronoun = occurrences.some((i) => {
		let j = i - 1;
		while (j >= 0 && (AUXILIARIES.has(tokens[j]?.norm ?? '') || SENTENCE_ADVERB.test(tokens[j]?.norm ?? ''))) j--;
		const hisCountry = COUNTRY_NOUNS.has(tokens[j]?.norm ?? '') && /^(?:his|her)$/u.test(tokens[j - 1]?.norm ?? '');
		// Whose: the person the sentence names before "his", else the one the pronoun stands for.
		const named = hisCountry
			? tokens
					.slice(0, Math.max(0, j - 1))
					.findLast(
						(token) =>
							token.term !== null &&
							vocabulary.namesPerson([token.term]) &&
							vocabulary.countryOf(token.term).length > 0,
					)
			: undefined;
		const country = named?.term == null ? referentCountry : vocabulary.countryOf(named.term);
		const countryOfReferent =
			hisCountry &&
			country.length > 0 &&
			// The claim's doer is that country by name, capital or person ("Moscow", "Reed").
			!reading.agents.some((agent) =>
				(agent.alternatives[0] ?? []).some(
					(stem) => country.includes(stem) || vocabulary.countryOf(stem).some((other) => country.includes(other)),
				),
			);
		return (
			countryOfReferent ||
			(/^(?:he|she)$/u.test(tokens[j]?.norm ?? '') &&
				referent.length > 0 &&
				reading.agents.length > 0 &&
				!reading.agents.some(namesReferent))
		);
	});
	// The claim's first deed is its doers': "Peru signed a pact under which the rebels vowed …" is not stated where
	// Chile signed it, though the rebels act too; "Reed expressed satisfaction" not where Lopez did, with Reed beside.
	const firstAction = reading.elements.find((element) => element.kind === 'action');
	const firstSubjects = occurrences.flatMap((i, n) => {
		const subject = subjects[n];
		return firstAction !== undefined && (at.get(firstAction) ?? []).includes(i) && subject !== undefined
			? [subject]
			: [];
	});
	// "Chile is ready for talks", "Chile has agreed to talks" where the sentence has Peru ready: a claim with no deed
	// gives its doer a state or a mood; the sentence's (at the claim's first state word it has, else at its own cue)
	// must be the doer's, where the sentence names whose it is.
	if (
		firstAction === undefined &&
		(reading.agents.length > 0 || claimTokens.some((token) => PARTIES.test(token.norm))) &&
		reading.agents.every((agent) => agent.owns === undefined)
	) {
		// Said of the doer ("is ready", "is a factor of calm", "is a calming force"), not of a thing ("Lima's
		// successful campaign").
		const predicateAt = (element: ClaimElement) => {
			let k = element.position - 1;
			if (!vocabulary.isModifier(element.label.toLowerCase())) {
				if (!vocabulary.isNoun(element.label.toLowerCase())) return false;
				while (k > 0 && reading.elements.some((other) => other.position === k && other.kind === 'word')) k--;
				// "Is a factor", "are factors".
				if (DETERMINERS.has(claimTokens[k]?.norm ?? '')) k--;
			}
			return BE_FORMS.has(claimTokens[k]?.norm ?? '');
		};
		const state = reading.elements.find(
			(element) => element.kind === 'word' && predicateAt(element) && (at.get(element) ?? []).length > 0,
		);
		const i =
			state !== undefined
				? (at.get(state)?.[0] ?? -1)
				: reading.mood === 'factual' || reading.mood === undefined
					? -1
					: tokens.findIndex((token) => CUE_WORDS.has(token.norm));
		// A noun's holder is before its article and the words describing it ("Lima is a calm, steady influence").
		let j = i;
		while (j > 0 && (DETERMINERS.has(tokens[j - 1]?.norm ?? '') || vocabulary.isModifier(tokens[j - 1]?.norm ?? '')))
			j--;
		// Only where the sentence says it with "is" too: "… emerging as a key player" is said of the main clause's subject.
		const nounState = state !== undefined && !vocabulary.isModifier(state.label.toLowerCase());
		const holder =
			i === -1 || (nounState && !BE_FORMS.has(tokens[j - 1]?.norm ?? ''))
				? undefined
				: findSubject(sentence.text, tokens, j, options.subjectWindow, vocabulary, resolveIt);
		// Whose it is in the claim: the names before its state or cue ("Reed said Lima wants …": Lima's, or Reed's).
		const cue = claimTokens.findIndex((token) => CUE_WORDS.has(token.norm));
		const cueAt = state?.position ?? cue;
		const holders = reading.elements.filter((element) => element.kind === 'name' && element.position < cueAt);
		const own = countryStemsOf(holders, vocabulary);
		// "The two countries are …" where the sentence has one name so: the pair is not the one.
		const pair = claimTokens
			.slice(0, Math.max(0, cueAt))
			.some((token, k) => PARTIES.test(token.norm) && PAIR.test(claimTokens[k - 1]?.norm ?? ''));
		// "Peru and Chile were the main backers": each of a list the sentence opens with holds it.
		const list = findSubjectList(sentence.text, tokens, vocabulary);
		const listed =
			list !== undefined &&
			tokens.slice(list.from, list.to).some((token) => isNameToken(token, vocabulary) && namedBy(holders, token));
		if (
			holder !== undefined &&
			isNameToken(holder, vocabulary) &&
			!listed &&
			(pair ||
				(holders.length > 0 &&
					!namedBy(holders, holder) &&
					!(holder.term !== null && vocabulary.countryOf(holder.term).some((stem) => own.has(stem)))))
		) {
			missing.push(state === undefined ? `who ${claimTokens[cue]?.raw ?? 'wants it'}` : `who is ${state.label}`);
		}
	}
	// Not where the sentence's doer is whom the claim has it done to ("Reed called on Lopez" against "Lopez called on
	// Reed": a reversal, read as one below) or whom the claim's doer does it with ("Reed held talks with Lopez": "with"
	// right after the deed, not "satisfaction over trade with Lima").
	const withAt = claimTokens.findIndex(
		(token, k) =>
			token.norm === 'with' &&
			firstAction !== undefined &&
			k > firstAction.position &&
			k - firstAction.position <= MUTUAL_REACH,
	);
	const partners = reading.elements.filter(
		(element) => element.kind === 'name' && withAt >= 0 && element.position > withAt && element.position <= withAt + 2,
	);
	const reversedOrMutual = firstSubjects.some(
		(subject) =>
			(reading.recipient !== undefined && matchesToken(reading.recipient, subject, tokensOf, vocabulary)) ||
			namedBy(partners, subject),
	);
	// A thing as the subject ("the fighters who battled …") is the claim's where the claim has it as its own subject
	// ("the Islamist fighters battled …"), not as what its subject is ("Peru was the main fighter …").
	// Or its verb's by a relative pronoun of its own ("… supporters of the fighters who battled …").
	const relativeAt =
		firstAction !== undefined && RELATIVE_PRONOUNS.has(claimTokens[firstAction.position - 1]?.norm ?? '')
			? firstAction.position - 2
			: -1;
	const claimSubjects = reading.elements.filter(
		(element) =>
			element.position === relativeAt ||
			(named.includes(element) && !claimTokens.slice(0, element.position).some((token) => BE_FORMS.has(token.norm))),
	);
	const otherFirstDoer =
		reading.agents.length > 0 &&
		firstSubjects.length > 0 &&
		!firstSubjects.some(
			(subject) =>
				namedBy(reading.agents, subject, true) ||
				(!isNameToken(subject, vocabulary) && namedBy(claimSubjects, subject)),
		) &&
		!reversedOrMutual;
	// The passive without "by" names no doer ("the pact with Peru was signed"): whoever the sentence has do it may, where
	// it does it ("Chile signed a pact with Peru"), not where the deed is a thing named ("the task of the signing") nor
	// where the sentence's subject is in the state the claim gives its own ("Chile is concerned").
	const doerUnsaid =
		reading.passive &&
		firstAction !== undefined &&
		claimTokens[firstAction.position + 1]?.norm !== 'by' &&
		(at.get(firstAction) ?? []).some((i) => determinerOf(i) === -1 && !BE_FORMS.has(tokens[i - 1]?.norm ?? ''));
	// "Peru toppled the regime" where the sentence has it "toppled in a Chilean-led invasion": a deed the sentence puts
	// in the passive says who did it only after "by" or in "<name>-led"; the claim's doer is not stated by it.
	const verbs = firstAction === undefined ? [] : (at.get(firstAction) ?? []).filter((i) => determinerOf(i) === -1);
	// A participle after a form of "be" ("was toppled"), not the progressive ("is pushing").
	const passiveAt = (i: number) =>
		!/ing$/u.test(tokens[i]?.norm ?? '') &&
		(BE_FORMS.has(tokens[i - 1]?.norm ?? '') ||
			(SENTENCE_ADVERB.test(tokens[i - 1]?.norm ?? '') && BE_FORMS.has(tokens[i - 2]?.norm ?? '')));
	const doneByAgent = (i: number) => {
		const after = sentence.text.slice(tokens[i]?.end ?? 0, tokens[i + options.agentWindow]?.end);
		const by = /\bby\b|-(?:led|backed|brokered|sponsored)\b/iu.exec(after);
		return by !== null && reading.agents.some((agent) => findElement(agent, viewOf(tokensOf(after))).length > 0);
	};
	// The claim's own verb in the active, right after its doer ("Peru toppled"), not after the object of a preposition
	// ("a relationship with Russia based on trust").
	const doerBefore =
		firstAction === undefined
			? undefined
			: reading.elements.filter((element) => element.position < firstAction.position).at(-1);
	const doneByClaimed =
		doerBefore !== undefined &&
		reading.agents.includes(doerBefore) &&
		!OBJECT_PREPOSITIONS.has(claimTokens[doerBefore.position - 1]?.norm ?? '');
	if (!reading.passive && doneByClaimed && verbs.length > 0 && verbs.every(passiveAt) && !verbs.some(doneByAgent)) {
		missing.push(`who ${firstAction?.label ?? 'did it'}`);
	}
	const otherActor = doerUnsaid
		? byOtherPronoun
		: (known.length > 0 && !known.some(isActor)) || otherFirstDoer || byOtherPronoun;
	// Not an owner: "Reed's visit" says nothing of who else visited.
	const doer =
		reading.agents.length > 0 && known.length > 0 && (!known.some(isActor) || otherFirstDoer)
			? (otherFirstDoer ? firstSubjects : known).find(
					(subject) =>
						subject.term !== null &&
						vocabulary.isActor(subject.term) &&
						/^\p{Lu}/u.test(subject.raw) &&
						!isPossessive(sentence.text, subject),
				)
			: undefined;
	// The whole name or list of names the subject ends ("United States" of "States", "Peru, Chile and Mali").
	let from = doer === undefined ? -1 : tokens.indexOf(doer);
	const gapBefore = (k: number) => sentence.text.slice(tokens[k - 1]?.end ?? 0, tokens[k]?.start ?? 0).trim();
	const joinsName = (k: number, separators: readonly string[]) => {
		const before = tokens[k - 1];
		return (
			before !== undefined &&
			(isNameToken(before, vocabulary) || before.norm === 'and') &&
			separators.includes(gapBefore(k))
		);
	};
	// The name, then the list it ends where "and" joins it: "Soto, Reed said" is an aside and a name.
	while (from > 0 && tokens[from - 1]?.norm !== 'and' && joinsName(from, [''])) from--;
	if (tokens[from - 1]?.norm === 'and') while (from > 0 && joinsName(from, ['', ','])) from--;
	if (tokens[from]?.norm === 'and') from++;
	// A doer "it" stands for is named in a sentence before: by its own word.
	const doerRun =
		doer === undefined
			? undefined
			: from === -1
				? doer.raw
				: sentence.text.slice(tokens[from]?.start ?? doer.start, doer.end);
	// Another party of the same kind only: "the Prime Minister" may act for the claim's Peru, "Lima" for its Reed;
	// another person, or another country, does not.
	const isPerson = (stems: readonly string[]) => vocabulary.namesPerson(stems);
	const doerName =
		doerRun !== undefined &&
		isPerson(tokensOf(doerRun).flatMap((token) => (token.term === null ? [] : [token.term]))) ===
			reading.agents.some((agent) => isPerson(agent.alternatives[0] ?? []))
			? doerRun
			: undefined;
	conflicts.push(...roleConflicts);
	// Who gives and who receives are those of the claim's first action ("gave Chile"), at its occurrences only.
	const ofFirst = new Set(firstAction === undefined ? [] : (at.get(firstAction) ?? []));
	const reversed = findReversal(
		reading,
		sentence.text,
		tokens,
		occurrences.filter((i) => ofFirst.has(i)),
		subjects.filter((_, n) => ofFirst.has(occurrences[n] ?? -1)),
		options,
		vocabulary,
		tokensOf,
	);
	if (reversed?.conflict !== undefined) conflicts.push(reversed.conflict);
	if (reversed?.otherReceiver !== undefined) missing.push(`whom (the article has ${reversed.otherReceiver})`);

	// "Work will start before the deal is signed" against "as soon as it is signed": the other order of two events.
	// The claim's deeds where the sentence has them: the deed an order clause orders must be one of them.
	const deedStarts = reading.elements.flatMap((element) =>
		element.kind === 'action' ? (at.get(element) ?? []).map((i) => tokens[i]?.start ?? -1) : [],
	);
	const order = findOrderConflict(reading.text, sentence.text, tokensOf, deedStarts);
	if (order !== undefined) conflicts.push(order);

	// A name right after the claim's "with": whom the claim has something done with.
	const isWithPartner = (element: ClaimElement) =>
		element.kind === 'name' && claimTokens[element.position - 1]?.norm === 'with';
	// "… from Chile, with whom Peru has long ties": the ties are Chile's, not another name's the sentence has too, nor
	// two other parties'.
	const partnerAt = /,\s*with\s+(?:whom|which)\b/iu.exec(sentence.text)?.index;
	if (partnerAt !== undefined) {
		const antecedent = tokens.findLast((token) => token.end <= partnerAt && isNameToken(token, vocabulary));
		const partner = reading.elements.find(isWithPartner);
		// "Peru and Mali have long ties": the parties the claim joins, one the sentence's partner and the others who has
		// ties with it (the name right after "with whom").
		const parties = partner !== undefined ? [partner] : reading.jointActors ? reading.agents : [];
		const holder = tokens.find((token) => token.start > partnerAt && isNameToken(token, vocabulary));
		const matches = (party: ClaimElement, token: Token | undefined) =>
			token !== undefined && matchesToken(party, token, tokensOf, vocabulary);
		const asPartner = parties.find((party) => matches(party, antecedent));
		const othersHold = partner !== undefined || parties.every((party) => party === asPartner || matches(party, holder));
		if (antecedent !== undefined && parties.length > 0 && (asPartner === undefined || !othersHold)) {
			missing.push(`with whom (the article has ${antecedent.raw})`);
		}
	}

	// "Signed a pact with Chile" against "signed a pact … with Peru": the names after the "with" shortly after the
	// sentence's deed (a list, titles and all: "with President Reed, General Diaz and Chile") are whom it was done with.
	const claimPartner = reading.elements.find(
		(element) => isWithPartner(element) && firstAction !== undefined && element.position > firstAction.position,
	);
	if (claimPartner !== undefined && firstAction !== undefined) {
		for (const i of at.get(firstAction) ?? []) {
			const withAt = tokens.findIndex((token, k) => k > i && k - i <= PARTNER_REACH && token.norm === 'with');
			if (withAt === -1) continue;
			const end = tokens.findIndex(
				(token, k) => k > withAt && !/^\p{Lu}/u.test(token.raw) && !LIST_WORDS.has(token.norm),
			);
			const run = tokens.slice(withAt + 1, end === -1 ? tokens.length : end);
			// A comma ends the names unless a list goes on to its "and" ("with Reed, Lavrov said" is no list).
			const comma = run.findIndex(
				(token, k) => k > 0 && sentence.text.slice(run[k - 1]?.end, token.start).includes(','),
			);
			const partners =
				comma !== -1 && !run.slice(comma).some((token) => token.norm === 'and') ? run.slice(0, comma) : run;
			while (LIST_WORDS.has(partners.at(-1)?.norm ?? '')) partners.pop();
			if (!partners.some((token) => isNameToken(token, vocabulary))) continue;
			// "Reed held talks with Diaz" where Diaz held them "with Reed": a deed done together, either way round. Both
			// in the one list ("talks with Reed, Diaz and Soto") are partners of another, not of each other.
			const names = (element: ClaimElement) =>
				findElement(element, viewOf(partners)).length > 0 ||
				partners.some((token) => matchesToken(element, token, tokensOf, vocabulary));
			const hasAgent = reading.agents.some(names);
			const hasPartner = names(claimPartner);
			if (hasAgent === hasPartner) {
				const phrase = sentence.text.slice(partners[0]?.start ?? 0, partners.at(-1)?.end ?? 0);
				missing.push(`with whom (the article has ${phrase})`);
			}
			break;
		}
	}

	// What the claim says beyond its elements: owners, accused and accuser, negations, a cause, "only".
	const details = findUnstatedDetails(reading, sentence, tokens, at, occurrences, named, {
		vocabulary,
		tokensOf,
		options,
		claimTokens,
	});
	missing.push(...details.missing);
	conflicts.push(...details.conflicts);

	const values = valuesOf(sentence);
	// "Peru will refine 8 million tonnes" against "Peru will buy 8 million tonnes and refine them": the claim's number
	// is stated, but as another deed's. The claim's deeds before its number ("buy and refine 8 million") must each be
	// the number's where the sentence has them after it; a participle after it ("8 million refined barrels") is none.
	const deedOfOtherNumber = actions.find((action) =>
		reading.quantities.some((claimed) => {
			const stated = values.quantities.filter((q) => isComparable(claimed, q) && agrees(claimed, q, options));
			const claimedAt = claimTokens.findIndex((token) => token.start >= claimed.start);
			const deeds = at.get(action) ?? [];
			return (
				stated.length > 0 &&
				action.position < claimedAt &&
				stated.every((q) => {
					const number = tokens.findIndex((token) => token.start >= q.start);
					return (
						deeds.every((deed) => deed > number) &&
						!deeds.some((deed) => isNumberOfDeed(tokens, deed, number, options.valueVerbWindow))
					);
				})
			);
		}),
	);
	if (deedOfOtherNumber !== undefined) missing.push(`the number for “${deedOfOtherNumber.label}”`);
	// "Three days in Lima" is not contradicted by a two-day visit where the sentence does not name Lima: the stay is
	// another place's.
	const placesStated = reading.elements.every(
		(element) => element.kind !== 'place' || (at.get(element) ?? []).length > 0,
	);
	const compared = reading.quantities.filter((quantity) => quantity.kind !== 'duration' || placesStated);
	conflicts.push(...compareQuantities(compared, values.quantities, options));
	// A time is the claim's event's only in a sentence that gives its amounts too, where it has any: "150,000 doses
	// next month" is not contradicted by "last month it hosted talks".
	// Where someone was, with no deed ("Reed was in Lima on Tuesday"), is not dated by a deed of the sentence there.
	if (!presence && reading.quantities.every((claimed) => values.quantities.some((q) => isComparable(claimed, q)))) {
		conflicts.push(...compareTimes(reading.times, values.times));
	}

	const share = reading.elements.length === 0 ? 0 : stated / reading.elements.length;
	const valuesShared = reading.quantities.length + reading.times.length > 0 && words === 0 && conflicts.length > 0;
	// The same event: the claim's action is stated (by a synonym at least), by the same actor, with its names.
	// An action the sentence states the other way ("dropped" against "an increase") is the same event.
	const actionsStated = reading.elements.every(
		(element) =>
			element.kind !== 'action' ||
			(at.get(element)?.length ?? 0) > 0 ||
			opposed.has(element) ||
			describedOnly.has(element),
	);
	const sameParties = !otherActor && namesStated;
	const about =
		sameParties &&
		actionsStated &&
		(words === 0 ? valuesShared || stated > 0 : wordsStated / words >= options.aboutShare);

	// How the article puts the action: the claim holds when one of its statements has the claim's mood and sign.
	let weaker: Comparison['weaker'];
	let oppositePolarity: string | undefined = details.opposite;
	// A denial answers a claim about the denier: "Peru denies that" says nothing of Chile's worries.
	const denier = findDenial(following, tokensOf, options.replyLength);
	const denierTokens = denier === undefined ? [] : tokensOf(denier);
	const denierView = viewOf(denierTokens);
	const deniedBy =
		denier !== undefined &&
		reading.elements.some(
			(element) =>
				element.kind === 'name' &&
				(findElement(element, denierView).length > 0 || isRepresented(element, denierTokens, vocabulary)),
		)
			? denier
			: undefined;
	const deniedBySubject =
		deniedBy !== undefined &&
		reading.elements.some((element) => element.subjectSide && findElement(element, denierView).length > 0);
	// "Peru denies that": a denied statement counts as negated, and the denial itself as a fact.
	const denialStated = deniedBySubject && reading.negated && !reading.alleges;
	if (occurrences.length > 0 && !denialStated) {
		const read = readSignAndMood(reading, sentence, tokens, values, occurrences, actions, at, deniedBy, options);
		weaker = read.weaker;
		oppositePolarity = read.opposite ?? oppositePolarity;
	}
	// Who the sentence lists before its verb "to be" or auxiliary: each party the claim joins must be among them.
	// The claim's own list: its names before its first such verb, joined by "and" ("Peru and Chile were …").
	const list = findSubjectList(sentence.text, tokens, vocabulary);
	const claimVerb = claimTokens.findIndex((token) => AUXILIARIES.has(token.norm));
	const claimList = reading.elements.filter((element) => element.kind === 'name' && element.position < claimVerb);
	const claimJoins = claimTokens.slice(0, Math.max(0, claimVerb)).some((token) => token.norm === 'and');
	const inList = (element: ClaimElement) =>
		(at.get(element) ?? []).some((i) => list !== undefined && i >= list.from && i < list.to);
	// One party the claim puts first that the sentence names only after its list: "Chile was the main backer"
	// against "Peru and Mali were the main backers of the rebels who fought Chilean forces".
	// A copula's subject only ("were the main backers"), not a passive's ("were fought by …").
	const describesSubject =
		BE_FORMS.has(claimTokens[claimVerb]?.norm ?? '') &&
		!/\bby\b/iu.test(reading.text.slice(claimTokens[claimVerb]?.end));
	const onlyElsewhere =
		list !== undefined &&
		describesSubject &&
		!claimJoins &&
		claimList.length === 1 &&
		claimList.every(
			(element) => (at.get(element) ?? []).length > 0 && (at.get(element) ?? []).every((i) => i >= list.to),
		);
	if (onlyElsewhere) missing.push(...claimList.map((element) => element.label));
	// "Chile backed the rebels" against "Peru and Mali were the main backers of the rebels": the deed named as what the
	// listed parties were, a few words after their verb; a doer of the claim outside the list is not said to do it.
	const deedOfList =
		list !== undefined &&
		firstAction !== undefined &&
		BE_FORMS.has(tokens[list.to]?.norm ?? '') &&
		(at.get(firstAction) ?? []).some((i) => i > list.to && i - list.to <= LIST_DEED_REACH);
	if (deedOfList && reading.agents.length > 0 && !reading.agents.some(inList)) {
		missing.push(`who ${firstAction?.label ?? 'did it'}`);
	}
	const listedInstead =
		list !== undefined &&
		((claimJoins && claimList.some(inList) && !claimList.every(inList)) || onlyElsewhere) &&
		// All else the claim says is stated: only who is listed differs.
		missing.every((label) => claimList.some((element) => element.label === label))
			? sentence.text.slice(tokens[list.from]?.start ?? 0, tokens[list.to - 1]?.end ?? 0)
			: undefined;
	return {
		sentence,
		paragraph,
		about,
		sameParties,
		share,
		missing,
		conflicts,
		roleConflicts,
		weaker,
		oppositePolarity,
		deniedBy,
		deniedBySubject,
		otherDoer: doerName,
		listedInstead,
		spans,
		statesValues: statesAllValues(reading, sentence, options, context.sentenceBefore?.(paragraph, sentence)),
	};
}

/**
 * The occurrences of the claim's action that its values belong to: in "have provided 50,000 and intend to provide
 * 150,000 more", 150,000 is what is intended. Each value goes with the nearest occurrence before it.
 */
/**
 * How the sentence puts the claim's actions: its sign (a negation, a denial after it) and mood (a plan, an offer, a
 * wish, a condition), for each action of the claim; what opposes the claim, or says less than it.
 */
function readSignAndMood(
	reading: ClaimReading,
	sentence: Sentence,
	tokens: readonly Token[],
	values: { quantities: readonly Quantity[]; times: readonly TimePoint[] },
	occurrences: readonly number[],
	actions: readonly ClaimElement[],
	at: ReadonlyMap<ClaimElement, readonly number[]>,
	deniedBy: string | undefined,
	options: CompareOptions,
): { weaker: Comparison['weaker']; opposite: string | undefined } {
	let weaker: Comparison['weaker'];
	let opposite: string | undefined;
	const readings = bindToValues(reading, values, tokens, occurrences).map((i) => ({
		mood: readArticleMood(sentence.text, tokens, i, options.moodWindow),
		negated: isNegated(tokens, i, options.negationWindow) !== (deniedBy !== undefined && !reading.alleges),
		i,
	}));
	// "Discussed, not signed": where each negation is an action's own, each action keeps its own sign.
	const claimNegatedAt = (i: number) =>
		reading.negationIsLocal
			? actions.some((action) => action.negatedHere === true && (at.get(action) ?? []).includes(i))
			: reading.negated;
	// Each action in its sign: one stated only the other way ("did not support" against "supporters") opposes; so does
	// one a claim without negation has the article deny ("has forgotten" against "has not forgotten"), whatever its
	// other actions.
	const opposedAction =
		reading.negationIsLocal || !reading.negated
			? actions.find((action) => {
					const own = readings.filter((r) => (at.get(action) ?? []).includes(r.i));
					return own.length > 0 && own.every((r) => r.negated !== claimNegatedAt(r.i));
				})
			: undefined;
	const sameSign = opposedAction === undefined ? readings.filter((r) => r.negated === claimNegatedAt(r.i)) : [];
	// "As soon as it is signed" is no opposite of "it has not been signed": only a statement in the claim's mood is.
	const inMood = (r: (typeof readings)[number]) =>
		reading.mood === undefined || SUPPORTING_MODALITIES[reading.mood].includes(r.mood.mood);
	if (sameSign.length === 0) {
		const first = readings.find((r) => opposedAction === undefined || (at.get(opposedAction) ?? []).includes(r.i));
		if (first !== undefined && inMood(first) && !reading.negatedByDenialOnly) {
			opposite = phraseAround(sentence.text, tokens, first.i, options.quoteWordsBefore, options.quoteWordsAfter);
		} else if (first !== undefined) {
			weaker = {
				mood: first.mood.mood,
				phrase: phraseAround(sentence.text, tokens, first.i, first.mood.back, options.quoteWordsAfter),
			};
		}
	} else if (reading.mood !== undefined) {
		const supporting = new Set<Modality>(SUPPORTING_MODALITIES[reading.mood]);
		for (const action of actions) if (action.ownMood !== undefined) supporting.add(action.ownMood);
		if (reading.progressive) supporting.add('prospective');
		// Each action of the claim in its mood: "the strike has ended" is not "strikes … in order to end them".
		const unfit = actions.find((action) => {
			const own = new Set(at.get(action));
			const mine = sameSign.filter((r) => own.has(r.i));
			return mine.length > 0 && !mine.some((r) => supporting.has(r.mood.mood));
		});
		const fitting = unfit === undefined ? sameSign.find((r) => supporting.has(r.mood.mood)) : undefined;
		const first = unfit === undefined ? sameSign[0] : sameSign.find((r) => new Set(at.get(unfit)).has(r.i));
		if (fitting === undefined && first !== undefined) {
			weaker = {
				mood: first.mood.mood,
				// A cue far back is quoted with the verb, not with all between ("plans to … open the bridge").
				phrase:
					first.mood.back <= options.quoteWordsBefore * 2
						? phraseAround(sentence.text, tokens, first.i, first.mood.back, options.quoteWordsAfter)
						: `${phraseAround(sentence.text, tokens, first.i - first.mood.back + 1, 0, 2)} … ${phraseAround(sentence.text, tokens, first.i, 0, options.quoteWordsAfter)}`,
			};
		}
	}
	return { weaker, opposite };
}

/** What a claim says beyond its elements, where the sentence does not say it as well. */
interface UnstatedDetails {
	readonly missing: string[];
	readonly conflicts: string[];
	/** The sentence's words stating plainly what the claim negates ("a need" against "no need"). */
	readonly opposite: string | undefined;
}

/**
 * The checks of /check beyond the claim's elements: what a name owns ("Lima's plan" against "Peru's plan"), who is
 * accused and who accuses, a word the claim negates, a negation with no action to compare, a cause, and the words
 * that make a claim stronger ("the only", "first ever").
 */
function findUnstatedDetails(
	reading: ClaimReading,
	sentence: Sentence,
	tokens: readonly Token[],
	at: ReadonlyMap<ClaimElement, readonly number[]>,
	occurrences: readonly number[],
	named: readonly ClaimElement[],
	context: {
		vocabulary: ClaimVocabulary;
		tokensOf: (text: string) => readonly Token[];
		options: CompareOptions;
		/** The claim's words, as `compareWithSentence` read them. */
		claimTokens: readonly Token[];
	},
): UnstatedDetails {
	const { vocabulary, tokensOf, options, claimTokens } = context;
	const missing: string[] = [];
	const conflicts: string[] = [];
	let oppositeWord: string | undefined;
	// "Lima's plan" is not "Peru's plan": where the sentence gives what a name owns another owner, it is another's.
	for (const owner of reading.elements) {
		const owned = reading.elements.find((element) => element.position === owner.owns);
		if (owned === undefined) continue;
		// The whole thing owned must be there: "Peru's foreign ministry" is not "Lima's foreign minister".
		const rest = reading.elements.filter(
			(element) =>
				element.kind === 'word' && element.position > owned.position && element.position <= owned.position + 2,
		);
		for (const i of at.get(owned) ?? []) {
			if (!rest.every((element) => (at.get(element) ?? []).some((j) => j > i && j <= i + 2))) continue;
			const other = tokens
				.slice(Math.max(0, i - options.ownerWindow), i)
				.findLast((token) => isPossessive(sentence.text, token) && isNameToken(token, vocabulary));
			if (other !== undefined && !matchesToken(owner, other, tokensOf, vocabulary)) {
				conflicts.push(
					`The article has ${sentence.text.slice(other.start, tokens[i]?.end ?? other.end)}, not ${owner.label.replace(/[’']s?$/u, '')}’s.`,
				);
				break;
			}
		}
	}

	// "His Chilean counterpart" against "his Peruvian counterpart": a people's word before a thing is whose it is, and
	// the sentence's thing is another people's, whatever else of the claim's people the sentence names.
	for (const people of reading.elements) {
		const qualified = reading.elements.find((element) => element.position === people.position + 1);
		// The thing may be a title ("an American foreign minister"), not another people's word or a country.
		if (
			people.kind !== 'name' ||
			qualified === undefined ||
			(qualified.kind !== 'word' && qualified.kind !== 'name') ||
			!vocabulary.isPeopleWord(claimTokens[people.position]?.norm ?? '') ||
			vocabulary.isPlace(claimTokens[qualified.position]?.norm ?? '')
		)
			continue;
		const before = (at.get(qualified) ?? []).map((i) => tokens[i - 1]);
		const other = before.find(
			(token) =>
				token !== undefined &&
				vocabulary.isPeopleWord(token.norm) &&
				!matchesToken(people, token, tokensOf, vocabulary),
		);
		const own = before.some((token) => token !== undefined && matchesToken(people, token, tokensOf, vocabulary));
		if (other !== undefined && !own) {
			conflicts.push(`The article says ${other.raw} ${qualified.label}, not ${people.label} ${qualified.label}.`);
		}
	}

	// "The rebels kept out of the government" against "a government with the participation of the rebels": a party
	// the claim excludes that the sentence includes is the opposite; where the sentence includes nobody, the exclusion
	// is unsaid (search reads "kept" as no word of a question).
	const excluding = EXCLUDING.exec(reading.text);
	if (excluding !== null) {
		const phrase = claimTokens.findIndex((token) => token.start >= excluding.index);
		const parties = reading.elements.filter(
			(element) => element.kind === 'name' && Math.abs(element.position - phrase) <= options.excludedWindow,
		);
		const partyTokens = parties.flatMap((party) => at.get(party) ?? []).flatMap((i) => tokens[i] ?? []);
		const inclusion = [...sentence.text.matchAll(INCLUDING)]
			.map((match) => ({
				start: match.index,
				party: partyTokens.find(
					(token) => token.start >= match.index && token.start - match.index <= match[0].length + options.includedReach,
				),
			}))
			.find(({ party }) => party !== undefined);
		// What is wished or planned ("wants them kept out") against what the article wishes ("we look forward to … the
		// participation of X"); that they are out now the article may not settle.
		if (inclusion?.party !== undefined && reading.mood !== 'factual') {
			// The whole name ("the United States"), not its first word.
			const name = /^[\p{Lu}][\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/u.exec(sentence.text.slice(inclusion.party.start))?.[0];
			const end = inclusion.party.start + (name?.length ?? inclusion.party.end - inclusion.party.start);
			conflicts.push(`The article says “${sentence.text.slice(inclusion.start, end)}”, not ${excluding[0]}.`);
		} else {
			missing.push(excluding[0]);
		}
	}

	// "Lima was accused of it" where the article has Peru accused: the accused is the name just before "accused".
	if (reading.alleges && !reading.accuses) {
		const cue = tokens.findIndex((token) => CUE_WORDS.get(token.norm) === 'alleged');
		const accused = tokens
			.slice(Math.max(0, cue - options.accusedWindow), Math.max(0, cue))
			.findLast((token) => isNameToken(token, vocabulary));
		if (cue > 0 && accused !== undefined && !named.some((e) => matchesToken(e, accused, tokensOf, vocabulary))) {
			missing.push(`who was accused`);
		}
	}

	// "Peru accused Chile of it" where the article has "Chile was accused of it": who accuses is not said.
	if (
		reading.accuses &&
		tokens.some((token, i) => CUE_WORDS.get(token.norm) === 'alleged' && BE_FORMS.has(tokens[i - 1]?.norm ?? '')) &&
		!tokens.some((token, i) => CUE_WORDS.get(token.norm) === 'alleged' && !BE_FORMS.has(tokens[i - 1]?.norm ?? ''))
	) {
		missing.push('who accused');
	}

	// "No need" where the sentence says "a need": a word the claim negates, stated without negation, opposes it.
	for (const element of reading.elements) {
		if (element.kind !== 'word' || element.negatedHere !== true) continue;
		const found = at.get(element) ?? [];
		if (found.length > 0 && found.every((i) => !isNegated(tokens, i, options.negationWindow))) {
			oppositeWord = phraseAround(sentence.text, tokens, found[0] ?? 0, 1, options.quoteWordsAfter);
			break;
		}
	}

	// "Reed went into detail" where the sentence has him speak "without going into detail": a word of the claim the
	// sentence has only under a negation of its own is not said, it is denied.
	if (!reading.negated && oppositeWord === undefined) {
		for (const element of reading.elements) {
			if (element.kind !== 'word' || element.polarity !== 0) continue;
			const found = at.get(element) ?? [];
			if (found.length > 0 && found.every((i) => isNegated(tokens, i, options.negationWindow))) {
				oppositeWord = phraseAround(sentence.text, tokens, found[0] ?? 0, options.negationWindow, 0);
				break;
			}
		}
	}

	// "Peru doesn't want it" with no action to compare the sign of: the sentence must negate something too.
	if (
		reading.negated &&
		oppositeWord === undefined &&
		occurrences.length === 0 &&
		!tokens.some((_, i) => deniesAt(tokens, i))
	) {
		missing.push('not');
	}

	// "Because of X": a cause the sentence must give as one.
	if (reading.givesCause && !CAUSE_WORDS.test(sentence.text)) missing.push('why');

	// "The first ever", "the only factor": the sentence must say it as strongly, of the same word ("not only …"
	// says nothing of the only factor).
	for (const { word, next } of reading.strengtheners) {
		const said = tokens.some(
			(token, i) =>
				token.norm === word &&
				(next === undefined ||
					tokens.slice(i + 1, i + 1 + options.strengthenedWindow).some((other) => other.term === next)),
		);
		if (!said) missing.push(word);
	}

	return { missing, conflicts, opposite: oppositeWord };
}

function bindToValues(
	reading: ClaimReading,
	values: { quantities: readonly Quantity[]; times: readonly TimePoint[] },
	tokens: readonly Token[],
	occurrences: readonly number[],
): number[] {
	const starts = [
		...values.quantities
			.filter((q) => reading.quantities.some((claimed) => claimed.value === q.value))
			.map((q) => q.start),
		...values.times.filter((t) => reading.times.some((claimed) => claimed.value === t.value)).map((t) => t.start),
	];
	if (starts.length === 0) return [...occurrences];
	const bound = new Set<number>();
	for (const start of starts) {
		const before = occurrences.filter((i) => (tokens[i]?.start ?? 0) < start);
		const nearest = before.at(-1);
		if (nearest !== undefined) bound.add(nearest);
	}
	return bound.size > 0 ? [...bound] : [...occurrences];
}

// "The two countries", "both nations": the pair of parties an article about them is about.
const PAIR = /^(?:two|both)$/u;
const PARTIES = /^(?:countries|nations|states|sides|governments|capitals)$/u;
/** How many words before "the two sides" a "between" makes them anyone's two ("between the two warring sides"). */
const BETWEEN_REACH = 3;

/**
 * Whether the text speaks of the element without naming it: a person of the country it names ("Reed" for
 * Chile), "the" thing it is a name of ("the vaccine" for Vaxo-9), or, for a party the whole article is about,
 * "the two countries".
 */
function isRepresented(element: ClaimElement, tokens: readonly Token[], vocabulary: ClaimVocabulary): boolean {
	const stems = new Set(element.alternatives.flatMap((sequence) => (sequence.length === 1 ? sequence : [])));
	const heads = new Set([...stems].flatMap((stem) => vocabulary.headsOf(stem)));
	const party = element.kind === 'name' && [...stems].some((stem) => vocabulary.isPairParty(stem));
	// A person stands for their country as a whole: "Republic" is not "the Ruritanian Republic".
	const sequences = new Set(element.alternatives.map((sequence) => sequence.join(' ')));
	return tokens.some(
		(token, i) =>
			(token.term !== null &&
				(sequences.has(vocabulary.countryOf(token.term).join(' ')) ||
					(heads.has(token.term) && tokens[i - 1]?.norm === 'the'))) ||
			(party &&
				PARTIES.test(token.norm) &&
				PAIR.test(tokens[i - 1]?.norm ?? '') &&
				// "An interim government between the two sides": any two, a war's as well ("between the two nations" is the
				// pair's).
				!(
					token.norm === 'sides' &&
					tokens.slice(Math.max(0, i - BETWEEN_REACH), i).some((before) => before.norm === 'between')
				)),
	);
}

/** Whether an article word names the element, or someone who acts for it ("Lima", "Reed" for Peru). */
function matchesToken(
	element: ClaimElement,
	token: Token,
	tokensOf: (text: string) => readonly Token[],
	vocabulary: ClaimVocabulary,
): boolean {
	return findElement(element, viewOf(tokensOf(token.raw))).length > 0 || isRepresented(element, [token], vocabulary);
}

/** The place role the words before a token give it ("from", "to", "in"), past "the". */
function roleOf(tokens: readonly Token[], i: number): string | undefined {
	const before = tokens[i - 1]?.norm === 'the' ? tokens[i - 2] : tokens[i - 1];
	return PLACE_ROLES[before?.norm ?? ''];
}

/** How many words before a place the claim's word its role hangs on may stand in the article ("doses of … vaccine to"). */
const GOVERNOR_REACH = 7;

/** The word a place's role hangs on: the word before "to" ("flew to Lima"), or a verb taking it ("visited Lima"). */
function governorOf(tokens: readonly Token[], place: number): Token | undefined {
	const role = tokens[place - 1]?.norm === 'the' ? place - 2 : place - 1;
	return PLACE_ROLES[tokens[role]?.norm ?? ''] !== undefined && !isGoing(tokens[role]?.norm ?? '')
		? tokens[role - 1]
		: tokens[role];
}

/** A name in the sentence that plays the place role ("in Santiago") the claim gives another name ("in Lima"). */
function findPlaceInRole(
	place: ClaimElement,
	/** The word the claim's place role hangs on ("flew" of "flew to Lima", "peace" of "peace to Lima"). */
	governor: Token | undefined,
	tokens: readonly Token[],
	claimTerms: ReadonlySet<string>,
	vocabulary: ClaimVocabulary,
	/** Whether the claim states a deed: the place of what is only planned or suggested is no fact against it. */
	factual: boolean,
	/** Whether the place must hang on the claim's word in the sentence too, whatever its role. */
	sameWordOnly = false,
): string | undefined {
	// "Headed to Lima" against "bring peace to Quito": a destination conflicts with a destination, a route's end
	// with a route's end ("from Lyon to Nice"), anything else only with the same word's ("peace to").
	// "50,000 doses to Peru" against "50,000 doses of vaccine to Chile": the claim's word in the same noun phrase.
	// The claim's word stands a few words before the place in the sentence too.
	const governedAt = (at: number) =>
		governor?.term != null &&
		tokens.slice(Math.max(0, at - GOVERNOR_REACH), at).some((token) => token.term === governor.term);
	const sameGovernor = (other: Token | undefined, at: number) =>
		(isGoing(governor?.norm ?? '') && isGoing(other?.norm ?? '')) ||
		governedAt(at) ||
		(governor !== undefined &&
			other !== undefined &&
			isNameToken(governor, vocabulary) &&
			isNameToken(other, vocabulary));
	const hangsOnWord = (at: number) => governor !== undefined && !isNameToken(governor, vocabulary) && governedAt(at);
	for (let i = 1; i < tokens.length; i++) {
		const token = tokens[i] as Token;
		if (roleOf(tokens, i) !== place.placeRole || !isNameToken(token, vocabulary) || !vocabulary.isPlace(token.norm)) {
			continue;
		}
		if (place.placeRole === 'to' && !sameGovernor(governorOf(tokens, i), i)) continue;
		// "In Chilean-held Arica": a people's word says whose the place is; it names none.
		if (vocabulary.isPeopleWord(token.norm)) continue;
		if (sameWordOnly && !hangsOnWord(i)) continue;
		// "Spoke in Lima" against "a meeting could again be held in Quito": a suggestion's place.
		if (
			factual &&
			tokens
				.slice(Math.max(0, i - PLANNED_PLACE_REACH), i)
				.some((before) => (CUE_WORDS.get(before.norm) ?? 'factual') !== 'factual')
		)
			continue;
		// "In Santiago" does not conflict with "in Chile": one lies in the other.
		if (claimTerms.has(token.term ?? '') || vocabulary.isSameArea(place.label.toLowerCase(), token.term ?? ''))
			continue;
		return token.raw;
	}
	return undefined;
}

/**
 * The names a sentence lists as its subject, joined by "and", before its first verb "to be" or auxiliary, after an
 * opening phrase ("In the 1980s, Peru and Chile were …"): token indexes from and to (exclusive), or undefined.
 */
function findSubjectList(
	text: string,
	tokens: readonly Token[],
	vocabulary: ClaimVocabulary,
): { from: number; to: number } | undefined {
	const verb = tokens.findIndex((token) => AUXILIARIES.has(token.norm));
	if (verb <= 0) return undefined;
	// "Peru and Mali were among the backers", "… were also …": a list that may leave others out.
	if (/^\s*(?:\S+\s+)?(?:among|also|one\s+of|some\s+of)\b/iu.test(text.slice(tokens[verb]?.end ?? 0))) return undefined;
	const opener = tokens
		.slice(0, verb)
		.findLastIndex((token, i) => text.slice(token.end, tokens[i + 1]?.start).includes(','));
	const from = opener + 1;
	const span = tokens.slice(from, verb);
	const named = span.filter((token) => isNameToken(token, vocabulary) && /^\p{Lu}/u.test(token.raw));
	const joined = span.some((token) => token.norm === 'and');
	// Nothing but names, "the" and "and" (a comma inside ends the opener, so lists of two only: "Peru and Chile").
	const onlyNames = span.every((token) => named.includes(token) || token.norm === 'and' || token.norm === 'the');
	return joined && onlyNames && named.length >= 2 ? { from, to: verb } : undefined;
}

/** The name right before a verb, past auxiliaries and adverbs: its subject, when the sentence names it there. */
function findSubject(
	text: string,
	tokens: readonly Token[],
	verb: number,
	window: number,
	vocabulary: ClaimVocabulary,
	resolveIt?: (at: number) => Token | undefined,
): Token | undefined {
	// "U.S.-backed", "US-led": the name joined to the verb by a hyphen is its subject.
	const joined = tokens[verb - 1];
	if (joined !== undefined && /^[.]?-$/u.test(text.slice(joined.end, tokens[verb]?.start ?? 0))) {
		return /^\p{Lu}/u.test(joined.raw) ? joined : undefined;
	}
	// A verb in -ing after a preposition: "Peru appreciated Chile's efforts in promoting …" is the deed of the owner of
	// the efforts right before it; "Peru has been a key player in setting up the talks" the deed of the sentence's
	// subject, when a name opens the sentence and a copula, no other verb or owner, leads to it.
	if (/ing$/u.test(tokens[verb]?.norm ?? '') && GERUND_PREPOSITIONS.has(tokens[verb - 1]?.norm ?? '')) {
		const owner = tokens
			.slice(Math.max(0, verb - 1 - OWNER_REACH), verb - 1)
			.findLast((token) => isPossessive(text, token) && isNameToken(token, vocabulary));
		if (owner !== undefined) return owner;
		const first = tokens[0];
		const between = tokens.slice(1, verb - 1);
		if (
			first?.term != null &&
			vocabulary.isName(first.term) &&
			between.some((token) => BE_FORMS.has(token.norm)) &&
			!between.some((token) => isPossessive(text, token))
		) {
			return first;
		}
	}
	// "Reed said Lima will buy it and expressed a wish …": a verb after "and" shares the subject of the clause, the name
	// that opens the sentence.
	if (tokens[verb - 1]?.norm === 'and' && /ed$/u.test(tokens[verb]?.norm ?? '')) {
		const first = tokens[0];
		return first !== undefined && isNameToken(first, vocabulary) ? first : undefined;
	}
	for (let i = verb - 1; i >= 0 && i >= verb - window; i--) {
		const token = tokens[i] as Token;
		// "Peru was ready to mediate": a cue of mood and "to" stand between a subject and its verb.
		if (
			AUXILIARIES.has(token.norm) ||
			SENTENCE_ADVERB.test(token.norm) ||
			CUE_WORDS.has(token.norm) ||
			token.norm === 'to' ||
			// "Peru has not forgotten": a negation stands between a subject and its verb too.
			isNegation(token)
		) {
			continue;
		}
		// "Reed, who visited her": a relative pronoun's subject is the name it follows; "the fighters who battled …", the
		// thing, which no party the claim names is.
		if (RELATIVE_PRONOUNS.has(token.norm)) {
			const named = tokens[i - 1];
			return named?.term != null ? named : undefined;
		}
		// "Since it was toppled": the subject of a passive or a copula is not the doer.
		if (token.norm === 'it') return BE_FORMS.has(tokens[i + 1]?.norm ?? '') ? undefined : resolveIt?.(i);
		// "Extend support to Peru to strengthen its army": the name a preposition governs is not the verb's subject.
		const governing = tokens[i - 1]?.norm === 'the' ? tokens[i - 2] : tokens[i - 1];
		if (OBJECT_PREPOSITIONS.has(governing?.norm ?? '')) return undefined;
		// "The Lima Water Board (LWB), due to meet …": an acronym in brackets stands for the name before it, which the
		// claim writes out ("the water board will meet").
		const before = tokens[i - 1];
		if (
			before !== undefined &&
			/^\s*\($/u.test(text.slice(before.end, token.start)) &&
			text.slice(token.end).startsWith(')') &&
			isNameToken(before, vocabulary)
		) {
			return before;
		}
		return isNameToken(token, vocabulary) ? token : undefined;
	}
	return undefined;
}

// "As Lima reviews the pact, Peru has stepped up …": a clause before the main one, up to its comma.
const LEADING_CLAUSE =
	/^\s*(?:as|when|while|after|before|although|though|if|because|since|despite|with|once)\b[^,]*,/iu;

/**
 * The name a sentence is about: the first, in capitals, of its main clause (past a clause that opens it), among
 * `tokens` (the sentence's up to a point), else of the clause that opens it. Undefined where none is.
 */
function findMainSubject(text: string, tokens: readonly Token[], vocabulary: ClaimVocabulary): Token | undefined {
	const names = tokens.filter((token) => /^\p{Lu}/u.test(token.raw) && isNameToken(token, vocabulary));
	const opening = LEADING_CLAUSE.exec(text)?.[0].length ?? 0;
	// Within the opening clause ("As Lima reviews a pact it signed"), the clause's own.
	const first = names.find((token) => token.start >= opening) ?? names[0];
	// The last word of the name ("States" of "United States"), as a subject is found before its verb.
	let last = first === undefined ? -1 : tokens.indexOf(first);
	while (
		last !== -1 &&
		names.includes(tokens[last + 1] as Token) &&
		text.slice(tokens[last]?.end, tokens[last + 1]?.start) === ' '
	)
		last++;
	return tokens[last];
}

// A party left out ("kept out of") and one let in ("with the participation of", "including"). Only the phrasal
// ones: "excluded" is an action of its own, and "excluded from the talks" is read against who was there (see
// `findPresenceConflict`).
const EXCLUDING = /\b(?:kept|keep|keeps|keeping|shut|shuts|left|leave|leaves|leaving)\s+out\b/iu;
const INCLUDING = /\b(?:participation\s+of|inclusion\s+of|including|involving)\b/giu;
const DESCRIPTION_CUES = new Set(['as', 'is', 'are', 'was', 'were', 'been', 'be']);
const PARTICLE_AFTER = /^\s+(?:on|upon|in|for|up|off|out|back|at|to|with)\b/iu;

// "Once", "used to", "formerly": a state of the past, which a state of today does not oppose.
const PAST_MARKER = /\b(?:once(?!\s+(?:again|more))|formerly|previously|used to|in the past)\b/iu;
const PAST_WORDS = new Set(['once', 'formerly', 'previously']);
/** How many words a past marker may stand before what it dates ("once frosty", "once very close"). */
const PAST_REACH = 2;
/** How many words after "of" may name the doer of an action named as a thing ("the participation of the rebels"). */
const OF_AGENT_REACH = 3;
/** How many words after a deed "with" names whom it is done with ("held talks with Reed"). */
const MUTUAL_REACH = 2;
/** Words that point back at a thing named before: "that date", "this deal". */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'this', 'these', 'those']);
/** How many words after a listed subject's verb the deed named as what they were may stand ("were the main backers"). */
const LIST_DEED_REACH = 3;
/** How many words after a deed its "with" may stand, and after "with" its partner ("signed … a year ago with Peru"). */
const PARTNER_REACH = 8;
/** Words inside a list of names: "the Andes Front", "Reed and Diaz". */
const LIST_WORDS: ReadonlySet<string> = new Set(['the', 'and']);
/** "A Peru-led invasion", "U.S.-backed forces": a doer named in a compound with its deed, and the noun after it. */
const LED_BY = /([\p{L}.]+)-(led|backed|brokered|sponsored|funded|run)\s+(\p{L}+)/giu;
const RELATIVE_PRONOUNS = new Set(['who', 'which']);
/** Words right before whom one talks to: "told Soto". */
const TELLING: ReadonlySet<string> = new Set(['told', 'tell', 'tells', 'telling', 'assured', 'assures', 'assure']);
/** Verbs of talking that make "with Soto" whom one talks to ("raised it with Soto"), unlike "drills with Soto". */
const TALKING: ReadonlySet<string> = new Set(
	'raise raises raised discuss discusses discussed talk talks talked speak speaks spoke share shares shared bring brought'.split(
		' ',
	),
);
const GERUND_PREPOSITIONS = new Set(['in', 'by', 'for', 'at']);
const OBJECT_PREPOSITIONS = new Set(['to', 'for', 'with', 'from', 'into', 'against', 'towards', 'toward']);
/** How many words before the preposition the owner of a deed may stand ("Chile's tireless efforts in …"). */
const OWNER_REACH = 3;
const PERSONAL_PRONOUNS = /\b(?:he|she|his|her)\b/iu;
const OWNING_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our']);
/** How many words of a length of time may stand between a determiner and an action named as a thing. */
const NOMINAL_REACH = 2;
/** How many words a subject's title may run before the name the claim gives ("Prime Minister Reed"). */
const SUBJECT_NAME_WORDS = 2;
const STOPS_IN_ORDER = /\b(?:before|after|then|afterwards|next)\b/iu;
// What "his country" may be: the state a person acts for.
const COUNTRY_NOUNS = new Set(['country', 'government', 'nation', 'state']);
const COUNTRY_NOUN_STEMS: ReadonlySet<string> = new Set([...COUNTRY_NOUNS].map((noun) => stemWord(noun)));
const MOOD_SHARING = new Set(['by', 'and']);
/** Words that give a cause or a purpose ("because of", "due to", "in order to", "so that"). */
const CAUSE_WORDS = /\b(?:because|due to|owing to|as a result|caused|causing|thanks to|in order to|so that|reason)\b/iu;
const isGoing = (norm: string) => GOING_WORDS.has(norm) || ARRIVING_VERBS.has(norm) || DESTINATION_VERBS.has(norm);
const QUOTED_NAME = /[“"]\p{Lu}[^”",.;:]{0,40}[”"]/gu;

/** Words that put one event before another ("before"), and after it ("as soon as", "once", "after"). */
const ORDER_WORDS: readonly (readonly [RegExp, 'before' | 'after'])[] = [
	[/\b(?:before|prior\s+to|ahead\s+of)\s+/giu, 'before'],
	// Not "once" ("once frosty ties") nor "following" (an adjective as often).
	[/\b(?:after|as\s+soon\s+as)\s+/giu, 'after'],
];
/** How many words after an order word the event it orders is looked for ("as soon as it is signed"). */
const ORDER_REACH = 4;
/** How many characters before an order clause, or after it, the deed it orders may stand. */
const ORDERED_REACH = 60;

/**
 * The reason where the claim orders an event one way ("before the deal is signed") and the sentence the other way
 * ("as soon as it is signed"): the same word of the event after both order words.
 */
function findOrderConflict(
	claim: string,
	sentence: string,
	tokensOf: (text: string) => readonly Token[],
	deedStarts: readonly number[],
): string | undefined {
	const ordered = (text: string) =>
		ORDER_WORDS.flatMap(([pattern, order]) =>
			[...text.matchAll(pattern)].map((match) => {
				const after = text.slice(match.index + match[0].length);
				const event = tokensOf(after).slice(0, ORDER_REACH);
				const clause = /^[^,;:.]*/u.exec(after)?.[0] ?? '';
				return {
					order,
					phrase: `${match[0]}${after.slice(0, event.at(-1)?.end ?? 0)}`.replace(/[,;:.].*$/su, '').trim(),
					events: new Set(event.flatMap((token) => (token.term === null ? [] : [token.term]))),
					// What the clause orders: the main clause right before it or right after its comma.
					from: Math.max(0, match.index - ORDERED_REACH),
					to: match.index + match[0].length + clause.length + ORDERED_REACH,
					clause: { start: match.index, end: match.index + match[0].length + clause.length },
				};
			}),
		);
	// Only an order of the claim's own deed ("work will begin before …"), not of another the sentence has.
	const ordersDeed = (candidate: ReturnType<typeof ordered>[number]) =>
		deedStarts.some(
			(start) =>
				start >= candidate.from &&
				start < candidate.to &&
				(start < candidate.clause.start || start >= candidate.clause.end),
		);
	const stated = ordered(sentence).filter(ordersDeed);
	for (const claimed of ordered(claim)) {
		const other = stated.find(
			(candidate) =>
				candidate.order !== claimed.order && [...claimed.events].some((event) => candidate.events.has(event)),
		);
		if (other !== undefined) return `The article says ${other.phrase}, not ${claimed.phrase}.`;
	}
	return undefined;
}

/**
 * Who the sentence says wishes something: the name before its word of wish ("Mora hopes …"), or before the verb that
 * expresses a wish named as a thing ("Mora … expressed a desire to …", "voiced the hope").
 */
function findWisher(
	text: string,
	tokens: readonly Token[],
	window: number,
	vocabulary: ClaimVocabulary,
): Token | undefined {
	const cue = tokens.findIndex((token) => CUE_WORDS.get(token.norm) === 'desired');
	if (cue === -1) return undefined;
	const expressed = DETERMINERS.has(tokens[cue - 1]?.norm ?? '') ? cue - 2 : cue;
	// "Reed said Lima will buy it and expressed a desire": `findSubject` reads a verb after "and" as the clause's.
	return findSubject(text, tokens, expressed, window, vocabulary);
}

/** "Peru supplying Chile" against "supplying Peru": the article has the claim's giver as the receiver. */
function findReversal(
	reading: ClaimReading,
	text: string,
	tokens: readonly Token[],
	occurrences: readonly number[],
	subjects: readonly (Token | undefined)[],
	options: CompareOptions,
	vocabulary: ClaimVocabulary,
	tokensOf: (text: string) => readonly Token[],
): { conflict?: string; otherReceiver?: string } | undefined {
	const { recipient, agents } = reading;
	if (recipient === undefined || agents.length === 0) return undefined;
	// "Reed met Mora" is "Mora met Reed": no way round.
	const deed = reading.elements.find((element) => element.kind === 'action')?.label.toLowerCase() ?? '';
	if (MEETING_VERBS.has(deed)) return undefined;
	// "Peru backed the army" against "backers of the rebels who fought the army": at every occurrence of the deed it is
	// done to another name, and the claim's is elsewhere in the sentence.
	let otherReceiver: string | undefined;
	let ownReceiverSeen = false;
	for (const [n, verb] of occurrences.entries()) {
		const subject = subjects[n];
		// "Lima and Peru will …": a joint subject with the claim's actor in it is no reversal.
		const at = subject === undefined ? -1 : tokens.indexOf(subject);
		const partner = at >= 2 && tokens[at - 1]?.norm === 'and' ? tokens[at - 2] : undefined;
		const joint = partner !== undefined && agents.some((agent) => matchesToken(agent, partner, tokensOf, vocabulary));
		if (subject !== undefined && !joint && matchesToken(recipient, subject, tokensOf, vocabulary)) {
			return {
				conflict: `The article has ${subject.raw} as the one who does it, not the one it is done to: it is the other way round.`,
			};
		}
		const receiver = findRecipient(text, tokens, verb, options.recipientWindow, vocabulary);
		if (receiver === undefined || matchesToken(recipient, receiver, tokensOf, vocabulary)) {
			ownReceiverSeen = true;
			continue;
		}
		// With the noun the name qualifies: "backers of the Andean rebels".
		const after = tokens[tokens.indexOf(receiver) + 1];
		const end =
			after !== undefined && vocabulary.isNoun(after.norm) && !isNameToken(after, vocabulary)
				? after.end
				: receiver.end;
		otherReceiver ??= text.slice(tokens[verb]?.start ?? 0, end);
		const agent = agents.find((element) => matchesToken(element, receiver, tokensOf, vocabulary));
		if (agent !== undefined) {
			return {
				conflict: `The article has it done to ${receiver.raw}, not by ${receiver.raw}: it is the other way round (“${text.slice(tokens[verb]?.start ?? 0, receiver.end)}”).`,
			};
		}
		// "Peru helped Chile fight the rebels" against "supporters of the rebels": done to another party the claim names.
		// Only a deed named as a doer says so plainly; a "to" may give where or whom of another verb.
		const other =
			tokens[verb + 1]?.norm === 'of'
				? reading.elements.find(
						(element) =>
							element.kind === 'name' && element !== recipient && matchesToken(element, receiver, tokensOf, vocabulary),
					)
				: undefined;
		if (other !== undefined) {
			return {
				conflict: `The article has it done to ${other.label}, not to ${recipient.label} (“${text.slice(tokens[verb]?.start ?? 0, receiver.end)}”).`,
			};
		}
	}
	// A place the claim goes to ("invited Reed to come to Lima") is not whom the first deed is done to.
	return otherReceiver !== undefined && !ownReceiverSeen && recipient.placeRole === undefined
		? { otherReceiver: `“${otherReceiver}”` }
		: undefined;
}

/**
 * The name a verb is directed at: right after it ("supplying Chile") or after "to" ("… to Chile"); not a
 * name past a comma or one that owns what follows ("a visit, Reed's visit …").
 */
function findRecipient(
	text: string,
	tokens: readonly Token[],
	verb: number,
	window: number,
	vocabulary: ClaimVocabulary,
): Token | undefined {
	const right = tokens[verb + 1];
	const adjoining = text.slice(tokens[verb]?.end ?? 0, right?.start ?? 0).trim() === '';
	if (right !== undefined && adjoining && !isPossessive(text, right) && isNameToken(right, vocabulary)) {
		return lastOfName(text, tokens, verb + 1, vocabulary);
	}
	for (let i = verb + 1; i < tokens.length && i <= verb + window; i++) {
		const token = tokens[i];
		if (tokens[i - 1]?.norm === 'to' && token !== undefined && isNameToken(token, vocabulary)) {
			return lastOfName(text, tokens, i, vocabulary);
		}
	}
	// "The main supporters of the Islamist fighters": a deed named as its doers ("supporters", "backer"), and whom
	// it is for.
	if (!DOER_NOUN.test(tokens[verb]?.norm ?? '') || tokens[verb + 1]?.norm !== 'of') return undefined;
	const of = DETERMINERS.has(tokens[verb + 2]?.norm ?? '') ? verb + 3 : verb + 2;
	const named = tokens[of];
	return named !== undefined && isNameToken(named, vocabulary) ? lastOfName(text, tokens, of, vocabulary) : undefined;
}

/** Nouns of those who do a deed: "supporters", "backer", "sponsors". */
const DOER_NOUN = /(?:er|or)s?$/u;

/** The last word of the name that starts at `at`: "Reed" of "Mayor Reed", whose title says less. */
function lastOfName(
	text: string,
	tokens: readonly Token[],
	at: number,
	vocabulary: ClaimVocabulary,
): Token | undefined {
	let last = at;
	while (
		tokens[last + 1] !== undefined &&
		isNameToken(tokens[last + 1] as Token, vocabulary) &&
		/^\s+$/u.test(text.slice(tokens[last]?.end ?? 0, tokens[last + 1]?.start ?? 0))
	) {
		last++;
	}
	return tokens[last];
}

/** How many words before a place a cue of mood makes it the place of a plan ("could again be held in Lima"). */
const PLANNED_PLACE_REACH = 6;

/**
 * The mood the words before a verb put it in, the nearest cue first, within its clause; a verb after a bare "to"
 * ("a project to transport") is a purpose, not a deed; with no cue it is stated as fact.
 */
function readArticleMood(
	text: string,
	tokens: readonly Token[],
	verb: number,
	window: number,
): { mood: Modality; back: number } {
	// "Will be tough to fill": said to be hard, neither done nor planned, whatever "will" before it says.
	if (tokens[verb - 1]?.norm === 'to' && DIFFICULTY_WORDS.has(tokens[verb - 2]?.norm ?? '')) {
		return { mood: 'doubted', back: 3 };
	}
	// "ready to help, including by lending boats", "plans to finish the talks and open the bridge": a means after
	// "by", or a verb joined by "and", is in the mood of the verb it serves, however far back in the clause.
	// So is a participle with no "is" or "was" of its own ("will trade more, with Peru selling fish").
	const participle =
		/ing$/u.test(tokens[verb]?.norm ?? '') &&
		!BE_FORMS.has(tokens[verb - 1]?.norm ?? '') &&
		!DETERMINERS.has(tokens[verb - 1]?.norm ?? '');
	// So is an action named as a thing ("… through agreements on the formation of a government with the
	// participation of the rebels"): a noun phrase, however long, has no mood of its own.
	const named = DETERMINERS.has(tokens[verb - 1]?.norm ?? '') && !/(?:ing|ed)$/u.test(tokens[verb]?.norm ?? '');
	const reach = MOOD_SHARING.has(tokens[verb - 1]?.norm ?? '') || participle || named ? verb : window;
	// A short name in quotes (“Lyon Line”) is no quoted speech: its marks close no clause.
	const unquoted = text.replace(QUOTED_NAME, (name) => name.replace(/[“”"]/gu, ' '));
	for (let back = 1; back <= reach && verb - back >= 0; back++) {
		const between = unquoted.slice(tokens[verb - back]?.end ?? 0, tokens[verb - back + 1]?.start ?? 0);
		// A quote or a semicolon closes the clause: its cues govern other verbs.
		if (/[;:“”"]/u.test(between)) break;
		const word = tokens[verb - back]?.norm ?? '';
		if (INTENT_BEFORE_TO.has(word) && tokens[verb - back + 1]?.norm === 'to')
			return { mood: 'prospective', back: back + 1 };
		// "as soon as": the pair "soon as" names the condition.
		const mood = readCue(tokens, verb - back);
		if (mood !== undefined) return { mood, back: back + 1 };
	}
	if (tokens[verb - 1]?.norm === 'to') return { mood: 'prospective', back: 2 };
	return { mood: 'factual', back: 2 };
}

function isNegated(tokens: readonly Token[], verb: number, window: number): boolean {
	for (let back = 1; back <= window && verb - back >= 0; back++) {
		if (deniesAt(tokens, verb - back)) return true;
	}
	return false;
}

/** Whether the token at `i` is a negation that denies: "not only share it but …", "not just" say more, deny nothing. */
function deniesAt(tokens: readonly Token[], i: number): boolean {
	return isNegation(tokens[i] as Token) && !/^(?:only|just|merely|simply)$/u.test(tokens[i + 1]?.norm ?? '');
}

/** "Peru denies that.": a short reply that rejects the sentence before it, and who makes it. */
function findDenial(
	following: Sentence | undefined,
	tokensOf: (text: string) => readonly Token[],
	replyLength: number,
): string | undefined {
	if (following === undefined) return undefined;
	const tokens = tokensOf(following.text);
	if (tokens.length > replyLength) return undefined;
	const verb = tokens.findIndex((token) => DENIAL_VERBS.has(token.norm));
	const refersBack = tokens.some((token) =>
		/^(?:that|this|it|claim|allegation|accusation|charge|charges)$/u.test(token.norm),
	);
	if (verb <= 0 || !refersBack) return undefined;
	return tokens
		.slice(0, verb)
		.map((token) => token.raw)
		.join(' ');
}

/**
 * "A Chilean-led invasion" against the sentence's "a Peru-led invasion": one deed and noun, another doer named in the
 * compound (a country's people and its name are one: "American-led" is "US-led"). Each such doer of the claim, by its
 * label, with the reason.
 */
function findOtherCompoundDoers(
	claim: string,
	sentence: string,
	tokensOf: (text: string) => readonly Token[],
	vocabulary: ClaimVocabulary,
): Map<string, string> {
	// Every name a doer goes by ("American": the United States, America); "US" is the United States, as in claims.
	const namesOf = (name: string) => {
		const tokens = tokensOf(/^u\.?s\.?$/iu.test(name) ? 'United States' : name);
		const stems = tokens.map((token) => token.term ?? '');
		const { alternatives } = vocabulary.phraseAt(
			stems,
			0,
			tokens.map((token) => token.norm),
		);
		return new Set([stems.join(' '), ...alternatives.map((alternative) => alternative.join(' '))]);
	};
	const sameDoer = (a: string, b: string) => {
		const names = namesOf(b);
		return [...namesOf(a)].some((name) => names.has(name));
	};
	const others = new Map<string, string>();
	for (const claimed of claim.matchAll(LED_BY)) {
		const [whole, doer = '', deed = '', noun = ''] = claimed;
		const stated = [...sentence.matchAll(LED_BY)].find(
			([, , otherDeed = '', otherNoun = '']) =>
				otherDeed.toLowerCase() === deed.toLowerCase() && sameStems(tokensOf(otherNoun), tokensOf(noun)),
		);
		const other = stated?.[1] ?? '';
		if (stated === undefined || sameDoer(other, doer)) continue;
		others.set(doer.toLowerCase(), `The article has ${stated[0].trim()}, not ${whole.trim()}.`);
	}
	return others;
}

/** Whether two runs of words have the same stems. */
function sameStems(a: readonly Token[], b: readonly Token[]): boolean {
	return a.length === b.length && a.every((token, i) => token.term === b[i]?.term);
}

/** The words around a verb, as a short verbatim phrase for a reason. */
function phraseAround(text: string, tokens: readonly Token[], at: number, before: number, after: number): string {
	const start = tokens[Math.max(0, at - before)]?.start ?? 0;
	const end = tokens[Math.min(tokens.length - 1, at + after)]?.end ?? text.length;
	return text.slice(start, end);
}

/** How far apart two values may be and still agree (see `approximateShare`, `unitShare`). */
type ValueMargins = Pick<CompareOptions, 'approximateShare' | 'unitShare'>;

/** Each claim quantity against the sentence's quantities of the same kind and unit: a reason for each mismatch. */
export function compareQuantities(
	claimed: readonly Quantity[],
	stated: readonly Quantity[],
	options: ValueMargins,
): string[] {
	const reasons: string[] = [];
	for (const quantity of claimed) {
		const comparable = stated.filter((other) => isComparable(quantity, other));
		// "Two years ago" is not against "more than a year ago": only values that cannot both hold conflict.
		if (comparable.length === 0 || comparable.some((other) => overlaps(quantity, other, options))) continue;
		// Name the article's value that plays the same part: "150,000 more" for "1.5 million more".
		const closest = comparable.find((other) => other.additional === quantity.additional) ?? comparable[0];
		reasons.push(`The article gives ${closest === undefined ? '' : withBound(closest)}, not ${withBound(quantity)}.`);
	}
	return reasons;
}

const BOUND_WORDS: Readonly<Record<NonNullable<Quantity['bound']>, string>> = {
	over: 'more than',
	under: 'less than',
	about: 'about',
	almost: 'nearly',
};

/** A quantity as a reason names it, with its bound: "more than a year ago" against "less than a year ago". */
function withBound(quantity: Quantity): string {
	return quantity.bound === undefined ? quantity.text : `${BOUND_WORDS[quantity.bound]} ${quantity.text}`;
}

function isComparable(a: Quantity, b: Quantity): boolean {
	// "150,000 more" is another number than the 50,000 given before it, not another value of it; a span something
	// falls in ("the first in ten years") is no length of a thing ("a ten-year deal").
	if (a.kind !== b.kind || a.additional !== b.additional || a.within !== b.within) return false;
	if (a.unit.length === 0 || b.unit.length === 0) return true;
	return (
		a.unit.some((stem) => b.unit.includes(stem)) ||
		(DAYS[a.unit[0] ?? ''] !== undefined && DAYS[b.unit[0] ?? ''] !== undefined)
	);
}

// Lengths of time in days, by the stem of their unit (see `readQuantities`).
const DAYS: Readonly<Record<string, number>> = {
	minut: 1 / 1440,
	hour: 1 / 24,
	dai: 1,
	week: 7,
	month: 365 / 12,
	year: 365,
};

/**
 * Two lengths of time in other units, put in days to compare ("a week" is no two-day stay), each as loose speech
 * within `unitShare` ("a month" is about four weeks); any other two quantities as they are, with the options as given.
 */
function inOneUnit(a: Quantity, b: Quantity, options: ValueMargins): [Quantity, Quantity, ValueMargins] {
	const [x, y] = [DAYS[a.unit[0] ?? ''], DAYS[b.unit[0] ?? '']];
	if (a.kind !== 'duration' || b.kind !== 'duration' || x === undefined || y === undefined || x === y)
		return [a, b, options];
	const loose = (quantity: Quantity, days: number): Quantity => ({
		...quantity,
		value: quantity.value * days,
		unit: ['dai'],
		bound: quantity.bound ?? 'about',
	});
	return [loose(a, x), loose(b, y), { ...options, approximateShare: options.unitShare }];
}

/** The values a quantity allows, its bound read as a range: "over a year" is any length above one year. */
interface ValueRange {
	readonly low: number;
	readonly high: number;
	/** Whether the range leaves out its ends: "over 5" is not 5. */
	readonly lowOpen: boolean;
	readonly highOpen: boolean;
}

function rangeOf(quantity: Quantity, options: ValueMargins): ValueRange {
	const { value } = quantity;
	const margin = options.approximateShare * value;
	switch (quantity.bound) {
		case 'over':
			return { low: value, high: Number.POSITIVE_INFINITY, lowOpen: true, highOpen: true };
		case 'under':
			return { low: Number.NEGATIVE_INFINITY, high: value, lowOpen: true, highOpen: true };
		case 'about':
			return { low: value - margin, high: value + margin, lowOpen: false, highOpen: false };
		case 'almost':
			return { low: value - margin, high: value, lowOpen: false, highOpen: true };
		default:
			return { low: value, high: value, lowOpen: false, highOpen: false };
	}
}

/**
 * Whether both quantities can hold at once: their ranges meet. "Under a year" and "over a year" do not; a value at a
 * bound's end does, as loose speech: "a year ago" for "more than a year ago".
 */
function overlaps(a: Quantity, b: Quantity, options: ValueMargins): boolean {
	const [x, y, margins] = inOneUnit(a, b, options);
	const first = rangeOf(x, margins);
	const second = rangeOf(y, margins);
	const below = (x: ValueRange, y: ValueRange) => x.high < y.low || (x.high === y.low && x.highOpen && y.lowOpen);
	return !below(first, second) && !below(second, first);
}

function agrees(asClaimed: Quantity, asStated: Quantity, given: ValueMargins): boolean {
	const [claimed, stated, options] = inOneUnit(asClaimed, asStated, given);
	// A stated range says the claim only where the claim allows all of it: "more than a year" says "over a year".
	if (stated.bound === 'over' || stated.bound === 'under') {
		const within = rangeOf(claimed, options);
		const range = rangeOf(stated, options);
		return (
			(range.low > within.low || (range.low === within.low && (range.lowOpen || !within.lowOpen))) &&
			(range.high < within.high || (range.high === within.high && (range.highOpen || !within.highOpen)))
		);
	}
	switch (claimed.bound) {
		case 'over':
			return stated.value > claimed.value;
		case 'under':
			return stated.value < claimed.value;
		case 'about':
			return Math.abs(stated.value - claimed.value) <= options.approximateShare * stated.value;
		case 'almost':
			return stated.value <= claimed.value && stated.value >= (1 - options.approximateShare) * claimed.value;
		default:
			return stated.value === claimed.value;
	}
}

/** Each claim time against the sentence's times of the same kind ("thursday" against "Wednesday"). */
export function compareTimes(claimed: readonly TimePoint[], stated: readonly TimePoint[]): string[] {
	const reasons: string[] = [];
	for (const time of claimed) {
		const comparable = stated.filter((other) => other.kind === time.kind);
		if (comparable.length === 0 || comparable.some((other) => fitsTime(time, other))) continue;
		reasons.push(`The article gives ${comparable[0]?.text}, not ${time.text}.`);
	}
	return reasons;
}

/** Whether every quantity and time of the claim is stated in the sentence. */
function statesAllValues(
	reading: ClaimReading,
	sentence: Sentence,
	options: CompareOptions,
	before: Sentence | undefined,
): boolean {
	const { quantities, times } = valuesOf(sentence);
	const referred = before !== undefined && REFERS_BACK.test(sentence.text) ? valuesOf(before).times : [];
	// Only a time the claim gives as the date itself ("the May 1 deadline") is the one "that date" refers to; "said on
	// May 1 that …" dates another deed.
	const namesDate = (t: TimePoint) => DATE_NOUN_AFTER.test(reading.text.slice(t.end));
	return (
		reading.quantities.every((q) => quantities.some((other) => isComparable(q, other) && agrees(q, other, options))) &&
		reading.times.every((t) => [...times, ...(namesDate(t) ? referred : [])].some((other) => fitsTime(t, other)))
	);
}

/** Words by which a sentence refers to the date the sentence before gives: "that date", "the same deadline". */
const REFERS_BACK = /\b(?:that|the\s+same)\s+(?:date|deadline)\b/iu;
const DATE_NOUN_AFTER = /^\s*(?:date|deadline)\b/iu;
