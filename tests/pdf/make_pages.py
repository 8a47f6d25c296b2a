#!/usr/bin/env python3
"""Generate test newspaper PDF pages, each with its expected result.

usage: make_pages.py OUTDIR

For every page NAME it writes OUTDIR/NAME.pdf and OUTDIR/NAME.expected.json
(the schema of /work/shared/pages/*.expected.json, scored by score.py).

The article text lives in pagedata.py. Each page lays that text out (typst or
reportlab) and writes the expected JSON from the same data, so the expected
result is right by construction: the paragraphs are the source paragraphs,
whatever line and column breaks the layout made. Articles are listed in
reading order: by the position of their headline on the page, top to bottom,
and left to right among headlines that start within ROW_TOL points of the
same height. For typst pages the positions come from typst itself (a metadata
marker before each headline, read back with typst.query).

Needs Python 3.11 with the packages in requirements.txt (typst, reportlab and
its dependency pillow) and nothing else: no system fonts are used (typst gets
only its bundled fonts plus fonts/NotoSansSC-Broadsheet.otf; reportlab uses the
standard Helvetica/Times and the non-embedded STSong-Light CID font).
"""
import json
import os
import re
import sys
import tempfile

import typst

sys.dont_write_bytecode = True  # no __pycache__ beside the script
import pagedata  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = os.path.normpath(os.path.join(HERE, "..", "..", "fonts"))
TIMESTAMP = 1741392000  # 2025-03-08 00:00 UTC: fixed, so the PDFs are reproducible
ROW_TOL = 24.0  # pt: headlines starting this close in height count as one row
MM = 72 / 25.4


# ---------------------------------------------------------------------------
# expected results
# ---------------------------------------------------------------------------

def reading_order(placed):
    """placed: [(x, y, article)] with y measured from the top of the page.
    Top to bottom; headlines within ROW_TOL of a row's first one are one row,
    read left to right."""
    rest = sorted(placed, key=lambda p: (p[1], p[0]))
    out = []
    while rest:
        top = rest[0][1]
        row = [p for p in rest if p[1] - top <= ROW_TOL]
        rest = [p for p in rest if p[1] - top > ROW_TOL]
        out += sorted(row, key=lambda p: p[0])
    return [p[2] for p in out]


