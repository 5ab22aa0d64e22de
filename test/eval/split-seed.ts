/** The seed of the tuning split of dev-questions-2; fixed before any tuning on it. */
export const SPLIT_SEED = 'briefing-2026';
