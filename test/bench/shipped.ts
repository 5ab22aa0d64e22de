/**
 * What the benchmark times, as users run it: `npm run bench` bundles this file with esbuild as `npm run build` bundles
 * the entry points (`dist/bench/shipped.js`), so the timings are the build's, not the sources' through a loader
 * (tsx keeps functions' names by wrapping every closure in a call, which the build does not make).
 */
export { DEFAULT_KNOWLEDGE_DIR } from '../../src/boot.js';
export { autocompleteCommand, executeCommand } from '../../src/commands/index.js';
export { answerQuestion } from '../../src/core/answer/answer-question.js';
export { createBriefing } from '../../src/core/briefing.js';
export { loadKnowledge } from '../../src/core/knowledge/load-knowledge.js';
export { renderDiscordMessage } from '../../src/present/discord/render-message.js';
