import type { Briefing } from '../briefing.js';
import { findSentenceBefore } from '../knowledge/read-order.js';
import { findReferent } from '../people/find-mentions.js';
import { escapeRegExp } from '../text/analyze.js';
import { containsWords } from '../text/match-phrase.js';
import { ATTRIBUTION_VERBS, AUXILIARIES } from '../text/word-classes.js';
import type { Paragraph, Sentence } from '../types.js';
import { answerQuestion, type NotFound, type Passage } from './answer-question.js';
import { ARTICLE, checkArticleClaim } from './check-article-claim.js';
import { checkCapitalClaim } from './check-capital-claim.js';
import { getClaimVocabulary } from './claim-vocabulary.js';
import { type CompareOptions, type Comparison, compareWithSentence } from './compare-claim.js';
import { findRoleConflict, findRoleMismatch, findTitleMismatch } from './find-role-conflict.js';
import { findSideConflict } from './find-side-conflict.js';
import { type ClaimElement, type ClaimReading, cleanClaim, plainClaim, readClaim } from './read-claim.js';
import { createOtherSpeakerCheck } from './read-reaction-asked.js';

/**
 * How a claim stands against the article: `supported` only when the article states every element of it;
 * `contradicted` when it states an incompatible value for one; `not-settled` when it discusses the claim but says
 * something weaker or nothing on the deciding point. A claim the article does not discuss is not found (not covered).
 */
export type Verdict = 'supported' | 'contradicted' | 'not-settled';

export type ClaimCheck =
	| {
			readonly found: true;
			readonly claim: string;
			readonly verdict: Verdict;
			/** Why the verdict, in one line ("The article gives nine years, not ten years."). */
			readonly reason: string;
			readonly passages: readonly Passage[];
			readonly asOf: string;
	  }
	| (NotFound & { readonly claim: string });

export interface CheckOptions extends CompareOptions {
	/** How many retrieved paragraphs are searched, sentence by sentence, for the claim. */
	readonly candidateParagraphs: number;
	/** How many passages a check shows. */
	readonly passages: number;
	/** Share of the paragraphs a name must occur in for any passage to speak of it without naming it. */
	readonly backgroundShare: number;
	/** Longest quote of the article put in a reason, in characters. */
	readonly quoteLength: number;
	/** Shortest stem of a word called enough ("divers") that a needed word starting with it is of ("diversifi"). */
	readonly needStemLength: number;
}

/** Longest run of characters before "never said" read as who speaks ("the Peruvian foreign ministry"). */
const MAX_SPEAKER_LENGTH = 60;

export const defaultCheckOptions: CheckOptions = {
	candidateParagraphs: 8,
	passages: 3,
	backgroundShare: 0.3,
	quoteLength: 140,
	needStemLength: 4,
	moodWindow: 10,
	negationWindow: 3,
	subjectWindow: 4,
	agentWindow: 8,
	recipientWindow: 10,
	valueVerbWindow: 6,
	approximateShare: 0.1,
	unitShare: 0.05,
	replyLength: 6,
	aboutShare: 0.5,
	quoteWordsBefore: 4,
	quoteWordsAfter: 3,
	ownerWindow: 3,
	accusedWindow: 6,
	strengthenedWindow: 3,
	qualifiedWindow: 4,
	excludedWindow: 3,
	includedReach: 6,
	descriptionWindow: 3,
};

/**
 * Checks a claim against the article as a pipeline: read the claim into elements, align it with the article's
 * sentences, compare element by element, then decide; a claim of several clauses is then as true as its falsest
 * clause (see `checkClauses`). Lexical evidence, not understanding: every element of a supported claim is stated,
 * and the reason of a contradiction quotes both values.
 */
export function checkClaim(briefing: Briefing, typed: string, options: Partial<CheckOptions> = {}): ClaimCheck {
	const settings = { ...defaultCheckOptions, ...options };
	// Typed as a question is ("recieved", "goverment"): spelled as the article and English spell.
	const claim = dropEventAdjunct(briefing, briefing.index.normalize(typed));
	// About the article itself, or a capital: no sentence of the story to compare with.
	const outside = checkArticleClaim(briefing, claim) ?? checkCapitalClaim(briefing, claim);
	if (outside !== undefined) return outside;
	const unsaid = checkUnsaid(briefing, claim, settings);
	if (unsaid !== undefined) return unsaid;
	const whole = checkWhole(briefing, claim, settings);
	if (!whole.found || whole.verdict === 'contradicted') return whole;
	return checkClauses(briefing, claim, whole, settings) ?? checkEachParty(briefing, claim, whole, settings) ?? whole;
}

// "During the trip", "on his visit", ending the claim or a clause of it: when it happened, as the event it is about.
// "On" only before whose ("on his trip"): "congratulated Reed on the visit" is what he was congratulated on.
const EVENT_ADJUNCT =
	/(,?)\s+(?:(?:during|throughout|in\s+the\s+course\s+of)\s+(?:the|his|her|their|this|that)|on\s+(?:his|her|their))\s+(\p{L}+)(?!\p{L})(?=\s*(?:[,.;:!?]|$|and\b|but\b))(\s*,)?/giu;

/**
 * A claim without its time of the event the article reports ("Reed called on the mayor during the trip"): the whole
 * article is of that event (its `eventNoun`, "the visit", or a word the lexicon relates to it: "trip", "stay"), so
 * no sentence need say it again. A trip somewhere ("during his trip to Lima") is a claim of its own and stays.
 */