def write_expected(outdir, name, language, articles, noise, notes):
    """A byline is either printed at the start of the first paragraph (and so
    is its prefix there) or on its own line (and is in no paragraph)."""
    arts = []
    for a in articles:
        paras = list(a["paragraphs"])
        assert paras and all(p and p == p.strip() for p in paras), a["headline"]
        by = a.get("byline")
        assert not by or paras[0].startswith(by) or all(by not in p for p in paras), a["headline"]
        arts.append({
            "headline": a["headline"],
            "deck": a.get("deck"),
            "byline": a.get("byline"),
            "paragraphs": paras,
        })
    doc = {"page": name, "language": language, "articles": arts,
           "noise": list(noise), "notes": notes}
    with open(os.path.join(outdir, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ---------------------------------------------------------------------------
# typst
# ---------------------------------------------------------------------------

def ts(s):
    """A typst string literal."""
    assert "\n" not in s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def tbody(paragraphs):
    """Typst content: one paragraph per source paragraph."""
    return "[" + "\n\n".join("#" + ts(p) for p in paragraphs) + "]"


# Shared typst definitions.
#  flow(n, body): body set in n columns of the available width, the columns
#    as short as the text allows (measured), so a story's text runs from the
#    bottom of one column to the top of the next.
#  hmark(id): invisible marker, read back with typst.query, giving the page
#    position of the headline that follows it.
#  fakebold(off, body): body printed twice, the second copy shifted right by
#    off (the "fake bold" of many e-paper PDFs).
#  photo(w, h): a grey picture placeholder with a few shapes in it.
TYPST_LIB = r"""
#let flow(n, gutter: 5mm, slack: 1.6em, body) = layout(size => {
  if n == 1 { block(width: size.width, spacing: 0pt, body) } else {
    let cw = (size.width - (n - 1) * gutter) / n
    let h = measure(block(width: cw, body)).height
    block(width: size.width, height: h / n + slack, spacing: 0pt,
      columns(n, gutter: gutter, body))
  }
})
#let hmark(id) = context [#metadata((id: id, x: here().position().x.pt(), y: here().position().y.pt())) <hl>]
#let fakebold(off, body) = block(width: 100%, spacing: 0pt, {
  body
  place(top + left, dx: off, body)
})
#let photo(w, h) = block(width: w, height: h, fill: luma(62%), clip: true, spacing: 0pt, {
  place(bottom + left, rect(width: 100%, height: 38%, fill: luma(45%)))
  place(top + right, dx: -12%, dy: 12%, ellipse(width: 13%, height: 18%, fill: luma(88%)))
  for (i, x) in (8%, 22%, 41%, 63%, 80%).enumerate() {
    place(bottom + left, dx: x, dy: -30%, rect(width: 2.2%, height: 22% + 4% * i, fill: luma(25%)))
    place(bottom + left, dx: x - 4.5%, dy: -46% - 4% * i, ellipse(width: 11%, height: 20%, fill: luma(30%)))
  }
})
"""


def run_typst(source):
    """Compile typst source; return (pdf bytes, {marker id: (x, y)})."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "page.typ")
        with open(path, "w", encoding="utf-8") as f:
            f.write(source)
        opts = dict(root=tmp, font_paths=[FONTS], ignore_system_fonts=True)
        pdf = typst.compile(path, format="pdf", pdf_tags=False, timestamp=TIMESTAMP, **opts)
        marks = json.loads(typst.query(path, "<hl>", **opts))
    pos = {}
    for m in marks:
        v = m["value"]
        pos[v["id"]] = (v["x"], v["y"])
    return pdf, pos


def typst_page(outdir, name, source, articles):
    """Compile, write the PDF, and return the articles in reading order."""
    pdf, pos = run_typst(source)
    with open(os.path.join(outdir, name + ".pdf"), "wb") as f:
        f.write(pdf)
    missing = set(articles) - set(pos)
    assert not missing, f"{name}: no headline marker for {missing}"
    return reading_order([(pos[k][0], pos[k][1], a) for k, a in articles.items()])


# ---------------------------------------------------------------------------
# page 1: zh-pdf-identity
# ---------------------------------------------------------------------------

ZH_FONT = '("Libertinus Serif", "Noto Sans CJK SC")'


def zh_story(key, a, hsize, n, fakebold=False, deck_size=13, head_align="center",
             stroke=None, deck_above=False):
    """A Chinese story as typst code: headline (fake-bold: printed twice;
    stroke: a stroke width, for fill+stroke 'bold'), deck under it (or above
    it, as a kicker), body in n columns."""
    st = f", stroke: {stroke}pt + black" if stroke else ""
    head = (f'block(width: 100%, spacing: 0pt, {{ set par(first-line-indent: 0pt, justify: false, leading: 0.3em); '
            f'set align({head_align}); text(size: {hsize}pt{st}, {ts(a["headline"])}) }})')
    if fakebold:
        head = f"fakebold(0.4pt, {head})"
    deck = []
    if a.get("deck"):
        deck = [f'block(width: 100%, spacing: 0pt, {{ set par(first-line-indent: 0pt, justify: false); '
                f'set align({head_align}); text(size: {deck_size}pt, {ts(a["deck"])}) }})']
    if deck_above:
        parts = [f'hmark({ts(key)})'] + deck + ["v(2mm)", head, "v(3mm)"]
    else:
        parts = [f'hmark({ts(key)})', head, "v(2.5mm)"] + (deck + ["v(3mm)"] if deck else [])
    parts.append(f"flow({n}, {tbody(a['paragraphs'])})")
    return "block(width: 100%, spacing: 0pt, {\n  " + "\n  ".join(parts) + "\n})"


def page_zh_identity(outdir):
    name = "zh-pdf-identity"
    d = pagedata.ZH_IDENTITY
    A = d["articles"]
    W, H, X0, G, NC = 297, 420, 14, 5, 5
    cw = (W - 2 * X0 - (NC - 1) * G) / NC

    def x(col):
        return X0 + col * (cw + G)

    def span(k):
        return k * cw + (k - 1) * G

    top = 46
    zone = H - 17 - 3 - top
    src = f"""
#set page(width: {W}mm, height: {H}mm, margin: 0pt)
#set text(font: {ZH_FONT}, size: 10.5pt, number-type: "lining", lang: "zh", region: "cn", costs: (widow: 0%, orphan: 0%))
#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 0.9em, spacing: 0.9em)
{TYPST_LIB}
#let rule = line(length: 100%, stroke: 0.6pt)
#let sep = {{ v(3.5mm); v(1fr); rule; v(3.5mm); v(1fr) }}
// masthead
#place(top + left, dx: {X0}mm, dy: 12mm, text(size: 40pt, tracking: 4pt, {ts(d["paper"])}))
#place(top + right, dx: -{X0}mm, dy: 15mm, block(width: 80mm, {{
  set align(right)
  text(size: 12pt, {ts(d["date"])})
  v(3mm)
  text(size: 16pt, {ts(d["page"])})
  h(4mm)
  box(fill: black, inset: (x: 2mm, y: 1.2mm), text(size: 14pt, fill: white, {ts(d["section"])}))
}}))
#place(top + left, dx: {X0}mm, dy: 37mm, line(length: {W - 2 * X0}mm, stroke: 2pt))
#place(top + left, dx: {X0}mm, dy: 38.6mm, line(length: {W - 2 * X0}mm, stroke: 0.5pt))
// cols 1-3: lead story, then two stories side by side below it
#context {{
  let lead = block(width: {span(3)}mm, {zh_story("lead", A["lead"], 30, 3)})
  let y = {top}mm + measure(lead).height
  place(top + left, dx: {x(0)}mm, dy: {top}mm, lead)
  place(top + left, dx: {x(0)}mm, dy: y + 3.5mm, line(length: {span(3)}mm, stroke: 0.6pt))
  y += 7mm
  place(top + left, dx: {x(0)}mm, dy: y, block(width: {span(2)}mm, height: {top + zone}mm - y, {{
    {zh_story("talent", A["talent"], 20, 2, fakebold=True)}
    sep
    {zh_story("jobs", A["jobs"], 18, 2)}
  }}))
  place(top + left, dx: {x(2)}mm, dy: y, block(width: {cw}mm, height: {top + zone}mm - y, {{
    {zh_story("alleys", A["alleys"], 17, 1)}
  }}))
}}
#place(top + left, dx: {x(3) - G / 2}mm, dy: {top}mm, line(angle: 90deg, length: {zone}mm, stroke: 0.4pt))
// cols 4-5: photo with caption, then three stories
#place(top + left, dx: {x(3)}mm, dy: {top}mm, block(width: {span(2)}mm, height: {zone}mm, {{
  photo(100%, 84mm)
  v(2mm)
  block(width: 100%, spacing: 0pt, {{ set par(first-line-indent: 0pt); set text(size: 8.5pt)
    {ts(d["caption"])}; h(1fr); {ts(d["credit"])} }})
  sep
  {zh_story("xinhua", A["xinhua"], 18, 2)}
  sep
  {zh_story("metro", A["metro"], 18, 2)}
}}))
// footer
#place(top + left, dx: {X0}mm, dy: {H - 17}mm, line(length: {W - 2 * X0}mm, stroke: 0.5pt))
#place(top + left, dx: {X0}mm, dy: {H - 14}mm, text(size: 9pt, {ts(d["footer"])}))
"""
    order = typst_page(outdir, name, src, A)
    noise = [d["paper"], d["date"], d["page"], d["section"], d["caption"], d["credit"],
             d["footer"], A["talent"]["headline"]]
    notes = ("Generated page (typst, text invented). Embedded CID fonts with Identity-H encoding: "
             "Chinese from Noto Sans CJK SC, digits, Latin letters, spaces and the curly quotes from "
             "Libertinus Serif (a different font, so each line is split into font runs). Lines are hard-"
             "wrapped at the column width; stories run from the bottom of one column to the top of the "
             "next. Paragraphs start with a 2-em indent and no extra space. The lead story's headline "
             "and deck span three columns. The headline '" + A["talent"]["headline"] + "' is fake-bold "
             "(printed twice, 0.4pt apart): its second copy is noise. Datelines (本报讯…, 新华社…电…) "
             "are bylines and stay at the start of the first paragraph. Noise: masthead, date, page "
             "label, section label, photo caption and credit, footer.")
    write_expected(outdir, name, "zh", order, noise, notes)


# ---------------------------------------------------------------------------
# page 2: en-pdf-columns
# ---------------------------------------------------------------------------

def en_story(key, a, hsize, n, gutter, deck_size=12, tail=None):
    """An English story: bold headline, optional italic deck, byline on its
    own line, body justified and hyphenated in n columns. tail: typst content
    set after the body inside the last column (a jump line)."""
    parts = [f"hmark({ts(key)})",
             f'block(width: 100%, spacing: 0pt, {{ set par(first-line-indent: 0pt, justify: false, leading: 0.22em); '
             f'text(size: {hsize}pt, weight: "bold", hyphenate: false, {ts(a["headline"])}) }})']
    if a.get("deck"):
        parts += ["v(3.2mm)", f'block(width: 100%, spacing: 0pt, {{ set par(first-line-indent: 0pt, justify: false, leading: 0.35em); '
                  f'text(size: {deck_size}pt, style: "italic", hyphenate: false, {ts(a["deck"])}) }})']
    if a.get("byline"):
        parts += ["v(2mm)", f'block(width: 100%, spacing: 0pt, text(size: 8.5pt, weight: "bold", {ts(a["byline"])}))']
    parts.append("v(2.5mm)")
    body = tbody(a["paragraphs"])
    if tail:
        body = f"{body} + {tail}"
    parts.append(f"flow({n}, gutter: {gutter}mm, {body})")
    return "block(width: 100%, spacing: 0pt, {\n  " + "\n  ".join(parts) + "\n})"


def page_en_columns(outdir):
    name = "en-pdf-columns"
    d = pagedata.EN_COLUMNS
    A = d["articles"]
    W, H, X0, G, NC = 280, 400, 12, 4.5, 5
    cw = (W - 2 * X0 - (NC - 1) * G) / NC

    def x(col):
        return X0 + col * (cw + G)

    def span(k):
        return k * cw + (k - 1) * G

    top, bottom = 62, H - 12
    jump = f'block(width: 100%, above: 1.2mm, align(right, text(size: 8.5pt, style: "italic", {ts(d["jump"])})))'

    def story(key, a, hsize, n, **kw):
        return en_story(key, a, hsize, n, G, **kw)

    src = f"""
