"""The invented plans of `invented-dev13`, written by a helper who never saw the code, as their towns would
publish them: a PDF drawn with reportlab, a Word file, an Excel sheet of the 実施計画. `planbot eval` runs
`write(directory)` into the suite's corpus (binaries are kept as code, not in git):
  saginohara_nogyo_shinko_keikaku.pdf   (鷺ノ原町 第3次農業振興計画, reportlab)
  tsubakigaura_bunkazai_chiiki_keikaku.docx (椿ヶ浦市 文化財保存活用地域計画, python-docx)
  kuonno_jisshi_keikaku_R4-R6.xlsx      (久遠野町 総合計画 実施計画 進捗, openpyxl)
All towns, names, numbers and phone numbers are invented.
"""

import json
import os
import sys

OUT = os.path.dirname(os.path.abspath(__file__))
UNITS = []  # every paragraph / cell text, for fact verification


def U(s):
    UNITS.append(s)
    return s


# ---------------------------------------------------------------------------
# 1. PDF: 第3次鷺ノ原町農業振興計画
# ---------------------------------------------------------------------------
def make_pdf(path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )
    from reportlab.platypus.tableofcontents import TableOfContents

    pdfmetrics.registerFont(TTFont("IPAexG", "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"))
    F = "IPAexG"
    TITLE = "第3次鷺ノ原町農業振興計画"

    body = ParagraphStyle(
        "body", fontName=F, fontSize=10.5, leading=17, wordWrap="CJK", firstLineIndent=10.5, spaceAfter=4
    )
    h1 = ParagraphStyle(
        "h1",
        fontName=F,
        fontSize=15,
        leading=22,
        spaceBefore=6,
        spaceAfter=10,
        textColor=colors.HexColor("#1d4d2b"),
    )
    h2 = ParagraphStyle("h2", fontName=F, fontSize=12.5, leading=18, spaceBefore=8, spaceAfter=4)
    h3 = ParagraphStyle("h3", fontName=F, fontSize=11, leading=16, spaceBefore=4, spaceAfter=2, leftIndent=6)
    cell = ParagraphStyle("cell", fontName=F, fontSize=9.5, leading=13, wordWrap="CJK")
    cellh = ParagraphStyle("cellh", parent=cell, alignment=1)
    term = ParagraphStyle("term", fontName=F, fontSize=10.5, leading=16, spaceBefore=6)
    termd = ParagraphStyle("termd", parent=body, firstLineIndent=0, leftIndent=14)
    note = ParagraphStyle("note", parent=body, fontSize=9, leading=13, firstLineIndent=0)

    class Doc(BaseDocTemplate):
        def afterFlowable(self, fl):
            if isinstance(fl, Paragraph) and getattr(fl, "_toc", None) is not None:
                self.notify("TOCEntry", (fl._toc, fl.getPlainText(), self.page - 1))

    def cover(c, d):
        pass

    def inner(c, d):
        w, h = A4
        c.saveState()
        c.setFont(F, 8.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(w - 20 * mm, h - 13 * mm, TITLE)
        c.setStrokeColor(colors.HexColor("#1d4d2b"))
        c.setLineWidth(0.6)
        c.line(20 * mm, h - 15 * mm, w - 20 * mm, h - 15 * mm)
        c.setFont(F, 9.5)
        c.setFillColor(colors.black)
        c.drawCentredString(w / 2, 11 * mm, f"- {d.page - 1} -")
        c.restoreState()

    doc = Doc(
        path,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        title=TITLE,
        author="鷺ノ原町 産業振興課",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates(
        [PageTemplate("cover", [frame], onPage=cover), PageTemplate("inner", [frame], onPage=inner)]
    )
    from reportlab.platypus import NextPageTemplate

    def H(text, level):
        st = {0: h1, 1: h2, 2: h3}[level]
        p = Paragraph(U(text), st)
        p._toc = level if level < 2 else None
        return p

    def P(text):
        return Paragraph(U(text), body)

    story = []
    # ---- cover
    cs1 = ParagraphStyle("c1", fontName=F, fontSize=26, leading=36, alignment=1)
    cs2 = ParagraphStyle("c2", fontName=F, fontSize=14, leading=22, alignment=1)
    cs3 = ParagraphStyle("c3", fontName=F, fontSize=13, leading=20, alignment=1)
    story += [
        Spacer(1, 60 * mm),
        Paragraph(U("第3次鷺ノ原町農業振興計画"), cs1),
        Spacer(1, 8 * mm),
        Paragraph(U("～ 土と人がつなぐ 実りのまち さぎのはら ～"), cs2),
        Spacer(1, 12 * mm),
        Paragraph(U("令和5年度～令和9年度"), cs3),
        Spacer(1, 70 * mm),
        Paragraph(U("令和5年3月"), cs3),
        Spacer(1, 4 * mm),
        Paragraph(U("鷺ノ原町"), ParagraphStyle("c4", parent=cs1, fontSize=18)),
        NextPageTemplate("inner"),
        PageBreak(),
    ]
    # ---- TOC
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [
        ParagraphStyle("t0", fontName=F, fontSize=11.5, leading=20, leftIndent=0, firstLineIndent=0),
        ParagraphStyle("t1", fontName=F, fontSize=10.5, leading=17, leftIndent=16, firstLineIndent=0),
    ]
    story += [
        Paragraph(
            U("目　次"),
            ParagraphStyle("toc", fontName=F, fontSize=16, leading=24, alignment=1, spaceAfter=14),
        ),
        toc,
        PageBreak(),
    ]

    # ---- 第1章
    story += [
        H("第1章　計画の策定にあたって", 0),
        H("1　計画策定の趣旨", 1),
        P(
            "本町では、平成30年3月に「第2次鷺ノ原町農業振興計画」を策定し、担い手の育成や農地の保全に取り組んできました。"
            "しかし、農業従事者の高齢化と担い手不足、耕作放棄地の増加、野生鳥獣による農作物被害の拡大など、本町の農業を取り巻く環境は一層厳しさを増しています。"
        ),
        P(
            "第2次計画の期間が令和4年度で終了することから、これまでの成果と課題を検証し、次の5年間に取り組む農業振興の方向性を示すため、「第3次鷺ノ原町農業振興計画」を策定します。"
        ),
        H("2　計画の位置づけ", 1),
        P(
            "本計画は、「第6次鷺ノ原町総合計画」の農業分野の個別計画として位置づけるとともに、「鷺ノ原町農業振興地域整備計画」及び「鷺ノ原町人・農地プラン」との整合を図ります。"
        ),
        H("3　計画の期間", 1),
        P(
            "本計画の期間は、令和5年度から令和9年度までの5年間とします。なお、社会経済情勢の変化や国の農業政策の動向を踏まえ、令和7年度に中間見直しを行います。"
        ),
    ]
    # ---- 第2章
    story += [
        H("第2章　本町農業の現状と課題", 0),
        H("1　農業の現状", 1),
        H("(1)　農業経営体", 2),
        P(
            "2020年農林業センサスによると、本町の農業経営体数は412経営体で、平成27年の538経営体から126経営体減少しています。"
            "基幹的農業従事者の平均年齢は69.4歳で、65歳以上が全体の78%を占めています。"
        ),
        H("(2)　農地", 2),
        P(
            "本町の耕地面積は1,286haで、このうち水田が1,043ha、畑が243haです。耕作放棄地の面積は令和3年度末で58.2haとなっており、特に中山間地域の北山地区と西沢地区で増加しています。"
        ),
        H("(3)　主な農産物", 2),
        P(
            "水稲を中心に、大豆、そば、ミニトマト、ブルーベリーが栽培されています。特に「鷺ノ原ブルーベリー」は町の特産品として県内外に出荷されており、そばは「白鷺そば」の名称で町内の飲食店や道の駅さぎのはらで提供されています。"
        ),
        H("(4)　鳥獣被害", 2),
        P(
            "イノシシやニホンジカによる農作物被害額は、令和3年度で1,870万円となり、5年前の約1.6倍に増加しています。"
        ),
        H("2　本町農業の課題", 1),
        P("現状を踏まえ、本町農業の主な課題を次の4点に整理します。"),
        H("(1)　担い手の減少と高齢化", 2),
        P(
            "新規就農者は年間1～2人にとどまっており、10年後には多くの農地で耕作者がいなくなるおそれがあります。"
        ),
        H("(2)　耕作放棄地の増加", 2),
        P("条件の悪い農地から耕作放棄が進んでおり、病害虫の発生や景観の悪化を招いています。"),
        H("(3)　農産物の付加価値向上", 2),
        P("生産物の多くが原料のまま出荷されており、加工や直売による所得の向上が求められています。"),
        H("(4)　鳥獣被害の深刻化", 2),
        P("被害が営農意欲の低下を招き、耕作放棄の原因の一つにもなっています。"),
    ]
    # ---- 第3章
    story += [
        H("第3章　基本理念と施策の展開", 0),
        H("1　基本理念", 1),
        P(
            "本計画では、町の将来像を「土と人がつなぐ 実りのまち さぎのはら」とし、農業者、関係団体、町が一体となって、次の世代に引き継げる農業の実現を目指します。"
        ),
        H("2　施策の展開", 1),
        H("(1)　担い手の確保・育成", 2),
        P(
            "新規就農者に対し、町独自の「さぎのはら就農応援金」として、就農後3年間、年額60万円を上限に交付します。"
        ),
        P(
            "町の農業研修施設「さぎのはら農業塾」において、春期（5月～7月）と秋期（9月～11月）の年2回、栽培技術や経営の研修を開催します。"
        ),
        P("認定農業者の経営改善を支援するとともに、集落営農組織の法人化を進めます。"),
        H("(2)　農地の保全と集積", 2),
        P(
            "農地中間管理機構を活用し、担い手への農地の集積・集約化を進め、令和9年度の集積率65.0%を目指します。"
        ),
        P("多面的機能支払交付金を活用し、水路や農道の草刈り、泥上げなどの地域の共同活動を支援します。"),
        H("(3)　特産品のブランド化と6次産業化", 2),
        P(
            "「鷺ノ原ブルーベリー」と「白鷺そば」を町の二大ブランドとして位置づけ、パッケージの統一や首都圏での販売会によりPRを強化します。"
        ),
        P(
            "農産物の加工に取り組む農業者に対し、加工機器の購入費の3分の1（上限50万円）を補助し、6次産業化を推進します。"
        ),
        H("(4)　鳥獣被害対策の強化", 2),
        P("電気柵やワイヤーメッシュ柵の設置費用の2分の1（上限10万円）を補助します。"),
        P(
            "鷺ノ原町鳥獣被害対策実施隊（隊員28名）による捕獲活動を強化し、捕獲したイノシシ・シカのジビエとしての活用を検討します。"
        ),
        H("(5)　スマート農業の推進", 2),
        P(
            "ドローンによる農薬散布や自動操舵トラクターの導入を支援し、作業の省力化を図ります。令和6年度からは、町とJAさぎのはらの共同で、スマート農業機械の貸出しを行います。"
        ),
    ]
    # ---- 第4章 成果指標
    ind_rows = [
        ("新規就農者数（累計）", "4人（令和3年度）", "20人（令和9年度）"),
        ("認定農業者数", "52経営体（令和3年度）", "60経営体（令和9年度）"),
        ("担い手への農地集積率", "48.5%（令和3年度）", "65.0%（令和9年度）"),
        ("耕作放棄地面積", "58.2ha（令和3年度）", "45.0ha（令和9年度）"),
        ("鳥獣による農作物被害額", "1,870万円（令和3年度）", "1,200万円（令和9年度）"),
        ("道の駅さぎのはら農産物販売額", "2億3,400万円（令和3年度）", "2億8,000万円（令和9年度）"),
        ("6次産業化商品数", "14品目（令和3年度）", "25品目（令和9年度）"),
    ]
    data = [[Paragraph(U(x), cellh) for x in ("指標名", "現状値（年度）", "目標値（年度）")]]
    for r in ind_rows:
        data.append([Paragraph(U(x), cell) for x in r])
    t = Table(data, colWidths=[70 * mm, 50 * mm, 50 * mm], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dcebdc")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story += [
        PageBreak(),
        H("第4章　成果指標", 0),
        P("計画の進み具合を客観的に把握するため、次のとおり成果指標を設定します。"),
        Spacer(1, 3 * mm),
        t,
        Spacer(1, 2 * mm),
        Paragraph(U("※新規就農者数（累計）は、平成30年度からの累計です。"), note),
        Paragraph(U("※現状値は、令和3年度末時点の数値です。"), note),
    ]
    # ---- 第5章 推進体制
    area_rows = [
        ("中央地区", "鷺ノ原町役場 産業振興課 農政係", "鷺ノ原町中央一丁目1番地", "0299-57-2131"),
        ("東原地区", "東原農業者支援センター", "鷺ノ原町東原412番地", "0299-57-4410"),
        ("西沢地区", "西沢地域センター", "鷺ノ原町西沢1088番地", "0299-58-1025"),
        ("北山地区", "北山営農センター", "鷺ノ原町北山字上野30番地", "0299-59-3307"),
        ("南浜地区", "南浜コミュニティセンター", "鷺ノ原町南浜二丁目6番15号", "0299-57-8862"),
    ]
    data = [[Paragraph(U(x), cellh) for x in ("地区", "相談窓口", "所在地", "電話番号")]]
    for r in area_rows:
        data.append([Paragraph(U(x), cell) for x in r])
    t2 = Table(data, colWidths=[24 * mm, 58 * mm, 56 * mm, 32 * mm], repeatRows=1)
    t2.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dcebdc")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story += [
        H("第5章　計画の推進", 0),
        H("1　推進体制", 1),
        P(
            "本計画は、農業者、JAさぎのはら、農業委員会、県農業振興事務所などで構成する「鷺ノ原町農業振興協議会」を中心に推進します。"
        ),
        P("協議会は毎年度、成果指標の達成状況を点検・評価し、その結果を町ホームページで公表します。"),
        H("2　地区別の相談窓口", 1),
        P(
            "農業に関する相談は、次の各地区の窓口で受け付けています。受付時間は、平日の午前8時30分から午後5時15分までです。"
        ),
        Spacer(1, 2 * mm),
        t2,
    ]
    # ---- 用語解説
    terms = [
        (
            "認定農業者",
            "農業経営基盤強化促進法に基づき、5年後の経営改善目標を記した農業経営改善計画を作成し、町長の認定を受けた農業者のこと。",
        ),
        (
            "農地中間管理機構",
            "農地の貸し手と借り手の間に入り、農地の集積・集約化を進める公的機関。県ごとに1つ設置されており、「農地バンク」とも呼ばれる。",
        ),
        (
            "耕作放棄地",
            "以前耕作していた土地で、過去1年以上作物を作付けせず、この数年の間に再び作付けする意思のない土地のこと。",
        ),
        ("集落営農", "集落を単位として、農作業を共同で行ったり、農業機械を共同で利用したりする取組のこと。"),
        ("多面的機能支払交付金", "農地や水路、農道などを保全するための地域の共同活動を支援する国の交付金。"),
        (
            "6次産業化",
            "農業者が生産（1次）だけでなく、加工（2次）や販売（3次）にも取り組み、農産物の付加価値を高めること。",
        ),
        (
            "スマート農業",
            "ロボット技術やICT（情報通信技術）を活用して、作業の省力化や高品質な生産を実現する農業のこと。",
        ),
        ("ジビエ", "狩猟で捕獲した野生鳥獣の肉のこと。"),
    ]
    story += [PageBreak(), H("用語解説", 0)]
    for k, v in terms:
        story += [Paragraph(U("■ " + k), term), Paragraph(U(v), termd)]
    story += [
        Spacer(1, 12 * mm),
        Paragraph(U("第3次鷺ノ原町農業振興計画（令和5年度～令和9年度）"), note),
        Paragraph(U("発行：鷺ノ原町 産業振興課 農政係"), note),
        Paragraph(U("〒319-9801 鷺ノ原町中央一丁目1番地　電話 0299-57-2131"), note),
    ]
    doc.multiBuild(story)


# ---------------------------------------------------------------------------
# 2. DOCX: 椿ヶ浦市文化財保存活用地域計画
# ---------------------------------------------------------------------------
def make_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    for sname in ("Normal", "Heading 1", "Heading 2", "Heading 3", "Title", "List Bullet"):
        st = d.styles[sname]
        st.font.name = "MS Mincho" if sname in ("Normal", "List Bullet") else "MS Gothic"
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), st.font.name)
    d.styles["Normal"].font.size = Pt(10.5)

    def para(text, style=None):
        return d.add_paragraph(U(text), style=style)

    def head(text, lvl):
        return d.add_heading(U(text), level=lvl)

    def bullets(items):
        for it in items:
            para(it, "List Bullet")

    def table(header, rows, widths=None):
        t = d.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, h in enumerate(header):
            c = t.rows[0].cells[i]
            c.text = U(h)
            for r in c.paragraphs[0].runs:
                r.bold = True
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = U(v)
        if widths:
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Mm(w)
        d.add_paragraph()
        return t

    # cover
    p = para("椿ヶ浦市文化財保存活用地域計画", "Title")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = para("～ 海と城下町の記憶を未来へ ～")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = para("計画期間　令和6年度～令和15年度")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = para("令和6年7月　椿ヶ浦市教育委員会")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_page_break()

    head("第1章　計画策定の目的と位置づけ", 1)
    head("1　計画策定の目的", 2)
    para(
        "本市には、国指定史跡「椿ヶ浦城跡」をはじめ、港町として栄えた歴史を物語る多くの文化財が残されています。"
        "一方で、人口減少や少子高齢化により、地域で文化財を守り伝えてきた担い手が減少し、文化財の滅失・散逸が懸念されています。"
    )
    para(
        "本計画は、指定・未指定を問わず市内の文化財を幅広く捉え、地域社会全体で文化財を保存・活用していくための基本的な方針と具体的な取組を定めることを目的とします。"
    )
    head("2　計画の位置づけ", 2)
    para(
        "本計画は、文化財保護法第183条の3に規定する「文化財保存活用地域計画」であり、令和6年7月19日に文化庁長官の認定を受けました。"
    )
    para(
        "また、「第2次椿ヶ浦市総合計画」及び「椿ヶ浦市教育大綱」を上位計画とし、「椿ヶ浦市観光振興計画」や「椿ヶ浦市景観計画」など関連計画との整合を図ります。"
    )
    head("3　計画期間", 2)
    para(
        "本計画の期間は、令和6年度から令和15年度までの10年間とします。令和10年度に中間評価を行い、必要に応じて計画の変更を行います。"
    )

    head("第2章　椿ヶ浦市の文化財の概要", 1)
    head("1　指定等文化財", 2)
    para(
        "令和6年3月末現在、市内の指定等文化財は87件で、その内訳は国指定5件、県指定19件、市指定58件、国登録有形文化財5件です。"
    )
    para("主な指定文化財は次のとおりです。")
    bullets(
        [
            "国指定史跡「椿ヶ浦城跡」",
            "国指定重要文化財「妙音寺本堂」",
            "県指定無形民俗文化財「浜岡の獅子舞」",
            "県指定有形文化財「椿ヶ浦湊絵図」",
            "市指定天然記念物「汐見のヤブツバキ群生地」",
        ]
    )
    head("2　未指定文化財の把握調査", 2)
    para(
        "令和4年度から令和5年度にかけて、市内全域で未指定文化財の把握調査を行い、1,312件を確認しました。内訳は、建造物412件、美術工芸品298件、民俗文化財355件、遺跡・名勝地など247件です。"
    )

    head("第3章　課題と基本方針", 1)
    head("1　文化財の保存・活用に関する課題", 2)
    bullets(
        [
            "担い手の減少：浜岡の獅子舞保存会の会員は15人で、平均年齢は72歳となっています。",
            "建造物の老朽化：木造の社寺建築や町家の修理費用の確保が難しくなっています。",
            "情報発信の不足：文化財の情報が市民や観光客に十分に伝わっていません。",
            "災害への備え：火災や地震、津波による文化財の被害への対策が不十分です。",
        ]
    )
    head("2　基本方針", 2)
    head("方針1　知る・調べる", 3)
    para("未指定文化財の調査を継続し、文化財の価値を明らかにするとともに、調査結果を記録として残します。")
    head("方針2　守る・伝える", 3)
    para("所有者や保存団体への支援、防災対策の強化により、文化財を確実に次の世代へ引き継ぎます。")
    head("方針3　活かす・つなぐ", 3)
    para("文化財を観光や学校教育、まちづくりに活用し、文化財を通じて人と地域をつなぎます。")

    head("第4章　文化財の保存・活用に関する措置", 1)
    para("基本方針に基づき、計画期間中に次の事業に取り組みます。")
    table(
        ["事業名", "内容", "実施年度", "担当課"],
        [
            [
                "未指定文化財追加調査",
                "把握調査で対象外だった地区の悉皆調査を行う",
                "令和6～8年度",
                "文化財課",
            ],
            ["椿ヶ浦城跡保存整備事業", "崩落した石垣の修復と園路・説明板の整備", "令和7～12年度", "文化財課"],
            [
                "妙音寺本堂防災設備更新",
                "自動火災報知設備と放水銃の更新費用を補助",
                "令和6～7年度",
                "文化財課",
            ],
            [
                "獅子舞後継者育成支援",
                "小中学生向け練習会の開催と衣装修繕費の補助",
                "令和6～15年度",
                "文化財課・学校教育課",
            ],
            [
                "文化財デジタルアーカイブ構築",
                "文化財の写真や3次元データを市ホームページで公開",
                "令和8～10年度",
                "文化財課・情報政策課",
            ],
            [
                "文化財めぐりルート整備",
                "城下町ルートと港町ルートの案内サイン・マップを作成",
                "令和7～9年度",
                "観光交流課",
            ],
            [
                "ふるさと椿ヶ浦学習",
                "市内全小学校の6年生を対象に学芸員が出前授業を行う",
                "令和6～15年度",
                "学校教育課",
            ],
            [
                "文化財ボランティアガイド養成講座",
                "毎年度全10回の講座を開き、ガイドを養成する",
                "令和6～15年度",
                "文化財課",
            ],
        ],
        widths=[45, 68, 27, 30],
    )
    head("重点事業", 2)
    para("8事業のうち、「椿ヶ浦城跡保存整備事業」と「獅子舞後継者育成支援」を重点事業と位置づけます。")
    para(
        "椿ヶ浦城跡では、令和3年の大雨により二の丸の石垣が約12メートルにわたって崩落しており、早期の修復が必要です。"
    )

    head("第5章　成果指標", 1)
    para("計画の進捗を把握するため、次の指標を設定します。")
    table(
        ["指標", "現状値（令和4年度）", "目標値（令和15年度）"],
        [
            ["把握している未指定文化財の件数", "1,312件", "2,500件"],
            ["文化財ボランティアガイドの登録者数", "23人", "60人"],
            ["椿ヶ浦城跡の年間来訪者数", "18,400人", "30,000人"],
            ["郷土資料館の年間入館者数", "6,250人", "9,000人"],
            ["デジタルアーカイブの公開件数", "0件", "500件"],
            ["獅子舞の練習会に参加した児童生徒数（年間）", "8人", "30人"],
        ],
        widths=[80, 45, 45],
    )
    para("※未指定文化財の件数は、令和5年度末の調査結果です。")

    head("第6章　推進体制", 1)
    para(
        "計画の推進にあたっては、「椿ヶ浦市文化財保存活用地域計画協議会」が毎年度、事業の進捗状況を確認します。協議会は、学識経験者、文化財所有者、保存団体、観光協会、商工会議所、自治会連合会の代表など12人で構成します。"
    )
    para(
        "また、文化財課に「文化財相談窓口」を設け、文化財の所有者や市民からの修理・管理に関する相談に応じます。"
    )

    head("資料　用語の説明", 1)
    bullets(
        [
            "未指定文化財：法律や条例による指定・登録を受けていないが、地域にとって歴史的・文化的価値のある文化財のこと。",
            "登録有形文化財：保存と活用が特に必要な建造物などを、国の文化財登録原簿に登録したもの。指定より緩やかな規制で保護する制度。",
            "無形民俗文化財：衣食住や年中行事、祭礼、民俗芸能など、人々が生活の中で伝えてきた形のない文化財のこと。",
            "悉皆調査：対象となる地域のものをもれなく全部調べること。",
        ]
    )

    head("資料　計画の策定経過", 1)
    table(
        ["年月日", "会議等", "内容"],
        [
            [
                "令和5年5月24日",
                "第1回椿ヶ浦市文化財保存活用地域計画協議会",
                "計画の概要と策定スケジュールについて",
            ],
            ["令和5年7月11日", "第1回椿ヶ浦市文化財保護審議会", "計画策定の報告"],
            ["令和5年8月30日", "第2回協議会", "未指定文化財把握調査の結果報告"],
            ["令和5年10月12日", "第2回椿ヶ浦市文化財保護審議会", "計画素案への意見聴取"],
            ["令和5年11月7日", "第3回協議会", "計画素案の検討"],
            ["令和5年12月1日～令和6年1月5日", "パブリックコメント", "意見提出 12人・28件"],
            ["令和5年12月9日", "市民説明会（椿ヶ浦市民会館 小ホール）", "参加者 41人"],
            ["令和5年12月16日", "市民説明会（浜岡公民館）", "参加者 27人"],
            ["令和6年2月15日", "第4回協議会", "計画案の決定"],
            ["令和6年3月27日", "文化庁長官へ認定申請", ""],
            ["令和6年7月19日", "文化庁長官の認定", ""],
        ],
        widths=[50, 70, 50],
    )

    head("お問い合わせ", 1)
    para("椿ヶ浦市教育委員会 生涯学習部 文化財課 文化財保護係")
    para("〒789-0321　椿ヶ浦市本町二丁目5番1号（椿ヶ浦市役所 西庁舎3階）")
    para("電話：0889-32-1147　FAX：0889-32-1150")
    para("メール：bunkazai@city.tsubakigaura.lg.jp")

    # footer with page number field
    from docx.oxml import OxmlElement

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run()
    for tag, attr in (
        ("w:fldChar", {"w:fldCharType": "begin"}),
        ("w:instrText", None),
        ("w:fldChar", {"w:fldCharType": "end"}),
    ):
        el = OxmlElement(tag)
        if attr:
            for k, v in attr.items():
                el.set(qn(k), v)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = "PAGE"
        run._r.append(el)
    hp = sec.header.paragraphs[0]
    hp.text = "椿ヶ浦市文化財保存活用地域計画"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.core_properties.title = "椿ヶ浦市文化財保存活用地域計画"
    d.core_properties.author = "椿ヶ浦市教育委員会 文化財課"
    d.save(path)


