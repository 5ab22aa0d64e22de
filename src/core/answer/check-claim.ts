import type { Briefing } from '../briefing.js';
import { answerQuestion, type NotFound, type Passage } from './answer-question.js';

/** How a claim stands against the article. */
export type Verdict = 'supported' | 'contradicted' | 'not-settled';

export type ClaimCheck =
	| {
			readonly found: true;
			readonly claim: string;
			readonly verdict: Verdict;
			/** Why the verdict, in one line ("the article gives 50,000, not 100,000"). */
			readonly reason: string;
			readonly passages: readonly Passage[];
			readonly asOf: string;
	  }
	| (NotFound & { readonly claim: string });

// A number as a quantity: not the 19 of "Covid-19".
const NUMBER = /(?<![\p{L}\d-])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/gu;
const NEGATION = /\b(not|no|never|denies|denied|deny|without|nor|n['’]t)\b/iu;
/** Share of the claim's words that the best sentence must contain for the claim to count as supported. */
const SUPPORT_SHARE = 0.6;

/**
 * Checks a claim (any message text) against the article: finds the passages about it, then compares numbers and
 * negation with the best sentence. This is lexical evidence, not understanding: "not settled" means read the passages.
 */
export function checkClaim(briefing: Briefing, claim: string): ClaimCheck {
	const answer = answerQuestion(briefing, claim, { limit: 3 });
	if (!answer.found) return { ...answer, claim };
	const best = answer.passages[0];
	if (best === undefined) {
		return {
			found: true,
			claim,
			verdict: 'not-settled',
			reason: 'The article has no passage to compare.',
			passages: [],
			asOf: answer.asOf,
		};
	}
	const sentence = best.quote.text;
	const claimNumbers = numbersIn(claim);
	const sentenceNumbers = numbersIn(sentence);
	const values = new Set(sentenceNumbers.map(numericValue));
	const conflicting = claimNumbers.filter((n) => !values.has(numericValue(n)));
	const result = (verdict: Verdict, reason: string): ClaimCheck => ({
		found: true,
		claim,
		verdict,
		reason,
		passages: answer.passages,
		asOf: answer.asOf,
	});
	if (conflicting.length > 0 && sentenceNumbers.length > 0) {
		return result('contradicted', `The article gives ${sentenceNumbers.join(', ')}, not ${conflicting.join(', ')}.`);
	}
	if (NEGATION.test(claim) !== NEGATION.test(sentence)) {
		return result('contradicted', 'The article states the opposite: one of the two is negated.');
	}
	const claimTerms = new Set(briefing.index.termsOf(claim));
	const sentenceTerms = new Set(briefing.index.termsOf(sentence));
	const shared = [...claimTerms].filter((term) => sentenceTerms.has(term)).length;
	if (claimTerms.size > 0 && shared / claimTerms.size >= SUPPORT_SHARE && conflicting.length === 0) {
		return result('supported', `${best.paragraph.id} says much the same.`);
	}
	return result('not-settled', 'The article discusses this; compare the passages.');
}

function numbersIn(text: string): string[] {
	return [...text.matchAll(NUMBER)].map((match) => match[0]);
}

function numericValue(number: string): number {
	return Number(number.replace(/,/gu, ''));
}
