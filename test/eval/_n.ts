import { createBriefing } from '/work/main/src/core/briefing.js';
import { loadKnowledge } from '/work/main/src/core/knowledge/load-knowledge.js';

const b = createBriefing(await loadKnowledge('/work/main/knowledge'));
for (const q of [
	'wat did imran say abt afganistan',
	'when is the goverment conferance, did they recieve it?',
	'Lavrov came w/ smth to Islamabd',
	'what does pakistan stream mean',
	'who is the premier',
])
	console.log(b.index.normalize(q));