#set page(width: {W}mm, height: {H}mm, margin: 0pt)
#set text(font: "Libertinus Serif", size: 9.5pt, number-type: "lining", lang: "en", region: "us", hyphenate: true, costs: (widow: 0%, orphan: 0%))
#set par(justify: true, first-line-indent: 1.2em, leading: 0.5em, spacing: 0.5em)
{TYPST_LIB}
#let rule = line(length: 100%, stroke: 0.5pt)
#let sep = {{ v(3mm); v(1fr); rule; v(3mm); v(1fr) }}
// masthead
#place(top + left, dx: {X0}mm, dy: 9mm, text(size: 9pt, weight: "bold", {ts(d["page"])}))
#place(top + right, dx: -{X0}mm, dy: 9mm, text(size: 9pt, style: "italic", {ts(d["motto"])}))
#place(top + center, dy: 17mm, text(size: 56pt, weight: "bold", {ts(d["paper"])}))
#place(top + left, dx: {X0}mm, dy: 44mm, line(length: {W - 2 * X0}mm, stroke: 0.6pt))
#place(top + left, dx: {X0}mm, dy: 46mm, block(width: {W - 2 * X0}mm, {{
  set text(size: 9.5pt)
  {ts(d["volume"])}; h(1fr); {ts(d["date"])}; h(1fr); {ts(d["price"])}
}}))
#place(top + left, dx: {X0}mm, dy: 52mm, line(length: {W - 2 * X0}mm, stroke: 2pt))
#context {{
  let lead = block(width: {span(3)}mm, {story("bridge", A["bridge"], 30, 3, deck_size=14, tail=jump)})
  let y = {top}mm + measure(lead).height
  place(top + left, dx: {x(0)}mm, dy: {top}mm, lead)
  place(top + left, dx: {x(0)}mm, dy: y + 3mm, line(length: {span(3)}mm, stroke: 0.5pt))
  y += 6mm
  place(top + left, dx: {x(0)}mm, dy: y, block(width: {span(2)}mm, height: {bottom}mm - y,
    {{ {story("schools", A["schools"], 21, 2)}; sep; {story("fire", A["fire"], 18, 2)} }}))
  place(top + left, dx: {x(2) - G / 2}mm, dy: y, line(angle: 90deg, length: {bottom}mm - y, stroke: 0.4pt))
  place(top + left, dx: {x(2)}mm, dy: y, block(width: {cw}mm, height: {bottom}mm - y,
    {story("frost", A["frost"], 17, 1)}))
}}
#place(top + left, dx: {x(3) - G / 2}mm, dy: {top}mm, line(angle: 90deg, length: {bottom - top}mm, stroke: 0.4pt))
#place(top + left, dx: {x(3)}mm, dy: {top}mm, block(width: {span(2)}mm, height: {bottom - top}mm, {{
  photo(100%, 90mm)
  v(1mm)
  block(width: 100%, spacing: 0pt, align(right, text(size: 7pt, {ts(d["credit"])})))
  v(1mm)
  block(width: 100%, spacing: 0pt, {{ set par(first-line-indent: 0pt, justify: false); text(size: 8.5pt, style: "italic", {ts(d["caption"])}) }})
  sep
  {story("insulin", A["insulin"], 20, 2)}
  sep
  {story("library", A["library"], 17, 2)}
}}))
"""
    order = typst_page(outdir, name, src, A)
    noise = [d["page"], d["motto"], d["paper"], d["volume"], d["date"], d["price"],
             d["credit"], d["caption"], d["jump"]]
    notes = ("Generated page (typst, text invented). Libertinus Serif, embedded (Identity-H). Text is "
             "justified and hyphenated: words split at line ends carry a hyphen glyph that the text "
             "layer maps to U+00AD (soft hyphen); the hyphens of real compounds (6-1, small-business, "
             "state-regulated) are U+002D. The expected paragraphs hold the unsplit words. Bylines ('By ...') stand on "
             "their own line and are not paragraph text; the AP story's dateline 'SPRINGFIELD (AP) — ' "
             "is part of its first paragraph. The lead story runs in three columns under a three-column "
             "headline and deck and stops mid-sentence at the jump line 'Continued on Page A6' (noise; "
             "the last paragraph ends where the page's text ends). First paragraphs are not indented, "
             "later ones are. Noise: masthead lines, photo credit and caption, jump line.")
    write_expected(outdir, name, "en", order, noise, notes)


# ---------------------------------------------------------------------------
# reportlab helpers
# ---------------------------------------------------------------------------

def rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def rl_canvas(path, size):
    from reportlab import rl_config
    from reportlab.pdfgen import canvas
    rl_config.useA85 = 0  # plain Flate streams, as most PDFs have
    # invariant: no creation date or random document id, so runs are identical
    return canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)


SONG, LATIN = "STSong-Light", "Helvetica"
ASCII_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.%]*")
NO_LINE_START = set("，。、；：？！）》」』”’…%")
NO_LINE_END = set("（《「『“‘")


def zh_units(text, size):
    """Split Chinese text into (string, font, width) units: one unit per
    character in STSong-Light, except runs of ASCII letters and digits (with
    '.' and '%' inside), which are one unit in Helvetica."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    out, i = [], 0
    while i < len(text):
        m = ASCII_RUN.match(text, i)
        s, font = (m.group(), LATIN) if m else (text[i], SONG)
        out.append((s, font, stringWidth(s, font, size)))
        i += len(s)
    return out


