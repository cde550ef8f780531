/** Items and responses in words: a quiz review, a student's answers, a teacher's report. */
import type { ItemResponse } from './response';
import type { Item } from './types';

/** What the learner answered, as they would say it (null: left unanswered). */
export function describeResponse(item: Item, r: ItemResponse | null): string {
	if (r === null) return 'no answer';
	switch (r.kind) {
		case 'choice':
			return item.kind === 'mcq' || item.kind === 'cloze' ? (item.options?.[r.index] ?? '') : '';
		case 'bool':
			return r.value ? 'True' : 'False';
		case 'text':
			return r.value;
		case 'self':
			return r.remembered ? 'I knew it' : "I didn't know it";
		case 'order':
			return item.kind === 'timeline'
				? r.order.map((i) => item.events[i]?.label ?? '?').join(' → ')
				: '';
		case 'pairs':
			return item.kind === 'matching'
				? item.pairs.map((p, i) => `${p.left}: ${item.rights[r.rights[i] ?? -1] ?? '—'}`).join('; ')
				: '';
	}
}

/** What a true-or-false statement is, said before it wherever a teacher reads it. */
export function statementIs(item: Item): string | undefined {
	if (item.kind !== 'truefalse') return undefined;
	return item.truth ? 'True statement:' : 'False statement:';
}

/** The text a question is about besides its prompt: a statement, or a sentence with a blank. */
export function questionText(item: Item): string | undefined {
	if (item.kind === 'truefalse') return item.statement;
	if (item.kind === 'cloze') return `${item.before}____${item.after}`;
	return undefined;
}
