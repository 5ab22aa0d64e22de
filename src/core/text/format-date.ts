// Building a formatter is costly (toLocaleDateString builds one per call), so build it once.
const FORMATTER = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Formats an ISO date (YYYY-MM-DD) as "7 April 2021". */
export function formatDate(iso: string): string {
	return FORMATTER.format(new Date(`${iso}T00:00:00Z`));
}
