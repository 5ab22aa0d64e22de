import { beforeAll, describe, expect, test } from 'vitest';
import { defaultCheckOptions } from '../../../src/core/answer/check-claim.js';
import { type ClaimVocabulary, getClaimVocabulary } from '../../../src/core/answer/claim-vocabulary.js';
import { cleanClaim, readClaim } from '../../../src/core/answer/read-claim.js';
import type { Briefing } from '../../../src/core/briefing.js';
import { loadRealBriefing } from '../../helpers/briefing.js';

let briefing: Briefing;
let vocabulary: ClaimVocabulary;
beforeAll(async () => {
	briefing = await loadRealBriefing();
	vocabulary = getClaimVocabulary(briefing, defaultCheckOptions);
});
const read = (claim: string) => readClaim(claim, vocabulary, briefing.index.tokensOf);
/** The labels of a claim's deeds. */
const actions = (claim: string) =>
	read(claim)
		.elements.filter((element) => element.kind === 'action')
		.map((element) => element.label);

describe('cleanClaim', () => {
	test('GIVEN a tag question, a closing reaction, an aside and a hedging like THEN only the claim is left', () => {
		expect(cleanClaim("lavrov came over from india, didn't he")).toBe('lavrov came over from india');
		expect(cleanClaim('first visit in 9 years, wild')).toBe('first visit in 9 years');
		expect(cleanClaim('imran khan invited putin (again)')).toBe('imran khan invited putin');
		expect(cleanClaim('russia sent like 50k doses')).toBe('russia sent 50k doses');
	});

	test('GIVEN chat for an offer, "both sides", "on top of what …" THEN what the article would say', () => {
		expect(cleanClaim('lima is up for hosting talks')).toBe('lima is ready to hosting talks');
		expect(cleanClaim('lima is open to anything')).toBe('lima is open to anything');
		expect(cleanClaim('both sides agreed to hold drills')).toBe('both countries agreed to hold drills');
		// "The two sides" opening a claim are who it is about; after "between" they may be a war's: left as typed.
		expect(cleanClaim('the two sides agreed to hold drills')).toBe('both countries agreed to hold drills');
		expect(cleanClaim('peru and chile both signed it')).toBe('both peru and chile signed it');
		expect(cleanClaim('reed ruled out a second round')).toBe('reed rejected a second round');
		// Ruling out doing something refuses what is to come: no denial.
		expect(cleanClaim('reed ruled out sending ships')).toBe('reed ruled out sending ships');
		expect(cleanClaim('lima wants peace between the two sides')).toBe('lima wants peace between the two sides');
		// Calling something something, describing it as such: saying it is.
		expect(cleanClaim('reed called lima a partner')).toBe('reed said lima is a partner');
		expect(cleanClaim('reed described the talks as warm')).toBe('reed said the talks is warm');
		expect(cleanClaim('reed called for a truce')).toBe('reed called for a truce');
		// Giving details is going into detail; giving none is not going into it.
		expect(cleanClaim('reed gave no specifics about the plan')).toBe('reed did not go into detail about the plan');
		expect(cleanClaim("reed didn't spell out the plan")).toBe("reed didn't go into detail the plan");
		expect(cleanClaim('reed laid out in detail what lima wants')).toBe('reed went into detail what lima wants');
		expect(cleanClaim('reed gave lima the plan')).toBe('reed gave lima the plan');
		// Saying what a thing is (the claim's end) is going into detail; saying what one wants is a statement.
		expect(cleanClaim("reed didn't say what the new gear actually is")).toBe(
			"reed didn't go into detail what the new gear actually is",
		);
		expect(cleanClaim('reed did not specify which ship it was')).toBe('reed did not go into detail which ship it was');
		// Saying which things did something, or what one wants, is a statement of its own.
		expect(cleanClaim('reed said which ships lima bought')).toBe('reed said which ships lima bought');
		expect(cleanClaim('reed said what lima wants is peace')).toBe('reed said what lima wants is peace');
		// "Under way", "in progress", "ongoing": begun, whatever the tense.
		expect(cleanClaim('work on the bridge is already under way')).toBe('work on the bridge has already begun');
		expect(cleanClaim('the talks were ongoing')).toBe('the talks had begun');
		expect(cleanClaim('peru will send another 10k doses on top of what it gave')).toBe(
			'peru will send another 10k doses',
		);
	});
});

