import type { EntityType, PartOfSpeech } from '../lexicon/lexicon-data.js';
import { tagWords } from '../text/load-tagger.js';
import { ATTRIBUTION_VERBS, AUXILIARIES, DETERMINERS, SUPPORT_VERBS } from '../text/word-classes.js';
import { asksWhen, asksWhere, dropCopula, ROUTE_ASKED } from './answer-type.js';

/** What kind of short answer a question asks for. */
export type QuestionKind = 'quantity' | 'time' | 'place' | 'person' | 'definition' | 'other';

/** What a question about the article itself (not its content) asks for. */
export type MetadataField = 'author' | 'date' | 'dateline' | 'outlet' | 'url' | 'title' | 'highlights';

// Up to two words qualifying a place asked for ("which Kyrgyz city", "what Central Asian country"), none a verb's
// auxiliary or a determiner ("what does the city …" asks something of a city).
const PLACE_QUALIFIER =
	'(?:(?!(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|the|a|an|of|this|that)\\b)[\\p{L}-]+ ){0,2}?';
const PLACE_ASKED = new RegExp(
	`\\b(?:what|which) (?:other |two |2 |both )?${PLACE_QUALIFIER}(cit(?:y|ies)|countr(?:y|ies)|places?|capitals?|regions?|venues?)\\b`,
	'iu',
);

/** The noun of a place asked for ("city" of "which Kyrgyz city …"), if the question asks for one so. */
export function findPlaceNounAsked(question: string): string | undefined {
	return PLACE_ASKED.exec(question)?.[1]?.toLowerCase();
}

