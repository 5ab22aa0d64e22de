import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { SEATS_OF_POWER } from '../lexicon/seats-of-power.js';

const require = createRequire(import.meta.url);

interface CountryRecord {
	name: { common: string };
	demonyms?: { eng?: { m: string; f: string } };
	capital?: string[];
}

// Read once: the names and the capitals come from the same file.
let records: CountryRecord[] | undefined;
const readRecords = () => {
	records ??= JSON.parse(
		readFileSync(join(require.resolve('world-countries/package.json'), '..', 'countries.json'), 'utf8'),
	) as CountryRecord[];
	return records;
};

/**
 * Each country's name and demonyms, lowercased, to its name ("chilean" → "Chile"), from `world-countries`: whom a
 * role serves ("Chilean Foreign Minister") and which capitalized words are countries, not people.
 */
export function readCountryNames(): Map<string, string> {
	const names = new Map<string, string>();
	for (const record of readRecords()) {
		const name = record.name.common;
		for (const form of [name, record.demonyms?.eng?.m, record.demonyms?.eng?.f]) {
			if (form !== undefined && form !== '') names.set(form.toLowerCase(), name);
		}
	}
	return names;
}

/**
 * Each capital and seat of power, lowercased, to its country ("santiago" → "Chile", "élysée" → "France"): whose a
 * role is when one owns it ("Santiago's ambassador", "the Élysée's envoy"). Apart from the names: a capital is also a
 * person's name ("Santiago Peña"). A capital two countries share is neither's.
 */
export function readCapitals(): Map<string, string> {
	const capitals = new Map<string, string>();
	const shared = new Set<string>();
	for (const record of readRecords()) {
		for (const capital of record.capital ?? []) {
			const key = capital.toLowerCase().replace(/\s+d\.c\.$/u, '');
			if (capitals.has(key)) shared.add(key);
			capitals.set(key, record.name.common);
		}
	}
	for (const key of shared) capitals.delete(key);
	for (const record of readRecords()) {
		for (const seat of SEATS_OF_POWER[record.name.common] ?? []) capitals.set(seat.toLowerCase(), record.name.common);
	}
	return capitals;
}
