import type { Briefing } from '../briefing.js';
import { metaOfParagraph } from '../knowledge/cite.js';
import type { EntityType } from '../lexicon/lexicon-data.js';
import { nameEventRoles } from '../people/find-event-roles.js';
import { findReferent, findSubject } from '../people/find-mentions.js';
import { linkRoles } from '../people/link-people.js';
import type { Concept, ScoredPassage, SearchIndex } from '../search/search-index.js';
import { escapeRegExp, isStopWord, type Token } from '../text/analyze.js';
import { formatDate } from '../text/format-date.js';
import { containsWords, findWords } from '../text/match-phrase.js';
import { asksClockTime, givesHour, readQuantities } from '../text/read-values.js';
import { withAntecedent } from '../text/split-sentences.js';
import {
	AUXILIARIES,
	DETERMINERS,
	GENERIC_PERSON_NOUNS,
	MEETING_VERBS,
	SUPPORT_VERBS,
	TIME_UNIT,
} from '../text/word-classes.js';
import type { Paragraph, Person, Sentence, Topic } from '../types.js';
import {
	type AnswerTypeContext,
	ASKS_GAP_OUTRIGHT,
	asksGroupSize,
	type ExpectedAnswer,
	expectAnswerType,
	findMedium,
	HOW_BIG,
	holdsAnswerType,
	isGroupNoun,
	isSignificanceWord,
	MEDIUM_USER,
	MEDIUM_WORD,
	ROUTE_END,
	STRICT_TYPES,
	statesGroupSize,
} from './answer-type.js';
import {
	askNounPhrase,
	asksForName,
	askWhoIsNamed,
	classifyQuestion,
	detectMetadataQuestion,
	findAnswerNoun,
	findPlaceNounAsked,
	findQuestionFocus,
	findQuestionTopic,
	findSupportVerbs,
	type MetadataField,
	nameOwnerAsked,
	type QuestionFocus,
	readDefinitionAsked,
} from './classify-question.js';
import { type DecideOptions, decideAnswer, type MissReason } from './decide-answer.js';
import {
	type ExtractionContext,
	findAcronymDefinition,
	findAcronymOf,
	findOtherName,
	findPeopleNotNamed,
	isOwnName,
	scoreShortAnswer,
} from './extract-short-answer.js';
import { isAskingWhich, namesKindOnly, readInstancesAsked, readThingAsked } from './read-instances-asked.js';
import {
	asksLeader,
	findGroupNoOneIsOf,
	findLeaderUnstated,
	findNamePart,
	findNationalityNoOneHas,
	findOfficeHolderAsked,
	findOfficeNobodyHolds,
	findPersonAsked,
	findPersonOfRole,
	findRoleNobodyHolds,
	fitsNationalityAsked,
	isFormOfVerb,
	isRuledOutByRole,
	readOfficeAsked,
} from './read-person-asked.js';
import {
	createDiscussionCheck,
	createVoiceCheck,
	type ReactionAsked,
	readDiscussionAsked,
	readReactionAsked,
} from './read-reaction-asked.js';
import { createPredicateCheck, readWhyAsked } from './read-why-asked.js';

/** Offsets of a matched word within a quote. */
export interface Span {
	readonly start: number;
	readonly end: number;
}

/** A paragraph given as (part of) an answer, with the sentence that best answers and the words it matched. */
export interface Passage {
	readonly paragraph: Paragraph;
	readonly score: number;
	/** The best sentence of the paragraph: the verbatim quote of the citation. */
	readonly quote: Sentence;
	/** Where the question's words (or their synonyms) occur in the quote. */
	readonly highlights: readonly Span[];
	/** Paragraph numbers that restate the same fact, collapsed into this passage. */
	readonly also: readonly number[];
	/** How much of the question's weight the paragraph covers, 0 to 1. */
	readonly coverage: number;
}

export interface FoundAnswer {
	readonly found: true;
	readonly question: string;
	/** A number, date, place, name or definition, when the question asks for one and the article gives it. */
	readonly shortAnswer: string | undefined;
	/** The line above the article's body that answers a question about the article itself, quoted as written. */
	readonly frontMatter?: FrontMatter;
	/** Best first; empty when the answer comes from the article's metadata. */
	readonly passages: readonly Passage[];
	/** The next best passages after the ones given, best first (for "More passages"). */
	readonly further: readonly Passage[];
	/** How much of the question's weight the best passage covers, 0 to 1 (see `decideAnswer`). */
	readonly confidence: number;
	/** The date of the source quoted first (the article's, with one source): the answer is true as of this day. */
	readonly asOf: string;
	readonly basis: 'article' | 'metadata';
}

/** A part of the article above its body: its headline, the highlights under it, its byline. */
export interface FrontMatter {
	readonly part: 'headline' | 'highlights' | 'byline';
	readonly text: string;
}

export interface NotFound {
	readonly found: false;
	readonly question: string;
	/** Why not, as a typed value; presenters put it in words. */
	readonly reason: MissReason;
	/** The words of the question the article lacks (or never puts together); empty for an empty question. */
	readonly missing: readonly string[];
	/** The passages closest to the question, best first: what the article does say nearby. */
	readonly closest: readonly Passage[];
	/** Topics the article does cover, closest first. */
	readonly related: readonly Topic[];
	/** How much of the question's weight the closest passage covers, 0 to 1. */
	readonly confidence: number;
	readonly asOf: string;
}

/** The result of a question: an answer with citations, or a plain statement that the article does not cover it. */
export type Answer = FoundAnswer | NotFound;

/** Tuning of answering. Every field has a default (`defaultAnswerOptions`); pass only what you change. */
export interface AnswerOptions {
	/** How many passages to give; the rest come back as `further`. */
	readonly limit: number;
	/** When to answer and when to decline (see `DecideOptions`). */
	readonly decide: Partial<DecideOptions>;
	/** How much more than its rarity the word a question asks for weighs ("which general …"), if the article has it. */
	readonly focusWeight: number;
	/** How many passages are retrieved and considered. */
	readonly candidates: number;
	/** Characters of a question read: a question is a sentence or two, and this bounds the cost of hostile input. */
	readonly maxQuestionLength: number;
	/** How many of the best passages are checked for the kind of answer asked for … */
	readonly answerTypeWindow: number;
	/** … and how much one that holds it gains. */
	readonly answerTypeBoost: number;
	/** Two quotes restate one fact when this share of the smaller one's words is in the other. */
	readonly duplicateOverlap: number;
	/** The same across two sources: another report words one fact its own way, so it shares fewer words. */
	readonly sourceOverlap: number;
	/**
	 * A passage of the first source (the seed report, curated) comes first when it covers at least
	 * `firstSourceCoverage` of what a later report's best passage covers and scores at least `firstSourceShare` of it:
	 * two reports of one fact, the first cited. Chosen on the first article's questions with a second report loaded
	 * against the second report's own questions (README, "Several sources").
	 */
	readonly firstSourceShare: number;
	readonly firstSourceCoverage: number;
	/** … among this many of the best passages. */
	readonly firstSourceWindow: number;
	/**
	 * A question that asks for a number, a time or an organization by name is answered only when one of this many of
	 * the best passages holds one: a date of another event further down ("May 2011" for "when will …") is none.
	 */
	readonly typeWindow: number;
	/**
	 * … and the sentence holding it covers at least this share of the question's weight: each concept's rarity times
	 * the weight of its best term the sentence has (a simpler count than `ScoredPassage.coverage`, which also weighs
	 * phrases matched in part). The middle of the range that declines most out-of-scope questions of the tuning half
	 * of dev-questions-2 without declining more answerable ones (0.2 to 0.3).
	 */
	readonly typedSentenceCoverage: number;
	/**
	 * How far down the ranking a passage that says a place gone on to, a count or another rarely worded answer is
	 * sought when the best passage holds none (see `foundAnywhere`): past the candidates, as such a sentence may share
	 * few of the question's words (the deepest found on the eval's sets and reports was 22nd), not the whole archive,
	 * whose every paragraph was read for a question that has no such passage.
	 */
	readonly typedAnswerDepth: number;
	/**
	 * How closely a word of a sentence must relate to the verb of "when did X <verb>" or "who did X <verb>" for a time
	 * or a person in it to be that deed's (a broader verb is 0.6 in the search's weights: "convene" is stated by
	 * "meet").
	 */
	readonly deedRelation: number;
}

export const defaultAnswerOptions: AnswerOptions = {
	limit: 3,
	decide: {},
	focusWeight: 2,
	candidates: 15,
	maxQuestionLength: 1000,
	answerTypeWindow: 5,
	answerTypeBoost: 1.5,
	duplicateOverlap: 0.6,
	sourceOverlap: 0.4,
	firstSourceShare: 0.3,
	firstSourceCoverage: 0.7,
	firstSourceWindow: 5,
	typeWindow: 3,
	typedSentenceCoverage: 0.25,
	typedAnswerDepth: 30,
	deedRelation: 0.6,
};

/**
 * Answers a question from the article: retrieves the best passages, collapses restatements of one fact, extracts a
 * short answer where the question asks for one, and says plainly when the article does not cover the question.
 */
export function answerQuestion(briefing: Briefing, asked: string, options: Partial<AnswerOptions> = {}): Answer {
	const settings = { ...defaultAnswerOptions, ...options };
	const question = asked.slice(0, settings.maxQuestionLength).toWellFormed();
	const { index } = briefing;
	const read = askWhoIsNamed(
		nameOwnerAsked(
			askNounPhrase(nameEventRoles(index.normalize(question), briefing.roles), index.lookUpWord, (norm) =>
				isNamedPlace(briefing, norm),
			),
		),
		// An office or title ("the Peruvian FM"), not a name of someone ("Reed").
		(phrase) => {
			// Not a body or a country a title names ("the Peruvian army", "the Republic of Peru").
			const head = index.tokensOf(phrase.replace(/\s+(?:in|of|at)\s+.*$/iu, '')).at(-1)?.norm ?? '';
			const entity = index.lookUpWord(head)?.entity;
			const named = phrase.replace(/^the\s+/iu, '');
			return (
				briefing.people.fitting(phrase).length > 0 &&
				briefing.people.findByName(named) === undefined &&
				entity !== 'organization' &&
				entity !== 'place' &&
				!index.isPlace(named)
			);
		},
	);
	const isPersonNoun = (word: string) => index.lookUpWord(word)?.entity === 'person';
	// A person named by role ("Santiago's chief diplomat") is searched for by name: the role's own words would find
	// whoever the article calls so ("the chief diplomat of Peru"). Where the question so put is not answered, the role
	// as asked and the name beside it.
	const { people: linked, renamed } = linkRoles(read, briefing.people, isPersonNoun, index.isPlace);
	const answer = renamed === undefined ? undefined : answerRead(briefing, question, read, renamed, settings);
	if (answer?.found === true) return answer;
	const searched = linked.length === 0 ? read : `${read} (${linked.map((person) => person.name).join(', ')})`;
	return answerRead(briefing, question, read, searched, settings);
}

