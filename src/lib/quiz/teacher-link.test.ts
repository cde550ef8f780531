import { describe, expect, it } from 'vitest';
import { encodeAssignment } from './assignment';
import { testAssignment } from './fixtures';
import { readTeacherLink } from './teacher-link';

const deck = {
	id: 'belarus-releases',
	hash: 'abcdefabcdef',
	has: (id: string) => id !== 'gone:mcq'
};

describe('a quiz link pasted by its teacher', () => {
	it('is read with words around it, and keeps the fragment as shared', async () => {
		const quiz = testAssignment('q1', 'Week 1');
		const fragment = await encodeAssignment(quiz);
		const read = await readTeacherLink(`Quiz #3: https://x.example/assignment#${fragment}.`, deck);
		expect(read).toEqual({ ok: true, assignment: quiz, fragment });
	});

	it('is refused, in a teacher’s words, when it is no link, another deck’s, or asks questions this app lacks', async () => {
		const refused = async (text: string) => {
			const read = await readTeacherLink(text, deck);
			return read.ok ? '' : read.message;
		};
		expect(await refused('not a link')).toMatch(/^This is not a quiz link from Belarus Study/);
		const other = await encodeAssignment({
			...testAssignment(),
			deck: { id: 'class-7b', hash: 'abcdefabcdef' }
		});
		expect(await refused(`#${other}`)).toMatch(/different set of questions/);
		const newer = await encodeAssignment({ ...testAssignment(), itemIds: ['a:mcq', 'gone:mcq'] });
		expect(await refused(`#${newer}`)).toMatch(/questions this version of the app does not have/);
		const fragment = await encodeAssignment(testAssignment());
		expect(await refused(`#${fragment.slice(0, -3)}`)).toMatch(/damaged or cut short/);
	});
});