function dropEventAdjunct(briefing: Briefing, claim: string): string {
	const stem = briefing.eventStem;
	if (stem === undefined) return claim;
	const namesEvent = (word: string) =>
		briefing.index.termsOf(word).includes(stem) ||
		briefing.index.relatedTo(word.toLowerCase()).some(({ target }) => target === stem);
	// Set off by commas, both go ("Reed, during the visit, met Soto"); otherwise the one after it stays.
	return claim.replace(EVENT_ADJUNCT, (adjunct, before: string, word: string, after: string | undefined) => {
		if (!namesEvent(word)) return adjunct;
		return before !== '' && after !== undefined ? '' : (after ?? '');
	});
}

// "Together", "jointly": a deed the two do as one, which neither does alone.
const MUTUAL = /\b(?:together|jointly|mutual(?:ly)?)\b/iu;
// "Each other", "one another": a deed each does to the other.
const RECIPROCAL = /\b(?:each\s+other|one\s+another)\b/iu;
// The plural of "be" after parties, and its singular for each.
const BE_PLURAL: Readonly<Record<string, string>> = { are: 'is', were: 'was' };

/**
 * "Both Peru and Chile hosted the talks" (or "Peru and Chile both …"): "both" says each did it, so each is
 * checked alone ("Peru hosted the talks"). Where the article has the deed done by another than one of them ("who
 * hosted"), or contradicts one, so is the claim; a deed done together ("held talks") may be stated of one party with
 * the other as partner, so a part that is merely less settled leaves the whole claim's verdict.
 */
function checkEachParty(
	briefing: Briefing,
	claim: string,
	whole: ClaimCheck & { found: true },
	settings: CheckOptions,
): ClaimCheck | undefined {
	// "Peru and Chile both …" reads as "both Peru and Chile …" (see `cleanClaim`): only such a claim is read again.
	const tokens = briefing.index.tokensOf(cleanClaim(claim));
	if (whole.verdict !== 'supported' || tokens[0]?.norm !== 'both') return undefined;
	const reading = readClaim(claim, getClaimVocabulary(briefing, settings), briefing.index.tokensOf);
	const action = reading.elements.find((element) => element.kind === 'action');
	const { agents } = reading;
	const last = agents.at(-1);
	if (agents.length < 2 || last === undefined) return undefined;
	const end = last.position + last.label.split(/\s+/u).length;
	// "Both Reed and Diaz are Peruvian": what each is, said of each ("are" → "is").
	const copula = action === undefined ? BE_PLURAL[tokens[end]?.norm ?? ''] : undefined;
	if (action === undefined ? copula === undefined : agents.some((agent) => agent.position > action.position))
		return undefined;
	const rest = reading.text.slice(tokens[copula === undefined ? end - 1 : end]?.end ?? 0).trim();
	if (rest === '') return undefined;
	const reciprocal = RECIPROCAL.test(rest);
	if (!reciprocal && MUTUAL.test(rest)) return undefined;
	// "… gave each other doses": each to the other, both ways.
	const parts = agents.map((agent, i) => {
		const other = agents[(i + 1) % agents.length]?.label ?? '';
		return `${agent.label}${copula === undefined ? '' : ` ${copula}`} ${reciprocal ? rest.replace(RECIPROCAL, other) : rest}`;
	});
	const checks = parts.map((part) => ({ part, ...readWhole(briefing, part, settings) }));
	// Each party not the doer of the deed the sentence states ("who developed"); what each is, or a deed both ways,
	// must be stated of each. A deed done together ("held talks") may be stated of one party with the other as
	// partner, so a part merely less settled leaves the whole claim's verdict.
	const failed =
		checks.find(({ check }) => check.found && check.verdict === 'contradicted') ??
		checks.find(
			({ check, evidence }) =>
				(copula !== undefined || reciprocal || evidence?.missing.some((label) => label.startsWith('who ')) === true) &&
				(!check.found || check.verdict !== 'supported'),
		);
	if (failed === undefined) return undefined;
	return {
		...whole,
		verdict: failed.check.found && failed.check.verdict === 'contradicted' ? 'contradicted' : 'not-settled',
		reason: `Of “${failed.part}”: ${failed.check.found ? failed.check.reason : 'the article does not cover it.'}`,
	};
}

/**
 * "Russia has provided 50,000 doses and has delivered 150,000 more": a claim of two clauses, each with its own verb,
 * is as true as its falsest. Compared as a whole, the sentence that states the first may seem to state the second
 * too; each is checked alone, the second with the first's subject where it has none ("has delivered …").
 */
function checkClauses(
	briefing: Briefing,
	claim: string,
	whole: ClaimCheck & { found: true },
	settings: CheckOptions,
): ClaimCheck | undefined {
	const clauses = splitClauses(briefing, claim, settings);
	if (clauses.length < 2) return undefined;
	const checks = clauses.map((clause) => ({ clause, check: checkClaim(briefing, clause, settings) }));
	const contradicted = checks.find(({ check }) => check.found && check.verdict === 'contradicted');
	if (contradicted?.check.found) {
		return {
			...contradicted.check,
			claim,
			reason: `Of “${contradicted.clause}”: ${contradicted.check.reason}`,
		};
	}
	const unsettled = checks.find(({ check }) => !check.found || check.verdict !== 'supported');
	// Each clause stated, maybe in sentences of their own ("arrived from India and met Qureshi"): the claim is.
	if (unsettled === undefined) {
		if (whole.verdict === 'supported') return undefined;
		const stated = checks.flatMap(({ check }) => (check.found ? [check] : []));
		return {
			...whole,
			verdict: 'supported',
			reason: stated.map((check) => check.reason).join(' '),
			passages: dedupePassages(stated.flatMap((check) => check.passages.slice(0, 1))),
		};
	}
	if (whole.verdict !== 'supported') return undefined;
	const reason = unsettled.check.found ? unsettled.check.reason : 'the article does not cover it.';
	return { ...whole, verdict: 'not-settled', reason: `Of “${unsettled.clause}”: ${reason}` };
}

