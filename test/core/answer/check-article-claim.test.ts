import { beforeAll, describe, expect, test } from 'vitest';
import { checkArticleClaim } from '../../../src/core/answer/check-article-claim.js';
import { checkClaim } from '../../../src/core/answer/check-claim.js';
import type { Briefing } from '../../../src/core/briefing.js';
import { loadRealBriefing, verdictOf } from '../../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

describe('checkArticleClaim', () => {
	test('GIVEN who wrote the article THEN the byline decides: its author or outlet supports, anyone else contradicts', () => {
		const { author, outlet } = briefing.knowledge.article.meta;
		const surname = author.split(' ').at(-1) ?? '';
		expect(verdictOf(checkClaim(briefing, `The article is by ${author}.`))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, `${surname} wrote this piece`))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, `the report was published by ${outlet}`))).toBe('supported');
		// People the article names are no authors of it, however the byline is put.
		for (const claim of [
			'The article is by Sergey Lavrov.',
			'the story was written by the Taliban',
			"It's an article by Lavrov.",
			'Article by: Imran Khan',
			'By Sergey Lavrov',
		]) {
			const check = checkClaim(briefing, claim);
			expect(verdictOf(check), claim).toBe('contradicted');
			expect(check.found && check.reason).toContain(author);
		}
		// Denied: the other way round.
		expect(verdictOf(checkClaim(briefing, "Lavrov didn't write the article"))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, `The article isn't by ${author}`))).toBe('contradicted');
		// A writer described, not named, a date or place beside the byline, "by no means", a bare "by" before no name, a
		// cleft: not the byline's to settle.
		for (const claim of [
			'By May 1 the United States is supposed to withdraw its forces',
			`It was not ${author} who wrote the article`,
			'The article was written by a Pakistani journalist',
			`The story was published by ${outlet} on May 3`,
			'The article is by no means balanced',
		]) {
			expect(checkArticleClaim(briefing, claim), claim).toBeUndefined();
		}
	});

	test('GIVEN "the article does not mention X" THEN a sentence naming X contradicts it, cited; a name it lacks supports it', () => {
		const check = checkClaim(briefing, 'The article does not mention Joe Biden.');
		expect(verdictOf(check)).toBe('contradicted');
		expect(check.found && check.passages[0]?.quote.text).toContain('Biden');
		expect(verdictOf(checkClaim(briefing, 'the article doesnt mention the us'))).toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, 'The article never mentions the Taliban'))).toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, 'The article says nothing about Brazil.'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, "There's nothing in the article about the Taliban"))).toBe('contradicted');
		// Said to mention it: the same, the other way round; something related is no mention.
		expect(verdictOf(checkClaim(briefing, 'The article mentions Palestine'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'The article mentions Brazil'))).toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, 'The article talks about Kabul'))).toBe('not-settled');
		// A statement, not a thing named, is the ordinary check's: who did what matters.
		expect(checkArticleClaim(briefing, 'The article mentions Russia supporting the Taliban')).toBeUndefined();
		expect(checkArticleClaim(briefing, "The article names Lavrov as Pakistan's foreign minister")).toBeUndefined();
		// The byline is the article's too.
		const { author } = briefing.knowledge.article.meta;
		expect(verdictOf(checkClaim(briefing, `The article does not mention ${author}`))).toBe('contradicted');
		// Nothing names it, but something related is there: no "supported" on the spot, and no speaker either.
		expect(verdictOf(checkClaim(briefing, 'The article does not mention the Kremlin'))).not.toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'The article does not mention the Kremlin'))).not.toBe('contradicted');
	});

	test('GIVEN a claim about the story, not the article THEN it is left to the ordinary check', () => {
		expect(checkArticleClaim(briefing, 'Lavrov met Qureshi in Islamabad')).toBeUndefined();
		expect(checkArticleClaim(briefing, 'Qureshi wrote on Twitter after the meeting')).toBeUndefined();
	});
});
