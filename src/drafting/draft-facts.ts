/**
 * Drafts a source's fact sheet from its text with the NLP tagger compromise: people with their roles (from titles
 * and appositions) and aliases, topics with their keywords, and pledges (sentences whose verb commits), each pinned
 * to a verbatim quote. A draft, to be curated: `npm run knowledge -- add` writes it to `facts.drafted.json`, and a
 * curated `facts.json` wins over it wherever they overlap. Runs offline (the tagger takes half a second to load).
 */
import nlp from 'compromise';
import type { Facts } from '../core/knowledge/knowledge-schema.js';
import { extractTerms, isStopWord, normalizeWord } from '../core/text/analyze.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../core/text/word-classes.js';
import type { Article, ArticleMeta, Paragraph } from '../core/types.js';

/** Every threshold of the drafting, with its default. */
export interface DraftOptions {
	/** How many topics to draft at most (default 6). */
	readonly maxTopics: number;
	/** How many paragraphs a noun must appear in to become a topic (default 2). */
	readonly minTopicParagraphs: number;
	/** Longest pledge summary, in characters, cut at a word (default 100). */
	readonly maxPledgeText: number;
	/** Longest apposition read as a role ("X, the country's ambassador to Y,"), in characters (default 80). */
	readonly maxApposition: number;
}

export const defaultDraftOptions: DraftOptions = {
	maxTopics: 6,
	minTopicParagraphs: 2,
	maxPledgeText: 100,
	maxApposition: 80,
};

/**
 * Words of titles and offices, in any English news text: a capitalized run that starts with them names a role, and
 * the capitalized words after them a person ("Chief of Naval Staff Admiral Pablo Diaz").
 */
const TITLE_WORDS = new Set(
	(
		'president vice prime minister ministry foreign secretary general chief staff army navy air force mayor ' +
		'governor councillor councilor councilman councilwoman senator ambassador envoy director chairman ' +
		'chairwoman chair spokesman spokeswoman spokesperson commander admiral colonel captain lieutenant sergeant ' +
		'king queen prince princess sheikh emir sultan dr mr mrs ms judge justice deputy regional state federal ' +
		'defence defense interior finance health trade energy commerce affairs home head leader speaker ceo ' +
		'chancellor premier representative special adviser advisor commissioner inspector officer professor prof ' +
		'bishop pope cardinal executive national security attorney police'
	).split(' '),
);
/**
 * Last words that make a capitalized run a place or a body, not a person, though it holds someone's name ("Otto
 * Lind Airport"). Not those that are common surnames too (Park, Hall, Church, Bank).
 */
const PLACE_HEADS = new Set(
	(
		'airport airbase base port station road avenue square hotel hospital university college school academy ' +
		'institute centre center stadium palace mosque cathedral temple museum library company corporation ' +
		'foundation agency ministry department office council commission committee forum summit conference province ' +
		'district county city town village island river valley'
	).split(' '),
);
// "Otto Lind air base", "Otto Lind naval base": a place's kind after a name, a word of it before it at most (not a
// verb: "Joe Biden took office"). Not "office", which people take.
const PLACE_AFTER = new RegExp(
	`^\\s+(?:(\\p{Ll}+)\\s+)?(?:${[...PLACE_HEADS].filter((head) => head !== 'office').join('|')})\\b`,
	'u',
);
/**
 * Parties that commit without a name: "the two sides agreed to", "the government intends to", "the prime minister
 * promised". Any office of `TITLE_WORDS` is one too.
 */
