import { describe, expect, test } from 'vitest';
import { readCapitals, readCountryNames } from '../../src/drafting/country-names.js';

describe('readCountryNames', () => {
	test('GIVEN the country data THEN a country’s name and demonym name it; its capital, apart, does too', () => {
		const names = readCountryNames();
		expect(names.get('peru')).toBe('Peru');
		expect(names.get('peruvian')).toBe('Peru');
		// A capital is also a person's name ("Santiago Peña"): not among the names that mark a word as no person's.
		expect(names.has('lima')).toBe(false);
		const capitals = readCapitals();
		expect(capitals.get('lima')).toBe('Peru');
		expect(capitals.get('washington')).toBe('United States');
		// A seat of power stands for its government as a capital does ("the Kremlin's envoy").
		expect(capitals.get('kremlin')).toBe('Russia');
		expect(capitals.get('white house')).toBe('United States');
	});
});