# ---------------------------------------------------------------------------
# 3. XLSX: 第5次久遠野町総合計画 実施計画（令和4年度～令和6年度） 進捗状況
# ---------------------------------------------------------------------------
def make_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "事業一覧・進捗状況"
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfill = PatternFill("solid", fgColor="D9E1F2")
    gfill = PatternFill("solid", fgColor="FFF2CC")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)

    NCOL = 16
    ws["A1"] = U("第5次久遠野町総合計画 実施計画（令和4年度～令和6年度）事業一覧及び進捗状況")
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=NCOL)
    ws["A2"] = U("令和7年6月公表　久遠野町 企画政策課")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=NCOL)
    ws["A2"].alignment = Alignment(horizontal="right")

    # two header rows (4 and 5)
    top = [
        "No.",
        "施策",
        "事業名",
        "担当課",
        "事業費（千円）",
        None,
        None,
        None,
        "成果指標",
        "基準値",
        None,
        "目標値",
        None,
        "実績値（令和6年度）",
        "達成状況",
        "備考",
    ]
    sub = [
        None,
        None,
        None,
        None,
        "令和4年度",
        "令和5年度",
        "令和6年度",
        "計",
        None,
        "年度",
        "値",
        "年度",
        "値",
        None,
        None,
        None,
    ]
    for i, v in enumerate(top, 1):
        c = ws.cell(row=4, column=i, value=U(v) if v else None)
        c.font = Font(bold=True)
        c.alignment = center
        c.fill = hfill
        c.border = box
    for i, v in enumerate(sub, 1):
        c = ws.cell(row=5, column=i, value=U(v) if v else None)
        c.font = Font(bold=True)
        c.alignment = center
        c.fill = hfill
        c.border = box
    for col in (1, 2, 3, 4, 9, 14, 15, 16):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    ws.merge_cells(start_row=4, start_column=5, end_row=4, end_column=8)
    ws.merge_cells(start_row=4, start_column=10, end_row=4, end_column=11)
    ws.merge_cells(start_row=4, start_column=12, end_row=4, end_column=13)

    goals = [
        (
            "基本目標1　子どもがのびのび育つまち",
            [
                (
                    "1-1 子育て支援の充実",
                    "子ども医療費助成事業",
                    "健康福祉課",
                    38200,
                    39100,
                    40300,
                    "子育てしやすいと感じる保護者の割合",
                    "令和2年度",
                    "71.2%",
                    "令和6年度",
                    "80.0%",
                    "78.5%",
                    "順調",
                    "町民意識調査",
                ),
                (
                    "1-1 子育て支援の充実",
                    "病児保育事業",
                    "健康福祉課",
                    6400,
                    6400,
                    6600,
                    "病児保育の延べ利用者数",
                    "令和2年度",
                    "312人",
                    "令和6年度",
                    "450人",
                    "468人",
                    "達成",
                    "",
                ),
                (
                    "1-1 子育て支援の充実",
                    "放課後児童クラブ運営事業",
                    "健康福祉課",
                    21300,
                    22000,
                    23400,
                    "放課後児童クラブの待機児童数",
                    "令和2年度",
                    "14人",
                    "令和6年度",
                    "0人",
                    "3人",
                    "未達成",
                    "第3クラブを令和5年度に開設",
                ),
                (
                    "1-2 学校教育の充実",
                    "GIGAスクール推進事業",
                    "学校教育課",
                    24500,
                    8300,
                    8300,
                    "授業でICTを活用する教員の割合",
                    "令和2年度",
                    "62.0%",
                    "令和6年度",
                    "90.0%",
                    "93.4%",
                    "達成",
                    "",
                ),
                (
                    "1-2 学校教育の充実",
                    "学校給食センター改修事業",
                    "学校教育課",
                    12000,
                    186000,
                    0,
                    "給食センター改修工事の完了",
                    "令和3年度",
                    "未着手",
                    "令和5年度",
                    "完了",
                    "完了",
                    "達成",
                    "令和6年1月供用開始",
                ),
            ],
        ),
        (
            "基本目標2　にぎわいと仕事を生むまち",
            [
                (
                    "2-1 農林業の振興",
                    "新規就農者支援事業",
                    "農林課",
                    3600,
                    4200,
                    4800,
                    "新規就農者数（令和4年度からの累計）",
                    "令和3年度",
                    "0人",
                    "令和6年度",
                    "12人",
                    "9人",
                    "未達成",
                    "",
                ),
                (
                    "2-1 農林業の振興",
                    "町有林間伐事業",
                    "農林課",
                    15800,
                    16200,
                    16500,
                    "町有林の間伐面積（累計）",
                    "令和2年度",
                    "42ha",
                    "令和6年度",
                    "180ha",
                    "171ha",
                    "順調",
                    "",
                ),
                (
                    "2-2 観光・交流の推進",
                    "くおんの温泉郷誘客促進事業",
                    "商工観光課",
                    9800,
                    11500,
                    12000,
                    "観光入込客数（年間）",
                    "令和2年度",
                    "21.4万人",
                    "令和6年度",
                    "35.0万人",
                    "33.8万人",
                    "順調",
                    "",
                ),
                (
                    "2-2 観光・交流の推進",
                    "移住定住促進事業",
                    "企画政策課",
                    18000,
                    20500,
                    22000,
                    "町の支援制度を利用した移住者数（年間）",
                    "令和2年度",
                    "38人",
                    "令和6年度",
                    "60人",
                    "64人",
                    "達成",
                    "お試し住宅2棟を含む",
                ),
                (
                    "2-2 観光・交流の推進",
                    "ふるさと納税推進事業",
                    "企画政策課",
                    42000,
                    55000,
                    61000,
                    "ふるさと納税の寄附額（年間）",
                    "令和2年度",
                    "1億2,300万円",
                    "令和6年度",
                    "3億円",
                    "2億4,100万円",
                    "未達成",
                    "",
                ),
            ],
        ),
        (
            "基本目標3　安心して暮らし続けられるまち",
            [
                (
                    "3-1 防災・減災の推進",
                    "防災行政無線デジタル化事業",
                    "総務課",
                    148000,
                    96500,
                    0,
                    "戸別受信機の設置率",
                    "令和2年度",
                    "35.0%",
                    "令和6年度",
                    "100.0%",
                    "100.0%",
                    "達成",
                    "",
                ),
                (
                    "3-1 防災・減災の推進",
                    "自主防災組織育成事業",
                    "総務課",
                    1200,
                    1200,
                    1500,
                    "自主防災組織の組織率",
                    "令和2年度",
                    "72.3%",
                    "令和6年度",
                    "90.0%",
                    "84.1%",
                    "未達成",
                    "",
                ),
                (
                    "3-2 地域交通と健康づくり",
                    "デマンド交通運行事業",
                    "企画政策課",
                    28400,
                    29600,
                    30200,
                    "デマンド交通の利用者数（年間）",
                    "令和2年度",
                    "9,850人",
                    "令和6年度",
                    "14,000人",
                    "13,420人",
                    "順調",
                    "愛称「くおんのりあい号」",
                ),
                (
                    "3-2 地域交通と健康づくり",
                    "特定健診受診率向上事業",
                    "健康福祉課",
                    5100,
                    5300,
                    5300,
                    "特定健康診査の受診率",
                    "令和2年度",
                    "41.6%",
                    "令和6年度",
                    "60.0%",
                    "52.3%",
                    "未達成",
                    "",
                ),
            ],
        ),
    ]
    row = 6
    no = 1
    grand = [0, 0, 0, 0]
    for gname, items in goals:
        c = ws.cell(row=row, column=1, value=U(gname))
        c.font = Font(bold=True)
        for col in range(1, NCOL + 1):
            ws.cell(row=row, column=col).fill = gfill
            ws.cell(row=row, column=col).border = box
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=NCOL)
        row += 1
        for it in items:
            shisaku, name, ka, y4, y5, y6, ind, by, bv, ty, tv, act, status, biko = it
            tot = y4 + y5 + y6
            for k in range(4):
                grand[k] += (y4, y5, y6, tot)[k]
            vals = [no, shisaku, name, ka, y4, y5, y6, tot, ind, by, bv, ty, tv, act, status, biko]
            for col, v in enumerate(vals, 1):
                if isinstance(v, str):
                    U(v)
                else:
                    U(str(v))
                    U(f"{v:,}")
                c = ws.cell(row=row, column=col, value=(v if v != "" else None))
                c.border = box
                c.alignment = center if col in (1, 10, 12, 15) else wrap
                if isinstance(v, int) and col >= 5:
                    c.number_format = "#,##0"
            row += 1
            no += 1
    c = ws.cell(row=row, column=1, value=U("合計"))
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
    for k in range(4):
        U(str(grand[k]))
        U(f"{grand[k]:,}")
        cc = ws.cell(row=row, column=5 + k, value=grand[k])
        cc.number_format = "#,##0"
    for col in range(1, NCOL + 1):
        ws.cell(row=row, column=col).border = box
        ws.cell(row=row, column=col).font = Font(bold=True)
    row += 2
    notes = [
        "※1 事業費は、令和4年度・令和5年度は決算額、令和6年度は最終予算額です（単位：千円）。",
        "※2 達成状況は、実績値が目標値に達したものを「達成」、目標値に達していないが基準値から目標値までの進捗率が80%以上のものを「順調」、80%未満のものを「未達成」としています。",
        "※3 実績値は令和7年3月31日現在の数値です。町民意識調査は令和6年10月に実施しました。",
        "※4 本実施計画は令和6年度で終了し、令和7年度からは第2期実施計画（令和7年度～令和9年度）により事業を進めています。",
    ]
    for n in notes:
        ws.cell(row=row, column=1, value=U(n))
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=NCOL)
        row += 1
    widths = [5, 16, 24, 11, 10, 10, 10, 11, 26, 10, 11, 10, 9, 11, 9, 20]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "E6"
    ws.print_title_rows = "4:5"

    ws2 = wb.create_sheet("計画の概要")
    ws2["A1"] = U("計画の概要")
    ws2["A1"].font = Font(size=13, bold=True)
    info = [
        ("項目", "内容"),
        ("計画名", "第5次久遠野町総合計画 実施計画"),
        ("計画期間", "令和4年度～令和6年度（3年間）"),
        ("上位計画", "第5次久遠野町総合計画 基本構想（令和4年度～令和13年度）"),
        ("策定主体", "久遠野町（企画政策課）"),
        ("策定年月", "令和4年3月"),
        ("計画の性格", "基本計画に掲げる施策を具体化するため、3年間に実施する主要事業と事業費を示すもの"),
        ("進行管理", "毎年度、行政評価により進捗状況を点検し、久遠野町総合計画審議会に報告する"),
        ("次期計画", "第5次久遠野町総合計画 第2期実施計画（令和7年度～令和9年度）"),
        ("問い合わせ先", "久遠野町役場 企画政策課 企画調整係"),
        ("所在地", "〒389-1401 久遠野町大字中原1200番地"),
        ("電話", "0267-88-2101（直通）"),
        ("FAX", "0267-88-2199"),
        ("メール", "kikaku@town.kuonno.lg.jp"),
    ]
    for r, (k, v) in enumerate(info, 3):
        a = ws2.cell(row=r, column=1, value=U(k))
        b = ws2.cell(row=r, column=2, value=U(v))
        a.border = b.border = box
        b.alignment = wrap
        if r == 3:
            a.font = b.font = Font(bold=True)
            a.fill = b.fill = hfill
    ws2.column_dimensions["A"].width = 16
    ws2.column_dimensions["B"].width = 70
    wb.save(path)


def write(directory) -> None:
    make_pdf(os.path.join(directory, "saginohara_nogyo_shinko_keikaku.pdf"))
    make_docx(os.path.join(directory, "tsubakigaura_bunkazai_chiiki_keikaku.docx"))
    make_xlsx(os.path.join(directory, "kuonno_jisshi_keikaku_R4-R6.xlsx"))


if __name__ == "__main__":
    make_pdf(os.path.join(OUT, "saginohara_nogyo_shinko_keikaku.pdf"))
    make_docx(os.path.join(OUT, "tsubakigaura_bunkazai_chiiki_keikaku.docx"))
    make_xlsx(os.path.join(OUT, "kuonno_jisshi_keikaku_R4-R6.xlsx"))
    if len(sys.argv) > 1:
        with open(sys.argv[1], "w", encoding="utf-8") as f:
            json.dump(UNITS, f, ensure_ascii=False)
    print("written to", OUT)
