/**
 * Seats of power that news writing uses for a government ("the Élysée said"), by the country's common name as
 * country data spells it. General world knowledge that country data packages do not carry.
 */
export const SEATS_OF_POWER: Readonly<Record<string, readonly string[]>> = {
	Russia: ['Kremlin', 'Smolenskaya Square'],
	'United States': ['White House', 'Pentagon', 'Capitol Hill', 'Foggy Bottom', 'Oval Office'],
	'United Kingdom': ['Downing Street', 'Whitehall', 'Westminster'],
	France: ['Elysee', 'Élysée', 'Quai d’Orsay'],
	China: ['Zhongnanhai'],
	India: ['Raisina Hill', 'South Block'],
	Japan: ['Kasumigaseki'],
	Germany: ['Bundeskanzleramt'],
	Israel: ['Knesset'],
	Pakistan: ['Aiwan-e-Sadr', 'GHQ'],
	'Vatican City': ['Holy See'],
	Belgium: ['Berlaymont'],
};