// "Reed never said …", "Reed didn't mention …": a negation of the saying itself, not of what is said.
const UNSAID = new RegExp(
	String.raw`^(.{1,${MAX_SPEAKER_LENGTH}}?)\s+(?:never|did\s+not|didn['’]t|does\s+not|doesn['’]t)\s+(say|says|said|mention|mentions|mentioned|talk(?:s|ed)?\s+about|discuss(?:es|ed)?|raise[sd]?)\b\s*(.*)$`,
	'iu',
);
// The saying in the past, as the article reports it: "say" → said, "mentions" → mentioned, "talks about" → talked about.
const pastOfSaying = (verb: string) =>
	/^sa(?:y|ys|id)$/iu.test(verb)
		? 'said'
		: verb.replace(/^(\p{L}+?)(?:ed|es|s)?\b/u, (_, stem: string) =>
				/(?:ss)$/u.test(stem) || !/e$/u.test(stem) ? `${stem}ed` : `${stem}d`,
			);

/**
 * "Reed never said Peru is a partner": where the article has Reed say it, that contradicts the claim, whatever what
 * was said negates of its own ("has not forgotten"). A thing named alone ("never mentioned Lima") must be in a
 * sentence of saying; a name beside Reed in any other sentence is no mention of his. Where the article does not have
 * it said, the ordinary check weighs the negation.
 */
function checkUnsaid(briefing: Briefing, claim: string, settings: CheckOptions): ClaimCheck | undefined {
	const [, speaker = '', verb = '', rest = ''] = UNSAID.exec(plainClaim(claim)) ?? [];
	// "Didn't say what it is", "… how many": no detail given, which is what the ordinary check reads.
	if (speaker === '' || rest === '' || /^(?:what|which|how|when|where|who|whom|whether|if|why)\b/iu.test(rest))
		return undefined;
	// "The article never mentions X" is about the text (see `checkArticleClaim`), not a speaker's words.
	if (new RegExp(`^${ARTICLE}$`, 'iu').test(speaker)) return undefined;
	const stated = checkClaim(briefing, `${speaker} ${pastOfSaying(verb.toLowerCase())} ${rest}`, settings);
	if (!stated.found || stated.verdict !== 'supported') return undefined;
	const { tokensOf } = briefing.index;
	const [evidence] = stated.passages;
	const saying = tokensOf(evidence?.quote.text ?? '').some((token) => ATTRIBUTION_VERBS.has(token.norm));
	const clause = tokensOf(rest).some((token) => briefing.index.partOfSpeechOf(token.norm) === 'verb');
	if (!clause && !saying) return undefined;
	return { ...stated, claim, verdict: 'contradicted', reason: `${speaker} did say it: ${stated.reason}` };
}

// "And" or "but" joining two clauses ("…, and has delivered …").
const CLAUSE_JOINT = /^(?:and|but)$/iu;

/**
 * The clauses of a claim joined by "and" or "but", each with a verb of its own; a clause without a subject takes the
 * words before the verb of the one before ("Russia has provided … and has delivered …" → "Russia has delivered …").
 * A claim joining names ("Peru and Chile signed …") or things ("doses and drills") is one clause.
 */
function splitClauses(briefing: Briefing, claim: string, settings: CheckOptions): string[] {
	const vocabulary = getClaimVocabulary(briefing, settings);
	const { tokensOf } = briefing.index;
	const tokens = tokensOf(claim);
	const read = (text: string) => readClaim(text, vocabulary, tokensOf);
	for (const joint of tokens) {
		if (!CLAUSE_JOINT.test(joint.norm)) continue;
		const left = claim.slice(0, joint.start).replace(/[\s,;]+$/u, '');
		const right = claim.slice(joint.end).trim();
		const leftReading = read(left);
		const rightReading = read(right);
		const lastAction = leftReading.elements.filter((element) => element.kind === 'action').at(-1);
		const firstAction = rightReading.elements.find((element) => element.kind === 'action');
		if (lastAction === undefined || firstAction === undefined) continue;
		// "… and has delivered", "… and said Lima will …": the clause opens with its verb (or one of saying, which no
		// element is); its subject is the first clause's.
		const rightTokens = tokensOf(right);
		const opener = rightTokens[0]?.norm ?? '';
		// A clause of its own has a finite verb: "Peru joined Chile and Mali in a statement urging …" lists names, and
		// the statement's "urging" is no clause ("Lima said there is no need to …" is one).
		const verb = rightTokens[firstAction.position];
		const finite =
			(!/\p{L}{3}ing$/u.test(verb?.norm ?? '') && rightTokens[firstAction.position - 1]?.norm !== 'to') ||
			rightTokens
				.slice(0, firstAction.position)
				.some(({ norm }) => ATTRIBUTION_VERBS.has(norm) || AUXILIARIES.has(norm));
		const ownSubject =
			!ATTRIBUTION_VERBS.has(opener) &&
			!AUXILIARIES.has(opener) &&
			rightReading.elements.some((element) => element.position < firstAction.position);
		if (ownSubject && !finite) continue;
		const leftTokens = tokensOf(leftReading.text);
		const subject = leftReading.text
			.slice(0, leftTokens[lastAction.position]?.start ?? 0)
			.replace(TRAILING_AUXILIARIES, '')
			.trim();
		if (!ownSubject && subject === '') continue;
		return [left, ...splitClauses(briefing, ownSubject ? right : `${subject} ${right}`, settings)];
	}
	return [claim];
}

