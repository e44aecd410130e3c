// Prints what the reader's analysis makes of each line given: `node .bench/try-analyse.mjs "문장" …`
import { analyseImport, getCorpus } from '../lib/reader';

const corpus = getCorpus();
for (const line of process.argv.slice(2)) {
  const imported = analyseImport(corpus, { ko: line, en: '', title: '' });
  for (const word of Object.values(imported.payload.words))
    console.log(
      [
        word.surface,
        word.lemma ?? '-',
        word.wordClass ?? '-',
        word.gloss ? `${word.gloss.source}: ${JSON.stringify(word.gloss).slice(0, 90)}` : 'NO GLOSS',
        word.parts.map((p) => `${p.form}/${p.wordClass}${p.grammar ? `(${p.grammar})` : ''}`).join('+'),
      ].join('\t'),
    );
}
