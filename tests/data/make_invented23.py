#!/usr/bin/env python
"""Write three invented municipal plan documents (test material).

(a) 朝霧野市一般廃棄物処理基本計画            -> PDF  (reportlab)
(b) 白萩町過疎地域持続的発展計画              -> DOCX (python-docx)
(c) 第11次霧ヶ岳村交通安全計画（終了した計画） -> XLSX (openpyxl)

All towns, people, addresses and phone numbers are invented.
Usage: python make_invented23.py OUTDIR
"""
import os
import sys

FONT_PATH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

PDF_NAME = "asagirino_gomi_kihonkeikaku_r8.pdf"
DOCX_NAME = "shirahagi_kaso_jizokuteki_hatten_keikaku_r8-r12.docx"
XLSX_NAME = "kirigatake_11th_kotsu_anzen_keikaku.xlsx"


# ---------------------------------------------------------------------------
# (a) PDF: 朝霧野市一般廃棄物処理基本計画
# ---------------------------------------------------------------------------
def write_pdf(path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Table,
        TableStyle,
    )
    from reportlab.platypus.tableofcontents import TableOfContents

    if "IPAexG" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("IPAexG", FONT_PATH))
    F = "IPAexG"
    TITLE = "朝霧野市一般廃棄物処理基本計画"

    body = ParagraphStyle("body", fontName=F, fontSize=10, leading=16,
                          wordWrap="CJK", firstLineIndent=10)
    plain = ParagraphStyle("plain", parent=body, firstLineIndent=0)
    item = ParagraphStyle("item", parent=body, firstLineIndent=0,
                          leftIndent=20)
    note = ParagraphStyle("note", fontName=F, fontSize=8, leading=11,
                          wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName=F, fontSize=8.5, leading=11,
                          wordWrap="CJK")
    cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    h1 = ParagraphStyle("h1", fontName=F, fontSize=15, leading=22,
                        spaceBefore=4, spaceAfter=10)
    h2 = ParagraphStyle("h2", fontName=F, fontSize=12, leading=18,
                        spaceBefore=8, spaceAfter=4)
    h3 = ParagraphStyle("h3", fontName=F, fontSize=10.5, leading=16,
                        spaceBefore=4, spaceAfter=2, leftIndent=6)
    toc1 = ParagraphStyle("toc1", fontName=F, fontSize=11, leading=20)
    toc2 = ParagraphStyle("toc2", fontName=F, fontSize=10, leading=16,
                          leftIndent=18)

    class Doc(BaseDocTemplate):
        def afterFlowable(self, flowable):
            if isinstance(flowable, Paragraph):
                st = flowable.style.name
                if st == "h1":
                    self.notify("TOCEntry", (0, flowable.getPlainText(), self.page - 1))
                elif st == "h2":
                    self.notify("TOCEntry", (1, flowable.getPlainText(), self.page - 1))

    def cover(canv, doc):
        canv.saveState()
        w, h = A4
        canv.setFillColor(colors.HexColor("#2e6b4f"))
        canv.rect(0, h - 70 * mm, w, 8 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.black)
        canv.setFont(F, 26)
        canv.drawCentredString(w / 2, h - 110 * mm, TITLE)
        canv.setFont(F, 14)
        canv.drawCentredString(w / 2, h - 125 * mm, "（ごみ処理基本計画）")
        canv.setFont(F, 12)
        canv.drawCentredString(w / 2, h - 145 * mm,
                               "～ 減らす・分ける・活かす　循環のまち あさぎりの ～")
        canv.setFont(F, 12)
        canv.drawCentredString(w / 2, h - 165 * mm, "計画期間　令和8年度～令和17年度")
        canv.setFont(F, 16)
        canv.drawCentredString(w / 2, 60 * mm, "令和8年3月")
        canv.drawCentredString(w / 2, 48 * mm, "朝　霧　野　市")
        canv.restoreState()

    def later(canv, doc):
        canv.saveState()
        w, h = A4
        canv.setFont(F, 8)
        canv.drawRightString(w - 20 * mm, h - 12 * mm, TITLE)
        canv.setLineWidth(0.5)
        canv.line(20 * mm, h - 14 * mm, w - 20 * mm, h - 14 * mm)
        canv.setFont(F, 9)
        canv.drawCentredString(w / 2, 12 * mm, f"- {doc.page - 1} -")
        canv.restoreState()

    doc = Doc(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
              topMargin=22 * mm, bottomMargin=20 * mm, title=TITLE,
              author="朝霧野市 市民環境部 環境政策課")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height,
                  id="f")
    doc.addPageTemplates([PageTemplate(id="cover", frames=[frame], onPage=cover),
                          PageTemplate(id="later", frames=[frame], onPage=later)])

    def P(t, st=body):
        return Paragraph(t, st)

    def grid(data, widths, spans=(), header_rows=1, align_right_from=None):
        rows = []
        for r, row in enumerate(data):
            out = []
            for c, v in enumerate(row):
                if isinstance(v, str):
                    st = cellc if (r < header_rows or (align_right_from is not None and c >= align_right_from)) else cell
                    out.append(Paragraph(v, st))
                else:
                    out.append(v)
            rows.append(out)
        t = Table(rows, colWidths=[w * mm for w in widths], repeatRows=header_rows)
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#dfeee6"))]
        for s in spans:
            style.append(("SPAN",) + s)
        t.setStyle(TableStyle(style))
        return t

    S = []
    S.append(NextPageTemplate("later"))
    S.append(PageBreak())
    S.append(P("目　次", ParagraphStyle("tt", fontName=F, fontSize=16, leading=24, alignment=TA_CENTER, spaceAfter=12)))
    toc = TableOfContents()
    toc.levelStyles = [toc1, toc2]
    toc.dotsMinLevel = 0
    S.append(toc)
    S.append(PageBreak())

    # 第1章 ------------------------------------------------------------
    S.append(P("第1章　計画の基本的事項", h1))
    S.append(P("1　計画策定の趣旨", h2))
    S.append(P("本市では、平成28年3月に策定した前計画に基づき、ごみの分別収集の拡大や集団回収の支援などを進めてきました。"
               "この間、1人1日当たりのごみ排出量は減少傾向にありますが、リサイクル率は伸び悩んでおり、"
               "プラスチック資源循環促進法の施行や食品ロス削減への対応、朝霧野市クリーンセンターの老朽化など新たな課題も生じています。"
               "こうした状況を踏まえ、今後10年間のごみ処理の基本的な方向性を示すため、本計画を策定します。"))
    S.append(P("2　計画の位置付け", h2))
    S.append(P("本計画は、廃棄物の処理及び清掃に関する法律第6条第1項に基づく一般廃棄物処理計画のうち、"
               "長期的な視点に立った基本計画（ごみ処理基本計画）として定めるものです。"
               "上位計画である「第2次朝霧野市総合計画」及び「朝霧野市環境基本計画」との整合を図ります。"
               "なお、年度ごとの収集計画等は、毎年度策定する一般廃棄物処理実施計画で定めます。"))
    S.append(P("3　計画期間", h2))
    S.append(P("計画期間は、令和8年度から令和17年度までの10年間とし、令和12年度を中間目標年度とします。"
               "おおむね5年ごと、又は計画の前提となる諸条件に大きな変動があった場合には見直しを行います。"))
    S.append(P("4　計画対象区域", h2))
    S.append(P("計画の対象区域は市内全域（面積186.42km²）とします。令和7年10月1日現在の人口は68,031人、世帯数は29,874世帯です。"))

    # 第2章 ------------------------------------------------------------
    S.append(PageBreak())
    S.append(P("第2章　ごみ処理の現状と課題", h1))
    S.append(P("1　ごみ排出量の推移", h2))
    S.append(P("ごみの総排出量は、令和2年度の23,110tから令和6年度は21,778tへと約5.8%減少しました。"
               "事業系ごみは令和4年度に一時増加しましたが、その後は減少に転じています。"))
    S.append(P("表2-1　ごみ排出量の推移", ParagraphStyle("cap", fontName=F, fontSize=9, leading=14, spaceBefore=4)))
    data = [
        ["年度", "人口（人）", "ごみ排出量（t）", "", "", "1人1日当たり排出量（g）", "リサイクル率（%）"],
        ["", "", "家庭系", "事業系", "合計", "", ""],
        ["令和2年度", "70,312", "17,412", "5,698", "23,110", "901", "17.1"],
        ["令和3年度", "69,845", "17,205", "5,731", "22,936", "900", "17.4"],
        ["令和4年度", "69,360", "16,890", "5,802", "22,692", "896", "17.8"],
        ["令和5年度", "68,902", "16,534", "5,611", "22,145", "878", "18.0"],
        ["令和6年度", "68,470", "16,298", "5,480", "21,778", "871", "18.4"],
    ]
    S.append(grid(data, [20, 22, 21, 21, 21, 36, 29], header_rows=2, align_right_from=1,
                  spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (4, 0)),
                         ((5, 0), (5, 1)), ((6, 0), (6, 1))]))
    S.append(P("注1）人口は各年度10月1日現在の住民基本台帳人口です。", note))
    S.append(P("注2）家庭系ごみには集団回収量を含みません。リサイクル率は集団回収量を含めて算出しています。", note))

    S.append(P("2　収集・運搬の状況", h2))
    S.append(P("家庭系ごみは、可燃ごみ、不燃ごみ、資源物（びん・缶・ペットボトル、プラスチック、古紙・古布）、粗大ごみの区分で収集しています。"
               "粗大ごみは電話による事前申込制の戸別収集です。地区別の収集日は表2-2のとおりです。"))
    S.append(P("表2-2　地区別収集日（令和8年4月現在）", ParagraphStyle("cap2", fontName=F, fontSize=9, leading=14, spaceBefore=4)))
    data = [
        ["地区", "主な町名", "可燃ごみ", "不燃ごみ", "資源物", "", ""],
        ["", "", "", "", "びん・缶・ペットボトル", "プラスチック", "古紙・古布"],
        ["中央地区", "本町、中央一丁目～四丁目、駅前", "月・木", "第1水曜", "第2・第4水曜", "毎週火曜", "第1・第3金曜"],
        ["東浦地区", "東浦、港町、汐見", "月・木", "第3水曜", "第1・第3水曜", "毎週金曜", "第2・第4火曜"],
        ["西原地区", "西原、柳町、新田", "火・金", "第2水曜", "第1・第3木曜", "毎週月曜", "第2・第4金曜"],
        ["北山地区", "北山、上野原、大沢", "火・金", "第4水曜", "第2・第4木曜", "毎週水曜", "第1・第3月曜"],
        ["南台地区", "南台一丁目～三丁目、緑ケ丘", "水・土", "第1木曜", "第1・第3火曜", "毎週月曜", "第2・第4月曜"],
        ["霞野地区", "霞野、奥霞、石原", "水・土", "第3木曜", "第2・第4火曜", "毎週木曜", "第1・第3金曜"],
    ]
    S.append(grid(data, [16, 41, 15, 17, 29, 25, 27], header_rows=2,
                  spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1)),
                         ((3, 0), (3, 1)), ((4, 0), (6, 0))]))
    S.append(P("注）祝日も収集します。年末年始（12月31日～1月3日）は収集を休みます。", note))

    S.append(P("3　資源回収拠点", h2))
    S.append(P("ごみ集積所で収集しない品目は、次の拠点に設置した回収ボックス等で回収しています。", plain))
    data = [
        ["No.", "拠点名", "所在地", "主な回収品目"],
        ["1", "市役所本庁舎", "朝霧野市中央二丁目1番1号", "小型家電、乾電池、蛍光管、インクカートリッジ"],
        ["2", "東浦支所", "朝霧野市東浦1234番地", "小型家電、乾電池、使用済み食用油"],
        ["3", "西原公民館", "朝霧野市西原三丁目5番12号", "古紙、古布、乾電池"],
        ["4", "北山コミュニティセンター", "朝霧野市北山字上野原418番地", "小型家電、乾電池、古布"],
        ["5", "南台市民センター", "朝霧野市南台二丁目7番20号", "乾電池、蛍光管、使用済み食用油"],
        ["6", "朝霧野市クリーンセンター", "朝霧野市霞野字石原2750番地", "全ての資源物、粗大ごみ（持込み）"],
    ]
    S.append(grid(data, [10, 40, 50, 70]))
    S.append(P("注）回収品目の詳細は「ごみの出し方・分け方ガイドブック」を参照してください。", note))

    S.append(P("4　中間処理・最終処分の状況", h2))
    S.append(P("(1)　焼却施設", h3))
    S.append(P("可燃ごみは朝霧野市クリーンセンター（処理能力140t/日、70t/24h×2炉、平成15年4月稼働）で焼却しています。"
               "令和3年度から令和5年度にかけて基幹的設備改良工事を実施し、延命化を図りました。"))
    S.append(P("(2)　最終処分場", h3))
    S.append(P("焼却残さ等は石原最終処分場で埋め立てています。令和6年度末の残余容量は41,500m³で、現状の埋立量が続いた場合の残余年数は約15年と見込まれます。"))
    S.append(P("5　課題", h2))
    for t in ["(1)　可燃ごみに含まれる生ごみ（特に食品ロス）と紙類の削減",
              "(2)　プラスチック使用製品廃棄物の分別収集への対応",
              "(3)　リサイクル率の向上（県平均20.6%を下回っている）",
              "(4)　高齢化に伴うごみ出し困難世帯への支援"]:
        S.append(P(t, item))

    # 第3章 ------------------------------------------------------------
    S.append(PageBreak())
    S.append(P("第3章　基本理念と数値目標", h1))
    S.append(P("1　基本理念", h2))
    S.append(P("「減らす・分ける・活かす　循環のまち あさぎりの」を基本理念とし、市民・事業者・市が協働してごみの発生抑制を最優先に取り組みます。"))
    S.append(P("2　基本方針", h2))
    for t in ["(1)　ごみを出さないライフスタイル・ビジネススタイルへの転換（発生抑制・再使用）",
              "(2)　分別の徹底による資源化の推進（再生利用）",
              "(3)　安全・安定・効率的な処理体制の確保（適正処理）"]:
        S.append(P(t, item))
    S.append(P("3　数値目標", h2))
    S.append(P("基本理念の実現に向け、次の数値目標を設定します。", plain))
    data = [
        ["指標", "基準値", "中間目標値", "目標値"],
        ["", "令和6年度", "令和12年度", "令和17年度"],
        ["1人1日当たりごみ総排出量", "871g", "840g", "800g"],
        ["1人1日当たり家庭系ごみ排出量（資源物を除く）", "516g", "490g", "460g"],
        ["事業系ごみ排出量", "5,480t", "5,200t", "4,900t"],
        ["リサイクル率", "18.4%", "22.0%", "25.0%"],
        ["最終処分量", "2,145t", "1,900t", "1,700t"],
        ["集団回収実施団体数", "48団体", "55団体", "60団体"],
    ]
    S.append(grid(data, [70, 33, 33, 33], header_rows=2, align_right_from=1,
                  spans=[((0, 0), (0, 1))]))
    S.append(P("注）1人1日当たりごみ総排出量は、家庭系ごみ、事業系ごみ及び集団回収量の合計を人口及び年間日数で除した値です。", note))

    # 第4章 ------------------------------------------------------------
    S.append(P("第4章　施策の展開", h1))
    S.append(P("1　発生抑制・再使用の推進", h2))
    S.append(P("「あさぎりの食べきり協力店」の登録拡大、フードドライブの常設化、生ごみ処理機購入費補助の継続により、家庭と事業所の食品ロスを削減します。"
               "また、リユース品の展示・譲渡を行う「あさぎりの市民プラザ」の利用を促進します。"))
    S.append(P("2　分別・資源化の推進", h2))
    S.append(P("令和9年度から、プラスチック製容器包装に加えプラスチック使用製品廃棄物の一括回収を開始します。"
               "集団回収の奨励金制度を見直し、実施団体の拡大を図ります。"))
    S.append(P("3　適正処理の推進", h2))
    S.append(P("ごみ出しが困難な高齢者等を対象とした「ふれあい収集」を令和8年10月から全地区で実施します。"
               "また、クリーンセンターの次期施設整備について、令和10年度までに基本構想を策定します。"))

    # 第5章 ------------------------------------------------------------
    S.append(P("第5章　計画の推進", h1))
    S.append(P("計画の進捗状況は毎年度把握し、朝霧野市廃棄物減量等推進審議会に報告するとともに、市ホームページで公表します。"
               "PDCAサイクルにより施策の点検・見直しを行います。"))

    # 資料編 ------------------------------------------------------------
    S.append(PageBreak())
    S.append(P("資料編", h1))
    S.append(P("1　策定経過", h2))
    data = [
        ["年月日", "内容"],
        ["令和7年5月20日", "第1回朝霧野市廃棄物減量等推進審議会（諮問、現状報告）"],
        ["令和7年7月29日", "第2回審議会（課題の整理、基本理念案の検討）"],
        ["令和7年10月14日", "第3回審議会（計画素案の審議）"],
        ["令和7年12月1日～12月26日", "パブリックコメントの実施（意見提出6人、14件）"],
        ["令和8年1月27日", "第4回審議会（答申）"],
        ["令和8年3月", "計画策定"],
    ]
    S.append(grid(data, [50, 120]))
    S.append(P("2　用語解説", h2))
    data = [
        ["用語", "解説"],
        ["リサイクル率", "ごみの総排出量（集団回収量を含む）に占める資源化量の割合。"],
        ["集団回収", "自治会や子ども会などの団体が、家庭から出る古紙・古布・缶などを自主的に回収し、資源回収業者に引き渡す活動。"],
        ["食品ロス", "まだ食べられるのに捨てられてしまう食品。"],
        ["最終処分", "焼却残さや不燃残さなど、資源化できないものを埋め立てて処分すること。"],
        ["フードドライブ", "家庭で余っている食品を持ち寄り、福祉団体やフードバンクに寄付する活動。"],
        ["ふれあい収集", "ごみ集積所まで自力でごみを出すことが困難な高齢者や障がい者の世帯を対象に、玄関先等でごみを収集する制度。"],
    ]
    S.append(grid(data, [35, 135]))
    S.append(P("3　問い合わせ先", h2))
    data = [
        ["担当", "所在地", "電話番号"],
        ["朝霧野市 市民環境部 環境政策課 ごみ減量推進係", "〒318-0047 朝霧野市中央二丁目1番1号", "0294-52-3110"],
        ["朝霧野市クリーンセンター", "〒318-0215 朝霧野市霞野字石原2750番地", "0294-57-0530"],
    ]
    S.append(grid(data, [70, 65, 35]))

    doc.multiBuild(S)


