#!/usr/bin/env python3
"""Generate three more test newspaper PDF pages, each with its expected result.

usage: make_more_pages.py OUTDIR

Writes OUTDIR/NAME.pdf and OUTDIR/NAME.expected.json for
  zh-pdf-broadsheet  typst, Chinese page on five columns (Noto Sans SC subset)
  en-pdf-modern      typst, US front page on six columns (Libertinus Serif)
  en-pdf-scan        reportlab, 1923 page on seven columns: grey text with an
                     OCR-style invisible word layer over it
with the conventions of make_pages.py (see README.md): the article text is in
moredata.py, each page is laid out from it and the expected JSON is written
from the same data, so it is right by construction; articles are listed in
reading order by the position of their headline. Output is reproducible
(fixed typst timestamp, reportlab invariant mode, no randomness); no system
fonts are used.
"""
import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ beside the script
import make_pages as mp  # noqa: E402  (helpers: typst, reading order, expected JSON)
import moredata  # noqa: E402

MM = mp.MM
ts = mp.ts

# Typst definitions on top of make_pages.TYPST_LIB.
#  band(cells, gutter): cells side by side, each (width, body), all as tall as
#    the tallest; a body may be a function of the height (auto while it is
#    measured), so it can stretch (a photo) or spread (v(1fr)) to fill it.
#    A thin vertical rule stands in each gutter.
#  zline(size, body, ...): a line of display type (headline, deck) without
#    paragraph indent.
BAND_LIB = r"""
#let band(gutter: 4mm, rules: true, cells) = layout(size => {
  let body(c, h) = if type(c.at(1)) == function { (c.at(1))(h) } else { c.at(1) }
  let h = calc.max(..cells.map(c => measure(block(width: c.at(0), body(c, auto))).height))
  block(width: size.width, height: h, spacing: 0pt, {
    let x = 0pt
    for (i, c) in cells.enumerate() {
      place(top + left, dx: x, block(width: c.at(0), height: h, spacing: 0pt, body(c, h)))
      if rules and i > 0 {
        place(top + left, dx: x - gutter / 2, line(angle: 90deg, length: h, stroke: 0.4pt))
      }
      x += c.at(0) + gutter
    }
  })
})
#let zline(size, body, align_: center, stroke: none, leading: 0.3em, ..args) = block(width: 100%, spacing: 0pt, {
  set par(first-line-indent: 0pt, justify: false, leading: leading)
  set align(align_)
  if stroke == none { text(size: size, ..args, body) } else { text(size: size, stroke: stroke + black, ..args, body) }
})
"""


def grid_geometry(W, X0, G, NC):
    cw = (W - 2 * X0 - (NC - 1) * G) / NC
    return cw, (lambda k: k * cw + (k - 1) * G)


def write_typst_page(outdir, name, source, arts):
    pdf, pos = mp.run_typst(source)
    with open(os.path.join(outdir, name + ".pdf"), "wb") as f:
        f.write(pdf)
    missing = set(arts) - set(pos)
    assert not missing, f"{name}: no headline marker for {missing}"
    return mp.reading_order([(pos[k][0], pos[k][1], a) for k, a in arts.items()])


# ---------------------------------------------------------------------------
# page 1: zh-pdf-broadsheet
# ---------------------------------------------------------------------------