const BODY_NOUNS = new Set(
	'side sides country countries government governments nation nations cabinet ministry embassy office commission council committee parliament delegation leaders ministers'.split(
		' ',
	),
);
/** Verbs of holding an office in a relative clause ("X, who chairs the board"), with the office each makes. */
const RELATIVE_OFFICES: Readonly<Record<string, string>> = {
	heads: 'head of',
	leads: 'head of',
	runs: 'head of',
	oversees: 'head of',
	chairs: 'chair of',
	directs: 'director of',
	manages: 'manager of',
	commands: 'commander of',
	represents: 'representative of',
	'speaks for': 'spokesperson for',
};
const RELATIVE_ROLE = new RegExp(
	`^,\\s+who\\s+(${Object.keys(RELATIVE_OFFICES).join('|')})\\s+((?!for\\b)[^,.;]{3,}?)(?=,|\\.|;)`,
	'iu',
);
/** How many words a person's name has, a title left out ("Mia Park", "Tom Alan Reed Lopez"). */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
/** Words that join a title's words ("Chief of Army Staff"). */
const TITLE_JOINERS = new Set(['of', 'the', 'and', 'for']);
/** Titles that are only courtesy, not a role: "Mr Reed" has no office. */
const COURTESY = new Set(['mr', 'mrs', 'ms', 'dr', 'prof']);
const MONTHS_AND_DAYS = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);
/** Verbs that report speech: the capitalized run beside them is someone speaking ("Lopez said"). */
const SPEECH = /^\s*(?:said|says|told|added|stated|announced|noted|explained|warned|stressed)\b/u;
const SAID_BEFORE = /\b(?:said|says|according to)\s+$/u;
/**
 * Verbs that commit the subject to something to come. "will" alone commits only a party (a person or a name);
 * "the ferry will keep running" states a plan of nobody's.
 */
const COMMITTING =
	/\b(?:pledged|pledges|pledge|agreed to|agrees to|agree to|will|would|intends? to|intended to|(?:is|are|was|were) ready to|promised|promises|promise|plans? to|planned to|vowed to|vows to|vow to|committed to|commits to|offered to|offers to|undertook to|undertakes to)\b/giu;
/** "Lopez said Peru would pay": "would" reports a commitment only after a verb of saying. */
const SAID_EARLIER = /\b(?:said|says|told|announced|added|stated|promised|confirmed)\b/u;
/** Nouns too general to be a topic of any one event. */
const GENERIC_NOUNS = new Set(
	(
		'year years time times day days week weeks month months people thing things way part side number lot today ' +
		'statement talks talk meeting meetings country countries official officials report reports news source ' +
		'sources visit visits minister ministers percent situation side sides issue issues matter matters'
	).split(' '),
);

type DraftedPerson = Facts['people'][number];
type DraftedPledge = Facts['pledges'][number];

/** Country names and demonyms, and capitals, each lowercased, to their country (see `draftFacts`). */
interface PlaceNames {
	readonly countries: ReadonlyMap<string, string>;
	readonly capitals: ReadonlyMap<string, string>;
}

interface Found {
	readonly person: DraftedPerson;
	/** The last word of the role's title ("Mayor"), for aliases such as "Mayor Lopez" and "the mayor". */
	readonly title: string | undefined;
}

/**
 * Drafts the fact sheet of one source from its parsed text (paragraphs numbered within the source). `countries`
 * maps a country's adjective or name, lowercased, to its name ("chilean" → "Chile"), and `capitals` a capital to its
 * country ("santiago" → "Chile"), to tell whom a role serves.
 */
export function draftFacts(
	article: Pick<Article, 'paragraphs'> & { readonly meta?: Pick<ArticleMeta, 'outlet'> },
	countries: ReadonlyMap<string, string> = new Map(),
	options: Partial<DraftOptions> = {},
	capitals: ReadonlyMap<string, string> = new Map(),
): Facts {
	const settings: DraftOptions = { ...defaultDraftOptions, ...options };
	// The outlet is named in the dateline ("(Harbour Wire) —"), not as anyone in the story.
	const outlet = article.meta?.outlet ?? '';
	const people = draftPeople(article.paragraphs, { countries, capitals }, settings).filter(
		({ person }) => outlet === '' || !new RegExp(`(?:^|\\s)${escapeRegExp(person.name)}(?:\\s|$)`, 'u').test(outlet),
	);
	const topics = draftTopics(article.paragraphs, people, settings);
	const pledges = draftPledges(article.paragraphs, people, topics, settings);
	const usedTopics = new Set(pledges.map((pledge) => pledge.topic));
	if (usedTopics.has(OTHER_TOPIC.id)) topics.push(OTHER_TOPIC);
	return { people: people.map(({ person }) => person), topics, pledges };
}

