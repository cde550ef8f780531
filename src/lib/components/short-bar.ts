/**
 * A bar of buttons kept in view at the bottom (position: sticky) only while it is short. With
 * large text (a phone's text scaling, which a media query in em does not see) the study page's
 * grade bar took 60% of the screen and hid the element with the focus under it: past `share`
 * of the window's height it gets the class `tall`, which the page makes static.
 */
export function shortBar(node: HTMLElement, share = 0.3) {
	const check = () => node.classList.toggle('tall', node.offsetHeight > innerHeight * share);
	const observer = new ResizeObserver(check);
	observer.observe(node);
	addEventListener('resize', check);
	return {
		destroy() {
			observer.disconnect();
			removeEventListener('resize', check);
		}
	};
}
