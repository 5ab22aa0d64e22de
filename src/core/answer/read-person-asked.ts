/**
 * What a question asks about a person, read against the fact sheet: the person a "who is …" description or a
 * "which <role>" names, the office it asks for, whether anyone holds it, and parts of a known person's name.
 */
import type { Briefing } from '../briefing.js';
import type { SearchIndex } from '../search/search-index.js';
import { isPossessive, normalizeWord, type Token } from '../text/analyze.js';
import { containsWords } from '../text/match-phrase.js';
import { AUXILIARIES, GENERIC_PERSON_NOUNS, TIME_UNIT } from '../text/word-classes.js';
import type { Person } from '../types.js';
import { findPersonDescribed, isOwnName, trimDescription } from './extract-short-answer.js';

// "Which US president said …": the role between the question word and its verb.
/** The role a "which …" question asks for ("which army chief (COAS) did …" → "army chief"); an aside in brackets is none. */
function readRoleAsked(question: string, index: SearchIndex): string | undefined {
	const text = question.replace(/\s*\([^()]{1,30}\)/gu, '');
	const listed = WHICH_ROLE.exec(text)?.[1];
	if (listed !== undefined) return listed;
	// Before any other verb ("which Chilean spokesperson put out …"), as the lexicon knows verbs, where a word for a
	// person ends the role: "press" of "which Chilean press aide put out …" is a verb too, and "what prompted the
	// visit" asks for no one.
	const words = WHICH_WORDS.exec(text)?.[1]?.split(/\s+/u) ?? [];
	// "What did the PM call it": "what" is the object; no role is asked.
	if (AUXILIARIES.has(words[0]?.toLowerCase() ?? '')) return undefined;
	const end = words.findIndex((word, i) => {
		const norm = word.toLowerCase();
		const before = words[i - 1]?.toLowerCase() ?? '';
		return (
			i > 0 &&
			(AUXILIARIES.has(norm) || isFormOfVerb(index, norm)) &&
			index.lookUpWord(before)?.entity === 'person' &&
			!index.isPeopleWord(before)
		);
	});
	return end > 0 ? words.slice(0, end).join(' ') : undefined;
}

// "Which US president said …": up to four words of a role and the verb after them.
const WHICH_WORDS = /^\s*(?:which|what)\s+((?:[\p{L}-]+\s+){1,4}[\p{L}-]+)/iu;

/** Whether a word is a verb, or a form of one ("held" and "met", whose own entries are adjectives). */
export function isFormOfVerb(index: SearchIndex, norm: string): boolean {
	const isVerb = (word: string) => index.partOfSpeechOf(word) === 'verb';
	return (
		isVerb(norm) ||
		(index.partOfSpeechOf(norm) !== 'noun' &&
			index.relatedTo(norm).some(({ relation, target }) => relation === 'inflection' && isVerb(target)))
	);
}

const WHICH_ROLE =
	/^\s*(?:which|what)\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|said|says|held|holds|met|meets|hosted|called|led|made|gave|told|signed|visited|went|came|attended|joined|travell?ed|arrived|represented)\b/iu;

/**
 * The stems of the countries the words of a description stand for ("Chilean official" → chilean, chile, …; "Lima" →
 * lima, peru, …).
 */
export function findCountriesNamed(index: SearchIndex, description: string): Set<string> {
	// A country of several words ("the United States") is one name.
	const whole = index.isCountry(description) ? index.termsOf(description) : [];
	return new Set([
		...whole,
		...index.tokensOf(description).flatMap(({ norm, term }) => {
			const related = index.relatedTo(norm);
			// A word of country data ("Chile", "Chilean", "Santiago", the code "chl"): its own stem and its country's names;
			// a people's word too where WordNet relates it otherwise ("Chinese" is only a form of "China" there).
			const coded = related.length === 0 || index.isPeopleWord(norm) ? index.countriesOf(norm) : [];
			if (!index.isCountry(norm) && !related.some(({ relation }) => relation === 'country') && coded.length === 0)
				return [];
			const names = related.filter(({ relation }) => relation === 'country' || relation === 'derivation');
			return [...(term === null ? [] : [term]), ...names.map(({ target }) => target), ...coded];
		}),
	]);
}

