import { describe, expect, test } from 'vitest';
import { deriveAcronyms } from '../../../src/core/text/derive-acronyms.js';

const common = new Set(['office', 'commission', 'chief', 'staff', 'army', 'base', 'air', 'team']);
const words = new Set(['bat', 'the']);
const derive = (...texts: string[]) =>
	deriveAcronyms(
		texts,
		(norm) => common.has(norm),
		(norm) => words.has(norm),
	);

describe('deriveAcronyms', () => {
	test('GIVEN names spelled out THEN their initials, with and without the joining "of"', () => {
		expect(derive('Ana Reed, the Foreign Office spokesperson, spoke.')).toEqual({ FO: 'Foreign Office' });
		expect(derive('He met the Chief of Army Staff.')).toEqual({
			COAS: 'Chief of Army Staff',
			CAS: 'Chief of Army Staff',
		});
		expect(derive('The Inter-Governmental Commission meets.')).toEqual({ IGC: 'Inter-Governmental Commission' });
	});

	test('GIVEN a person’s name, a sentence opener or an acronym that is a word THEN none', () => {
		expect(derive('Ana Reed said so. Mia Lund agreed.')).toEqual({});
		expect(derive('Big Air Base.')).toEqual({ AB: 'Air Base' });
		// "Tower" is no common word here: a name that does not end in one may be a person's.
		expect(derive('the Bright Air Tower')).toEqual({});
		// BAT is a word.
		expect(derive('the Blue Army Team')).toEqual({});
	});

	test('GIVEN an acronym the text defines in brackets THEN it is one, though it is a word of the text', () => {
		expect(derive('the Blue Army Team (BAT) met')).toEqual({ BAT: 'Blue Army Team' });
	});

	test('GIVEN an acronym in brackets after lower-case words THEN with the word before them, a longer one', () => {
		expect(derive('it carries compressed liquefied natural gas (LNG) daily')).toEqual({
			CLNG: 'compressed liquefied natural gas',
		});
		// A joining word makes none, nor do words the acronym does not spell.
		expect(derive('a supply of liquefied natural gas (LNG)')).toEqual({});
		expect(derive('cheap bottled cooking gas (LNG)')).toEqual({});
		// Words start where words start: not inside "Compressed".
		expect(derive('Compressed liquefied natural gas (LNG) flows.')).toEqual({});
	});

	test('GIVEN an office before its holder’s full name THEN the office’s initials, not the holder’s', () => {
		expect(derive('said Army Chief Staff Ana Reed.')).toEqual({ ACS: 'Army Chief Staff' });
		// One word after it may be part of the name.
		expect(derive('at the Army Chief Base Lund')).toEqual({});
	});

	test('GIVEN a compound noun written in lower case THEN its initials; capitalized elsewhere, still one name', () => {
		// "air base" is a compound, "the base" and "air travel" are not.
		const compoundLength = (norms: readonly string[], start: number) =>
			norms[start] === 'air' && norms[start + 1] === 'base' ? 2 : 1;
		const withCompounds = (...texts: string[]) =>
			deriveAcronyms(
				texts,
				(norm) => common.has(norm),
				(norm) => words.has(norm),
				compoundLength,
			);
		expect(withCompounds('he landed at the air base after air travel')).toEqual({ AB: 'air base' });
		expect(withCompounds('the air base', 'the Air Base')).toEqual({ AB: 'Air Base' });
		// Capitalized at a sentence's start, a compound is read as a name would be; punctuation parts its words.
		expect(withCompounds('We left. Air base staff said so.')).toEqual({});
		expect(withCompounds('they moved by air, base staff said')).toEqual({});
		// A name's acronym wins over a compound's with the same initials.
		expect(withCompounds('the Army Base', 'the air base')).toEqual({ AB: 'Army Base' });
	});

	test('GIVEN an office in lower case before its holder’s name THEN its initials, from the first common word', () => {
		// The lexicon knows "s" and "he" as words.
		const withOffices = (...texts: string[]) =>
			deriveAcronyms(
				texts,
				(norm) => common.has(norm) || norm === 's' || norm === 'he',
				(norm) => words.has(norm),
				undefined,
				(norm) => norm === 'chief',
			);
		expect(withOffices('He met the army staff chief, Ana Reed.')).toEqual({ ASC: 'army staff chief' });
		// A possessive's "s" is no word of the office.
		expect(withOffices("He met Peru's army chief, Ana Reed.")).toEqual({ AC: 'army chief' });
		// It starts at a word's start: not the "he" of "The".
		expect(withOffices('The army chief, Ana Reed, spoke.')).toEqual({ AC: 'army chief' });
		// Words that end in no word for a person are no office; nor is one word, nor a quote's attribution.
		expect(withOffices('the army base staff, Ana Reed.')).toEqual({});
		expect(withOffices('the chief, Ana Reed, said')).toEqual({});
		expect(withOffices('he met the army chief, Ana Reed said')).toEqual({});
	});

	test('GIVEN one acronym for two names THEN it is left out', () => {
		expect(derive('the Foreign Office and the Field Office')).toEqual({});
	});
});