// "Russia has": the auxiliaries before the first clause's verb belong to it, not to its subject.
const TRAILING_AUXILIARIES =
	/(?:\s+(?:has|have|had|is|are|was|were|will|would|could|can|should|did|does|do|also|already|then|just))+\s*$/iu;

/** The claim checked as one: read, aligned, compared and decided (see `checkClaim`). */
function checkWhole(briefing: Briefing, claim: string, settings: CheckOptions): ClaimCheck {
	return readWhole(briefing, claim, settings).check;
}

/** `checkWhole`, with the comparison that decided it: what its sentence lacks of the claim. */
function readWhole(
	briefing: Briefing,
	claim: string,
	settings: CheckOptions,
): { check: ClaimCheck; evidence: Comparison | undefined } {
	const vocabulary = getClaimVocabulary(briefing, settings);
	const reading = readClaim(claim, vocabulary, briefing.index.tokensOf);
	const answer = answerQuestion(briefing, reading.searchText, { limit: settings.passages });
	const referentOf = (paragraph: Paragraph, sentence: Sentence) => {
		const person = findReferent(briefing.knowledge.people, briefing.knowledge.article.paragraphs, paragraph, sentence);
		return person === undefined ? [] : briefing.index.termsOf([person.name, ...person.aliases].join(' '));
	};
	// A paragraph's first sentence goes on from the paragraph before ("the vaccine" after one naming it).
	const { paragraphs } = briefing.knowledge.article;
	const sentenceBefore = (paragraph: Paragraph, sentence: Sentence) =>
		findSentenceBefore(paragraphs, paragraph, sentence);
	// "Reed said …": words the article gives another speaker are not Reed's.
	const otherSpeaker =
		reading.speaker === undefined ? undefined : createOtherSpeakerCheck(briefing, reading.speaker, reading.speakerVerb);
	// "Peru wants …" where the article quotes another: "We look forward to …", a wish in the first person, is its
	// speaker's.
	const wisher = reading.mood === 'desired' ? findWisherNamed(reading) : undefined;
	const otherWisher = wisher === undefined ? undefined : createOtherSpeakerCheck(briefing, wisher);
	const wishOfAnother = (paragraph: Paragraph, sentence: Sentence) =>
		FIRST_PERSON_WISH.test(sentence.text) ? otherWisher?.(paragraph, sentence) : undefined;
	const comparisons = alignClaim(briefing, reading, settings).map(({ sentence, paragraph, following }) => ({
		...compareWithSentence(reading, sentence, paragraph, following, {
			vocabulary,
			tokensOf: briefing.index.tokensOf,
			options: settings,
			referentOf,
			sentenceBefore,
		}),
		otherSpeaker: otherSpeaker?.(paragraph, sentence) ?? wishOfAnother(paragraph, sentence),
	}));
	const compared =
		findPresenceConflict(reading, comparisons, briefing) ?? decideVerdict(reading, comparisons, settings);
	// A sentence that has the two on opposite sides settles it, whatever a sentence holding all the claim's words says.
	const opposed = findSidesOpposed(briefing, reading, comparisons, settings) ?? compared;
	const decided =
		findStillToCome(briefing, reading, opposed, comparisons, settings) ??
		findNeedStated(briefing, reading, opposed, comparisons, settings) ??
		opposed;
	const { verdict, reason, evidence, differing } = applyRoleFindings(briefing, reading, decided);
	// Retrieval may find too little of a claim to answer it as a question ("military gear") while one sentence
	// still states a conflicting value for it: the conflict is news; anything else is not covered.
	if (!answer.found && verdict !== 'contradicted') return { check: { ...answer, claim }, evidence };
	const retrieved = answer.found ? answer.passages : [];
	const evidenced = [evidence, differing].flatMap((comparison) =>
		comparison === undefined ? [] : [toPassage(comparison)],
	);
	const passages = [...evidenced, ...retrieved];
	return {
		check: {
			found: true,
			claim,
			verdict,
			reason,
			passages: dedupePassages(passages).slice(0, settings.passages),
			asOf: answer.asOf,
		},
		evidence,
	};
}

/**
 * The stage of /check that reads roles, after the comparison: a role the article gives someone else ("the mayor
 * was Ana Reed"), or a title or "<person> is <role>" that is not the person's, settles what the sentences did not.
 * A claim already contradicted stays so, for the reason found.
 */
function applyRoleFindings(
	briefing: Briefing,
	reading: ClaimReading,
	decided: ReturnType<typeof decideVerdict>,
): ReturnType<typeof decideVerdict> {
	const conflict = decided.verdict === 'not-settled' ? findRoleConflict(briefing, reading.text) : undefined;
	if (conflict !== undefined) {
		return {
			...decided,
			verdict: 'contradicted',
			reason: `The article names ${conflict.holder.name} (${conflict.holder.role}), not ${conflict.claimed}.`,
		};
	}
	if (decided.verdict === 'contradicted') return decided;
	// "Reed is the first mayor to visit Lima": a claim with an action is compared as one, not as a role.
	const mismatch =
		findTitleMismatch(briefing, reading.text) ??
		(reading.elements.some((element) => element.kind === 'action')
			? undefined
			: findRoleMismatch(briefing, reading.text));
	if (mismatch === undefined) return decided;
	return mismatch.holder === undefined
		? {
				...decided,
				verdict: 'not-settled',
				reason: `The article has ${mismatch.person.name} as ${mismatch.person.role}, not ${mismatch.claimed}.`,
			}
		: {
				...decided,
				verdict: 'contradicted',
				reason: `The article names ${mismatch.holder.name} (${mismatch.holder.role}), not ${mismatch.person.name}, as ${mismatch.claimed}.`,
			};
}

