// The detail view of a person as DOM: portrait, facts and QR code, honours, story, the people
// the story mentions, the person's sculptures on the park map, and the pager through the list.

import { fragment, h, parseHtml } from "./dom.js";
import { card } from "./render.js";

/** The view of detailOf(); null (the person is gone since) says so, and keeps the title. */
export function renderDetail(detail) {
  if (!detail) return { view: fragment(h("p", { class: "k-empty" }, "该人物的资料已更新，请返回重新选择。")) };
  const { person } = detail;
  const article = h(
    "article",
    { class: "k-detail", "data-detail": person.id },
    head(detail),
    person.honours.length > 0 &&
      h("section", { class: "k-section" }, h("h3", {}, "荣誉"), h("ol", { class: "k-honours" }, person.honours.map(honour))),
    person.story && h("section", { class: "k-section k-story" }, h("h3", {}, "事迹"), parseHtml(person.story)),
    detail.mentions.length > 0 &&
      h(
        "section",
        { class: "k-section" },
        h("h3", {}, "文中提到的人物"),
        h("div", { class: "k-cards k-cards--small" }, detail.mentions.map((m) => card(m, { "data-mention": "1" }))),
      ),
    park(detail),
    detail.ids.length > 1 && pager(detail),
  );
  return { title: person.name, view: fragment(article) };
}

function head({ person, county }) {
  const fact = (term, value) => h("div", {}, h("dt", {}, term), h("dd", {}, value));
  return h(
    "div",
    { class: "k-detail__head" },
    person.portrait &&
      h("img", {
        class: "k-detail__portrait",
        src: person.portrait,
        alt: person.alt ?? "",
        width: 600,
        height: 800,
        draggable: "false",
      }),
    h(
      "div",
      { class: "k-detail__intro" },
      h("h2", { class: "k-detail__name" }, person.name),
      person.top && h("p", { class: `k-detail__top k-level-${person.level}` }, person.top),
      h(
        "dl",
        { class: "k-facts" },
        person.employer && fact("单位", person.employer),
        person.post && fact("岗位", person.post),
        county && fact("地区", county.name),
      ),
      person.summary && h("p", { class: "k-detail__summary" }, person.summary),
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
  );
}

function honour({ year, level, title }) {
  return h(
    "li",
    {},
    h("span", { class: "k-honour__year" }, `${year}年`),
    " ",
    h("span", { class: `k-honour__title k-level-${level}` }, title),
  );
}

/** The person's sculptures: their photos, then the park map with pins and 您在这里. */
function park({ sculptures, placed, map, here }) {
  if (!sculptures.length) return null;
  const photos = sculptures
    .filter((s) => s.photo)
    .map((s) =>
      h(
        "figure",
        { class: "k-photo" },
        h("img", { src: s.photo, alt: `雕塑《${s.title}》`, loading: "lazy", draggable: "false" }),
        h("figcaption", {}, `《${s.title}》 ${s.year}年入园${s.zone ? ` · ${s.zone}` : ""}`),
      ),
    );
  const pin = (kind, at, label) =>
    h(
      "span",
      { class: `k-pin k-pin--${kind}`, style: { left: `${at.x * 100}%`, top: `${at.y * 100}%` } },
      h("span", { class: "k-pin__label" }, label),
    );
  const onMap = map &&
    placed.length > 0 && [
      h(
        "div",
        { class: "k-map", style: { aspectRatio: `${map.width}/${map.height}` } },
        h("img", { src: map.url, alt: `劳模雕塑园平面图，标出了雕塑${here ? "和本展台" : ""}的位置`, draggable: "false" }),
        placed.map((s) => pin("sculpture", s, s.title)),
        here && pin("here", here, "您在这里"),
      ),
      h(
        "p",
        { class: "k-map__legend" },
        h("span", { class: "k-legend k-legend--sculpture" }, "雕塑位置"),
        here && h("span", { class: "k-legend k-legend--here" }, "您在这里"),
      ),
    ];
  return h(
    "section",
    { class: "k-section k-park", "aria-labelledby": "park-heading" },
    h("h3", { id: "park-heading" }, "园中雕塑"),
    photos,
    onMap,
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
