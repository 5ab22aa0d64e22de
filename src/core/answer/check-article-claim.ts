import type { Briefing } from '../briefing.js';
import { TEXT_NOUN } from '../text/word-classes.js';
import type { Paragraph, Sentence } from '../types.js';
import { answerQuestion, type Passage } from './answer-question.js';
import type { ClaimCheck } from './check-claim.js';
import { plainClaim } from './read-claim.js';

// What a claim calls the article by: "the article", "this report", "the piece".
export const ARTICLE = String.raw`(?:the|this)\s+${TEXT_NOUN}`;
// Who the claim says wrote it, up to a time, a place or a purpose ("… by Reed on May 2", "… for the Lima Post").
const WRITER = String.raw`(?!(?:no\s+means|far|all\s+accounts)\b)(.+?)((?:\s+(?:on|in|from|for|at|during)\s+|,).*)?`;
// "The article is by X", "written by X", "X wrote the article".
const BY_LINE = new RegExp(
	String.raw`^${ARTICLE}\s+(?:is|was)\s+(?:(?:written|penned|authored|filed|published)\s+)?by\s+${WRITER}$`,
	'iu',
);
const WROTE = new RegExp(String.raw`^(.+?)\s+(?:wrote|authored|penned|filed|published)\s+${ARTICLE}(\s+.*)?$`, 'iu');
// "The article does not mention X", "says nothing about X", "never names X", "makes no mention of X".
const NOT_MENTIONED = new RegExp(
	String.raw`^${ARTICLE}\s+(?:(?:does\s+not|doesn['’]?t|never)\s+(?:mention|name|cover|discuss|talk\s+about|say\s+anything\s+about)(?:s|es)?|(?:says|said)\s+nothing\s+(?:about|of|on)|makes\s+no\s+mention\s+of)\s+(.+)$`,
	'iu',
);

/**
 * Claims about the article itself, not its story: who wrote it (the bylines and outlets of its sources) and what it
 * never mentions (a sentence with the thing's words, or its front matter, contradicts that; where nothing the
 * question "<thing>" would find is there, it holds). Undefined for any other claim, for a writer described rather than
 * named ("a Peruvian journalist"), and where something related is found: the ordinary check weighs that.
 */
export function checkArticleClaim(briefing: Briefing, claim: string): ClaimCheck | undefined {
	const text = plainClaim(claim);
	const { article, sources } = briefing.knowledge;
	const asOf = article.meta.date;
	const decided = (verdict: 'supported' | 'contradicted', reason: string, passages: readonly Passage[] = []) =>
		({ found: true, claim, verdict, reason, passages, asOf }) as const;
	const [, named = '', more] = BY_LINE.exec(text) ?? WROTE.exec(text) ?? [];
	const writer = named.replace(/^the\s+/iu, '');
	// "… on May 2", "… from Lima": a date or a place the byline does not settle; "a Peruvian journalist" is no name.
	if (writer !== '' && more === undefined && !/^(?:a|an|some|one|two)\s/iu.test(writer)) {
		const metas = sources.length > 0 ? sources.map((source) => source.meta) : [article.meta];
		const bylines = metas.filter((meta) => meta.author !== '' || meta.outlet !== '');
		if (bylines.length === 0) return undefined;
		const terms = briefing.index.termsOf(writer);
		const own = bylines.find((meta) => {
			const bylineTerms = new Set(briefing.index.termsOf(`${meta.author} ${meta.outlet}`));
			return terms.length > 0 && terms.every((term) => bylineTerms.has(term));
		});
		const byline = bylines
			.map((meta) => [meta.author, meta.outlet].filter((part) => part !== '').join(', '))
			.join('; ');
		return own !== undefined
			? decided('supported', `The byline is ${byline}.`)
			: decided('contradicted', `The byline is ${byline}, not ${writer}.`);
	}
	const absent = NOT_MENTIONED.exec(text)?.[1];
	if (absent === undefined) return undefined;
	const wanted = briefing.index.termsOf(absent);
	if (wanted.length === 0) return undefined;
	const mention = findMention(briefing, wanted);
	if (mention !== undefined) {
		return decided('contradicted', `The article does mention ${absent}: ¶${mention.paragraph.number}.`, [
			{ paragraph: mention.paragraph, score: 1, quote: mention.sentence, highlights: [], also: [], coverage: 1 },
		]);
	}
	const frontMatter = new Set(
		briefing.index.termsOf(
			[
				article.byline,
				...article.highlights,
				...sources.flatMap(({ meta }) => [meta.title, meta.author, meta.outlet]),
			].join(' '),
		),
	);
	if (wanted.every((term) => frontMatter.has(term))) {
		return decided('contradicted', `The article does mention ${absent}, above its first paragraph.`);
	}
	return answerQuestion(briefing, absent).found
		? undefined
		: decided('supported', `No sentence of the article names ${absent}.`);
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