// "China wasn't at the conference", "Peru skipped the talks": a party said to be absent from an event. Not "is not
// in Kabul" (where it is) nor "not among the hosts" (what it is).
const ABSENCE =
	/\b(?:(?:was|were)(?:n['’]?t|\s+not)\s+(?:at|part\s+of|present\s+at)|(?:did|does|do)(?:n['’]?t|\s+not)\s+(?:attend|take\s+part|participate|join|show\s+up)|(skipp(?:ed|ing)|missed|excluded\s+from|absent\s+from|stayed\s+away\s+from|sat\s+out|boycott(?:ed|ing)?))\b/iu;
// "The participants, including the United States, China and Pakistan": who was there, the run of names only.
const NAME = '(?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)*';
const PRESENCE = new RegExp(
	`\\b(?:participants|attendees|delegates|delegations)\\b[^.;]{0,40}?\\bincluding\\s+(${NAME}(?:,\\s*${NAME})*(?:,?\\s+and\\s+${NAME})?)`,
	'u',
);

/**
 * A party the claim says was absent that the article lists among those present ("the participants, including …,
 * China"): contradicted, quoting the list. Only where the sentence speaks of the claim's event too.
 */
function findPresenceConflict(
	reading: ClaimReading,
	comparisons: readonly Comparison[],
	briefing: Briefing,
): ReturnType<typeof decideVerdict> | undefined {
	const phrase = ABSENCE.exec(reading.text);
	// "China never missed it": a verb of absence negated says the party was there.
	if (phrase === null || (phrase[1] !== undefined && reading.negated)) return undefined;
	// Who is said to be absent: the names before the phrase ("china wasn't at …").
	const before = (element: ClaimElement) => reading.text.indexOf(element.label) < phrase.index;
	const parties = reading.elements.filter((element) => element.kind === 'name' && before(element));
	const absent = parties.flatMap((party) => party.alternatives.slice(0, 1));
	if (absent.length === 0) return undefined;
	for (const comparison of comparisons) {
		const presence = PRESENCE.exec(comparison.sentence.text);
		const listed = presence?.[1];
		// Another time or place of the event is another event ("in 2019").
		if (listed === undefined || comparison.conflicts.length > 0 || !comparison.statesValues) continue;
		const terms = new Set(briefing.index.termsOf(listed));
		if (!absent.every((stems) => stems.every((stem) => terms.has(stem)))) continue;
		// The event: the claim's words after the phrase are there ("conference", "Moscow"), the phrase's own aside.
		const inPhrase = (element: ClaimElement) =>
			phrase[0].toLowerCase().split(/\s+/u).includes(element.label.toLowerCase());
		const others = reading.elements.filter(
			(element) => !parties.includes(element) && element.kind !== 'action' && !inPhrase(element),
		);
		if (others.some((element) => comparison.missing.includes(element.label))) continue;
		return {
			verdict: 'contradicted',
			reason: `The article lists them among those present: “${presence?.[0] ?? ''}”.`,
			evidence: comparison,
		};
	}
	return undefined;
}

/** "Peru sided with the rebels" where a sentence has Peru back those who fought the rebels (see `findSideConflict`). */
function findSidesOpposed(
	briefing: Briefing,
	reading: ClaimReading,
	comparisons: readonly Comparison[],
	options: CheckOptions,
): ReturnType<typeof decideVerdict> | undefined {
	for (const comparison of comparisons) {
		const { text } = comparison.sentence;
		if (findSideConflict(reading, briefing.index.tokensOf(text))) {
			return {
				verdict: 'contradicted',
				reason: `The article has them on opposite sides: “${quote(text, options)}”`,
				evidence: comparison,
			};
		}
	}
	return undefined;
}

/**
 * "The meeting in Moscow already happened" where the sentence that supports it has the meeting "due to … later":
 * what the claim says is done by now, the article has still to come, next to the claim's own words.
 */
function findStillToCome(
	briefing: Briefing,
	reading: ClaimReading,
	decided: ReturnType<typeof decideVerdict>,
	comparisons: readonly Comparison[],
	options: CheckOptions,
): ReturnType<typeof decideVerdict> | undefined {
	const { evidence } = decided;
	if (decided.verdict !== 'supported' || evidence === undefined || !claimsDoneByNow(reading)) return undefined;
	// A future cue near the claim's words, in a sentence that states all of them.
	const pending = (comparison: Comparison) => {
		const { text } = comparison.sentence;
		const tokens = briefing.index.tokensOf(text);
		return tokens.some(
			(token, i) =>
				STILL_TO_COME.test(text.slice(token.start, tokens[i + 1]?.end ?? token.end)) &&
				comparison.spans.some((span) => {
					const at = tokens.findIndex((other) => other.start >= span.start);
					return at !== -1 && Math.abs(at - i) <= options.moodWindow;
				}),
		);
	};
	if (!pending(evidence)) return undefined;
	// "Was due to meet the premier" is no contradiction where another sentence has them meet: that one states it.
	const done = comparisons.find(
		(comparison) =>
			comparison.missing.length === 0 &&
			comparison.conflicts.length === 0 &&
			comparison.weaker === undefined &&
			!pending(comparison),
	);
	if (done !== undefined) return { ...decided, reason: `${done.paragraph.cite} states it.`, evidence: done };
	return {
		verdict: 'contradicted',
		reason: `The article has it still to come: “${quote(evidence.sentence.text, options)}”`,
		evidence,
	};
}

