// npm run bank: writes the built-in deck's item bank, generated from the fact file with the
// deck's fixed seed, in compact form (src/content/builtin-bank.json). The app loads it instead
// of running the generator on every start; builtin-bank.test.ts fails when it is out of date.
import { writeFileSync } from 'node:fs';
import { builtinBankJson } from '../src/lib/builtin-bank-source';

const path = new URL('../src/content/builtin-bank.json', import.meta.url);
writeFileSync(path, builtinBankJson());
console.log(`wrote ${path.pathname}`);
