/** Small synthetic fact files for tests: explicit, so each test shows the trap it sets. */
import type { Fact, FactFile, ValueType } from '../facts/schema';

export function fact(
	id: string,
	value: string,
	type: ValueType,
	subject = `subject of ${id}`,
	relation = 'relation'
): Fact {
	return {
		id,
		topic: 't',
		event: null,
		claim: { subject, relation, value, type },
		question: `Question about ${id}?`,
		status: { kind: 'reported' },
		source: { documentId: 'doc', quote: `Sentence stating ${value}.` }
	};
}

export function factFile(facts: Fact[], distractors: FactFile['distractors'] = []): FactFile {
	return {
		format: 1,
		deck: { id: 'test', title: 'Test deck', version: 1 },
		documents: [{ id: 'doc', file: 'doc.txt', title: 'Doc', summary: 'A document.' }],
		events: [],
		topics: [{ id: 't', label: 'Topic' }],
		facts,
		distractors,
		untestable: [],
		retired: []
	};
}