/** Answers a question read (`read`, see `answerQuestion`) by the passages that match `searched`. */
function answerRead(
	briefing: Briefing,
	question: string,
	read: string,
	searched: string,
	settings: AnswerOptions,
): Answer {
	const { limit, decide, focusWeight } = settings;
	const { knowledge, index } = briefing;
	const { meta } = knowledge.article;
	const asOf = meta.date;
	const asked = detectMetadataQuestion(read);
	// Without highlights above its body, "what do the bullet points say about X" is asked of the body.
	const metadata = asked === 'highlights' && knowledge.article.highlights.length === 0 ? undefined : asked;
	if (metadata !== undefined) {
		// The dateline opens the first paragraph ("LYON: …"): that is where the article says it.
		const [first] = knowledge.article.paragraphs;
		const opening = first?.sentences[0];
		const datelined =
			metadata === 'dateline' &&
			meta.dateline !== '' &&
			first !== undefined &&
			opening !== undefined &&
			new RegExp(`^${escapeRegExp(meta.dateline)}\\s*[:(—–-]`, 'iu').test(opening.text);
		return {
			found: true,
			question,
			shortAnswer: describeMetadata(briefing, metadata),
			frontMatter: quoteFrontMatter(briefing, metadata),
			passages: datelined
				? [
						toPassage(
							{ paragraph: first, score: 0, sentence: opening, matched: [], specific: false, coverage: 0 },
							[],
							index.tokensOf,
							new Set(),
						),
					]
				: [],
			further: [],
			confidence: 1,
			asOf,
			basis: 'metadata',
		};
	}

	const isVerb = (norm: string) => index.partOfSpeechOf(norm) === 'verb';
	// "Which minister held …": an irregular past ("held", "met") is a verb, though its own entry is an adjective.
	const isVerbForm = (norm: string) => isFormOfVerb(index, norm);
	const focus = findQuestionFocus(read);
	const topic = findQuestionTopic(read);
	const isFocus = (concept: Concept) => wordsOf(concept).includes(focus?.word ?? '');
	// "The main aim of …": an open focus's qualifier asks about nothing either.
	const isOpenModifier = (concept: Concept) =>
		focus?.open === true && focus.modifier !== undefined && wordsOf(concept).includes(focus.modifier);
	// "What did X say about Y": Y is what the answer must be about, as a focus is.
	const isTopic = (concept: Concept) => wordsOf(concept).some((word) => topic.words.includes(word));
	// "… on the trip" where the article is the report of a trip (its event noun, "the visit", or a relative): every
	// passage is about it, so it singles none out and weighs no more than any word.
	const { eventStem } = briefing;
	const namesEvent = (concept: Concept) => eventStem !== undefined && concept.terms.has(eventStem);
	// "What is the aim of the pipeline?" asks about the pipeline: an open focus names no topic of its own. Any other
	// focus is what the answer must be about, and weighs more than the rest of the question where the article has
	// the word itself: a related word ("aim" for "target") is weaker evidence than the focus of the question.
	// "What day did …", "from which country …": a word asking for the answer's kind is the answer-type check's to
	// meet, not a word to find ("day" of "a three-day fair", "the two towns" are no answer to it).
	const worded = endCountedAtVerb(expectAnswerType(read), isVerbForm, read);
	// "How big was the delegation" asks how many it numbered; "how big is the line", a measure of a thing.
	const typeAsked: ExpectedAnswer | undefined =
		worded?.size === true &&
		worded.counted.some((word) => index.lookUpWord(word)?.entity !== 'organization' && !isGroupNoun(word))
			? { type: 'amount', counted: [] }
			: worded;
	// "How big was the delegation?": "big" asks the size, as "how many" would; it is no topic ("at large").
	const sizeWord = worded?.size === true ? HOW_BIG.exec(read)?.[1]?.toLowerCase() : undefined;
	const asksTypeWord =
		focus !== undefined &&
		((asksTime(typeAsked) && (index.lookUpWord(focus.word)?.entity === 'date' || TIME_ASKED.test(focus.word))) ||
			// "What time did they meet and how long did it last?": the time of day asked too is no topic of the length.
			(typeAsked?.type === 'duration' &&
				(DURATION_ASKED.test(focus.word) || (TIME_WORD.test(focus.word) && asksClockTime(read)))) ||
			// "The capacity of the line" is given by its number ("1.6 billion cubic feet per day"), not the word.
			(typeAsked?.type === 'amount' && MEASURE_ASKED.test(focus.word)) ||
			// "The number of doses", as "how many doses", is given by a count.
			((typeAsked?.type === 'count' || typeAsked?.type === 'amount') && COUNT_ASKED.test(focus.word)) ||
			// "The value of the contract" is given by its sum ("12 million euros").
			(typeAsked?.type === 'money' && VALUE_ASKED.test(focus.word)));
	// "Which city": the cities the article names (its instances) answer it, not the word "city" or its synonyms.
	const asksPlaceWord = focus !== undefined && typeAsked?.type === 'place' && PLACE_ASKED.test(focus.word);
	// "Who was the Peruvian guy in the party": a noun any person is only says a person is asked, which "who" says; the
	// article lacking it lacks nothing asked.
	const asksAnyPerson = focus !== undefined && typeAsked?.type === 'person' && GENERIC_PERSON_NOUNS.has(focus.word);
	const instancesAsked = readInstancesAsked(read);
	const kindAsked = instancesAsked ?? readThingAsked(index, read);
	// "How long did Reed meet Soto?": read once for the words asking a length and for whose meeting it is.
	const meetingAsked = asksMeetingLength(read);
	const lengthWords =
		typeAsked?.type !== 'duration'
			? undefined
			: typeAsked.since === true
				? GAP_WORD
				: LAST_VERB.test(read) || meetingAsked
					? LENGTH_WORD
					: undefined;
	// "Paid a courtesy call": the noun says what was done, not the verb.
	const supportVerbs = findSupportVerbs(read, (word) => {
		const info = index.lookUpWord(word);
		return (info?.pos === 'noun' || info?.pos === 'verb') && info.concrete !== true && info.entity === undefined;
	});
	const concepts = index
		.analyze(searched)
		.filter((concept) => !supportVerbs.has(concept.label.toLowerCase()))
		.filter((concept) => !((focus?.open || asksTypeWord) && isFocus(concept)) && !isOpenModifier(concept))
		.filter((concept) => !(asksAnyPerson && isFocus(concept) && !concept.covered))
		// "How big was the group": the size of whatever the text calls it ("a party of 18 officials").
		.filter((concept) => !(asksGroupSize(typeAsked) && isGroupNoun(concept.label) && !concept.covered))
		// "Which specific weapons": "specific" asks which ones, no word to find ("specific proposals").
		.filter((concept) => !(kindAsked !== undefined && isAskingWhich(concept.label)))
		// "How long did the visit last?": "long" and "last" ask the length, no topic ("long histories", "last month");
		// "how long has the war gone on" keeps "long" ("decades-long" answers it). "How long since he last came", "the
		// gap since": the words asking a gap are none either.
		.filter((concept) => !(lengthWords?.test(concept.label) ?? false))
		// "Where does the line end up?", "where does it start from": which end of a route is asked, no word to find
		// ("end the war").
		.filter((concept) => !(typeAsked?.route === true && ROUTE_END.test(concept.label)))
		// "Why is the visit a big deal?": the words asking its weight are no words to find ("deal", "notable").
		.filter((concept) => !(typeAsked?.significance === true && isSignificanceWord(concept.label)))
		.filter((concept) => concept.label.toLowerCase() !== sizeWord)
		// "Which social media platform did he post on?": the words for a medium ask for one.
		.filter((concept) => !(typeAsked?.type === 'medium' && MEDIUM_WORD.test(concept.label)))
		.flatMap((concept) => (asksPlaceWord && isFocus(concept) ? keepLooseRelatives(concept, index.isClose) : [concept]))
		.map((concept) =>
			(isFocus(concept) || (isTopic(concept) && !namesEvent(concept))) && concept.coverage === 1
				? { ...concept, rarity: concept.rarity * focusWeight }
				: concept,
		);
	const retrieved = concepts.length === 0 ? [] : index.search(concepts, settings.candidates);
	const questionTerms = new Set(concepts.flatMap((concept) => [...concept.terms.keys()]));
	// What the question names: no loose relative, which may be the very thing asked ("which city": Lahore; "years" of
	// "days").
	const namedTerms = new Set(concepts.flatMap(index.closeTermsOf));
	// The fact sheet's people a text names by a name of theirs ("FM Reed", "Tom Reed"), not by a title ("the US").
	const peopleNamedIn = (text: string) =>
		knowledge.people.filter((person) =>
			[person.name, ...person.aliases].some((alias) => isOwnName(person, alias) && containsWords(text, alias)),
		);
	// "Who is the Malian leader?" asks for a person of an office, as "which Malian leader …" does.
	const officeAsked = readOfficeAsked(briefing, read);
	const answerNoun = findAnswerNoun(read, isVerbForm) ?? officeAsked?.office.norm;
	const answerEntity = answerNoun === undefined ? undefined : index.lookUpWord(answerNoun)?.entity;
	// "What is the bridge called": a name of the bridge, which an article may not give ("the new bridge"); where the
	// article has no word for the thing, its name cannot be looked for.
	const nameAsked: ExpectedAnswer | undefined =
		answerNoun !== undefined &&
		// "The name of Peru's president" asks for a person, whose name is no type of its own.
		answerEntity !== 'person' &&
		asksForName(read) &&
		concepts.some((concept) => concept.covered && wordsOf(concept).includes(answerNoun))
			? { type: 'name', counted: [answerNoun] }
			: undefined;
	const expected = nameAsked ?? typeAsked ?? expectEntity(answerEntity);
	// Who may answer a "who" question: the fact sheet's people it does not name, of the nationality it asks for.
	const answerPeople = findPeopleNotNamed(knowledge.people, read, answerNoun).filter(
		fitsNationalityAsked(briefing, read, officeAsked),
	);
	// "How long was she in Lima": a stay, read once for the ranking, the decision and the bold answer.
	// "How long since she last visited Lima" asks a gap, no stay.
	const staying = !(typeAsked?.since === true && ASKS_GAP_OUTRIGHT.test(read)) && asksStay(briefing, read, concepts);
	// "How long did Reed meet Soto?", "how long did she spend with him": a meeting's length, no stay's nor a gap's.
	const meeting = expected?.type === 'duration' && !staying && expected.since !== true && meetingAsked;
	const typeContext = createTypeContext(briefing, read, concepts, namedTerms, expected, answerPeople, staying, meeting);
	// Ranking, deciding and quoting ask of the same sentences: check each once.
	const typed = new Map<Sentence, boolean>();
	const holdsType = (paragraph: Paragraph, sentence: Sentence) => {
		let holds = typed.get(sentence);
		if (holds === undefined) {
			holds = expected !== undefined && holdsAnswerType(expected, paragraph, sentence, typeContext);
			typed.set(sentence, holds);
		}
		return holds;
	};
	// "On what date was the Extended Troika meeting held?": a time is the named thing's only in a passage naming it,
	// by the question's rarest name; a date beside other names dates something else. So is a count found far down.
	const rarestName = asksTime(expected) || expected?.type === 'count' ? findRarestName(concepts, index, read) : -1;
	const namesRarest = (passage: ScoredPassage) => rarestName === -1 || passage.matched.includes(rarestName);
	// A group's size ("the party numbered 17 officials") may be told in a sentence of its own, the group named by
	// another word: the paragraph must speak of the rest of the question instead (the group's people, "Russian"), and
	// the sentence is quoted though it shares no word with the question.
	const groupSizeAsked = asksGroupSize(expected);
	const statesSizeAsked = (sentence: Pick<Sentence, 'text'>) => groupSizeAsked && statesGroupSize(sentence.text);
	const groupRest = groupSizeAsked
		? concepts.filter(
				(concept) =>
					!wordsOf(concept).some(
						(word) => expected?.counted.includes(word) || word === expected?.group || word === sizeWord,
					),
			)
		: [];
	const speaksOfGroup = (paragraph: Paragraph) =>
		groupRest.length === 0 || coverageOf(paragraph, groupRest, index) >= settings.typedSentenceCoverage;
	// A time yet to come is of one event, said in the sentence naming it ("the commission will meet later this year"),
	// or in the one after, which may speak of it in other words ("The drill was announced on Monday. The exercise will
	// start next month."); a past day may date a whole paragraph from its first sentence.
	const rarest = asksTime(expected) && expected?.future === true ? concepts[rarestName] : undefined;
	// "How long did Reed meet Soto?", "how long was the meeting with the PM": a meeting's length is told beside whom it
	// was with ("Soto received him. Their talks ran for an hour"), the question's rarest name, not any meeting's.
	const metAsked = meeting
		? concepts
				.filter(
					(concept) =>
						concept.covered &&
						!namesPlaceIn(index, concept) &&
						(concept.properNoun || briefing.people.find(concept.label) !== undefined),
				)
				.reduce<Concept | undefined>(
					(found, concept) => (found === undefined || concept.rarity > found.rarity ? concept : found),
					undefined,
				)
		: undefined;
	const personMet = metAsked === undefined ? undefined : briefing.people.find(metAsked.label);
	const namesMetAsked = (paragraph: Paragraph, sentence: Sentence) => {
		if (metAsked === undefined) return true;
		const text = withAntecedent(paragraph.sentences, sentence);
		return (
			index.isClose(coverageOf({ text }, [metAsked], index)) &&
			(personMet === undefined || !namedOnlyInOtherNames(index, personMet, text))
		);
	};
	// "What date was the summit held?" is not answered by a date of something else in the paragraph: the sentence
	// giving the value must speak of enough of the question.
	const holdsTypeIn = (paragraph: Paragraph, sentence: Sentence) => {
		if (!holdsType(paragraph, sentence) || !namesMetAsked(paragraph, sentence)) return false;
		const { sentences } = paragraph;
		const text = withAntecedent(sentences, sentence);
		if (rarest !== undefined) {
			const near = `${sentences[sentences.indexOf(sentence) - 1]?.text ?? ''} ${text}`;
			if (!index.isClose(coverageOf({ text: near }, [rarest], index))) return false;
		}
		return (
			coverageOf({ text }, concepts, index) >= settings.typedSentenceCoverage ||
			(statesSizeAsked(sentence) && speaksOfGroup(paragraph))
		);
	};
	const holdsTypeAnywhere = (passage: ScoredPassage) =>
		(!asksTime(expected) || namesRarest(passage)) &&
		passage.paragraph.sentences.some((sentence) => holdsTypeIn(passage.paragraph, sentence));
	// The answer is of the question's parties: "how many doses did Chile give Peru" is not answered where Peru is not.
	// Only a country counts so: a capital, a product or a nickname may be put otherwise ("both towns").
	const namedConcepts = concepts.flatMap((concept, i) =>
		concept.properNoun && concept.covered && !concept.generic && index.isCountry(concept.label) ? [i] : [],
	);
	// "Where did he go after leaving Lima?": a place gone on to (or come from) is said plainly and rarely ("bound for
	// Quito"), in words the question's may rank low; the one that says it comes first. So does
	// what makes an event rare ("the first visit in nine years") for why it is a big deal.
	// So is a count ("the mayor took 12 engineers along" for how many went with her), by a passage naming the
	// question's rarest name where it has one: a number of the same things beside other names counts something else.
	// So is how long someone stayed ("in Lima on a three-day visit"), beside talk of where they were, or how long a
	// thing asked lasted; how long since something last happened ("the first visit in ten years"), the medium
	// something was put out on ("said on Telegram") and a time of day ("took off at 4:15 p.m.").
	// "How long did the talks last?": a length found further down is the one of the thing asked only in a sentence
	// naming it and counting it ("talks that ran for an hour and a half"), not any length beside the question's names
	// ("who have known each other for years"). What has gone on till now ("how long has the war gone on") is mostly
	// told from a point ("since 2001"), so a length found far down is another's.
	const namesThingMeasured = (paragraph: Paragraph, sentence: Sentence) =>
		readQuantities(sentence.text).some((quantity) => quantity.kind === 'duration') &&
		index
			.termsOf(withAntecedent(paragraph.sentences, sentence))
			.some((term) => typeContext.askedNouns?.has(term) === true);
	// "What time did he fly out": the time of his landing ("touched down on Tuesday evening") is none; nor the other way.
	const leavingAsked = LEAVING_WORD.test(read) && !ARRIVAL_WORD.test(read);
	const arrivalAsked = ARRIVAL_WORD.test(read) && !LEAVING_WORD.test(read);
	const travelsOtherWay = (text: string) =>
		(leavingAsked && ARRIVAL_WORD.test(text) && !LEAVING_WORD.test(text)) ||
		(arrivalAsked && LEAVING_WORD.test(text) && !ARRIVAL_WORD.test(text));
	const givesClockAsked = (paragraph: Paragraph) =>
		expected?.type === 'clock' &&
		paragraph.sentences.some(
			(sentence) => holdsTypeIn(paragraph, sentence) && givesHour(sentence.text) && !travelsOtherWay(sentence.text),
		);
	const typedAnywhere = (passage: ScoredPassage) =>
		holdsTypeAnywhere(passage) &&
		namesRarest(passage) &&
		(expected?.type !== 'medium' || isMediumOfAsked(briefing, read, passage.paragraph)) &&
		(expected?.type !== 'duration' ||
			passage.paragraph.sentences.some(
				(sentence) =>
					holdsType(passage.paragraph, sentence) &&
					(staying
						? statesStayAsked(briefing, read, concepts, passage.paragraph, sentence.text)
						: expected.since === true || namesThingMeasured(passage.paragraph, sentence)),
			));
	// "Who met him when he landed?": the people of his arrival, told where the article has him arrive ("Lavrov touched
	// down … He was met on the tarmac by …"), however it words the meeting; so of his leaving. Someone besides the
	// traveller is named there, in the sentence or the next.
	const journeyAsked = expected?.type === 'person' && (arrivalAsked || leavingAsked);
	const toldOnJourney = (passage: ScoredPassage) =>
		passage.paragraph.sentences.some(
			(sentence, i) =>
				(arrivalAsked ? ARRIVAL_WORD : LEAVING_WORD).test(sentence.text) &&
				peopleNamedIn(`${sentence.text} ${passage.paragraph.sentences[i + 1]?.text ?? ''}`).length >= 2,
		);
	const searchedFurther =
		(journeyAsked && retrieved[0] !== undefined && !toldOnJourney(retrieved[0])) ||
		((expected?.onward === true ||
			expected?.type === 'medium' ||
			(expected?.type === 'duration' &&
				(staying ||
					expected.since === true ||
					(expected.ongoing !== true && (typeContext.askedNouns?.size ?? 0) > 0))) ||
			expected?.prior === true ||
			expected?.significance === true ||
			expected?.type === 'clock' ||
			expected?.type === 'count') &&
			(retrieved[0] === undefined ||
				!holdsTypeAnywhere(retrieved[0]) ||
				(expected?.type === 'clock' && !givesClockAsked(retrieved[0].paragraph))));
	const further = searchedFurther ? index.search(concepts, settings.typedAnswerDepth) : [];
	// "What time did he fly out": an hour ("took off at 7:15 pm") tells it better than a part of the day ("wrapped up
	// the visit on Wednesday evening"), and a landing's hour is none.
	const foundAnywhere = journeyAsked
		? further.find(toldOnJourney)
		: (further.find((passage) => givesClockAsked(passage.paragraph) && typedAnywhere(passage)) ??
			further.find(typedAnywhere));
	const ranked =
		foundAnywhere === undefined
			? retrieved
			: [foundAnywhere, ...retrieved.filter((passage) => passage.paragraph !== foundAnywhere.paragraph)];
	const typeShown = ranked
		.slice(0, settings.typeWindow)
		.some((passage) => holdsTypeAnywhere(passage) && namedConcepts.every((i) => passage.matched.includes(i)));
	// What the question asks in particular that the closest passages do not give, in words ("the number of troops").
	// Whose reaction or answer the question asks, read once for the detail it may lack and the reply to put first.
	const reactionAsked = readReactionAsked(read);
	const findDetailMissing = (): string | undefined => {
		if (
			expected !== undefined &&
			(STRICT_TYPES.has(expected.type) ||
				expected.venue === true ||
				expected.onward === true ||
				expected.prior === true) &&
			!typeShown
		) {
			return describeExpected(expected);
		}
		if (typeAsked?.type === 'organization' && !typeShown) return 'which organization';
		return (
			findAbsentThingAsked(index, read, concepts) ??
			findRoleNobodyHolds(briefing, officeAsked) ??
			// Any office named by its country ("did he meet Lima's president"), where the roles linked no one: "Lima's
			// chief diplomat" is someone the fact sheet calls its foreign minister.
			(officeAsked === undefined && searched === read ? findOfficeNobodyHolds(briefing, read) : undefined) ??
			findNationalityNoOneHas(briefing, read) ??
			findGroupNoOneIsOf(briefing, read) ??
			findLeaderUnstated(briefing, read) ??
			(expected?.type === 'person' ? findDeedUnstated(index, read, concepts, settings.deedRelation) : undefined) ??
			findReactionMissing(briefing, reactionAsked, read, ranked.slice(0, settings.typeWindow)) ??
			// A kind of answer the type check reads ("which exact date") is no kind to name instances of.
			(expected === undefined || expected.type === 'qualifier'
				? findInstancesMissing(index, kindAsked, ranked.slice(0, settings.typeWindow), instancesAsked === undefined)
				: undefined) ??
			(expected?.type === 'person'
				? findPersonAtTimeMissing(read, ranked.slice(0, settings.answerTypeWindow))
				: undefined) ??
			findDetailWithheld(index, read, concepts, ranked[0], settings.typedSentenceCoverage)
		);
	};
	const { confidence, miss: decidedMiss } = decideAnswer(
		concepts,
		ranked,
		{
			focus:
				focus !== undefined &&
				!asksAnyPerson &&
				asksForDetail(index, focus, ranked.slice(0, settings.typeWindow), typeAsked !== undefined)
					? concepts.find(isFocus)
					: undefined,
			topic: topic.required ? concepts.filter(isTopic) : [],
			isClose: index.isClose,
			typeMissing: findDetailMissing(),
			yesNo: typeAsked?.type === 'yes-no',
			free: new Set(
				concepts.filter((concept) => USED_AS_VERB(concept.label).test(read) || (asksPlaceWord && isFocus(concept))),
			),
		},
		decide,
	);
	// A part of a known name, or the acronym of one, is looked up, not searched for: no coverage decides it.
	const namePart = findNamePart(briefing, read);
	const lookedUp =
		(namePart !== undefined && 'text' in namePart ? namePart : undefined) ??
		findAcronymOf(read, knowledge.article.paragraphs) ??
		findOtherName(read, knowledge.article.paragraphs) ??
		findDefinition(read, knowledge.article.paragraphs);
	// "What's Reed's full name?" where the article gives only "Reed": the detail is missing, whatever matches.
	const nameMissing: MissReason | undefined =
		namePart !== undefined && 'missing' in namePart
			? // Named as the article names them ("General Reed"): the fact sheet's full name is what it lacks.
				{ kind: 'detail-missing', detail: namePart.missing, subject: namePart.person.pin.quote }
			: undefined;
	const miss = nameMissing ?? decidedMiss;
	if (miss !== undefined && lookedUp === undefined) {
		return {
			found: false,
			question,
			reason: miss,
			missing: describeMissingWords(miss),
			closest: collapseDuplicates(
				findClosest(index, concepts, ranked, miss, limit),
				concepts,
				index.termsOf,
				() => false,
				settings,
			).map(({ passage, also }) => toPassage(passage, also, index.tokensOf, questionTerms)),
			related: ranked.length === 0 ? knowledge.topics.slice(0, 4) : relatedTopics(knowledge.topics, ranked),
			confidence,
			asOf,
		};
	}

	const kind = classifyQuestion(read, answerEntity);
	const context: ExtractionContext = {
		questionTerms: namedTerms,
		answerNounTerms: findAnswerNounTerms(concepts, answerNoun ?? findPlaceNounAsked(read), index.termsOf),
		// "Lima is the capital of which country?": the country of a place the question names may be its answer. Only a
		// place is answered by a country.
		countriesOfPlaces:
			kind === 'place' ? new Set(index.tokensOf(read).flatMap(({ norm }) => index.countriesOf(norm))) : undefined,
		termsOf: index.termsOf,
		tokensOf: index.tokensOf,
		isKnownPerson: (name) => peopleNamedIn(name).length > 0,
		// Only a "who" question names people in its answer.
		otherPeople: kind === 'person' ? answerPeople : [],
		date: meta.date,
		question: read,
		isCountry: (name) =>
			index.isCountry(name) || knowledge.people.some(({ country }) => country.toLowerCase() === name.toLowerCase()),
		// The whole name a place's, not one of its words ("Jordan Peterson" is no place).
		isPlace: index.isPlace,
		isPeopleWord: index.isPeopleWord,
		// "Who is Reed's counterpart": a word for a person that no one of the fact sheet is named by.
		asksForPersonNoun: index
			.tokensOf(read)
			.some(
				({ norm, raw }) =>
					/^\p{Ll}/u.test(raw) && index.lookUpWord(norm)?.entity === 'person' && !index.isCountry(norm),
			),
		isBodyWord: (norm) => index.lookUpWord(norm)?.entity === 'organization',
		openers: briefing.openers,
		answerNoun,
		isAbstractNoun: (norm) => {
			const word = index.lookUpWord(norm);
			// A plural asks for several ("which sectors"), not for the one qualified noun; "status" is no plural.
			const plural = /s$/u.test(norm) && !/(?:is|us|ss)$/u.test(norm);
			return word?.pos === 'noun' && word.concrete !== true && word.entity === undefined && !plural;
		},
		isVerb,
		formsOf: (norm) => new Set(index.formsOf(norm)),
		// A person may be "he" in the sentence giving the time; a body or a place is named.
		nameTerms: namesOfConcepts(briefing, concepts, (concept) => concept.properNoun),
		// A name typed in lower case ("soviet forces") that the article writes as a name: the paragraph names it.
		paragraphNameTerms: namesOfConcepts(
			briefing,
			concepts,
			(concept) => !concept.properNoun && isWrittenAsName(index, concept),
		),
		paragraphOf: (text) => findSentence(briefing, text)?.paragraph.text,
		isCommonWord: index.isCommonWord,
		referentOf: (text) => {
			const found = findSentence(briefing, text);
			return found === undefined
				? undefined
				: findReferent(knowledge.people, knowledge.article.paragraphs, found.paragraph, found.sentence);
		},
		findPerson: (name) => briefing.people.find(name),
		people: knowledge.people,
	};
	// Ranking by answer type and picking the short answer try the same sentences; extract from each once.
	const extracted = new Map<string, ReturnType<typeof scoreShortAnswer>>();
	const extract = (sentence: string) => {
		if (!extracted.has(sentence)) extracted.set(sentence, scoreShortAnswer(kind, sentence, context));
		return extracted.get(sentence);
	};
	let shortAnswer: string | undefined;
	// The quote is the sentence that holds the kind of answer asked for, when the best-matching one does not.
	// A time must share a word with the question besides a person's name or a word in most paragraphs: "the Prime
	// Minister … in Bishkek in June 2019" dates another deed than what "he reiterated" in the next sentence.
	const sharedTerms = asksTime(expected)
		? new Set(
				concepts
					.filter((concept) => !concept.generic && concept.nameParts === undefined)
					.flatMap((concept) => [...concept.terms.keys()]),
			)
		: questionTerms;
	// A meeting's length is quoted from the sentence naming whom it was with, not another length beside it.
	const holdsTypeAsked = (paragraph: Paragraph, sentence: Sentence) =>
		holdsType(paragraph, sentence) && namesMetAsked(paragraph, sentence);
	const quoted = ranked.map((passage) =>
		quoteTypedSentence(passage, holdsTypeAsked, sharedTerms, index.termsOf, statesSizeAsked),
	);
	const quotesType = (passage: ScoredPassage) => holdsTypeAsked(passage.paragraph, passage.sentence);
	let ordered = preferFirstSource(
		preferAnswerType(quoted, quotesType, settings),
		knowledge.article.paragraphs[0]?.source,
		quotesType,
		settings,
	);
	if (foundAnywhere !== undefined) {
		ordered = promote(ordered, foundAnywhere.paragraph.number, knowledge.article.paragraphs);
	}
	const reply = findReply(briefing, reactionAsked, read, ordered);
	if (reply !== undefined) ordered = promote(ordered, reply.paragraph.number, knowledge.article.paragraphs);
	// Why an event is a big deal is what makes it rare, not the event itself.
	const stated =
		expected?.significance === true
			? undefined
			: findWhyStated(briefing, read, ordered.slice(0, settings.answerTypeWindow));
	if (stated !== undefined) ordered = promote(ordered, stated.paragraph.number, knowledge.article.paragraphs);
	const person = findPersonAsked(briefing, read);
	const holder = person === undefined ? findOfficeHolderAsked(briefing, read) : undefined;
	if (person !== undefined) {
		shortAnswer = `${person.name}, ${person.role}`;
		ordered = promote(ordered, person.pin.paragraph, knowledge.article.paragraphs, person.pin.quote);
	} else if (holder !== undefined) {
		shortAnswer = holder.role;
		ordered = promote(ordered, holder.pin.paragraph, knowledge.article.paragraphs, holder.pin.quote);
	} else if (lookedUp !== undefined) {
		shortAnswer = lookedUp.text;
		ordered = promote(ordered, lookedUp.paragraph, knowledge.article.paragraphs);
	}
	const passages = collapseDuplicates(ordered, concepts, index.termsOf, quotesType, settings).map(({ passage, also }) =>
		toPassage(passage, also, index.tokensOf, questionTerms),
	);
	// "When did Reed visit Lima?": a time is the deed's only in a sentence that states it, in any form or a related
	// verb ("convene" → "meet"); "Reed recalled meeting Soto in June" dates something else. So is a person: "who did
	// Reed meet on Monday" is not answered by "Reed arrived in Lima on Monday".
	const deedAsked = WHEN_DID.test(read)
		? concepts.filter((concept) => concept.partOfSpeech === 'verb' && concept.covered && !concept.generic)
		: [];
	const statesDeed = (text: string) =>
		index.termsOf(text).some((term) => namesDeed(deedAsked, term, settings.deedRelation));
	const reversesParties = findPartiesReversed(briefing, read, concepts, settings.deedRelation);
	// "Where did the talks take place": the place is the talks', in a sentence naming them by a close word, not a summit's
	// beside other words of the question ("take the relationship to a new level").
	const eventPhrase = kind === 'place' ? EVENT_LOCATED.exec(read)?.[1]?.toLowerCase() : undefined;
	const eventLocated = (QUALIFIED_HEAD.exec(eventPhrase ?? '')?.[1] ?? eventPhrase)?.split(/\s+/u).at(-1);
	const event = concepts.find((concept) => wordsOf(concept).at(-1) === eventLocated);
	/** Whether a text names any of the concepts by a close word; true where there are none to name. */
	const namesAnyOf = (wanted: readonly Concept[]) => {
		const close = new Set(wanted.flatMap(index.closeTermsOf));
		return (text: string) => wanted.length === 0 || index.termsOf(text).some((term) => close.has(term));
	};
	const namesEventLocated = namesAnyOf(event === undefined ? [] : [event]);
	// "What's the deadline for the pipeline draft": the value is the draft's, in a sentence naming it (by any word of
	// it), not the deadline of another thing ("as a May 1 deadline approaches for it to withdraw").
	const ownerPhrase =
		focus !== undefined && focus.form === 'of' && !focus.open && (kind === 'time' || kind === 'quantity')
			? new RegExp(`\\b${escapeRegExp(focus.word)}\\s+(?:of|for)\\s+(?:the\\s+)?([^?.!]+)`, 'iu').exec(read)?.[1]
			: undefined;
	const ownerWords = new Set(ownerPhrase?.toLowerCase().split(/[\s-]+/u));
	const owner = concepts.filter((concept) => concept.covered && wordsOf(concept).some((word) => ownerWords.has(word)));
	const namesOwner = namesAnyOf(owner);
	// A place gone on to is told from a stop on the way ("travelled to Cusco") only by reading the whole story:
	// the passage speaks, no bold answer.
	if (shortAnswer === undefined && expected?.onward !== true) {
		// The better fit of the two best passages' answers; on a tie, the better passage's.
		let best: ReturnType<typeof scoreShortAnswer>;
		for (const [rank, passage] of passages.slice(0, 2).entries()) {
			// A value is an answer only in a sentence that holds the kind asked, as the answer-type check asks ("2001", a
			// past year, for "when will …"; "ten years" for "how many drills"); the runner-up's, only in one about the
			// question.
			const sentence = passage.paragraph.sentences.find((candidate) => candidate.text === passage.quote.text);
			if (
				(rank > 0 && coverageOf({ text: passage.quote.text }, concepts, index) < settings.typedSentenceCoverage) ||
				((kind === 'quantity' || kind === 'time') &&
					expected !== undefined &&
					STRICT_TYPES.has(expected.type) &&
					expected.type !== 'name' &&
					sentence !== undefined &&
					!holdsType(passage.paragraph, sentence)) ||
				(expected?.type === 'duration' &&
					staying &&
					!statesStayAsked(briefing, read, concepts, passage.paragraph, passage.quote.text)) ||
				(deedAsked.length > 0 && !statesDeed(passage.quote.text)) ||
				!namesEventLocated(passage.quote.text) ||
				!namesOwner(passage.quote.text) ||
				travelsOtherWay(passage.quote.text) ||
				(kind === 'quantity' && reversesParties(passage.quote.text))
			)
				continue;
			const candidate = extract(passage.quote.text);
			if (candidate !== undefined && (best === undefined || candidate.score > best.score)) best = candidate;
		}
		// "Which army chief …": the one person of that role the quote names, before every person it names.
		shortAnswer =
			findPersonOfRole(briefing, read, passages[0]?.quote.text) ??
			(best !== undefined && !isRuledOutByRole(briefing, read, best.text, officeAsked) ? best.text : undefined);
	}
	return {
		found: true,
		question,
		shortAnswer,
		passages: passages.slice(0, limit),
		further: passages.slice(limit),
		confidence,
		// Each report is true as of its own day: the answer is stamped with the date of the one it quotes first.
		asOf: passages[0] === undefined ? asOf : metaOfParagraph(knowledge, passages[0].paragraph.number).date,
		basis: 'article',
	};
}

