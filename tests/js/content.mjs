// A small content document of the shape content.json has (exhibits/kiosks/content.py).

export function content() {
  const person = (id, name, initial, fields = {}) => ({
    id, name, initial, top: "", level: null, titles: [], county: null, enterprise: null,
    employer: "", post: "", summary: "", thumb: null, portrait: null, alt: "", honours: [],
    story: "", mentions: [], sculptures: [], qr: `/qr/${id}.svg`, ...fields,
  });
  return {
    version: 7,
    kiosk: { orientation: "portrait", text_size: "large", idle_timeout: 60, here: { x: 0.5, y: 0.9 } },
    countdown_seconds: 10,
    map: { url: "/media/map.webp", width: 800, height: 550 },
    titles: [
      { id: 1, name: "全国劳动模范", level: 1, level_name: "全国级" },
      { id: 2, name: "鹰城大工匠", level: 4, level_name: "市级" },
      { id: 3, name: "最美职工", level: 4, level_name: "市级" },
    ],
    counties: [{ id: 10, name: "新华区" }, { id: 11, name: "卫东区" }],
    enterprises: [{ id: 20, name: "平煤神马集团" }],
    years: [2022, 2019],
    zones: [
      { name: "劳模广场", description: "园区中心" },
      { name: "东区", description: "湖边" },
    ],
    // Newest first, as the server lists them.
    sculptures: [
      { id: 30, title: "王芳塑像", year: 2022, zone: "", x: 0.3, y: 0.4, photo: { url: "/media/s.webp", width: 600, height: 800 }, honorees: [102] },
      { id: 32, title: "李伟塑像", year: 2019, zone: "劳模广场", x: 0.5, y: 0.5, photo: null, honorees: [101] },
      { id: 31, title: "群像", year: 2019, zone: "东区", x: null, y: null, photo: null, honorees: [101, 102] },
    ],
    // By pinyin, as the server sorts them: 陈磊, 李伟, 王芳, 张秀英.
    honorees: [
      person(100, "陈磊", "C", { titles: [1], county: 11 }),
      person(101, "李伟", "L", { titles: [2], county: 10, enterprise: 20, sculptures: [32, 31] }),
      person(102, "王芳", "W", { titles: [1], county: 10, enterprise: 20, sculptures: [30, 31], mentions: [101, 999] }),
      person(103, "张秀英", "Z", { titles: [2] }),
    ],
    facets: {
      title: { 1: [100, 102], 2: [101, 103], 3: [] },
      county: { 10: [101, 102], 11: [100] },
      enterprise: { 20: [101, 102] },
      year: { 2022: [102], 2019: [101, 102] },
    },
    attract: [
      { kind: "slide", image: "/media/a.webp", alt: "欢迎", title: "欢迎" },
      { kind: "honoree", honoree: 102, image: "/media/b.webp", alt: "王芳", title: "王芳" },
      { kind: "sculpture", honoree: 999, image: "/media/c.webp", alt: "群像", title: "群像" },
    ],
    assets: [],
  };
}
