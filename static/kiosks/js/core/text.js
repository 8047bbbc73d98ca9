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

// Where a place, an issuer or a legal form ends a Chinese organisation's or title's name:
// 汝州市|宏基建筑安装工程|有限公司, 河南省|五一劳动奖章, 鹰城|大工匠.
const LEADING = /^(全国|中原|鹰城|平顶山市|平顶山|.{1,3}?[省市县区])(?=.{3,})/;
const TRAILING = /(?<=.{3,})(股份有限公司|有限责任公司|集团有限公司|有限公司|分公司|公司|集团)$/;

/**
 * A name as the phrases a line may break between ("汝州市", "宏基建筑安装工程",
 * "有限公司"): headlines break only at spaces and punctuation, and a long name without
 * either would otherwise have to be broken anywhere, or its type made small.
 */
export function phrases(name) {
  let rest = (name ?? "").trim();
  const parts = [];
  const leading = rest.match(LEADING);
  if (leading) {
    parts.push(leading[1]);
    rest = rest.slice(leading[1].length);
  }
  const trailing = rest.match(TRAILING);
  if (trailing) {
    parts.push(rest.slice(0, -trailing[1].length), trailing[1]);
  } else if (rest) parts.push(rest);
  return parts;
}