/** Whether a word of a sentence is one of the verbs asked, or as close a relative as `relation` ("meet" of "convene"). */
function namesDeed(deeds: readonly Concept[], term: string, relation: number): boolean {
	return deeds.some((concept) => (concept.terms.get(term) ?? 0) >= relation);
}

// "How many doses did Chile give …": the party asked to do it, after the auxiliary.
const PARTY_ASKED =
	/^\s*how\s+(?:many|much)\s+(?:[\p{L}-]+\s+){1,3}?(?:did|does|do|will|would|has|have|had)\s+(?:the\s+)?([\p{L}-]+)/iu;
// The words that open whom a deed is done to or for: "provided 50,000 doses to Peru".
const RECEIVER_OPENING = /^(?:to|for)$/u;
/** How many auxiliaries and adverbs may stand between who does a deed and it ("Lima will also buy"). */
const AGENT_REACH = 3;
const AUXILIARY_OR_ADVERB =
	/^(?:will|would|shall|should|can|could|may|might|must|has|have|had|is|are|was|were|be|been|also|further|already|now|soon|still|then)$/u;
const PREPOSITION = /^(?:to|for|from|with|of|in|at|by|on)$/u;

/**
 * "How many doses did Peru give Chile?": a quantity the article gives of the deed done the other way round is no
 * answer, told by the sentence having the party asked receive it ("provided 50,000 doses to Peru") or another party
 * do it right before the deed ("Lima will also buy 5 million doses" for "how many will Chile buy"). Only where the
 * party asked is a country or someone of the fact sheet, and the sentence states the deed.
 */
