// The detail view of a person as DOM: name, portrait, QR code, facts and honours at the side; the
// story, the people it mentions, the person's sculptures on the park map and the pager in
// the main column. kiosk.css sets the two side by side on a landscape screen.

import { headline, phrases } from "./core/text.js";
import { fragment, h, parseHtml, phrased, picture } from "./dom.js";
import { parkMap } from "./park.js";
import { card } from "./render.js";

/** The view of detailOf(); null (the person is gone since) says so, and keeps the title. */
export function renderDetail(detail) {
  if (!detail) return { view: fragment(h("p", { class: "k-empty" }, "该人物的资料已更新，请返回重新选择。")) };
  const { person } = detail;
  const article = h(
    "article",
    { class: "k-detail", "data-detail": person.id },
    side(detail),
    h(
      "div",
      { class: "k-detail__main" },
      person.story && h("section", { class: "k-section k-story" }, h("h3", {}, "事迹"), parseHtml(person.story)),
      detail.mentions.length > 0 &&
        h(
          "section",
          { class: "k-section" },
          h("h3", {}, "文中提到的人物"),
          h(
            "div",
            { class: "k-cards k-cards--row" },
            detail.mentions.map((m) => card(m, { "data-mention": "1" }, " k-card--row")),
          ),
        ),
      park(detail),
      detail.ids.length > 1 && pager(detail),
    ),
  );
  return { title: person.name, view: fragment(article) };
}

function side({ person, county }) {
  const fact = (term, value) =>
    h("div", {}, h("dt", {}, term), h("dd", { class: "k-fit" }, phrased(phrases(value))));
  return h(
    "div",
    { class: "k-detail__side" },
    h(
      "div",
      { class: "k-detail__title" },
      h("h2", { class: "k-detail__name k-name" }, person.name),
      person.top && h("p", { class: `k-detail__top k-fit k-level-${person.level}` }, phrased(phrases(person.top))),
    ),
    h(
      "div",
      { class: "k-detail__picture" },
      person.portrait &&
        picture(person.portrait, { class: "k-detail__portrait", alt: person.alt ?? "" }),
      h(
        "figure",
        { class: "k-qr" },
        h("img", {
          src: person.qr,
          alt: `二维码：用手机扫一扫，继续阅读${person.name}的事迹`,
          width: 200,
          height: 200,
          draggable: "false",
        }),
        h("figcaption", {}, "手机扫一扫", h("br"), "继续阅读"),
      ),
    ),
    h(
      "div",
      { class: "k-detail__intro" },
      h(
        "dl",
        { class: "k-facts" },
        person.employer && fact("单位", person.employer),
        person.post && fact("岗位", person.post),
        county && fact("地区", county.name),
      ),
      person.summary && h("p", { class: "k-detail__summary" }, person.summary),
      person.honours.length > 0 &&
        h(
          "section",
          { class: "k-section k-section--honours" },
          h("h3", {}, "荣誉"),
          h("ol", { class: "k-honours" }, person.honours.map(honour)),
        ),
    ),
  );
}

function honour({ year, level, title }) {
  return h(
    "li",
    {},
    h("span", { class: "k-honour__year" }, `${year}年`),
    " ",
    h("span", { class: `k-honour__title k-fit k-level-${level}` }, phrased(phrases(title))),
  );
}

/** The person's sculptures, each opening its own view, beside the park map with their pins. */
function park({ sculptures, placed, map, here }) {
  if (!sculptures.length) return null;
  const cards = sculptures.map((s) =>
    h(
      "button",
      { type: "button", class: "k-photo", "data-sculpture": s.id, "data-alone": "1" },
      s.thumb && picture(s.thumb, { alt: `雕塑《${s.title}》`, loading: "lazy" }),
      h(
        "span",
        { class: "k-photo__caption" },
        h("span", { class: "k-photo__title k-fit" }, `《${s.title}》`),
        h("span", {}, headline(`${s.year}年入园${s.zone ? ` · ${s.zone}` : ""}`)),
      ),
    ),
  );
  return h(
    "section",
    { class: "k-section k-park", "aria-labelledby": "park-heading" },
    h("h3", { id: "park-heading" }, "园中雕塑"),
    h("div", { class: "k-park__row" }, h("div", { class: "k-park__photos" }, cards), parkMap(map, placed, here, true)),
  );
}

function pager({ ids, position, prev, next }) {
  return h(
    "nav",
    { class: "k-pager", "aria-label": "同一列表中的人物" },
    h("button", { type: "button", class: "k-button", "data-step": "-1", disabled: !prev }, `‹ ${prev ? prev.name : "上一位"}`),
    h("span", { class: "k-pager__position" }, `${position + 1} / ${ids.length}`),
    h("button", { type: "button", class: "k-button", "data-step": "1", disabled: !next }, `${next ? next.name : "下一位"} ›`),
  );
}
