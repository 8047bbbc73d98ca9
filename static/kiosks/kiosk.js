// The park kiosk: an attract loop while nobody is there, touch browsing when someone is,
// back to the loop when they walk away. Works from the service worker's cache when the
// server cannot be reached; picks up new content between visitors.
(function () {
  "use strict";

  const URLS = JSON.parse(document.getElementById("kiosk-urls").textContent);
  const SLIDE_SECONDS = 8;
  const SWIPE_PIXELS = 80;
  const USAGE_KEY = `kiosk-usage:${URLS.shell}`;
  const CONTENT_CACHE = `kiosk-${URLS.shell.split("/").filter(Boolean).pop()}-content`;
  const bootedAt = Date.now();

  const $ = (id) => document.getElementById(id);
  const els = {
    attract: $("attract"),
    slides: $("slides"),
    browse: $("browse"),
    view: $("view"),
    title: $("view-title"),
    back: $("back"),
    idle: $("idle"),
    idleCount: $("idle-count"),
  };

  let content = null; // what is on screen now
  let pending = null; // newer content, swapped in at the next attract
  let mode = "attract";
  let history = []; // the browse views visited, newest last
  let slideIndex = -1;
  let slideTimer = null;
  let idleTimer = null;
  let countdownTimer = null;
  let index = null; // lookups built from the content
  let incomplete = false; // some picture could not be cached yet

  // ---------- small helpers ----------

  const escapeHtml = (text) =>
    String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

  function markResponse() {
    // The benchmark reads how long a touch took to be painted.
    const start = performance.now();
    requestAnimationFrame(() => setTimeout(() => performance.measure("kiosk-response", { start }), 0));
  }

  function buildIndex(data) {
    const byId = new Map(data.honorees.map((h) => [h.id, h]));
    const sculptures = new Map(data.sculptures.map((s) => [s.id, s]));
    const titles = new Map(data.titles.map((t) => [t.id, t]));
    const counties = new Map(data.counties.map((c) => [c.id, c]));
    const enterprises = new Map(data.enterprises.map((e) => [e.id, e]));
    return { byId, sculptures, titles, counties, enterprises };
  }

  function applyLayout(data) {
    const root = document.documentElement;
    root.classList.remove("kiosk--portrait", "kiosk--landscape", "kiosk--text-normal", "kiosk--text-large");
    root.classList.add(`kiosk--${data.kiosk.orientation}`, `kiosk--text-${data.kiosk.text_size}`);
  }

  // ---------- attract mode ----------

  function renderSlides() {
    clearTimeout(slideTimer);
    els.slides.replaceChildren();
    const slides = content ? content.attract : [];
    if (!slides.length) {
      els.slides.innerHTML = '<div class="k-slide k-slide--plain is-active"><p class="k-slide__title">劳模风采</p><p class="k-slide__subtitle">平顶山市总工会</p></div>';
      markFirstSlide();
      return;
    }
    slides.forEach((slide, i) => {
      const element = document.createElement("figure");
      element.className = `k-slide k-slide--${slide.kind}`;
      element.setAttribute("aria-roledescription", "幻灯片");
      element.setAttribute("aria-label", `${i + 1} / ${slides.length}`);
      element.innerHTML = `
        <div class="k-slide__frame"><img class="k-slide__image" src="${escapeHtml(slide.image)}" alt="${escapeHtml(slide.alt)}" draggable="false"${i > 0 ? ' loading="lazy"' : ""}></div>
        <figcaption class="k-slide__text">
          <p class="k-slide__title">${escapeHtml(slide.title)}</p>
          ${slide.subtitle ? `<p class="k-slide__subtitle">${escapeHtml(slide.subtitle)}</p>` : ""}
          ${slide.text ? `<p class="k-slide__extra">${escapeHtml(slide.text)}</p>` : ""}
        </figcaption>`;
      els.slides.append(element);
    });
    slideIndex = -1;
    const first = els.slides.querySelector("img");
    const show = () => { nextSlide(); markFirstSlide(); };
    if (first.complete) show();
    else { first.addEventListener("load", show, { once: true }); first.addEventListener("error", show, { once: true }); }
  }

  let firstSlideMarked = false;
  function markFirstSlide() {
    if (firstSlideMarked) return;
    firstSlideMarked = true;
    requestAnimationFrame(() => {
      performance.mark("kiosk-first-slide");
      document.documentElement.dataset.ready = "1";
    });
  }

  function nextSlide() {
    const slides = els.slides.children;
    if (!slides.length) return;
    if (slideIndex >= 0) slides[slideIndex].classList.remove("is-active");
    slideIndex = (slideIndex + 1) % slides.length;
    const slide = slides[slideIndex];
    // Restart the slow pan on each showing.
    const image = slide.querySelector("img");
    if (image) { image.style.animation = "none"; void image.offsetWidth; image.style.animation = ""; }
    slide.classList.add("is-active");
    clearTimeout(slideTimer);
    if (mode === "attract" && slides.length > 1) slideTimer = setTimeout(nextSlide, SLIDE_SECONDS * 1000);
  }

  function enterAttract() {
    mode = "attract";
    clearTimeout(idleTimer);
    clearInterval(countdownTimer);
    els.idle.hidden = true;
    els.browse.hidden = true;
    els.attract.hidden = false;
    history = [];
    els.view.replaceChildren();
    els.view.scrollTop = 0;
    document.documentElement.dataset.mode = "attract";
    if (pending) swapContent();
    else { clearTimeout(slideTimer); slideIndex = Math.max(-1, slideIndex - 1); nextSlide(); }
  }

  function enterBrowse(first) {
    if (mode === "browse") return;
    mode = "browse";
    clearTimeout(slideTimer);
    usage.session();
    els.attract.hidden = true;
    els.browse.hidden = false;
    document.documentElement.dataset.mode = "browse";
    history = [];
    show(first || { view: "home" });
    resetIdle();
  }

  // ---------- browsing ----------

  const FACETS = [
    { key: "title", label: "按荣誉称号", hint: "劳动模范、大工匠、最美职工……" },
    { key: "county", label: "按县（市、区）", hint: "人物所在的县（市、区）" },
    { key: "enterprise", label: "按企业", hint: "人物所在的企业" },
    { key: "year", label: "按入园年份", hint: "雕塑落成入园的年份" },
    { key: "letter", label: "按姓氏拼音", hint: "A—Z 字母" },
    { key: "all", label: "全部人物", hint: "按姓氏拼音排列" },
  ];

  function facetOptions(facet) {
    const people = content.honorees;
    const count = (test) => people.filter(test).length;
    if (facet === "title") return content.titles.map((t) => ({ value: t.id, label: t.name, note: t.level_name, count: count((h) => h.titles.includes(t.id)) }));
    if (facet === "county") return content.counties.map((c) => ({ value: c.id, label: c.name, count: count((h) => h.county === c.id) }));
    if (facet === "enterprise") return content.enterprises.map((e) => ({ value: e.id, label: e.name, count: count((h) => h.enterprise === e.id) }));
    if (facet === "year") return content.years.map((y) => ({ value: y, label: `${y}年`, count: peopleOfYear(y).length }));
    return [];
  }

  function peopleOfYear(year) {
    const ids = new Set();
    content.sculptures.filter((s) => s.year === year).forEach((s) => s.honorees.forEach((id) => ids.add(id)));
    return content.honorees.filter((h) => ids.has(h.id));
  }

  function listPeople(state) {
    const people = content.honorees;
    switch (state.facet) {
      case "title": return people.filter((h) => h.titles.includes(state.value));
      case "county": return people.filter((h) => h.county === state.value);
      case "enterprise": return people.filter((h) => h.enterprise === state.value);
      case "year": return peopleOfYear(state.value);
      case "letter": return people.filter((h) => h.initial === state.value);
      case "mentions": return state.ids.map((id) => index.byId.get(id)).filter(Boolean);
      default: return people;
    }
  }

  function listTitle(state) {
    const facet = state.facet;
    if (facet === "title") return index.titles.get(state.value)?.name;
    if (facet === "county") return index.counties.get(state.value)?.name;
    if (facet === "enterprise") return index.enterprises.get(state.value)?.name;
    if (facet === "year") return `${state.value}年入园`;
    if (facet === "letter") return `姓氏拼音 ${state.value}`;
    return "全部人物";
  }

  function show(state, replace) {
    if (replace && history.length) history[history.length - 1] = state;
    else history.push(state);
    render(state);
  }

  function goBack() {
    if (history.length <= 1) { enterAttract(); return; }
    history.pop();
    render(history[history.length - 1]);
  }

  function render(state) {
    const renderers = { home: renderHome, facet: renderFacet, list: renderList, detail: renderDetail };
    const html = (renderers[state.view] || renderHome)(state);
    els.view.innerHTML = html;
    els.view.scrollTop = 0;
    els.back.hidden = false;
    document.documentElement.dataset.view = state.view;
    els.view.focus({ preventScroll: true });
  }

  function renderHome() {
    els.title.textContent = "劳模风采";
    const tiles = FACETS.map((f) => `
      <button type="button" class="k-tile" data-facet="${f.key}">
        <span class="k-tile__label">${f.label}</span>
        <span class="k-tile__hint">${f.hint}</span>
      </button>`).join("");
    return `<h2 class="k-heading">选择浏览方式</h2><div class="k-tiles">${tiles}</div>
      <p class="k-count">共收录先进人物 ${content.honorees.length} 位</p>`;
  }

  function renderFacet(state) {
    const facet = FACETS.find((f) => f.key === state.facet);
    els.title.textContent = facet.label;
    const options = facetOptions(state.facet).filter((o) => o.count > 0);
    if (!options.length) return `<p class="k-empty">暂无内容</p>`;
    const buttons = options.map((o) => `
      <button type="button" class="k-option" data-list="${state.facet}" data-value="${escapeHtml(o.value)}">
        <span class="k-option__label">${escapeHtml(o.label)}</span>
        ${o.note ? `<span class="k-option__note">${escapeHtml(o.note)}</span>` : ""}
        <span class="k-option__count">${o.count}人</span>
      </button>`).join("");
    return `<h2 class="k-heading">${facet.label}</h2><div class="k-options">${buttons}</div>`;
  }

  function letterStrip(current) {
    const present = new Set(content.honorees.map((h) => h.initial));
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("").map((letter) => {
      const has = present.has(letter);
      return `<button type="button" class="k-letter${letter === current ? " is-current" : ""}" data-letter="${letter}"${has ? "" : " disabled"} aria-pressed="${letter === current}" aria-label="姓氏拼音 ${letter}${has ? "" : "（无）"}">${letter}</button>`;
    }).join("");
    return `<nav class="k-letters" aria-label="按姓氏拼音首字母">${letters}</nav>`;
  }

  function card(person, position) {
    return `
      <button type="button" class="k-card" data-person="${person.id}" data-position="${position}">
        ${person.thumb ? `<img class="k-card__image" src="${escapeHtml(person.thumb)}" alt="" width="300" height="400" loading="lazy" draggable="false">` : '<span class="k-card__image k-card__image--none" aria-hidden="true"></span>'}
        <span class="k-card__name">${escapeHtml(person.name)}</span>
        <span class="k-card__title">${escapeHtml(person.top)}</span>
      </button>`;
  }

  function renderList(state) {
    const people = listPeople(state);
    state.ids = people.map((p) => p.id);
    const title = listTitle(state);
    els.title.textContent = title;
    const strip = state.facet === "letter" ? letterStrip(state.value) : "";
    const cards = people.map((p, i) => card(p, i)).join("");
    return `${strip}<h2 class="k-heading">${escapeHtml(title)} <span class="k-heading__count">${people.length}人</span></h2>
      ${people.length ? `<div class="k-cards">${cards}</div>` : '<p class="k-empty">暂无人物</p>'}`;
  }

  function honourList(person) {
    return person.honours.map((h) => `<li><span class="k-honour__year">${h.year}年</span> <span class="k-honour__title k-level-${h.level}">${escapeHtml(h.title)}</span></li>`).join("");
  }

  function parkMap(person) {
    const map = content.map;
    const placed = person.sculptures.map((id) => index.sculptures.get(id)).filter((s) => s && s.x !== null && s.y !== null);
    const sculptures = person.sculptures.map((id) => index.sculptures.get(id)).filter(Boolean);
    if (!sculptures.length) return "";
    const here = content.kiosk.here;
    const photos = sculptures.filter((s) => s.photo).map((s) => `
      <figure class="k-photo"><img src="${escapeHtml(s.photo)}" alt="雕塑《${escapeHtml(s.title)}》" loading="lazy" draggable="false">
      <figcaption>《${escapeHtml(s.title)}》 ${s.year}年入园${s.zone ? ` · ${escapeHtml(s.zone)}` : ""}</figcaption></figure>`).join("");
    let mapHtml = "";
    if (map && placed.length) {
      const pins = placed.map((s) => `<span class="k-pin k-pin--sculpture" style="left:${s.x * 100}%;top:${s.y * 100}%"><span class="k-pin__label">${escapeHtml(s.title)}</span></span>`).join("");
      const herePin = here ? `<span class="k-pin k-pin--here" style="left:${here.x * 100}%;top:${here.y * 100}%"><span class="k-pin__label">您在这里</span></span>` : "";
      mapHtml = `<div class="k-map" style="aspect-ratio:${map.width}/${map.height}">
        <img src="${escapeHtml(map.url)}" alt="劳模雕塑园平面图，标出了雕塑${here ? "和本展台" : ""}的位置" draggable="false">${pins}${herePin}</div>
        <p class="k-map__legend"><span class="k-legend k-legend--sculpture">雕塑位置</span>${here ? '<span class="k-legend k-legend--here">您在这里</span>' : ""}</p>`;
    }
    return `<section class="k-section k-park" aria-labelledby="park-heading"><h3 id="park-heading">园中雕塑</h3>${photos}${mapHtml}</section>`;
  }

  function renderDetail(state) {
    const person = index.byId.get(state.id);
    if (!person) return '<p class="k-empty">该人物的资料已更新，请返回重新选择。</p>';
    usage.view(person.id);
    els.title.textContent = person.name;
    const ids = state.ids || [person.id];
    const position = ids.indexOf(person.id);
    const prev = position > 0 ? index.byId.get(ids[position - 1]) : null;
    const next = position >= 0 && position < ids.length - 1 ? index.byId.get(ids[position + 1]) : null;
    const facts = [
      person.employer && `<div><dt>单位</dt><dd>${escapeHtml(person.employer)}</dd></div>`,
      person.post && `<div><dt>岗位</dt><dd>${escapeHtml(person.post)}</dd></div>`,
      person.county && index.counties.get(person.county) && `<div><dt>地区</dt><dd>${escapeHtml(index.counties.get(person.county).name)}</dd></div>`,
    ].filter(Boolean).join("");
    const mentions = person.mentions.map((id) => index.byId.get(id)).filter(Boolean);
    const mentionButtons = mentions.length ? `<section class="k-section"><h3>文中提到的人物</h3><div class="k-cards k-cards--small">${mentions.map((m) => card(m, -1).replace('data-position="-1"', 'data-mention="1"')).join("")}</div></section>` : "";
    const pager = ids.length > 1 ? `
      <nav class="k-pager" aria-label="同一列表中的人物">
        <button type="button" class="k-button" data-step="-1"${prev ? "" : " disabled"}>‹ ${prev ? escapeHtml(prev.name) : "上一位"}</button>
        <span class="k-pager__position">${position + 1} / ${ids.length}</span>
        <button type="button" class="k-button" data-step="1"${next ? "" : " disabled"}>${next ? escapeHtml(next.name) : "下一位"} ›</button>
      </nav>` : "";
    return `
      <article class="k-detail" data-detail="${person.id}">
        <div class="k-detail__head">
          ${person.portrait ? `<img class="k-detail__portrait" src="${escapeHtml(person.portrait)}" alt="${escapeHtml(person.alt)}" width="600" height="800" draggable="false">` : ""}
          <div class="k-detail__intro">
            <h2 class="k-detail__name">${escapeHtml(person.name)}</h2>
            ${person.top ? `<p class="k-detail__top k-level-${person.level}">${escapeHtml(person.top)}</p>` : ""}
            <dl class="k-facts">${facts}</dl>
            ${person.summary ? `<p class="k-detail__summary">${escapeHtml(person.summary)}</p>` : ""}
            <figure class="k-qr"><img src="${escapeHtml(person.qr)}" alt="二维码：用手机扫一扫，继续阅读${escapeHtml(person.name)}的事迹" width="200" height="200" draggable="false">
              <figcaption>手机扫一扫<br>继续阅读</figcaption></figure>
          </div>
        </div>
        ${person.honours.length ? `<section class="k-section"><h3>荣誉</h3><ol class="k-honours">${honourList(person)}</ol></section>` : ""}
        ${person.story ? `<section class="k-section k-story"><h3>事迹</h3>${person.story}</section>` : ""}
        ${mentionButtons}
        ${parkMap(person)}
        ${pager}
      </article>`;
  }

  function step(delta) {
    const state = history[history.length - 1];
    if (!state || state.view !== "detail" || !state.ids) return;
    const position = state.ids.indexOf(state.id) + delta;
    if (position < 0 || position >= state.ids.length) return;
    show({ view: "detail", id: state.ids[position], ids: state.ids }, true);
  }

  // ---------- touch handling ----------

  function onClick(event) {
    const target = event.target.closest("button");
    if (!target || target.disabled) return;
    markResponse();
    if (target.dataset.action === "back") goBack();
    else if (target.dataset.action === "home") { history = []; show({ view: "home" }); }
    else if (target.dataset.facet) {
      const facet = target.dataset.facet;
      if (facet === "all") show({ view: "list", facet: "all" });
      else if (facet === "letter") {
        const first = content.honorees[0];
        show({ view: "list", facet: "letter", value: first ? first.initial : "A" });
      } else show({ view: "facet", facet });
    } else if (target.dataset.list) {
      const raw = target.dataset.value;
      show({ view: "list", facet: target.dataset.list, value: /^\d+$/.test(raw) ? Number(raw) : raw });
    } else if (target.dataset.letter) show({ view: "list", facet: "letter", value: target.dataset.letter }, true);
    else if (target.dataset.person) {
      const id = Number(target.dataset.person);
      const state = history[history.length - 1];
      const ids = target.dataset.mention ? [id] : state && state.ids ? state.ids : [id];
      show({ view: "detail", id, ids });
    } else if (target.dataset.step) step(Number(target.dataset.step));
  }

  let swipeStart = null;
  let swallowClickUntil = 0;
  function swallowWakingClick(event) {
    if (performance.now() < swallowClickUntil) {
      swallowClickUntil = 0;
      event.preventDefault();
      event.stopPropagation();
    }
  }
  function onPointerDown(event) {
    resetIdle();
    if (mode === "attract") {
      event.preventDefault();
      // The click that ends this touch must not press whatever browse shows under the finger.
      swallowClickUntil = performance.now() + 800;
      markResponse();
      // The cue button starts at the browse home; touching a person's slide opens that person.
      const slide = !event.target.closest("#start") && content && content.attract[slideIndex];
      enterBrowse(slide && slide.honoree && index.byId.has(slide.honoree) ? { view: "detail", id: slide.honoree, ids: [slide.honoree] } : null);
      // Start from the browse home, so "返回" leads somewhere useful.
      if (history.length === 1 && history[0].view === "detail") history.unshift({ view: "home" });
      return;
    }
    swipeStart = { x: event.clientX, y: event.clientY };
  }

  function onPointerUp(event) {
    if (!swipeStart) return;
    const dx = event.clientX - swipeStart.x;
    const dy = event.clientY - swipeStart.y;
    swipeStart = null;
    if (Math.abs(dx) > SWIPE_PIXELS && Math.abs(dx) > 1.5 * Math.abs(dy) && document.documentElement.dataset.view === "detail") {
      markResponse();
      step(dx < 0 ? 1 : -1);
    }
  }

  // ---------- idle ----------

  function resetIdle() {
    clearTimeout(idleTimer);
    if (mode !== "browse") return;
    if (!els.idle.hidden) cancelCountdown();
    const seconds = content ? content.kiosk.idle_timeout : 90;
    idleTimer = setTimeout(startCountdown, seconds * 1000);
  }

  function startCountdown() {
    let left = content ? content.countdown_seconds : 10;
    els.idleCount.textContent = left;
    els.idle.hidden = false;
    document.getElementById("idle-stay").focus({ preventScroll: true });
    countdownTimer = setInterval(() => {
      left -= 1;
      els.idleCount.textContent = left;
      if (left <= 0) enterAttract();
    }, 1000);
  }

  function cancelCountdown() {
    clearInterval(countdownTimer);
    els.idle.hidden = true;
  }

  // ---------- lock-down ----------

  function lockDown() {
    const stop = (event) => event.preventDefault();
    ["contextmenu", "selectstart", "dragstart", "gesturestart", "auxclick"].forEach((name) => document.addEventListener(name, stop));
    document.addEventListener("wheel", (event) => { if (event.ctrlKey) event.preventDefault(); }, { passive: false });
    document.addEventListener("touchmove", (event) => { if (event.touches.length > 1) event.preventDefault(); }, { passive: false });
    document.addEventListener("keydown", (event) => {
      // Browser shortcuts (zoom, print, save, new window) from a stray keyboard.
      if (event.ctrlKey || event.metaKey || event.altKey || /^F\d+$/.test(event.key)) event.preventDefault();
    });
    // Nothing on a kiosk navigates away; a link that slipped into content does nothing.
    document.addEventListener("click", (event) => { if (event.target.closest("a")) event.preventDefault(); }, true);
  }

  // ---------- usage counts (kept until the server acknowledges them) ----------

  const usage = (() => {
    const today = () => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
    };
    const newId = () => (crypto.randomUUID ? crypto.randomUUID() : "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (c) => (c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16)));
    const load = () => {
      try { return JSON.parse(localStorage.getItem(USAGE_KEY)) || { pending: [], current: null }; } catch { return { pending: [], current: null }; }
    };
    const save = (state) => { try { localStorage.setItem(USAGE_KEY, JSON.stringify(state)); } catch { /* full: counts are a nicety */ } };
    function current(state) {
      if (!state.current || state.current.day !== today()) {
        if (state.current && (state.current.sessions || Object.keys(state.current.views).length)) state.pending.push(state.current);
        state.current = { id: newId(), day: today(), sessions: 0, views: {} };
      }
      return state.current;
    }
    return {
      session() { const s = load(); current(s).sessions += 1; save(s); },
      view(id) { const s = load(); const c = current(s); c.views[id] = (c.views[id] || 0) + 1; save(s); },
      takeBatches() {
        const s = load();
        const c = current(s);
        if (c.sessions || Object.keys(c.views).length) { s.pending.push(c); s.current = null; }
        save(s);
        return s.pending.slice(0, 500);
      },
      acknowledge(ids) { const s = load(); s.pending = s.pending.filter((b) => !ids.includes(b.id)); save(s); },
    };
  })();

  async function heartbeat() {
    const batches = usage.takeBatches();
    try {
      const response = await fetch(URLS.heartbeat, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          content_version: content ? content.version : 0,
          screen: { width: window.screen.width, height: window.screen.height },
          uptime: Math.round((Date.now() - bootedAt) / 1000),
          usage: batches,
        }),
      });
      if (response.ok) usage.acknowledge((await response.json()).accepted || []);
    } catch { /* offline: the batches wait for the next beat */ }
  }

  // ---------- content: cache, version check, swap ----------

  async function cachedContent() {
    if (!("caches" in window)) return null;
    try {
      const hit = await caches.match(URLS.content, { cacheName: CONTENT_CACHE, ignoreVary: true });
      return hit ? await hit.json() : null;
    } catch { return null; }
  }

  async function downloadContent(version) {
    const url = version ? `${URLS.content}?v=${version}` : URLS.content;
    const response = await fetch(url, { cache: "no-store" });
    if (!response.ok) throw new Error(`content ${response.status}`);
    return response.json();
  }

  let storing = null; // the download of pictures under way, if any

  function storeContent(data, parallel = 4) {
    storing = fillCache(data, parallel).finally(() => { storing = null; });
    return storing;
  }

  async function fillCache(data, parallel) {
    if (!("caches" in window)) return;
    const cache = await caches.open(CONTENT_CACHE);
    // Fetch what is missing first, a few at a time; only then is the content complete offline.
    const queue = [...data.assets];
    const failed = [];
    const worker = async () => {
      while (queue.length) {
        const url = queue.shift();
        if (await cache.match(url, { ignoreVary: true })) continue;
        try { await cache.add(url); } catch { failed.push(url); }
      }
    };
    await Promise.all(Array.from({ length: parallel }, worker));
    for (const url of failed.splice(0)) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      try { await cache.add(url); } catch { failed.push(url); }
    }
    // Still missing: fetched again at the next version check.
    incomplete = failed.length > 0;
    await cache.put(URLS.content, new Response(JSON.stringify(data), { headers: { "Content-Type": "application/json" } }));
  }

  async function dropStale(data) {
    if (!("caches" in window)) return;
    const cache = await caches.open(CONTENT_CACHE);
    const keep = new Set(data.assets.map((url) => new URL(url, location.href).href));
    keep.add(new URL(URLS.content, location.href).href);
    for (const request of await cache.keys()) if (!keep.has(request.url)) await cache.delete(request);
  }

  function start(data) {
    content = data;
    index = buildIndex(data);
    applyLayout(data);
    renderSlides();
  }

  function swapContent() {
    const data = pending;
    pending = null;
    start(data);
    document.documentElement.dataset.version = data.version;
    dropStale(data);
  }

  let checking = false; // one version check (and download) at a time

  async function checkVersion() {
    if (checking) return;
    checking = true;
    try {
      const response = await fetch(URLS.version, { cache: "no-store" });
      if (!response.ok) return;
      const { version } = await response.json();
      const have = (pending || content || {}).version;
      if (version === have) {
        if (incomplete && !pending && !storing) await storeContent(content, 1);
        return;
      }
      const data = await downloadContent(version);
      if (storing) await storing;
      await storeContent(data);
      pending = data;
      if (mode === "attract") swapContent();
    } catch { /* server unreachable: keep showing what we have, quietly */ } finally {
      checking = false;
    }
  }

  async function boot() {
    lockDown();
    document.addEventListener("pointerdown", onPointerDown, { passive: false });
    document.addEventListener("pointerup", onPointerUp);
    document.addEventListener("pointercancel", () => { swipeStart = null; });
    document.addEventListener("click", swallowWakingClick, true);
    document.addEventListener("click", onClick);
    document.addEventListener("scroll", resetIdle, { capture: true, passive: true });
    document.addEventListener("keydown", resetIdle);
    $("idle-stay").addEventListener("click", resetIdle);
    document.documentElement.dataset.mode = "attract";

    if ("serviceWorker" in navigator) {
      navigator.serviceWorker.register(URLS.worker, { scope: URLS.shell }).catch(() => {});
    }
    let data = await cachedContent();
    let fresh = false;
    while (!data) {
      try { data = await downloadContent(); fresh = true; } catch { await new Promise((r) => setTimeout(r, 5000)); }
    }
    start(data);
    document.documentElement.dataset.version = data.version;
    if (fresh) storeContent(data);

    setInterval(checkVersion, data.poll_seconds * 1000);
    setInterval(heartbeat, data.heartbeat_seconds * 1000);
    if (!fresh) checkVersion();
    heartbeat();
  }

  boot();
})();