function findPartiesReversed(
	briefing: Briefing,
	question: string,
	concepts: readonly Concept[],
	deedRelation: number,
): (text: string) => boolean {
	const { index } = briefing;
	const named = PARTY_ASKED.exec(question)?.[1]?.toLowerCase();
	const party = concepts.find((concept) => concept.label.toLowerCase().split(/\s+/u)[0] === named);
	const isParty = (concept: Concept) =>
		index.isCountry(concept.label) || briefing.people.findByName(concept.label) !== undefined;
	const deeds = concepts.filter((concept) => concept.partOfSpeech === 'verb' && concept.covered);
	if (party === undefined || !isParty(party) || deeds.length === 0) return () => false;
	const own = new Set(index.closeTermsOf(party));
	const isDeed = (term: string | null) => term !== null && namesDeed(deeds, term, deedRelation);
	// Another party: a country or a capital by country data, or someone of the fact sheet.
	const isOtherParty = (raw: string, term: string | null) =>
		term !== null &&
		!own.has(term) &&
		/^\p{Lu}/u.test(raw) &&
		(index.isCountry(raw) || index.isCapital(raw) || briefing.people.findByName(raw) !== undefined);
	return (text) => {
		const tokens = index.tokensOf(text);
		const at = tokens.findIndex((token) => isDeed(token.term));
		if (at === -1) return false;
		const receives = tokens
			.slice(at + 1)
			.some(
				(token, i, after) =>
					RECEIVER_OPENING.test(token.norm) && [after[i + 1], after[i + 2]].some((next) => own.has(next?.term ?? '')),
			);
		// Who does it: the word before the deed and its auxiliaries ("Lima will also buy"), itself no preposition's
		// object ("to Lima and intend to provide" is whom the first deed was for).
		let agent = at - 1;
		while (agent >= at - AGENT_REACH && AUXILIARY_OR_ADVERB.test(tokens[agent]?.norm ?? '')) agent--;
		const doer = tokens[agent];
		const doneByOther =
			doer !== undefined && !PREPOSITION.test(tokens[agent - 1]?.norm ?? '') && isOtherParty(doer.raw, doer.term);
		return receives || doneByOther;
	};
}

// "When did …", "when will …", "who did … meet": a time or a person asked of a deed.
const WHEN_DID = /^\s*(?:when|who|whom)\s+(?:did|does|do|will|would|has|have|had)\b/iu;
// Words of leaving and of arriving, as reports put a guest's travel.
const LEAVING_WORD =
	/\b(?:leave|leaves|left|leaving|depart\w*|(?:fly|flies|flew|flying)\s+(?:out|off|home|back)|(?:take|takes|took|taking)\s+off|(?:seen|saw|see|sees)\s+(?:\p{L}+\s+)?off|bound\s+for)\b/iu;
const ARRIVAL_WORD =
	/\b(?:arriv\w*|land|lands|landed|landing|(?:touch|touches|touched|touching)\s+down|(?:fly|flies|flew|flying)\s+in(?:to)?|(?:get|gets|got|getting)\s+in)\b/iu;