def page_zh_broadsheet(outdir):
    name = "zh-pdf-broadsheet"
    d = moredata.ZH_BROADSHEET
    A = d["articles"]
    W, X0, G, NC = 232, 12, 4.5, 5
    cw, span = grid_geometry(W, X0, G, NC)
    BS = round(cw * MM / 12, 3)  # body size: 12 characters to the column
    TOP, BOT = 30, 19  # page margins (mm): header above, footer below

    def head(k, size, stroke, align="center"):
        return f'zline({size}pt, {ts(A[k]["headline"])}, stroke: {stroke}pt, align_: {align})'

    def story(k, n, size, stroke):
        """hmark, headline over the story's width, body in n columns."""
        return (f'{{ hmark({ts(k)}); {head(k, size, stroke)}; v(2.5mm); '
                f'flow({n}, gutter: {G}mm, {mp.tbody(A[k]["paragraphs"])}) }}')

    lead = A["trade"]
    lead_src = (f'{{ hmark("trade"); zline(11.5pt, {ts(lead["kicker"])}); v(2mm); '
                f'zline(24pt, {ts(lead["headline"])}, stroke: 0.7pt); v(2.2mm); '
                f'zline(11.5pt, {ts(lead["sub"])}); v(4mm); '
                f'flow(3, gutter: {G}mm, {mp.tbody(lead["paragraphs"])}) }}')
    # beside the lead its photo, as tall as the lead allows
    photo_cell = f"""h => {{
      let rest = {{
        v(1.2mm)
        block(width: 100%, spacing: 0pt, {{ set par(first-line-indent: 0pt, justify: true, leading: 0.5em); text(size: 8pt, {ts(d["caption"])}) }})
        v(0.8mm)
        block(width: 100%, spacing: 0pt, align(right, text(size: 7.5pt, {ts(d["credit"])})))
      }}
      let ph = if h == auto {{ 50mm }} else {{ h - measure(block(width: {span(2)}mm, rest)).height }}
      photo(100%, ph)
      rest
    }}"""
    # the docks story: its first column ends with the end of a paragraph
    # and its second column begins with a new one
    dk = A["docks"]
    K = 2
    docks = (f'{{ hmark("docks"); {head("docks", 15.5, 0.5)}; v(2.5mm); '
             f'grid(columns: (1fr, 1fr), column-gutter: {G}mm, '
             f'{mp.tbody(dk["paragraphs"][:K])}, {mp.tbody(dk["paragraphs"][K:])}) }}')
    narrow = (f'{{ hmark("minibus"); zline({BS * 1.1:.3f}pt, {ts(A["minibus"]["headline"])}, stroke: 0.3pt, '
              f'align_: left, leading: 0.45em); v(2mm); flow(1, {mp.tbody(A["minibus"]["paragraphs"])}) }}')
    items = []
    for k in ["library", "intercity", "clinic"]:
        items.append(f'hmark({ts(k)}); zline(10.5pt, {ts(A[k]["headline"])}, stroke: 0.35pt); v(1.5mm); '
                     f'{{ set text(size: {BS * 0.92:.3f}pt); flow(1, {mp.tbody(A[k]["paragraphs"])}) }}')
    sepr = '\n        v(2.5mm); v(1fr); line(length: 100%, stroke: (thickness: 0.4pt, dash: "dotted")); v(2.5mm); v(1fr)\n        '
    box_cell = f"""h => block(width: 100%, height: h, spacing: 0pt, fill: luma(94%), stroke: 0.7pt, inset: 2.5mm, {{
        box(stroke: (left: 3pt + black), inset: (left: 1.8mm, y: 0.6mm), text(size: 13pt, stroke: 0.4pt + black, tracking: 3pt, {ts(d["box_label"])}))
        v(2mm); line(length: 100%, stroke: 0.5pt); v(2.5mm)
        {sepr.join(items)}
      }})"""
    src = f"""
#set page(width: {W}mm, height: auto, margin: (left: {X0}mm, right: {X0}mm, top: {TOP}mm, bottom: {BOT}mm), background: {{
  place(top + left, dx: {X0}mm, dy: 9mm, {{
    box(fill: black, inset: (x: 2.2mm, y: 1.6mm), text(size: 22pt, weight: "bold", fill: white, {ts(d["page"])}))
    h(4mm)
    box(inset: (y: 1.6mm), text(size: 20pt, stroke: 0.5pt + black, tracking: 5pt, {ts(d["section"])}))
  }})
  place(top + right, dx: -{X0}mm, dy: 10mm, block(width: 70mm, {{
    set align(right)
    text(size: 14pt, stroke: 0.3pt + black, tracking: 2pt, {ts(d["paper"])})
    v(1.2mm)
    text(size: 9pt, {ts(d["date"])})
  }}))
  place(top + left, dx: {X0}mm, dy: 23mm, line(length: {W - 2 * X0}mm, stroke: 1.6pt))
  place(top + left, dx: {X0}mm, dy: 24.3mm, line(length: {W - 2 * X0}mm, stroke: 0.4pt))
  place(bottom + left, dx: {X0}mm, dy: -14mm, line(length: {W - 2 * X0}mm, stroke: 0.5pt))
  place(bottom + left, dx: {X0}mm, dy: -9mm, text(size: 8.5pt, {ts(d["footer"])}))
}})
#set text(font: {mp.ZH_FONT}, size: {BS}pt, number-type: "lining", lang: "zh", region: "cn", costs: (widow: 0%, orphan: 0%))
#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 0.72em, spacing: 0.72em)
{mp.TYPST_LIB}
{BAND_LIB}
#band(gutter: {G}mm, (
  ({span(3)}mm, {lead_src}),
  ({span(2)}mm, {photo_cell}),
))
#v(3.5mm)
#line(length: 100%, stroke: 0.6pt)
#v(3.5mm)
#band(gutter: {G}mm, (
  ({span(2)}mm, {docks}),
  ({cw}mm, {narrow}),
  ({span(2)}mm, {box_cell}),
))
#v(3.5mm)
#line(length: 100%, stroke: 1.2pt)
#v(3.5mm)
#band(gutter: {G}mm, (
  ({span(2)}mm, {story("storms", 2, 15.5, 0.5)}),
  ({span(3)}mm, {story("seniors", 3, 15.5, 0.5)}),
))
"""
    arts = {k: dict(a) for k, a in A.items()}
    for a in arts.values():
        parts = [p for p in (a.pop("kicker", None), a.pop("sub", None)) if p]
        a["deck"] = " ".join(parts) or None
    order = write_typst_page(outdir, name, src, arts)
    noise = [d["page"], d["section"], d["paper"], d["date"], d["caption"], d["credit"],
             d["box_label"], d["footer"]]
    notes = ("Generated page (typst, text invented), about A4 in proportion, five columns of 12 "
             "characters; embedded Noto Sans CJK SC subset with digits and Latin from Libertinus "
             "Serif (Identity-H). Headlines are bold by fill+stroke (render mode 2). Top: the lead "
             "story over three columns, a kicker (引题) above and a subtitle (副题) below its headline "
             "(its deck is the kicker and the subtitle joined by one space), body in three columns; "
             "beside it a photo (grey vector shapes) with caption and credit (noise). Middle row: the "
             "story '" + A["docks"]["headline"] + "' over two columns, whose first column ends with "
             "the end of a paragraph and whose second column begins a new one; a one-column story "
             "with a left-aligned headline at body size + 10%; a tinted box labelled 短讯 (noise) with "
             "three items, each an article with its own bold headline, set smaller. Under a "
             "full-width rule: a two-column Xinhua story (新华社…电 dateline) and a three-column story. "
             "Datelines (本报讯…, 新华社…电…) are bylines and stay at the start of the first paragraph. "
             "Noise: page number, section, paper name, date, caption, credit, box label, 责任编辑 "
             "footer.")
    mp.write_expected(outdir, name, "zh", order, noise, notes)


