import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

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

/**
 * While a printable page is shown: the document's title (what a printed page is headed with) and `bodyClass` on
 * `<body>`, which the page's print stylesheet is scoped to (it hides the app around the page), so that printing any
 * other page is untouched.
 */
export function usePrintableDocument(title: string, bodyClass: string) {
  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
  useEffect(() => {
    document.body.classList.add(bodyClass);
    return () => document.body.classList.remove(bodyClass);
  }, [bodyClass]);
}
