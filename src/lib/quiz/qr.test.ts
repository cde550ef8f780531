import jsQR from 'jsqr';
import { expect, it } from 'vitest';
import { qrImage } from './qr';

/** The image a phone's camera would see: the SVG's dark squares drawn onto white pixels. */
function pixels(image: string) {
	const svg = decodeURIComponent(image.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
	const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
	const data = new Uint8ClampedArray(size * size * 4).fill(255);
	const path = /<path[^>]*\sd="([^"]*)"/.exec(svg)?.[1] ?? '';
	for (const square of path.matchAll(/M(\d+),(\d+)h(\d+)v(\d+)h-\d+z/g)) {
		const [x, y, w, h] = square.slice(1).map(Number) as [number, number, number, number];
		for (let row = y; row < y + h; row++) {
			const at = (row * size + x) * 4;
			data.fill(0, at, at + w * 4);
		}
	}
	return { data, size };
}

it.each([
	['a quiz link', 'https://study.example/assignment#q=AbC-_0123456789'.repeat(8)],
	['a result code with non-Latin text', 'R1.Алесь Бяляцкі.ü.0-9']
])('the QR code of %s reads back as the same text', (_, text) => {
	const { data, size } = pixels(qrImage(text));
	expect(size).toBeGreaterThan(100);
	expect(jsQR(data, size, size)?.data).toBe(text);
});

it('refuses a text too long for any QR code', () => {
	expect(() => qrImage('x'.repeat(5000))).toThrow();
});