describe('readClaim', () => {
	test('GIVEN a tag question with "didn\'t" THEN the claim is not negated; GIVEN "will not" THEN it is', () => {
		expect(read("lavrov came over from india, didn't he").negated).toBe(false);
		expect(read('Russia will not supply military equipment').negated).toBe(true);
	});

	test('GIVEN how the action is put THEN its mood: offer, plan, deed, or none without a verb', () => {
		expect(read('russia is offering to arm pakistan').mood).toBe('offered');
		expect(read('pakistan wants to buy 5M sputnik doses').mood).toBe('desired');
		expect(read('pakistan will buy 5M sputnik doses').mood).toBe('prospective');
		expect(read('pakistan would like to make sputnik').mood).toBe('desired');
		expect(read('pakistan would make sputnik').mood).toBe('prospective');
		expect(read('putin is visiting pakistan next month').mood).toBe('prospective');
		expect(read('russia already sent pakistan 50k doses').mood).toBe('factual');
		expect(read('first russian FM visit to pakistan in 9 years').mood).toBeUndefined();
		// A deed stays a deed whatever comes after it, unless a modal or "… to" puts a new verb in a mood.
		expect(read('peru withdrew its troops by the june deadline').mood).toBe('factual');
		expect(read('chile met peru again later').mood).toBe('factual');
		expect(read('lopez revealed peru will withdraw its troops').mood).toBe('prospective');
		expect(read('chile met peru and agreed to hold talks').mood).toBe('prospective');
	});

	test('GIVEN "X supplying Y" THEN X acts and Y receives', () => {
		const reading = read('pakistan is the one supplying russia with military gear');
		expect(reading.agents.map((agent) => agent.label)).toEqual(['pakistan']);
		expect(reading.recipient?.label).toBe('russia');
	});

	test('GIVEN filler and values THEN elements hold only content words, places with their role', () => {
		const reading = read('apparently lavrov arrived from india on tuesday lol');
		expect(reading.elements.map((element) => element.label)).toEqual(['lavrov', 'arrived', 'india']);
		expect(reading.elements[2]).toMatchObject({ kind: 'place', placeRole: 'from' });
		expect(reading.times.map((time) => time.value)).toEqual(['tuesday']);
	});

	test('GIVEN a passive with "got" or a time put "back in" THEN neither word is an element; "got" as a verb is', () => {
		const passive = read('the pipeline deal got signed back in 2015');
		expect(passive.elements.map((element) => element.label)).toEqual(['pipeline', 'deal', 'signed']);
		expect(read('pakistan got doses').elements.map((element) => element.label)).toContain('got');
		expect(read('pakistan got seventeen jets').elements.map((element) => element.label)).toContain('got');
	});
});

describe('readClaim: mood', () => {
	test('GIVEN "slated to", "scheduled to", "poised to", "likely to" THEN the claim is a plan', () => {
		expect(read('the summit is slated to open in June').mood).toBe('prospective');
		expect(read('the summit is scheduled to open in June').mood).toBe('prospective');
		expect(read('the summit is poised to open in June').mood).toBe('prospective');
		expect(read('the summit is likely to open in June').mood).toBe('prospective');
	});
});

describe('readClaim: voice', () => {
	test('GIVEN a verb after "was", "got" or "has been" THEN the claim is passive; "is pushing" is not', () => {
		expect(read('the agreement was signed last year').passive).toBe(true);
		expect(read('the taliban got toppled in 2001').passive).toBe(true);
		expect(read('the united states is pushing for an interim government').passive).toBe(false);
		expect(read('russia hosted the conference').passive).toBe(false);
	});

	test('GIVEN a participle between a verb and a noun ("carry desalinated water") THEN it qualifies the noun, no deed', () => {
		expect(actions('the ferry will carry desalinated water to lima')).toEqual(['carry']);
		// After an auxiliary it is the deed itself.
		expect(actions('lima has signed deals')).toEqual(['signed']);
	});

	test('GIVEN a verb of a narrow kind after "to" that is a noun first ("ready to referee") THEN it is the deed', () => {
		expect(actions('lima is ready to referee a dialogue between the two sides')).toEqual(['referee']);
		// A noun of that spelling elsewhere is none: "the referee".
		expect(actions('the referee of the talks is lima')).toEqual([]);
	});

	test('GIVEN a participle of plan qualifying a thing ("the planned port") THEN it is the mood, no element', () => {
		const labels = (claim: string) => read(claim).elements.map((element) => element.label);
		expect(read('the planned port would handle ships').mood).toBe('prospective');
		expect(labels('the planned port would handle ships')).not.toContain('planned');
		// "Has been scheduled" says more than a meeting that could be held: it stays to be found.
		expect(labels('the meeting has been scheduled in lima')).toContain('scheduled');
	});

	test('GIVEN "is" or "are" before a deed in -ing THEN the claim is progressive; the past, a plan or a passive is not', () => {
		expect(read('lima is building a new port').progressive).toBe(true);
		expect(read('the two countries are holding talks').progressive).toBe(true);
		expect(read('lima was building a new port').progressive).toBe(false);
		expect(read('lima will build a new port').progressive).toBe(false);
		expect(read('the port is built by lima').progressive).toBe(false);
	});
});

describe('readClaim: recipient and time words', () => {
	test('GIVEN a name between a determiner and the word it qualifies THEN it receives nothing; right after the verb it does', () => {
		expect(read('pakistan hopes to produce the russian vaccine').recipient).toBeUndefined();
		expect(read('russia gave pakistan 50k doses').recipient?.label.toLowerCase()).toBe('pakistan');
	});

	test('GIVEN "to one day" THEN no element for the day: it means someday', () => {
		const labels = read('islamabad hopes to one day produce the vaccine').elements.map((e) => e.label.toLowerCase());
		expect(labels).not.toContain('day');
		expect(labels).toContain('produce');
	});
});
