'use client';

import { useCallback, useEffect, useState } from 'react';

/** A ko-KR speech voice if the browser has one (voices arrive late in Chrome), and a speak function. */
export function useKoreanVoice(): [boolean, (text: string) => void] {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  useEffect(() => {
    if (!('speechSynthesis' in window)) return;
    const pick = () => setVoice(speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith('ko')) ?? null);
    pick();
    speechSynthesis.addEventListener('voiceschanged', pick);
    return () => speechSynthesis.removeEventListener('voiceschanged', pick);
  }, []);
  const speak = useCallback(
    (text: string) => {
      if (!voice) return;
      speechSynthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      speechSynthesis.speak(utterance);
    },
    [voice],
  );
  return [voice !== null, speak];
}
