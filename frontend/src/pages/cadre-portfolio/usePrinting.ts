import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** The class on `<body>` while the portfolio is shown: the print stylesheet hides the app around it. */
export const PRINTABLE_CLASS = 'benling-portfolio';

/**
 * Whether the browser is printing (between `beforeprint` and `afterprint`): tables then show every row. The switch is
 * rendered synchronously, so the print layout already has all of them.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

/** While the page is shown: the document's title (what a printed page is headed with) and the printable class. */
export function usePrintableDocument(title: string) {
  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
  useEffect(() => {
    document.body.classList.add(PRINTABLE_CLASS);
    return () => document.body.classList.remove(PRINTABLE_CLASS);
  }, []);
}