const OTHER_TOPIC = { id: 'other', label: 'Other commitments', keywords: ['pledged'] };

/** Capitalized runs with their offsets: "Chief of Naval Staff Admiral Pablo Diaz", "Mia Park". */
function capitalizedRuns(text: string): { text: string; start: number; end: number; words: string[] }[] {
	const runs = [];
	// Words end at a full stop: "Santiago. Soto" is two sentences, not a name.
	const pattern = /\p{Lu}[\p{L}’'-]*(?:[ \t]+(?:(?:of|the|and|for)[ \t]+)?\p{Lu}[\p{L}’'-]*)*/gu;
	for (const match of text.matchAll(pattern)) {
		const raw = match[0].replace(/[’']+$/u, '').replace(/[’']s$/u, '');
		runs.push({ text: raw, start: match.index, end: match.index + raw.length, words: raw.split(/\s+/u) });
	}
	return runs;
}

/**
 * Where a title that the leading words alone do not make ends: "Additional Secretary for Europe Mia Park", "Harbour
 * Rail Chief Executive Officer Leo Stone". A title word with two or more name words after it ends the title, a
 * body's or a qualifier's words before it, and one word after "for" or "of" ("for Europe") belong to the office.
 */
function extendTitle(words: readonly string[], split: number): number {
	let end = split;
	for (let i = split; i < words.length - MIN_NAME_WORDS; i++) {
		const word = words[i] ?? '';
		// "Reed and Foreign Minister Mia Park": two people, not a title.
		if (word === 'and') break;
		if (!isTitleWord(word)) continue;
		end = i + 1;
		if ((words[end] === 'for' || words[end] === 'of') && words.length - (end + 2) >= MIN_NAME_WORDS) end += 2;
	}
	return end;
}

function isTitleWord(word: string): boolean {
	const norm = word.toLowerCase().replace(/\.$/u, '');
	// "FM", "CNS", "PM": an acronym before a name stands for its office.
	return TITLE_WORDS.has(norm) || /^[A-Z]{2,5}$/u.test(word);
}