# ---------------------------------------------------------------------------
# page 2: en-pdf-modern
# ---------------------------------------------------------------------------

def page_en_modern(outdir):
    name = "en-pdf-modern"
    d = moredata.EN_MODERN
    A = d["articles"]
    W, X0, G, NC = 280, 11, 4.2, 6
    cw, span = grid_geometry(W, X0, G, NC)
    TOP, BOT = 57, 12

    def byline(k):
        return (f'block(spacing: 0pt, below: 2.2mm, text(size: 8.5pt, weight: "bold", tracking: 0.3pt, '
                f'smallcaps({ts(A[k]["byline"])})))')

    def head(k, size, leading=0.2):
        return f'zline({size}pt, {ts(A[k]["headline"])}, align_: left, leading: {leading}em, weight: "bold", hyphenate: false)'

    def body(k, extra_after=None, tail=None):
        """Markup content: byline (first thing in the first column), the
        paragraphs (extra_after: {index: typst block after that paragraph}),
        tail."""
        parts = []
        if A[k].get("byline"):
            parts.append("#" + byline(k))
        for i, p in enumerate(A[k]["paragraphs"]):
            parts.append("#" + ts(p))
            if extra_after and i in extra_after:
                parts.append("#" + extra_after[i])
        if tail:
            parts.append("#" + tail)
        return "[" + "\n\n".join(parts) + "]"

    def story(k, n, size):
        return f'{{ hmark({ts(k)}); {head(k, size)}; v(2.5mm); flow({n}, gutter: {G}mm, {body(k)}) }}'

    lead = A["budget"]
    pull = (f'block(breakable: false, width: 100%, above: 3.5mm, below: 3.5mm, inset: (y: 2.5mm), '
            f'stroke: (top: 1.4pt, bottom: 0.6pt), {{ set par(first-line-indent: 0pt, justify: false, leading: 0.3em); '
            f'text(size: 15.5pt, style: "italic", hyphenate: false, {ts(d["pull_quote"])}); '
            f'v(1.8mm); text(size: 7.5pt, weight: "bold", {ts(d["pull_credit"])}) }})')
    jump = (f'block(width: 100%, above: 1.6mm, align(right, text(size: 8pt, weight: "bold", style: "italic", '
            f'{ts(d["jump"])})))')
    teasers = "(" + ", ".join(
        f'{{ text(size: 8pt, weight: "bold", tracking: 0.6pt, {ts(lab)}); linebreak(); text(size: 8.5pt, {ts(t)}) }}'
        for lab, t in d["teasers"]) + ",)"
    lead_body = f'flow(2, gutter: {G}mm, slack: 4em, {body("budget", extra_after={2: pull}, tail=jump)})'
    photo_cell = f"""h => {{
        let rest = {{
          v(1mm)
          block(width: 100%, spacing: 0pt, align(right, text(size: 6.5pt, tracking: 0.3pt, {ts(d["credit"])})))
          v(1mm)
          block(width: 100%, spacing: 0pt, {{ set par(first-line-indent: 0pt, justify: false, leading: 0.35em); text(size: 8pt, style: "italic", {ts(d["caption"])}) }})
          v(3mm); line(length: 100%, stroke: 0.5pt); v(3mm)
          {{ hmark("hospital"); {head("hospital", 18)}; v(2.5mm); flow(2, gutter: {G}mm, {body("hospital")}) }}
        }}
        let ph = if h == auto {{ 45mm }} else {{ h - measure(block(width: {span(2)}mm, rest)).height }}
        photo(100%, ph)
        rest
      }}"""
    left = f"""h => block(width: 100%, height: h, spacing: 0pt, {{
      hmark("budget")
      {head("budget", 34, leading=0.12)}
      v(4mm)
      zline(14pt, {ts(lead["deck"])}, align_: left, leading: 0.35em, style: "italic", hyphenate: false)
      v(4mm)
      band(gutter: {G}mm, (
        ({span(2)}mm, {lead_body}),
        ({span(2)}mm, {photo_cell}),
      ))
      v(3mm); v(1fr); line(length: 100%, stroke: 0.5pt); v(3mm); v(1fr)
      {story("diner", 4, 22)}
      v(3mm); v(1fr); line(length: 100%, stroke: 0.5pt); v(3mm); v(1fr)
      {story("planetarium", 4, 17)}
    }})"""
    items = []
    for k in ["lottery", "museum", "ramps"]:
        items.append(f'hmark({ts(k)}); zline(10pt, {ts(A[k]["headline"])}, align_: left, leading: 0.25em, weight: "bold", hyphenate: false); '
                     f'v(1.2mm); {{ set text(size: 8.5pt); flow(1, {body(k)}) }}')
    sepr = "\n        v(2mm); v(1fr); line(length: 100%, stroke: 0.4pt); v(2mm); v(1fr)\n        "
    briefs = f"""h => block(width: 100%, height: h, spacing: 0pt, stroke: 0.8pt, inset: (x: 2mm, bottom: 2.5mm), {{
        block(width: 100%, spacing: 0pt, fill: black, outset: (x: 2mm), inset: (y: 1.6mm), text(size: 9.5pt, weight: "bold", fill: white, tracking: 1.2pt, {ts(d["briefs_label"])}))
        v(2.5mm)
        {sepr.join(items)}
      }})"""
    right = f"""h => {{
      let rest = {{
        v(1mm)
        block(width: 100%, spacing: 0pt, align(right, text(size: 6.5pt, tracking: 0.3pt, {ts(d["credit2"])})))
        v(1mm)
        block(width: 100%, spacing: 0pt, {{ set par(first-line-indent: 0pt, justify: false, leading: 0.35em); text(size: 8pt, style: "italic", {ts(d["caption2"])}) }})
        v(3.5mm)
        {story("smoke", 2, 20)}
        v(3mm); v(1fr); line(length: 100%, stroke: 0.5pt); v(3mm); v(1fr)
        band(gutter: {G}mm, (
          ({cw}mm, {story("trail", 1, 14.5)}),
          ({cw}mm, {briefs}),
        ))
      }}
      let ph = if h == auto {{ 40mm }} else {{ h - measure(block(width: {span(2)}mm, rest)).height }}
      photo(100%, ph)
      rest
    }}"""
    src = f"""
#set page(width: {W}mm, height: auto, margin: (left: {X0}mm, right: {X0}mm, top: {TOP}mm, bottom: {BOT}mm), background: {{
  place(top + left, dx: {X0}mm, dy: 5mm, box(stroke: 0.6pt, inset: (x: 1.6mm, y: 1.2mm), text(size: 8pt, weight: "bold", tracking: 0.8pt, {ts(d["left_ear"])})))
  place(top + right, dx: -{X0}mm, dy: 5.8mm, text(size: 8pt, style: "italic", {ts(d["right_ear"])}))
  place(top + center, dy: 15mm, text(size: 46pt, weight: "bold", {ts(d["paper"])}))
  place(top + left, dx: {X0}mm, dy: 32mm, line(length: {W - 2 * X0}mm, stroke: 0.6pt))
  place(top + left, dx: {X0}mm, dy: 33.6mm, block(width: {W - 2 * X0}mm, {{
    set text(size: 8.5pt)
    {ts(d["volume"])}; h(1fr); {ts(d["date"])}; h(1fr); {ts(d["web"])}; h(1fr); {ts(d["price"])}
  }}))
  place(top + left, dx: {X0}mm, dy: 39mm, line(length: {W - 2 * X0}mm, stroke: 2.2pt))
  place(top + left, dx: {X0}mm, dy: 41.5mm, block(width: {W - 2 * X0}mm, height: 9mm, {{
    set par(first-line-indent: 0pt, justify: false, leading: 0.35em)
    grid(columns: (1fr, 1fr, 1fr), column-gutter: 6mm, ..{teasers})
  }}))
  place(top + left, dx: {X0}mm, dy: 52mm, line(length: {W - 2 * X0}mm, stroke: 0.6pt))
}})
#set text(font: "Libertinus Serif", size: 9.5pt, number-type: "lining", lang: "en", region: "us", hyphenate: true, costs: (widow: 0%, orphan: 0%))
#set par(justify: true, first-line-indent: 1em, leading: 0.48em, spacing: 0.48em)
{mp.TYPST_LIB}
{BAND_LIB}
#band(gutter: {G}mm, (
  ({span(4)}mm, {left}),
  ({span(2)}mm, {right}),
))
"""
    arts = {k: dict(a, deck=a.get("deck")) for k, a in A.items()}
    order = write_typst_page(outdir, name, src, arts)
    noise = [d["left_ear"], d["right_ear"], d["paper"], d["volume"], d["date"], d["web"], d["price"]]
    noise += [s for lab_text in d["teasers"] for s in lab_text]
    noise += [d["credit"], d["caption"], d["pull_quote"], d["pull_credit"], d["jump"],
              d["credit2"], d["caption2"], d["briefs_label"]]
    notes = ("Generated US-style front page (typst, text invented) on six columns. Libertinus Serif, "
             "embedded (Identity-H), justified with hyphenation on: words split at line ends carry a "
             "hyphen glyph mapped to U+00AD; the expected paragraphs hold the unsplit words. Under "
             "the masthead a strip of three section teasers (noise). Lead story: bold banner "
             "headline over four columns and an italic deck (its deck); its body runs in two columns "
             "under the banner, the byline on its own line at the top of the first column (bylines "
             "are set in small caps; the text layer has them in mixed case, as in the expected "
             "byline). A large pull quote with an attribution, set between the story's paragraphs "
             "inside its columns, repeats words of the story and is noise. The lead stops "
             "mid-sentence at the jump line 'See BUDGET, Page A8' (noise; the last paragraph ends "
             "where the page's text ends). Beside it a photo with credit and caption (noise), then a "
             "two-column story. Right rail: a second photo with credit and caption, an AP story whose "
             "dateline 'HOLLIS SPRINGS (AP) — ' is paragraph text, then a one-column story beside a "
             "boxed 'STATE BRIEFS' column (label is noise) of three items, each an article with a "
             "stacked bold headline. Bottom left: two stories over four columns each. Noise: ears, "
             "paper name, date strip, teasers, credits, captions, pull quote and its attribution, "
             "jump line, briefs label.")
    mp.write_expected(outdir, name, "en", order, noise, notes)