def zh_break(text, width, size, indent=0.0):
    """Break text into lines of at most width (the first line indented).
    Returns [(units, indent, justify)]; no line starts with closing
    punctuation or ends with opening punctuation."""
    units = zh_units(text, size)
    lines, i = [], 0
    while i < len(units):
        ind = indent if not lines else 0.0
        j, w = i, 0.0
        while j < len(units) and w + units[j][2] <= width - ind + 0.01:
            w += units[j][2]
            j += 1
        if j < len(units):
            while j > i + 1 and (units[j][0] in NO_LINE_START or units[j - 1][0] in NO_LINE_END):
                j -= 1
        lines.append((units[i:j], ind, j < len(units)))
        i = j
    return lines


def zh_draw_line(ops, units, x, y, size, width=None, char_space=0.0):
    """Append draw ops for one line of units starting at x on baseline y.
    With width, the line is justified to it by equal gaps between units.
    Runs of STSong units become one string drawn with a character spacing;
    each Helvetica run is its own string at its own x, same baseline."""
    natural = sum(u[2] for u in units)
    gap = char_space
    if width is not None and len(units) > 1:
        gap = (width - natural) / (len(units) - 1)
    k = 0
    while k < len(units):
        font = units[k][1]
        m = k
        while m < len(units) and units[m][1] == font and (font == SONG or m == k):
            m += 1
        run = units[k:m]
        s = "".join(u[0] for u in run)
        ops.append(("text", font, size, x, y, s, gap if font == SONG else 0.0))
        x += sum(u[2] for u in run) + gap * len(run)
        k = m
    return x


def rl_emit(c, page_h, ops):
    """Draw ops on a reportlab canvas; op coordinates are from the top."""
    for op in ops:
        kind = op[0]
        if kind == "text":
            _, font, size, x, y, s, cs = op
            c.setFont(font, size)
            c.drawString(x, page_h - y, s, charSpace=cs)
        elif kind == "line":
            _, x0, y0, x1, y1, w = op
            c.setLineWidth(w)
            c.line(x0, page_h - y0, x1, page_h - y1)


# ---------------------------------------------------------------------------
# page 3: zh-pdf-stsong
# ---------------------------------------------------------------------------

