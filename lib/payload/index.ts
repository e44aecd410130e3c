export {
  wordPartSchema,
  wordInfoSchema,
  termInfoSchema,
  grammarInfoSchema,
  bilingualPayloadSchema,
  compactKoreanSchema,
  importedSentenceSchema,
  importedTextSchema,
} from './schema';
export type {
  WordPart,
  WordInfo,
  TermInfo,
  GrammarInfo,
  WordPayload,
  BilingualPayload,
  CompactKorean,
  ImportedSentence,
  ImportedText,
} from './schema';
