import type { Briefing } from '../briefing.js';
import { TEXT_NOUN } from '../text/word-classes.js';
import type { Paragraph, Sentence } from '../types.js';
import { answerQuestion, type Passage } from './answer-question.js';
import type { ClaimCheck, Verdict } from './check-claim.js';
import { plainClaim } from './read-claim.js';

// What a claim calls the article by: "the article", "this report", "the piece".
export const ARTICLE = String.raw`(?:the|this)\s+${TEXT_NOUN}`;
// Who the claim says wrote it, up to a time, a place or a purpose ("… by Reed on May 2", "… for the Lima Post").
const WRITER = String.raw`(?!(?:no\s+means|far|all\s+accounts)\b)(.+?)((?:\s+(?:on|in|from|for|at|during)\s+|,).*)?`;
const NOT = "(?:not|n['’]?t|never)";
// "The article is by X", "written by X", "it's an article by X", "Article by: X", "By X"; "… isn't by X".
const BY_LINE = new RegExp(
	String.raw`^(?:${ARTICLE}\s+(?:is|was)(\s*${NOT})?\s+(?:(?:written|penned|authored|filed|published)\s+)?|(?:it|this)(?:\s+is|['’]s)\s+(?:an?\s+)?${TEXT_NOUN}\s+(?:written\s+)?|(?:${TEXT_NOUN}\s*)?)by:?\s+${WRITER}$`,
	'iu',
);
// "X wrote the article"; "X didn't write it".
const WROTE = new RegExp(
	String.raw`^(.+?)\s+(?:(?:did\s*${NOT}|never)\s+(write|author|pen|file|publish)|wrote|authored|penned|filed|published)\s+${ARTICLE}(\s+.*)?$`,
	'iu',
);
// "The article does not mention X", "says nothing about X", "never names X", "makes no mention of X", "there's
// nothing in the article about X".
const NOT_MENTIONED = new RegExp(
	String.raw`^(?:${ARTICLE}\s+(?:(?:does\s+not|doesn['’]?t|never)\s+(?:mention|name|cover|discuss|talk\s+about|say\s+anything\s+about)(?:s|es)?|(?:says|said|has)\s+nothing\s+(?:about|of|on)|makes\s+no\s+mention\s+of)|there(?:\s+is|['’]s)\s+nothing\s+in\s+${ARTICLE}\s+(?:about|of|on))\s+(.+)$`,
	'iu',
);
// "The article mentions X", "talks about X", "names X", "refers to X".
const MENTIONED = new RegExp(
	String.raw`^${ARTICLE}\s+(?:mentions|names|talks\s+about|refers\s+to|discusses|covers)\s+(.+)$`,
	'iu',
);

/**
 * Claims about the article itself, not its story: who wrote it (the bylines and outlets of its sources) and whether
 * it mentions something (a sentence with the thing's words, or its front matter, says it does; where nothing the
 * question "<thing>" would find is there, it does not). Undefined for any other claim, for a writer described rather
 * than named ("a Peruvian journalist"), and where only something related is found: the ordinary check weighs that.
 */
export function checkArticleClaim(briefing: Briefing, claim: string): ClaimCheck | undefined {
	const text = plainClaim(claim);
	const { article } = briefing.knowledge;
	const decided = (verdict: Verdict, reason: string, passages: readonly Passage[] = []) =>
		({ found: true, claim, verdict, reason, passages, asOf: article.meta.date }) as const;
	const byline = checkByline(briefing, text);
	if (byline !== undefined) return decided(byline.verdict, byline.reason);
	const absent = NOT_MENTIONED.exec(text)?.at(-1);
	const present = MENTIONED.exec(text)?.[1];
	const thing = absent ?? present;
	// A thing named, not a statement ("mentions Reed as mayor", "… Peru supporting the rebels"): who did what is the
	// ordinary check's.
	if (thing === undefined || !namesThingOnly(briefing, thing)) return undefined;
	const wanted = briefing.index.termsOf(thing);
	if (wanted.length === 0) return undefined;
	const mention = findMention(briefing, wanted);
	const [said, unsaid] =
		absent !== undefined ? (['contradicted', 'supported'] as const) : (['supported', 'contradicted'] as const);
	if (mention !== undefined) {
		return decided(said, `The article mentions ${thing}: ¶${mention.paragraph.number}.`, [
			{ paragraph: mention.paragraph, score: 1, quote: mention.sentence, highlights: [], also: [], coverage: 1 },
		]);
	}
	const frontMatter = new Set(
		briefing.index.termsOf(
			[
				article.byline,
				...article.highlights,
				...briefing.knowledge.sources.flatMap(({ meta }) => [meta.title, meta.author, meta.outlet]),
			].join(' '),
		),
	);
	if (wanted.every((term) => frontMatter.has(term))) {
		return decided(said, `The article mentions ${thing}, above its first paragraph.`);
	}
	const related = answerQuestion(briefing, thing);
	if (!related.found) return decided(unsaid, `No sentence of the article names ${thing}.`);
	// Something related but not the thing itself (a country for its capital): no mention of it, nor plainly none.
	return present === undefined
		? undefined
		: decided('not-settled', `No sentence of the article names ${thing}; the closest is related.`, related.passages);
}

