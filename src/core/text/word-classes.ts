import { stemWord } from './analyze.js';

/**
 * General English word classes the claim checker reads: none of them is a word of one article. They decide how a
 * statement is put (negated, hedged, planned, offered) rather than what it is about.
 */

const words = (list: string) => new Set(list.split(/\s+/u).filter(Boolean));

/** Words that make a statement false when they govern its verb. */
export const NEGATORS = words(`not no never nor neither none nobody nothing without cannot`);

/** Whether a word negates: a negator, or a verb with "n't" ("didn't"). */
export function isNegation(token: { readonly norm: string; readonly raw: string }): boolean {
	return NEGATORS.has(token.norm) || /n['’]t$/iu.test(token.raw);
}

/** What people call the text itself, as a regular expression's group: "the article", "per the write-up". */
export const TEXT_NOUN = '(?:article|piece|story|report|write-?up|text|(?:wire )?copy|coverage|dispatch)';

/**
 * Words of difficulty right before "to" and a verb: "the quota will be tough to fill" does not say it will be filled,
 * nor that it will not.
 */
export const DIFFICULTY_WORDS = words(`hard difficult tough impossible unlikely tricky`);

/** Verbs that reject a statement made before them ("X denies that"). */
export const DENIAL_VERBS = words(
	`deny denies denied denying reject rejects rejected refute refutes refuted dismissed`,
);

/** Verbs by which the accused owns to what they are accused of: the opposite of a denial. */
export const ADMISSION_VERBS = words(
	`admit admits admitted admitting acknowledge acknowledges acknowledged concede concedes conceded confess confesses
	confessed`,
);

/** Words that only report who said a thing: "Reed said X" states X as much as X does. */
export const ATTRIBUTION_VERBS = words(`say says said tell tells told claim claims claimed according state states stated
	announce announces announced add adds added tweet tweets tweeted report reports reported note noted complain
	complains complained argue argues argued insist insists insisted admit admits admitted acknowledge acknowledges
	acknowledged remark remarks remarked mention mentions mentioned stress stresses stressed emphasise emphasises
	emphasised emphasize emphasizes emphasized underline underlines underlined reaffirm reaffirms reaffirmed assert
	asserts asserted`);

/**
 * Chat filler, hedges and reactions: words of how a claim is typed, not of what it claims ("apparently", "like",
 * "lol", "wild"). They are left out of the elements a claim must match.
 */
export const CLAIM_FILLER = words(`so like literally apparently basically actually honestly seriously stuff thing things
	lol lmao haha yo wild crazy insane wow huh right yeah kinda sorta pretty really totally definitely guess heard
	think thinks reckon reckons guesses apparently reportedly supposedly allegedly btw tbh imo fyi ok okay again
	too also now one whole recently lately currently still already finally officially even just per sometime someday
	ultimately`);

/** How an article or a claim puts an action: as done, planned, offered, proposed, conditional, alleged. */
export type Modality =
	| 'factual'
	| 'prospective'
	| 'desired'
	| 'offered'
	| 'invited'
	| 'conditional'
	| 'discussed'
	| 'alleged'
	| 'doubted';

/**
 * Words before a verb that put it in a mood other than fact, checked in this order ("invited … to visit" is an
 * invitation even though "to" follows). A cue of two words is written with "_" between them ("look_forward").
 */
export const MODALITY_CUES: readonly (readonly [Modality, ReadonlySet<string>])[] = [
	['conditional', words(`if unless once soon_as provided_that`)],
	['invited', words(`invitation invitations invite invites invited inviting urged urges asked`)],
	[
		'discussed',
		words(`discuss discusses discussed discussing discussion negotiate negotiating negotiation
		considering consider proposed proposal propose draft`),
	],
	['alleged', words(`accused accuses alleged allegedly allegation allegations reportedly rumoured rumored suspected`)],
	['offered', words(`ready willing prepared offer offers offered offering`)],
	[
		'prospective',
		words(`will would shall going gonna intend intends intended intention plan plans planned due meant expect expects
		expected seek seeks aim aims could may might can should supposed agreed agree agrees deadline future soon
		upcoming later next slated scheduled poised likely need needs needed`),
	],
	// A wish is less than a plan: "a desire to make it" does not say it will be made.
	[
		'desired',
		words(`want wants wanted wish wishes desire desires desired keen hope hopes hoped eager look_forward
		looks_forward looked_forward looking_forward`),
	],
];

/** Each cue of `MODALITY_CUES` with its mood; the first mood listed wins for a word in two lists. */
export const CUE_WORDS: ReadonlyMap<string, Modality> = new Map(
	MODALITY_CUES.flatMap(([mood, cues]) => [...cues].map((cue) => [cue, mood] as const)),
);

/** The mood the word at `i` gives, read with the word before it first ("look forward", "soon as"). */
export function readCue(tokens: readonly { readonly norm: string }[], i: number): Modality | undefined {
	return CUE_WORDS.get(`${tokens[i - 1]?.norm ?? ''}_${tokens[i]?.norm ?? ''}`) ?? CUE_WORDS.get(tokens[i]?.norm ?? '');
}

/** Moods of a claim that an article's mood supports: a plan is not a deed, an offer is not a deal. */
export const SUPPORTING_MODALITIES: Readonly<Record<Modality, readonly Modality[]>> = {
	factual: ['factual'],
	prospective: ['prospective'],
	desired: ['desired', 'prospective'],
	offered: ['offered', 'prospective'],
	invited: ['invited'],
	conditional: ['conditional'],
	discussed: ['discussed'],
	alleged: ['alleged', 'factual'],
	doubted: ['doubted'],
};

/** Words that make a claim stronger than what it names: "the first ever", "the only", "always". */
export const STRENGTHENERS = words(
	'ever only sole solely always entirely completely all every everything everyone everybody',
);

/** Nouns that name a country's seat of government: "the Peruvian capital" is a city, not an element of its own. */
export const CAPITAL_NOUNS = words('capital');

/** Forms of "be": before a participle they make it passive or progressive ("was accused", "is providing"). */
export const BE_FORMS = words('is are was were be been being am');

/** Particles that make a phrasal verb of the verb before them ("beef up", "wind down"). */
export const VERB_PARTICLES = words('up down out in on off over back away');

/** Words that, before a verb, only carry tense or emphasis: the subject may stand before them. */
export const AUXILIARIES = words(`is are was were be been being am has have had do does did will would shall should
	can could may might must also still already just then now later reportedly allegedly once again ever never`);

/** Prepositions that put a place in a role: "met in X" and "met in Y" disagree, "came from X" and "went to X" do not. */
export const PLACE_ROLES: Readonly<Record<string, string>> = {
	in: 'in',
	at: 'in',
	inside: 'in',
	from: 'from',
	to: 'to',
	into: 'to',
	toward: 'to',
	towards: 'to',
};

/** Verbs whose object is where one goes: "visited Lima" is "to Lima". */
export const DESTINATION_VERBS = words('visit visits visited visiting tour tours toured reach reaches reached');

/**
 * Verbs that say little by themselves, each with the narrow verbs that say what it does with its object: "held a
 * conference" is "hosted" or "addressed" one, "put out a statement" "issued" it, "raised Kashmir" "briefed" on it, "took part"
 * "attended", "came up" was "discussed", "come to Lima" is to "visit" it. Narrow, so that no verb states its
 * opposite ("hold its forces" is never "withdraw" them). Not "make" nor "get": "made doses" says more. Where a
 * `particle` is given, the light verb says so only with it right after ("came up", not "came to Lima", was discussed).
 */
export const LIGHT_VERBS: readonly {
	readonly verbs: ReadonlySet<string>;
	readonly particle?: string;
	readonly standIns: ReadonlySet<string>;
}[] = [
	{
		verbs: words('hold holds held holding'),
		standIns: words(`host hosts hosted hosting conduct conducts conducted conducting organise organises organised
		organize organizes organized convene convenes convened stage stages staged address addresses addressed
		addressing`),
	},
	{ verbs: words('put puts putting'), standIns: words('issue issues issued release releases released') },
	{
		verbs: words('raise raises raised raising bring brings brought bringing'),
		standIns: words(`brief briefs briefed mention mentions mentioned discuss discusses discussed highlight highlights
		highlighted stress stresses stressed underscore underscores underscored`),
	},
	{
		verbs: words('take takes took taken taking'),
		particle: 'part',
		standIns: words('participate participates participated attend attends attended'),
	},
	{
		verbs: words('come comes came coming'),
		particle: 'up',
		standIns: words('discuss discusses discussed mention mentions mentioned exchange exchanged raise raised'),
	},
	{ verbs: words('come comes came coming'), particle: 'to', standIns: words('visit visits visited') },
];

/**
 * Verbs that, before an abstract noun, leave the meaning to it: "paid a courtesy call" is calling on someone, "made a
 * pledge" pledging, "took a trip" travelling, "gave a speech" speaking, "showed interest" being interested. Before a
 * thing they say more ("paid $5 million", "gave doses").
 */
export const SUPPORT_VERBS = words(`pay pays paid paying make makes made making give gives gave given giving take takes
	took taken taking show shows showed shown showing`);

/** Verbs of putting words on a medium: "posted on Telegram", "tweeted", "wrote on his page". */
export const POSTING_VERBS = words(`post posts posted tweet tweets tweeted write writes wrote written publish publishes
	published share shares shared`);

/** Words of going, besides arriving and visiting, after which "to" names a destination ("headed to", "a trip to"). */
export const GOING_WORDS = words(`go goes went gone going head heads headed heading return returns returned returning
	move moves moved moving trip trips journey journeys way`);

/** Names of currencies: a number of them is a sum of money ("$790 million", "12 million euros"). */
export const CURRENCY_WORDS = words(
	`dollar dollars rupee rupees euro euros rouble roubles ruble rubles pound pounds yuan`,
);

/** Verbs that describe something as something ("called it excellent", "termed it constructive"): one act. */
export const DESCRIBING_VERBS = words(`call calls called calling describe describes described describing term terms
	termed terming label labels labelled labeled dub dubs dubbed characterize characterizes characterized characterise
	characterises characterised`);

/**
 * Nouns that say only that something has an effect, what effect said by the word before or after them ("a
 * stabilizing force", "a factor of stability", "a calming influence"): one word, as what something is ("a … force"),
 * never as things counted ("Afghan forces").
 */
export const EFFECT_NOUNS = words(`force factor influence`);

/**
 * Evaluative words by polarity: a claim calling something "poor" is contradicted by an article calling it
 * "excellent" (general English antonymy, by sense rather than by pair).
 */
export const POSITIVE_WORDS = words(`good great excellent outstanding smooth smoothly easy easily success successful
	successfully strong warm friendly cordial positive improving improved progress progressing productive fruitful
	constructive beneficial stable peaceful healthy rising growing high`);
export const NEGATIVE_WORDS = words(`bad poor terrible awful rough stalled stall stalling stuck hard difficult
	difficulty failed failing failure weak cold frosty hostile negative deteriorating worsening troubled tense
	unproductive fruitless collapsed cancelled canceled falling declining low one-sided lopsided unbalanced unequal`);
/** Reactions by polarity, a scale of their own: "Peru criticised the plan" against "Peru appreciated the plan". */
export const PRAISE_WORDS = words(`appreciate appreciates appreciated appreciating praise praises praised praising
	commend commends commended commending laud lauds lauded hail hails hailed`);
export const BLAME_WORDS = words(`criticise criticises criticised criticising criticize criticizes criticized
	criticizing condemn condemns condemned condemning denounce denounces denounced denouncing slam slams slammed
	slamming blame blames blamed blaming`);

/** Nouns any office holder is ("the leader of …", "the head of …"): no office the knowledge could lack. */
export const GENERIC_PERSON_NOUNS = words(`leader leaders head heads chief chiefs boss bosses official officials person
	people figure figures representative representatives man woman guy`);

/**
 * Words of a change up or down, a scale of their own: "jumped" states what "an increase" does, "dropped" the
 * opposite; neither is the opposite of "hard".
 */
export const RISE_WORDS = words(`increase increased increases increasing rise rises rose risen rising grow grows grew
	grown growing jump jumped jumps surge surged soar soared climb climbed`);
export const FALL_WORDS = words(`decrease decreased decreases decreasing drop dropped drops dropping fall falls fell
	fallen falling decline declined declines declining shrink shrank shrunk plunge plunged slump slumped`);

const scaleStems = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
/**
 * Whether a word is on a scale of change (`RISE_WORDS`, `FALL_WORDS`) in any of its forms: the lists give a verb's
 * common forms, its stem the rest ("shrinking" of "shrink"). Not for judging words: "goods" is not "good".
 */
export function isOnScale(scale: ReadonlySet<string>, norm: string): boolean {
	if (scale.has(norm)) return true;
	let stems = scaleStems.get(scale);
	if (stems === undefined) {
		stems = new Set([...scale].map(stemWord));
		scaleStems.set(scale, stems);
	}
	return stems.has(stemWord(norm));
}

/** Adverbs that may stand between a subject and its verb ("Peru has always backed it", "Reed also said"). */
export const SENTENCE_ADVERB =
	/ly$|^(?:also|further|then|later|again|once|still|now|even|too|always|already|just|ever|often)$/u;

/** Words that open a noun phrase: a word right after one is no verb ("a moderate", "the land"). */
export const DETERMINERS = words(`a an the this that its his her their our`);

/** Words that make a number approximate ("nearly 50,000", "some 24 officials"). */
export const APPROXIMATORS = words(`nearly about around over almost roughly some just only under`);

/** Words after a verb of travel that make it a leaving: "flew out", "flew back home". */
export const LEAVING = /^\s*(?:out|off|away|back|home)\b/iu;

/**
 * Verbs of one narrow kind, each stating what the others do where the claim and the article share everything else:
 * "flew into Lima from Quito" is "arrived in Lima from Quito"; "floated a summit" is "suggested" one. Kinds are
 * kept narrow (arriving, not leaving; proposing, not agreeing) so that no verb states its opposite.
 */
export const VERB_KINDS: readonly ReadonlySet<string>[] = [
	// Not "come" ("the visit comes as …") nor "reach" ("reached a deal"): both are said of much besides travel.
	new Set([
		...words(`arrive arrives arrived arriving fly flies flew flown flying land lands landed landing travel travels
		travelled traveled travelling traveling`),
		// Phrasal verbs of arriving, read as one word: WordNet's first senses of "get" and "touch" are others.
		...['get', 'gets', 'got', 'getting'].map((verb) => `${verb} to`),
		...['touch', 'touches', 'touched', 'touching'].map((verb) => `${verb} down`),
	]),
	words(`suggest suggests suggested suggesting float floats floated floating propose proposes proposed proposing moot
	mooted`),
	words(`mediate mediates mediated mediating moderate moderates moderated moderating broker brokers brokered
	brokering arbitrate arbitrates arbitrated referee referees refereed refereeing`),
	// Meeting: "recalled his interaction with Reed" states that they met.
	new Set([
		...words(`meet meets met meeting interact interacts interacted interacting interaction`),
		...['cross', 'crosses', 'crossed', 'crossing'].map((verb) => `${verb} paths`),
	]),
	// Giving: "handed over 50,000 doses" states what "provided 50,000 doses" does (its mood and amounts compared).
	words(`give gives gave given giving provide provides provided providing supply supplies supplied supplying deliver
	delivers delivered delivering hand hands handed handing send sends sent sending donate donates donated donating`),
	// Finishing: "wrapped up the visit" is "concluding his visit"; WordNet puts "conclude" first as reasoning.
	new Set([
		...words(`conclude concludes concluded concluding finish finishes finished finishing complete completes completed
		completing`),
		...['wrap', 'wraps', 'wrapped', 'wrapping'].map((verb) => `${verb} up`),
	]),
];

/** The first kind of `VERB_KINDS`: arriving, flying in, landing, travelling. */
export const ARRIVING_VERBS: ReadonlySet<string> = VERB_KINDS[0] ?? new Set();

/** The kind of meeting: a deed of both parties, so neither is only who it is done to. */
export const MEETING_VERBS: ReadonlySet<string> = VERB_KINDS.find((kind) => kind.has('met')) ?? new Set();

/**
 * Verbs by which a party speaks or reacts besides reporting and describing ones ("Chile welcomed the offer"), in
 * their verb forms only: "proposals" and "the pledge" are nouns, no one speaking.
 */
export const REACTION_VERBS: ReadonlySet<string> = new Set(
	`welcomed welcomes congratulated congratulates appreciated appreciates expressed expresses recalled recalls
	condemned condemns criticized criticised criticizes criticises rejected rejects responded responds reacted reacts
	replied replies believes believed hoped hopes assured assures reiterated reiterates praised praises thanked thanks
	voiced suggested suggests proposed proposes warned warns vowed vows pledged accused accuses demanded demands urged
	urges shared underscored underscores highlighted highlights explained explains observed briefed accepted accepts
	declined declines confirmed confirms denied denies approved approves agreed agrees`
		.split(/\s+/u)
		.filter(Boolean),
);

/**
 * Nouns and adjectives of intent that make what follows a plan only when they govern it with "to" ("resolve to
 * finish", "determined to win"); alone they state facts ("the court determined", "resolve the dispute").
 */
export const INTENT_BEFORE_TO = words('resolve resolved determination determined commitment committed');

/** Reactions by which a party speaks ("Lima welcomed the offer"): not deeds such as agreeing or accepting. */
export const SPEAKING_REACTIONS = words(`welcomed welcomes congratulated congratulates praised praises thanked thanks
	condemned condemns criticized criticised criticizes criticises warned warns assured assures appreciated
	appreciates`);

/** Units of time, singular or plural: a number before one is a length ("nine years"), a noun after one what it measures. */
export const TIME_UNIT_NAMES = '(?:second|minute|hour|day|week|fortnight|month|year|decade)s?|centur(?:y|ies)';
/** The months and the days of the week, in calendar order. */
export const MONTH_NAMES: readonly string[] = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
];
export const WEEKDAY_NAMES: readonly string[] = [
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday',
	'sunday',
];
/** A unit of time as one word, singular or plural ("days", "decade", "centuries"). */
export const TIME_UNIT = new RegExp(`^(?:${TIME_UNIT_NAMES})$`, 'iu');

/** Prefixes that make a word its opposite: "instability", "unrest", "disagree", "destabilize". */
const NEGATIVE_PREFIXES = ['un', 'in', 'im', 'il', 'ir', 'dis', 'non', 'non-', 'de'];

/**
 * Whether one word is the other with a negative prefix, in any of its forms ("destabilizing" of "stability"). By form
 * alone ("inform" is "form" so prefixed): asked only of words the lexicon already gives as antonyms, it tells the
 * pairs that are opposites by form, not only by sense.
 */
export function isNegatedForm(a: string, b: string): boolean {
	const [x, y] = [a.toLowerCase(), b.toLowerCase()];
	return NEGATIVE_PREFIXES.some(
		(prefix) =>
			(x.startsWith(prefix) && stemWord(x.slice(prefix.length)) === stemWord(y)) ||
			(y.startsWith(prefix) && stemWord(y.slice(prefix.length)) === stemWord(x)),
	);
}
