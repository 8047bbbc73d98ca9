// Building the screen from nodes: h("p", { class: "k-count" }, text), fragments, and the
// story HTML the server has already made safe, parsed once.

// Children left out: what `cond && node` gives when cond does not hold.
const present = (children) =>
  children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false && child !== "");

/**
 * An element. Attributes: a string or number is set as it is, true as an empty attribute;
 * false, null and undefined leave it out; `style` takes an object of properties (custom
 * properties too).
 * Children: nodes and text, in nested arrays or not.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  // src last: set before loading="lazy", an image would already be loading.
  const names = Object.keys(attributes).sort((a, b) => (a === "src") - (b === "src"));
  for (const name of names) {
    const value = attributes[name];
    if (value === null || value === undefined || value === false) continue;
    if (name === "style") {
      for (const [property, v] of Object.entries(value)) {
        // Custom properties (--w) only through setProperty.
        if (property.startsWith("--")) element.style.setProperty(property, v);
        else element.style[property] = v;
      }
    }
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  element.append(...present(children));
  return element;
}

/** Nodes and text side by side, to put in place in one go. */
export function fragment(...children) {
  const nodes = document.createDocumentFragment();
  nodes.append(...present(children));
  return nodes;
}

/** Markup the server has sanitised (a person's story), as nodes. */
export function parseHtml(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  return template.content;
}

/**
 * A picture of the content ({ url, width, height }) at most at the size it was made:
 * kiosk.css keeps it within --w and --h, so the screen never shows it enlarged.
 */
export function picture(image, attributes = {}) {
  const { style, ...rest } = attributes;
  return h("img", {
    width: image.width,
    height: image.height,
    draggable: "false",
    ...rest,
    src: image.url,
    style: { "--w": image.width, "--h": image.height, ...style },
  });
}

/** Phrases (core/text.js phrases()) with a line-break opportunity, <wbr>, between each. */
export function phrased(parts) {
  return parts.flatMap((part, i) => (i ? [document.createElement("wbr"), part] : [part]));
}
