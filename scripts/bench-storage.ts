// Run by `npm run bench` in a fresh process (bundled by esbuild): what a saved text costs the
// browser's storage. 50,000 characters of Korean are analysed as the analysis route would, then
// stored as the import page stores them (IndexedDB records, measured with V8's serializer, which is
// what Chromium's IndexedDB writes), and twenty such texts are saved and reopened (fake-indexeddb).
import 'fake-indexeddb/auto';
import { serialize } from 'node:v8';
import { analyseImport, getCorpus } from '../lib/reader';
import { openAppDb } from '../lib/storage/db';
import { listTexts, putText, readText, recordsOf } from '../lib/textimport/text-db';
import { longKoreanText } from './long-korean';

const ko = longKoreanText(50_000);
const text = analyseImport(getCorpus(), { ko, en: '', title: '' });
const now = new Date().toISOString();
const saved = (id: string) => ({ id, title: id, createdAt: now, updatedAt: now, text });
const { meta, analysis } = await recordsOf(saved('one'));
const stored = serialize(meta).length + serialize(analysis).length;

const db = await openAppDb('bench');
const t = performance.now();
for (let i = 0; i < 20; i++) await putText(db, saved(`text-${i}`));
const listed = (await listTexts(db)).texts.size;
const expected = JSON.stringify((await readText(db, 'text-0')).text?.text);
let reopened = 0;
for (let i = 0; i < 20; i++) if (JSON.stringify((await readText(db, `text-${i}`)).text?.text) === expected) reopened++;
const ms = performance.now() - t;

console.log(
  JSON.stringify({
    chars: ko.length,
    eojeols: Object.keys(text.payload.words).length,
    analysisKb: Buffer.byteLength(JSON.stringify(text)) / 1024,
    storedKb: stored / 1024,
    listed,
    reopened,
    ms,
  }),
);
process.exit(0);