/**
 * Whether a person is of one of the countries a description names (see `findCountriesNamed`); anyone is, when it
 * names none. A person whose country the knowledge does not know is of none, unless `unknownFits`.
 */
function isOfCountries(index: SearchIndex, countries: ReadonlySet<string>, unknownFits: boolean) {
	return (person: Person) => {
		if (countries.size === 0) return true;
		if (person.country === '') return unknownFits;
		// "The United States" is one name: its stems joined, as country data names it.
		const terms = index.termsOf(person.country);
		return countries.has(terms.join(' ')) || terms.some((term) => countries.has(term));
	};
}

/**
 * The role a "which …" question asks as its subject ("which Malian official said …"); not the subject of "what has
 * the president said", where "what" is the object and no role is asked.
 */
function readSubjectRoleAsked(question: string, index: SearchIndex): string | undefined {
	const role = readRoleAsked(question, index);
	return role === undefined || AUXILIARIES.has(role.split(/\s+/u)[0]?.toLowerCase() ?? '') ? undefined : role;
}

/** Whether a role's last word is a word for a person ("official", "leaders"), not for a thing ("which bridge"). */
function namesPerson(briefing: Briefing, role: string): boolean {
	const head = briefing.index.tokensOf(role).at(-1)?.norm ?? '';
	return GENERIC_PERSON_NOUNS.has(head) || briefing.index.lookUpWord(head)?.entity === 'person';
}

