import type { Briefing } from '../briefing.js';
import type { Paragraph, Sentence } from '../types.js';
import { answerQuestion } from './answer-question.js';
import type { ClaimCheck } from './check-claim.js';
import { cleanClaim } from './read-claim.js';

// What a claim calls the article by: "the article", "this report", "the piece".
const ARTICLE = String.raw`(?:the|this)\s+(?:article|story|report|piece|write-?up|dispatch|news item)`;
// "The article is by X", "written by X", "X wrote the article": who the claim says wrote it.
const BY_LINE = new RegExp(
	String.raw`^${ARTICLE}\s+(?:is|was)\s+(?:(?:written|penned|authored|filed|published)\s+)?by\s+(.+)$`,
	'iu',
);
const WROTE = new RegExp(String.raw`^(.+?)\s+(?:wrote|authored|penned|filed)\s+${ARTICLE}$`, 'iu');
// "The article does not mention X", "says nothing about X", "never names X", "makes no mention of X".
const NOT_MENTIONED = new RegExp(
	String.raw`^${ARTICLE}\s+(?:(?:does\s+not|doesn['’]?t|never)\s+(?:mention|name|cover|discuss|talk\s+about|say\s+anything\s+about)(?:s|es)?|(?:says|said)\s+nothing\s+(?:about|of|on)|makes\s+no\s+mention\s+of)\s+(.+)$`,
	'iu',
);

/**
 * Claims about the article itself, not its story: who wrote it (its byline against its metadata) and what it never
 * mentions (a name it does give contradicts that). Undefined for any other claim, or where the article's text cannot
 * settle it: a name it indeed lacks is left to the ordinary check, which finds it not covered.
 */
export function checkArticleClaim(briefing: Briefing, claim: string): ClaimCheck | undefined {
	const text = cleanClaim(claim)
		.trim()
		.replace(/[.!?]+$/u, '');
	const { meta } = briefing.knowledge.article;
	const writer = (BY_LINE.exec(text)?.[1] ?? WROTE.exec(text)?.[1])?.replace(/^(?:the|a|an)\s+/iu, '');
	if (writer !== undefined && meta.author !== '') {
		const terms = briefing.index.termsOf(writer);
		const own = new Set(briefing.index.termsOf(`${meta.author} ${meta.outlet}`));
		const byline = `${meta.author}${meta.outlet === '' ? '' : ` (${meta.outlet})`}`;
		const named = terms.length > 0 && terms.every((term) => own.has(term));
		return {
			found: true,
			claim,
			verdict: named ? 'supported' : 'contradicted',
			reason: named ? `The byline is ${byline}.` : `The byline is ${byline}, not ${writer}.`,
			passages: [],
			asOf: meta.date,
		};
	}
	const absent = NOT_MENTIONED.exec(text)?.[1];
	if (absent === undefined) return undefined;
	// "the us": no word the index keeps, so nothing to look for.
	if (briefing.index.termsOf(absent).length === 0) return undefined;
	const mention = findMention(briefing, absent);
	if (mention === undefined) {
		// No sentence has its words, nor anything the question "<X>" would find: the article indeed never names it.
		// Where something related is found ("COVID-19" for "coronavirus"), the ordinary check weighs it.
		return answerQuestion(briefing, absent).found
			? undefined
			: {
					found: true,
					claim,
					verdict: 'supported',
					reason: `No sentence of the article names ${absent}.`,
					passages: [],
					asOf: meta.date,
				};
	}
	return {
		found: true,
		claim,
		verdict: 'contradicted',
		reason: `The article does mention ${absent}: ¶${mention.paragraph.number}.`,
		passages: [
			{ paragraph: mention.paragraph, score: 1, quote: mention.sentence, highlights: [], also: [], coverage: 1 },
		],
		asOf: meta.date,
	};
}

/** The first sentence of the article that has every word of `phrase` (as the index stems them). */
function findMention(briefing: Briefing, phrase: string): { paragraph: Paragraph; sentence: Sentence } | undefined {
	const wanted = briefing.index.termsOf(phrase);
	for (const paragraph of briefing.knowledge.article.paragraphs) {
		for (const sentence of paragraph.sentences) {
			const terms = new Set(briefing.index.termsOf(sentence.text));
			if (wanted.every((term) => terms.has(term))) return { paragraph, sentence };
		}
	}
	return undefined;
}
