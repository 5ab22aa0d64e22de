import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

interface CountryRecord {
	name: { common: string };
	demonyms?: { eng?: { m: string; f: string } };
	capital?: string[];
}

/**
 * Each country's name, demonyms and capital, lowercased, to its name ("chilean" → "Chile", "santiago" → "Chile"),
 * from `world-countries`: whom a role serves ("Chilean Foreign Minister", "Santiago's ambassador") and which
 * capitalized words are places, not people.
 */
export function readCountryNames(): Map<string, string> {
	const records = JSON.parse(
		readFileSync(join(require.resolve('world-countries/package.json'), '..', 'countries.json'), 'utf8'),
	) as CountryRecord[];
	const names = new Map<string, string>();
	for (const record of records) {
		const name = record.name.common;
		for (const form of [name, record.demonyms?.eng?.m, record.demonyms?.eng?.f, ...(record.capital ?? [])]) {
			if (form !== undefined && form !== '') names.set(form.toLowerCase(), name);
		}
	}
	return names;
}