// "Who led the Shining Path delegation", "who represented the guild": a person of a group, named by the words after.
const GROUP_LED =
	/\bwho\s+((?:led|leads|lead|headed|heads|head|chaired|chairs|represented|represents|spoke\s+for|speaks\s+for)\s+(?:the\s+)?((?:[\p{L}’'-]+\s+){0,2}?[\p{L}-]+))(?=\s+(?:at|in|to|on|during|for)\b|\s*[?.!]|\s*$)/iu;

// "Who is the chief of the Shining Path?": a person holding an office of a group.
const OFFICE_OF_GROUP =
	/\bwho(?:\s+(?:is|was)|\s*['’]s)\s+the\s+(?<office>[\p{L}-]+)\s+of\s+(?:the\s+)?(?<group>(?:[\p{L}’'-]+\s+){0,2}?[\p{L}-]+)\s*[?.!]*\s*$/iu;

/**
 * The group a "who …" question asks a person of, with what it asks in words: "who led the Path's delegation" (a deed),
 * "who is the chief of the Path" (an office, a word for a person).
 */
function readGroupAsked(briefing: Briefing, question: string): { asked: string; group: string } | undefined {
	const led = GROUP_LED.exec(question);
	if (led !== null) return { asked: `who ${led[1]}`, group: led[2] ?? '' };
	const { office, group } = OFFICE_OF_GROUP.exec(question)?.groups ?? {};
	return office !== undefined && group !== undefined && namesPerson(briefing, office)
		? { asked: `who is the ${office} of the ${group}`, group }
		: undefined;
}

/**
 * "Which Shining Path leaders …", "who represented the Path at …": a person of a group the article names (a name of a
 * body, not a country: those are nationalities) whom no one of the fact sheet belongs to by role, alias or country is
 * a detail the article does not give, in words ("which shining path leaders").
 */
export function findGroupNoOneIsOf(briefing: Briefing, question: string): string | undefined {
	const { index } = briefing;
	const role = readSubjectRoleAsked(question, briefing.index);
	// "Which Shining Path leaders …" asks a person by role; "who led the Path's delegation" by a deed or an office.
	const byGroup = role === undefined ? readGroupAsked(briefing, question) : undefined;
	const asked = role ?? byGroup?.group;
	if (asked === undefined || (role !== undefined && !namesPerson(briefing, role))) return undefined;
	const detail = (role === undefined ? (byGroup?.asked ?? '') : `which ${role}`).toLowerCase();
	const group = index
		.tokensOf(asked)
		.find(
			({ norm, term }) =>
				term !== null &&
				index.hasTerm(term) &&
				index.lookUpWord(norm)?.entity === 'organization' &&
				!index.isCommonWord(norm) &&
				!index.isCountry(norm),
		)?.term;
	// "Who headed the Malian delegation": a group of a country none of the knowledge's people is of (a role's
	// nationality is read by `findNationalityNoOneHas`).
	if (group == null) {
		const countries = byGroup === undefined ? new Set<string>() : findCountriesNamed(index, asked);
		const noOneOf = countries.size > 0 && !briefing.knowledge.people.some(isOfCountries(index, countries, true));
		return noOneOf ? detail : undefined;
	}
	const belongs = briefing.knowledge.people.some((person) =>
		index.termsOf([person.name, person.role, person.country, ...person.aliases].join(' . ')).includes(group),
	);
	return belongs ? undefined : detail;
}

/**
 * "Who chaired the conference", "who heads the Lima side of the commission", "who will co-chair it": a person asked by
 * a deed of leading.
 */
const LEADER_ASKED =
	/\bwho\s+(?:(?:will|(?:is|are|['’]s)\s+(?:going\s+to|set\s+to|due\s+to))\s+)?(?:co-)?(led|leads|lead|headed|heads|head|chaired|chairs|chair|ran|runs|run|commanded|commands|command)\s+(?:the\s+)?([^?.!]+?)\s*[?.!]*\s*$/iu;

/** Whether a question asks who leads something (see `findLeaderUnstated`). */
export function asksLeader(question: string): boolean {
	return LEADER_ASKED.test(question);
}
/** Words that say who leads: "headed by", "the chair", "the chief of staff", "a Lima-led invasion". */
const LEADING_WORD =
	/^(?:lead|leads|led|leader|leaders|leadership|leading|head|heads|headed|heading|chair|chairs|chaired|chairman|chairperson|chairwoman|chief|chiefs|command|commands|commanded|commander|commanders)$|-led$/iu;

/**
 * "Who chaired the conference" where no sentence on it (by the last word of a part of what is led) says who leads it,
 * nor is anyone's office named for it: a detail the article does not give, in words ("who chaired it").
 */
export function findLeaderUnstated(briefing: Briefing, question: string): string | undefined {
	const { index, knowledge } = briefing;
	const asked = LEADER_ASKED.exec(question);
	if (asked === null) return undefined;
	const leading = findLeadingTerms(briefing);
	// What is led, by the last word of a part of the phrase the article has, past words of time: "the 2001 invasion
	// in Lima" may be named by its invasion or by Lima, "the Lima side of the commission" by its side or its commission.
	const heads = (asked[2] ?? '').split(PREPOSITION).flatMap((part) => {
		const head = index
			.tokensOf(part)
			.filter(
				({ norm, term }) => term !== null && index.hasTerm(term) && !TIME_UNIT.test(norm) && !PERIOD_WORD.test(norm),
			)
			.at(-1)?.term;
		return head == null ? [] : [head];
	});
	if (heads.length === 0) return undefined;
	// An office heads what it is named for: an army's chief of staff the army, a minister the ministry.
	const isStated = (head: string) =>
		leading.has(head) ||
		knowledge.people.some((person) =>
			index.termsOf(person.role).some((term) => term.slice(0, OFFICE_STEM) === head.slice(0, OFFICE_STEM)),
		);
	// In the question's words up to its verb: "who will co-chair it".
	const deed = asked[0].slice(0, asked[0].indexOf(asked[1] ?? '') + (asked[1]?.length ?? 0));
	return heads.some(isStated) ? undefined : `${deed} it`.toLowerCase();
}

// An index never changes once built: its article's leading sentences are read once, not for every question.
const leadingTerms = new WeakMap<Briefing['index'], ReadonlySet<string>>();

/** The terms of the sentences that say who leads something ("led by", "heads"): what the article says has a leader. */
function findLeadingTerms({ index, knowledge }: Briefing): ReadonlySet<string> {
	const known = leadingTerms.get(index);
	if (known !== undefined) return known;
	const terms = new Set(
		knowledge.article.paragraphs
			.flatMap((paragraph) => paragraph.sentences)
			.filter((sentence) => index.tokensOf(sentence.text).some(({ raw }) => LEADING_WORD.test(raw)))
			.flatMap((sentence) => index.termsOf(sentence.text)),
	);
	leadingTerms.set(index, terms);
	return terms;
}

/** Where a phrase of what is led splits into the thing and what it is of or in ("the side of the commission"). */
const PREPOSITION = /\s+(?:of|in|on|at|for|with|from)\s+/iu;
/** Words that point at a period ("last month"): no name of what is led. */
const PERIOD_WORD = /^(?:last|next|this|past|coming)$/u;

/** How many first letters of a stem an office's word shares with what it heads ("minist" of minister, ministry). */
const OFFICE_STEM = 5;

/**
 * "Which Malian official …", "who is the Malian leader": a person of the countries the role asked for names
 * (the "which …" role, or the "who is …" description).
 */
export function fitsNationalityAsked(
	briefing: Briefing,
	question: string,
	officeAsked: OfficeAsked | undefined,
): (person: Person) => boolean {
	const role = readRoleAsked(question, briefing.index) ?? officeAsked?.description ?? '';
	return isOfCountries(briefing.index, findCountriesNamed(briefing.index, role), false);
}

/**
 * "Which Chilean officials did Reed meet?": people of a nationality no one in the knowledge has. The fact sheet lists
 * the people the article names, so the article names none of them: the detail is missing, in words.
 */
export function findNationalityNoOneHas(briefing: Briefing, question: string): string | undefined {
	const role = readSubjectRoleAsked(question, briefing.index);
	if (role === undefined || !namesPerson(briefing, role)) return undefined;
	const countries = findCountriesNamed(briefing.index, role);
	if (countries.size === 0 || briefing.knowledge.people.some(isOfCountries(briefing.index, countries, true))) {
		return undefined;
	}
	return `which ${role.toLowerCase()}`;
}

/** The one person the role a "which …" question names fits, among those the best passage's quote names. */
export function findPersonOfRole(briefing: Briefing, question: string, quote: string | undefined): string | undefined {
	const role = readRoleAsked(question, briefing.index);
	if (role === undefined || quote === undefined) return undefined;
	const names = (person: Person) => [person.name, ...person.aliases];
	const named = briefing.people
		.fitting(role)
		.filter(fitsNationalityAsked(briefing, question, undefined))
		// "Which Chilean diplomat met Reed?" is not answered by Reed, however the question writes him.
		.filter(
			(person) =>
				!names(person).some(
					(name) => isOwnName(person, name) && containsWords(question.toLowerCase(), name.toLowerCase()),
				),
		)
		.filter((person) => names(person).some((name) => containsWords(quote, name)));
	return named.length === 1 ? named[0]?.name : undefined;
}

/**
 * Whether an answer names someone the role asked for rules out: "which general …" is not answered by a foreign
 * minister, nor "which rebel leaders …" by anyone the fact sheet names, none of whom leads the rebels.
 */
export function isRuledOutByRole(
	briefing: Briefing,
	question: string,
	answer: string,
	officeAsked?: OfficeAsked,
): boolean {
	// "Which army chief …", or the office of "who is Peru's energy minister".
	const role = readRoleAsked(question, briefing.index) ?? officeAsked?.description;
	if (role === undefined) return false;
	const fitting = briefing.people.fitting(role);
	// "Which rebel leaders …": a role none of the fact sheet's people holds rules out all of them; a bare "which
	// official" rules out no one. A nation ("Peruvian leader") is checked by the nationality asked, not here; of
	// "the leader of Russia", its words but "the" and "of" count.
	const words = briefing.index
		.tokensOf(role)
		.filter((token) => token.term !== null)
		.map((token) => token.norm);
	if (fitting.length === 0 && words.every((word) => GENERIC_PERSON_NOUNS.has(word) || briefing.index.isPlace(word))) {
		return false;
	}
	return briefing.knowledge.people.some((person) => !fitting.includes(person) && containsWords(answer, person.name));
}

// "wait, who's …": chat that opens a question asks nothing ("… in this again" is trimmed as chat before).
const WHO_IS = /^\s*(?:(?:wait|so|hey|hmm|um|uh|and|but|also)[\s,]+)*who(?:\s+(?:is|was)|\s*['’]s)\s+(.+?)\s*\??\s*$/iu;
// "(What's the) name of Peru's president (mentioned)?" asks who, when what it names is a person.
const NAME_OF =
	/^\s*(?:what(?:['’]s|\s+is|\s+was)\s+)?(?:the\s+)?name\s+of\s+(.+?)(?:\s+(?:mentioned|named|here))?\s*\??\s*$/iu;

/**
 * Whom "who is …" describes, without a relative clause ("the minister who came …"), chat after it, or a clause
 * whose subject is another person or a pronoun ("the president Reed invited …", "the chief he met").
 */
function readWhoIs(briefing: Briefing, question: string): string | undefined {
	const named = NAME_OF.exec(question)?.[1];
	const head =
		named === undefined
			? undefined
			: // "the name of the mayor's spokesman who spoke": the head is before a relative clause or a preposition.
				briefing.index.tokensOf(named.split(/\s+(?:of|to|in|at|for|who|whom|that|which)\s/iu)[0] ?? '').at(-1);
	// "the name of the peace meeting Lyon hosted": a verb's past form ends a clause; it is no person ("host").
	const asked =
		WHO_IS.exec(question)?.[1] ??
		(head !== undefined && !/ed$/u.test(head.norm) && briefing.index.lookUpWord(head.norm)?.entity === 'person'
			? named
			: undefined);
	if (asked === undefined) return undefined;
	// "That" opens a clause before a verb or a subject ("the minister that met …"), not before a noun ("that agency").
	const { index } = briefing;
	// "The US president quoted on the deadline": a participle and its preposition open a clause, as "who" does.
	const described = asked
		.replace(/\s+(?:who|which)\s.*$/iu, '')
		.replace(/\s+\p{L}+ed\s+(?:on|by|in|at|for|about|over|as)\s.*$/iu, '')
		.replace(/\s+that\s+(\S+).*$/iu, (whole, next: string) =>
			index.partOfSpeechOf(normalizeWord(next)) === 'noun' ? whole : '',
		);
	const words = trimDescription(described).split(/\s+/u);
	if (findPersonDescribed(briefing.people, words.join(' ')) !== undefined) return words.join(' ');
	// A subject after the description opens a clause ("the minister Reed met"): a pronoun or someone's own name.
	const clause = words.findIndex(
		(word, i) => i > 1 && (/^(?:he|she|they|i|we|you)$/iu.test(word) || isOwnNameWord(briefing, word)),
	);
	return words.slice(0, clause === -1 ? words.length : clause).join(' ');
}

/** Whether a word is of someone's own name ("Reed" of "Tom Reed"), not of a title they go by ("prime", "chief"). */
export function isOwnNameWord(briefing: Briefing, word: string): boolean {
	const person = briefing.people.findByName(word);
	return person !== undefined && containsWords(person.name.toLowerCase(), word.toLowerCase());
}

export function findPersonAsked(briefing: Briefing, question: string) {
	const description = readWhoIs(briefing, question);
	return description === undefined ? undefined : findPersonDescribed(briefing.people, description);
}

// "What's Reed's title?", "what is Lopez's job in this": the office of someone the knowledge names.
const OFFICE_OF = /^\s*what(?:['’]s|\s+is|\s+was)\s+(.+?)['’]s?\s+(?:title|job|role|position|post|office|rank)\b/iu;

/** The person whose office a question asks ("what's Reed's title?"), when the knowledge names them. */
export function findOfficeHolderAsked(briefing: Briefing, question: string): Person | undefined {
	const name = OFFICE_OF.exec(question)?.[1];
	return name === undefined ? undefined : briefing.people.find(name);
}

/** The office a "who is …" description asks for (see `readOfficeAsked`), with the description and its words. */
export interface OfficeAsked {
	readonly description: string;
	readonly office: Token;
	readonly words: readonly Token[];
}

/**
 * The office a "who is …" description names, when it describes rather than names ("the president of Mali",
 * "Lyon's new mayor"): the last person noun before a preposition, not a word of someone's name ("Reed's adviser").
 */
export function readOfficeAsked(briefing: Briefing, question: string): OfficeAsked | undefined {
	// "The envoy travelling with Reed": a participle's clause says what the holder did, no part of the office.
	const description = readWhoIs(briefing, question)?.replace(PARTICIPLE_CLAUSE, '');
	if (description === undefined || !/^(?:the|an?)\s|['’]s?\s/iu.test(description)) return undefined;
	const { index } = briefing;
	const words = index.tokensOf(description.split(/\s+(?:of|to|in|at|for|from|with)\s/iu)[0] ?? '');
	const office = words.findLast(({ norm }, i) =>
		isOfficeWord(briefing, norm, /^(?:the|an?)$/u.test(words[i - 1]?.norm ?? '')),
	);
	return office === undefined ? undefined : { description, office, words };
}

const PARTICIPLE_CLAUSE = /\s+\p{L}+(?:ing|ed)\s+(?:with|to|from|by|in|on|at|for|alongside)\b.*$/u;

/** Whether a word is an office (a person noun of English, no one's name), as a description's head. */
function isOfficeWord(briefing: Briefing, norm: string, afterArticle = false): boolean {
	const word = briefing.index.lookUpWord(norm);
	// After an article a word is a noun, whatever its commoner use ("the pilot").
	const noun = word?.pos === 'noun' || afterArticle;
	return (
		noun &&
		word?.entity === 'person' &&
		briefing.index.isCommonWord(norm) &&
		briefing.people.findByName(norm) === undefined
	);
}

/**
 * The offices a question names by their country anywhere, not only after "who is" ("did Reed meet Chile's
 * president", "what did the president of Chile say"): the head of the nouns and adjectives right after a country's
 * possessive ("Chile's new foreign minister"; not "Chile's army met …", "Chile's trade office offering …", nor the
 * owner in "Chile's president's spokesman"), or a person noun before "of" and a country.
 */
function readOfficesNamed(briefing: Briefing, question: string): OfficeAsked[] {
	const { index } = briefing;
	const isCountryWord = (norm: string) => findCountriesNamed(index, norm).size > 0;
	const tokens = index.tokensOf(question);
	const asked = (description: string): OfficeAsked[] => {
		const words = index.tokensOf(description);
		const office = words.at(description.startsWith('the ') ? 1 : -1);
		return office === undefined ? [] : [{ description, office, words }];
	};
	return tokens.flatMap((token, i) => {
		if (isPossessive(question, token) && isCountryWord(token.norm)) {
			// The noun phrase ends where a word is no noun or adjective, owns what follows, opens a clause ("offering") or
			// names another country; its last word is its head.
			const run = tokens.slice(i + 1);
			const end = run.findIndex(
				(word) =>
					isPossessive(question, word) ||
					!/^(?:noun|adjective)$/u.test(index.lookUpWord(word.norm)?.pos ?? '') ||
					/\p{L}(?:ing|ed)$/u.test(word.norm) ||
					isCountryWord(word.norm),
			);
			const office = run.slice(0, end === -1 ? run.length : end).at(-1);
			return office === undefined || !isOfficeWord(briefing, office.norm)
				? []
				: asked(question.slice(token.start, office.end));
		}
		const country = tokens[i + 2];
		return isOfficeWord(briefing, token.norm) &&
			tokens[i + 1]?.norm === 'of' &&
			country !== undefined &&
			isCountryWord(country.norm)
			? asked(`the ${question.slice(token.start, country.end)}`)
			: [];
	});
}

/**
 * The first office a question names by its country (see `readOfficesNamed`) that no one of that country holds, as a
 * detail the article does not give ("who the president is"). Only an office the fact sheet gives someone: one it gives
 * no one may be another name of an office someone holds ("Lima's envoy" for its foreign minister).
 */
export function findOfficeNobodyHolds(briefing: Briefing, question: string): string | undefined {
	for (const asked of readOfficesNamed(briefing, question)) {
		if (briefing.people.fitting(asked.office.raw).length === 0) continue;
		const missing = findRoleNobodyHolds(briefing, asked);
		if (missing !== undefined) return missing;
	}
	return undefined;
}

/**
 * "Who is Chile's president?", "who is the mayor of Lyon?": an office the knowledge gives no one, or no one of
 * that country, is a detail the article does not give, in words ("who the mayor is"). Not one any office holder is
 * ("the leader of …"): whoever leads may be in the article under another title.
 */
export function findRoleNobodyHolds(briefing: Briefing, asked: OfficeAsked | undefined): string | undefined {
	if (asked === undefined || GENERIC_PERSON_NOUNS.has(asked.office.norm)) return undefined;
	if (findPersonDescribed(briefing.people, asked.description) !== undefined) return undefined;
	const { index } = briefing;
	const countries = findCountriesNamed(index, asked.description);
	// Its holders with the country words left out ("president" of "Lyon's president"): a holder of another known
	// country does not hold it; one whose country the knowledge does not know may.
	const officeOnly = index
		.tokensOf(asked.description)
		.filter(({ term }) => term !== null && !countries.has(term))
		.map(({ raw }) => raw)
		.join(' ');
	if (briefing.people.fitting(officeOnly).some(isOfCountries(index, countries, true))) return undefined;
	const office = asked.words.filter(
		({ term, raw, start }) =>
			term !== null && !countries.has(term) && !/['’]s?$/u.test(raw) && start <= asked.office.start,
	);
	return `who the ${office.map(({ norm }) => norm).join(' ')} is`;
}

// "What's Reed's first name?", "the surname of the mayor": a part of a known person's name.
const NAME_KIND = '(?:first|given|last|family|sur|full)[\\s-]*names?';
const NAME_PART = new RegExp(`\\b(${NAME_KIND})\\b`, 'iu');
const NAME_OWNER = new RegExp(
	`((?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)['’]s?\\s+${NAME_KIND}\\b|${NAME_KIND}\\s+of\\s+(?:the\\s+)?(.+?)\\s*\\??\\s*$`,
	'iu',
);

/**
 * The person a phrase names, its longest part first: before "'s" its ending ("the Peruvian FM's" is Lopez's, not
 * any FM's), after "of" its beginning ("the name of the army chief Lopez met" is the army chief's).
 */
function findOwner(briefing: Briefing, phrase: string, from: 'end' | 'start'): Person | undefined {
	const words = phrase.split(/\s+/u);
	for (let length = words.length; length > 0; length--) {
		const part = from === 'end' ? words.slice(words.length - length) : words.slice(0, length);
		const named = part.join(' ').replace(/^(?:the|a|an)\s+/iu, '');
		if (named.length < 2) continue;
		const person = briefing.people.find(named);
		if (person !== undefined) return person;
	}
	return undefined;
}

export function findNamePart(
	briefing: Briefing,
	question: string,
): { text: string; paragraph: number } | { missing: string; person: Person } | undefined {
	// "first name", "given names", "surname": the kind of name, its first word.
	const kind = NAME_PART.exec(question)?.[1]?.toLowerCase();
	const part = /^(first|given|last|family|sur|full)/u.exec(kind ?? '')?.[1];
	const owner = NAME_OWNER.exec(question);
	const person =
		owner === null
			? undefined
			: owner[1] !== undefined
				? findOwner(briefing, owner[1], 'end')
				: findOwner(briefing, owner[2] ?? '', 'start');
	if (part === undefined || person === undefined) return undefined;
	const words = person.name.split(' ');
	const text =
		part === 'full'
			? person.name
			: ['last', 'family', 'sur'].includes(part)
				? words.at(-1)
				: part === 'first'
					? words[0]
					: words.slice(0, -1).join(' ');
	// Only a name the article writes: a fact sheet may know more of a name than the report gives.
	const paragraph = briefing.knowledge.article.paragraphs.find((candidate) =>
		containsWords(candidate.text, text ?? ''),
	);
	if (text === undefined) return undefined;
	// The article names the person, not in full: the part asked is a detail it does not give.
	return paragraph === undefined ? { missing: kind ?? part, person } : { text, paragraph: paragraph.number };
}
