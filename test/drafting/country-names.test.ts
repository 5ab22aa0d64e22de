import { describe, expect, test } from 'vitest';
import { readCountryNames } from '../../src/drafting/country-names.js';

describe('readCountryNames', () => {
	test('GIVEN the country data THEN a country’s name, demonym and capital each name it', () => {
		const names = readCountryNames();
		expect(names.get('peru')).toBe('Peru');
		expect(names.get('peruvian')).toBe('Peru');
		expect(names.get('lima')).toBe('Peru');
		expect(names.get('ottawa')).toBe('Canada');
	});
});