class ZhBlock:
    """A Chinese story laid out by hand: headline (and an optional byline line)
    over ncols columns, body lines flowing column by column, the first
    columns as long as needed, the last one shorter."""

    def __init__(self, a, width_cols, col_w, gutter, hsize, size, pitch, own_byline=False):
        self.a, self.n, self.col_w, self.gutter = a, width_cols, col_w, gutter
        self.hsize, self.size, self.pitch = hsize, size, pitch
        self.own_byline = own_byline
        self.width = width_cols * col_w + (width_cols - 1) * gutter
        self.head = zh_break(a["headline"], self.width, hsize)
        self.lines = []
        for p in a["paragraphs"]:
            self.lines += zh_break(p, col_w, size, indent=2 * size)
        self.per_col = -(-len(self.lines) // self.n)
        self.head_h = len(self.head) * hsize * 1.25 + 3 * MM + (size * 1.6 if own_byline else 0)

    def height(self):
        return self.head_h + self.per_col * self.pitch

    def draw(self, x, y, body_ops, head_ops, fakebold=False):
        """Lay out at (x, y) (top left, from the top of the page); return the
        headline's top left corner."""
        hy = y
        for units, _, _ in self.head:
            w = sum(u[2] for u in units)
            hx = x + (self.width - w) / 2
            for dx in ((0.0, 0.4) if fakebold else (0.0,)):
                zh_draw_line(head_ops, units, hx + dx, hy + self.hsize * 0.88, self.hsize)
            hy += self.hsize * 1.25
        if self.own_byline:
            units = zh_units(self.a["byline"], self.size * 0.85)
            w = sum(u[2] for u in units)
            zh_draw_line(head_ops, units, x + (self.width - w) / 2, hy + 2 * MM + self.size * 0.85, self.size * 0.85)
        by = y + self.head_h
        for k, (units, ind, justify) in enumerate(self.lines):
            col, row = divmod(k, self.per_col)
            lx = x + col * (self.col_w + self.gutter) + ind
            ly = by + row * self.pitch + self.size * 0.88
            zh_draw_line(body_ops, units, lx, ly, self.size, width=self.col_w - ind if justify else None)
        return (x, y)


def page_zh_stsong(outdir):
    rl_setup()
    name = "zh-pdf-stsong"
    d = pagedata.ZH_STSONG
    A = d["articles"]
    PW, PH = 250 * MM, 335 * MM
    X0, G = 14 * MM, 6 * MM
    cw = (PW - 2 * X0 - 2 * G) / 3
    size, pitch = 12, 12 * 1.6
    top, bottom = 30 * MM, PH - 17 * MM
    B = {
        "bridge": ZhBlock(A["bridge"], 2, cw, G, 24, size, pitch),
        "centenarian": ZhBlock(A["centenarian"], 2, cw, G, 19, size, pitch, own_byline=True),
        "breakfast": ZhBlock(A["breakfast"], 1, cw, G, 17, size, pitch),
        "flu": ZhBlock(A["flu"], 1, cw, G, 17, size, pitch),
        "elevators": ZhBlock(A["elevators"], 3, cw, G, 19, size, pitch),
    }
    sep = 9 * MM  # vertical room of a rule between two stories
    zones = [(X0, 2, ["bridge", "centenarian"]), (X0 + 2 * (cw + G), 1, ["breakfast", "flu"])]
    strip = B["elevators"].height()
    upper = bottom - top - sep - strip  # height of the zones above the strip
    body, heads, rules, pos = {}, {}, [], {}
    for zx, ncols, keys in zones:
        natural = sum(B[k].height() for k in keys) + sep * (len(keys) - 1)
        assert natural <= upper, f"{name}: zone {keys} is {natural - upper:.0f}pt too long"
        gap = sep + (upper - natural) / max(len(keys) - 1, 1)
        y = top
        zw = ncols * cw + (ncols - 1) * G
        for i, k in enumerate(keys):
            body[k], heads[k] = [], []
            pos[k] = B[k].draw(zx, y, body[k], heads[k], fakebold=(k == "bridge"))
            y += B[k].height()
            if i < len(keys) - 1:
                rules.append(("line", zx, y + gap / 2, zx + zw, y + gap / 2, 0.5))
                y += gap
    rules.append(("line", X0 + 2 * cw + 1.5 * G, top, X0 + 2 * cw + 1.5 * G, top + upper, 0.4))
    ys = top + upper + sep / 2
    rules.append(("line", X0, ys, PW - X0, ys, 0.8))
    body["elevators"], heads["elevators"] = [], []
    pos["elevators"] = B["elevators"].draw(X0, ys + sep / 2, body["elevators"], heads["elevators"])

    furniture = []
    zh_draw_line(furniture, zh_units(d["paper"], 26), X0, 17 * MM, 26, char_space=3)
    date_units = zh_units(d["date"], 10.5)
    zh_draw_line(furniture, date_units, PW - X0 - sum(u[2] for u in date_units), 11 * MM, 10.5)
    sec_units = zh_units(d["section"], 14)
    zh_draw_line(furniture, sec_units, PW - X0 - sum(u[2] for u in sec_units), 18 * MM, 14)
    furniture.append(("line", X0, 22 * MM, PW - X0, 22 * MM, 1.6))
    furniture.append(("line", X0, PH - 13 * MM, PW - X0, PH - 13 * MM, 0.5))
    zh_draw_line(furniture, zh_units(d["footer"], 8.5), X0, PH - 8.5 * MM, 8.5)
    furniture.append(("text", LATIN, 12, PW - X0 - 7, PH - 8 * MM, d["page_number"], 0.0))

    # The content stream is deliberately out of reading order, as in many
    # e-paper PDFs: story bodies in a shuffled order, then the rules and page
    # furniture, then all the headlines (last story first).
    ops = []
    for k in ["elevators", "flu", "bridge", "centenarian", "breakfast"]:
        ops += body[k]
    ops += rules + furniture
    for k in ["elevators", "flu", "centenarian", "breakfast", "bridge"]:
        ops += heads[k]
    c = rl_canvas(os.path.join(outdir, name + ".pdf"), (PW, PH))
    rl_emit(c, PH, ops)
    c.showPage()
    c.save()

    order = reading_order([(pos[k][0], pos[k][1], A[k]) for k in A])
    noise = [d["paper"], d["date"], d["section"], d["footer"], d["page_number"], A["bridge"]["headline"]]
    notes = ("Generated page (reportlab, text invented). Chinese in the non-embedded CID font "
             "STSong-Light (Adobe-GB1, UniGB-UCS2-H, no ToUnicode map); runs of ASCII digits and "
             "letters switch to Helvetica (WinAnsi) on the same baseline. Every line is drawn by "
             "itself with drawString at computed coordinates, justified with character spacing (Tc); "
             "paragraph first lines are indented by two characters. The content stream is out of "
             "reading order: story bodies in shuffled order first, then rules and furniture, then the "
             "headlines. The headline '" + A["bridge"]["headline"] + "' is fake-bold (drawn twice, "
             "0.4pt apart): its second copy is noise. Datelines (本报讯…) stay at the start of the first "
             "paragraph; the byline '" + A["centenarian"]["byline"] + "' has its own line under the "
             "headline and is not paragraph text. The last story runs across all three columns under "
             "a three-column headline. Noise: masthead, date, section label, footer, page number.")
    write_expected(outdir, name, "zh", order, noise, notes)


# ---------------------------------------------------------------------------
# page 4: en-pdf-ocr
# ---------------------------------------------------------------------------

def typst_measure(items, font="Libertinus Serif"):
    """Widths in pt of [(text, size, weight)] set by typst in font."""
    out = ['#set text(font: "%s")' % font]
    for i, (t, size, weight) in enumerate(items):
        out.append(f'#context [#metadata((i: {i}, w: measure(text(size: {size}pt, weight: "{weight}", '
                   f'{ts(t)})).width.pt())) <w>]')
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "measure.typ")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(out))
        res = json.loads(typst.query(path, "<w>", root=tmp, font_paths=[FONTS], ignore_system_fonts=True))
    w = [0.0] * len(items)
    for m in res:
        w[m["value"]["i"]] = m["value"]["w"]
    return w


VOWELS = set("aeiouyAEIOUY")
NO_SPLIT = {"th", "ch", "sh", "ph", "wh", "ck", "gh", "qu"}


def hyphen_points(word):
    """Where a word may be broken with a hyphen: between two consonants that
    stand between vowels (VC-CV), at least 3 letters on each side; never in
    words with digits, capitals only, apostrophes or hyphens."""
    m = re.fullmatch(r"([A-Za-z]+)([.,;:”]*)", word)
    if not m or word.isupper():
        return []
    core = m.group(1)
    pts = []
    for i in range(3, len(core) - 2):
        a, b = core[i - 1], core[i]
        if (a not in VOWELS and b not in VOWELS and core[i - 2] in VOWELS
                and core[i + 1] in VOWELS and (a + b).lower() not in NO_SPLIT):
            pts.append(i)
    return pts


def en_break(words, width, indent, W, space):
    """Greedy justified line breaking with hyphenation at hyphen_points.
    Returns [(words, indent, justify)]; a hyphenated word leaves 'pre-' at the
    end of one line and the rest at the start of the next."""
    lines, cur, curw, q = [], [], 0.0, list(words)
    while q:
        w = q.pop(0)
        ind = indent if not lines else 0.0
        need = W[w] + (space if cur else 0.0)
        if curw + need <= width - ind + 0.01:
            cur.append(w)
            curw += need
            continue
        room = width - ind - curw - (space if cur else 0.0)
        split = None
        if room > 2.5 * space:
            for i in reversed(hyphen_points(w)):
                if W[w[:i] + "-"] <= room:
                    split = i
                    break
        if split:
            cur.append(w[:split] + "-")
            q.insert(0, w[split:])
        elif cur:
            q.insert(0, w)
        else:
            cur.append(w)
        lines.append((cur, ind, True))
        cur, curw = [], 0.0
    if cur:
        lines.append((cur, indent if not lines else 0.0, False))
    return lines


