#!/usr/bin/env python3
"""Write the small PDF seeds of the `pdf` fuzz target: make_pdf_seeds.py OUTDIR.

Small on purpose (a few KB each, content streams uncompressed where the writer allows), so
libFuzzer's mutations land on PDF syntax and text operators rather than inside Flate data:

- mini-en-columns.pdf (reportlab): a bold two-column headline, a byline, body text in two
  columns with hyphenated line ends, a fake-bold line (drawn twice 0.4 pt apart), a rule, a
  grey box standing in for a photo with a caption under it, and an invisible (render mode 3)
  OCR-style line.
- mini-zh-stsong.pdf (reportlab): Chinese in the non-embedded CID font STSong-Light with
  digits in Helvetica on the same baseline, a headline, a dateline, two columns.
- mini-typst-cjk.pdf (typst): embedded CID fonts with Identity-H and a ToUnicode map
  (fonts/NotoSansSC-Broadsheet.otf subset, Libertinus Serif), a headline and two columns.

Output is reproducible (reportlab `invariant`, a fixed typst timestamp). Needs the packages of
tests/pdf/requirements.txt.
"""
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = os.path.normpath(os.path.join(HERE, "..", "..", "fonts"))
TIMESTAMP = 1741392000


def canvas(path):
    from reportlab import rl_config
    from reportlab.pdfgen import canvas as rl
    rl_config.useA85 = 0
    return rl.Canvas(path, pagesize=(300, 260), invariant=1, pageCompression=0)


def mini_en(out):
    c = canvas(os.path.join(out, "mini-en-columns.pdf"))
    c.setFont("Helvetica-Bold", 18)
    c.drawString(20, 230, "River Bridge Opens")
    c.drawString(20.4, 230, "River Bridge Opens")  # fake bold: the same line 0.4 pt over
    c.setFont("Helvetica", 8)
    c.drawString(20, 216, "By JANE DOE")
    c.setLineWidth(0.5)
    c.line(20, 210, 280, 210)
    left = ["The new bridge over the river", "opened on Sunday after two", "years of work. The mayor", "said the town had waited a gen-",
            "eration for it.", "   Traffic was light in the", "morning but grew by noon."]
    right = ["Shops on the east bank said", "trade doubled within hours,", "and the ferry, which ran for", "ninety years, made its last",
             "crossing at six."]
    c.setFont("Times-Roman", 9)
    for i, s in enumerate(left):
        c.drawString(20, 198 - 11 * i, s)
    for i, s in enumerate(right):
        c.drawString(155, 198 - 11 * i, s)
    c.setFillGray(0.7)
    c.rect(155, 70, 125, 50, fill=1, stroke=0)
    c.setFillGray(0)
    c.setFont("Times-Italic", 7)
    c.drawString(155, 60, "The bridge at dawn. Photo: A. Lee")
    t = c.beginText(20, 40)
    t.setTextRenderMode(3)
    t.setFont("Times-Roman", 9)
    t.textLine("Invisible OCR line under a scanned picture.")
    c.drawText(t)
    c.showPage()
    c.save()


def mini_zh(out):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas(os.path.join(out, "mini-zh-stsong.pdf"))
    c.setFont("STSong-Light", 18)
    c.drawString(40, 228, "市民公园今日开放")
    c.setFont("STSong-Light", 9)
    c.drawString(20, 205, "本报讯（记者 李明）")
    lines = [("　　", "公园占地", "120", "公顷，"), ("", "共有树木", "3", "万余株，"), ("", "昨天上午", "9", "时举行"),
             ("", "开园仪式。", "", "")]
    for col, x in enumerate((20, 160)):
        for i, (a, b, digits, d) in enumerate(lines):
            y = 190 - 12 * i
            c.setFont("STSong-Light", 9)
            c.drawString(x, y, a + b)
            w = pdfmetrics.stringWidth(a + b, "STSong-Light", 9)
            if digits:
                c.setFont("Helvetica", 9)
                c.drawString(x + w, y, digits)
                w += pdfmetrics.stringWidth(digits, "Helvetica", 9)
            c.setFont("STSong-Light", 9)
            c.drawString(x + w, y, d)
        if col == 0:
            c.line(150, 200, 150, 140)
    c.showPage()
    c.save()


def mini_typst(out):
    import typst
    source = """#set page(width: 300pt, height: 220pt, margin: 16pt)
#set text(font: ("Libertinus Serif", "Noto Sans CJK SC"), size: 9pt, lang: "zh")
#align(center, text(size: 18pt, weight: "bold")[江城新区建成通车])
#columns(2, gutter: 12pt)[
#set par(justify: true, first-line-indent: 2em)
本报讯（记者 王芳）新区主干道昨日建成通车，全长12.5公里，设计时速60公里。

市民表示，出行更加方便了。Traffic flows in both directions.
]
"""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "p.typ")
        with open(path, "w", encoding="utf-8") as f:
            f.write(source)
        pdf = typst.compile(path, format="pdf", pdf_tags=False, timestamp=TIMESTAMP, root=tmp,
                            font_paths=[FONTS], ignore_system_fonts=True)
    with open(os.path.join(out, "mini-typst-cjk.pdf"), "wb") as f:
        f.write(pdf)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_pdf_seeds.py OUTDIR")
    os.makedirs(sys.argv[1], exist_ok=True)
    mini_en(sys.argv[1])
    mini_zh(sys.argv[1])
    mini_typst(sys.argv[1])