function draftPeople(paragraphs: readonly Paragraph[], { countries, capitals }: PlaceNames, options: DraftOptions) {
	const found: Found[] = [];
	const taggedPeople = new Set<string>();
	// Capitalized common nouns ("Vaccine" of "Vaxo-9 Vaccine") make a run a thing, not a person.
	const commonNouns = new Set<string>();
	for (const paragraph of paragraphs) {
		const terms = (nlp(paragraph.text).json() as { terms: { text: string; tags: string[] }[] }[]).flatMap(
			(sentence) => sentence.terms,
		);
		for (const term of terms) {
			if (term.tags.some((tag) => ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'].includes(tag)))
				taggedPeople.add(term.text.replace(/[^\p{L}’'-]/gu, ''));
			else if (term.tags.includes('Noun') && !term.tags.includes('ProperNoun'))
				commonNouns.add(term.text.replace(/[^\p{L}’'-]/gu, ''));
		}
	}
	// A word the text also writes in lowercase ("vaccine") is no word of a name.
	const lowercase = new Set(paragraphs.flatMap((paragraph) => paragraph.text.match(/\b\p{Ll}[\p{L}-]*/gu) ?? []));
	// "Otto Lind air base", the place's kind in lower case: a place wherever else the text names it ("from Otto Lind").
	const places = new Set(
		paragraphs.flatMap(({ text }) =>
			capitalizedRuns(text).flatMap((run) => {
				const match = PLACE_AFTER.exec(text.slice(run.end));
				const between = match?.[1];
				// Tagged in its phrase: "air" of "air base" is no verb, "took" of "took office" is.
				const phrase = between === undefined ? undefined : nlp(`${run.text}${match?.[0] ?? ''}`);
				const verb = phrase?.match(between ?? '').has('#Verb') === true;
				return match !== null && !verb ? [run.text] : [];
			}),
		),
	);
	for (const paragraph of paragraphs) {
		const { text } = paragraph;
		const runs = capitalizedRuns(text);
		for (let r = 0; r < runs.length; r++) {
			const run = runs[r] as (typeof runs)[number];
			// Split the run into its title ("Regional Governor") and the name after it ("Mia Park").
			let split = 0;
			while (split < run.words.length - 1) {
				const word = run.words[split] ?? '';
				const adjective = countries.has(word.toLowerCase()) && isTitleWord(run.words[split + 1] ?? '');
				if (!isTitleWord(word) && !TITLE_JOINERS.has(word) && !adjective) break;
				split++;
			}
			while (split > 0 && TITLE_JOINERS.has(run.words[split - 1] ?? '')) split--;
			split = extendTitle(run.words, split);
			const titleWords = run.words.slice(0, split);
			let nameWords = run.words.slice(split);
			// "Foreign Secretary Mia Park and Leo Stone, the ambassador": two people, the second read as a run of its own.
			const and = nameWords.indexOf('and');
			if (and > 0 && and < nameWords.length - 1) {
				const rest = nameWords.slice(and + 1).join(' ');
				const start = run.start + run.text.lastIndexOf(rest);
				runs.splice(r + 1, 0, { text: rest, start, end: start + rest.length, words: nameWords.slice(and + 1) });
				nameWords = nameWords.slice(0, and);
			}
			// "Trade Minister Karl Weiss of Austria": what follows the name belongs to the role.
			const joiner = nameWords.findIndex((word) => TITLE_JOINERS.has(word));
			const servedPart = joiner > 0 && titleWords.length > 0 ? nameWords.slice(joiner).join(' ') : '';
			if (joiner > 0 && titleWords.length > 0) nameWords = nameWords.slice(0, joiner);
			if (nameWords.length < MIN_NAME_WORDS || nameWords.length > MAX_NAME_WORDS) continue;
			// A title after a first name is a surname ("Tariq Sheikh", "Carole King"); titles precede names.
			const last = nameWords.length - 1;
			if (
				nameWords.some(
					(word, i) =>
						(isTitleWord(word) && (i < last || /^[A-Z]{2,5}$/u.test(word))) ||
						TITLE_JOINERS.has(word) ||
						MONTHS_AND_DAYS.has(word.toLowerCase()),
				)
			)
				continue;
			// "Otto Lind Airport", "Maria Park Hospital": a place or a body named after someone.
			if (PLACE_HEADS.has(nameWords[last]?.toLowerCase() ?? '') || places.has(nameWords.join(' '))) continue;
			if (nameWords.some((word) => countries.has(word.toLowerCase()) || lowercase.has(word.toLowerCase()))) continue;
			const name = nameWords.join(' ');
			const after = text.slice(run.end);
			const appositive = new RegExp(
				`^,\\s+((?:the|a|an|(?:[\\p{Lu}][\\p{L}.-]*\\s+){0,3}[\\p{Lu}][\\p{L}]+[’']s|\\p{Ll}+)\\s+[^,.;]{3,${options.maxApposition}}?)(?=,|\\.|;)`,
				'u',
			).exec(after)?.[1];
			// "X, who heads the port authority,": the office a relative clause gives.
			// Only a body's: "who leads the polls", "who runs for mayor" hold no office.
			const relative = RELATIVE_ROLE.exec(after);
			const body = relative?.[2] ?? '';
			const relativeRole =
				relative === null ||
				body.length > options.maxApposition ||
				!(/\s\p{Lu}|^\p{Lu}/u.test(body) || body.split(/\s+/u).some((word) => BODY_NOUNS.has(word.toLowerCase())))
					? undefined
					: `${RELATIVE_OFFICES[relative[1]?.toLowerCase() ?? ''] ?? ''} ${body}`;
			// "X, the country's ambassador to Y,", "X, director of …": an apposition is a role only when it names an
			// office, and opens with an article, a possessive or the office itself.
			const opening = appositive?.split(/\s+/u)[0] ?? '';
			const apposition =
				appositive?.split(/\s+/u).some((word) => TITLE_WORDS.has(word.toLowerCase())) &&
				(/^(?:the|a|an)$|^\p{Lu}/u.test(opening) || TITLE_WORDS.has(opening))
					? appositive
					: undefined;
			// "the foreign office spokesperson, Mia Park, said": a role in lower case before the name, ending in an office.
			const before =
				/(?:^|[\s(])((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}\p{L}+[’']s)(?:\s+(?!(?:the|a|an|its|his|her|their)\s)\p{Ll}[\p{Ll}’'-]*){1,6}),\s*$/u.exec(
					text.slice(0, run.start),
				)?.[1];
			// "according to Harbour Board spokesman Mia Park": an office in lower case right before the name, after the
			// body it serves.
			const titled = /(?:^|[\s(])((?:\p{Lu}[\p{L}-]*\s+){0,4}(\p{Ll}+))\s+$/u.exec(text.slice(0, run.start));
			const roleBefore =
				before !== undefined && /^\s*(?:,|[.;]|$)/u.test(after) && TITLE_WORDS.has(before.split(/\s+/u).at(-1) ?? '')
					? before
					: titleWords.length === 0 && titled !== null && TITLE_WORDS.has(titled[2] ?? '')
						? titled[1]
						: undefined;
			const office = titleWords.filter((word) => !COURTESY.has(word.toLowerCase().replace(/\.$/u, '')));
			const speaks = SPEECH.test(after) || SAID_BEFORE.test(text.slice(0, run.start));
			const tagged =
				nameWords.some((word) => taggedPeople.has(word)) && !nameWords.some((word) => commonNouns.has(word));
			if (
				office.length === 0 &&
				apposition === undefined &&
				relativeRole === undefined &&
				roleBefore === undefined &&
				!speaks &&
				!tagged
			)
				continue;
			const known = found.find(({ person }) => isSameName(person.name, name));
			const role =
				office.length > 0 ? [...office, servedPart].join(' ').trim() : (apposition ?? relativeRole ?? roleBefore);
			if (known !== undefined) {
				// A later mention may give the role the first did not, or spell out what an acronym stood for.
				if (role !== undefined && describes(role) > describes(known.person.role)) {
					const index = found.indexOf(known);
					found[index] = describePerson(name, role, titleWords, paragraph, run, { countries, capitals }, found);
				}
				continue;
			}
			found.push(
				describePerson(name, role ?? UNKNOWN_ROLE, titleWords, paragraph, run, { countries, capitals }, found),
			);
		}
	}
	return addAliases(found, paragraphs);
}

const UNKNOWN_ROLE = 'Named in the report';

/** How much a role says: its words that are not acronyms ("Foreign Minister" says more than "FM"). */
function describes(role: string): number {
	return role === UNKNOWN_ROLE ? -1 : role.split(/\s+/u).filter((word) => !/^[A-Z]{2,5}$/u.test(word)).length;
}

/** "Tom Alan Reed" and "Tom Allan Reed": one person spelled two ways (same first and last name). */
function isSameName(a: string, b: string): boolean {
	const [x, y] = [a.split(' '), b.split(' ')];
	return a === b || (x[0] === y[0] && x.at(-1) === y.at(-1));
}

function describePerson(
	name: string,
	role: string,
	titleWords: readonly string[],
	paragraph: Paragraph,
	run: { text: string },
	{ countries, capitals }: PlaceNames,
	found: readonly Found[],
): Found {
	const surname = name.split(' ').at(-1) ?? name;
	let id = slugify(surname);
	for (let n = 2; found.some(({ person }) => person.id === id); n++) id = `${slugify(surname)}-${n}`;
	// "Minister of Trade of Austria", "Chile's ambassador", "Santiago's ambassador", "at the Chilean foreign
	// ministry": the country named;
	// not where one is posted ("Lima's ambassador to Quito" serves Peru, "the envoy on Haiti" not Haiti).
	const ofPlace = /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)$/u.exec(role)?.[1] ?? '';
	const served =
		countries.get(ofPlace.toLowerCase()) ??
		role
			.split(/\s+/u)
			.filter((_, i, words) => !/^(?:to|in|on|for)$/iu.test(words[i - 1] ?? ''))
			.map((word, i, words) => {
				const owner = word.replace(/[’']s$/u, '').toLowerCase();
				if (owner === word.toLowerCase()) return countries.get(owner);
				// A place or seat of power of two words ("South Korea's", "the White House's envoy") before one of them.
				return [`${words[i - 1] ?? ''} ${owner}`.toLowerCase(), owner]
					.map((key) => countries.get(key) ?? capitals.get(key))
					.find((country) => country !== undefined);
			})
			.find((country) => country !== undefined) ??
		'';
	const title = titleWords.filter((word) => !TITLE_JOINERS.has(word)).at(-1);
	return {
		person: {
			id,
			name,
			role,
			country: served,
			aliases: [],
			pin: { paragraph: paragraph.number, quote: run.text },
		},
		title,
	};
}

/** Surname; title + surname ("Mayor Lopez", "FM Reed") and "the mayor" where the text uses them. */
function addAliases(found: readonly Found[], paragraphs: readonly Paragraph[]): Found[] {
	const text = paragraphs.map((paragraph) => paragraph.text).join('\n');
	const surnames = found.map(({ person }) => person.name.split(' ').at(-1) ?? '');
	const titles = found.map(({ title }) => title?.toLowerCase());
	return found.map(({ person, title }, i) => {
		const surname = surnames[i] ?? '';
		const aliases = new Set<string>();
		// A surname two people share names neither.
		if (surnames.filter((other) => other === surname).length === 1) aliases.add(surname);
		const titled = new RegExp(`\\b([A-Z][\\p{L}]*\\.?)\\s+${escapeRegExp(surname)}\\b`, 'gu');
		for (const match of text.matchAll(titled)) {
			const before = match[1] ?? '';
			if (isTitleWord(before)) aliases.add(`${before} ${surname}`);
		}
		if (title !== undefined && titles.filter((other) => other === title.toLowerCase()).length === 1) {
			const common = `the ${title.toLowerCase()}`;
			if (new RegExp(`\\b${escapeRegExp(common)}\\b`, 'u').test(text)) aliases.add(common);
		}
		aliases.delete(person.name);
		return { person: { ...person, aliases: [...aliases] }, title };
	});
}

/** The nouns most paragraphs share, skipping names and words too general for a topic. */
function draftTopics(paragraphs: readonly Paragraph[], people: readonly Found[], options: DraftOptions) {
	const named = new Set(
		people.flatMap(({ person }) => [person.name, ...person.aliases].flatMap((name) => extractTerms(name))),
	);
	const byStem = new Map<string, { forms: Map<string, number>; paragraphs: Set<number> }>();
	for (const paragraph of paragraphs) {
		const terms = (nlp(paragraph.text).json() as { terms: { normal: string; tags: string[] }[] }[]).flatMap(
			(sentence) => sentence.terms,
		);
		for (const term of terms) {
			const tags = new Set(term.tags);
			if (!tags.has('Noun') || tags.has('ProperNoun') || tags.has('Pronoun') || tags.has('Date')) continue;
			if (tags.has('Value') || tags.has('Possessive')) continue;
			const word = normalizeWord(term.normal.replace(/[^\p{L}-]/gu, ''));
			if (word.length < 3 || isStopWord(word) || GENERIC_NOUNS.has(word) || TITLE_WORDS.has(word)) continue;
			const stem = extractTerms(word)[0];
			if (stem === undefined || named.has(stem)) continue;
			const entry = byStem.get(stem) ?? { forms: new Map(), paragraphs: new Set() };
			entry.forms.set(word, (entry.forms.get(word) ?? 0) + 1);
			entry.paragraphs.add(paragraph.number);
			byStem.set(stem, entry);
		}
	}
	return [...byStem.values()]
		.filter((entry) => entry.paragraphs.size >= options.minTopicParagraphs)
		.sort((a, b) => b.paragraphs.size - a.paragraphs.size)
		.slice(0, options.maxTopics)
		.map((entry) => {
			const forms = [...entry.forms.entries()].sort((a, b) => b[1] - a[1]).map(([form]) => form);
			const label = forms[0] ?? '';
			return { id: slugify(label), label: `${label.charAt(0).toUpperCase()}${label.slice(1)}`, keywords: forms };
		});
}

function draftPledges(
	paragraphs: readonly Paragraph[],
	people: readonly Found[],
	topics: readonly Facts['topics'][number][],
	options: DraftOptions,
): DraftedPledge[] {
	const pledges: DraftedPledge[] = [];
	let lastPerson: DraftedPerson | undefined;
	// A word the text capitalizes inside a sentence is a name, wherever it opens one ("Lavrov pledged …").
	const namesWritten = new Set(
		paragraphs.flatMap((paragraph) =>
			paragraph.sentences.flatMap((sentence) => sentence.text.match(/(?<=\p{L}[,;:]?\s+)\p{Lu}\p{Ll}+/gu) ?? []),
		),
	);
	for (const paragraph of paragraphs) {
		for (const sentence of paragraph.sentences) {
			const mentioned = findPeopleIn(sentence.text, people);
			const quote = sentence.text.trim();
			// The first committing verb with a party: "X will open …, the mayor promised" commits the mayor.
			for (const verb of sentence.text.matchAll(COMMITTING)) {
				const pledge = readPledge(sentence.text, verb, people, topics, lastPerson, namesWritten, options);
				if (pledge === undefined) continue;
				if (!pledges.some((other) => other.pin.paragraph === paragraph.number && other.pin.quote === quote)) {
					pledges.push({ ...pledge, pin: { paragraph: paragraph.number, quote } });
				}
				break;
			}
			lastPerson = mentioned.at(-1) ?? lastPerson;
		}
	}
	return pledges;
}

function readPledge(
	sentence: string,
	verb: RegExpExecArray | RegExpMatchArray,
	people: readonly Found[],
	topics: readonly Facts['topics'][number][],
	lastPerson: DraftedPerson | undefined,
	namesWritten: ReadonlySet<string>,
	options: DraftOptions,
): Omit<DraftedPledge, 'pin'> | undefined {
	const at = verb.index ?? 0;
	const subject = sentence.slice(0, at);
	if (verb[0].toLowerCase() === 'would' && !SAID_EARLIER.test(subject)) return undefined;
	const after = sentence.slice(at + verb[0].length);
	const ending = after.replace(/[\s.!”"’]+$/u, '') === '';
	// "Work will start in May, the mayor promised": the committing party stands after the verb's clause.
	const reported = ending ? /,\s+(\p{Ll}[^,]*?)\s*$/u.exec(subject)?.[1] : undefined;
	const party = findParty(reported ?? subject, people, lastPerson, namesWritten);
	if (party === undefined) return undefined;
	const action = (ending ? subject.replace(/,[^,]*$/u, '') : after).trim();
	// "will be established", "will be hard": a state to come, not a commitment.
	if (/^(?:be|not|have been)\b/iu.test(action.replace(/^(?:also|soon|now)\s+/iu, ''))) return undefined;
	const text = summarize(action, options.maxPledgeText);
	// A bare verb ("Commence") says nothing a reader could check.
	if (!text.includes(' ')) return undefined;
	return {
		by: [party.name],
		speaker: party.person?.id,
		to: findRecipient(after, party.name) ?? findRecipient(sentence, party.name) ?? 'not stated',
		topic: findTopic(sentence, topics),
		text,
		also: [],
	};
}

function findPeopleIn(text: string, people: readonly Found[]): DraftedPerson[] {
	return people
		.map(({ person }) => ({
			person,
			at: Math.max(...[person.name, ...person.aliases].map((name) => text.lastIndexOf(name))),
		}))
		.filter(({ at }) => at >= 0)
		.sort((a, b) => a.at - b.at)
		.map(({ person }) => person);
}

/** Who commits: a person named (or a pronoun for the last one named), else a name or "we" of an organization. */
function findParty(
	subject: string,
	people: readonly Found[],
	lastPerson: DraftedPerson | undefined,
	namesWritten: ReadonlySet<string>,
): { name: string; person: DraftedPerson | undefined } | undefined {
	const party = (who: DraftedPerson) => ({
		name: who.country === '' ? who.name : who.country,
		person: who,
	});
	// "We have provided … and intend to provide": a pronoun that opens the clause is the last person named.
	if (/^[\s“"‘']*(?:he|she|we|i)\b/iu.test(subject) || /\b(?:he|she|we|i)\s*$/iu.test(subject.trim())) {
		return lastPerson === undefined ? undefined : party(lastPerson);
	}
	const person = findPeopleIn(subject, people).at(-1);
	if (person !== undefined) return party(person);
	const names = capitalizedRuns(subject)
		.map((run) => run.words.filter((word) => !MONTHS_AND_DAYS.has(word.toLowerCase())).join(' '))
		.filter(
			(name, i) =>
				name !== '' &&
				!/^\p{Lu}\p{Ll}+ing$/u.test(name) &&
				!(i === 0 && subject.trimStart().startsWith(name) && !namesWritten.has(name) && isCommonOpener(name)),
		);
	const name = names.at(-1);
	if (name !== undefined) return { name, person: undefined };
	// "the two sides", "the government", "the prime minister": the nearest body or office before the verb.
	const bodies = [
		...subject.matchAll(/\b(?:[Tt]he|[Bb]oth|[Ii]ts|[Tt]heir)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}+))\b/gu),
	].filter((match) => BODY_NOUNS.has(match[2] ?? '') || TITLE_WORDS.has(match[2] ?? ''));
	const body = bodies.at(-1);
	return body === undefined
		? undefined
		: { name: body[0].replace(/^\p{Lu}/u, (first) => first.toLowerCase()), person: undefined };
}

/** A capitalized word that opens a sentence and would be lowercase elsewhere ("The", "Work", "Residents"). */
function isCommonOpener(word: string): boolean {
	if (/\p{Ll}ing$/u.test(word) || word.includes(' ')) return /\p{Ll}ing$/u.test(word);
	const tags = (nlp(word.toLowerCase()).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
	return !tags.includes('ProperNoun') && !tags.includes('Person') && !tags.includes('Place');
}

function findRecipient(after: string, by: string): string | undefined {
	for (const match of after.matchAll(/\b(?:to|with|for)\s+((?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)/gu)) {
		const name = match[1] ?? '';
		if (name !== by && !MONTHS_AND_DAYS.has(name.toLowerCase())) return name;
	}
	return undefined;
}

function findTopic(sentence: string, topics: readonly Facts['topics'][number][]): string {
	const terms = new Set(extractTerms(sentence));
	const topic = topics.find((each) =>
		each.keywords.some((keyword) => extractTerms(keyword).every((term) => terms.has(term))),
	);
	return topic?.id ?? OTHER_TOPIC.id;
}

/** "pay half of the cost of the bridge from the regional budget." → "Pay half of the cost of the bridge from …". */
function summarize(action: string, max: number): string {
	let text =
		action
			.replace(/^(?:to|also|soon|now)\s+/iu, '')
			.split(/[;:.”"]|,\s(?=(?:\p{Ll}+\s){1,3}(?:said|added|told|announced|promised)\b)/u)[0] ?? '';
	text = text.replace(/[\s,]+$/u, '').trim();
	if (text.length > max) text = `${text.slice(0, text.lastIndexOf(' ', max - 1))} …`;
	return text === '' ? '' : `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function slugify(text: string): string {
	const slug = text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/gu, '-')
		.replace(/^-+|-+$/gu, '');
	return slug === '' ? 'item' : slug;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