def page_en_ocr(outdir):
    import io
    import random
    from PIL import Image  # reportlab's own dependency, used to embed the page image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase.pdfmetrics import stringWidth

    name = "en-pdf-ocr"
    d = pagedata.EN_OCR
    A = d["articles"]
    keys = list(A)
    PW = 9 * 72
    X0, G, NC = 28.0, 13.0, 4
    cw = (PW - 2 * X0 - (NC - 1) * G) / NC
    BODY, PITCH, HEAD, DECK, BANNER = 10.0, 11.6, 13.0, 8.5, 22.0

    # what will be measured: every word and every hyphenation piece
    styles = []  # (text, size, weight)
    def want(t, size, weight):
        styles.append((t, size, weight))
    for a in A.values():
        for p in a["paragraphs"]:
            for w in p.split(" "):
                want(w, BODY, "regular")
                for i in hyphen_points(w):
                    want(w[:i] + "-", BODY, "regular")
                    want(w[i:], BODY, "regular")
        for w in a["headline"].split(" "):
            want(w, HEAD, "bold")
            want(w, BANNER, "bold")
        for w in (a["deck"] or "").split():
            want(w, DECK, "regular")
            want(w, 11, "regular")
    furniture = [(d["paper"], 34, "bold"), (d["left_ear"], 9, "bold"), (d["right_ear"], 9, "bold"),
                 (d["volume"], 8.5, "regular"), (d["date"], 8.5, "regular"), (d["pages"], 8.5, "regular")]
    for t, size, weight in furniture:
        for w in t.split(" "):
            want(w, size, weight)
    styles.append((" ", BODY, "regular"))
    styles = list(dict.fromkeys(styles))
    widths = dict(zip(styles, typst_measure(styles)))
    space = widths[(" ", BODY, "regular")]

    def W(size, weight):
        return {t: w for (t, s, wt), w in widths.items() if s == size and wt == weight}

    Wbody, Whead, Wdeck = W(BODY, "regular"), W(HEAD, "bold"), W(DECK, "regular")

    def centred(text, width, Wd, size):
        """Break a headline into lines of at most width, each centred:
        [(words, x offsets, line width)]."""
        sp = size * 0.3
        lines, cur = [], []
        for w in text.split(" "):
            if cur and sum(Wd[x] for x in cur + [w]) + sp * len(cur) > width:
                lines.append(cur)
                cur = []
            cur.append(w)
        lines.append(cur)
        out = []
        for ln in lines:
            total = sum(Wd[x] for x in ln) + sp * (len(ln) - 1)
            xs, x = [], (width - total) / 2
            for w in ln:
                xs.append(x)
                x += Wd[w] + sp
            out.append((ln, xs))
        return out

    # the chain of items that snakes through the columns
    def story_items(k, banner):
        a, items = A[k], []
        if not banner:
            for ln, xs in centred(a["headline"], cw, Whead, HEAD):
                items.append(("head", k, [(w, x, HEAD, "bold") for w, x in zip(ln, xs)], HEAD * 1.15))
            if a["deck"]:
                items.append(("gap", None, [], 2.0))
                for ln, xs in centred(a["deck"], cw - 10, Wdeck, DECK):
                    items.append(("deck", k, [(w, x + 5, DECK, "regular") for w, x in zip(ln, xs)], DECK * 1.3))
            items.append(("gap", None, [], 4.0))
        for p in a["paragraphs"]:
            for ws, ind, justify in en_break(p.split(" "), cw, BODY, Wbody, space):
                natural = sum(Wbody[w] for w in ws)
                gap = (cw - ind - natural) / (len(ws) - 1) if justify and len(ws) > 1 else space
                xs, x = [], ind
                for w in ws:
                    xs.append(x)
                    x += Wbody[w] + gap
                items.append(("body", k, [(w, x, BODY, "regular") for w, x in zip(ws, xs)], PITCH))
        return items

    chain = story_items(keys[0], banner=True)
    for k in keys[1:]:
        chain.append(("rule", None, [], 14.0))
        chain += story_items(k, banner=False)

    top = 118.0
    banner = centred(A[keys[0]]["headline"], 2 * cw + G, W(BANNER, "bold"), BANNER)
    deck = centred(A[keys[0]]["deck"], 2 * cw + G, W(11, "regular"), 11)
    banner_h = len(banner) * BANNER * 1.1 + 4 + len(deck) * 11 * 1.3 + 8

    def fill(H):
        """Place the chain in columns of height H; None when it does not fit."""
        cols = [(X0 + i * (cw + G), top + (banner_h if i < 2 else 0.0)) for i in range(NC)]
        ci, (x, y), out = 0, cols[0], []
        for n, it in enumerate(chain):
            need = it[3]
            if it[0] in ("head", "deck", "gap"):  # keep with the next two body lines
                m = n + 1
                while m < len(chain) and chain[m][0] != "body":
                    need += chain[m][3]
                    m += 1
                need += 2 * PITCH
            if y + need > top + H:
                ci += 1
                if ci == NC:
                    return None
                x, y = cols[ci]
            if it[0] == "rule" and y == cols[ci][1]:
                continue
            out.append((it, x, y))
            y += it[3]
        return out

    lo, hi = 100.0, 2000.0
    while hi - lo > 0.5:
        mid = (lo + hi) / 2
        lo, hi = (lo, mid) if fill(mid) else (mid, hi)
    placed = fill(hi)
    PH = round(top + hi + 34)

    # words to draw: (text, x, baseline y from the top, size, weight)
    words, rules, head_pos = [], [], {}
    def put_line(ws, x0, y):
        words.append([(w, x0 + x, y, size, weight) for w, x, size, weight in ws])
    y = top
    head_pos[keys[0]] = (X0, top)
    for ln, xs in banner:
        y += BANNER
        put_line([(w, x, BANNER, "bold") for w, x in zip(ln, xs)], X0, y)
        y += BANNER * 0.1
    y += 4
    for ln, xs in deck:
        y += 11
        put_line([(w, x, 11, "regular") for w, x in zip(ln, xs)], X0, y)
        y += 11 * 0.3
    rules.append((X0 + 2 * cw / 3 + G / 3, top + banner_h - 4, X0 + 4 * cw / 3 + 2 * G / 3, top + banner_h - 4))
    for it, x, y in placed:
        kind, k, ws, h = it
        if kind == "head" and k not in head_pos:
            head_pos[k] = (x, y)
        if kind == "rule":
            rules.append((x + cw / 2 - 25, y + h / 2, x + cw / 2 + 25, y + h / 2))
        elif ws:
            put_line(ws, x, y + (h - (PITCH - BODY) if kind == "body" else h * 0.85))
    # masthead and date strip
    Wf = {(t, s, wt): w for (t, s, wt), w in widths.items()}
    def put_text(t, size, weight, x, y, align="left", width=0.0):
        ws = t.split(" ")
        sp = size * 0.28
        total = sum(Wf[(w, size, weight)] for w in ws) + sp * (len(ws) - 1)
        x += {"left": 0, "center": (width - total) / 2, "right": width - total}[align]
        out = []
        for w in ws:
            out.append((w, x, size, weight))
            x += Wf[(w, size, weight)] + sp
        put_line(out, 0, y)
    put_text(d["left_ear"], 9, "bold", X0, 40)
    put_text(d["right_ear"], 9, "bold", X0, 40, "right", PW - 2 * X0)
    put_text(d["paper"], 34, "bold", X0, 72, "center", PW - 2 * X0)
    rules.append((X0, 86, PW - X0, 86))
    put_text(d["volume"], 8.5, "regular", X0, 97)
    put_text(d["date"], 8.5, "regular", X0, 97, "center", PW - 2 * X0)
    put_text(d["pages"], 8.5, "regular", X0, 97, "right", PW - 2 * X0)
    rules.append((X0, 102, PW - X0, 102))
    rules.append((X0, 104, PW - X0, 104))
    for i in range(1, NC):
        gx = X0 + i * (cw + G) - G / 2
        rules.append((gx, top + (banner_h if i == 1 else 0) - 2, gx, top + hi))

    # the page image, set by typst and rasterised at 100 ppi in grey
    rnd = random.Random(1926)
    src = [f"#set page(width: {PW}pt, height: {PH}pt, margin: 0pt, fill: luma(91%))",
           '#set text(font: "Libertinus Serif", top-edge: "baseline", bottom-edge: "baseline", fill: luma(14%))']
    for line in words:
        for w, x, y, size, weight in line:
            src.append(f'#place(top + left, dx: {x:.2f}pt, dy: {y:.2f}pt, text(size: {size}pt, weight: "{weight}", {ts(w)}))')
    for x0, y0, x1, y1 in rules:
        src.append(f"#place(top + left, line(start: ({x0:.2f}pt, {y0:.2f}pt), end: ({x1:.2f}pt, {y1:.2f}pt), stroke: 0.7pt + luma(20%)))")
    for _ in range(70):  # specks of dirt
        sx, sy, r = rnd.uniform(5, PW - 5), rnd.uniform(5, PH - 5), rnd.uniform(0.4, 1.3)
        src.append(f"#place(top + left, dx: {sx:.1f}pt, dy: {sy:.1f}pt, circle(radius: {r:.2f}pt, fill: luma({rnd.randint(20, 60)}%)))")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "scan.typ")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(src))
        png = typst.compile(path, root=tmp, format="png", ppi=100, font_paths=[FONTS], ignore_system_fonts=True)
    # 16 grey levels, as a cheap scan would have: keeps the PDF small
    img = Image.open(io.BytesIO(png)).convert("L").point(lambda v: v // 16 * 17)

    # the PDF: the image, and over it the invisible text (render mode 3), one
    # text object per line, every word placed at its own x and scaled
    # horizontally (Tz) to the width of the word in the image; no spaces
    c = rl_canvas(os.path.join(outdir, name + ".pdf"), (PW, PH))
    c.drawImage(ImageReader(img), 0, 0, PW, PH)
    for line in words:
        t = c.beginText()
        t.setTextRenderMode(3)
        for w, x, y, size, weight in line:
            font = "Times-Bold" if weight == "bold" else "Times-Roman"
            t.setFont(font, size)
            t.setHorizScale(100.0 * widths[(w, size, weight)] / stringWidth(w, font, size))
            t.setTextOrigin(x, PH - y)
            t.textOut(w)
        c.drawText(t)
    c.showPage()
    c.save()

    order = reading_order([(head_pos[k][0], head_pos[k][1], A[k]) for k in keys])
    noise = [d["left_ear"], d["right_ear"], d["paper"], d["volume"], d["date"], d["pages"]]
    notes = ("Generated page imitating a digitised 1926 newspaper (reportlab, text invented): a "
             "page-sized grey raster (the page set by typst in Libertinus Serif, 100 ppi) under an "
             "invisible OCR-style text layer (render mode 3, non-embedded Times), one text object per "
             "line, every word placed at its own x and stretched with Tz to the image word's width; "
             "there are no space characters, only gaps. Headlines and decks are in capitals; the first "
             "story has a two-column headline and deck. Stories run in a chain down each column and "
             "on at the top of the next, continuing in mid-paragraph or mid-sentence. Words broken at "
             "line ends carry a plain hyphen '-' in the text layer; the expected paragraphs hold the "
             "whole words (real compounds such as sixty-two, low-lying keep their hyphen). Each story's "
             "first deck line group is its deck. Noise: the masthead, ears and date strip.")
    write_expected(outdir, name, "en", order, noise, notes)


# ---------------------------------------------------------------------------
# page 5: zh-pdf-mixed
# ---------------------------------------------------------------------------

def page_zh_mixed(outdir):
    name = "zh-pdf-mixed"
    d = pagedata.ZH_MIXED
    A = d["articles"]
    W, H, X0, G, NC = 297, 420, 13, 4, 6
    cw = (W - 2 * X0 - (NC - 1) * G) / NC

    def x(col):
        return X0 + col * (cw + G)

    def span(k):
        return k * cw + (k - 1) * G

    top, bottom = 31, H - 19
    briefs = ["bus", "safety", "women", "archives", "cherry"]
    items = []
    for k in briefs:
        a = A[k]
        items.append(f'hmark({ts(k)}); block(width: 100%, spacing: 0pt, {{ set par(first-line-indent: 0pt, justify: false); '
                     f'text(size: 11.5pt, stroke: 0.35pt + black, {ts(a["headline"])}) }}); v(1.8mm); '
                     f'{{ set text(size: 9.5pt); flow(1, {tbody(a["paragraphs"])}) }}')
    brief_box = "\n    v(1fr); line(length: 100%, stroke: (thickness: 0.4pt, dash: \"dashed\")); v(1fr)\n    ".join(items)
    wet = A["wetland"]
    src = f"""
#set page(width: {W}mm, height: {H}mm, margin: 0pt)
#set text(font: {ZH_FONT}, size: 10.5pt, number-type: "lining", lang: "zh", region: "cn", costs: (widow: 0%, orphan: 0%))
#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 0.9em, spacing: 0.9em)
{TYPST_LIB}
// running header
#place(top + left, dx: {X0}mm, dy: 11mm, text(size: 20pt, tracking: 2pt, {ts(d["paper"])}))
#place(top + left, dx: {X0 + 52}mm, dy: 15.5mm, text(size: 10pt, {ts(d["date"])}))
#place(top + right, dx: -{X0}mm, dy: 12.5mm, {{
  text(size: 14pt, {ts(d["page"])}); h(3mm)
  box(fill: black, inset: (x: 2mm, y: 1.2mm), text(size: 12pt, fill: white, {ts(d["section"])}))
}})
#place(top + left, dx: {X0}mm, dy: 24mm, line(length: {W - 2 * X0}mm, stroke: 1.5pt))
#context {{
  // top: two stories side by side, each headline over its own three columns
  let a = block(width: {span(3)}mm, {zh_story("renewal", A["renewal"], 24, 3, stroke=0.5, deck_above=True, deck_size=12)})
  let b = block(width: {span(3)}mm, {zh_story("hub", A["hub"], 24, 3, stroke=0.5, deck_size=12)})
  let th = calc.max(measure(a).height, measure(b).height)
  place(top + left, dx: {x(0)}mm, dy: {top}mm, a)
  place(top + left, dx: {x(3)}mm, dy: {top}mm, b)
  place(top + left, dx: {x(3) - G / 2}mm, dy: {top}mm, line(angle: 90deg, length: th, stroke: 0.4pt))
  let y = {top}mm + th + 4mm
  place(top + left, dx: {X0}mm, dy: y, line(length: {W - 2 * X0}mm, stroke: 0.8pt))
  y += 5mm
  // a story whose headline stands in the column left of its body
  let ch = block(width: {cw}mm, {{
    hmark({ts("wetland")})
    block(width: 100%, spacing: 0pt, {{ set par(first-line-indent: 0pt, justify: false, leading: 0.3em)
      text(size: 25pt, stroke: 0.6pt + black, {ts(wet["headline"])}) }})
    v(4mm)
    line(length: 40%, stroke: 1pt)
    v(3mm)
    block(width: 100%, spacing: 0pt, {{ set par(first-line-indent: 0pt, justify: false); text(size: 11pt, {ts(wet["deck"])}) }})
  }})
  let cb = block(width: {span(3)}mm, flow(3, {tbody(wet["paragraphs"])}))
  place(top + left, dx: {x(0)}mm, dy: y, ch)
  place(top + left, dx: {x(1)}mm, dy: y, cb)
  let yc = y + calc.max(measure(ch).height, measure(cb).height) + 5mm
  // under it: its photo, then one more story over four columns
  place(top + left, dx: {x(0)}mm, dy: yc, block(width: {span(4)}mm, height: {bottom}mm - yc, {{
    photo(100%, 64mm)
    v(1.5mm)
    block(width: 100%, spacing: 0pt, {{ set par(first-line-indent: 0pt); set text(size: 8.5pt)
      {ts(d["caption"])}; h(1fr); {ts(d["credit"])} }})
    v(3mm); v(1fr); line(length: 100%, stroke: 0.6pt); v(3mm); v(1fr)
    {zh_story("hotline", A["hotline"], 19, 4, stroke=0.45)}
  }}))
  place(top + left, dx: {x(4) - G / 2}mm, dy: y, line(angle: 90deg, length: {bottom}mm - y, stroke: 0.4pt))
  // short news items in a box
  place(top + left, dx: {x(4)}mm, dy: y, block(width: {span(2)}mm, height: {bottom}mm - y, stroke: 0.8pt, inset: 3mm, {{
    align(center, box(fill: black, inset: (x: 4mm, y: 1.5mm), text(size: 14pt, fill: white, tracking: 6pt, {ts(d["brief_label"])})))
    v(3mm)
    {brief_box}
  }}))
}}
#place(top + left, dx: {X0}mm, dy: {H - 15}mm, line(length: {W - 2 * X0}mm, stroke: 0.5pt))
#place(top + left, dx: {X0}mm, dy: {H - 12}mm, text(size: 9pt, {ts(d["footer"])}))
"""
    order = typst_page(outdir, name, src, A)
    noise = [d["paper"], d["date"], d["page"], d["section"], d["brief_label"], d["caption"],
             d["credit"], d["footer"]]
    notes = ("Generated inner page (typst, text invented) on six narrow columns, same fonts as "
             "zh-pdf-identity (embedded, Identity-H; digits and Latin from Libertinus Serif). Headlines "
             "are 'bold' by fill+stroke (text render mode 2), not by a second copy. Top: two stories "
             "side by side, each headline over its own three columns; the left one has a kicker (引题) "
             "above its headline, which is its deck; the right one a subheadline below, also its deck. "
             "Middle: the story '" + wet["headline"] + "' has its headline and deck in the column to the "
             "left of its three-column body, then its photo (caption and credit are noise), then a story "
             "over four columns. Right: a boxed '简讯' column of five short items, each with a small bold "
             "headline and set smaller; each item is an article, the label '简讯' is noise. Noise: running header, page and section "
             "labels, the 简讯 label, caption, credit, footer.")
    write_expected(outdir, name, "zh", order, noise, notes)


PAGES = [page_zh_identity, page_en_columns, page_zh_stsong, page_en_ocr, page_zh_mixed]


def main(argv):
    if len(argv) != 1:
        sys.exit(__doc__)
    outdir = argv[0]
    os.makedirs(outdir, exist_ok=True)
    for page in PAGES:
        page(outdir)


if __name__ == "__main__":
    main(sys.argv[1:])