# ---------------------------------------------------------------------------
# (b) DOCX: 白萩町過疎地域持続的発展計画
# ---------------------------------------------------------------------------
def write_docx(path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = sec.bottom_margin = Mm(22)
    sec.different_first_page_header_footer = True

    def set_font(style, name="ＭＳ 明朝", size=None):
        style.font.name = name
        rpr = style.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), name)
        if size:
            style.font.size = Pt(size)

    set_font(doc.styles["Normal"], "ＭＳ 明朝", 10.5)
    for lv, sz in ((1, 14), (2, 12), (3, 11)):
        st = doc.styles[f"Heading {lv}"]
        set_font(st, "ＭＳ ゴシック", sz)
        st.font.color.rgb = None
        st.font.bold = True

    TITLE = "白萩町過疎地域持続的発展計画"

    # header / footer with page number
    hp = sec.header.paragraphs[0]
    hp.text = TITLE + "（令和8年度～令和12年度）"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("- ")
    run = fp.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)
    fp.add_run(" -")

    # cover
    for _ in range(8):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run(TITLE)
    rr.font.size = Pt(24)
    rr.bold = True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("（令和8年度～令和12年度）").font.size = Pt(14)
    for _ in range(10):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("令和8年3月").font.size = Pt(14)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("岡山県　白萩町").font.size = Pt(16)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def H(text, lv):
        doc.add_heading(text, level=lv)

    def T(text):
        p = doc.add_paragraph(text)
        p.paragraph_format.first_line_indent = Pt(10.5)
        return p

    def NOTE(text):
        p = doc.add_paragraph()
        rr = p.add_run(text)
        rr.font.size = Pt(8.5)
        return p

    def shade(c, fill="D9E2F3"):
        tcPr = c._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), fill)
        tcPr.append(shd)

    def table(rows, header_rows=1, widths=None, size=9):
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                c = t.cell(i, j)
                c.text = ""
                run = c.paragraphs[0].add_run(v)
                run.font.size = Pt(size)
                if i < header_rows:
                    shade(c)
                    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                if widths:
                    c.width = Mm(widths[j])
        return t

    # 目次 ----------------------------------------------------------------
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("目　次").font.size = Pt(14)
    for line in ["1　基本的な事項", "2　移住・定住・地域間交流の促進、人材育成", "3　産業の振興",
                 "4　交通施設の整備、交通手段の確保", "5　生活環境の整備",
                 "6　子育て環境の確保、高齢者等の保健及び福祉の向上及び増進",
                 "7　教育の振興", "8　計画の策定経過"]:
        doc.add_paragraph(line)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # 1 基本的な事項 -------------------------------------------------------
    H("1　基本的な事項", 1)
    H("(1)　白萩町の概況", 2)
    T("白萩町は県の北東部に位置し、総面積は214.6km²で、その約86%を森林が占める中山間地域である。"
      "町の中央を白萩川が南北に流れ、流域に集落が点在している。主要産業は農業（水稲、ピオーネ等のぶどう）と林業であり、"
      "近年は白萩温泉「萩の湯」を中心とした観光交流にも力を入れている。")
    T("本町は昭和45年以降、一貫して人口減少が続いており、令和2年国勢調査人口は4,218人で、昭和45年の7,904人と比べ46.6%減少した。"
      "高齢者比率は45.3%に達し、担い手不足による耕作放棄地の増加、集落機能の低下が深刻化している。")
    H("(2)　人口の推移", 2)
    table([["区分", "昭和45年", "平成2年", "平成22年", "令和2年"],
           ["総数（人）", "7,904", "6,412", "5,127", "4,218"],
           ["0歳～14歳（人）", "1,738", "1,025", "542", "367"],
           ["65歳以上（人）", "874", "1,486", "1,972", "1,911"],
           ["高齢者比率（%）", "11.1", "23.2", "38.5", "45.3"]],
          widths=[38, 30, 30, 30, 30])
    NOTE("注）国勢調査による。総数には年齢不詳を含む。")
    H("(3)　地域の持続的発展の基本方針", 2)
    T("第6次白萩町総合計画の将来像「ひと・自然・なりわいが響きあう　萩のふるさと」の実現を目指し、"
      "前期計画（令和3年度～令和7年度）の成果と課題を踏まえ、①移住・定住の促進、②稼げる農林業と観光の振興、"
      "③安心して暮らせる生活基盤の確保を柱として施策を推進する。")
    H("(4)　地域の持続的発展のための基本目標", 2)
    table([["指標", "単位", "基準値", "中間値", "目標値"],
           ["", "", "令和6年度", "令和10年度", "令和12年度"],
           ["社会増減数", "人/年", "△68", "△50", "△40"],
           ["町の支援による移住者数", "人/年", "32", "42", "50"],
           ["新規就農者数（累計）", "人", "―", "8", "12"],
           ["観光入込客数", "人/年", "184,000", "205,000", "220,000"],
           ["空き家バンク成約件数（累計）", "件", "―", "25", "40"]],
          header_rows=2, widths=[60, 18, 28, 28, 28])
    t = doc.tables[-1]
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    for c in (t.cell(0, 0), t.cell(0, 1)):
        c.text = ""
    t.cell(0, 0).paragraphs[0].add_run("指標").font.size = Pt(9)
    t.cell(0, 1).paragraphs[0].add_run("単位").font.size = Pt(9)
    NOTE("注1）社会増減数は転入者数から転出者数を差し引いた数（住民基本台帳）。「△」は減少を示す。")
    NOTE("注2）累計は令和8年度からの累計。")
    H("(5)　計画の達成状況の評価", 2)
    T("毎年度、基本目標及び事業の実施状況について庁内の白萩町過疎対策推進本部で点検し、"
      "白萩町地域振興審議会の意見を聴いた上で、結果を町ホームページで公表する。")
    H("(6)　計画期間", 2)
    T("本計画の期間は、令和8年4月1日から令和13年3月31日までの5箇年間とする。")
    H("(7)　公共施設等総合管理計画との整合", 2)
    T("本計画に掲げる施設整備は、白萩町公共施設等総合管理計画（令和4年3月改訂）の基本方針に適合するよう実施する。")

    # 事業計画 helper
    HEAD = ["持続的発展施策区分", "事業名（施設名）", "事業内容", "事業主体", "実施期間", "事業費（千円）"]
    W = [28, 34, 46, 16, 24, 18]

    # 2 移住・定住 ---------------------------------------------------------
    H("2　移住・定住・地域間交流の促進、人材育成", 1)
    H("(1)　現況と問題点", 2)
    T("前期計画期間中、空き家バンクや移住相談窓口の設置により移住者は増加したが、紹介できる住宅が不足している。"
      "また、地域活動の担い手となる若い世代の確保が課題である。")
    H("(2)　その対策", 2)
    T("空き家の掘り起こしと改修支援を強化するとともに、地域おこし協力隊の受入れを拡大し、任期後の定住につなげる。")
    H("(3)　事業計画", 2)
    table([HEAD,
           ["(1) 移住・定住", "空き家バンク活用事業", "空き家の登録促進、家財処分・改修費補助", "町", "令和8年度～令和12年度", "45,000"],
           ["", "定住促進住宅整備事業", "子育て世帯向け住宅6戸の新築（下白萩地区）", "町", "令和9年度～令和10年度", "96,000"],
           ["(4) 過疎地域持続的発展特別事業\n人材育成", "地域おこし協力隊活動事業", "協力隊員の募集・活動支援（定員8人）", "町", "令和8年度～令和12年度", "120,000"]],
          widths=W, size=8)
    t = doc.tables[-1]
    t.cell(1, 0).merge(t.cell(2, 0))
    NOTE("注）事業費は概算であり、各年度の予算編成において精査する。")

    # 3 産業の振興 ---------------------------------------------------------
    H("3　産業の振興", 1)
    H("(1)　現況と問題点", 2)
    T("農家の平均年齢は71.2歳と高齢化が進み、耕作放棄地は令和6年度に138haに達した。"
      "観光入込客数はコロナ禍前の水準を回復しつつあるが、白萩温泉「萩の湯」は開業から28年が経過し、設備の老朽化が著しい。")
    H("(2)　その対策", 2)
    T("新規就農者の研修から定着までを一貫して支援し、ぶどう団地の拡大を進める。あわせて萩の湯を改修し、滞在型観光の拠点とする。")
    H("(3)　事業計画", 2)
    table([HEAD,
           ["(1) 基盤整備\n農業", "ぶどう団地整備事業", "ハウス整備・園地造成 3.2ha", "町・JA", "令和8年度～令和10年度", "78,500"],
           ["(1) 基盤整備\n林業", "林道白萩奥線改良事業", "L=1,240m W=4.0m", "町", "令和8年度～令和11年度", "152,000"],
           ["(9) 観光又はレクリエーション", "白萩温泉萩の湯改修事業", "浴室・ボイラー設備改修", "町", "令和9年度", "186,000"],
           ["(10) 過疎地域持続的発展特別事業\n第1次産業", "新規就農者育成支援事業", "研修手当、農機具等導入補助", "町", "令和8年度～令和12年度", "36,000"]],
          widths=W, size=8)

    # 4 交通 -------------------------------------------------------------
    H("4　交通施設の整備、交通手段の確保", 1)
    T("町営バスの利用者が減少する一方、運転免許を返納した高齢者の移動手段確保が課題となっている。"
      "令和8年10月から町営バス2路線をデマンド型乗合タクシー「はぎのりタクシー」に再編し、町内全域を予約制で運行する。")
    table([HEAD,
           ["(1) 市町村道\n道路", "町道上白萩線改良事業", "L=620m W=5.0m", "町", "令和8年度～令和10年度", "98,000"],
           ["(9) 過疎地域持続的発展特別事業\n公共交通", "デマンド型乗合タクシー運行事業", "はぎのりタクシーの運行（委託）", "町", "令和8年度～令和12年度", "62,500"]],
          widths=W, size=8)

    # 5 生活環境 ---------------------------------------------------------
    H("5　生活環境の整備", 1)
    T("簡易水道施設の老朽化に対応するため、奥萩簡易水道を上水道に統合する。消防団の小型動力ポンプ付積載車を計画的に更新する。")
    table([HEAD,
           ["(1) 水道施設\n上水道", "奥萩簡易水道統合整備事業", "送水管布設 L=2,800m、配水池1基", "町", "令和8年度～令和11年度", "214,000"],
           ["(5) 消防施設", "消防ポンプ車両更新事業", "小型動力ポンプ付積載車 4台", "町", "令和8年度～令和12年度", "34,000"]],
          widths=W, size=8)

    # 6 子育て・福祉 -----------------------------------------------------
    H("6　子育て環境の確保、高齢者等の保健及び福祉の向上及び増進", 1)
    T("子ども医療費助成を高校生年代まで継続し、出産・子育て応援金を支給する。高齢者の見守りと介護予防の拠点として、旧中萩保育所を改修する。")
    table([HEAD,
           ["(8) 過疎地域持続的発展特別事業\n児童福祉", "出産・子育て応援金支給事業", "出生児1人につき30万円を支給", "町", "令和8年度～令和12年度", "27,000"],
           ["(3) 高齢者福祉施設\n老人福祉館", "中萩地域ふれあいサロン整備事業", "旧中萩保育所の改修", "町", "令和9年度", "41,000"]],
          widths=W, size=8)

    # 7 教育 -------------------------------------------------------------
    H("7　教育の振興", 1)
    T("町内唯一の小学校である白萩小学校と白萩中学校の施設の長寿命化を図るとともに、一人一台端末の更新を行う。")
    table([HEAD,
           ["(1) 学校教育関連施設\n屋内運動場", "白萩中学校体育館改修事業", "屋根・床改修、空調設備設置", "町", "令和10年度", "128,000"],
           ["(4) 過疎地域持続的発展特別事業\n義務教育", "GIGAスクール端末更新事業", "児童生徒用端末 約270台", "町", "令和11年度", "18,900"]],
          widths=W, size=8)
    NOTE("注）「過疎地域持続的発展特別事業」は、過疎対策事業債（ソフト分）の対象となる事業である。")

    # 8 策定経過 ---------------------------------------------------------
    H("8　計画の策定経過", 1)
    table([["年月日", "内容"],
           ["令和7年7月8日", "白萩町過疎対策推進本部会議（策定方針の決定）"],
           ["令和7年10月22日", "白萩町地域振興審議会（計画素案の審議）"],
           ["令和7年11月", "岡山県との事前協議"],
           ["令和7年12月15日～令和8年1月14日", "パブリックコメントの実施（意見3件）"],
           ["令和8年3月13日", "白萩町議会3月定例会において議決"]],
          widths=[60, 106])
    H("用語解説", 1)
    table([["用語", "説明"],
           ["過疎対策事業債", "過疎地域の市町村が計画に基づいて行う事業の財源として発行できる地方債。元利償還金の70%が地方交付税で措置される。"],
           ["社会増減", "転入と転出による人口の増減。出生と死亡による増減（自然増減）と区別される。"],
           ["地域おこし協力隊", "都市地域から過疎地域等に住民票を移し、地域協力活動に従事する者。任期はおおむね1年以上3年以下。"],
           ["デマンド型乗合タクシー", "利用者の予約に応じて、運行ルートや時間を柔軟に設定して運行する乗合型の交通サービス。"]],
          widths=[40, 126])
    H("問い合わせ先", 1)
    doc.add_paragraph("白萩町役場　企画振興課　地域づくり係")
    doc.add_paragraph("〒709-4321　岡山県白萩町下白萩1050番地")
    doc.add_paragraph("電話　0868-74-2211（直通）　FAX　0868-74-2290")
    doc.add_paragraph("移住・定住に関する相談：白萩町移住・定住サポートセンター（企画振興課内）　電話　0868-74-2215")

    doc.core_properties.title = TITLE
    doc.core_properties.author = "白萩町 企画振興課"
    doc.save(path)


