"""axe-core checks and focus-style readings for pages open in the browser."""

from axe_playwright_python.sync_playwright import Axe

BLOCKING_IMPACTS = {"serious", "critical"}

_axe = Axe()


def blocking_violations(page):
    """The axe-core violations a reader would be stopped by (impact serious or critical)."""
    results = _axe.run(page)
    return [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]


def describe(violations):
    """One paragraph per violation: what rule, where, and how to fix it."""
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']}"
            f" <{violation['helpUrl']}>"
        )
        for node in violation["nodes"][:5]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"    at {target}: {node.get('failureSummary', '').strip()}")
            lines.append(f"      {node['html'][:200]}")
        if len(violation["nodes"]) > 5:
            lines.append(f"    …and {len(violation['nodes']) - 5} more")
    return "\n".join(lines)


FOCUS_STYLE_JS = """(element) => {
    const style = getComputedStyle(element);
    return {
        outlineStyle: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth) || 0,
        outlineColor: style.outlineColor,
        boxShadow: style.boxShadow,
    };
}"""


def outline_and_shadow(element):
    """The computed outline and box shadow of an element (a Playwright handle or locator)."""
    return element.evaluate(FOCUS_STYLE_JS)


def shows_focus(focused, resting):
    """Whether the focused look carries an outline or a box shadow the resting look lacks."""
    outline = focused["outlineStyle"] != "none" and focused["outlineWidth"] >= 1
    outline_is_new = outline and (
        resting["outlineStyle"] == "none"
        or (focused["outlineWidth"], focused["outlineColor"])
        != (resting["outlineWidth"], resting["outlineColor"])
    )
    shadow_is_new = focused["boxShadow"] not in ("none", resting["boxShadow"])
    return outline_is_new or shadow_is_new
