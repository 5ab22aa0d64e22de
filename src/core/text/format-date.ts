/** The months' English names, January first. */
export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/**
 * Formats an ISO date (YYYY-MM-DD) as "7 April 2021", the British English form, by hand: an `Intl` formatter loads
 * locale data on first use, about 20 ms of every cold start.
 */
export function formatDate(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number);
	return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}