const KIND_PATTERNS: readonly [QuestionKind, RegExp][] = [
	[
		'quantity',
		/\bhow (?:many|much|long(?! ago)|far|big|large|often)\b|\bwhat (?:number|amount|percent(?:age)?|share|volume)\b|\bwhat\s*%|^(?!(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\b)(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:capacity|size|cost|price|value|volume|amount|number|length|rate|budget|population|total)\s+(?:of|for)\b|^what(?:'s|’s| is| was| are)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:capacity|size|cost|price|value|volume|amount|number|length|rate|budget|population|total)\b/u,
	],
	['time', /\b(?:what|which) (?:date|day|time|year|month|decade)\b|\bhow long ago\b/u],
	['place', new RegExp(`${PLACE_ASKED.source}|${ROUTE_ASKED.source}`, 'u')],
	['person', /^(?:and |so )?who(?:m|se)?\b|\b(?:what|which) (?:person|official|minister|leader|people|group)\b/u],
];

/** Question words that ask their kind only where they ask, not where they open a clause. */
const QUESTION_WORD_KINDS: readonly [(text: string) => boolean, RegExp, QuestionKind][] = [
	[asksWhen, /\bwhen\b/u, 'time'],
	[asksWhere, /\bwhere\b/u, 'place'],
];

/**
 * The kind of short answer a noun that names an entity asks for: "which minister" a person, "the deadline" a time.
 * Not a place: "what site did he post on" asks for a website; the places asked for are in `KIND_PATTERNS`.
 */
const KIND_OF_ENTITY: Readonly<Partial<Record<EntityType, QuestionKind>>> = {
	person: 'person',
	date: 'time',
};

/**
 * Reads the kind of answer a question wants from its wording: the question word that comes first decides ("Which
 * country did he come from when he arrived?" asks for a place, though "when" follows). Failing that, the kind of
 * entity its answer noun names (see `findAnswerNoun`), from the lexicon.
 */
export function classifyQuestion(question: string, answerEntity?: EntityType): QuestionKind {
	const kind = classifyWorded(question, answerEntity);
	const named = kind === 'other' ? dropCopula(question) : undefined;
	return named === undefined ? kind : classifyWorded(named, answerEntity);
}

function classifyWorded(question: string, answerEntity?: EntityType): QuestionKind {
	const text = question.trim().toLowerCase();
	let first: { kind: QuestionKind; at: number } | undefined;
	for (const [kind, pattern] of KIND_PATTERNS) {
		const at = pattern.exec(text)?.index;
		if (at !== undefined && (first === undefined || at < first.at)) first = { kind, at };
	}
	// "When did …" asks a time, "where did …" a place; "what did he say when he landed", "which body held the summit
	// in Lima where …" do not (see `asksWhen`, `asksWhere`).
	for (const [asks, word, kind] of QUESTION_WORD_KINDS) {
		const at = asks(text) ? Math.max(0, text.search(word)) : -1;
		if (at !== -1 && (first === undefined || at < first.at)) first = { kind, at };
	}
	if (first !== undefined) return first.kind;
	if (readDefinitionAsked(question) !== undefined) return 'definition';
	return (answerEntity === undefined ? undefined : KIND_OF_ENTITY[answerEntity]) ?? 'other';
}

const QUESTION_WORD = /\b(?:who|whom|whose|which|what|where|when|why|how)\b/iu;
// Nouns that name a kind of answer without naming an entity: a number, a share, a measure, a name, a route.
const ANSWER_NOUNS =
	/^(?:number|numbers|percentage|percent|share|capacity|size|amount|quantity|total|cost|price|value|name|names|duration|length|route|figure)$/u;
// What ends a noun phrase's leading words: a preposition or a determiner opening what qualifies it ("deadline for
// the withdrawal", "year the war ended").
const PHRASE_BREAK = /^(?:of|for|in|at|on|to|from|by|with|between|behind|since|after|before|during|under|over|per)$/u;

/**
 * A question typed as a bare noun phrase ("deadline for the troop withdrawal?", "the pipeline's daily capacity")
 * asks for what it names, as "what is …" does, or "who is …" for a person ("Peru's trade minister?"): so worded,
 * the later stages read the kind of answer it asks for.
 * The phrase's leading words hold no verb ("reed flew in from Lima?" asks yes or no) and end in a noun.
 */
export function askNounPhrase(
	question: string,
	lookUp: (norm: string) => { readonly pos: PartOfSpeech; readonly entity?: EntityType } | undefined,
	isName: (norm: string) => boolean = () => false,
): string {
	const partOfSpeechOf = (norm: string) => lookUp(norm)?.pos;
	const text = question.trim();
	const typed = [...text.matchAll(/[\p{L}\d'’-]+/gu)];
	const words = typed.map(([word]) => word.toLowerCase());
	if (words.length < 2 || QUESTION_WORD.test(text) || AUXILIARIES.has(words[0] ?? '')) return question;
	// A phrase that stands for a question of its own kind: "endpoint of the line?" asks where it ends.
	const bare = text.replace(/[?.!\s]+$/u, '');
	for (const [pattern, asked] of PHRASE_QUESTIONS) {
		const match = pattern.exec(bare);
		if (match !== null) return asked.replace(/\$(\d)/gu, (_, n: string) => match[Number(n)] ?? '');
	}
	const start = DETERMINERS.has(words[0] ?? '') ? 1 : 0;
	// A name after a noun opens a clause ("the decade peru and chile backed …"), as a determiner does.
	const found = words.findIndex(
		(word, i) =>
			i >= start &&
			(PHRASE_BREAK.test(word) ||
				DETERMINERS.has(word) ||
				(i > start && isName(word) && partOfSpeechOf(words[i - 1] ?? '') === 'noun')),
	);
	const end = found === -1 ? words.length : found;
	const lead = words.slice(start, end).map((word) => word.replace(/['’]s?$/u, ''));
	const head = lead.at(-1);
	// A word English lacks, typed in lower case, may be a slip of a question word or a verb.
	const unfit = (word: string, i: number) =>
		(partOfSpeechOf(word) === 'verb' && !/ing$/u.test(word)) ||
		(partOfSpeechOf(word) === undefined && !isName(word) && !/^\p{Lu}/u.test(typed[start + i]?.[0] ?? ''));
	if (head === undefined || partOfSpeechOf(head) !== 'noun' || lead.some(unfit)) return question;
	// Only a noun naming a kind of answer ("deadline", "venue", "capacity"): "Reed's remarks on trade" is a search,
	// and asked as "what is …" its "remarks" would be a detail the article must name.
	const entity = lookUp(head)?.entity;
	if (entity === undefined && !ANSWER_NOUNS.test(head)) return question;
	// "Year the war ended": the clause after the head says which, as "the year in which the war ended" does.
	const clause = DETERMINERS.has(words[end] ?? '') || isName(words[end] ?? '') ? typed[end]?.index : undefined;
	const phrase = clause === undefined ? text : `${text.slice(0, clause)}in which ${text.slice(clause)}`;
	// A common word opening the question is capitalized as the sentence's first, no name ("Number of …", "US …").
	const first = /^\p{Lu}\p{Ll}+\b/u.exec(phrase)?.[0];
	const opened =
		first !== undefined && partOfSpeechOf(first.toLowerCase()) !== undefined
			? first.toLowerCase() + phrase.slice(first.length)
			: phrase;
	// "Peru's trade minister?" asks who holds the office.
	if (entity === 'person' && clause === undefined) return `who is ${opened}`;
	return `what is ${start === 1 ? '' : 'the '}${opened}`;
}

/** Phrases typed for a question, and the question each stands for ($n: the phrase's groups, as typed). */
// What has a start and an end as a place: "the ferry line"; "start of the talks" asks when, "end of the war" no place.
const ROUTE = String.raw`((?:.*\b)?(?:line|pipeline|route|road|railway|corridor))`;
const START = 'starting point|start point|origin|start';
const END = 'end ?point|destination|end';
const PHRASE_QUESTIONS: readonly (readonly [RegExp, string])[] = [
	[new RegExp(`^(?:the )?(?:${START}) of ${ROUTE}$`, 'iu'), 'where does $1 start'],
	[new RegExp(`^(?:the )?(?:${END}) of ${ROUTE}$`, 'iu'), 'where does $1 end'],
	[new RegExp(`^${ROUTE}['’]s? (?:${START})$`, 'iu'), 'where does $1 start'],
	[new RegExp(`^${ROUTE}['’]s? (?:${END})$`, 'iu'), 'where does $1 end'],
	// "Length of the visit" or of the line: a length of time or of way, as "how long is" asks.
	[/^(?:the )?(?:length|duration) of (.+)$/iu, 'how long is $1'],
	[/^(?:the )?(?:gap|time) since (.+)$/iu, 'how long is it since $1'],
	// "The trade growth figure cited by Reed": a number.
	[/^(?:the )?((?:[\p{L}-]+ ){0,3})(figure|total)\b(.*)$/iu, 'how much is the $1$2$3'],
];

const NAME_TAIL = /\s*,?\s+((?:full|first|official|given)\s+)?names?\s*\??\s*$/iu;
// What stops the words of an owner before "'s name": "what is the army chief's name" owns by "army chief".
const NOT_OWNER = /^(?:the|a|an|is|are|was|were|what|whats|who|whos|which|of|for|to|in|on|at|and|or|s)$/iu;
const OWNER_WORDS = 4;

/**
 * "What is the name of the Peruvian FM" as "who is the Peruvian FM": the name of someone an office or title describes
 * is who holds it. `describesPerson` tells whether a phrase fits the role of someone of the fact sheet.
 */
export function askWhoIsNamed(question: string, describesPerson: (phrase: string) => boolean): string {
	const asked = NAME_OF_ASKED.exec(question);
	const phrase = asked?.[1];
	return phrase !== undefined && describesPerson(phrase) ? `who is ${phrase}?` : question;
}

// Not a full, first or given name: "Reed's full name" asks more of a name than the article may give.
const NAME_OF_ASKED = /^\s*what(?:['’]s|\s+is|\s+was)\s+the\s+name\s+of\s+(.+?)[\s?.!]*$/iu;

/**
 * "The army chief's name" as "the name of the army chief", as the later stages read a name asked for. Not "Peru's
 * name for the plan": a name the owner gives something.
 */
export function nameOwnerAsked(question: string): string {
	// "Lima's top diplomat, full name?", "peruvian vaccine name?": the thing, then the name asked.
	const tail = NAME_TAIL.exec(question);
	const thing = tail === null ? '' : question.slice(0, tail.index).trim();
	// "The ferry's name" is read below, by its owner.
	if (tail !== null && !QUESTION_WORD.test(question) && !/['’]s?$/u.test(thing)) {
		// "the Peru foreign minister", but "Reed", "Lyon's mayor" as typed.
		const determined = /^(?:the|a|an)\s/iu.test(thing) || /['’]s\b/u.test(thing) || /^\p{Lu}\p{Ll}/u.test(thing);
		return `what is the ${tail[1] ?? ''}name of ${determined ? '' : 'the '}${thing}?`;
	}
	const named = /['’]s?\s+((?:full|official|first|given)\s+)?(names?)\b(?!\s+for\b)/iu.exec(question);
	if (named === null) return question;
	const before = [...question.slice(0, named.index).matchAll(/[\p{L}\d-]+/gu)];
	let from = before.length;
	while (from > 0 && before.length - from < OWNER_WORDS && !NOT_OWNER.test(before[from - 1]?.[0] ?? '')) from--;
	const first = before[from];
	if (first === undefined) return question;
	const owner = question.slice(first.index, named.index);
	const start = /\bthe\s+$/iu.test(question.slice(0, first.index))
		? question.slice(0, first.index).lastIndexOf('the')
		: first.index;
	return `${question.slice(0, start)}the ${named[1] ?? ''}${named[2]} of the ${owner}${question.slice(named.index + named[0].length)}`;
}

/** The word a question asks the meaning of: "what is the IGC?", "what does SCO stand for", "what does X even mean". */
export function readDefinitionAsked(question: string): string | undefined {
	const text = question.trim();
	return (
		/^what(?:'s|’s| is| are| was| does)\s+(?:the\s+|an?\s+)?([\p{L}\d-]+)\s*(?:stand for|(?:even\s+)?mean)?\s*\??$/iu.exec(
			text,
		)?.[1] ??
		// "WTO stands for?": the question word left out.
		/^([\p{Lu}\d-]{2,})\s+(?:stands?\s+for|means?)\s*\??$/u.exec(text)?.[1]
	);
}

// "What is the (current) X of Y?", "Which X of Y …": X is what the question asks for; not a verb in "-ing" without an
// article ("who was waiting for …"), though "the funding for" is a noun.
// "How much is the fee for …" asks the fee, as "what is the fee for …" does.
const FOCUS =
	/^\s*(?:what|which|who|how\s+(?:much|many))(?:['’]s|\s+(?:is|are|was|were))\s+(?:(the\s+|an?\s+)([\p{L}-]+\s+)?)?([\p{L}-]+)\s+(?:of|for|in|at|on|between|to)\b/iu;
// Foci that ask about what follows them ("the aim of the pipeline" asks about the pipeline) rather than name a fact;
// "in what ways …" asks how.
const OPEN_FOCUS = new Set(
	`aim aims purpose goal goals point status outcome outcomes result results significance importance meaning nature
	scope reason reasons cause effect effects impact extent future background context gist substance details upshot
	summary overview way ways manner means
	name names title topic topics subject subjects focus theme themes`.split(/\s+/u),
);

// "Which X did …", "What kind of X is …": X, the last word before the verb, names what the answer is.
const WHICH_FOCUS =
	/^\s*(?:(?:and|so|in|at|from|by|of|to|for|with)\s+)?(?:which|what)\s+(?:[\p{L}’'-]+\s+){0,2}?([\p{L}-]+)\s+(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should)\b/iu;

/** What a question asks for in particular (see `findQuestionFocus`). */
export interface QuestionFocus {
	/** The word, lowercased. */
	readonly word: string;
	/** Whether it asks about what follows it ("the aim of the pipeline") rather than names a fact ("the price of"). */
	readonly open: boolean;
	/** `of` for "what is the X of Y", whose X the article must name; `which` for "which X did …". */
	readonly form: 'of' | 'which';
	/** A word qualifying X ("main" of "the main aim of"), lowercased: it goes with X, asked or not. */
	readonly modifier?: string;
}

// "The Taliban fell in which year?", "… met on what day, acc to the article": "which X" after the verb, in chat.
const LATE_WHICH_FOCUS = /(?<=\S\s+)(?:in|on|at|during|from)\s+(?:which|what)\s+([\p{L}-]+)\b/iu;

// "At the level of which body did …", "the founding of which state is …": fronted before the verb, the noun after "of
// which" is the thing asked, as in "which X did". Not after the verb: "Reed is the mayor of which city" asks whose
// mayor he is, as "whose" does.
const OF_WHICH_FOCUS =
	/(?<=\S\s+)(?:of|for)\s+(?:which|what)\s+(?:[\p{L}’'-]+\s+){0,2}?([\p{L}-]+)\s+(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should)\b/iu;

// "How much wheat …", "how many tanks …": the thing measured.
const MEASURED_FOCUS =
	/^\s*(?:(?:and|so)\s+)?how\s+(?:much|many)\s+(?!(?:of|is|are|was|were|will|would|did|does|do|has|have|had|can|could)\b)([\p{L}-]+)\s/iu;

/** Finds the word a "what is the X of Y", "which X did …" or "how much X …" question asks for. */
export function findQuestionFocus(question: string): QuestionFocus | undefined {
	const [, article, modifier, found] = FOCUS.exec(question) ?? [];
	// "How much is that in euros" names no thing: only "how much is the X" does.
	const of = article === undefined && /^\s*how\b/iu.test(question) ? undefined : found?.toLowerCase();
	// "the current population of" asks the population; "the Kremlin angling for" asks nothing of "angling".
	// So does "what is the board supposed to do" of "supposed", a verb's participle.
	if (of !== undefined && ((article !== undefined && modifier === undefined) || !/ing$|(?<!e)ed$/u.test(of))) {
		const focus: QuestionFocus = { word: of, open: OPEN_FOCUS.has(of), form: 'of' };
		return modifier === undefined ? focus : { ...focus, modifier: modifier.trim().toLowerCase() };
	}
	const match =
		WHICH_FOCUS.exec(question) ??
		MEASURED_FOCUS.exec(question) ??
		LATE_WHICH_FOCUS.exec(question) ??
		OF_WHICH_FOCUS.exec(question);
	const which = match === null ? undefined : headBeforePreposition(match[0], match[1]?.toLowerCase());
	return which === undefined ? undefined : { word: which, open: OPEN_FOCUS.has(which), form: 'which' };
}

// "Which meeting in Lima did …": a noun qualified by a phrase after it is the head, not the phrase's last word.
const QUALIFYING_PREPOSITION = /^(?:which|what)\s+(?:[\p{L}’'-]+\s+){0,2}?([\p{L}’'-]+)\s+(?:in|at|on|from|with)\s/iu;

function headBeforePreposition(phrase: string, last: string | undefined): string | undefined {
	const head = QUALIFYING_PREPOSITION.exec(
		phrase.trim().replace(/^(?:(?:and|so|in|at|from|by|of|to|for|with|on)\s+)/iu, ''),
	)?.[1];
	return head === undefined ? last : head.toLowerCase().replace(/['’]s?$/u, '');
}

// "Which French minister held …", "what new bridge will …": the words after "which" or "what", up to the verb.
const WHICH_PHRASE =
	/^\s*(?:(?:and|so|in|at|from|by|of|to|for|with|on)\s+)?(?:which|what)\s+((?:[\p{L}’'-]+\s+){1,5})/iu;
const WHICH_PHRASE_WORDS = 4;

// "The name of Chile's vaccine", "what's the vaccine called": the thing whose name is asked.
const NAME_OF = /\b(?:name|names|title)\s+of\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}\d’'-]+\s*){1,5})/iu;
const CALLED = /^\s*what(?:['’]s|\s+(?:is|are|was|were))\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}\d’'-]+\s+){1,8})called\b/iu;

/** Whether a question asks for the name of something ("what's the X called", "the name of the X"). */
export function asksForName(question: string): boolean {
	return NAME_OF.test(question) || CALLED.test(question);
}

/**
 * The noun whose name a question asks for: the last common noun of the first run of them, by the tagger ("the
 * Chilean vaccine Peru got" → vaccine; "the energy project with …" → project).
 */
function findThingNamed(question: string): string | undefined {
	const phrase = NAME_OF.exec(question)?.[1] ?? CALLED.exec(question)?.[1];
	if (phrase === undefined) return undefined;
	let head: string | undefined;
	for (const word of tagWords(phrase)) {
		const noun = word.tags.has('Noun') && !word.tags.has('ProperNoun') && !word.tags.has('Possessive');
		if (noun) head = word.normal;
		else if (head !== undefined) break;
	}
	return head;
}

/**
 * The noun that names what a question asks for: the X of "what is the X of Y" or "which X did …" (see
 * `findQuestionFocus`), or the last word before the verb of "which A B <verb> …", told by the lexicon's parts of
 * speech ("Which French minister held …" → minister). Undefined for an open focus ("the aim of").
 */
export function findAnswerNoun(question: string, isVerb: (norm: string) => boolean): string | undefined {
	const named = findThingNamed(question);
	if (named !== undefined) return named;
	const focus = findQuestionFocus(question);
	if (focus?.form === 'of') return focus.open ? undefined : focus.word;
	const words = WHICH_PHRASE.exec(question)?.[1]?.toLowerCase().trim().split(/\s+/u) ?? [];
	// "What did the minister say …" asks what was said: "what" is the object, not a noun's determiner.
	if (AUXILIARIES.has(words[0] ?? '')) return undefined;
	// "Which ministry said Reed was …": the noun ends at the first verb, not at the auxiliary after it.
	const verb = words.findIndex(
		(word, i) => i > 0 && (AUXILIARIES.has(word) || ATTRIBUTION_VERBS.has(word) || isVerb(word)),
	);
	if (verb > 0 && verb <= WHICH_PHRASE_WORDS) {
		return headBeforePreposition(`which ${words.slice(0, verb).join(' ')} `, words[verb - 1]);
	}
	return focus === undefined || focus.open ? undefined : focus.word;
}

// Nouns a question calls the article by: "the story's title" is the article's, "Reed's title" a person's office.
const ARTICLE_NOUNS = /^(?:article|story|report|piece|item|source|post)$/u;

/**
 * Recognizes questions about the article's provenance ("who wrote this article?", "when was it published?"),
 * which are answered from its metadata rather than its text.
 */
export function detectMetadataQuestion(question: string): MetadataField | undefined {
	const text = question.trim().toLowerCase();
	const aboutArticle = /\b(article|story|report|piece|this|it|news item|source)\b/u.test(text);
	// "who even wrote this": an adverb may stand between.
	if (
		/\b(who (?:(?:even|actually|really|exactly|originally)\s+)?(wrote|authored|penned|reported|filed)|author|(?:written|penned) by|byline|reporter|journalist)\b/u.test(
			text,
		)
	) {
		return aboutArticle || /\bauthor|byline\b/u.test(text) ? 'author' : undefined;
	}
	// "What site did the mayor post on?" asks about the story's content: the outlet is asked of the article itself.
	if (
		/\bpublished (by|in|where)\b/u.test(text) ||
		(aboutArticle && /\b(which|what) (outlet|newspaper|paper|publication|site|website|agency)\b/u.test(text))
	) {
		return 'outlet';
	}
	// "What city is the story datelined from?": the place it was filed from, asked of the article.
	if (
		/\bdatelined?\b/u.test(text) ||
		(aboutArticle &&
			/\b(filed|reported|written|sent) from\b|\bfrom (which|what) (city|place|town)\b.*\b(filed|reported|written|sent)\b/u.test(
				text,
			))
	) {
		return 'dateline';
	}
	if (aboutArticle && /\b(published|publication date|dated|date of (the|this) (article|story))\b/u.test(text)) {
		return 'date';
	}
	if (aboutArticle && /\b(link|url|where can i read|original)\b/u.test(text)) return 'url';
	// "What's Reed's title?" asks for a person's office, not the story's.
	const owned = /(\p{L}+)['’]s? (?:\p{L}+ )?title\b|\b(?:his|her|their|whose) (?:\p{L}+ )?title\b/u.exec(text);
	// "what's the title" is no one's: a question word or a pronoun before "'s" is a contraction of "is".
	const personsTitle =
		owned !== null &&
		!ARTICLE_NOUNS.test(owned[1] ?? '') &&
		!/^(?:what|who|that|it|there|here|where|how)$/u.test(owned[1] ?? '');
	// "Per the bullet points up top", "what does the headline say about …", "the headline summary": the lines above
	// the body, not its title.
	if (
		/\b(?:bullet(?:s| points?)|highlights|teaser|standfirst|sub-?heads?|the headlines)\b/u.test(text) ||
		/\bheadline (?:says?|said|mentions?)\b/u.test(text) ||
		(/\bsummary\b/u.test(text) && /\b(?:article|story|report|piece|headline)['’]?s?\b/u.test(text))
	) {
		return 'highlights';
	}
	// A headline is only ever an article's; a title may be a person's.
	if (/\bheadline\b/u.test(text) || (aboutArticle && /\btitle\b/u.test(text) && !personsTitle)) return 'title';
	return undefined;
}

// "What did X say about Y", "Did they discuss Y", "What was agreed on Y": Y is the topic asked about.
const TOPIC =
	/\b(about|regarding|concerning|on|discuss(?:ed|es|ing)?|mention(?:ed|s)?)\s+((?:the\s+|a\s+|an\s+)?[\p{L}\d-]+(?:\s+[\p{L}\d-]+){0,2})\s*[?.!]*\s*$/iu;

/** The topic a question ends with, and whether the article must have it for anything it says to answer. */
export interface QuestionTopic {
	readonly words: string[];
	/**
	 * "About", "discussed", "said on", "on Chile": the question is about nothing else. "On" after any other word also
	 * opens a place or an idiom ("waiting on the runway", "on schedule", "on the map"): its topic weighs in the ranking
	 * but is not required.
	 */
	readonly required: boolean;
}

/** The words of the topic a question asks about, when it ends with one ("what did Soto say about North Korea"). */
export function findQuestionTopic(question: string): QuestionTopic {
	const text = question.trim();
	const match = TOPIC.exec(text);
	const [, preposition = '', topic] = match ?? [];
	// "Congratulated Peru on which achievement?": a question word asks there; it names no topic.
	if (match === null || topic === undefined || /\b(?:which|what|whose|whom|who)\b/iu.test(topic)) {
		return { words: [], required: false };
	}
	const named = topic.replace(/^(?:the|a|an)\s+/iu, '');
	const before = /([\p{L}'’]+)\s*$/u.exec(text.slice(0, match.index))?.[1]?.toLowerCase() ?? '';
	return {
		words: named.toLowerCase().split(/\s+/u),
		required: preposition.toLowerCase() !== 'on' || ATTRIBUTION_VERBS.has(before) || /^\p{Lu}/u.test(named),
	};
}

/**
 * The verbs of a question that only support the abstract noun after them ("paid a courtesy call on the premier",
 * "made a pledge", "gave Lima credit"): the noun says what was done, in the article's words or not; the verb is no
 * word to find.
 */
export function findSupportVerbs(question: string, isAbstractNoun: (word: string) => boolean): Set<string> {
	const typed = question.match(/[\p{L}\p{N}'’-]+|[?.!,;:]/gu) ?? [];
	const tokens = typed.map((token) => token.toLowerCase());
	const isAbstract = (at: number) =>
		tokens[at] !== undefined && !SUM.test(tokens[at] ?? '') && isAbstractNoun(tokens[at] ?? '');
	return new Set(
		tokens.filter((token, i) => {
			if (!SUPPORT_VERBS.has(token)) return false;
			// The noun, or its one modifier and then the noun ("a courtesy call").
			if (DETERMINERS.has(tokens[i + 1] ?? '')) return isAbstract(i + 2) || isAbstract(i + 3);
			// Whom it is done to may come first: "paid him a visit", "gave Lima credit for …" (a name, in a question
			// not typed in capitals throughout: "Did Peru Give Military Aid?").
			const object =
				OBJECT_PRONOUN.test(tokens[i + 1] ?? '') ||
				(/^\p{Lu}/u.test(typed[i + 1] ?? '') && !/^\p{Lu}/u.test(typed[i + 2] ?? ''));
			if (!object) return false;
			if (DETERMINERS.has(tokens[i + 2] ?? '')) return isAbstract(i + 3) || isAbstract(i + 4);
			// Without a determiner, the noun alone, before a preposition or the end ("credit for", not "defence equipment").
			return isAbstract(i + 2) && (tokens[i + 3] === undefined || AFTER_BARE_NOUN.test(tokens[i + 3] ?? ''));
		}),
	);
}

const OBJECT_PRONOUN = /^(?:him|them|us|me)$/u;
// A sum is what was given or paid, no abstract deed: "paid Peru millions".
const SUM = /^(?:hundreds?|thousands?|millions?|billions?|trillions?|dozens?|\d[\d,.]*)$/u;
const AFTER_BARE_NOUN = /^(?:for|to|on|in|over|about|at|with|by|[?.!,;:])$/u;