// "Where did the FM-level talks take place", "where and when was the meeting held": the event whose place is asked.
const EVENT_LOCATED =
	/^\W*where\s+(?:(?:and|or)\s+when\s+)?(?:did|does|do|will|would|was|were|is|are)\s+(?:the\s+)?((?:[\p{L}'’-]+\s+){0,6}?[\p{L}'’-]+)\s+(?:take|took|taking|takes|be\s+held|held|happen|happened|happening|occur|occurred)\b/iu;
// "The trade fair in Lima": the event is the noun before the phrase placing or qualifying it.
const QUALIFIED_HEAD = /^(.*?)\s+(?:in|at|on|of|with|between|for|from)\s/iu;

/** Whether a word names a country or a place by country data or the knowledge's synonyms ("per", "lima"). */
function isNamedPlace(briefing: Briefing, norm: string): boolean {
	const { index, knowledge } = briefing;
	return (
		index.isCountry(norm) ||
		index.countriesOf(norm).length > 0 ||
		knowledge.synonyms.groups.some((group) => group.includes(norm) && group.some((name) => index.isCountry(name)))
	);
}

/** The words of the question a miss is about (see `NotFound.missing`). */
function describeMissingWords(miss: MissReason): readonly string[] {
	switch (miss.kind) {
		case 'empty':
			return [];
		case 'not-covered':
			return miss.missing;
		case 'not-together':
			return miss.apart;
		case 'detail-missing':
			return [miss.detail];
	}
}

/**
 * The passages closest to a question the article does not answer. When it lacks only a detail ("the pipeline's
 * cost"), they are the passages about the subject, found without the missing detail's word and its loose relatives.
 */
function findClosest(
	index: Briefing['index'],
	concepts: readonly Concept[],
	ranked: readonly ScoredPassage[],
	miss: MissReason,
	limit: number,
): ScoredPassage[] {
	if (miss.kind !== 'detail-missing') return ranked.slice(0, limit);
	const detailWords = new Set(miss.detail.toLowerCase().split(' '));
	const subject = concepts.filter((concept) => !detailWords.has(concept.label.toLowerCase()));
	return subject.length === 0 ? ranked.slice(0, limit) : index.search(subject, limit);
}

function toPassage(
	passage: ScoredPassage,
	also: number[],
	tokensOf: (text: string) => readonly Token[],
	questionTerms: ReadonlySet<string>,
): Passage {
	return {
		paragraph: passage.paragraph,
		score: passage.score,
		quote: passage.sentence,
		also: also.sort((a, b) => a - b),
		coverage: passage.coverage,
		highlights: highlight(tokensOf(passage.sentence.text), questionTerms),
	};
}

/** A concept with only its loose relatives (instances, kinds), if it has any: its own word and synonyms dropped. */
function keepLooseRelatives(concept: Concept, isClose: (weight: number) => boolean): Concept[] {
	const terms = new Map([...concept.terms].filter(([, weight]) => !isClose(weight)));
	return terms.size === 0 ? [] : [{ ...concept, terms }];
}

// "What time …": the word that asks for a time, whatever sense the lexicon gives it first ("a first time").
const TIME_ASKED = /^(?:time|date|day|month|year|decade)s?$/u;
const DURATION_ASKED = /^durations?$/u;
const TIME_WORD = /^times?$/u;
const asksTime = (expected: ExpectedAnswer | undefined) =>
	expected?.type === 'day' || expected?.type === 'date' || expected?.type === 'decade' || expected?.type === 'clock';
const STAYING =
	/\b(?:stay(?:ed|ing|s)?|remain(?:ed|ing|s)?|spen[dt]|visit(?:ed|ing|s)?|hang(?:ing|s|ed)?\s+(?:around|about|out))\b/iu;
// Time spent with someone ("spend an hour with him", "how long was she with him") is a meeting's, no stay; time
// spent in a place is one, and "was staying with" is a stay.
const SPENT_WITH =
	/\b(?:spen[dt]\s+(?:(?!(?:in|at)\b)[\p{L}-]+\s+){0,3}?|(?:was|were)\s+(?:(?!(?:in|at|stay\w*|visit\w*|liv\w*|remain\w*)\b)[\p{L}'’-]+\s+){1,2}?)with\b/iu;
const DETERMINER = `(?:${[...DETERMINERS].join('|')})`;
// "The visiting minister" only says who is a guest.
const NO_STAY = new RegExp(`${SPENT_WITH.source}|\\b${DETERMINER}\\s+visiting\\b`, 'giu');
/**
 * "The visiting minister", "the outgoing envoy": a participle between a determiner and a noun describes the noun;
 * "the fighting in Gaza" is a thing.
 */
const isParticipleBeforeNoun = (word: string, question: string) => {
	if (!/ing$/iu.test(word)) return false;
	const next = new RegExp(`\\b${DETERMINER}\\s+${escapeRegExp(word)}\\s+(\\p{L}+)`, 'iu').exec(question)?.[1];
	return next !== undefined && !isStopWord(next.toLowerCase());
};
/**
 * What a meeting is called: its close relatives ("talks", "met") are the article's words for one; so are a call on
 * someone and a conversation with them, which WordNet puts under visits and speech.
 */
const MEETING_NOUN = 'meeting call conversation';
/** What a stay is called: its close relatives ("visit", "trip") are the article's words for one. */
const STAY_NOUN = 'stay';
// "How long was the envoy in Peru?": being in a place, as staying there is.
// "How long was Reed in …": who is there, before the place.
const SOMEONE_BEING_IN =
	/\bhow\s+long\s+(?:was|were|is|are|has\s+been|had\s+been)\s+((?:the\s+)?[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+)?)\s+(?:in|at|around)\s+(?:the\s+)?([\p{L}-]+)/iu;
const PERSONAL_PRONOUN = /^(?:he|she|they|him|her|them)$/iu;
const SUBJECT_PRONOUN = /\b(?:he|she|his|her)\b/iu;
const BEING_IN = /\b(?:was|were|is|are|been|be)\b.*?\b(?:in|at|around)\s+([\p{L}-]+)/giu;
// A word right after a modal or "did" is a verb as the question uses it ("will host"); after "to" it may be a noun's
// place ("exports to China").
const USED_AS_VERB = (word: string) =>
	new RegExp(`\\b(?:will|would|can|could|shall|should|may|might|must|did|does|do)\\s+${escapeRegExp(word)}\\b`, 'iu');
const MEASURE_ASKED = /^(?:capacity|capacities|size|volume|amount|quantity)$/u;
const VALUE_ASKED = /^(?:values?|numbers?|figures?)$/u;
const COUNT_ASKED = /^(?:numbers?|figures?|totals?|counts?)$/u;
// "… did the visit last?": the verb, ending the question; "last visited" is another "last".
const LAST_VERB = /\blast\s*[?.!]*\s*$/iu;
// The words asking a length ("how long did it last", "how long did she spend with him") and the time since something
// ("how long since he last came", "the gap since").
const LENGTH_WORD = /^(?:long|last|spend|spent)$/iu;
const GAP_WORD = /^(?:long|gap|since|last)$/iu;
const PLACE_ASKED = /^(?:country|countries|city|cities|place|places|capital|capitals|location|venue)$/u;

/**
 * Among the closest candidates, prefers those whose best sentence holds the kind of answer asked for (a number for
 * "how many", a place for "where"): a classic answer-type check of extractive question answering.
 */
function preferAnswerType(
	passages: readonly ScoredPassage[],
	holdsType: (passage: ScoredPassage) => boolean,
	{ answerTypeWindow, answerTypeBoost }: AnswerOptions,
): ScoredPassage[] {
	const best = passages[0]?.score ?? 0;
	return passages
		.map((passage, rank) => {
			// Only a passage the boost can lift to the best is boosted: one far behind holds a number by chance.
			const near = rank < answerTypeWindow && passage.score * answerTypeBoost >= best;
			const typed = near && holdsType(passage);
			return { passage, score: passage.score * (typed ? answerTypeBoost : 1) };
		})
		.sort((a, b) => b.score - a.score)
		.map(({ passage }) => passage);
}

/**
 * A passage whose best sentence lacks the kind of answer asked for, quoted by another sentence of its paragraph that
 * has it and shares a word with the question ("It was the first time … in nine years" for "how long since …").
 */
function quoteTypedSentence(
	passage: ScoredPassage,
	holdsType: (paragraph: Paragraph, sentence: Sentence) => boolean,
	questionTerms: ReadonlySet<string>,
	termsOf: (text: string) => string[],
	quotable: (sentence: Sentence) => boolean,
): ScoredPassage {
	if (holdsType(passage.paragraph, passage.sentence)) return passage;
	const sentence = passage.paragraph.sentences.find(
		(candidate) =>
			holdsType(passage.paragraph, candidate) &&
			(quotable(candidate) ||
				termsOf(withAntecedent(passage.paragraph.sentences, candidate)).some((term) => questionTerms.has(term))),
	);
	return sentence === undefined ? passage : { ...passage, sentence };
}

/** "France", "the élysée", "per": a place as typed, or by a close relative ("per" → Peru). */
const namesPlaceIn = (index: SearchIndex, concept: Concept) =>
	index.isPlace(concept.label) ||
	index.closeTermsOf(concept).some((term) => index.isCountry(term) || index.isCapital(term));

// "He said …": the paragraph's person, as the question may name them.
const SPEAKER_PRONOUN = /^\s*(?:he|she)\b/iu;

/** What the answer-type check reads of the article for one question (see `holdsAnswerType`). */
function createTypeContext(
	briefing: Briefing,
	question: string,
	concepts: readonly Concept[],
	questionTerms: ReadonlySet<string>,
	expected: ExpectedAnswer | undefined,
	answerPeople: readonly Person[],
	staying: boolean,
	meeting: boolean,
): AnswerTypeContext {
	const { knowledge, index } = briefing;
	const counted = new Set(expected?.counted.map((word) => word.toLowerCase()));
	const ownTerms = (concept: Concept) => [...concept.terms].flatMap(([term, weight]) => (weight === 1 ? [term] : []));
	const namesPlace = (concept: Concept) => namesPlaceIn(index, concept);
	// "The envoy", "the FM": a person by a word for people or an alias the fact sheet gives.
	const namesPerson = (concept: Concept) =>
		index.lookUpWord(concept.label.toLowerCase().split(' ').at(-1) ?? '')?.entity === 'person' ||
		briefing.people.find(concept.label) !== undefined;
	const peopleAsked = concepts.filter((concept) => briefing.people.findByName(concept.label) !== undefined);
	return {
		speaksOfPeopleAsked: (sentence) => {
			if (SPEAKER_PRONOUN.test(sentence.text)) return true;
			const terms = new Set(index.termsOf(sentence.text));
			return peopleAsked.every((concept) => index.closeTermsOf(concept).some((term) => terms.has(term)));
		},
		// By their own name: a list naming "FM Qureshi" does not name Lavrov, whom the fact sheet also calls an FM.
		namesPersonAsked: (text) => {
			const terms = new Set(index.termsOf(text));
			return peopleAsked.some((concept) => [...(concept.nameParts ?? [])].some((term) => terms.has(term)));
		},
		entitiesOf: (paragraph, sentence) =>
			knowledge.lexicon === undefined
				? undefined
				: (knowledge.lexicon.entities[`${paragraph.number}.${sentence.index}`] ?? {}),
		tokensOf: index.tokensOf,
		typedTerms: new Set(concepts.flatMap(ownTerms)),
		namesPerson: (paragraph) => answerPeople.some((person) => person.mentions.includes(paragraph.number)),
		isBodyWord: (norm) => index.lookUpWord(norm)?.entity === 'organization',
		isPersonNoun: (norm) => index.lookUpWord(norm)?.entity === 'person',
		// "Which Chilean officials …": Reed, named in the passage, is not one.
		isOtherKnownPerson: (name) =>
			knowledge.people.some(
				(person) =>
					!answerPeople.includes(person) &&
					[person.name, ...person.aliases].some((alias) => containsWords(name, alias)),
			),
		isPersonOrCountry: (name) => {
			const norm = name.toLowerCase();
			return (
				knowledge.people.some((person) =>
					[person.name, ...person.aliases].some((alias) => alias.toLowerCase() === norm),
				) ||
				index.isCountry(norm) ||
				index.relatedTo(norm).some(({ relation, target }) => relation === 'synonym' && index.isCountry(target))
			);
		},
		isCountryOrCapital: (name) => index.isCountry(name) || index.isCapital(name),
		isVerb: (norm) => index.partOfSpeechOf(norm) === 'verb',
		askedNouns: new Set(
			concepts
				// Of the clause that asks the length: "which officials did she meet, and how long did the trip last?"
				.filter(
					(concept) =>
						!concept.properNoun &&
						concept.partOfSpeech === 'noun' &&
						// "the capitol", "lima" typed lowercase: a place, no thing that lasts.
						!namesPlace(concept) &&
						// "… for, like a day?": a unit guesses the length; it names no thing.
						!TIME_UNIT.test(concept.label) &&
						// "How long did the envoy stay?": who stays is no thing that lasts ("how long did she serve" asks
						// her term, which a visit's length does not give).
						!((staying || meeting) && namesPerson(concept)) &&
						// "The visiting minister": a participle before a noun says who, no thing that lasts.
						!isParticipleBeforeNoun(concept.label, question) &&
						lengthClause(question).includes(concept.label.toLowerCase()),
				)
				.flatMap(index.closeTermsOf)
				// "How long was the envoy in Lima?": a stay's length is a visit's ("a three-day visit"), not a war's
				// ("years-long") nor a gap's.
				.concat(staying ? index.analyze(STAY_NOUN).flatMap(index.closeTermsOf) : [])
				// "How long did Reed meet Soto?", "how long did she spend with him": a meeting's length, whatever the
				// article calls it ("their talks ran for an hour"), not a visit's ("his two-day visit").
				.concat(meeting ? index.analyze(MEETING_NOUN).flatMap(index.closeTermsOf) : [])
				.filter(index.hasTerm),
		),
		questionTerms,
		// A name may be given to the thing by another word for it ("trials" named as "tests"). What is counted is named
		// as asked or by a close relative ("doses" for "jabs"); a loose one ("decades" for "years") counts something else.
		countedTerms: new Set(
			concepts
				.filter((concept) => wordsOf(concept).some((word) => counted.has(word)))
				.flatMap((concept) => (expected?.type === 'name' ? [...concept.terms.keys()] : index.closeTermsOf(concept))),
		),
	};
}

/**
 * "Who is financing the pipeline?", "who will co-chair the commission?", "who interpreted for them?": who does, will do
 * or did a deed the article never states, not even by a broader word (`deedRelation`) or a word of its family, has no
 * answer in it, however much of the rest it covers. A deed of leading is `findLeaderUnstated`'s, which knows offices;
 * a support verb ("who is making …") leaves the meaning to its object.
 */
function findDeedUnstated(
	index: SearchIndex,
	question: string,
	concepts: readonly Concept[],
	deedRelation: number,
): string | undefined {
	if (asksLeader(question)) return undefined;
	const match =
		DEED_COMING.exec(question) ??
		DEED_ONGOING.exec(question) ??
		DEED_PRESENT.exec(question) ??
		DEED_PAST.exec(question);
	const deed = match?.[1]?.toLowerCase();
	if (
		deed === undefined ||
		isStopWord(deed) ||
		AUXILIARIES.has(deed) ||
		SUPPORT_VERBS.has(deed) ||
		REPORTING.test(deed)
	)
		return undefined;
	const concept = concepts.find((candidate) => wordsOf(candidate).some((word) => word.toLowerCase() === deed));
	if (concept === undefined || concept.properNoun || concept.coverage >= deedRelation) return undefined;
	// "Threatening" is the article's "threats" in another part of speech, which the lexicon may not link.
	const [stem = deed] = index.termsOf(deed);
	for (let length = stem.length - 1; length >= Math.max(MIN_FAMILY_STEM, MIN_FAMILY_SHARE * stem.length); length--) {
		if (index.hasTerm(stem.slice(0, length))) return undefined;
	}
	return match?.[0].trim().toLowerCase();
}

// The deed of the person asked: as it will be done ("who will head …", "who's going to fund …"), as it goes on
// ("who is financing …", "who's actually paying …"), as it is done now ("who co-chairs …") or as it was done by a
// regular verb ("who interpreted …"); an irregular past ("who sat down with …") is left to the search.
const DEED_COMING =
	/^\s*who(?:\s+will|(?:['’]s|\s+(?:is|are))\s+(?:going\s+to|gonna|set\s+to|due\s+to|to))\s+(?:be\s+)?(?:co-)?(\p{L}+)\b/iu;
const DEED_STRESS = String.raw`(?:(?:actually|really|now|still)\s+)?`;
const DEED_ONGOING = new RegExp(
	String.raw`^\s*who(?:['’]s|\s+(?:is|are))\s+${DEED_STRESS}(?!going\b)(\p{L}+ing)\b`,
	'iu',
);
const DEED_PRESENT = new RegExp(String.raw`^\s*who\s+${DEED_STRESS}(?:co-)?(\p{L}+(?<!s)s)\b`, 'iu');
// Not "need" or "exceed" (no past), nor a verb of will before another ("who decided to hold …": that one is the deed).
const DEED_PAST = new RegExp(String.raw`^\s*who\s+${DEED_STRESS}(?:co-)?(\p{L}+(?<!e)ed)\b(?!\s+to\b)`, 'iu');
// Who reported or covered it is the byline's, which the search and the article's metadata answer.
const REPORTING = /^(?:reported|covered|wrote|written|authored|published)$/iu;
/**
 * The shortest stem of the article that makes a word of the question of its family ("threat" of "threaten"), in
 * letters and as a share of the question's stem: "inter" of "Inter-Governmental" is no family of "interpret".
 */
const MIN_FAMILY_STEM = 5;
const MIN_FAMILY_SHARE = 2 / 3;

/**
 * "Which minister visited Lima ten years ago?" where the article only counts the gap since ("the first visit by a
 * minister in ten years"): it gives how long ago, not who it was. Only that case is declined; any other "ago" is
 * left to the passages, which may date it otherwise ("last month", a year).
 */
function findPersonAtTimeMissing(question: string, closest: readonly ScoredPassage[]): string | undefined {
	const ago = TIME_AGO.exec(question);
	if (ago === null) return undefined;
	const [, amount = '', unit = ''] = ago;
	const gap = new RegExp(
		`\\b(?:first|last)\\b.*\\bin\\s+(?:the\\s+(?:past|last)\\s+)?${amount}\\s+${unit.replace(/s$/u, '')}s?\\b`,
		'iu',
	);
	const countsGap = closest.some(({ paragraph }) => paragraph.sentences.some((sentence) => gap.test(sentence.text)));
	return countsGap ? `who it was ${ago[0]}` : undefined;
}

// "ten years ago", "3 months ago": a time counted back from the article's.
const TIME_AGO =
	/\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)\s+(years?|months?|weeks?|days?|decades?)\s+ago\b/iu;

/** "Which specific weapons …" where the closest passages name only "special military equipment": which ones is missing. */
function findInstancesMissing(
	index: SearchIndex,
	kind: string | undefined,
	passages: readonly ScoredPassage[],
	plain: boolean,
): string | undefined {
	if (kind === undefined) return undefined;
	const sentences = passages.flatMap((passage) => passage.paragraph.sentences);
	return namesKindOnly(index, kind, sentences, plain) === true ? `which ${kind}` : undefined;
}

// "Declined to name any of them", "without identifying them": the text says which ones were kept back, of what follows
// (see `WITHHELD_OBJECT`). Not details withheld ("without going into detail about the equipment"): "which equipment"
// is then answered by the kind it names ("special military equipment"), as any plain "which" is.
const WITHHELD =
	/\b(?:(?:declined|refused|would\s+not|wouldn['’]t|did\s+not|didn['’]t|could\s+not|couldn['’]t)\s+(?:to\s+)?(?:name|identify|specify|disclose|reveal)|without\s+(?:naming|specifying|identifying))\b/giu;
// The same, tested once against a question (the global one is read with matchAll only).
const WITHHELD_ASKED = new RegExp(WITHHELD.source, 'iu');
// What was kept back, right after: "any of them", "them", "the companies".
const WITHHELD_OBJECT =
	/^\s+(?:(?:any|all|either|none|one)\s+of\s+)?(?:(them|it|those|these)\b|(?:the|its|their|his|her|which|what|any)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+))/iu;
// A sentence that goes on to give it ("…, but Lopez said Acme was among them") keeps nothing back.
const GOES_ON = /\b(?:but|however|though|although|yet)\b/iu;
// The thing asked of "which X", "which are the 14 X": up to three words, the noun among them.
const WHICH_ASKED = /^\s*which\s+(?:(?:are|were|is|was)\s+the\s+)?(?:[\d,]+\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/iu;

/**
 * "Which companies are interested?" where the best passage says "14 companies are, although he declined to name any
 * of them": the text says which ones was kept back, the detail missing, which the passage then shows. Only where the
 * sentence keeps back the thing asked (by its word or "them"), speaks of it, and gives no names after all.
 */
function findDetailWithheld(
	index: SearchIndex,
	question: string,
	concepts: readonly Concept[],
	best: ScoredPassage | undefined,
	minCoverage: number,
): string | undefined {
	const asked = WHICH_ASKED.exec(question)?.[1]?.toLowerCase().split(/\s+/u) ?? [];
	// "Which minister declined to name them?" asks who kept it back.
	if (best === undefined || asked.length === 0 || WITHHELD_ASKED.test(question)) return undefined;
	// A people's word ("russian companies") says whose, not what.
	const thing = concepts.find(
		(concept) =>
			concept.partOfSpeech === 'noun' &&
			!concept.properNoun &&
			!index.isPeopleWord(concept.label) &&
			asked.includes(concept.label.toLowerCase()),
	);
	if (thing === undefined) return undefined;
	const thingTerms = new Set(index.closeTermsOf(thing));
	const isThing = (text: string) => index.termsOf(text).some((term) => thingTerms.has(term));
	for (const sentence of best.paragraph.sentences) {
		const keptBack = [...sentence.text.matchAll(WITHHELD)].some((match) => {
			const after = sentence.text.slice(match.index + match[0].length);
			const [, pronoun, object] = WITHHELD_OBJECT.exec(after) ?? [];
			return (pronoun !== undefined || (object !== undefined && isThing(object))) && !GOES_ON.test(after);
		});
		if (keptBack && isThing(sentence.text) && coverageOf(sentence, concepts, index) >= minCoverage)
			return `which ${thing.label}`;
	}
	return undefined;
}

// "In the offing", "on the cards", "in the works": what is coming, no thing that holds it.
const UPCOMING_IDIOM = new Set(['offing', 'anvil', 'cards', 'horizon', 'works', 'table', 'air', 'pipeline', 'wind']);

// "Any gift", "any S-400 missiles": up to three words after "any", the thing among them. So "what was on the menu",
// "what's in the package": what a thing holds is asked of the thing.
const ANY_THING =
	/\bany((?:\s+[\p{L}-]+){1,3})|^\s*what(?:['’]s|\s+(?:is|was|are|were))\s+(?:on|in|inside)\s+(?:the|his|her|their|its)((?:\s+[\p{L}-]+){1,3})/giu;

/**
 * "Did Lopez give Reed any gift?", "what was on the menu?": whether there was any of a concrete thing, or what it held,
 * is not answered by passages that only share the question's other words ("give", "Reed"); where the article never
 * names the thing, by any word related to it, the thing is the detail missing. So is a kind of people ("any opposition
 * leaders") whose kind the article has no close word for.
 */
function findAbsentThingAsked(index: SearchIndex, question: string, concepts: readonly Concept[]): string | undefined {
	const matches = [...question.matchAll(ANY_THING)];
	const spans = matches.map((match) => (match[1] ?? match[2] ?? '').toLowerCase().trim().split(/\s+/u));
	const words = new Set(spans.flat());
	// What a thing holds is asked of any noun the article has no word for at all, concrete or not ("the menu"): the
	// words before the next small word ("the menu at the lunch"), not an idiom of what is coming ("in the offing").
	const holder = new Set(
		spans.flatMap((span, i) => {
			if (matches[i]?.[2] === undefined) return [];
			const end = span.findIndex((word) => isStopWord(word));
			return span.slice(0, end === -1 ? span.length : end).filter((word) => !UPCOMING_IDIOM.has(word));
		}),
	);
	// "Any opposition leaders": a kind of people, named by the word before the person noun.
	const qualifiers = new Set(
		spans.flatMap((span) =>
			span.flatMap((word, i) => (index.lookUpWord(span[i + 1] ?? '')?.entity === 'person' ? [word] : [])),
		),
	);
	const isQualifier = (concept: Concept) =>
		concept.partOfSpeech === 'noun' && qualifiers.has(concept.label.toLowerCase());
	// The first thing asked of: "any money or gifts" is answered where the article has money.
	const thing = concepts.find(
		(concept) =>
			!concept.properNoun &&
			(concept.concrete ||
				isQualifier(concept) ||
				(concept.partOfSpeech === 'noun' && concept.coverage === 0 && holder.has(concept.label.toLowerCase()))) &&
			concept.label
				.toLowerCase()
				.split(/\s+/u)
				.every((word) => words.has(word)),
	);
	if (thing === undefined) return undefined;
	const absent =
		thing.concrete || !isQualifier(thing) ? thing.coverage === 0 : !index.closeTermsOf(thing).some(index.hasTerm);
	return absent ? thing.label : undefined;
}

/**
 * "How did Peru react …", "what did Reed and Lopez discuss": when none of the closest passages has Peru speak, or
 * says what Reed and Lopez discussed, that is the missing detail.
 */
function findReactionMissing(
	briefing: Briefing,
	reaction: ReactionAsked | undefined,
	question: string,
	closest: readonly ScoredPassage[],
): string | undefined {
	const discussion = reaction === undefined ? readDiscussionAsked(question) : undefined;
	const holds =
		reaction !== undefined
			? createVoiceCheck(briefing, reaction)
			: discussion !== undefined
				? createDiscussionCheck(briefing, discussion)
				: undefined;
	if (holds === undefined) return undefined;
	const held = closest.some(({ paragraph }) => paragraph.sentences.some((sentence) => holds(paragraph, sentence)));
	return held ? undefined : (reaction ?? discussion)?.detail;
}

/**
 * "Why is Peru worried …": among the closest passages, the first where the article says Peru is (“Peru is concerned
 * about …”), when the first does not.
 */
function findWhyStated(
	briefing: Briefing,
	question: string,
	closest: readonly ScoredPassage[],
): ScoredPassage | undefined {
	const asked = readWhyAsked(question);
	if (asked === undefined) return undefined;
	const states = createPredicateCheck(briefing.index, asked);
	const statesIt = (passage: ScoredPassage) => passage.paragraph.sentences.some(states);
	const [first] = closest;
	return first === undefined || statesIt(first) ? undefined : closest.find(statesIt);
}

const REPLY_ASKED = /\b(?:react|reaction|respond|response|reply|replied)\b/iu;

/**
 * "Did Peru accept the offer?", "how does Peru respond to the claims?": among the closest passages, the first where
 * Peru answers ("Peru denies that." after the sentence accusing it), to come first.
 */
function findReply(
	briefing: Briefing,
	reaction: ReactionAsked | undefined,
	question: string,
	closest: readonly ScoredPassage[],
): ScoredPassage | undefined {
	// Not "what did Peru say", nor "Peru's position": whatever Peru agreed to may be none of it.
	const answers =
		reaction !== undefined && (reaction.answer === true || REPLY_ASKED.test(question))
			? createVoiceCheck(briefing, reaction, true)
			: undefined;
	return answers === undefined
		? undefined
		: closest.find(({ paragraph }) => paragraph.sentences.some((sentence) => answers(paragraph, sentence)));
}

/**
 * Whether the focus names a detail the article must have for the question to be answered: the X of "what is the X
 * of Y", or the concrete thing of "which X did …" ("which hotel", "what gifts"), unless the article names kinds of
 * it. An abstract "which arrangement" may be worded otherwise and is left to the coverage of the whole question.
 */
function asksForDetail(
	index: SearchIndex,
	focus: QuestionFocus,
	closest: readonly ScoredPassage[],
	typed: boolean,
): boolean {
	if (focus.open) return false;
	// "What is the price of …" names a fact, "who is credited for …" a deed; "who was next to …" a relation
	// ("next"), no detail to find.
	if (focus.form === 'of') {
		const pos = index.partOfSpeechOf(focus.word);
		const participle = /ed$/u.test(focus.word);
		return participle || (pos !== 'adjective' && pos !== 'adverb');
	}
	// "Which gift": a kind of it the article has answers only in the closest passages ("gas" for "which fuel"), a kind
	// elsewhere says nothing of what they gave; where the answer has a type the check reads ("which body": a
	// commission), a kind anywhere leaves it to that check.
	const asked = index.lookUpWord(focus.word);
	if (asked?.concrete !== true) return false;
	const kinds = new Set(
		index.relatedTo(focus.word).flatMap((related) => (related.relation === 'narrower' ? [related.target] : [])),
	);
	if (typed || kinds.size === 0) return kinds.size === 0;
	// A person is no kind of a thing: "Khan" (an inn) and "assistant" (its stem that of "assistance", a gift) name
	// people.
	const asksPerson = asked.entity === 'person';
	const isKind = ({ term, norm }: Token) =>
		term !== null && kinds.has(term) && (index.lookUpWord(norm)?.entity === 'person') === asksPerson;
	return !closest.some((passage) => index.tokensOf(passage.paragraph.text).some(isKind));
}

/** "Which minister …" asks for a person, "what is the deadline …" for a date: the kind its answer noun names. */
function expectEntity(entity: EntityType | undefined): ExpectedAnswer | undefined {
	if (entity === undefined || entity === 'number') return undefined;
	// "Which ministry …": a body of government, as "the Peru foreign ministry" names one.
	return entity === 'organization' ? { type: entity, counted: [], publicBody: true } : { type: entity, counted: [] };
}

/** The words of a concept as typed, lowercased: "Prime Minister" → prime, minister. */
function wordsOf(concept: Concept): string[] {
	return concept.label.toLowerCase().split(' ');
}

/** The detail a question asks for, in words: "the number of troops", "the cost", "a percentage". */
function describeExpected(expected: ExpectedAnswer): string {
	const words = expected.counted.join(' ');
	switch (expected.type) {
		case 'count':
			return expected.size === true ? `the size of the ${words}` : `the number of ${words}`;
		case 'money':
			return `the ${words}`;
		case 'percent':
			return 'a percentage';
		case 'duration':
			return 'how long';
		case 'day':
		case 'date':
		case 'decade':
			return 'when';
		case 'clock':
			return 'what time';
		case 'age':
			return 'the age';
		case 'place':
			return 'where';
		case 'name':
			return `the name of the ${words}`;
		default:
			return 'an amount';
	}
}

/** The first source's passage before a later report's best one that it matches as well (see `firstSourceShare`). */
function preferFirstSource(
	passages: readonly ScoredPassage[],
	firstSource: string | undefined,
	quotesType: (passage: ScoredPassage) => boolean,
	{ firstSourceShare, firstSourceWindow, firstSourceCoverage }: AnswerOptions,
): ScoredPassage[] {
	const [best] = passages;
	if (best === undefined || best.paragraph.source === firstSource) return [...passages];
	// It must quote the kind of answer asked for as the best one does: the answer-type check ranked them already.
	const first = passages
		.slice(0, firstSourceWindow)
		.find(
			(passage) =>
				passage.paragraph.source === firstSource &&
				quotesType(passage) === quotesType(best) &&
				passage.coverage >= firstSourceCoverage * best.coverage &&
				passage.score >= firstSourceShare * best.score,
		);
	return first === undefined ? [...passages] : [first, ...passages.filter((passage) => passage !== first)];
}

/**
 * The passage of a paragraph first: the one retrieved, or, when retrieval missed it, the paragraph with its sentence
 * holding `quote` (a person's pinned quote is where the fact sheet names them).
 */
function promote(
	passages: readonly ScoredPassage[],
	paragraph: number,
	paragraphs: readonly Paragraph[],
	quote = '',
): ScoredPassage[] {
	const chosen = passages.find((passage) => passage.paragraph.number === paragraph);
	const others = passages.filter((passage) => passage !== chosen);
	const pinned = paragraphs[paragraph - 1];
	const sentence = quote === '' ? undefined : pinned?.sentences.find((candidate) => candidate.text.includes(quote));
	if (pinned === undefined || sentence === undefined) return chosen === undefined ? [...passages] : [chosen, ...others];
	return [
		{ ...(chosen ?? { score: 0, matched: [], specific: false, coverage: 0 }), paragraph: pinned, sentence },
		...others,
	];
}

/** Keeps the first passage of each fact, with the paragraphs that restate it. */
function collapseDuplicates(
	passages: readonly ScoredPassage[],
	concepts: readonly Concept[],
	termsOf: (text: string) => string[],
	quotesType: (passage: ScoredPassage) => boolean,
	{ duplicateOverlap, sourceOverlap }: AnswerOptions,
): { passage: ScoredPassage; also: number[] }[] {
	const kept: { passage: ScoredPassage; terms: Int32Array; also: number[] }[] = [];
	// A word of the question in most paragraphs ("bridge" in a report on a bridge) is no news in a restatement.
	const covers = (a: ScoredPassage, b: ScoredPassage) =>
		b.matched.every((concept) => concepts[concept]?.generic === true || a.matched.includes(concept));
	for (const passage of passages) {
		const terms = termListOf(termsOf(passage.sentence.text));
		// Another report words the same fact its own way: it restates one with less overlap, if it gives no other
		// numbers and matches nothing of the question the first does not ("built by the firm Stonearch" is news
		// beside "approved a new bridge"; "14 million euros" differs from "12 million").
		// Nor is one that gives the kind of answer asked ("on Wednesday evening") hidden under one that does not.
		const original = kept.find(({ passage: candidate, terms: candidateTerms }) =>
			candidate.paragraph.source === passage.paragraph.source
				? overlap(candidateTerms, terms) >= duplicateOverlap
				: overlap(candidateTerms, terms) >= sourceOverlap &&
					covers(candidate, passage) &&
					hasNoOtherNumbers(passage.sentence.text, candidate.sentence.text) &&
					(quotesType(candidate) || !quotesType(passage)),
		);
		if (original === undefined) kept.push({ passage, terms, also: [] });
		else if (
			passage.paragraph.source !== original.passage.paragraph.source &&
			passage.paragraph.number < original.passage.paragraph.number &&
			covers(passage, original.passage) &&
			hasNoOtherNumbers(original.passage.sentence.text, passage.sentence.text) &&
			(quotesType(passage) || !quotesType(original.passage))
		) {
			// Two reports of one fact: the first source (the seed report, curated) is cited, the later one as "also".
			original.also.push(original.passage.paragraph.number);
			Object.assign(original, { passage, terms });
		} else original.also.push(passage.paragraph.number);
	}
	return kept;
}

/** Whether a restatement gives no number the sentence it restates lacks: none is hidden under "also". */
function hasNoOtherNumbers(restatement: string, original: string): boolean {
	const numbersOf = (text: string) => text.match(/\d[\d,.]*\d|\d/gu) ?? [];
	const given = new Set(numbersOf(original));
	return numbersOf(restatement).every((number) => given.has(number));
}

/**
 * Each sentence's distinct terms as sorted numbers, so that comparing two sentences is a merge of two short lists.
 * Built once per sentence: the index returns the same terms array for an article sentence every time.
 */
const termNumbers = new Map<string, number>();
const termLists = new WeakMap<readonly string[], Int32Array>();

function termListOf(terms: readonly string[]): Int32Array {
	let list = termLists.get(terms);
	if (list === undefined) {
		const numbers = new Set<number>();
		for (const term of terms) {
			if (!termNumbers.has(term)) termNumbers.set(term, termNumbers.size);
			numbers.add(termNumbers.get(term) as number);
		}
		list = Int32Array.from(numbers).sort();
		termLists.set(terms, list);
	}
	return list;
}

/** The share of the shorter sentence's distinct terms that the other one has too. */
function overlap(a: Int32Array, b: Int32Array): number {
	const smaller = Math.min(a.length, b.length);
	if (smaller < 3) return 0;
	let shared = 0;
	for (let i = 0, j = 0; i < a.length && j < b.length; ) {
		const x = a[i] as number;
		const y = b[j] as number;
		if (x === y) shared++;
		if (x <= y) i++;
		if (y <= x) j++;
	}
	return shared / smaller;
}

function highlight(tokens: readonly Token[], terms: ReadonlySet<string>): Span[] {
	const spans: Span[] = [];
	for (const { term, start, end } of tokens) if (term !== null && terms.has(term)) spans.push({ start, end });
	return spans;
}

function relatedTopics(topics: readonly Topic[], passages: readonly ScoredPassage[]): Topic[] {
	const near = new Set(passages.slice(0, 5).map((passage) => passage.paragraph.number));
	const scored = topics.map((topic) => ({ topic, hits: topic.paragraphs.filter((n) => near.has(n)).length }));
	const related = scored.filter(({ hits }) => hits > 0).sort((a, b) => b.hits - a.hits);
	return (related.length > 0 ? related : scored).slice(0, 4).map(({ topic }) => topic);
}

/** The lines above the article's body that say what a question about it asks, quoted as written. */
function quoteFrontMatter(briefing: Briefing, field: MetadataField): FrontMatter | undefined {
	const { meta, highlights, byline } = briefing.knowledge.article;
	switch (field) {
		case 'author':
			return byline === '' ? undefined : { part: 'byline', text: byline };
		case 'title':
			return { part: 'headline', text: meta.title };
		case 'highlights':
			return { part: 'highlights', text: highlights.join(' · ') };
		default:
			return undefined;
	}
}

function describeMetadata(briefing: Briefing, field: MetadataField): string | undefined {
	const { meta } = briefing.knowledge.article;
	switch (field) {
		case 'author':
			return `${meta.author} wrote it, for ${meta.outlet}.`;
		case 'date':
			return `It is dated ${formatDate(meta.date)}, datelined ${meta.dateline}.`;
		case 'dateline':
			return meta.dateline;
		case 'outlet':
			return `It was published by ${meta.outlet}.`;
		case 'url':
			return meta.url;
		case 'title':
			return `“${meta.title}”`;
		// The highlights are quoted whole: which of them answers is the reader's to see.
		case 'highlights':
			return undefined;
	}
}

/** The question's rarest name the article has by itself or a close relative, as an index into its concepts; -1 if none. */
function findRarestName(concepts: readonly Concept[], index: SearchIndex, question: string): number {
	let rarest = -1;
	for (const [i, concept] of concepts.entries()) {
		if (!concept.properNoun || !concept.covered || concept.generic || !index.isClose(concept.coverage)) continue;
		if (USED_AS_VERB(concept.label).test(question)) continue;
		if (rarest === -1 || concept.rarity > (concepts[rarest]?.rarity ?? 0)) rarest = i;
	}
	return rarest;
}

/**
 * What a count counts ends before the question's verb: "how many troops took part" counts troops, not "part"
 * ("nine years, part of a warming" is no count of them). The first word is the thing counted, whatever else it is.
 */
function endCountedAtVerb(
	expected: ExpectedAnswer | undefined,
	isVerbForm: (norm: string) => boolean,
	question: string,
): ExpectedAnswer | undefined {
	if (expected?.type !== 'count') return expected;
	// "How many study grants will they get": the last word before an auxiliary is the subject's noun, no verb.
	const span = expected.counted.map(escapeRegExp).join('[\\s-]+');
	const after = new RegExp(`\\b${span}\\s+(\\p{L}+)`, 'iu').exec(question)?.[1]?.toLowerCase();
	const subject = after !== undefined && AUXILIARIES.has(after);
	// "How many journalists attended the conference": a past form before its object is the verb, where WordNet files
	// the word as an adjective too ("attended", having a caretaker).
	const takesObject = (word: string) =>
		new RegExp(`\\b${escapeRegExp(word)}\\s+(?:${DETERMINER}|these|those)\\s`, 'iu').test(question) &&
		// "agreed", "attended", "married", "manned".
		[word.slice(0, -1), word.slice(0, -2), `${word.slice(0, -3)}y`, word.slice(0, -3)].some(isVerbForm);
	const verb = expected.counted.findIndex(
		(word, i) =>
			i > 0 &&
			!(subject && i === expected.counted.length - 1) &&
			(isVerbForm(word.toLowerCase()) || (/ed$/iu.test(word) && takesObject(word.toLowerCase()))),
	);
	return verb === -1 ? expected : { ...expected, counted: expected.counted.slice(0, verb) };
}

/** The share of the question's weight one sentence covers: each concept's rarity times its best term there. */
function coverageOf(sentence: Pick<Sentence, 'text'>, concepts: readonly Concept[], index: SearchIndex): number {
	const terms = new Set(index.termsOf(sentence.text));
	let covered = 0;
	let total = 0;
	for (const concept of concepts) {
		let best = 0;
		for (const [term, weight] of concept.terms) if (terms.has(term) && weight > best) best = weight;
		covered += concept.rarity * best;
		total += concept.rarity;
	}
	return total === 0 ? 0 : covered / total;
}

/**
 * Whether a paragraph's medium ("said on Telegram") is the one the question asks about's: the sentence naming it names
 * them (a person by a name or alias the fact sheet gives, anything else by all its words). "Which platform did the
 * ministry use?" is not answered by a minister's post.
 */
function isMediumOfAsked(briefing: Briefing, question: string, paragraph: Paragraph): boolean {
	const asked = MEDIUM_USER.exec(question)?.[1];
	const sentence = paragraph.sentences.find((candidate) => findMedium(candidate.text) !== undefined)?.text;
	if (asked === undefined || sentence === undefined) return sentence !== undefined;
	const person = briefing.people.find(asked);
	if (person !== undefined) return [person.name, ...person.aliases].some((alias) => containsWords(sentence, alias));
	// "Islamabad's chief diplomat": someone by a word for people, whom the passage may name otherwise.
	return describesSomeone(briefing.index, asked) || statesAllWords(briefing.index, sentence, asked);
}

/**
 * Whether a text has the person's name or aliases only inside another name: "Khan" in "the Nur Khan air base" is not
 * Imran Khan, "Prime Minister" in "Prime Minister Narendra Modi" not Pakistan's. A word beside it the lexicon does not
 * know, capitalized, and not of the person's own names, makes the other name; a title ("General Bajwa") or a day
 * ("On Tuesday Khan …") does not. False where the text has none of them: its other words may name the person.
 */
function namedOnlyInOtherNames(index: SearchIndex, person: Person, text: string): boolean {
	const names = [person.name, ...person.aliases];
	const isOtherNamePart = (word: string | undefined) => {
		const bare = word?.replace(/['’]s$|\.$/u, '');
		return (
			bare !== undefined &&
			/^\p{Lu}/u.test(bare) &&
			!names.some((name) => containsWords(name, bare)) &&
			index.lookUpWord(bare.toLowerCase()) === undefined
		);
	};
	let named = false;
	for (const alias of names) {
		for (let at = findWords(text, alias); at !== -1; at = findWords(text, alias, at + 1)) {
			named = true;
			const before = /([\p{L}'’.-]+)\s+$/u.exec(text.slice(0, at))?.[1];
			const after = /^\s+([\p{L}'’.-]+)/u.exec(text.slice(at + alias.length))?.[1];
			if (!isOtherNamePart(before) && !isOtherNamePart(after)) return false;
		}
	}
	return named;
}

/** Whether a text has a word for people ("the Peruvian envoy", "the Élysée guy"): someone, however named. */
const describesSomeone = (index: SearchIndex, text: string) =>
	text
		.toLowerCase()
		.split(/\s+/u)
		.some((word) => index.lookUpWord(word)?.entity === 'person');

/** Whether a sentence has every word of a text, by its stems: "Peru's foreign ministry" is no "foreign minister". */
function statesAllWords(index: SearchIndex, sentence: string, text: string): boolean {
	const terms = new Set(index.termsOf(sentence));
	return index.termsOf(text).every((term) => terms.has(term));
}

/** The question's concept typed as a word that names a place ("France", "per"), if it is one. */
const placeConceptOf = (index: SearchIndex, concepts: readonly Concept[], word: string) =>
	concepts.find((concept) => concept.label.toLowerCase() === word.toLowerCase() && namesPlaceIn(index, concept));

/**
 * Whether a question asks how long someone stayed: a staying verb, being in a place ("in Peru", "in per"), or someone
 * being in a place however it is typed ("how long was he in lma").
 */
function asksStay(briefing: Briefing, question: string, concepts: readonly Concept[]): boolean {
	const isPlaceWord = (word: string) => placeConceptOf(briefing.index, concepts, word) !== undefined;
	const [, someone, where = ''] = SOMEONE_BEING_IN.exec(question) ?? [];
	// A place however typed ("lma"), not a word for something else one is in ("talks", "power", "charge").
	const typedPlace = isPlaceWord(where) || briefing.index.lookUpWord(where.toLowerCase()) === undefined;
	// "How long was Reed with Soto at the palace": the place is the meeting's, no stay's.
	const withSomeone = SPENT_WITH.test(question);
	return (
		STAYING.test(question.replace(NO_STAY, '')) ||
		(!withSomeone &&
			([...question.matchAll(BEING_IN)].some(([, word = '']) => isPlaceWord(word)) ||
				(someone !== undefined &&
					typedPlace &&
					(PERSONAL_PRONOUN.test(someone) || briefing.people.find(someone) !== undefined))))
	);
}

// "How long was Reed in Lima", "how long did the envoy stay in per", "how long was Reed's visit", "how long did Reed
// visit Lima": who stayed, and where.
const STAY_ASKED =
	/\bhow\s+long\s+(?:was|were|is|are|did|does|has|had|will)\s+(.+?)(?:['’]s\s+(?:visit|trip|stay|tour)\b|\s+(?:(?:been\s+)?(?:in|at|around)|stay(?:ed)?|remain(?:ed)?|spen[dt]|hang|visit(?:ed)?|tour(?:ed)?)\b)/iu;
// Where a question has someone stay: "in Lima", "at the hotel", "a visit to Lima", "visit Lima".
const STAY_PLACE = /\b(in|at|around|to|visit(?:ed)?|tour(?:ed)?)\s+(?:the\s+)?([\p{L}-]+)/giu;
// Where the article puts someone: after "in", "at" or "to", or a dateline ("LIMA:").
const PLACE_PUT = /\b(?:in|at|to)\s+(\p{Lu}[\p{L}-]*)|^(\p{Lu}[\p{Lu}-]+):/gu;

/**
 * Whether a sentence gives the stay asked: of the one asked (the first person it names, or whom its "he" stands
 * for), in the place asked (its paragraph puts them there, or in a place of that country, or that country in it).
 * "How long was Soto in Lima?" is not answered by Reed's two days in Quito.
 */
function statesStayAsked(
	briefing: Briefing,
	question: string,
	concepts: readonly Concept[],
	paragraph: Paragraph,
	text: string,
): boolean {
	const { index, knowledge } = briefing;
	const who = STAY_ASKED.exec(question)?.[1]?.trim();
	if (who !== undefined && !PERSONAL_PRONOUN.test(who)) {
		const person = briefing.people.find(who);
		// Someone by a word for people is left to the passage, which may name them otherwise; not a person ("the Soviet
		// forces"): its words are in the sentence.
		if (person === undefined && !describesSomeone(index, who)) {
			if (!statesAllWords(index, text, who)) return false;
		} else if (person !== undefined) {
			const found = findSentence(briefing, text);
			// Named in the sentence, or a "he" of it standing for them: a sentence of neither is about someone else.
			const meant =
				findSubject(knowledge.people, text) ??
				(found === undefined || !SUBJECT_PRONOUN.test(text)
					? undefined
					: findReferent(knowledge.people, knowledge.article.paragraphs, found.paragraph, found.sentence));
			if (meant !== person) return false;
		}
	}
	// Every place the question has them in, the paragraph puts them in; a word for something else one is "in" or "at"
	// ("at the press conference", "in power") is no stay.
	const places = [...question.matchAll(STAY_PLACE)].map(([, before = '', word = '']) => ({
		word,
		// Only "in" and "at" put someone in something that is no place; "a visit to", "visit" may take anything.
		inside: /^(?:in|at|around)$/iu.test(before),
		concept: placeConceptOf(index, concepts, word),
	}));
	const puts = [...paragraph.text.matchAll(PLACE_PUT)].map(([, written = '', dateline = '']) =>
		(written || dateline).toLowerCase(),
	);
	return places.every(({ word, inside, concept }) => {
		if (concept === undefined) return !inside || index.lookUpWord(word.toLowerCase()) === undefined;
		const asked = new Set(index.closeTermsOf(concept));
		const near = new Set([...asked].flatMap((term) => [term, ...index.countriesOf(term)]));
		return puts.some(
			(name) =>
				index.termsOf(name).some((term) => near.has(term)) ||
				index.countriesOf(name).some((country) => asked.has(country)),
		);
	});
}

/** Whether the length asked is of a meeting: "how long did Reed meet Soto", "how long did she spend with him". */
function asksMeetingLength(question: string): boolean {
	const clause = lengthClause(question);
	return (
		SPENT_WITH.test(clause) ||
		clause.split(/[^\p{L}]+/u).some((word) => MEETING_VERBS.has(word)) ||
		TALKED_TOGETHER.test(clause)
	);
}

// "How long did Reed and Soto talk", "how long did she speak with him": two parties talking meet.
const TALKING = '(?:talk(?:s|ed|ing)?|chat(?:s|ted|ting)?|spoke|speak(?:s|ing)?|confer(?:s|red|ring)?)';
const TALKED_TOGETHER = new RegExp(
	String.raw`\b(?:and|with)\s+(?:[\p{L}'’-]+\s+){1,3}?${TALKING}\b|\b${TALKING}\s+(?:[\p{L}-]+\s+){0,2}?with\b`,
	'iu',
);

/** The clause of a question that asks for a length ("… and how long did the trip last?"), lowercased. */
function lengthClause(question: string): string {
	const text = question.toLowerCase();
	const at = text.search(/\bhow long\b/u);
	return at === -1 ? text : text.slice(at);
}

/** The expansion the article gives an acronym a question asks the meaning of ("what does IGC stand for"). */
function findDefinition(
	question: string,
	paragraphs: readonly Paragraph[],
): { text: string; paragraph: number } | undefined {
	const asked = readDefinitionAsked(question);
	const definition = asked === undefined ? undefined : findAcronymDefinition(asked, paragraphs);
	return definition === undefined ? undefined : { text: definition.expansion, paragraph: definition.paragraph.number };
}

/** The stems a concept of the answer noun adds to it: its synonyms ("state" of "country"), not its own stem. */
function findAnswerNounTerms(
	concepts: readonly Concept[],
	answerNoun: string | undefined,
	termsOf: (text: string) => string[],
): ReadonlySet<string> {
	if (answerNoun === undefined) return new Set();
	const own = new Set(termsOf(answerNoun));
	const concept = concepts.find((candidate) => wordsOf(candidate).includes(answerNoun));
	return new Set([...(concept?.terms.keys() ?? [])].filter((term) => !own.has(term)));
}

/** The stems of the concepts that name a body or a place the question gives, not a person nor a generic name. */
function namesOfConcepts(briefing: Briefing, concepts: readonly Concept[], named: (concept: Concept) => boolean) {
	return concepts.flatMap((concept) =>
		named(concept) && concept.covered && !concept.generic && briefing.people.find(concept.label) === undefined
			? briefing.index.closeTermsOf(concept)
			: [],
	);
}

/** Whether every word of a concept as typed is one the article writes as a name ("soviet" for its "Soviet forces"). */
function isWrittenAsName(index: SearchIndex, concept: Concept): boolean {
	const own = [...concept.terms].filter(([, weight]) => weight === 1).map(([term]) => term);
	return own.length > 0 && own.every((term) => index.isWrittenAsName(term));
}

const sentencesByText = new WeakMap<Briefing, Map<string, { paragraph: Paragraph; sentence: Sentence }>>();

/** The article's sentence of a text, with its paragraph: the first where several read alike. Built once per briefing. */
function findSentence(briefing: Briefing, text: string): { paragraph: Paragraph; sentence: Sentence } | undefined {
	let byText = sentencesByText.get(briefing);
	if (byText === undefined) {
		byText = new Map();
		for (const paragraph of briefing.knowledge.article.paragraphs) {
			for (const sentence of paragraph.sentences) {
				if (!byText.has(sentence.text)) byText.set(sentence.text, { paragraph, sentence });
			}
		}
		sentencesByText.set(briefing, byText);
	}
	return byText.get(text);
}
