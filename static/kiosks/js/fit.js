// Headlines that keep their words whole and still fit: the type of one whose longest
// phrase is wider than its box is made smaller, rather than the phrase broken.

// Not below this share of the headline's own size: past it, kiosk.css breaks the phrase
// (overflow-wrap: anywhere) rather than let it run off the screen.
const SMALLEST = 0.6;
const STEP = 0.92;

/**
 * Fit every `.k-fit` headline under root. kiosk.css breaks headlines only at spaces and
 * punctuation (word-break: keep-all); measured without the last-resort break, a phrase
 * too long for its box shows as the box's content running wider than the box.
 */
export function fitHeadlines(root) {
  const headlines = [...root.querySelectorAll(".k-fit")];
  if (!headlines.length) return;
  root.classList.add("is-fitting");
  for (const element of headlines) element.style.fontSize = "";
  // One layout for all the measures; only the overflowing ones are worked on.
  const over = headlines.filter(overflows);
  for (const element of over) {
    const size = parseFloat(getComputedStyle(element).fontSize);
    let fitted = size;
    while (overflows(element) && fitted > size * SMALLEST) {
      fitted *= STEP;
      element.style.fontSize = `${fitted}px`;
    }
  }
  root.classList.remove("is-fitting");
}

function overflows(element) {
  return element.scrollWidth > element.clientWidth + 1;
}
