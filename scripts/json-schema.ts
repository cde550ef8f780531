// Writes the published JSON Schema of the fact file (static/fact-file.schema.json) from the
// valibot schema in src/lib/facts/schema.ts. Run it after changing the schema:
//   npx tsx scripts/json-schema.ts           write the file
//   npx tsx scripts/json-schema.ts --check   exit 1 if the committed file is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { FACT_FILE_SCHEMA_PATH, factFileJsonSchemaText } from '../src/lib/facts/json-schema';

const path = new URL(`../${FACT_FILE_SCHEMA_PATH}`, import.meta.url);
const text = factFileJsonSchemaText();
const current = (() => {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return undefined;
	}
})();

if (process.argv.includes('--check')) {
	if (current !== text) {
		console.error(`${FACT_FILE_SCHEMA_PATH} is out of date: run npx tsx scripts/json-schema.ts`);
		process.exit(1);
	}
	console.log(`${FACT_FILE_SCHEMA_PATH} is up to date`);
} else if (current === text) {
	console.log(`${FACT_FILE_SCHEMA_PATH} is up to date`);
} else {
	writeFileSync(path, text);
	console.log(`wrote ${FACT_FILE_SCHEMA_PATH}`);
}