// "Diverse enough", "needs no changes": the claim says something is as it should be.
const ENOUGH = /\b(\p{L}+)\s+enough\b|\b(?:needs?|needed|requires?|required)\s+no\s+(?:more\s+|further\s+)?\p{L}+/giu;
// "There is a need to further diversify it", "the need for reform": the article says more must be done.
const NEED = /\bneed(?:s|ed)?\s+(?:to|for)\s+(?:(?:its|their|further|more|a|an|the)\s+)*(\p{L}+)/iu;

/**
 * "Trade is diverse enough" where the article stresses "a need to further diversify it": what the claim calls
 * enough, the article says needs more. Where "<word> enough" is said, the need must be of that word ("diversify" of
 * "diverse"); "needs no changes" is contradicted by any need the sentence states of the claim's subject.
 */
function findNeedStated(
	briefing: Briefing,
	reading: ClaimReading,
	decided: ReturnType<typeof decideVerdict>,
	comparisons: readonly Comparison[],
	options: CheckOptions,
): ReturnType<typeof decideVerdict> | undefined {
	const enough = [...reading.text.matchAll(ENOUGH)];
	// "Needs no changes" is negated by its own "no" only.
	const negatedElsewhere = NEGATION.test(enough.reduce((text, match) => text.replace(match[0], ''), reading.text));
	if (decided.verdict !== 'not-settled' || enough.length === 0 || negatedElsewhere) return undefined;
	const { index } = briefing;
	const sufficiency = new Set(enough.flatMap((match) => index.termsOf(match[0])));
	const qualities = enough.flatMap((match) => (match[1] === undefined ? [] : [match[1].toLowerCase()]));
	const ofQualities = (stem: string) =>
		qualities.every((quality) => {
			const [own = quality] = index.termsOf(quality);
			return (
				(own.length >= options.needStemLength && stem.startsWith(own)) ||
				index.relatedTo(quality).some(({ target }) => target === stem)
			);
		});
	for (const comparison of comparisons) {
		const need = NEED.exec(comparison.sentence.text);
		const [needed] = need?.[1] === undefined ? [] : index.termsOf(need[1]);
		// All the claim says but what it calls enough is stated: the same subject.
		const rest = comparison.missing.filter(
			(label) => label !== 'not' && !index.termsOf(label).every((term) => sufficiency.has(term)),
		);
		if (needed === undefined || !ofQualities(needed) || comparison.conflicts.length > 0 || rest.length > 0) continue;
		return {
			verdict: 'contradicted',
			reason: `The article says there is a ${need?.[0].replace(/^\p{L}+/u, 'need')}, where the claim says “${enough[0]?.[0]}”: “${quote(comparison.sentence.text, options)}”`,
			evidence: comparison,
		};
	}
	return undefined;
}

interface Candidate {
	readonly sentence: Sentence;
	readonly paragraph: Paragraph;
	/** The sentence after it, in its paragraph or opening the next one: it may reply to it. */
	readonly following: Sentence | undefined;
}

/** The sentences of the paragraphs retrieved for the claim, in retrieval order. */
export function alignClaim(briefing: Briefing, reading: ClaimReading, options: CheckOptions): Candidate[] {
	const { index, knowledge } = briefing;
	const concepts = index.analyze(reading.searchText).slice(0, 32);
	const paragraphs = knowledge.article.paragraphs;
	return index.search(concepts, options.candidateParagraphs, 1).flatMap(({ paragraph }) =>
		paragraph.sentences.map((sentence, i) => ({
			sentence,
			paragraph,
			// A reply opens the next paragraph of the same report, never another report's first.
			following:
				paragraph.sentences[i + 1] ??
				(paragraphs[paragraph.number]?.source === paragraph.source
					? paragraphs[paragraph.number]?.sentences[0]
					: undefined),
		})),
	);
}

