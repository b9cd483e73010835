import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The height that makes an element end at the bottom of the window, so a long table scrolls
 * inside itself and the page does not (the toolbar and the findings stay in sight at 1366×768).
 */
export function useFitHeight<T extends HTMLElement>(minimum = 320, margin = 12) {
  const ref = useRef<T>(null);
  const [height, setHeight] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const measure = () => {
      const element = ref.current;
      if (!element) return;
      const top = element.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.max(minimum, Math.floor(window.innerHeight - top - margin)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [minimum, margin]);
  return { ref, height };
}
