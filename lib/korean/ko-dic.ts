/** A part of an inflected token's expression: "붓/VV/*+으며/EC/*" → [{form: 붓, tag: VV}, {form: 으며, tag: EC}]. */
export type ExpressionPart = { form: string; tag: string };

export function parseExpression(expression: string | undefined): ExpressionPart[] {
  if (!expression || expression === '*') return [];
  return expression.split('+').map((part) => {
    const [form = '', tag = ''] = part.split('/');
    return { form: toCompatibilityJamo(form), tag };
  });
}

/**
 * ko-dic writes a bare final consonant as a conjoining jamo (ᆫ U+11AB); learners read ㄴ.
 * e.g. toCompatibilityJamo('ᆫ다') → 'ㄴ다'
 */
export function toCompatibilityJamo(form: string): string {
  return form.replace(/[\u1100-\u11ff]/g, (jamo) => JAMO[jamo] ?? jamo);
}

const JAMO: Record<string, string> = {
  '\u11a8': 'ㄱ',
  '\u11ab': 'ㄴ',
  '\u11ae': 'ㄷ',
  '\u11af': 'ㄹ',
  '\u11b7': 'ㅁ',
  '\u11b8': 'ㅂ',
  '\u11ba': 'ㅅ',
  '\u11bb': 'ㅆ',
  '\u11bc': 'ㅇ',
  '\u11bd': 'ㅈ',
  '\u11c2': 'ㅎ',
  '\u1100': 'ㄱ',
  '\u1102': 'ㄴ',
  '\u1103': 'ㄷ',
  '\u1105': 'ㄹ',
  '\u1106': 'ㅁ',
  '\u1107': 'ㅂ',
  '\u1109': 'ㅅ',
  '\u110b': 'ㅇ',
};
