// Rendered inside a client island (ReadingLoop); loaded the first time it is opened.
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

/**
 * Every key of the reader: the status keys (use-status-keys.ts), the word keys (popover-triggers.ts),
 * your own terms' selection (TermSelection.tsx) and the audio player's Space (AudioPlayer.tsx).
 */
const KEYS = [
  [['1'], 'setNew'],
  [['2'], 'setLearning'],
  [['3'], 'setKnown'],
  [['0', 'i'], 'setIgnored'],
  [['j'], 'nextNew'],
  [['k'], 'previousNew'],
  [['←', '→'], 'moveWords'],
  [['Enter'], 'openWord'],
  [['↓'], 'intoCard'],
  [['Esc'], 'closeKey'],
  [['Shift+←', 'Shift+→'], 'selectTerm'],
  [['Space'], 'playPause'],
  [['?'], 'help'],
] as const;

/** The shortcuts, in a modal dialog: Escape or Close closes it, and focus goes back where it was. */
export default function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const t = useTranslations('Shortcuts');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (!el || el.open) return;
    el.showModal();
    // Close has the focus (it is last): on a short screen the list still opens at its top.
    el.scrollTop = 0;
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      className="m-auto w-[32rem] max-w-[calc(100vw-2rem)] rounded-xl p-6 backdrop:bg-black/50 dark:bg-stone-900 dark:text-stone-100"
    >
      <h2 id="shortcuts-title" className="text-lg font-bold">
        {t('title')}
      </h2>
      <p className="mt-2 text-sm">{t('intro')}</p>
      <table className="mt-3 w-full text-left text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">{t('keyColumn')}</th>
            <th scope="col">{t('actionColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {KEYS.map(([keys, action]) => (
            <tr key={action} className="border-t border-stone-200 dark:border-stone-700">
              <td className="py-1.5 pr-4 whitespace-nowrap">
                {keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ` ${t('or')} `}
                    <kbd className="rounded border border-stone-400 px-1.5 font-mono">{key}</kbd>
                  </span>
                ))}
              </td>
              <td className="py-1.5">{t(action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-sm text-stone-700 dark:text-stone-300">{t('notTyping')}</p>
      <button
        type="button"
        autoFocus
        onClick={() => dialog.current?.close()}
        className="mt-4 min-h-11 rounded-md bg-teal-800 px-4 text-white"
      >
        {t('close')}
      </button>
    </dialog>
  );
}