# ---------------------------------------------------------------------------
# (c) XLSX: 第11次霧ヶ岳村交通安全計画（令和3年度～令和7年度、終了）
# ---------------------------------------------------------------------------
def write_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfill = PatternFill("solid", fgColor="FCE4D6")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    gothic = "ＭＳ Ｐゴシック"

    def title(ws, text, ncols, row=1):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(name=gothic, size=14, bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center")
        ws.row_dimensions[row].height = 26

    def put_table(ws, top, rows, header_rows=1):
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                c = ws.cell(row=top + i, column=1 + j, value=v)
                c.border = box
                c.font = Font(name=gothic, size=10, bold=(i < header_rows))
                if i < header_rows:
                    c.fill = hfill
                    c.alignment = center
                else:
                    c.alignment = center if isinstance(v, (int, float)) else wrap
        return top + len(rows)

    def note(ws, r, text):
        c = ws.cell(row=r, column=1, value=text)
        c.font = Font(name=gothic, size=9)
        return r + 1

    # Sheet 1 : 計画の概要 --------------------------------------------------
    ws = wb.active
    ws.title = "計画の概要"
    title(ws, "第11次霧ヶ岳村交通安全計画の概要", 4)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 70
    r = 3
    rows = [["項目", "内容"],
            ["計画の根拠", "交通安全対策基本法第26条第1項"],
            ["計画期間", "令和3年度から令和7年度までの5年間"],
            ["作成機関", "霧ヶ岳村交通安全対策会議（会長：霧ヶ岳村長）"],
            ["基本理念", "人優先の交通安全思想のもと、村民一人ひとりが交通ルールを守り、交通事故のない安全で安心な霧ヶ岳村を目指す"],
            ["重点課題", "(1) 高齢者の交通安全の確保　(2) 子どもの通学路の安全確保　(3) 飲酒運転の根絶　(4) 冬期の路面凍結事故の防止"],
            ["主な施策", "1 道路交通環境の整備（通学路のカラー舗装、防護柵の設置）\n2 交通安全思想の普及徹底（交通安全教室、四季の交通安全運動）\n3 安全運転の確保（高齢運転者の運転免許自主返納支援）\n4 救助・救急活動の充実"]]
    r = put_table(ws, r, rows)
    for rr in range(4, r):
        ws.row_dimensions[rr].height = 30
    ws.row_dimensions[r - 1].height = 64
    r += 1
    ws.cell(row=r, column=1, value="策定経過").font = Font(name=gothic, size=11, bold=True)
    r += 1
    r = put_table(ws, r, [["年月日", "内容"],
                          ["令和3年5月18日", "霧ヶ岳村交通安全対策会議（計画素案の審議）"],
                          ["令和3年6月1日～6月30日", "パブリックコメントの実施（意見2件）"],
                          ["令和3年7月27日", "霧ヶ岳村交通安全対策会議（計画の決定）"]])
    r = note(ws, r, "※ 本計画の計画期間は令和8年3月31日をもって終了しました。")
    r = note(ws, r, "※ 第11次計画は、国の第11次交通安全基本計画及び県の第11次交通安全計画に基づき作成したものです。")
    r += 1
    ws.cell(row=r, column=1, value="用語の説明").font = Font(name=gothic, size=11, bold=True)
    r += 1
    r = put_table(ws, r, [["用語", "説明"],
                          ["重傷者", "交通事故によって負傷し、1か月（30日）以上の治療を要する者"],
                          ["人身事故", "人の死亡又は負傷を伴う交通事故（物損事故を除く）"],
                          ["運転免許自主返納", "運転に不安を感じる高齢者などが、有効期間内の運転免許を自主的に返納すること"],
                          ["ゾーン30", "生活道路の区域を設定し、最高速度30km/hの区域規制を行う交通安全対策"]])

    # Sheet 2 : 交通事故の推移と目標 ----------------------------------------
    ws = wb.create_sheet("事故の推移と目標")
    title(ws, "霧ヶ岳村の交通事故発生状況と計画目標の達成状況", 7)
    for col, w in zip("ABCDEFG", (16, 14, 12, 12, 12, 16, 22), strict=True):
        ws.column_dimensions[col].width = w
    r = 3
    ws.cell(row=r, column=1, value="1 交通事故発生状況の推移（人身事故）").font = Font(name=gothic, size=11, bold=True)
    r += 1
    top = r
    rows = [["年", "発生件数（件）", "死傷者数（人）", "", "", "高齢者が関係する事故（件）", "備考"],
            ["", "", "死者", "重傷者", "軽傷者", "", ""],
            ["平成28年", 21, 1, 6, 24, 9, "第10次計画期間"],
            ["平成29年", 19, 0, 5, 22, 8, ""],
            ["平成30年", 18, 1, 5, 20, 8, ""],
            ["令和元年", 16, 0, 4, 19, 7, ""],
            ["令和2年", 14, 1, 4, 15, 7, ""],
            ["令和3年", 15, 0, 5, 17, 8, "第11次計画期間"],
            ["令和4年", 13, 1, 4, 14, 6, ""],
            ["令和5年", 12, 0, 3, 13, 6, ""],
            ["令和6年", 11, 0, 4, 12, 5, ""],
            ["令和7年", 10, 0, 4, 11, 5, ""]]
    r = put_table(ws, r, rows, header_rows=2)
    ws.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
    ws.merge_cells(start_row=top, start_column=2, end_row=top + 1, end_column=2)
    ws.merge_cells(start_row=top, start_column=3, end_row=top, end_column=5)
    ws.merge_cells(start_row=top, start_column=6, end_row=top + 1, end_column=6)
    ws.merge_cells(start_row=top, start_column=7, end_row=top + 1, end_column=7)
    r = note(ws, r, "注1）霧原警察署調べ。各年1月1日～12月31日の数値。")
    r = note(ws, r, "注2）死者は事故発生から24時間以内に死亡した者。")
    r += 1
    ws.cell(row=r, column=1, value="2 計画目標と達成状況").font = Font(name=gothic, size=11, bold=True)
    r += 1
    top = r
    rows = [["目標項目", "基準値", "", "目標値（令和7年）", "実績（令和7年）", "達成状況", "備考"],
            ["", "年", "値", "", "", "", ""],
            ["交通事故死者数（人）", "令和2年", 1, "0", 0, "達成", "計画期間中の死者は令和4年の1人"],
            ["重傷者数（人）", "令和2年", 4, "3以下", 4, "未達成", ""],
            ["人身事故発生件数（件）", "令和2年", 14, "12以下", 10, "達成", ""],
            ["高齢者が関係する事故（件）", "令和2年", 7, "5以下", 5, "達成", ""],
            ["交通安全教室の開催回数（回/年）", "令和2年度", 12, "20", 17, "未達成", "実績は令和7年度"],
            ["運転免許自主返納者数（人、累計）", "―", "―", "60", 71, "達成", "令和3年度～令和7年度の累計"]]
    r = put_table(ws, r, rows, header_rows=2)
    ws.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
    ws.merge_cells(start_row=top, start_column=2, end_row=top, end_column=3)
    for col in (4, 5, 6, 7):
        ws.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
    r = note(ws, r, "注）達成状況は令和8年6月の霧ヶ岳村交通安全対策会議で報告した最終評価による。6項目中4項目を達成した。")
    r = note(ws, r, "※ 重傷者数は、冬期の路面凍結によるスリップ事故の増加により目標を達成できなかった。")

    # Sheet 3 : 関係機関連絡先 ----------------------------------------------
    ws = wb.create_sheet("関係機関連絡先")
    title(ws, "地区別 交通安全関係機関連絡先一覧", 6)
    for col, w in zip("ABCDEF", (14, 26, 14, 16, 30, 16), strict=True):
        ws.column_dimensions[col].width = w
    r = 3
    top = r
    rows = [["地区", "霧ヶ岳村交通安全協会", "", "", "担当駐在所", ""],
            ["", "支部名", "支部長", "連絡先", "名称・所在地", "電話番号"],
            ["上霧地区", "上霧支部", "佐久間 忠義", "0265-88-2031", "霧原警察署 霧ヶ岳駐在所\n霧ヶ岳村上霧410番地2", "0265-88-2110"],
            ["下霧地区", "下霧支部", "北村 和子", "0265-88-3147", "霧原警察署 霧ヶ岳駐在所\n霧ヶ岳村上霧410番地2", "0265-88-2110"],
            ["岳ノ沢地区", "岳ノ沢支部", "原田 清", "0265-89-1052", "霧原警察署 岳ノ沢駐在所\n霧ヶ岳村岳ノ沢1876番地", "0265-89-0110"],
            ["若葉台地区", "若葉台支部", "宮坂 敏明", "0265-89-2268", "霧原警察署 岳ノ沢駐在所\n霧ヶ岳村岳ノ沢1876番地", "0265-89-0110"]]
    r = put_table(ws, r, rows, header_rows=2)
    ws.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
    ws.merge_cells(start_row=top, start_column=2, end_row=top, end_column=4)
    ws.merge_cells(start_row=top, start_column=5, end_row=top, end_column=6)
    for rr in range(top + 2, r):
        ws.row_dimensions[rr].height = 32
    r = note(ws, r, "注1）支部長は令和7年4月1日現在。")
    r = note(ws, r, "注2）駐在所は巡回等で不在の場合があります。事件・事故など緊急の場合は110番通報してください。")
    r += 1
    ws.cell(row=r, column=1, value="その他の関係機関").font = Font(name=gothic, size=11, bold=True)
    r += 1
    r = put_table(ws, r, [["機関名", "担当", "", "", "所在地", "電話番号"],
                          ["霧ヶ岳村役場", "総務課 防災交通係", "", "", "霧ヶ岳村下霧1200番地", "0265-88-2001"],
                          ["霧原警察署", "交通課", "", "", "霧原市本町三丁目2番5号", "0265-72-0110"],
                          ["霧ヶ岳村交通安全協会（事務局）", "村役場総務課内", "", "", "霧ヶ岳村下霧1200番地", "0265-88-2001"]])
    for rr in range(r - 4, r):
        ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=4)
    r = note(ws, r, "※ 本計画に関する問い合わせは、霧ヶ岳村役場総務課防災交通係へお願いします。")

    wb.properties.title = "第11次霧ヶ岳村交通安全計画"
    wb.properties.creator = "霧ヶ岳村総務課"
    wb.save(path)


def write(directory: str) -> None:
    os.makedirs(directory, exist_ok=True)
    write_pdf(os.path.join(directory, PDF_NAME))
    write_docx(os.path.join(directory, DOCX_NAME))
    write_xlsx(os.path.join(directory, XLSX_NAME))


if __name__ == "__main__":
    write(sys.argv[1])
