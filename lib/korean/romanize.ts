import { romanize } from 'es-hangul';

/** Revised Romanization of an eojeol's Hangul, for the ruby line: 데이터센터는, → deiteosenteoneun */
export function romanizeEojeol(surface: string): string | null {
  const hangul = surface.replace(/[^가-힣\s]/g, '');
  return hangul ? romanize(hangul) : null;
}
