// Headline text for the screen: where a line may break. No DOM.

// A separator stays at the end of the phrase before it: a line never begins with "·".
const SEPARATOR = /[ \u3000]+([·•・|｜—–-]+)(?=[ \u3000])/g;

/**
 * Editors write headlines as phrases between spaces and separators ("劳动最光荣 · 劳动者最伟大").
 * kiosk.css breaks headlines only at spaces and punctuation, never inside a phrase; here the
 * separator is tied to the phrase before it with a no-break space.
 */
export function headline(text) {
  return (text ?? "").trim().replace(/\s+/g, " ").replace(SEPARATOR, "\u00a0$1");
}
