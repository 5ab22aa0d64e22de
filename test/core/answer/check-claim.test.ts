import { beforeAll, describe, expect, test } from 'vitest';
import { checkClaim } from '../../../src/core/answer/check-claim.js';
import type { Briefing } from '../../../src/core/briefing.js';
import { loadRealBriefing, reasonOf, verdictOf } from '../../helpers/briefing.js';

let briefing: Briefing;
beforeAll(async () => {
	briefing = await loadRealBriefing();
});

describe('checkClaim', () => {
	test('GIVEN a claim the article states THEN it is supported, with the stating passage first', () => {
		const check = checkClaim(briefing, 'Russia has provided 50,000 doses of Sputnik-V vaccine');
		expect(verdictOf(check)).toBe('supported');
		if (check.found) expect(check.passages[0]?.quote.text).toContain('50,000 doses');
	});

	test('GIVEN a verb with its particle ("beef up") THEN it is read as one word, stated by its synonym; neither word alone is', () => {
		expect(
			verdictOf(checkClaim(briefing, 'Moscow stands ready to beef up the anti-terrorist potential of Pakistan')),
		).toBe('supported');
		for (const claim of [
			'Moscow stands ready to beef the anti-terrorist potential of Pakistan',
			'Moscow stands ready to wind down the anti-terrorist potential of Pakistan',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).not.toBe('supported');
		}
	});

	test('GIVEN the claim in chat: shorthand numbers, a tag question, a reaction, filler THEN still supported', () => {
		for (const claim of [
			'so russia already sent pakistan like 50k vaccine doses?',
			"lavrov literally came over from india, didn't he",
			'first russian FM visit to pakistan in 9 years, wild',
			'pak + russia trade jumped 46% according to lavrov',
			// "pak's" is chat's name of the country, for whom its capital acts ("Islamabad's successful campaign").
			"moscow acknowledged pak's successful campaign against terrorism",
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).toBe('supported');
		}
	});

	test('GIVEN a word the article has by a less common sense, used alike ("tough" for "hard") THEN it states it; its opposite does not', () => {
		expect(verdictOf(checkClaim(briefing, 'Biden has said the May 1 deadline will be tough to meet.'))).toBe(
			'supported',
		);
		expect(verdictOf(checkClaim(briefing, 'Biden has said the May 1 deadline will be easy to meet.'))).not.toBe(
			'supported',
		);
		// Synonyms in WordNet whose uses agree only loosely: "good" of "beneficial", "splendid" of "excellent".
		for (const claim of [
			'Lavrov said the ties between the two countries are constructive and good for both',
			'Qureshi called the coordination at the UN splendid',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).toBe('supported');
		}
		// A stem is no word ("successive" is not "successful"), and a noun or a verb by another sense is another thing.
		for (const claim of [
			"Moscow acknowledged Islamabad's consecutive campaign against terrorism.",
			'Qureshi said Pakistan and Russia share convergent positions on serious issues.',
			'As soon as the protocol is signed, a study of the project will begin.',
			'Moscow is ready to expand its military support to Pakistan.',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).not.toBe('supported');
		}
	});

	test('GIVEN everyday words for the article\'s ("repeated" for "reiterated", "backers" for "supporters") THEN they state them', () => {
		for (const claim of [
			'The premier repeated his invitation for Putin to come to Pakistan.',
			'back in the 80s pakistan and the US were the main backers of the fighters against the soviets',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).toBe('supported');
		}
		expect(verdictOf(checkClaim(briefing, 'The premier repeated his invitation to Biden to visit Pakistan.'))).not.toBe(
			'supported',
		);
		// "Renewed" is not "reiterated": the article's renewed relationship is one to build.
		expect(verdictOf(checkClaim(briefing, 'Pakistan and Russia have renewed their relationship.'))).not.toBe(
			'supported',
		);
		expect(
			verdictOf(
				checkClaim(briefing, 'In the 1980s Pakistan and Russia were the main backers of the Islamist fighters.'),
			),
		).toBe('contradicted');
	});

	test('GIVEN a greeting, a welcome or a wait WHERE the article only has meetings and conflict parties THEN no support', () => {
		for (const claim of [
			'Lavrov welcomed the Taliban',
			'Lavrov was kept waiting by Imran Khan',
			'Biden said the date will be hard to wait for',
			'The Russian delegation agreed to facilitate the Afghan parties',
			'Imran Khan welcomed Lavrov',
		]) {
			expect(['supported', 'contradicted'], claim).not.toContain(verdictOf(checkClaim(briefing, claim)));
		}
	});

	test('GIVEN a time the article bounds ("more than a year ago") THEN the bound supports it; "N years ago" is a point in time', () => {
		expect(verdictOf(checkClaim(briefing, 'Washington signed its deal with the Taliban more than a year ago'))).toBe(
			'supported',
		);
		const earlier = checkClaim(briefing, 'Washington signed its deal with the Taliban two years ago');
		expect(verdictOf(earlier)).toBe('contradicted');
		expect(reasonOf(earlier)).toMatch(/last year.*two years ago/u);
		const later = checkClaim(briefing, 'Washington signed its deal with the Taliban less than a year ago');
		expect(reasonOf(later)).toMatch(/more than a year ago, not less than a year ago/u);
	});

	test("GIVEN a deed the article does to another name THEN the claim's receiver, named later in a clause of its own, is not stated", () => {
		expect(verdictOf(checkClaim(briefing, 'In the 1980s Pakistan supported the Soviet forces.'))).not.toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'In the 1980s Pakistan backed the Islamist fighters.'))).toBe('supported');
		// A place the claim goes to is not whom the deed is done to.
		expect(verdictOf(checkClaim(briefing, 'Imran Khan repeated his invite for Putin to come to Pakistan'))).toBe(
			'supported',
		);
	});

	test('GIVEN something called enough where the article states a need for more of it THEN contradicted, of that subject only', () => {
		const enough = checkClaim(briefing, 'Lavrov said bilateral trade is already diversified enough');
		expect(verdictOf(enough)).toBe('contradicted');
		expect(reasonOf(enough)).toMatch(/need to further diversify/u);
		expect(verdictOf(checkClaim(briefing, 'lavrov said trade needs no changes'))).toBe('contradicted');
		// Said of another subject, or negated, it is not what the article contradicts.
		expect(verdictOf(checkClaim(briefing, 'lavrov said the pipeline needs no changes'))).not.toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, 'Lavrov said bilateral trade is not diverse enough'))).not.toBe(
			'contradicted',
		);
	});

	test('GIVEN two clauses joined by "and" THEN the claim is as true as its falsest clause, each checked alone', () => {
		const unsettled = checkClaim(briefing, 'Russia has provided 50,000 doses and has already delivered 150,000 more');
		expect(verdictOf(unsettled)).toBe('not-settled');
		// The second clause takes the first one's subject.
		expect(reasonOf(unsettled)).toMatch(/Of “Russia has already delivered 150,000 more”/u);
		expect(verdictOf(checkClaim(briefing, 'putin already took imran up on the invite and visited pakistan'))).toBe(
			'contradicted',
		);
		// Each clause stated, in sentences of their own.
		expect(verdictOf(checkClaim(briefing, 'Lavrov arrived from India and met Qureshi'))).toBe('supported');
		// Names or things joined are one clause.
		expect(verdictOf(checkClaim(briefing, 'Pakistan and Russia agreed to hold joint drills'))).toBe('supported');
	});

	test('GIVEN a verb of a relative clause ("the fighters who battled …") THEN its doer is the thing before "who"', () => {
		expect(verdictOf(checkClaim(briefing, 'Pakistan battled the Soviet forces in the 1980s'))).not.toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'the islamist fighters battled soviet forces in the 80s'))).toBe('supported');
		const sentence =
			'In the 1980s, Pakistan and the United States were the main supporters of the Islamist fighters who battled occupying Soviet forces.';
		expect(verdictOf(checkClaim(briefing, sentence))).toBe('supported');
	});

	test('GIVEN "X, not Y," in contrast THEN it negates no verb: the claim stands or falls by what it says of X', () => {
		expect(verdictOf(checkClaim(briefing, 'Russia, not Pakistan, hosted the Extended Troika meeting'))).toBe(
			'supported',
		);
		expect(verdictOf(checkClaim(briefing, 'The May 1 deadline is for US troops, not Russian ones'))).toBe('supported');
		expect(
			verdictOf(
				checkClaim(briefing, 'it was pakistan, not russia, that offered to mediate between israel and palestine'),
			),
		).toBe('contradicted');
	});

	test('GIVEN a day THEN only the day of the same deed conflicts, not that of a visit named as a thing or of a stay', () => {
		// "Who is in Islamabad on a two-day visit, said on Wednesday": no one came on Wednesday.
		expect(verdictOf(checkClaim(briefing, 'Lavrov came to Islamabad from New Delhi on Tuesday'))).not.toBe(
			'contradicted',
		);
		// Being there on Tuesday is not contradicted by a meeting there on Wednesday.
		expect(verdictOf(checkClaim(briefing, 'Lavrov was already in Islamabad on Tuesday'))).not.toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, "lavrov's visit concluded on tuesday"))).toBe('contradicted');
	});

	test('GIVEN a deed the sentence puts in the passive THEN it says who did it only by "by" or "<name>-led"', () => {
		// "Since it was toppled in a US-led invasion in 2001".
		expect(verdictOf(checkClaim(briefing, 'Pakistan toppled the Taliban in 2001'))).not.toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'the taliban was toppled in a us-led invasion in 2001'))).toBe('supported');
		// The progressive is no passive ("is pushing for").
		expect(verdictOf(checkClaim(briefing, 'the us is pushing for an interim afghan govt'))).toBe('supported');
	});

	test('GIVEN findings of a review of the rules above THEN each holds: a contrast at the end, a speaker borrowed, titles, where one was', () => {
		expect(verdictOf(checkClaim(briefing, "Lavrov's visit lasted two days, not three."))).toBe('supported');
		// "… and said": the second clause's speaker is the first one's subject.
		expect(verdictOf(checkClaim(briefing, 'Lavrov met Qureshi and said Islamabad will buy 5 million doses.'))).not.toBe(
			'supported',
		);
		expect(verdictOf(checkClaim(briefing, 'COAS Imran Khan met Lavrov'))).toBe('contradicted');
		// A word of someone's own name is no title ("the imran lavrov meeting").
		expect(
			verdictOf(checkClaim(briefing, "covid's health and economic challenges came up in the imran lavrov meeting")),
		).not.toBe('contradicted');
		// Where one was is stated by "in Moscow", not by Moscow acting ("Moscow and Islamabad will boost ties").
		expect(verdictOf(checkClaim(briefing, 'Qureshi was in Moscow on Wednesday'))).not.toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Lavrov was in Islamabad on Wednesday'))).toBe('supported');
		// "MFA", as "FM": an everyday abbreviation of the foreign ministry.
		expect(verdictOf(checkClaim(briefing, "Pakistan's MFA said Lavrov would meet Imran Khan"))).toBe('supported');
		// In the passive with "by", a name qualifying the thing ("the Moscow conference") receives nothing.
		expect(verdictOf(checkClaim(briefing, 'The Moscow conference on Afghanistan was hosted by Russia'))).toBe(
			'supported',
		);
	});

	test('GIVEN a light verb THEN it stands for a narrow verb only with its particle: "came up" is discussed, "came to" no', () => {
		expect(verdictOf(checkClaim(briefing, 'the covid pandemic came up in the talks'))).toBe('supported');
		// "Were discussed in the meeting" says nothing of anyone coming to Islamabad.
		expect(verdictOf(checkClaim(briefing, 'Putin came to Islamabad'))).not.toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'putin invited imran khan to come visit russia'))).toBe('contradicted');
	});

	test('GIVEN "everything" where the article says "several issues" THEN never supported; "only" bounding a number is no strengthener', () => {
		expect(
			verdictOf(checkClaim(briefing, "qureshi's tweet said pak and russia agree on literally everything")),
		).not.toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'lavrov was only in pak for 2 days'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Lavrov only met Qureshi'))).not.toBe('supported');
	});

	test('GIVEN "an extra N", "act as <role>" and a name spelled out beside its acronym THEN read as the article words them', () => {
		expect(verdictOf(checkClaim(briefing, 'Moscow plans to ship an extra 150k shots to Pakistan.'))).toBe('supported');
		expect(
			verdictOf(checkClaim(briefing, 'Moscow is willing to act as moderator for direct Israeli-Palestinian talks')),
		).toBe('supported');
		// The role's doer is checked as a verb's: Russia offered to moderate, not Pakistan.
		expect(verdictOf(checkClaim(briefing, 'Pakistan will act as moderator between Palestine and Israel.'))).not.toBe(
			'supported',
		);
		const place = checkClaim(briefing, 'The Inter-Governmental Commission will meet in Islamabad later this year.');
		expect(verdictOf(place)).toBe('contradicted');
		expect(reasonOf(place)).toMatch(/Moscow/u);
	});

	test('GIVEN "no one had done it for a span of time" THEN it is the first time in that span: supported or contradicted by the span', () => {
		expect(verdictOf(checkClaim(briefing, 'no Russian top diplomat had travelled to Pakistan in nine years'))).toBe(
			'supported',
		);
		const longer = checkClaim(briefing, "Russian foreign ministers hadn't been to Pakistan for twelve years");
		expect(verdictOf(longer)).toBe('contradicted');
		expect(reasonOf(longer)).toMatch(/nine years, not twelve years/u);
		// "It had been nine years since …" is the same first time in nine years.
		expect(
			verdictOf(checkClaim(briefing, 'it had been 9 years since a russian foreign minister last came to pakistan')),
		).toBe('supported');
		// With no span, "never" is no first time in a span: not supported.
		expect(verdictOf(checkClaim(briefing, 'No Russian foreign minister has ever been to Pakistan'))).not.toBe(
			'supported',
		);
	});

	test('GIVEN "it" as the doer in the article THEN it is the party its sentence, else the one before, is about; not a passive\'s "it"', () => {
		const other = checkClaim(
			briefing,
			'Beijing hosted talks last month between the Taliban and senior government officials',
		);
		expect(verdictOf(other)).toBe('contradicted');
		expect(reasonOf(other)).toMatch(/Moscow do it, not Beijing/u);
		expect(
			verdictOf(
				checkClaim(briefing, 'Last month Moscow hosted talks between the Taliban and senior government officials'),
			),
		).toBe('supported');
		// "Which has been fighting … since it was toppled": "it" receives the deed; the sentence's subject did not.
		expect(verdictOf(checkClaim(briefing, 'The Taliban was toppled in a US-led invasion in 2001'))).toBe('supported');
	});

	test('GIVEN a deed the claim says is done already WHERE the article says it will be THEN contradicted; not so for a plain present or an intention', () => {
		const done = checkClaim(briefing, 'Islamabad has already purchased the 5 million doses');
		expect(verdictOf(done)).toBe('contradicted');
		expect(reasonOf(done)).toMatch(/still to come: “.*will.*”/u);
		// An event said to be over, where the sentence stating it has it "due to" come "later".
		const over = checkClaim(briefing, 'the intergovernmental commission meeting in the Russian capital is over');
		expect(verdictOf(over)).toBe('contradicted');
		expect(reasonOf(over)).toMatch(/still to come: “.*(?:due to|later)/u);
		// "Was due to meet the premier" in one sentence, the meeting held in another: done, as the claim says.
		expect(verdictOf(checkClaim(briefing, 'the meeting with imran khan is already over'))).toBe('supported');
		// "Buys" without "already" may be the plan itself; "intend to provide" leaves open what is done.
		expect(verdictOf(checkClaim(briefing, 'Pakistan buys 5 million doses'))).toBe('not-settled');
		expect(verdictOf(checkClaim(briefing, 'Russia has already provided the 150,000 more doses'))).not.toBe(
			'contradicted',
		);
	});

	test("GIVEN the claim's number stated as another deed's in the sentence THEN not supported; a noun of the deed after it is its own", () => {
		const other = checkClaim(briefing, 'Pakistan will eventually produce 5 million doses.');
		expect(verdictOf(other)).not.toBe('supported');
		expect(reasonOf(other)).toMatch(/number for “produce”/u);
		expect(verdictOf(checkClaim(briefing, 'Pakistan will buy 5 million doses of Sputnik'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'pak + russia trade jumped 46% according to lavrov'))).toBe('supported');
	});

	test('GIVEN one party put first that the sentence names only after its list THEN contradicted with the list; a country is no person of a role', () => {
		const check = checkClaim(briefing, 'the soviets were the main supporters of the islamist fighters');
		expect(verdictOf(check)).toBe('contradicted');
		expect(reasonOf(check)).toMatch(/Pakistan and the United States/u);
		expect(verdictOf(checkClaim(briefing, 'the United States were the main supporters of the Islamist fighters'))).toBe(
			'supported',
		);
	});

	test('GIVEN another subject of the verb past "has always" THEN not supported: "Moscow has always advocated" is not Pakistan\'s', () => {
		expect(verdictOf(checkClaim(briefing, 'pakistan has always advocated primacy of international law'))).not.toBe(
			'supported',
		);
	});

	test("GIVEN the claim's first deed done by another in the article, though the claim's other names act there too THEN not supported", () => {
		for (const claim of [
			'Russia signed an agreement with the Taliban last year under which the Taliban guaranteed to prevent international terrorism.',
			'Qureshi expressed satisfaction over the 46 percent increase in trade between Pakistan and Russia.',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).not.toBe('supported');
		}
		// Talks are held by both sides: the sentence's doer may be whom the claim's doer held them with.
		expect(
			verdictOf(checkClaim(briefing, "pakistan's army chief held talks with the russian foreign minister")),
		).not.toBe('contradicted');
	});

	test('GIVEN a word the article has only under a negation ("without going into detail") THEN the opposite', () => {
		expect(verdictOf(checkClaim(briefing, 'lavrov went into detail about the equipment'))).toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, 'Lavrov did not go into detail about the equipment'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, "lavrov didn't say what the military equipment is"))).toBe('supported');
	});

	test('GIVEN "both A and B" did something THEN each must have done it; a deed done together needs no other doer', () => {
		// The article has Russia develop the vaccine and the United States sign with the Taliban.
		expect(verdictOf(checkClaim(briefing, 'Both Russia and Pakistan developed Sputnik-V.'))).toBe('not-settled');
		expect(verdictOf(checkClaim(briefing, 'russia and pakistan both developed sputnik'))).toBe('not-settled');
		expect(verdictOf(checkClaim(briefing, 'both the US and Russia signed agreements with the Taliban'))).toBe(
			'contradicted',
		);
		expect(verdictOf(checkClaim(briefing, 'Both Lavrov and Qureshi held talks.'))).toBe('supported');
		// What each is; a deed done to each other, both ways.
		expect(verdictOf(checkClaim(briefing, 'Both Lavrov and Qureshi are Russian.'))).toBe('not-settled');
		expect(verdictOf(checkClaim(briefing, 'Both Lavrov and Qureshi are foreign ministers.'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Russia and Pakistan both provided 50,000 doses to each other.'))).toBe(
			'contradicted',
		);
		expect(verdictOf(checkClaim(briefing, 'Both Pakistan and Russia agreed to hold more military exercises'))).toBe(
			'supported',
		);
	});

	test('GIVEN a people\'s word before a title ("an American foreign minister") THEN the article\'s other people contradict it', () => {
		const check = checkClaim(
			briefing,
			'It was the first time an American foreign minister had visited Pakistan in nine years.',
		);
		expect(verdictOf(check)).toBe('contradicted');
		expect(reasonOf(check)).toMatch(/Russian foreign minister, not American foreign minister/u);
		expect(verdictOf(checkClaim(briefing, 'Qureshi briefed his Indian counterpart about Kashmir.'))).toBe(
			'contradicted',
		);
		expect(verdictOf(checkClaim(briefing, 'Qureshi briefed his Russian counterpart about Kashmir.'))).toBe('supported');
	});

	test('GIVEN a doer outside the parties the article lists as the deed\'s ("were the main supporters") THEN not stated', () => {
		const check = checkClaim(briefing, 'Russia backed the Islamist fighters in the 1980s.');
		expect(verdictOf(check)).not.toBe('supported');
		expect(reasonOf(check)).toMatch(/who backed/u);
		expect(verdictOf(checkClaim(briefing, 'Pakistan supported the Islamist fighters in the 1980s.'))).toBe('supported');
	});

	test('GIVEN a thing the sentence refers back to ("that date") THEN the sentence before states it; "hard to meet" is no deed', () => {
		// "… as a May 1 deadline approaches …" then "Biden has said that date will be hard to meet".
		expect(verdictOf(checkClaim(briefing, 'Biden has said the May 1 deadline will be hard to meet.'))).toBe(
			'supported',
		);
		expect(verdictOf(checkClaim(briefing, 'Biden has said meeting the May 1 date will be difficult.'))).toBe(
			'supported',
		);
		// Said to be hard is neither met nor planned; another kind of thing is no "that date".
		expect(verdictOf(checkClaim(briefing, 'Biden said the United States will meet the May 1 deadline.'))).not.toBe(
			'supported',
		);
		expect(verdictOf(checkClaim(briefing, 'the us and the taliban were on the same side'))).not.toBe('supported');
	});

	test('GIVEN "held a press conference" where the article has one addressed THEN the light verb is stated', () => {
		expect(verdictOf(checkClaim(briefing, 'Lavrov held a joint press conference with Qureshi.'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Lavrov held a joint press conference with Bajwa.'))).not.toBe('supported');
	});

	test('GIVEN a title set off by commas around a name ("X\'s foreign minister, Lavrov,") THEN it is his title, checked', () => {
		expect(verdictOf(checkClaim(briefing, "pakistan's foreign minister, sergey lavrov, met qureshi"))).toBe(
			'contradicted',
		);
		expect(verdictOf(checkClaim(briefing, "Russia's foreign minister, Sergey Lavrov, met Qureshi."))).toBe('supported');
		// A list of names is no title, nor a title after a preposition.
		expect(verdictOf(checkClaim(briefing, 'Imran Khan, Lavrov and Bajwa met.'))).not.toBe('contradicted');
		expect(
			verdictOf(checkClaim(briefing, 'Lavrov held separate talks with the Prime Minister, Qureshi, and Bajwa')),
		).not.toBe('contradicted');
	});

	test('GIVEN whom a deed was done with THEN the names after the sentence\'s "with" must hold them; either way round', () => {
		// The United States signed its agreement with the Taliban; Moscow is named in the same sentence.
		const check = checkClaim(briefing, 'Washington signed an agreement with Moscow more than a year ago.');
		expect(verdictOf(check)).toBe('not-settled');
		expect(check.found && check.reason).toMatch(/with whom \(the article has the Taliban\)/u);
		// A list of partners, titles and all; a deed done together read the other way round.
		expect(verdictOf(checkClaim(briefing, 'Lavrov held talks with Bajwa'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'COAS Bajwa held talks with Lavrov.'))).toBe('supported');
		// Both in the one list of Lavrov's partners: partners of his, not of each other.
		expect(verdictOf(checkClaim(briefing, 'Qureshi met with Bajwa'))).not.toBe('supported');
		expect(
			verdictOf(
				checkClaim(briefing, 'Lavrov held a joint press conference with Foreign Minister Shah Mahmood Qureshi.'),
			),
		).toBe('supported');
	});

	test('GIVEN someone "never said" what the article has them say THEN contradicted, whatever the saying negates', () => {
		// What Qureshi says is his; what Lavrov says of Palestine holds a negation of its own ("has not forgotten").
		for (const claim of [
			'Qureshi never said that Russia is a factor of stability',
			"Lavrov didn't mention Palestine",
			'Qureshi did not mention Kashmir',
			'Lavrov never mentions Palestine',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).toBe('contradicted');
		}
		// A name beside Lavrov in a sentence that is no saying of his is no mention: he arrived from India.
		expect(verdictOf(checkClaim(briefing, "Lavrov didn't mention India"))).not.toBe('contradicted');
		// A denial of it is no statement of it either: at most not settled, where "not only share …" denies nothing.
		expect(verdictOf(checkClaim(briefing, 'Qureshi denied that Russia is a factor of stability'))).not.toBe(
			'supported',
		);
	});

	test("GIVEN an allegation the claim has the accused admit THEN the article's denial contradicts it; reported as such it is supported", () => {
		expect(verdictOf(checkClaim(briefing, 'Pakistan has been accused of supporting the Taliban and admits it.'))).toBe(
			'contradicted',
		);
		expect(verdictOf(checkClaim(briefing, 'Pakistan has been accused of supporting the Taliban.'))).toBe('supported');
	});

	test('GIVEN another doer in a compound with the same deed and noun ("Russian-led" against "US-led") THEN contradicted; a people\'s name is its country', () => {
		const check = checkClaim(briefing, 'It was a Russian-led invasion that ousted the Taliban in 2001.');
		expect(verdictOf(check)).toBe('contradicted');
		expect(reasonOf(check)).toMatch(/US-led/u);
		expect(verdictOf(checkClaim(briefing, 'The Taliban were toppled in an American-led invasion in 2001.'))).not.toBe(
			'contradicted',
		);
	});

	test('GIVEN the holes a review of this change found THEN each is closed', () => {
		// "with" names a partner only right after the deed; a title is matched whole.
		for (const claim of [
			'Qureshi expressed satisfaction over a 46 percent increase in trade with Moscow',
			'The foreign minister expressed satisfaction at the steady growth in bilateral ties',
			// "Only" before a name is exclusive, whatever number follows.
			'Only Russia has provided 50,000 doses to Pakistan',
			// "Eventually" is a time, not a wish: a plan is still no desire.
			'Pakistan eventually will manufacture the vaccine',
			'Lavrov served as Russia’s defence minister',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).not.toBe('supported');
		}
		// A passive's subject is no list member; "set up" is a deed, "is set to" a plan.
		for (const claim of [
			'The Soviet forces were fought by Islamist fighters backed by Pakistan and the United States',
			'Pakistan set up direct negotiations between the United States and the Taliban',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).toBe('supported');
		}
		expect(reasonOf(checkClaim(briefing, 'The US signed its deal with the Taliban 1.5 years ago'))).not.toMatch(
			/\b5 years/u,
		);
	});

	test('GIVEN a light verb ("held a conference") THEN the article’s verb before the object stands for it, its doer checked', () => {
		expect(verdictOf(checkClaim(briefing, 'moscow held an afghanistan conference last month'))).toBe('supported');
		// Who held it is still who hosted it; a noun the tagger takes for a verb ("a sensitive time") stands for nothing.
		expect(verdictOf(checkClaim(briefing, 'Pakistan held the Moscow conference on Afghanistan'))).not.toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'China held talks in Moscow'))).not.toBe('supported');
		// Only a verb of what the light verb does stands for it: "hold its forces" is not "withdraw its forces".
		for (const claim of [
			'The United States will hold its forces in Afghanistan',
			'The United States will raise its forces in Afghanistan',
			'The Taliban will bring international terrorism',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).not.toBe('supported');
		}
	});

	test('GIVEN a phrasal verb of a narrow kind ("wrapped up") THEN the article’s verb of that kind states it, its day compared', () => {
		// "Concluding his visit …", a paragraph of Wednesday's news.
		expect(verdictOf(checkClaim(briefing, 'The Russian minister wrapped up his Pakistan visit on Wednesday'))).toBe(
			'supported',
		);
		const day = checkClaim(briefing, 'The Russian minister wrapped up his Pakistan visit on Monday');
		expect(verdictOf(day)).toBe('contradicted');
		expect(reasonOf(day)).toMatch(/Wednesday/u);
		// The particle makes the kind: "wrapped" alone is no finishing.
		expect(verdictOf(checkClaim(briefing, 'The Russian minister wrapped his Pakistan visit on Wednesday'))).not.toBe(
			'supported',
		);
	});

	test('GIVEN the negated form of what the article says ("instability" against "stability") THEN contradicted, as a word qualifying nothing', () => {
		const check = checkClaim(briefing, 'Qureshi said Russia is a force of instability for the region');
		expect(verdictOf(check)).toBe('contradicted');
		expect(reasonOf(check)).toMatch(/stability, not instability/u);
		// Where the article itself writes the negated form, it states it.
		expect(verdictOf(checkClaim(briefing, 'Russia is concerned about instability in Afghanistan'))).toBe('supported');
	});

	test('GIVEN a speaking verb in the passive ("X was congratulated by Y") THEN Y speaks, not X', () => {
		expect(verdictOf(checkClaim(briefing, 'Russia was congratulated by the premier on developing Sputnik-V'))).toBe(
			'supported',
		);
		const other = checkClaim(briefing, 'Russia was congratulated by Qureshi on developing Sputnik-V');
		expect(reasonOf(other)).not.toMatch(/say it, not Russia/u);
	});

	test('GIVEN the middle of the year, or a month, of what the article dates by month THEN supported or contradicted by it', () => {
		// "… Summit in Bishkek in June 2019".
		expect(verdictOf(checkClaim(briefing, 'The premier met Putin in Bishkek in mid-2019'))).toBe('supported');
		const month = checkClaim(briefing, 'The premier met Putin in Bishkek in October 2019');
		expect(verdictOf(month)).toBe('contradicted');
		expect(reasonOf(month)).toMatch(/June 2019, not October 2019/u);
	});

	test('GIVEN "on top of what it gave <someone>" THEN the someone is still checked; a bare "what it gave" goes', () => {
		expect(
			verdictOf(checkClaim(briefing, 'Russia will give Pakistan another 150,000 doses on top of what it gave India')),
		).not.toBe('supported');
	});

	test('GIVEN "meant to", trade units ("bcf/d") and "asap" THEN read as a plan, a volume and a speed the article states', () => {
		for (const claim of [
			'the pipeline is meant to carry 1.6 bcf/d of LNG from karachi to lahore',
			'imran wants the legal process for the pipeline concluded asap',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).toBe('supported');
		}
	});

	test('GIVEN a deed in the present progressive ("is purchasing") THEN a plan the article states supports it; the past does not', () => {
		expect(verdictOf(checkClaim(briefing, 'Islamabad is purchasing five million vaccine doses'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Islamabad was purchasing five million vaccine doses'))).not.toBe(
			'supported',
		);
		// An invitation is no plan: the progressive of a visit only invited is not stated.
		expect(verdictOf(checkClaim(briefing, 'Putin is visiting Pakistan'))).not.toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Islamabad is purchasing ten million vaccine doses'))).toBe('contradicted');
	});

	test('GIVEN a party said to be absent that the article lists among the participants THEN contradicted', () => {
		for (const claim of [
			"china wasn't at the moscow conference on afghanistan",
			"china skipped last month's afghanistan conference in moscow",
			"the US wasn't part of moscow's afghanistan conference last month",
		]) {
			const check = checkClaim(briefing, claim);
			expect(verdictOf(check), claim).toBe('contradicted');
			expect(reasonOf(check), claim).toMatch(/participants/u);
		}
		// One the list does not name, a negated absence, a place one is not in, another year: none is contradicted.
		for (const claim of [
			"India wasn't at the moscow conference",
			'China never missed the Moscow conference',
			'The United States is not in Afghanistan',
			'China did not attend the conference on Afghanistan in Moscow in 2019',
			'The Afghan sides were not at the Moscow conference last month',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).not.toBe('contradicted');
		}
	});

	test('GIVEN everyday words for the article\'s ("transitional" for interim) THEN supported; a meeting not held is not', () => {
		expect(verdictOf(checkClaim(briefing, 'washington is pushing for a transitional govt in afghanistan'))).toBe(
			'supported',
		);
		expect(
			verdictOf(checkClaim(briefing, 'Lavrov met Imran Khan at the SCO Summit in Bishkek in June 2019.')),
		).not.toBe('supported');
	});

	test("GIVEN a claim opening with a common word THEN its capital is the sentence's, no name the article lacks", () => {
		expect(verdictOf(checkClaim(briefing, 'Bilateral trade rose 64 percent.'))).toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, 'bilateral trade rose 64 percent.'))).toBe('contradicted');
	});

	test('GIVEN a compound that judges as a whole ("one-sided") THEN it opposes the article\'s judgement', () => {
		expect(verdictOf(checkClaim(briefing, 'lavrov called pak-russia ties one-sided'))).toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, 'lavrov called the relationship mutually beneficial'))).toBe('supported');
		// Negated, the judgement agrees with the article's.
		expect(
			verdictOf(checkClaim(briefing, "moscow's envoy called the relationship mutually beneficial, not one-sided")),
		).not.toBe('contradicted');
	});

	test('GIVEN a noun the article has only a broader word for THEN it is not stated: "ties" is no "security"', () => {
		expect(verdictOf(checkClaim(briefing, 'lavrov said ties between moscow and islamabad are getting worse'))).not.toBe(
			'supported',
		);
	});

	test('GIVEN "X was ready to <verb>" in the article THEN X is its subject: another party\'s offer is not stated', () => {
		expect(verdictOf(checkClaim(briefing, 'pakistan is up for mediating between israel and palestine'))).not.toBe(
			'supported',
		);
	});

	test('GIVEN "given up on" where the article says "has not forgotten" THEN the opposite: contradicted', () => {
		expect(verdictOf(checkClaim(briefing, 'lavrov said russia has given up on a palestinian state'))).toBe(
			'contradicted',
		);
		expect(verdictOf(checkClaim(briefing, "russia hasn't given up on a palestinian state"))).toBe('supported');
	});

	test('GIVEN an offer in chat ("up for mediating", "open to hosting") THEN it is an offer: the article’s "ready to" states it', () => {
		expect(
			verdictOf(checkClaim(briefing, 'Lavrov says Moscow is up for mediating direct Israel-Palestine talks')),
		).toBe('supported');
		// An offer is still no deed.
		expect(verdictOf(checkClaim(briefing, 'Moscow mediated direct Israel-Palestine talks'))).not.toBe('supported');
	});

	test('GIVEN "X, who is in <place> …, said" THEN X speaks, not the place of the clause about X', () => {
		const check = checkClaim(briefing, 'lavrov said russia is ready to extend military support to pakistan');
		expect(verdictOf(check)).toBe('supported');
	});

	test('GIVEN "to <place>" THEN it conflicts only with a place after the same kind of word: a going, a route, the same noun', () => {
		// The article brings peace "to Afghanistan": no destination of a journey.
		expect(verdictOf(checkClaim(briefing, 'lavrov heads to china after pakistan'))).not.toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, 'lavrov pledged to focus on bringing peace to kashmir'))).toBe(
			'contradicted',
		);
		expect(verdictOf(checkClaim(briefing, 'the gas pipeline will run from karachi to islamabad'))).toBe('contradicted');
		// The place of a suggestion ("could again be held in Moscow") is no fact against a deed's; a plan's against a plan.
		expect(verdictOf(checkClaim(briefing, 'lavrov spoke at the press conference in islamabad on wednesday'))).not.toBe(
			'contradicted',
		);
		expect(verdictOf(checkClaim(briefing, 'the IGC will meet in Islamabad later this year'))).toBe('contradicted');
		// The claim's noun a few words before "to" in the article: "50,000 doses of anti Covid vaccine to Pakistan".
		expect(verdictOf(checkClaim(briefing, 'Russia has provided 50,000 vaccine doses to India'))).toBe('contradicted');
	});

	test('GIVEN a seat of power or a capital acting for its country THEN it is the country, direction still checked', () => {
		expect(verdictOf(checkClaim(briefing, 'the kremlin gave islamabad 50k doses'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'islamabad gave the kremlin 50k doses'))).toBe('contradicted');
	});

	test('GIVEN "the <people> capital" THEN it is that country’s capital: the right one supported, another contradicted', () => {
		expect(verdictOf(checkClaim(briefing, 'the IGC will meet in the Russian capital'))).toBe('supported');
		const other = checkClaim(briefing, 'the IGC will meet in the Pakistani capital');
		expect(verdictOf(other)).toBe('contradicted');
		expect(reasonOf(other)).toContain('Moscow');
	});

	test('GIVEN a country as where something happened THEN its capital states it; not the reverse, nor a party named elsewhere', () => {
		expect(verdictOf(checkClaim(briefing, 'Imran Khan met Putin in Kyrgyzstan in 2019'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Imran Khan met Putin in Kazakhstan in 2019'))).toBe('contradicted');
		// Something in a country need not be in its capital.
		expect(verdictOf(checkClaim(briefing, 'Imran Khan met Putin in Moscow in 2019'))).not.toBe('supported');
		// The sentence has Pakistan only as a party ("between Pakistan and Russia") and the meeting in Moscow.
		const party = checkClaim(briefing, 'The intergovernmental commission will meet in Pakistan later this year');
		expect(verdictOf(party)).toBe('contradicted');
		expect(reasonOf(party)).toContain('Moscow');
		expect(verdictOf(checkClaim(briefing, 'the commission will convene in Pakistan'))).not.toBe('supported');
		// "Russian FM … held talks": a people's word in a title says whose, not where.
		expect(verdictOf(checkClaim(briefing, 'Lavrov held talks with Imran Khan in Russia.'))).not.toBe('supported');
		// "Including the United States, China and Pakistan": a list of names, not one longer name.
		const listed = 'Russia hosted an international conference on Afghanistan in the United States last month.';
		expect(verdictOf(checkClaim(briefing, listed))).not.toBe('supported');
		// A trip's stops are where one was: "from India" says Lavrov was in India.
		expect(verdictOf(checkClaim(briefing, 'lavrov flew into pak right after being in india'))).toBe('supported');
	});

	test('GIVEN "a future X" in a wish or a plan THEN the wish says it is to come; the wish itself is still compared', () => {
		expect(
			verdictOf(
				checkClaim(
					briefing,
					"Russia's foreign ministry wants the Taliban to be part of a future inclusive Afghan government",
				),
			),
		).toBe('supported');
		expect(
			verdictOf(
				checkClaim(briefing, "Russia's foreign ministry wants the Taliban kept out of any future Afghan government"),
			),
		).toBe('contradicted');
	});

	test('GIVEN details given or not, however put, where the article speaks "without going into detail" THEN each verdict', () => {
		for (const claim of [
			'Lavrov gave no specifics about the military equipment.',
			'Lavrov did not give details of the military equipment.',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).toBe('supported');
		}
		for (const claim of [
			'Lavrov laid out in detail what military equipment Russia would supply.',
			'Lavrov spelled out exactly which military hardware Russia would supply.',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).toBe('contradicted');
		}
		// Laying out a plan is no going into detail.
		expect(
			verdictOf(checkClaim(briefing, 'Lavrov laid out a plan to supply Pakistan with military equipment')),
		).not.toBe('contradicted');
	});

	test('GIVEN "a stabilising force" where the article has "a factor of stability" THEN one; its opposite contradicted', () => {
		expect(verdictOf(checkClaim(briefing, 'Qureshi said Russia is a stabilising force in the region'))).toBe(
			'supported',
		);
		expect(verdictOf(checkClaim(briefing, 'Qureshi said Russia is a destabilizing force in the region'))).toBe(
			'contradicted',
		);
		// Forces that fight are no factors.
		expect(verdictOf(checkClaim(briefing, 'The Taliban has been fighting Afghan factors since 2001'))).not.toBe(
			'supported',
		);
	});

	test('GIVEN "X is a Y" THEN the sentence must give Y to X, not to another it names, nor to "the two countries"', () => {
		for (const claim of [
			'Qureshi said Pakistan is a factor of stability in the world.',
			'The two countries are a factor of stability in the world.',
			'Qureshi said both countries are factors of stability in the region.',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).not.toBe('supported');
		}
		expect(verdictOf(checkClaim(briefing, 'Qureshi said Russia is a factor of stability in the region'))).toBe(
			'supported',
		);
		// "… has stepped up its involvement, emerging as a significant player": said of the main clause's subject.
		expect(verdictOf(checkClaim(briefing, 'Russia is a significant player in Afghanistan'))).toBe('supported');
		// Each of a list opening the sentence holds it: "Pakistan and the United States were the main supporters".
		expect(verdictOf(checkClaim(briefing, 'pakistan was a supporter of the islamist fighters in the 80s'))).toBe(
			'supported',
		);
	});

	test('GIVEN "not only share X but …" in the article THEN X is said, not denied', () => {
		expect(verdictOf(checkClaim(briefing, 'The two countries share geographic proximity'))).toBe('supported');
	});

	test('GIVEN "between the two sides" of a war THEN they are not the two countries the article is about', () => {
		expect(verdictOf(checkClaim(briefing, 'Russia wants Pakistan in a future Afghan government.'))).not.toBe(
			'supported',
		);
	});

	test('GIVEN "called X a Y", "described X as Y" THEN said to be Y, however the article words the saying', () => {
		// Qureshi's sentence is "we feel … Russia is a factor of stability", said, not "called".
		const source = checkClaim(briefing, 'qureshi called russia a source of instability in the region');
		expect(verdictOf(source)).toBe('contradicted');
		expect(reasonOf(source)).toMatch(/stability/u);
		expect(verdictOf(checkClaim(briefing, 'Lavrov described the relationship as one-sided'))).toBe('contradicted');
		// Calling on someone, calling for something, calling someone a day later: no description.
		expect(verdictOf(checkClaim(briefing, 'Lavrov called on Imran Khan'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Imran Khan called Putin a day after the Bishkek summit'))).not.toBe(
			'contradicted',
		);
	});

	test('GIVEN a deed "already under way" that the article has still to come THEN contradicted', () => {
		const check = checkClaim(briefing, 'Construction on the Stream gas pipeline is already under way.');
		expect(verdictOf(check)).toBe('contradicted');
		expect(reasonOf(check)).toMatch(/still to come/u);
	});

	test('GIVEN a word the article writes hyphenated ("Inter-Governmental") THEN the joined word states it', () => {
		// ¶4 alone says what the commission will pursue, and writes it "Inter-Governmental Commission".
		const joined = checkClaim(briefing, 'The intergovernmental commission will pursue specific proposals');
		expect(verdictOf(joined)).toBe('supported');
		expect(joined.found && joined.passages[0]?.quote.text).toContain('Inter-Governmental');
	});

	test('GIVEN "the two sides" opening a claim THEN the two parties; after "between" anyone’s two sides', () => {
		expect(verdictOf(checkClaim(briefing, 'The two sides agreed to hold more joint drills.'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'The US wants an interim government between the two sides'))).toBe(
			'supported',
		);
	});

	test('GIVEN a state of the past, or a deed the article only schedules THEN never supported', () => {
		for (const claim of [
			'the Soviet Union backed the Islamist fighters in the 1980s',
			'the US withdrew its troops by the May 1 deadline',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).not.toBe('supported');
		}
	});

	test('GIVEN words the article gives another speaker THEN not supported, and the reason names who says them', () => {
		const swapped = checkClaim(briefing, 'lavrov said pakistan will buy 5 million doses');
		expect(verdictOf(swapped)).not.toBe('supported');
		expect(reasonOf(swapped)).toMatch(/Qureshi/u);
		expect(verdictOf(checkClaim(briefing, 'qureshi termed the relationship mutually beneficial'))).not.toBe(
			'supported',
		);
		// The right speaker, or their country, still holds.
		expect(verdictOf(checkClaim(briefing, 'qureshi said pakistan will buy 5 million doses'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'lavrov termed the relationship mutually beneficial'))).toBe('supported');
	});

	test('GIVEN "<person> is <role>" THEN the role must be theirs: another holder contradicts, an office of no one does not settle', () => {
		const other = checkClaim(briefing, 'lavrov is pakistan’s foreign minister');
		expect(verdictOf(other)).toBe('contradicted');
		expect(reasonOf(other)).toMatch(/Qureshi/u);
		expect(verdictOf(checkClaim(briefing, 'qureshi is the pakistani pm'))).toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, 'imran khan is the president of pakistan'))).toBe('not-settled');
		expect(verdictOf(checkClaim(briefing, 'lavrov is russia’s top diplomat'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'bajwa is the army chief'))).toBe('supported');
	});

	test('GIVEN a country the article never names THEN no broader word states it ("Ukraine" is no "state")', () => {
		expect(verdictOf(checkClaim(briefing, 'they discussed the situation in ukraine'))).not.toBe('supported');
		// Nor a synonym of a state past, but another form of the name does.
		expect(verdictOf(checkClaim(briefing, 'the ussr supported pakistan in the 1980s'))).not.toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'russia is ready to mediate direct israeli-palestinian talks'))).toBe(
			'supported',
		);
	});

	test('GIVEN each action of a claim THEN each must be stated in its mood: a means after "by" shares its verb’s', () => {
		// "in order to end the civil war" is no war ended; "ready to …, including by supplying" is an offer.
		for (const claim of [
			'fighting between the afghan government and the taliban has ended',
			'russia has supplied special military equipment to pakistan',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).toBe('not-settled');
		}
		expect(verdictOf(checkClaim(briefing, 'Russia offered to supply Pakistan with special military equipment'))).toBe(
			'supported',
		);
	});

	test('GIVEN who acts and who receives swapped THEN contradicted: a title before the receiver, "to <name>", "X, who …"', () => {
		for (const claim of [
			'putin invited imran khan to visit russia',
			'pakistan has provided 50,000 doses of vaccine to russia',
			'Prime Minister Imran Khan called on Lavrov',
		]) {
			const check = checkClaim(briefing, claim);
			expect(verdictOf(check), claim).toBe('contradicted');
			expect(reasonOf(check), claim).toContain('other way round');
		}
		expect(verdictOf(checkClaim(briefing, 'imran khan invited putin to visit pakistan'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'russia has provided 50,000 doses of vaccine to pakistan'))).toBe(
			'supported',
		);
	});

	test('GIVEN an accusation and its denial THEN the accusation is stated, a denial only by a claim that denies', () => {
		expect(verdictOf(checkClaim(briefing, 'pakistan has been accused of supporting the taliban'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'pakistan has never been accused of supporting the taliban'))).toBe(
			'contradicted',
		);
		expect(verdictOf(checkClaim(briefing, 'pakistan denies supporting the taliban'))).toBe('supported');
		// Two negations affirm; a plain negation is more than a denial says.
		expect(verdictOf(checkClaim(briefing, 'pakistan has never denied supporting the taliban'))).toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, 'pakistan does not support the taliban'))).toBe('not-settled');
	});

	test('GIVEN "first ever", "the only", or several actors joined THEN the sentence must say as much, with each actor', () => {
		for (const claim of [
			'lavrov was the first ever foreign minister to visit pakistan',
			'in the 1980s pakistan and russia backed the islamist fighters',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).not.toBe('supported');
		}
		expect(verdictOf(checkClaim(briefing, 'in the 1980s pakistan and the us backed the islamist fighters'))).toBe(
			'supported',
		);
	});

	test('GIVEN a quote that runs on past its "X said" THEN it is still X’s', () => {
		expect(verdictOf(checkClaim(briefing, 'Lavrov said coordination at the UN level has been excellent'))).toBe(
			'not-settled',
		);
		expect(verdictOf(checkClaim(briefing, 'Qureshi said coordination at the UN level has been excellent'))).toBe(
			'supported',
		);
	});

	test('GIVEN a verb joined by "and" to a planned one, past a name in quotes THEN it is planned too', () => {
		const check = checkClaim(briefing, 'the pm said the pipeline work has commenced');
		expect(verdictOf(check)).toBe('not-settled');
		expect(reasonOf(check)).toContain('a plan');
	});

	test('GIVEN actors joined by "and the" or before "to be" THEN each must be the sentence’s, however common', () => {
		for (const verb of ['were the main supporters of', 'supported']) {
			expect(
				verdictOf(checkClaim(briefing, `russia and the united states ${verb} the fighters in the 1980s`)),
			).not.toBe('supported');
			expect(verdictOf(checkClaim(briefing, `pakistan and the united states ${verb} the fighters in the 1980s`))).toBe(
				'supported',
			);
		}
	});

	test('GIVEN praise against blame, giving in other words, selling for giving THEN each is read as such', () => {
		expect(verdictOf(checkClaim(briefing, 'pakistan condemned russia’s efforts for afghan peace'))).toBe(
			'contradicted',
		);
		expect(verdictOf(checkClaim(briefing, 'pakistan commended russia’s efforts for afghan peace'))).toBe('supported');
		// "Handed" states what "provided" does, with its numbers and moods compared; "sold" does not.
		expect(verdictOf(checkClaim(briefing, 'moscow has handed islamabad 50,000 doses'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'moscow has handed islamabad 150,000 doses'))).toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, 'moscow sold islamabad 50,000 doses'))).not.toBe('supported');
	});

	test('GIVEN a word for a person ("the premier") THEN it names them, as "he" in the sentence does; a title is no place', () => {
		expect(verdictOf(checkClaim(briefing, 'the premier reiterated the importance of relations with russia'))).toBe(
			'supported',
		);
		// "to President Putin": a title after "to" is no place against the claim's.
		const flew = checkClaim(briefing, 'the premier flew to moscow');
		expect(verdictOf(flew)).not.toBe('contradicted');
		expect(reasonOf(flew)).not.toMatch(/President/u);
	});

	test('GIVEN an owner THEN it conflicts only where the article gives the whole thing owned another owner', () => {
		// "Pakistan’s foreign minister" is no other owner of "Russia's foreign ministry".
		expect(verdictOf(checkClaim(briefing, 'russia’s foreign ministry made a statement on wednesday'))).not.toBe(
			'contradicted',
		);
	});

	test('GIVEN a judging word inside a compound ("high-level") THEN it is no opposite of the claim’s', () => {
		expect(verdictOf(checkClaim(briefing, 'washington said the deadline will be hard to meet'))).not.toBe(
			'contradicted',
		);
		// Nor inside the claim's own compound.
		expect(verdictOf(checkClaim(briefing, 'the talks on afghan security were high-profile'))).not.toBe('contradicted');
	});

	test('GIVEN a title before a person’s name THEN it must be theirs: another holder contradicts', () => {
		expect(verdictOf(checkClaim(briefing, 'army chief qureshi held talks with lavrov'))).toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, 'Russian Defence Minister Sergey Lavrov visited Pakistan'))).not.toBe(
			'supported',
		);
		expect(verdictOf(checkClaim(briefing, 'COAS Bajwa met Lavrov'))).toBe('supported');
		// An abbreviation English files otherwise ("PM", the afternoon) is a title where it fits someone.
		expect(verdictOf(checkClaim(briefing, "Lavrov held talks with Pakistan's PM Qureshi"))).toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, 'Lavrov held talks with PM Imran Khan'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'imran khan invited president putin to visit pakistan'))).toBe('supported');
	});

	test('GIVEN a reaction by the wrong person, or "only" said of another word THEN not supported', () => {
		expect(verdictOf(checkClaim(briefing, 'Qureshi congratulated Russia on developing the Sputnik-V vaccine'))).toBe(
			'not-settled',
		);
		expect(verdictOf(checkClaim(briefing, 'the pm congratulated russia on the sputnik vaccine'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Qureshi said Russia is the only factor of stability'))).toBe('not-settled');
	});

	test('GIVEN a participle with no tense of its own THEN it is in its clause’s mood ("will boost ties, with … holding")', () => {
		expect(verdictOf(checkClaim(briefing, 'pakistan and russia held joint military exercises'))).toBe('not-settled');
	});

	test('GIVEN a true claim near another passage’s denial, joint subject or place THEN never contradicted by them', () => {
		for (const claim of [
			// "Pakistan denies that" answers a claim about Pakistan, not Russia's worries.
			'russia is worried afghan instability could spill over into central asia',
			// "Moscow and Islamabad will boost ties": Islamabad acts with Moscow, not instead of it.
			'moscow is ready to supply pak with special military equipment to boost its counter-terror capacity',
			// "in Doha" of another sentence is not where this meeting would be.
			'lavrov suggested another high-level meeting on afghanistan could be held in moscow',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).not.toBe('contradicted');
		}
	});

	test('GIVEN "X <verb>" where the article has another do that very verb THEN not supported', () => {
		expect(verdictOf(checkClaim(briefing, 'islamabad acknowledged moscow’s campaign against terrorism'))).not.toBe(
			'supported',
		);
		expect(verdictOf(checkClaim(briefing, 'moscow acknowledged islamabad’s campaign against terrorism'))).toBe(
			'supported',
		);
	});

	test('GIVEN "visited <place>" or "from <place>" THEN the article must have the place in that role', () => {
		expect(verdictOf(checkClaim(briefing, 'qureshi visited moscow to meet lavrov'))).not.toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Lavrov arrived in Pakistan from the United States'))).toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, 'lavrov visited pakistan'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'lavrov came to pakistan from india'))).toBe('supported');
	});

	test('GIVEN an owner swapped ("Lima’s plan" for "Peru’s plan") THEN contradicted, naming the article’s owner', () => {
		const check = checkClaim(
			briefing,
			'qureshi said islamabad acknowledged moscow’s successful campaign against terrorism',
		);
		expect(verdictOf(check)).toBe('contradicted');
		expect(reasonOf(check)).toMatch(/Islamabad’s successful/u);
	});

	test('GIVEN names in a list, a number "more", a negation of one action, a conditional THEN read as such', () => {
		// "Khan, Bajwa": a name before a comma is no title of the next.
		expect(verdictOf(checkClaim(briefing, 'lavrov held separate talks with imran khan, bajwa and qureshi'))).toBe(
			'supported',
		);
		// "150k more" is not the 50,000 given before.
		expect(verdictOf(checkClaim(briefing, 'lavrov said moscow intends to provide 150k more doses'))).not.toBe(
			'contradicted',
		);
		// "discussed, not signed": the negation is the signing's; "as soon as it is signed" is no signing.
		expect(
			verdictOf(checkClaim(briefing, 'the stream gas pipeline protocol is still being discussed, not signed yet')),
		).not.toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, 'the pipeline protocol has not been signed'))).toBe('not-settled');
	});

	test('GIVEN an accusation THEN the accused must be the article’s, and an accuser it never names is unsaid', () => {
		for (const claim of [
			'The United States was accused of supporting the Taliban',
			'Pakistan accused Russia of supporting the Taliban',
			'the us accused russia of backing the taliban',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).not.toBe('supported');
		}
		// Reporting the accusation and the denial is true.
		expect(verdictOf(checkClaim(briefing, 'Pakistan was accused of supporting the Taliban and denies it'))).toBe(
			'supported',
		);
		expect(verdictOf(checkClaim(briefing, 'Russia denies supporting the Taliban'))).not.toBe('contradicted');
	});

	test('GIVEN a seat of power as a place, a verb of saying inside the claim, "agreed to a deal" THEN not supported', () => {
		for (const claim of [
			'Lavrov met Khan in the Kremlin',
			'Lavrov said Moscow acknowledged Islamabad’s campaign against terrorism',
			'the warring afghan sides agreed to a peace deal at the moscow conference',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).not.toBe('supported');
		}
	});

	test('GIVEN "<person> was in <place>" or "is <country>’s leader" THEN no role is compared', () => {
		expect(verdictOf(checkClaim(briefing, 'Lavrov was in Islamabad'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Putin is Russia’s leader'))).toBe('supported');
	});

	test('GIVEN "he" in the article THEN the person it stands for: stated as the claim’s speaker, or another actor', () => {
		expect(
			verdictOf(
				checkClaim(briefing, 'lavrov said russia was ready to moderate a dialogue between palestine and israel'),
			),
		).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'qureshi briefed lavrov on the human rights situation in kashmir'))).toBe(
			'supported',
		);
		expect(verdictOf(checkClaim(briefing, 'lavrov briefed qureshi on the human rights situation in kashmir'))).not.toBe(
			'supported',
		);
	});

	test('GIVEN "visited <place>" where the article only meets there THEN not supported', () => {
		expect(verdictOf(checkClaim(briefing, 'Lavrov visited Moscow'))).not.toBe('supported');
	});

	test('GIVEN newsroom names of offices, "per X", "between the two" THEN read as the article puts them', () => {
		for (const claim of [
			'moscow’s top diplomat called the relationship mutually beneficial and constructive',
			'pak will buy 5 million doses of sputnik per qureshi',
			'lavrov said trade between the two went up 46%',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).toBe('supported');
		}
	});

	test('GIVEN a negation of one word or action, a wish for a plan, a cause, "at least", "all" THEN as strong as the article', () => {
		expect(verdictOf(checkClaim(briefing, 'Lavrov said there is no need to further diversify bilateral trade'))).toBe(
			'contradicted',
		);
		expect(
			verdictOf(checkClaim(briefing, 'Pakistan and the United States did not support the Islamist fighters')),
		).toBe('contradicted');
		for (const claim of [
			'Pakistan will manufacture the Sputnik-V vaccine',
			'The intra-Afghan dialogue stalled because of Taliban violence',
			'Qureshi said Pakistan and Russia share convergent positions on all issues',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).not.toBe('supported');
		}
		expect(verdictOf(checkClaim(briefing, 'Russia has provided Pakistan at least 100,000 doses'))).toBe('contradicted');
		// What the article does say stays supported.
		for (const claim of [
			'pakistan wants to make sputnik eventually',
			'Moscow plans to send another 150k jabs to Pakistan',
			'In the 1980s, Pakistan and the United States were the main supporters of the Islamist fighters',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).toBe('supported');
		}
	});

	test('GIVEN "due to meet", "the UN", "didn’t", a verb governed by "invite … to" THEN each read for what it is', () => {
		for (const claim of [
			'the intergovernmental commission is due to meet in moscow later this year',
			'qureshi said pak-russia coordination at the un has been excellent',
			'lavrov didn’t go into detail about the military equipment',
			'imran reiterated his invite to putin to visit pak',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).toBe('supported');
		}
		// A visit "at the invitation" is a visit; a negation with no action to compare needs one in the sentence.
		expect(verdictOf(checkClaim(briefing, 'Putin has visited Pakistan at Imran Khan’s invitation'))).not.toBe(
			'supported',
		);
		expect(verdictOf(checkClaim(briefing, 'russia doesn’t want the taliban in any afghan government'))).not.toBe(
			'supported',
		);
	});

	test('GIVEN a describing verb the article puts another way ("called" for "termed") THEN still supported', () => {
		const check = checkClaim(briefing, 'the russian FM called the relationship mutually beneficial and constructive');
		expect(verdictOf(check)).toBe('supported');
	});

	test('GIVEN the article’s two parties named where it says "the two nations" THEN still supported', () => {
		const check = checkClaim(briefing, 'lavrov termed pakistan-russia relations mutually beneficial');
		expect(verdictOf(check)).toBe('supported');
	});

	test('GIVEN a route the other way round THEN contradicted, naming each end; GIVEN it in order THEN supported', () => {
		const reversed = checkClaim(briefing, 'the gas pipeline will carry gas from lahore to karachi');
		expect(verdictOf(reversed)).toBe('contradicted');
		expect(reasonOf(reversed)).toMatch(/Lahore as its end/iu);
		expect(verdictOf(checkClaim(briefing, 'the gas pipeline will carry gas from karachi to lahore'))).toBe('supported');
	});

	test('GIVEN a decade in two digits THEN it is the decade the article writes in four', () => {
		const check = checkClaim(
			briefing,
			'in the 80s pakistan and the united states were the main supporters of the islamist fighters',
		);
		expect(verdictOf(check)).toBe('supported');
	});

	test('GIVEN "the two nations" and a third country named THEN not supported; a rise is no opposite of "hard"', () => {
		const third = checkClaim(briefing, 'lavrov termed the relationship with afghanistan mutually beneficial');
		expect(verdictOf(third)).not.toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'the taliban threats increased'))).not.toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, 'russia gave pakistan nearly 50,000 doses'))).not.toBe('contradicted');
	});

	test('GIVEN a change the other way ("fell" for "an increase") THEN contradicted, naming both words', () => {
		const check = checkClaim(briefing, 'trade between the two countries fell by 46 percent');
		expect(verdictOf(check)).toBe('contradicted');
		expect(reasonOf(check)).toMatch(/increase.*fell/u);
		// Any form of a verb of change: "shrinking" as "shrink".
		expect(verdictOf(checkClaim(briefing, 'trade between the two countries has been shrinking'))).toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, 'trade between the two countries keeps rising'))).not.toBe('contradicted');
	});

	test('GIVEN a name the article is about qualifying a thing THEN the sentence before may state it, the one after not', () => {
		const afghan = 'Last month Moscow hosted talks between the Taliban and senior Afghan government officials.';
		expect(verdictOf(checkClaim(briefing, afghan))).toBe('supported');
		const pakistani = 'Last month Moscow hosted talks between the Taliban and Pakistani officials.';
		expect(verdictOf(checkClaim(briefing, pakistani))).not.toBe('supported');
	});

	test('GIVEN doers listed after an action named as a thing ("the participants, including …") THEN they did it', () => {
		expect(verdictOf(checkClaim(briefing, 'china took part in the moscow conference on afghanistan'))).toBe(
			'supported',
		);
		expect(verdictOf(checkClaim(briefing, 'the us attended the moscow conference on afghanistan'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'india took part in the moscow conference on afghanistan'))).not.toBe(
			'supported',
		);
	});

	test('GIVEN "helped <verb>" THEN the deed is checked, with who did it: the subject of "a key player in setting up"', () => {
		const talks = 'set up direct negotiations between the us and the taliban';
		expect(verdictOf(checkClaim(briefing, `pakistan helped ${talks}`))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, `russia helped ${talks}`))).not.toBe('supported');
		expect(verdictOf(checkClaim(briefing, `russia ${talks}`))).not.toBe('supported');
		// "Pakistan appreciated Russia's efforts in promoting …": the deed is the owner's of the efforts.
		expect(verdictOf(checkClaim(briefing, 'Russia promoted the Afghan peace process'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Pakistan promoted the Afghan peace process'))).not.toBe('supported');
	});

	test('GIVEN a claim that has the deed done to another party it names ("helped the Soviets fight the fighters") THEN not supported', () => {
		const claim = 'Pakistan helped the Soviets fight the Islamist fighters in the 1980s';
		expect(verdictOf(checkClaim(briefing, claim))).not.toBe('supported');
	});

	test('GIVEN a nationality qualifying a thing the article qualifies by another noun or name THEN not supported', () => {
		expect(
			verdictOf(checkClaim(briefing, 'The Taliban has been fighting Pakistani forces since it was toppled in 2001')),
		).not.toBe('supported');
		expect(
			verdictOf(checkClaim(briefing, 'in the 1980s the islamist fighters battled occupying american forces')),
		).not.toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'the pipeline protocol is still being negotiated'))).toBe('supported');
	});

	test('GIVEN a judgement of the past ("once warm") THEN only the article\'s past states or opposes it', () => {
		expect(verdictOf(checkClaim(briefing, 'relations between pakistan and russia were once frosty'))).toBe('supported');
		const warm = checkClaim(briefing, 'Relations between Pakistan and Russia were once warm');
		expect(verdictOf(warm)).toBe('contradicted');
		expect(reasonOf(warm)).toMatch(/once frosty/u);
		expect(verdictOf(checkClaim(briefing, 'Pakistan-Russia relations used to be frosty'))).not.toBe('contradicted');
	});

	test('GIVEN the acronym of a name the article spells out THEN the name states it', () => {
		const [acronym, name] =
			[...briefing.index.derivedAcronyms].find(([, expansion]) => /Troika/u.test(expansion)) ?? [];
		expect(name).toBeDefined();
		const claim = `Pakistan appreciated Russia's hosting of the ${acronym} meeting in Moscow`;
		expect(verdictOf(checkClaim(briefing, claim))).toBe('supported');
	});

	test('GIVEN an everyday phrase with a stop word inside ("see eye to eye") THEN its group states it', () => {
		expect(verdictOf(checkClaim(briefing, 'pakistan and russia see eye to eye on afghanistan'))).toBe('supported');
	});

	test("GIVEN an antonym of the claim's word before the thing it qualifies THEN contradicted; of another thing, not", () => {
		const old = checkClaim(briefing, 'pakistan has an old mindset on russia');
		expect(verdictOf(old)).toBe('contradicted');
		expect(reasonOf(old)).toMatch(/new.*old/u);
		// "Separate talks" are another event than a joint press conference.
		expect(verdictOf(checkClaim(briefing, 'lavrov and qureshi held a joint presser'))).not.toBe('contradicted');
	});

	test('GIVEN a reporting verb with an attitude ("complained", "admitted") THEN what is reported is checked', () => {
		const poor = checkClaim(briefing, 'qureshi complained that cooperation at the UN level has been poor');
		expect(verdictOf(poor)).toBe('contradicted');
		expect(reasonOf(poor)).toMatch(/excellent/u);
	});

	test('GIVEN chat shorthand in a claim ("gonna") THEN it is read as meant', () => {
		expect(verdictOf(checkClaim(briefing, 'russia is gonna provide 150k more doses to pakistan'))).toBe('supported');
	});

	test('GIVEN a verb of the same narrow kind as the article’s ("flew in" for "arrived") THEN supported', () => {
		expect(verdictOf(checkClaim(briefing, 'Lavrov flew into Pakistan from India on Tuesday'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Lavrov floated another high-level meeting in Moscow'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Russia is willing to mediate between Palestine and Israel'))).toBe(
			'supported',
		);
		// "Crossed paths" is a meeting, as "his interaction with" is; at another summit, another meeting.
		expect(
			verdictOf(checkClaim(briefing, 'khan and putin crossed paths at the SCO summit in bishkek in june 2019')),
		).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'khan and putin crossed paths at a G20 summit'))).not.toBe('supported');
		// Leaving is not arriving, "flew out" least of all; "the visit comes as …" is no arrival of anything.
		for (const claim of [
			'Lavrov left Pakistan for India on Tuesday',
			'Lavrov flew out of Pakistan on Tuesday',
			'the extra doses are arriving next week',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).not.toBe('supported');
		}
	});

	test('GIVEN a verb with content of its own ("declared", "wrote", "called") THEN it is the action, never framing', () => {
		for (const claim of [
			'Lavrov declared war on Pakistan',
			'Qureshi wrote to Lavrov about Kashmir',
			'Putin reiterated his invitation to Imran Khan',
			'Lavrov called Qureshi',
			'the visit was brief',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).not.toBe('supported');
		}
	});

	test('GIVEN a wrong number THEN it is contradicted and the reason names both numbers', () => {
		const check = checkClaim(briefing, 'Russia gave Pakistan 100,000 vaccine doses');
		expect(verdictOf(check)).toBe('contradicted');
		expect(reasonOf(check)).toMatch(/50,000.*100,000/u);
	});

	test('GIVEN a number in words or a bound the article does not meet THEN contradicted, naming both', () => {
		const inWords = checkClaim(briefing, 'It was the first visit by a Russian foreign minister in ten years');
		expect(verdictOf(inWords)).toBe('contradicted');
		expect(reasonOf(inWords)).toMatch(/nine years.*ten years/u);
		expect(verdictOf(checkClaim(briefing, 'first russian FM visit to pakistan in over a decade'))).toBe('contradicted');
	});

	test('GIVEN a name the article never uses for a thing the sentence names otherwise THEN contradicted, naming both', () => {
		const summit = checkClaim(briefing, 'imran met putin at the G20 summit');
		expect(verdictOf(summit)).toBe('contradicted');
		expect(reasonOf(summit)).toMatch(/SCO\)? Summit.*G20 summit/u);
		// A word that says what kind or where ("a European summit") names nothing: not settled. Nor is the article's
		// name misspelled, or a name written as a common word is (it may be another name of the article's thing).
		expect(verdictOf(checkClaim(briefing, 'imran met putin at a European summit'))).toBe('not-settled');
		expect(verdictOf(checkClaim(briefing, 'Imran Khan met Putin at the Shangai summit in 2019'))).not.toBe(
			'contradicted',
		);
		// The article's name written another way anywhere in it ("Covid-19"), not only in the sentence compared.
		expect(verdictOf(checkClaim(briefing, 'Russia gave Pakistan 50,000 doses of its Covid19 vaccine'))).not.toBe(
			'contradicted',
		);
		expect(verdictOf(checkClaim(briefing, 'Russia gave Pakistan 50,000 doses of the Gamaleya vaccine'))).not.toBe(
			'contradicted',
		);
		// A name the claim also gives to the thing the sentence names is the claim's own story.
		expect(
			verdictOf(checkClaim(briefing, 'Pakistan is buying Sputnik V because AstraZeneca vaccines ran out')),
		).not.toBe('contradicted');
	});

	test('GIVEN a length of time in another unit THEN compared in one unit, a span since only with a span since', () => {
		const week = checkClaim(briefing, 'lavrov was in pakistan for a whole week');
		expect(verdictOf(week)).toBe('contradicted');
		expect(reasonOf(week)).toMatch(/two.day visit.*a whole week/u);
		expect(verdictOf(checkClaim(briefing, "Lavrov's visit lasted 48 hours"))).toBe('supported');
		// "In nine months" is set against "in nine years", not against the visit's two days.
		const since = checkClaim(briefing, 'first russian fm visit to pakistan in 9 months');
		expect(verdictOf(since)).toBe('contradicted');
		expect(reasonOf(since)).toMatch(/nine years.*9 months/u);
	});

	test('GIVEN a name the sentence refers back to ("the vaccine" for Sputnik) THEN its numbers are compared', () => {
		const check = checkClaim(briefing, 'islamabad will buy a quarter of a million sputnik doses');
		expect(verdictOf(check)).toBe('contradicted');
		expect(reasonOf(check)).toMatch(/5 million.*quarter of a million/u);
	});

	test('GIVEN "nearly" or "almost" THEN a value just under it agrees; one far under it does not', () => {
		const almost = checkClaim(
			briefing,
			'Lavrov is the first Russian foreign minister to visit Pakistan in almost a decade',
		);
		expect(verdictOf(almost)).toBe('supported');
		const far = checkClaim(
			briefing,
			'Lavrov is the first Russian foreign minister to visit Pakistan in nearly twenty years',
		);
		expect(verdictOf(far)).toBe('contradicted');
	});

	test('GIVEN a percentage with the % sign THEN it is read as percent: the right one supported, a wrong one not', () => {
		expect(verdictOf(checkClaim(briefing, 'trade went up 46%'))).toBe('supported');
		const wrong = checkClaim(briefing, 'trade went up 64%');
		expect(verdictOf(wrong)).toBe('contradicted');
		expect(reasonOf(wrong)).toMatch(/46 percent.*64%/u);
	});

	test('GIVEN another place in the same role THEN contradicted, naming both places', () => {
		const meeting = checkClaim(briefing, 'the IGC will meet in Islamabad');
		expect(verdictOf(meeting)).toBe('contradicted');
		expect(reasonOf(meeting)).toMatch(/Moscow.*Islamabad/u);
		const origin = checkClaim(briefing, 'Lavrov arrived from China');
		expect(verdictOf(origin)).toBe('contradicted');
		expect(reasonOf(origin)).toMatch(/India.*China/u);
	});

	test('GIVEN another place for an event the article words differently THEN still contradicted, naming both', () => {
		const summit = checkClaim(briefing, 'Imran Khan spoke with Putin at the SCO summit in Astana');
		expect(verdictOf(summit)).toBe('contradicted');
		expect(reasonOf(summit)).toMatch(/Bishkek.*Astana/u);
	});

	test('GIVEN a place that holds the article\'s ("in Russia" for "in Moscow") THEN no conflict', () => {
		expect(verdictOf(checkClaim(briefing, 'the IGC will meet in Russia'))).not.toBe('contradicted');
	});

	test('GIVEN a place that the claim names only as an actor ("Russia" for Moscow) THEN it is the conflicting place', () => {
		const hosted = checkClaim(briefing, 'Russia hosted the Afghanistan meeting in Istanbul');
		expect(verdictOf(hosted)).toBe('contradicted');
		expect(reasonOf(hosted)).toMatch(/Moscow.*Istanbul/u);
	});

	test('GIVEN a role the article gives one person, held by a name it never mentions THEN contradicted, naming both', () => {
		const minister = checkClaim(briefing, "Pakistan's foreign minister at the talks was Hina Rabbani Khar");
		expect(verdictOf(minister)).toBe('contradicted');
		expect(reasonOf(minister)).toMatch(/Qureshi.*Hina Rabbani Khar/u);
		expect(reasonOf(checkClaim(briefing, 'the russian president is dmitry medvedev'))).toMatch(/Putin.*medvedev/u);
		// No role (a country alone names none), or the role's own holder: nothing to contradict.
		expect(
			verdictOf(checkClaim(briefing, 'Antony Blinken said the United States supports the Afghan peace process')),
		).not.toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, 'Lavrov met Nawaz Sharif'))).not.toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, 'Lavrov met the army chief'))).toBe('supported');
		// One chat word ("asap") is no name; "imran" names the person the role would fit.
		expect(verdictOf(checkClaim(briefing, 'imran wants the pipeline paperwork done asap'))).not.toBe('contradicted');
	});

	test('GIVEN the time of the event the article reports ("during the trip") THEN no sentence need say it; a trip elsewhere must', () => {
		// The article's event is "the visit"; a trip is one, by the lexicon. The sentence saying so has no word for it.
		expect(verdictOf(checkClaim(briefing, 'Lavrov called on Imran Khan during the trip'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Lavrov met Bajwa during his trip to Moscow'))).not.toBe('supported');
		// What is checked: set off by commas, both go; congratulated on it, it is the deed's.
		expect(checkClaim(briefing, 'Lavrov, during the visit, met Bajwa')).toMatchObject({ claim: 'Lavrov met Bajwa' });
		expect(checkClaim(briefing, 'Imran Khan congratulated Lavrov on the visit')).toMatchObject({
			claim: 'Imran Khan congratulated Lavrov on the visit',
		});
	});

	test('GIVEN another day THEN contradicted, naming both days', () => {
		const check = checkClaim(briefing, 'lavrov & qureshi met on thursday in islamabad');
		expect(verdictOf(check)).toBe('contradicted');
		expect(reasonOf(check)).toMatch(/Wednesday.*thursday/u);
	});

	test('GIVEN a claim of two parts, the negated one opposed by the article THEN contradicted, whatever the other says', () => {
		const check = checkClaim(briefing, "lavrov said bilateral trade is fine as it is and doesn't need diversifying");
		expect(verdictOf(check)).toBe('contradicted');
		expect(reasonOf(check)).toMatch(/need to further diversify/u);
		// The words the article lacks in the negated part itself leave it open.
		expect(
			verdictOf(checkClaim(briefing, 'Lavrov said bilateral trade was diverse enough and needed no changes')),
		).not.toBe('supported');
	});

	test("GIVEN a time and an amount THEN another event's time, in a sentence without the amount, is no conflict", () => {
		// "Last month it hosted talks" is another event's month than the doses'.
		const check = checkClaim(briefing, 'Russia will deliver the extra 150,000 doses by next month');
		expect(verdictOf(check)).not.toBe('contradicted');
		expect(verdictOf(check)).not.toBe('supported');
		// A claim with no amount still has its time compared.
		expect(verdictOf(checkClaim(briefing, 'Lavrov arrived in Pakistan on Monday'))).toBe('contradicted');
	});

	test('GIVEN an invitation stated as a visit to come THEN not settled, quoting the invitation', () => {
		const check = checkClaim(briefing, 'Putin is going to visit Pakistan');
		expect(verdictOf(check)).toBe('not-settled');
		expect(reasonOf(check)).toContain('invitation');
		expect(verdictOf(checkClaim(briefing, 'Imran Khan invited Putin to Pakistan'))).toBe('supported');
	});

	test('GIVEN a plan stated as a deed, or a protocol under discussion as signed THEN not settled', () => {
		expect(verdictOf(checkClaim(briefing, 'Pakistan will buy 5 million doses'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Pakistan bought 5 million doses'))).toBe('not-settled');
		expect(verdictOf(checkClaim(briefing, 'pakistan and russia finally signed the stream gas pipeline deal'))).toBe(
			'not-settled',
		);
	});

	test('GIVEN what is promised and what is done in one sentence THEN each number goes with its own verb', () => {
		expect(verdictOf(checkClaim(briefing, 'Russia intends to provide 150,000 more doses'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Russia has provided 150,000 more doses'))).not.toBe('supported');
	});

	test('GIVEN a negated claim the article states positively THEN contradicted', () => {
		expect(verdictOf(checkClaim(briefing, 'Russia will not supply military equipment'))).toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, 'Pakistan will not buy the vaccine'))).toBe('contradicted');
	});

	test('GIVEN a claim the article reports as denied THEN contradicted, naming who denies; the denial is supported', () => {
		const check = checkClaim(briefing, 'Pakistan supports the Taliban');
		expect(verdictOf(check)).toBe('contradicted');
		expect(reasonOf(check)).toContain('denies');
		expect(verdictOf(checkClaim(briefing, 'Pakistan denies supporting the Taliban'))).toBe('supported');
	});

	test('GIVEN giver and receiver swapped THEN contradicted; GIVEN them in order THEN supported', () => {
		expect(verdictOf(checkClaim(briefing, 'Pakistan gave Russia 50,000 doses'))).toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, 'Russia gave Pakistan 50,000 doses'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'pakistan is the one supplying russia with military gear now'))).toBe(
			'contradicted',
		);
	});

	test('GIVEN another party doing what the article has one party do, all else the same THEN contradicted, naming it', () => {
		const check = checkClaim(briefing, 'China hosted an international conference on Afghanistan last month');
		expect(verdictOf(check)).toBe('contradicted');
		expect(reasonOf(check)).toMatch(/Russia.*China/u);
		// The whole list of doers is named.
		expect(
			reasonOf(checkClaim(briefing, 'india put out a statement with the us and china at the moscow conference')),
		).toMatch(/United States, China and Pakistan/u);
	});

	test('GIVEN a visit claimed as made where the article has only an invitation THEN contradicted; a visit to come is not settled', () => {
		const check = checkClaim(briefing, "Putin has visited Pakistan at Imran Khan's invitation");
		expect(verdictOf(check)).toBe('contradicted');
		expect(reasonOf(check)).toMatch(/invitation/u);
		expect(verdictOf(checkClaim(briefing, 'Putin will visit Pakistan later this year'))).toBe('not-settled');
		// Where only the place ties it, someone else arriving says nothing of whether Putin came.
		expect(reasonOf(checkClaim(briefing, 'putin came to pakistan on tuesday'))).not.toMatch(/Lavrov do it/u);
	});

	test('GIVEN "described X as Y" where the article states X as Y without a describing verb THEN supported, by its speaker only', () => {
		expect(verdictOf(checkClaim(briefing, 'imran khan described russia ties as a key foreign policy priority'))).toBe(
			'supported',
		);
		// Another speaker, or "called on" (a visit, no description): not supported.
		expect(verdictOf(checkClaim(briefing, 'Lavrov described Russia as a factor of stability in the region'))).not.toBe(
			'supported',
		);
		expect(verdictOf(checkClaim(briefing, 'imran khan went and called on lavrov during the visit'))).not.toBe(
			'supported',
		);
		// "Hailed X as Y" describes too, by its speaker only.
		expect(verdictOf(checkClaim(briefing, 'qureshi hailed russia as a factor of stability'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'lavrov hailed russia as a factor of stability'))).not.toBe('supported');
		// An apposition may be the writer's words: a description needs "as" or "is" before it.
		expect(verdictOf(checkClaim(briefing, 'Lavrov called the Stream Gas Pipeline an ambitious project.'))).not.toBe(
			'supported',
		);
	});

	test('GIVEN a party "kept out" that the article includes ("with the participation of") THEN contradicted', () => {
		const check = checkClaim(briefing, "russia's foreign ministry wants the taliban kept out of any afghan government");
		expect(verdictOf(check)).toBe('contradicted');
		expect(reasonOf(check)).toMatch(/participation of the Taliban/u);
		// The owner's title who speaks may be named by the paragraph, as a name may; another owner's may not.
		const words = 'foreign ministry wants an inclusive afghan government with the participation of the taliban';
		expect(verdictOf(checkClaim(briefing, `russia's ${words}`))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, `pakistan's ${words}`))).not.toBe('supported');
	});

	test('GIVEN a count in another word for its unit ("shots" for doses) THEN compared as the same count', () => {
		expect(verdictOf(checkClaim(briefing, 'islamabad will buy 5 million covid shots'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'russia delivered 500k jabs'))).toBe('contradicted');
	});

	test('GIVEN a change the article names as a noun ("a 46 percent increase") THEN stated by it, its value compared', () => {
		expect(verdictOf(checkClaim(briefing, 'pak-russia trade grew 46%'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'pak-russia trade grew 64%'))).toBe('contradicted');
	});

	test('GIVEN parties joined where the article lists others before "were" THEN contradicted, naming its list', () => {
		const check = checkClaim(
			briefing,
			'russia and the US were the main supporters of the islamist fighters in the 80s',
		);
		expect(verdictOf(check)).toBe('contradicted');
		expect(reasonOf(check)).toMatch(/Pakistan and the United States/u);
		// The same parties: supported.
		expect(
			verdictOf(
				checkClaim(briefing, 'in the 80s pakistan and the US were the main supporters of the islamist fighters'),
			),
		).toBe('supported');
	});

	test('GIVEN "with his country providing …" THEN the country of the person named acts, no other the paragraph names', () => {
		expect(verdictOf(checkClaim(briefing, 'The United States will provide defense equipment to Pakistan'))).not.toBe(
			'supported',
		);
		expect(verdictOf(checkClaim(briefing, 'Moscow will provide defense equipment to Pakistan'))).toBe('supported');
	});

	test('GIVEN stops in order ("went to X before Y") THEN no route compared; a route the other way round contradicts', () => {
		expect(verdictOf(checkClaim(briefing, 'Lavrov went to India before Pakistan'))).not.toBe('contradicted');
		expect(verdictOf(checkClaim(briefing, 'Lavrov went from Pakistan to India'))).toBe('contradicted');
	});

	test('GIVEN an action the article states only negated, beside another it states THEN contradicted', () => {
		const check = checkClaim(briefing, 'Russia has forgotten the task of establishing a Palestinian state');
		expect(verdictOf(check)).toBe('contradicted');
		expect(reasonOf(check)).toMatch(/not forgotten/u);
		expect(
			verdictOf(checkClaim(briefing, 'Russia has not forgotten the task of establishing a Palestinian state')),
		).toBe('supported');
	});

	test('GIVEN narration as a description, another kind of doer, a visit long ago THEN no verdict by it', () => {
		// Narration ("…, emerging as a significant player") is no one's description.
		expect(verdictOf(checkClaim(briefing, 'Lavrov described Moscow as a significant player'))).not.toBe('supported');
		// The Prime Minister acts for Pakistan, Moscow for Lavrov: no other party.
		expect(
			verdictOf(checkClaim(briefing, 'Pakistan congratulated Russia on its development of the Sputnik-V vaccine')),
		).not.toBe('contradicted');
		expect(
			verdictOf(checkClaim(briefing, "Lavrov hailed Pakistan's campaign against terrorism as successful")),
		).not.toBe('contradicted');
		// "Went to" is a deed, stated where one arrived or visited: an invitation to visit is not it.
		expect(verdictOf(checkClaim(briefing, 'Putin went to Pakistan'))).not.toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Lavrov went to Pakistan'))).toBe('supported');
		// An invitation renewed now says nothing of a visit long ago.
		expect(verdictOf(checkClaim(briefing, 'Putin visited Pakistan in 2005'))).not.toBe('contradicted');
		// A wish to include is no fact that they are in.
		expect(verdictOf(checkClaim(briefing, 'The Taliban are kept out of the Afghan government'))).not.toBe(
			'contradicted',
		);
	});

	test('GIVEN another doer of a deed not tied to one event, or a passive THEN not contradicted by who did it', () => {
		// Any pact, any agreement: "The United States signed an agreement" is no answer to it.
		expect(verdictOf(checkClaim(briefing, 'pak and russia signed a counter terrorism pact'))).not.toBe('contradicted');
		// The names before a passive verb did not do it.
		expect(verdictOf(checkClaim(briefing, 'the us-taliban agreement was signed last year'))).not.toBe('contradicted');
		// An owner is no doer: "Lavrov's visit" says nothing of whether Putin came.
		expect(reasonOf(checkClaim(briefing, 'putin visited pakistan'))).not.toMatch(/Lavrov.*do it/u);
		// "Extend support to Pakistan to strengthen its capacity": the name after "to" is no doer of "strengthen".
		const purpose = checkClaim(briefing, 'Russia will strengthen the anti-terrorist potential of Pakistan');
		expect(verdictOf(purpose)).not.toBe('contradicted');
		expect(reasonOf(purpose)).not.toMatch(/Pakistan do it/u);
	});

	test('GIVEN a passive claim that names no doer THEN any doer the sentence has does it, where it does it and not only names it', () => {
		// "The United States signed an agreement with the Taliban last year": the claim leaves who signed open.
		expect(verdictOf(checkClaim(briefing, 'A pact with the Taliban was signed last year'))).toBe('supported');
		const when = checkClaim(briefing, 'A pact with the Taliban was signed in March this year');
		expect(verdictOf(when)).toBe('contradicted');
		expect(reasonOf(when)).toMatch(/last year/u);
		// "the task of the establishment of a sovereign state": a deed named is not done.
		expect(verdictOf(checkClaim(briefing, 'A sovereign Palestinian state has now been established'))).not.toBe(
			'supported',
		);
		// "Russia is concerned about …": a state the sentence gives its own subject, not a deed anyone may have done.
		expect(
			verdictOf(checkClaim(briefing, 'Beijing is concerned about instability in Afghanistan spilling over')),
		).not.toBe('supported');
	});

	test('GIVEN a wish for someone "to be part of" what the article wishes "with the participation of" them THEN supported, as the wisher\'s only', () => {
		// “We look forward to … an inclusive government with the participation of the Taliban”, in Russia's statement.
		expect(
			verdictOf(checkClaim(briefing, 'russia wants the taliban to be part of an inclusive afghan government')),
		).toBe('supported');
		// A wish in the first person is its speaker's, not another's.
		const another = checkClaim(briefing, 'pakistan wants the taliban to be part of an inclusive afghan government');
		expect(verdictOf(another)).not.toBe('supported');
		expect(reasonOf(another)).toMatch(/say it, not pakistan/u);
		expect(verdictOf(checkClaim(briefing, 'the taliban want to be part of an inclusive afghan government'))).not.toBe(
			'supported',
		);
		// "Looks forward to" is a wish too, its wisher checked; "the Afghan civil war" is no place gone to.
		expect(
			verdictOf(checkClaim(briefing, "russia's foreign ministry looks forward to an end to the afghan civil war")),
		).toBe('supported');
		expect(
			verdictOf(checkClaim(briefing, 'russia looks forward to an inclusive afghan government with the taliban')),
		).toBe('supported');
		expect(
			reasonOf(checkClaim(briefing, 'pakistan looks forward to an inclusive afghan govt with the taliban')),
		).toMatch(/say it, not pakistan/u);
		// A wish is no fact; a thing part of another takes no part in it.
		expect(verdictOf(checkClaim(briefing, 'the taliban are part of the afghan government'))).not.toBe('supported');
		expect(verdictOf(checkClaim(briefing, "lavrov's visit is part of a warming in once frosty relations"))).toBe(
			'supported',
		);
		// "The establishment of a state" does not say who establishes it, nor that it is done.
		expect(verdictOf(checkClaim(briefing, 'Lavrov said the Palestinian state has already been established.'))).not.toBe(
			'supported',
		);
	});

	test('GIVEN "its" before an action named as a thing THEN the nearest name before it did it, or a person of its country', () => {
		// The article: "congratulated Russia on its development of Sputnik-V Vaccine".
		expect(verdictOf(checkClaim(briefing, 'russia developed the sputnik-v vaccine'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'pakistan developed the sputnik-v vaccine'))).not.toBe('supported');
		// "the importance Pakistan attached to its relations with Russia": Pakistan's premier speaks for it.
		expect(verdictOf(checkClaim(briefing, 'imran khan described russia ties as a key foreign policy priority'))).toBe(
			'supported',
		);
	});

	test('GIVEN "<role> is <person>" where the role is another person\'s THEN contradicted, naming both', () => {
		for (const claim of [
			"pakistan's army chief is lavrov",
			"pak's army chief is lavrov",
			'the army chief is lavrov',
			// A role the fact sheet lists among the person's aliases is still a role ("Russian FM").
			'the russian fm is qureshi',
		]) {
			const check = checkClaim(briefing, claim);
			expect(verdictOf(check), claim).toBe('contradicted');
			expect(reasonOf(check), claim).toMatch(/(?:Bajwa.*not Sergey Lavrov|Lavrov.*not Shah Mahmood Qureshi)/u);
		}
		expect(verdictOf(checkClaim(briefing, "pakistan's army chief is qamar javed bajwa"))).toBe('supported');
		// An office no one of the fact sheet holds, said of someone who holds another: not settled, never supported.
		expect(verdictOf(checkClaim(briefing, "pakistan's president is imran khan"))).toBe('not-settled');
		expect(verdictOf(checkClaim(briefing, "russia's foreign minister is lavrov"))).toBe('supported');
	});

	test('GIVEN a negation between the subject and its verb THEN the subject is still who does it', () => {
		// The article: "Lavrov said Russia has not forgotten the task of the establishment of a sovereign state of Palestine."
		expect(
			verdictOf(checkClaim(briefing, 'russia has not forgotten the task of establishing a palestinian state')),
		).toBe('supported');
		expect(
			verdictOf(checkClaim(briefing, 'pakistan has not forgotten the task of establishing a palestinian state')),
		).not.toBe('supported');
	});

	test('GIVEN "the need for" a deed THEN a plan: it states what should be done, not that it was', () => {
		// The article: "stressed the need for peaceful resolution of the Jammu and Kashmir dispute".
		expect(verdictOf(checkClaim(briefing, 'imran said the kashmir dispute should be resolved peacefully'))).toBe(
			'supported',
		);
		expect(verdictOf(checkClaim(briefing, 'the kashmir dispute was peacefully resolved'))).not.toBe('supported');
	});

	test('GIVEN a rate written "a day" THEN compared as "per day" is', () => {
		// The article: "to transport 1.6 billion cubic feet per day of regasified liquefied natural gas".
		expect(verdictOf(checkClaim(briefing, 'that pipeline is meant to move 1.6 bcf of gas a day'))).toBe('supported');
		const more = checkClaim(briefing, 'the pipeline will carry 2 billion cubic feet a day');
		expect(verdictOf(more)).toBe('contradicted');
		expect(reasonOf(more)).toMatch(/1.6 billion cubic feet, not 2 billion cubic feet/u);
	});

	test('GIVEN a word the article lacks, only used alike to one it has THEN no statement of it', () => {
		// By word embeddings "abandon" is used as "withdraw" is: related, not the same deed.
		expect(verdictOf(checkClaim(briefing, 'the US must abandon Afghanistan by May 1'))).not.toBe('supported');
	});

	test('GIVEN an opposite judgement THEN contradicted, naming both words', () => {
		const check = checkClaim(briefing, 'qureshi said pakistan-russia cooperation at the UN has been poor');
		expect(verdictOf(check)).toBe('contradicted');
		expect(reasonOf(check)).toMatch(/excellent.*poor/u);
	});

	test('GIVEN an element the article does not give (a date, a kind of weapon) THEN not settled, never supported', () => {
		for (const claim of [
			'putin is visiting pakistan next month',
			'the joint military drills will be held in russia this summer',
			'russia is giving pakistan S-400 missile systems',
		]) {
			expect(['not-settled', 'not-covered'], claim).toContain(verdictOf(checkClaim(briefing, claim)));
		}
	});

	test('GIVEN a claim about something absent THEN it is not covered; a visit to another place than the article’s contradicts', () => {
		expect(checkClaim(briefing, 'Lavrov praised Paris')).toMatchObject({ found: false, missing: ['Paris'] });
		expect(verdictOf(checkClaim(briefing, 'Lavrov visited Paris'))).toBe('contradicted');
	});

	test('GIVEN "at home" or "locally" THEN stated where the deed is placed in the doer\'s own country, in the doer\'s mood', () => {
		expect(verdictOf(checkClaim(briefing, 'Qureshi hopes Pakistan can eventually produce the vaccine at home.'))).toBe(
			'supported',
		);
		expect(verdictOf(checkClaim(briefing, 'Islamabad hopes to one day make the jab locally'))).toBe('supported');
		// Another country's home is not the place the article gives.
		expect(verdictOf(checkClaim(briefing, 'Russia hopes to make the vaccine at home.'))).not.toBe('supported');
		// A plan is still more than the article's wish.
		expect(verdictOf(checkClaim(briefing, 'Pakistan will make the vaccine locally.'))).not.toBe('supported');
		// The country must place the claim's deed, not another verb's ("buy … and … manufacture it in Pakistan").
		expect(verdictOf(checkClaim(briefing, 'Islamabad will buy 5 million doses of the vaccine locally'))).not.toBe(
			'supported',
		);
	});

	test('GIVEN a nationality qualifying a thing THEN the paragraph before may name it; a party of another story it may not', () => {
		expect(verdictOf(checkClaim(briefing, 'Qureshi would like Pakistan to produce the Russian vaccine someday'))).toBe(
			'supported',
		);
		expect(verdictOf(checkClaim(briefing, 'Qureshi hopes Pakistan can produce the Chinese vaccine'))).not.toBe(
			'supported',
		);
		expect(
			verdictOf(checkClaim(briefing, 'Pakistan helped set up direct talks between Russia and the Taliban')),
		).not.toBe('supported');
	});

	test('GIVEN a capital receiving or seating a government THEN it stands for its country; as a place it does not', () => {
		expect(verdictOf(checkClaim(briefing, 'Moscow plans to ship an extra 150k shots to Islamabad'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'washington is pushing for a stopgap govt in kabul'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Moscow plans to ship an extra 150k shots to Kabul'))).not.toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'washington is pushing for a stopgap govt in moscow'))).not.toBe('supported');
	});

	test('GIVEN a verb more general than the article\'s ("move" for "transport") THEN stated; a more specific one is not', () => {
		expect(verdictOf(checkClaim(briefing, 'the pipeline is meant to move LNG from karachi to lahore'))).toBe(
			'supported',
		);
		expect(verdictOf(checkClaim(briefing, 'the pipeline is meant to pump LNG from karachi to lahore'))).not.toBe(
			'supported',
		);
		// A verb's rare sense that an article word of the same stem has ("gave up" for "signed away", "stop" for
		// "closely") states nothing.
		for (const claim of [
			'The United States gave up an agreement with the Taliban last year',
			'The IGC would stop specific proposals and projects',
			'Pakistan and Russia have agreed to delay an end to the conflict',
			'Lavrov invited Imran Khan',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).not.toBe('supported');
		}
		// The general verb still carries the claim's values: another origin is no support.
		expect(verdictOf(checkClaim(briefing, 'the pipeline is meant to move LNG from lahore to karachi'))).not.toBe(
			'supported',
		);
	});

	test('GIVEN "his interaction with" someone THEN who "his" is met them: the person named before it, no one else', () => {
		expect(verdictOf(checkClaim(briefing, 'imran met putin at the SCO summit in bishkek in 2019'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Khan and Putin interacted at the SCO summit in Bishkek'))).toBe('supported');
		for (const claim of ['Lavrov met Putin in Bishkek', 'Qureshi met Putin']) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).not.toBe('supported');
		}
		expect(verdictOf(checkClaim(briefing, 'Imran Khan met Putin at the SCO summit in Moscow'))).toBe('contradicted');
	});

	test('GIVEN a verb in -ed whose base is mostly a noun ("inked") THEN read as the verb; a compound judging as a whole is not', () => {
		expect(
			verdictOf(checkClaim(briefing, 'Building on the gas pipeline will start once the new protocol is inked.')),
		).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'lavrov said the relationship is one-sided'))).toBe('contradicted');
	});

	test('GIVEN "X said … and expressed …" THEN X did both: another name as the doer is contradicted', () => {
		const check = checkClaim(
			briefing,
			'Lavrov expressed a desire to eventually manufacture the Sputnik-V vaccine in Pakistan',
		);
		expect(verdictOf(check)).toBe('contradicted');
		expect(reasonOf(check)).toMatch(/Qureshi/u);
		expect(
			verdictOf(checkClaim(briefing, 'Lavrov expressed a desire to eventually manufacture the vaccine in Pakistan')),
		).not.toBe('supported');
		expect(
			verdictOf(checkClaim(briefing, 'Qureshi expressed a desire to eventually manufacture the vaccine in Pakistan')),
		).toBe('supported');
	});

	test('GIVEN "his two days visit" in a sentence whose subject is another THEN the visit is not the claim\'s doer\'s', () => {
		expect(verdictOf(checkClaim(briefing, 'imran khan visited lavrov'))).not.toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'lavrov visited imran khan'))).toBe('supported');
	});

	test('GIVEN "from India, with whom Moscow has had a long relationship" THEN that relationship is India\'s alone', () => {
		const check = checkClaim(briefing, 'moscow has had a long relationship with pakistan');
		expect(verdictOf(check)).not.toBe('supported');
		expect(reasonOf(check)).toMatch(/India/u);
		expect(verdictOf(checkClaim(briefing, 'moscow has had a long relationship with india'))).toBe('supported');
		// Two parties joined as the subject: one of them must be the sentence's partner.
		expect(verdictOf(checkClaim(briefing, 'Pakistan and Russia have had a long relationship.'))).not.toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Russia and India have had a long relationship.'))).toBe('supported');
		// The partner and one who has ties with it, not the partner and anyone.
		expect(verdictOf(checkClaim(briefing, 'India and Pakistan have had a long relationship'))).not.toBe('supported');
	});

	test('GIVEN "before" an event the article puts "as soon as" it happens THEN contradicted, naming both orders', () => {
		const check = checkClaim(briefing, 'lavrov said construction will begin before the protocol is signed');
		expect(verdictOf(check)).toBe('contradicted');
		expect(reasonOf(check)).toMatch(/as soon as it is signed, not before the protocol is signed/u);
		expect(verdictOf(checkClaim(briefing, 'lavrov said construction will begin once the protocol is signed'))).toBe(
			'supported',
		);
	});

	test('GIVEN "the first … of the year" where the article has "the first in nine years" THEN a length\'s unit states no year', () => {
		expect(verdictOf(checkClaim(briefing, "The Islamabad trip was Lavrov's first foreign trip of the year."))).not.toBe(
			'supported',
		);
		// "Lavrov's visit was …" is a possessive, no role given to Lavrov.
		expect(
			verdictOf(checkClaim(briefing, "Lavrov's visit was the first by a Russian foreign minister in nine years")),
		).toBe('supported');
	});

	test('GIVEN a date the sentence refers back to ("that date") THEN the sentence before gives it', () => {
		expect(verdictOf(checkClaim(briefing, 'biden has said the may 1 date will be hard to meet'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'biden has said the may 5 date will be hard to meet'))).not.toBe('supported');
		// A time of another deed ("said on May 1") is not the date referred to.
		expect(verdictOf(checkClaim(briefing, 'Biden said on May 1 that the date will be hard to meet'))).not.toBe(
			'supported',
		);
	});

	test('GIVEN an order clause THEN only the deed it orders is compared: "discussing … before it is signed" is no conflict', () => {
		expect(
			verdictOf(checkClaim(briefing, 'Pakistan and Russia are discussing a new protocol before it is signed')),
		).not.toBe('contradicted');
	});

	test("GIVEN a place of another party's meeting THEN no conflict; of the same named event, a conflict", () => {
		for (const claim of ['Lavrov met Putin in Islamabad', 'Imran Khan met Lavrov in Islamabad']) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).toBe('not-settled');
		}
		expect(verdictOf(checkClaim(briefing, 'Pakistan hosted the Extended Troika meeting in Islamabad'))).toBe(
			'contradicted',
		);
	});

	test('GIVEN a role followed by a clause ("the foreign minister who was at the talks") THEN the role is compared', () => {
		expect(verdictOf(checkClaim(briefing, 'Bajwa is the Pakistani foreign minister who was at the talks'))).toBe(
			'contradicted',
		);
	});

	test('GIVEN a wish THEN it is the wisher\'s the sentence names ("Qureshi … expressed a desire"), not another\'s', () => {
		for (const claim of [
			'Lavrov wants Pakistan to manufacture the vaccine',
			'Lavrov would like Pakistan to manufacture the vaccine',
		]) {
			const check = checkClaim(briefing, claim);
			expect(verdictOf(check), claim).toBe('not-settled');
			expect(reasonOf(check), claim).toMatch(/who wants it/u);
		}
		expect(verdictOf(checkClaim(briefing, 'Qureshi wants Pakistan to manufacture the vaccine'))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'qureshi said pakistan wants a relationship of trust with russia'))).toBe(
			'supported',
		);
	});

	test('GIVEN a state or a mood with no deed ("is ready for", "has agreed to") THEN it is the doer\'s the sentence names', () => {
		for (const claim of [
			'Palestine is ready for a direct dialogue with Israel',
			'Israel has agreed to Russian mediation of direct talks with Palestine',
		]) {
			const check = checkClaim(briefing, claim);
			expect(verdictOf(check), claim).toBe('not-settled');
			expect(reasonOf(check), claim).toMatch(/who (?:is ready|agreed)/u);
		}
		expect(verdictOf(checkClaim(briefing, 'Russia is ready for a direct dialogue between Palestine and Israel'))).toBe(
			'supported',
		);
	});

	test('GIVEN names joined by "and" before a participle ("… the US and China in a statement urging …") THEN one clause', () => {
		const check = checkClaim(
			briefing,
			'Pakistan joined the US and China in a statement from the Moscow conference urging the Afghan sides to cut violence',
		);
		// Split there, "Pakistan joined the US" alone met "Pakistan denies that".
		expect(verdictOf(check)).not.toBe('contradicted');
		expect(reasonOf(check)).not.toMatch(/^Of “/u);
	});

	test('GIVEN a verb related to a word only the article\'s names have ("joined", "United States") THEN no match', () => {
		const check = checkClaim(briefing, 'Pakistan joined the US');
		expect(verdictOf(check)).toBe('not-settled');
		expect(reasonOf(check)).toMatch(/joined/u);
	});

	test('GIVEN an acronym people make of words the article spells out ("RLNG") THEN those words, in any case', () => {
		for (const claim of ['the pipeline will carry RLNG from Karachi to Lahore', 'pipeline = rlng, karachi -> lahore']) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).toBe('supported');
		}
		expect(verdictOf(checkClaim(briefing, 'the pipeline will carry RLNG from Lahore to Karachi'))).not.toBe(
			'supported',
		);
	});

	test('GIVEN whom one tells, in a report on a visit ("imran told lavrov …") THEN the visitor, not anyone else named often', () => {
		expect(
			verdictOf(
				checkClaim(
					briefing,
					'imran told lavrov that pakistan wants the gas pipeline legal process concluded expeditiously',
				),
			),
		).toBe('supported');
		// Qureshi is named often too, but Imran Khan did not tell him this.
		expect(verdictOf(checkClaim(briefing, 'Imran Khan told Qureshi about the Gas Pipeline'))).not.toBe('supported');
	});

	test('GIVEN time spent somewhere ("spent two days in Pakistan") THEN where one was and how long, compared as such', () => {
		expect(verdictOf(checkClaim(briefing, "Moscow's top diplomat spent two days in Pakistan."))).toBe('supported');
		expect(verdictOf(checkClaim(briefing, 'Lavrov spent three days in Pakistan'))).toBe('contradicted');
		// The two-day visit is Pakistan's: a stay somewhere the sentence does not name is not contradicted by it.
		expect(verdictOf(checkClaim(briefing, 'lavrov spent three days in india before coming to pakistan'))).not.toBe(
			'contradicted',
		);
	});

	test('GIVEN a claim that something "is done" THEN a state to check, not a stop word', () => {
		const check = checkClaim(briefing, 'the pipeline legal work is done');
		expect(verdictOf(check)).not.toBe('supported');
		expect(reasonOf(check)).toMatch(/done/u);
	});

	test('GIVEN a claim with misspellings THEN read as spelled right ("Bishek", "recieved")', () => {
		expect(verdictOf(checkClaim(briefing, 'Imran Khan met Putin at the Bishek summit in 2019'))).toBe('supported');
		// Misread, "recieved" had matched another sentence's number.
		expect(verdictOf(checkClaim(briefing, 'Pakistan has recieved 50,000 doses from Russia'))).not.toBe('contradicted');
	});

	test('GIVEN a noun the article has only a broader word for ("equipment", "gas") THEN not supported', () => {
		for (const claim of [
			'Russia will supply Pakistan with satellites',
			'the pipeline will transport propane from Karachi to Lahore',
			'pakistan was a soviet ally in the 80s',
		]) {
			expect(verdictOf(checkClaim(briefing, claim)), claim).not.toBe('supported');
		}
	});

	test('GIVEN "the situation in X" where the sentence has the situation in another place THEN X named elsewhere states nothing', () => {
		const check = checkClaim(briefing, 'the security situation in Pakistan is deteriorating');
		expect(verdictOf(check)).not.toBe('supported');
		expect(reasonOf(check)).toMatch(/Afghanistan/u);
		expect(verdictOf(checkClaim(briefing, 'the security situation in Afghanistan is deteriorating'))).toBe('supported');
	});
});