/** Longest thing a claim says the article mentions, in words: "the Lima Group summit". */
const MAX_THING_WORDS = 4;

/** Whether a phrase only names a thing: a few words, no verb, no "as", "that" or "who". */
function namesThingOnly(briefing: Briefing, phrase: string): boolean {
	const tokens = briefing.index.tokensOf(phrase);
	return (
		tokens.length <= MAX_THING_WORDS &&
		!tokens.some(
			(token) =>
				/^(?:as|that|who|which|whether|if)$/u.test(token.norm) ||
				/\p{L}ing$/u.test(token.norm) ||
				briefing.index.partOfSpeechOf(token.norm) === 'verb',
		)
	);
}

/** A claim on who wrote the article, decided by the bylines of its sources; undefined for any other claim. */
function checkByline(
	briefing: Briefing,
	text: string,
): { verdict: 'supported' | 'contradicted'; reason: string } | undefined {
	const by = BY_LINE.exec(text);
	const wrote = by === null ? WROTE.exec(text) : null;
	const [named = '', more] = by === null ? [wrote?.[1], wrote?.[3]] : [by[2], by[3]];
	const negated = by?.[1] !== undefined || wrote?.[2] !== undefined;
	const writer = named.replace(/^the\s+/iu, '');
	// "By May 1 …", "by then …": a bare "by" opens a byline only before a name, capitalized and short.
	const bare = by !== null && /^by\b/iu.test(text);
	if (bare && !new RegExp(`^(?:\\p{Lu}[\\p{L}'’.-]*\\s*){1,${MAX_THING_WORDS}}$`, 'u').test(writer)) return undefined;
	// "It was not Reed who wrote it": a negation or a cleft inside the writer's words is no name.
	if (new RegExp(`\\b(?:${NOT}|who|it\\s+was)\\b`, 'iu').test(writer)) return undefined;
	// "… on May 2", "… from Lima": a date or a place the byline does not settle; "a Peruvian journalist" is no name.
	if (writer === '' || more !== undefined || /^(?:a|an|some|one|two)\s/iu.test(writer)) return undefined;
	const { article, sources } = briefing.knowledge;
	const metas = (sources.length > 0 ? sources.map((source) => source.meta) : [article.meta]).filter(
		(meta) => meta.author !== '' || meta.outlet !== '',
	);
	if (metas.length === 0) return undefined;
	const terms = briefing.index.termsOf(writer);
	const isByline = metas.some((meta) => {
		const own = new Set(briefing.index.termsOf(`${meta.author} ${meta.outlet}`));
		return terms.length > 0 && terms.every((term) => own.has(term));
	});
	const bylines = metas.map((meta) => [meta.author, meta.outlet].filter((part) => part !== '').join(', ')).join('; ');
	const reason = isByline ? `The byline is ${bylines}.` : `The byline is ${bylines}, not ${writer}.`;
	return { verdict: isByline !== negated ? 'supported' : 'contradicted', reason };
}

/** The first sentence of the article that has every one of the `wanted` stems. */
function findMention(
	briefing: Briefing,
	wanted: readonly string[],
): { paragraph: Paragraph; sentence: Sentence } | undefined {
	for (const paragraph of briefing.knowledge.article.paragraphs) {
		for (const sentence of paragraph.sentences) {
			const terms = new Set(briefing.index.termsOf(sentence.text));
			if (wanted.every((term) => terms.has(term))) return { paragraph, sentence };
		}
	}
	return undefined;
}
