// Serves build/ the way a static host or CDN would: files as they are, 404.html for unknown
// paths (with status 404), and no caching of the service worker or manifest.
// Usage: node scripts/serve.js [--port 4173] [--dir build]
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import sirv from 'sirv';

const option = (name) => {
	const at = process.argv.indexOf(name);
	return at > 0 ? process.argv[at + 1] : undefined;
};
const port = Number(option('--port') ?? process.env.PORT ?? 4173);
const dir = `${option('--dir') ?? new URL('../build', import.meta.url).pathname}/`;
const notFound = readFileSync(`${dir}404.html`);

const files = sirv(dir, {
	extensions: ['html'],
	setHeaders(res, pathname) {
		if (pathname.startsWith('/_app/immutable/'))
			res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
		else res.setHeader('Cache-Control', 'no-cache');
		if (pathname === '/sw.js') res.setHeader('Service-Worker-Allowed', '/');
	}
});

createServer((req, res) =>
	files(req, res, () => {
		res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
		res.end(notFound);
	})
).listen(port, '127.0.0.1', () =>
	console.log(`Belarus Study is served at http://localhost:${port}/`)
);
