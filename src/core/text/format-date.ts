// A formatter is costly to build (toLocaleDateString builds one per call) and the first one loads locale data, so
// one is built, on first use: a cold start that formats no date does not pay for it.
let formatter: Intl.DateTimeFormat | undefined;

/** Formats an ISO date (YYYY-MM-DD) as "7 April 2021". */
export function formatDate(iso: string): string {
	formatter ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
	return formatter.format(new Date(`${iso}T00:00:00Z`));
}
