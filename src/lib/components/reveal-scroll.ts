/**
 * After "Show answer": scrolls down only as far as the first lines of the answer need to be in
 * view above the sticky bar of buttons, and never so far that the question's top goes under the
 * navigation bar. On a small phone a long answer and its source sentence cannot all fit; the
 * question and the answer itself should, and the rest is a scroll away.
 */
const ANSWER_LINES_PX = 64;

export function scrollToAnswer(
	question: HTMLElement,
	answer: HTMLElement,
	bottomBar?: HTMLElement
) {
	const root = document.documentElement;
	const barBottom = parseFloat(getComputedStyle(root).scrollPaddingTop) || 0;
	const visibleBottom = (bottomBar?.getBoundingClientRect().top ?? innerHeight) - 8;
	const need = answer.getBoundingClientRect().top + ANSWER_LINES_PX - visibleBottom;
	const room = question.getBoundingClientRect().top - barBottom;
	if (need > 0) scrollBy({ top: Math.min(need, Math.max(0, room)) });
}
