/** Formats an ISO date (YYYY-MM-DD) as "7 April 2021". */
export function formatDate(iso: string): string {
	const date = new Date(`${iso}T00:00:00Z`);
	return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