# ---------------------------------------------------------------------------
# page 3: en-pdf-scan
# ---------------------------------------------------------------------------

class Widths(dict):
    """Word widths in pt for one font and size, measured on demand."""

    def __init__(self, font, size):
        super().__init__()
        self.font, self.size = font, size

    def __missing__(self, w):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        v = self[w] = stringWidth(w, self.font, self.size)
        return v


def page_en_scan(outdir):
    name = "en-pdf-scan"
    d = moredata.EN_SCAN
    A = d["articles"]
    keys = list(A)
    PW = 700.0
    X0, G, NC = 22.0, 8.0, 7
    cw = (PW - 2 * X0 - (NC - 1) * G) / NC
    wide = 2 * cw + G
    ROMAN, BOLD = "Times-Roman", "Times-Bold"
    BODY, PITCH = 7.5, 8.6
    HEAD, HEAD_PITCH = 11.0, 12.2
    DECKS = [(8.0, 9.4, cw - 10), (7.0, 8.2, cw - 20)]  # size, pitch, measure of deck 1, 2
    WIDE_BODY, WIDE_PITCH = 9.0, 10.6
    MAX_GAP = 2.2  # widest word gap of a justified line, in spaces
    BANNER, BANNER_PITCH = 19.0, 20.5
    WIDE_DECKS = [(10.5, 12.0, wide - 30), (8.5, 10.0, wide - 60)]
    W = {}

    def widths(font, size):
        if (font, size) not in W:
            W[(font, size)] = Widths(font, size)
        return W[(font, size)]

    def centred(text, width, font, size):
        """Lines of at most width, each centred: [[(word, x, font, size,
        ink width, character spacing)]]."""
        Wd, sp = widths(font, size), widths(font, size)[" "]
        lines, cur = [], []
        for w in text.split(" "):
            if cur and sum(Wd[x] for x in cur + [w]) + sp * len(cur) > width:
                lines.append(cur)
                cur = []
            cur.append(w)
        lines.append(cur)
        out = []
        for ln in lines:
            x = (width - (sum(Wd[w] for w in ln) + sp * (len(ln) - 1))) / 2
            row = []
            for w in ln:
                row.append((w, x, font, size, Wd[w], 0.0))
                x += Wd[w] + sp
            out.append(row)
        return out

    def paragraph_lines(p, width, size):
        """Justified, hyphenated lines: [(words, is first line, is last
        line)]. A line whose word gaps would be wider than MAX_GAP spaces is
        letter-spaced (as compositors did), up to 12% of the type size."""
        Wd = widths(ROMAN, size)
        sp = Wd[" "]
        lines = mp.en_break(p.split(" "), width, size, Wd, sp)
        out = []
        for i, (ws, ind, justify) in enumerate(lines):
            natural = sum(Wd[w] for w in ws)
            gap, cs = sp, 0.0
            if justify and len(ws) > 1:
                gap = (width - ind - natural) / (len(ws) - 1)
                if gap > MAX_GAP * sp:
                    letters = sum(len(w) - 1 for w in ws)
                    cs = min((width - ind - natural - (len(ws) - 1) * MAX_GAP * sp) / letters, 0.12 * size)
                    gap = (width - ind - natural - cs * letters) / (len(ws) - 1)
            x, row = ind, []
            for w in ws:
                ink = Wd[w] + cs * (len(w) - 1)
                row.append((w, x, ROMAN, size, ink, cs))
                x += ink + gap
            out.append((row, i == 0, i == len(lines) - 1))
        return out

    def heading(k, width, head, decks, banner=False):
        """Items of a headline with its decks: (kind, words, height), the
        words' x relative to the left of width; short dashes between."""
        a, items = A[k], []
        hsize, hpitch = head
        for ln in centred(a["headline"], width, BOLD, hsize):
            items.append(("head", ln, hpitch))
        for (size, pitch, measure), deck in zip(decks, a["decks"]):
            items.append(("dash", [], 9.0 if banner else 7.0))
            for ln in centred(deck, measure, ROMAN, size):
                items.append(("deck", [(w, x + (width - measure) / 2, *rest) for w, x, *rest in ln], pitch))
        items.append(("gap", [], 5.0 if banner else 3.5))
        return items

    # the chain that runs down the columns: the rest of the lead story, then
    # the other stories, each under its own headline, with a rule between
    chain = []  # (kind, story, words, height, paragraph index)
    for n, p in enumerate(A[keys[0]]["paragraphs"][1:], 1):
        for row, first, last in paragraph_lines(p, cw, BODY):
            chain.append(("body", keys[0], row, PITCH, (n, first, last)))
    for k in keys[1:]:
        chain.append(("rule", k, [], 13.0, None))
        for kind, ws, h in heading(k, cw, (HEAD, HEAD_PITCH), DECKS):
            chain.append((kind, k, ws, h, None))
        for n, p in enumerate(A[k]["paragraphs"]):
            for row, first, last in paragraph_lines(p, cw, BODY):
                chain.append(("body", k, row, PITCH, (n, first, last)))

    # the lead: banner headline and decks over two columns, then its first
    # paragraph in double-column measure
    top = 112.0
    lead_items = heading(keys[0], wide, (BANNER, BANNER_PITCH), WIDE_DECKS, banner=True)
    for row, first, last in paragraph_lines(A[keys[0]]["paragraphs"][0], wide, WIDE_BODY):
        lead_items.append(("body", row, WIDE_PITCH))
    lead_items.append(("gap", [], 6.0))
    lead_h = sum(h for _, _, h in lead_items)

    def fill(H):
        """Place the chain in columns of height H (the first two below the
        lead's wide top); None when it does not fit. One column break is
        moved back to a paragraph start when at most three lines of the
        paragraph would stand at the foot of the column."""
        tops = [top + (lead_h if i < 2 else 0.0) for i in range(NC)]
        cols, ci, y, moved = [[]], 0, tops[0], False
        n = 0
        while n < len(chain):
            it = chain[n]
            need = it[3]
            if it[1] is not None and it[0] in ("head", "deck", "dash", "gap", "rule"):
                m = n + 1  # keep a headline with its decks and two body lines
                while m < len(chain) and chain[m][0] != "body":
                    need += chain[m][3]
                    m += 1
                need += 2 * PITCH
            if y + need > top + H:
                if it[0] == "body" and not it[4][1] and not moved and ci >= 2:
                    par = it[4][0]
                    back = [j for j, (c, _) in enumerate(cols[ci]) if c[0] == "body" and c[1] == it[1] and c[4][0] == par]
                    first_here = back and cols[ci][back[0]][0][4][1]
                    before = cols[ci][back[0] - 1][0] if back and back[0] > 0 else None
                    if first_here and len(back) <= 3 and before and before[0] == "body" and before[1] == it[1]:
                        n -= len(back)
                        del cols[ci][back[0]:]
                        moved = True
                        it = chain[n]
                ci += 1
                if ci == NC:
                    return None
                cols.append([])
                y = tops[ci]
                if it[0] == "rule":
                    n += 1
                    continue
            cols[ci].append((it, y))
            y += it[3]
            n += 1
        return cols

    lo, hi = 200.0, 3000.0
    while hi - lo > 0.5:
        mid = (lo + hi) / 2
        lo, hi = (lo, mid) if fill(mid) else (mid, hi)
    H = hi
    cols = fill(H)
    PH = round(top + H + 30)

    # feathering: every column but the last is spread to the full depth,
    # the extra room going to the rules and gaps, or else between the lines
    for ci, col in enumerate(cols[:-1]):
        last, y = col[-1]
        spare = top + H - (y + last[3])
        flex = [j for j, (it, _) in enumerate(col) if it[0] in ("rule", "gap")]
        if not flex:
            flex = list(range(len(col) - 1))
        shift = [0.0] * len(col)
        for j in range(len(col)):
            shift[j] = spare * sum(1 for f in flex if f < j) / len(flex)
        cols[ci] = [(it, y + s) for (it, y), s in zip(col, shift)]

    # lines of words to draw: [(word, x, baseline y from the top, font, size)]
    lines, rules, head_pos = [], [], {}

    def put(row, x0, y):
        lines.append([(w, x0 + x, y, *rest) for w, x, *rest in row])

    y = top
    head_pos[keys[0]] = (X0, top)
    for kind, ws, h in lead_items:
        if kind == "dash":
            rules.append((X0 + wide / 2 - 14, y + h / 2, X0 + wide / 2 + 14, y + h / 2, 0.6))
        elif ws:
            put(ws, X0, y + (h * 0.82 if kind != "body" else h - (WIDE_PITCH - WIDE_BODY)))
        y += h
    breaks = []
    for ci, col in enumerate(cols):
        x = X0 + ci * (cw + G)
        for it, y in col:
            kind, k, ws, h, meta = it
            if kind == "head" and k not in head_pos:
                head_pos[k] = (x, y)
            if kind == "rule":
                rules.append((x + cw / 2 - 22, y + h / 2, x + cw / 2 + 22, y + h / 2, 0.6))
            elif kind == "dash":
                rules.append((x + cw / 2 - 8, y + h / 2, x + cw / 2 + 8, y + h / 2, 0.5))
            elif ws:
                put(ws, x, y + (h - (PITCH - BODY) if kind == "body" else h * 0.82))
        if ci < len(cols) - 1 and col[-1][0][0] == "body" and cols[ci + 1][0][0][0] == "body":
            a, b = col[-1][0], cols[ci + 1][0][0]
            if a[1] == b[1]:
                breaks.append("paragraph start" if b[4][1] else "mid-sentence" if not a[2][-1][0].endswith(".") else "sentence end")
    assert "paragraph start" in breaks and "mid-sentence" in breaks, breaks

    # a display advertisement in a ruled box fills the foot of the last column
    last, y = cols[-1][-1]
    ad_top, ad_bottom = y + last[3] + 10.0, top + H
    ad = [(centred(t, cw - 12, BOLD if wt == "bold" else ROMAN, size), size) for t, wt, size in d["ad"]]
    ad_h = sum(len(ls) * size * 1.2 for ls, size in ad) + 8.0 * (len(ad) - 1)
    assert ad_bottom - ad_top >= ad_h + 16, "no room for the advertisement"
    x = X0 + (NC - 1) * (cw + G)
    rules.append(("box", x, ad_top, cw, ad_bottom - ad_top))
    y = ad_top + (ad_bottom - ad_top - ad_h) / 2
    for ls, size in ad:
        for row in ls:
            put(row, x + 6, y + size)
            y += size * 1.2
        y += 8.0

    # masthead
    def put_text(t, font, size, x, y, align="left", width=0.0):
        Wd, sp = widths(font, size), widths(font, size)[" "]
        ws = t.split(" ")
        total = sum(Wd[w] for w in ws) + sp * (len(ws) - 1)
        x += {"left": 0.0, "center": (width - total) / 2, "right": width - total}[align]
        row = []
        for w in ws:
            row.append((w, x, font, size, Wd[w], 0.0))
            x += Wd[w] + sp
        put(row, 0.0, y)
        return total

    inner = PW - 2 * X0
    for t, align in ((d["left_ear"], "left"), (d["right_ear"], "right")):
        wdt = put_text(t, BOLD, 8.0, X0 + (4 if align == "left" else -4), 36, align, inner)
        bx = X0 if align == "left" else PW - X0 - wdt - 8
        rules.append(("box", bx, 26.0, wdt + 8, 14.0))
    put_text(d["paper"], BOLD, 30.0, X0, 68, "center", inner)
    rules.append((X0, 80, PW - X0, 80, 0.6))
    put_text(d["volume"], ROMAN, 8.0, X0, 91)
    put_text(d["date"], ROMAN, 8.0, X0, 91, "center", inner)
    put_text(d["price"], ROMAN, 8.0, X0, 91, "right", inner)
    rules.append((X0, 96, PW - X0, 96, 0.6))
    rules.append((X0, 98.5, PW - X0, 98.5, 1.6))
    for i in range(1, NC):
        gx = X0 + i * (cw + G) - G / 2
        rules.append((gx, top + (lead_h if i == 1 else 0.0) - 3, gx, top + H, 0.4))

    # the PDF: a paper-grey page; the text drawn normally, one line at a
    # time, in light grey; over it an invisible OCR-style layer (render mode
    # 3, Times-Roman for every word, bold ones too), one text object per
    # line, each word at its own x and stretched with Tz to the width of the
    # printed word (a letter-spaced line keeps its character spacing), no
    # spaces
    c = mp.rl_canvas(os.path.join(outdir, name + ".pdf"), (PW, PH))
    c.setFillGray(0.93)
    c.rect(0, 0, PW, PH, stroke=0, fill=1)
    c.setStrokeGray(0.5)
    for r in rules:
        if r[0] == "box":
            _, bx, by, bw, bh = r
            c.setLineWidth(0.6)
            c.rect(bx, PH - by - bh, bw, bh, stroke=1, fill=0)
        else:
            x0, y0, x1, y1, lw = r
            c.setLineWidth(lw)
            c.line(x0, PH - y0, x1, PH - y1)
    for line in lines:
        t = c.beginText()
        t.setFillGray(0.55)
        w0, x0, y0, font, size, ink, cs = line[0]
        t.setFont(font, size)
        t.setTextOrigin(x0, PH - y0)
        t.setCharSpace(cs)
        if len(line) > 1:  # word spacing that puts every word at its x
            t.setWordSpace(line[1][1] - x0 - widths(font, size)[w0] - len(w0) * cs - widths(font, size)[" "] - cs)
        t.textOut(" ".join(w for w, *_ in line))
        c.drawText(t)
    from reportlab.pdfbase.pdfmetrics import stringWidth
    for line in lines:
        t = c.beginText()
        t.setTextRenderMode(3)
        for w, x, y, font, size, ink, cs in line:
            t.setFont(ROMAN, size)
            t.setCharSpace(cs)
            t.setHorizScale(100.0 * (ink - cs * (len(w) - 1)) / stringWidth(w, ROMAN, size))
            t.setTextOrigin(round(x, 2), round(PH - y, 2))
            t.textOut(w)
        c.drawText(t)
    c.showPage()
    c.save()

    arts = {k: {"headline": a["headline"], "deck": " ".join(a["decks"]) or None, "byline": None,
                "paragraphs": a["paragraphs"]} for k, a in A.items()}
    order = mp.reading_order([(head_pos[k][0], head_pos[k][1], arts[k]) for k in keys])
    noise = [d["left_ear"], d["right_ear"], d["paper"], d["volume"], d["date"], d["price"]]
    noise += [t for t, _, _ in d["ad"]]
    notes = ("Generated page imitating a 1923 newspaper (reportlab, text invented), seven narrow "
             "columns. The text is drawn normally in light grey (non-embedded Times-Roman and "
             "Times-Bold, one text object per line, justified with word spacing) and drawn a second "
             "time as an invisible OCR-style layer over it (render mode 3, Times-Roman for every "
             "word, one text object per line, each word at its own x and stretched with Tz to the "
             "printed word's width, no spaces): every word is in the text layer twice, at the same "
             "place; each article is expected once. All-caps headlines with one or two all-caps "
             "decks, centred in the column, short dashes between headline and decks; the deck is "
             "the decks joined by one space. The first story is a two-column story: headline, decks "
             "and first paragraph across two columns, then it runs on in single columns. Stories "
             "are chained down the columns with short centred rules between them and continue at "
             "the top of the next column, in mid-sentence and (at least once) at a paragraph start. "
             "Words broken at line ends carry a plain hyphen '-'; the expected paragraphs hold the "
             "whole words. Column breaks: " + ", ".join(breaks) + ". A boxed bank advertisement "
             "fills the foot of the last column. Noise: ears, paper name, date strip, the "
             "advertisement's lines.")
    mp.write_expected(outdir, name, "en", order, noise, notes)


PAGES = [page_zh_broadsheet, page_en_modern, page_en_scan]


def main(argv):
    if len(argv) != 1:
        sys.exit(__doc__)
    outdir = argv[0]
    os.makedirs(outdir, exist_ok=True)
    for page in PAGES:
        page(outdir)


if __name__ == "__main__":
    main(sys.argv[1:])