/** The verdict from the comparisons: any sentence stating the whole claim supports it; a conflict contradicts it. */
export function decideVerdict(
	reading: ClaimReading,
	comparisons: readonly (Comparison & { readonly otherSpeaker?: string | undefined })[],
	options: CheckOptions,
): {
	verdict: Verdict;
	reason: string;
	evidence: Comparison | undefined;
	/** Another report's sentence that gives other values than the one that supports the claim. */
	differing?: Comparison;
} {
	const about = comparisons.filter((comparison) => comparison.about);
	const supporting = about.find(
		(c) =>
			c.missing.length === 0 &&
			c.conflicts.length === 0 &&
			c.weaker === undefined &&
			c.oppositePolarity === undefined &&
			c.otherSpeaker === undefined &&
			// A denial states a claim that reports it, not that the denied thing is false ("Peru does not …").
			(c.deniedBy === undefined || reading.denies || (reading.alleges && !reading.admits && c.deniedBySubject)) &&
			c.statesValues,
	);
	// A place in the claim's role conflicts even where the action is put in other words ("had an interaction … in
	// Lyon" against "met in Nice"): the role binds it. A number or date needs the same action to conflict.
	// Only from the closest sentence: "in Lima" elsewhere in the article is no answer to where the claim's event was.
	const closestShare = Math.max(0, ...comparisons.map((c) => c.share));
	// Another event: one with another party than the claim's, or another doer ("his interaction with Reed" is not the
	// claim's doer's) unless a name besides the parties ties it to the claim's ("the Andean Summit"); its place is its
	// own.
	const parties = new Set(reading.elements.flatMap((element) => (element.kind === 'name' ? [element.label] : [])));
	// In the passive ("the summit was hosted in Lima") the names before the verb are what it was done to.
	const tied =
		reading.passive ||
		reading.elements.some(
			(element) => element.kind === 'name' && !reading.agents.includes(element) && element !== reading.recipient,
		);
	const doneByAnother = (c: Comparison) =>
		c.missing.some((label) => parties.has(label) || (label.startsWith('who ') && !tied));
	const conflicting =
		about.find(
			(c) =>
				c.conflicts.length > c.roleConflicts.length ||
				(c.roleConflicts.length > 0 && c.share >= closestShare && !doneByAnother(c)),
		) ??
		comparisons.find(
			(c) =>
				c.roleConflicts.length > 0 &&
				c.sameParties &&
				c.share >= options.aboutShare &&
				c.share >= closestShare &&
				!doneByAnother(c),
		);
	if (supporting !== undefined) {
		// Reports may disagree: one states the claim, another gives other values. Both are said.
		const differing = about.find((c) => c.conflicts.length > 0 && c.paragraph.source !== supporting.paragraph.source);
		const reason =
			differing === undefined
				? `${supporting.paragraph.cite} states it.`
				: `${supporting.paragraph.cite} states it; the sources differ: ${differing.paragraph.cite}: ${differing.conflicts.join(' ')}`;
		return { verdict: 'supported', reason, evidence: supporting, ...(differing === undefined ? {} : { differing }) };
	}
	if (conflicting !== undefined) {
		return { verdict: 'contradicted', reason: conflicting.conflicts.join(' '), evidence: conflicting };
	}
	// A sentence that says all the claim says but who did it: no other value, mood or sign.
	const otherwiseAsClaimed = (c: (typeof comparisons)[number]) =>
		c.conflicts.length === 0 && c.weaker === undefined && c.oppositePolarity === undefined && c.statesValues;
	// "Peru and Chile were the main backers" where the article lists Peru and Mali.
	const listedOtherwise = reading.negated
		? undefined
		: comparisons.find((c) => c.listedInstead !== undefined && otherwiseAsClaimed(c));
	if (listedOtherwise !== undefined) {
		return {
			verdict: 'contradicted',
			reason: `The article names ${listedOtherwise.listedInstead}: “${quote(listedOtherwise.sentence.text, options)}”`,
			evidence: listedOtherwise,
		};
	}
	// "Chile hosted the conference" where the article has Peru host it, all else as the claim says.
	// Only of one event: a name or a number besides the doers ties the sentence's to the claim's ("signed a pact" is
	// any pact); a place or a day does not ("came to Lima on Monday": others may have too).
	const anchored =
		reading.quantities.length > 0 ||
		reading.elements.some((element) => element.kind === 'name' && !reading.agents.includes(element));
	const doneByOther =
		reading.negated || reading.passive || !anchored
			? undefined
			: comparisons.find(
					(c) =>
						c.otherDoer !== undefined &&
						c.missing.every((label) => reading.agents.some((agent) => agent.label === label)) &&
						otherwiseAsClaimed(c),
				);
	// "Reed said Peru will pay": Reed only says it.
	const doers = reading.agents
		.filter((agent) => agent.label.toLowerCase() !== reading.speaker?.toLowerCase())
		.map((agent) => agent.label)
		.join(' and ');
	if (doneByOther !== undefined && doers !== '') {
		return {
			verdict: 'contradicted',
			reason: `The article has ${doneByOther.otherDoer} do it, not ${doers}: “${quote(doneByOther.sentence.text, options)}”`,
			evidence: doneByOther,
		};
	}
	// "Peru was accused of it and admits it" where Peru denies it.
	const deniedAdmission = reading.admits ? about.find((c) => c.deniedBy !== undefined && c.deniedBySubject) : undefined;
	if (deniedAdmission !== undefined) {
		return {
			verdict: 'contradicted',
			reason: `${deniedAdmission.deniedBy} denies it: “${quote(deniedAdmission.sentence.text, options)}” — “${deniedAdmission.deniedBy} denies that.”`,
			evidence: deniedAdmission,
		};
	}
	// "Peru was accused of it" is true of an allegation Peru denies.
	const denied = about.find((c) => c.deniedBy !== undefined && !reading.negated && !reading.alleges);
	if (denied !== undefined) {
		return {
			verdict: 'contradicted',
			reason: `${denied.deniedBy} denies it: “${quote(denied.sentence.text, options)}” — “${denied.deniedBy} denies that.”`,
			evidence: denied,
		};
	}
	const opposite = about.find(
		(c) => c.oppositePolarity !== undefined && (c.missing.length === 0 || isOtherPartOnly(reading, c.missing)),
	);
	if (opposite !== undefined) {
		return {
			verdict: 'contradicted',
			reason: `The article says the opposite: “${opposite.oppositePolarity}”.`,
			evidence: opposite,
		};
	}
	const spokenByOther = about.find((c) => c.otherSpeaker !== undefined && c.missing.length === 0);
	if (spokenByOther !== undefined) {
		return {
			verdict: 'not-settled',
			reason: `The article has ${(spokenByOther.otherSpeaker ?? '').replace(/['’]s$/u, '')} say it, not ${reading.speaker ?? findWisherNamed(reading)}: “${quote(spokenByOther.sentence.text, options)}”`,
			evidence: spokenByOther,
		};
	}
	const closest = [...(about.length > 0 ? about : comparisons)].sort((a, b) => b.share - a.share)[0];
	if (closest === undefined) {
		return { verdict: 'not-settled', reason: 'The article has no passage to compare.', evidence: undefined };
	}
	// "Reed visited Lima" where the article renews an invitation to visit: an invitation still open is to a
	// visit not made. A visit planned or accepted ("will visit") the invitation does not settle.
	if (closest.weaker?.mood === 'invited' && closest.missing.length === 0 && claimsDone(reading)) {
		return {
			verdict: 'contradicted',
			reason: `The article has only an invitation, still open: “${closest.weaker.phrase}”.`,
			evidence: closest,
		};
	}
	// "Construction has already begun" where the article has "the project will commence": a deed the claim says is
	// done, the article says is still to come. An intention ("intend to provide") leaves it open.
	if (
		closest.weaker?.mood === 'prospective' &&
		STILL_TO_COME.test(closest.weaker.phrase) &&
		closest.missing.length === 0 &&
		claimsDoneByNow(reading)
	) {
		return {
			verdict: 'contradicted',
			reason: `The article has it still to come: “${closest.weaker.phrase}”.`,
			evidence: closest,
		};
	}
	if (closest.weaker !== undefined && closest.missing.length === 0) {
		return {
			verdict: 'not-settled',
			reason: `The article says less: “${closest.weaker.phrase}” (${describeMood(closest.weaker.mood)}).`,
			evidence: closest,
		};
	}
	const lacking =
		closest.missing.length > 0
			? `The article does not say ${closest.missing.join(', ')}`
			: 'The article does not state it';
	return {
		verdict: 'not-settled',
		reason: `${lacking}; the closest it says: “${quote(closest.sentence.text, options)}”`,
		evidence: closest,
	};
}

