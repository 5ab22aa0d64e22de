import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// Briefing's schemas use zod/mini, zod's tree-shakable build: a fifth of the classic build's code, which every start
// parses. Unlike the classic build it sets no locale, so zod's own English messages are set here, once.
config(en());

export * from 'zod/mini';
