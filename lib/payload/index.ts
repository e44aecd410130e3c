export {
  GLOSS_SOURCES,
  glossInfoSchema,
  wordPartSchema,
  wordInfoSchema,
  termInfoSchema,
  grammarInfoSchema,
  patternInfoSchema,
  patternUseSchema,
  bilingualPayloadSchema,
  compactKoreanSchema,
  importedSentenceSchema,
  importedTextSchema,
} from './schema';
export type {
  GlossInfo,
  GlossSource,
  WordPart,
  WordInfo,
  TermInfo,
  GrammarInfo,
  PatternInfo,
  PatternUse,
  WordPayload,
  BilingualPayload,
  CompactKorean,
  ImportedSentence,
  ImportedText,
} from './schema';
export { PACKED_FORMAT, packImportedText, unpackImportedText, packedTextSchema, eojeolSpans } from './packed';
export type { PackedText } from './packed';