// "We look forward to", "I hope": a wish the speaker voices as their own.
const FIRST_PERSON_WISH =
	/\b(?:we|i)\s+(?:\p{L}+\s+)?(?:look(?:ing)?\s+forward|want|wish|hope|desire|are\s+keen|am\s+keen)\b/iu;

/** Who the claim says wishes ("Peru wants …"): its first name before its word of wish. */
function findWisherNamed(reading: ClaimReading): string | undefined {
	return reading.elements.find((element) => element.kind === 'name' && element.position < reading.wishAt)?.label;
}

const EARLIER =
	/\b(?:before|once|previously|earlier|ever|already|in\s+the\s+past|years?\s+ago|had)\b|\b(?:19|20)\d\d\b/iu;

// "Already", or an event said to be over: what a claim says is done by now.
const DONE_BY_NOW = /\balready\b|\b(?:is|was|are|were)\s+over\b|\bhappened\b|\b(?:took|taken)\s+place\b/iu;
// The future stated as a fact ("will commence", "due to meet", "later this year"), not as someone's intention.
const STILL_TO_COME = /\b(?:will|shall|due\s+to|later)\b/iu;

/** Whether the claim says its action was done: in the past ("visited", "has visited"), as a fact. */
function claimsDone(reading: ClaimReading): boolean {
	const action = reading.elements.find((element) => element.kind === 'action')?.label.toLowerCase();
	// "Visited in 2005", "had visited before": an invitation renewed now says nothing of a visit long ago.
	if (reading.mood !== 'factual' || reading.negated || action === undefined || reading.times.length > 0) return false;
	if (EARLIER.test(reading.text)) return false;
	return (
		/ed$/u.test(action) ||
		new RegExp(`\\b(?:has|have)\\s+(?:\\w+\\s+)?${escapeRegExp(action)}\\b`, 'iu').test(reading.text)
	);
}

/** Whether the claim says its action or event is done by now ("has already begun", "is over"), as a fact. */
function claimsDoneByNow(reading: ClaimReading): boolean {
	return (
		(reading.mood === undefined || reading.mood === 'factual') && !reading.negated && DONE_BY_NOW.test(reading.text)
	);
}

function describeMood(mood: string): string {
	switch (mood) {
		case 'prospective':
			return 'a plan, not a deed';
		case 'desired':
			return 'a wish, not a plan';
		case 'offered':
			return 'an offer, not a deal';
		case 'invited':
			return 'an invitation, not a deed';
		case 'conditional':
			return 'on a condition';
		case 'discussed':
			return 'under discussion, not done';
		case 'alleged':
			return 'an allegation, not a fact';
		case 'doubted':
			return 'said to be hard, not done';
		default:
			return 'not as the claim puts it';
	}
}

function quote(text: string, options: CheckOptions): string {
	if (text.length <= options.quoteLength) return text;
	return `${text.slice(0, text.lastIndexOf(' ', options.quoteLength))} …`;
}

function toPassage(comparison: Comparison): Passage {
	return {
		paragraph: comparison.paragraph,
		score: comparison.share,
		quote: comparison.sentence,
		highlights: comparison.spans,
		also: [],
		coverage: comparison.share,
	};
}

function dedupePassages(passages: readonly Passage[]): Passage[] {
	const seen = new Set<number>();
	return passages.filter((passage) => {
		if (seen.has(passage.paragraph.number)) return false;
		seen.add(passage.paragraph.number);
		return true;
	});
}

/**
 * Whether the words a sentence lacks all stand in another part of the claim than its negation ("trade is fine as it
 * is and doesn't need diversifying"): a claim of two parts joined by "and" or "but" is false when one part is, so
 * the article saying the opposite of the negated part settles it, whatever it says of the other.
 */
function isOtherPartOnly(reading: ClaimReading, missing: readonly string[]): boolean {
	if (!reading.negated) return false;
	const parts = reading.text.split(/\s*,?\s+(?:and|but)\s+/iu);
	const negatedParts = parts.filter((part) => NEGATION.test(part));
	if (parts.length < 2 || negatedParts.length !== 1) return false;
	const has = (part: string, label: string) => containsWords(part.toLowerCase(), label.toLowerCase());
	return missing.every(
		(label) => !has(negatedParts[0] ?? '', label) && parts.some((part) => part !== negatedParts[0] && has(part, label)),
	);
}

const NEGATION = /\b(?:not|no|never)\b|n[’']t\b/iu;
