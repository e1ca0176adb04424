"""The invented plans of `invented-dev17`, written by a helper who never saw the code, as their towns would
publish them: a 食育推進計画 PDF drawn with reportlab, a 水道事業ビジョン as the city's CMS web page, an ended
国土強靱化地域計画 KPI workbook in Excel. `planbot eval` runs `write(directory)` into the suite's corpus
(generated files are kept as code, not in git). All towns, people, addresses and phone numbers are invented.
"""
import html as _html
import os

OUT = os.path.dirname(os.path.abspath(__file__))
FONT_PATH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

# ---------------------------------------------------------------------------
# 1. 第3次葉月野町食育推進計画 (PDF)
# ---------------------------------------------------------------------------
PDF_FILE = "hazukino-shokuiku-3.pdf"
PDF_TITLE = "第3次葉月野町食育推進計画"

# story spec: ("h1", text) chapter, ("h2", text) section, ("h3", text) item,
# ("p", text) paragraph, ("bullets", [..]), ("center", text), ("table", name)
PDF_BODY = [
    ("h1", "第1章　計画の策定にあたって"),
    ("h2", "1　計画策定の趣旨"),
    ("p", "食は、命の源であり、私たちが健康で心豊かな生活を送るために欠かせないものです。しかし、ライフスタイルの多様化や単身世帯の増加に伴い、朝食の欠食や栄養の偏り、孤食の増加、食品ロスの発生、地域の食文化の継承の困難など、食をめぐる様々な課題が生じています。"),
    ("p", "本町では、平成26年3月に「葉月野町食育推進計画」を、平成31年3月に「第2次葉月野町食育推進計画」を策定し、家庭、学校、地域、生産者、行政が連携して食育に取り組んできました。第2次計画の期間が令和5年度で終了することから、これまでの成果と課題を踏まえ、国の「第4次食育推進基本計画」及び県の食育推進計画との整合を図りながら、「第3次葉月野町食育推進計画」を策定します。"),
    ("h2", "2　計画の位置付け"),
    ("p", "本計画は、食育基本法第18条第1項に基づく「市町村食育推進計画」として位置付けるものです。また、「第5次葉月野町総合計画」を上位計画とし、「はづきの健康21（第3次）」や「葉月野町農業振興計画」など関連する計画との整合を図ります。"),
    ("h2", "3　計画の期間"),
    ("p", "本計画の期間は、令和6年度から令和10年度までの5年間とします。なお、社会情勢の変化や国・県の動向などにより、必要に応じて見直しを行います。"),

    ("h1", "第2章　食をめぐる現状と課題"),
    ("h2", "1　町民アンケートの結果"),
    ("p", "計画の策定にあたり、令和5年7月に「食育に関する町民アンケート」を実施しました。町内在住の20歳以上の町民1,500人を無作為に抽出して調査票を郵送し、682人から回答を得ました（回収率45.5％）。また、町内の小学5年生と中学2年生を対象に「食生活に関する児童生徒アンケート」を実施しました（回答者数418人）。"),
    ("h3", "（1）朝食の状況"),
    ("p", "朝食を毎日食べる小学5年生の割合は91.2％で、第2次計画策定時（平成30年度）の93.5％から低下しています。また、20歳代・30歳代の男性の朝食欠食率は28.4％と、他の世代に比べて高くなっています。"),
    ("h3", "（2）共食の状況"),
    ("p", "家族と一緒に夕食を食べる子どもの割合は83.0％でした。一方、一人暮らしの高齢者の約4割が「ほとんど毎日一人で食事をしている」と回答しており、高齢者の孤食への対応が求められています。"),
    ("h3", "（3）地産地消と食品ロス"),
    ("p", "学校給食における町内産食材の使用割合（品目数ベース）は、令和4年度で32.5％でした。また、食品ロス削減のために何らかの行動をしている人の割合は68.9％で、「料理を作りすぎない」「賞味期限と消費期限の違いを理解して購入する」といった取組が多く挙げられました。"),
    ("h2", "2　本町の食育の課題"),
    ("p", "アンケート結果などから、本町の食育の課題を次の3点に整理しました。"),
    ("bullets", [
        "若い世代、特に働く世代の男性の朝食欠食と栄養バランスの偏り",
        "高齢者の孤食の増加と、家庭での共食の機会の減少",
        "郷土料理や行事食を知る若い世代が少なく、地域の食文化の継承が難しくなっていること",
    ]),

    ("h1", "第3章　計画の基本的な考え方"),
    ("h2", "1　基本理念"),
    ("center", "「食でつながる　健やかな心と体　はづきの」"),
    ("p", "町民一人ひとりが食への関心と理解を深め、生涯にわたって健全な食生活を実践するとともに、家庭や地域で食を楽しみ、食を通じて人と人とがつながるまちを目指します。"),
    ("h2", "2　基本目標"),
    ("p", "基本理念の実現に向けて、次の3つの基本目標を掲げます。"),
    ("bullets", [
        "基本目標1　食を通じた健康づくり",
        "基本目標2　食の循環と環境を意識した食育",
        "基本目標3　地域の食文化の継承と地産地消の推進",
    ]),

    ("h1", "第4章　施策の展開"),
    ("h2", "1　食を通じた健康づくり（基本目標1）"),
    ("h3", "（1）朝ごはんの習慣づくり"),
    ("p", "小学生を対象に、毎年6月と11月にそれぞれ1週間、家庭で朝ごはんを食べた日を記録する「はづきの朝ごはんチャレンジ」を実施します。また、町内の事業所と連携し、若い世代の男性に向けて手軽に作れる朝食レシピを配信します。"),
    ("h3", "（2）減塩と栄養バランスの推進"),
    ("p", "町民の食塩摂取量を減らすため「ちょいしお運動」を推進し、食生活改善推進員による減塩料理教室を各地区で年2回以上開催します。また、主食・主菜・副菜をそろえた食事の大切さを、健康診査や乳幼児健診の機会に伝えます。"),
    ("h3", "（3）共食の推進"),
    ("p", "地区の公民館などで、高齢者が一緒に食事を楽しむ「ふれあい会食会」を、葉月野町社会福祉協議会と連携して開催します。また、毎月19日の「食育の日」に合わせて、家族そろって食卓を囲むことを呼びかけます。"),
    ("h2", "2　食の循環と環境を意識した食育（基本目標2）"),
    ("h3", "（1）食品ロスの削減"),
    ("p", "宴会などでの食べ残しを減らす「30・10運動」を推進するとともに、毎年10月の食品ロス削減月間に合わせて、役場1階町民ホールでフードドライブを実施します。"),
    ("h3", "（2）農業体験の推進"),
    ("p", "町内の全小学校の5年生を対象に、5月の田植えから9月の稲刈りまでを体験する「田んぼの学校」を、JAはづきの及び地域の農業者の協力を得て実施します。"),
    ("h2", "3　地域の食文化の継承と地産地消の推進（基本目標3）"),
    ("h3", "（1）郷土料理の継承"),
    ("p", "本町に伝わる郷土料理「くるみ豆腐」や「けんちんうどん」、行事食の作り方を、食生活改善推進員が講師となる「はづきの味伝承講座」で、若い世代や子育て世代に伝えます。"),
    ("h3", "（2）地産地消の推進"),
    ("p", "毎月第3水曜日を「はづきの給食の日」とし、町内産の米や野菜を使った献立を学校給食で提供します。また、農産物直売所「はづきの恵み館」と連携し、旬の食材や生産者を紹介する取組を進めます。"),

    ("h1", "第5章　成果指標"),
    ("p", "計画の進捗状況を把握するため、次のとおり成果指標を設定します。現状値は令和5年度のアンケート結果等によるものです（学校給食は令和4年度の実績）。"),
    ("table", "indicators"),

    ("h1", "第6章　計画の推進"),
    ("h2", "1　推進体制"),
    ("p", "学識経験者、教育・保育関係者、生産者、食品関連事業者、公募町民など15人以内の委員で構成する「葉月野町食育推進会議」において、計画の進捗状況の確認と評価を行います。会議は年2回開催します。"),
    ("h2", "2　地区ごとの食育推進"),
    ("p", "町内を5地区に分け、各地区の拠点施設を「地区食育ステーション」として、食生活改善推進員や地区の団体と連携した食育活動を展開します。各地区の窓口は次のとおりです。"),
    ("table", "districts"),
    ("h2", "3　進行管理"),
    ("p", "成果指標の状況を毎年度把握し、葉月野町食育推進会議に報告します。計画期間の中間年度である令和8年度に中間評価を行い、最終年度の令和10年度に町民アンケートを実施して最終評価を行います。"),

    ("h1", "用語解説"),
    ("terms", "glossary"),
    ("colophon", None),
]

PDF_INDICATORS = [
    ("指標名", "現状値（年度）", "目標値（年度）"),
    ("朝食を毎日食べる小学5年生の割合", "91.2％（令和5年度）", "100％（令和10年度）"),
    ("朝食を欠食する20歳代・30歳代男性の割合", "28.4％（令和5年度）", "15％以下（令和10年度）"),
    ("主食・主菜・副菜をそろえた食事を1日2回以上ほぼ毎日食べる人の割合", "41.7％（令和5年度）", "50％（令和10年度）"),
    ("家族と一緒に夕食を食べる子どもの割合", "83.0％（令和5年度）", "90％（令和10年度）"),
    ("学校給食における町内産食材の使用割合（品目数ベース）", "32.5％（令和4年度）", "40％（令和10年度）"),
    ("食品ロス削減のために何らかの行動をしている人の割合", "68.9％（令和5年度）", "80％（令和10年度）"),
    ("郷土料理を知っている20歳代・30歳代の割合", "35.6％（令和5年度）", "50％（令和10年度）"),
    ("食育に関心を持っている人の割合", "72.3％（令和5年度）", "85％（令和10年度）"),
]

PDF_DISTRICTS = [
    ("地区", "拠点施設（窓口）", "所在地", "電話番号"),
    ("中央地区", "葉月野町保健センター", "葉月野町本郷1021番地", "0289-62-3140"),
    ("北原地区", "北原地区公民館", "葉月野町北原字上野312", "0289-64-2025"),
    ("東山地区", "東山ふれあいセンター", "葉月野町東山855番地2", "0289-65-1178"),
    ("南浜地区", "南浜コミュニティセンター", "葉月野町南浜3丁目7番5号", "0289-67-4402"),
    ("西谷地区", "西谷地区公民館", "葉月野町西谷字宮下96", "0289-68-0319"),
]

PDF_GLOSSARY = [
    ("食育", "生きる上での基本であって、知育、徳育及び体育の基礎となるもの。様々な経験を通じて「食」に関する知識と「食」を選択する力を習得し、健全な食生活を実践することができる人間を育てること。"),
    ("共食（きょうしょく）", "家族や友人など、誰かと一緒に食事をすること。"),
    ("孤食（こしょく）", "一人で食事をすること。"),
    ("地産地消", "地域で生産された農林水産物を、その地域で消費すること。"),
    ("食品ロス", "まだ食べられるのに捨てられてしまう食品のこと。"),
    ("30・10運動", "宴会の開始後30分間と終了前10分間は席を立たずに料理を楽しみ、食べ残しを減らす運動。"),
    ("フードドライブ", "家庭で余っている食品を持ち寄り、フードバンクや福祉施設などに寄付する活動。"),
    ("食生活改善推進員", "「私たちの健康は私たちの手で」をスローガンに、地域で食を通じた健康づくりを行うボランティア。愛称は「ヘルスメイト」。"),
    ("ちょいしお運動", "料理の味付けに使う塩やしょうゆを「ちょっと」ずつ減らし、無理なく減塩を続けることを目指す本町独自の取組。"),
    ("行事食", "正月のおせち料理や節分の恵方巻き、冬至のかぼちゃなど、季節の行事や祝い事の際に食べる料理。"),
]

PDF_COLOPHON = [
    "第3次葉月野町食育推進計画",
    "令和6年3月発行",
    "発行　葉月野町 健康福祉課 健康づくり係",
    "〒329-2793　葉月野町本郷1021番地（葉月野町保健センター内）",
    "電話　0289-62-3141　ファクス　0289-62-3149",
]


def make_pdf():
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
        KeepTogether,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )
    from reportlab.platypus.tableofcontents import TableOfContents

    pdfmetrics.registerFont(TTFont("IPAexGothic", FONT_PATH))
    F = "IPAexGothic"
    W, H = A4

    def st(name, size, lead=None, **kw):
        return ParagraphStyle(name, fontName=F, fontSize=size,
                              leading=lead or size * 1.7, wordWrap="CJK", **kw)

    s_body = st("Body", 10.5, firstLineIndent=10.5, spaceAfter=4)
    s_h1 = st("H1", 15, 22, spaceBefore=6, spaceAfter=10, keepWithNext=1, textColor=colors.HexColor("#1d4e2c"))
    s_h2 = st("H2", 12, 18, spaceBefore=10, spaceAfter=4, keepWithNext=1)
    s_h3 = st("H3", 11, 17, spaceBefore=6, spaceAfter=2, leftIndent=6, keepWithNext=1)
    s_center = st("Center", 12.5, alignment=TA_CENTER, spaceBefore=6, spaceAfter=8)
    s_bullet = st("Bullet", 10.5, leftIndent=22, firstLineIndent=-11, spaceAfter=2)
    s_cell = st("Cell", 9, 13)
    s_cellh = st("CellH", 9, 13, alignment=TA_CENTER)
    s_term = st("Term", 10.5, leftIndent=10.5, spaceAfter=5)
    s_colo = st("Colo", 9.5, 15)

    class PlanDoc(BaseDocTemplate):
        def afterFlowable(self, flowable):
            if isinstance(flowable, Paragraph):
                name = flowable.style.name
                if name == "H1":
                    self.notify("TOCEntry", (0, flowable.getPlainText(), self.page))
                elif name == "H2":
                    self.notify("TOCEntry", (1, flowable.getPlainText(), self.page))

    doc = PlanDoc(os.path.join(OUT, PDF_FILE), pagesize=A4,
                  leftMargin=25 * mm, rightMargin=25 * mm,
                  topMargin=27 * mm, bottomMargin=22 * mm,
                  title=PDF_TITLE, author="葉月野町 健康福祉課", subject="食育推進計画")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")

    def on_cover(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#e9f3e4"))
        c.rect(0, H - 95 * mm, W, 95 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#1d4e2c"))
        c.rect(0, 0, W, 18 * mm, stroke=0, fill=1)
        c.restoreState()

    def on_inner(c, d):
        c.saveState()
        c.setFont(F, 8.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(W - 25 * mm, H - 15 * mm, PDF_TITLE)
        c.setStrokeColor(colors.HexColor("#7aa86e"))
        c.setLineWidth(0.6)
        c.line(25 * mm, H - 17 * mm, W - 25 * mm, H - 17 * mm)
        c.setFont(F, 9.5)
        c.setFillColor(colors.black)
        c.drawCentredString(W / 2, 11 * mm, f"- {d.page} -")
        c.restoreState()

    doc.addPageTemplates([
        PageTemplate(id="cover", frames=[frame], onPage=on_cover),
        PageTemplate(id="inner", frames=[frame], onPage=on_inner),
    ])

    story = []
    # ---- cover
    story += [Spacer(1, 38 * mm),
              Paragraph("第3次", st("cv0", 20, 28, alignment=TA_CENTER)),
              Paragraph("葉月野町食育推進計画", st("cv1", 30, 42, alignment=TA_CENTER)),
              Spacer(1, 8 * mm),
              Paragraph("～「いただきます」からはじまる　元気なはづきの～", st("cv2", 14, 22, alignment=TA_CENTER)),
              Spacer(1, 50 * mm),
              Paragraph("令和6年度～令和10年度", st("cv3", 14, 22, alignment=TA_CENTER)),
              Spacer(1, 35 * mm),
              Paragraph("令和6年3月", st("cv4", 14, 22, alignment=TA_CENTER)),
              Paragraph("葉月野町", st("cv5", 20, 30, alignment=TA_CENTER)),
              NextPageTemplate("inner"), PageBreak()]
    # ---- table of contents
    toc = TableOfContents(dotsMinLevel=0, rightColumnWidth=20 * mm)
    toc.levelStyles = [st("TOC0", 11.5, 22, leftIndent=0, firstLineIndent=0),
                       st("TOC1", 10.5, 18, leftIndent=14, firstLineIndent=0)]
    story += [Paragraph("目　次", st("TocTitle", 16, 24, alignment=TA_CENTER, spaceAfter=14)),
              toc, PageBreak()]

    def grid_table(rows, widths, head_bg="#dbe9d4"):
        data = [[Paragraph(_html.escape(x), s_cellh if i == 0 else s_cell) for x in r]
                for i, r in enumerate(rows)]
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head_bg)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        return t

    first_h1 = True
    for kind, val in PDF_BODY:
        if kind == "h1":
            # chapters 4 and 5 start on a new page
            if not first_h1 and val.startswith(("第4章", "第5章")):
                story.append(PageBreak())
            first_h1 = False
            story.append(Paragraph(val, s_h1))
        elif kind == "h2":
            story.append(Paragraph(val, s_h2))
        elif kind == "h3":
            story.append(Paragraph(val, s_h3))
        elif kind == "p":
            story.append(Paragraph(_html.escape(val), s_body))
        elif kind == "center":
            story.append(Paragraph(_html.escape(val), s_center))
        elif kind == "bullets":
            for b in val:
                story.append(Paragraph("・" + _html.escape(b), s_bullet))
        elif kind == "table" and val == "indicators":
            story.append(Spacer(1, 3 * mm))
            story.append(grid_table(PDF_INDICATORS, [82 * mm, 39 * mm, 39 * mm]))
            story.append(Spacer(1, 3 * mm))
        elif kind == "table" and val == "districts":
            story.append(Spacer(1, 2 * mm))
            story.append(grid_table(PDF_DISTRICTS, [22 * mm, 48 * mm, 56 * mm, 34 * mm]))
            story.append(Spacer(1, 3 * mm))
        elif kind == "terms":
            for term, expl in PDF_GLOSSARY:
                story.append(Paragraph(f"<b>■{_html.escape(term)}</b><br/>{_html.escape(expl)}", s_term))
        elif kind == "colophon":
            box = Table([[Paragraph(_html.escape(x), s_colo)] for x in PDF_COLOPHON],
                        colWidths=[110 * mm])
            box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
            story += [Spacer(1, 10 * mm), KeepTogether(box)]
    doc.multiBuild(story)


# ---------------------------------------------------------------------------
# 2. 東雲川市水道事業ビジョン2035 (CMS web page)
# ---------------------------------------------------------------------------
HTML_FILE = "shinonomegawa-suido-vision.html"
HTML_TITLE = "東雲川市水道事業ビジョン2035"

HTML_PROJECTS = [
    ("事業名", "内容", "実施年度", "担当課"),
    ("老朽管更新事業", "法定耐用年数を超えた鋳鉄管・石綿セメント管などを耐震管に更新<br>年間更新延長 約12km", "令和8年度～令和17年度", "水道工務課"),
    ("基幹管路耐震化事業", "導水管・送水管・配水本管を耐震管に布設替え", "令和8年度～令和15年度", "水道工務課"),
    ("朝凪浄水場更新事業", "朝凪浄水場の沈殿池・ろ過池の更新<br>（施設能力 日量28,000立方メートル）", "令和10年度～令和14年度", "浄水課"),
    ("配水池耐震補強事業", "高丘配水池・緑町配水池の耐震補強", "令和8年度～令和11年度", "浄水課"),
    ("鉛製給水管解消事業", "残存する鉛製給水管（約1,900件）を取り替え", "令和8年度～令和12年度", "給水課"),
    ("スマートメーター導入事業", "自動検針ができるスマートメーターを大口需要家から順次導入", "令和9年度～令和13年度", "営業課"),
    ("応急給水体制強化事業", "応急給水栓の増設、給水車1台の増車<br>近隣事業体との相互応援訓練（年1回）", "令和8年度～令和17年度", "経営企画課"),
    ("水道料金のあり方検討", "上下水道事業経営審議会で料金水準と料金体系を検証", "令和9年度～令和10年度", "経営企画課"),
]

HTML_OFFICES = [
    ("名称", "所在地", "電話番号", "受付日"),
    ("上下水道局 お客さまセンター<br>（開始・中止の届出、料金のお支払い）", "東雲川市本町二丁目3番1号<br>市役所第2庁舎1階", "0247-32-1150", "月曜日～金曜日<br>（祝日・年末年始を除く）"),
    ("北部営業所", "東雲川市北田町45番地", "0247-36-2211", "月曜日～金曜日<br>（祝日・年末年始を除く）"),
    ("南部営業所", "東雲川市港南一丁目8番12号", "0247-38-4470", "月曜日～金曜日、第2・第4土曜日<br>（祝日・年末年始を除く）"),
    ("水道施設管理センター<br>（漏水・断水・濁り水の連絡）", "東雲川市朝凪町500番地", "0247-32-9911", "24時間365日"),
]

HTML_INDICATORS = [
    ("指標名", "現状値<br>（令和6年度）", "目標値<br>（令和17年度）"),
    ("基幹管路の耐震適合率", "38.5％", "60.0％"),
    ("管路更新率（年間）", "0.72％", "1.10％"),
    ("浄水施設の耐震化率", "31.0％", "100％"),
    ("配水池の耐震化率", "55.6％", "88.9％"),
    ("鉛製給水管の残存件数", "1,924件", "0件"),
    ("有収率", "89.3％", "92.0％"),
    ("水質基準不適合率", "0％", "0％"),
]

HTML_HISTORY = [
    ("年月日", "内容"),
    ("令和7年5月28日", "第1回東雲川市上下水道事業経営審議会（ビジョン策定について諮問）"),
    ("令和7年8月6日", "第2回東雲川市上下水道事業経営審議会（現状と課題の整理）"),
    ("令和7年10月15日", "第3回東雲川市上下水道事業経営審議会（素案の審議）"),
    ("令和7年11月20日～令和7年12月19日", "パブリックコメントの実施<br>（意見提出者14人、意見数37件）"),
    ("令和7年11月29日", "市民説明会（東雲川市民会館 小ホール）参加者42人"),
    ("令和7年12月3日", "市民説明会（港南地区センター 多目的室）参加者27人"),
    ("令和8年1月21日", "第4回東雲川市上下水道事業経営審議会（答申案の審議）"),
    ("令和8年2月9日", "審議会から市長へ答申"),
    ("令和8年3月", "東雲川市水道事業ビジョン2035の策定・公表"),
]


def _table(rows, cls, caption=None):
    out = [f'<table class="{cls}">']
    if caption:
        out.append(f"<caption>{caption}</caption>")
    out.append("<thead><tr>" + "".join(f'<th scope="col">{h}</th>' for h in rows[0]) + "</tr></thead>")
    out.append("<tbody>")
    for r in rows[1:]:
        out.append("<tr>" + f'<th scope="row">{r[0]}</th>' + "".join(f"<td>{x}</td>" for x in r[1:]) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


HTML_CONTENT_PARAS = {
    "intro1": "東雲川市上下水道局では、平成28年3月に策定した「東雲川市水道事業ビジョン」の計画期間が令和7年度で終了することから、人口減少による水需要の減少や施設の老朽化、大規模地震への備えなど、水道事業を取り巻く環境の変化を踏まえ、新たに「東雲川市水道事業ビジョン2035」を策定しました。",
    "intro2": "このビジョンは、今後10年間の水道事業の目指す姿と、その実現に向けた取組を示すものです。",
    "period": "令和8年度（2026年度）から令和17年度（2035年度）までの10年間",
    "rinen": "「いつでも、いつまでも、安心して飲める東雲川の水」",
    "genjo1": "令和6年度末の給水人口は124,310人、水道普及率は99.2％です。一方、1日平均配水量は平成26年度の46,800立方メートルから令和6年度には41,200立方メートルへと約12％減少しており、今後も人口減少に伴い水需要は減少する見込みです。",
    "genjo2": "市内の水道管の総延長は約1,080kmで、このうち法定耐用年数の40年を超えた管路の割合（管路経年化率）は24.6％に達しています。また、昭和47年に完成した朝凪浄水場は、施設の老朽化と耐震性の不足が課題となっています。",
    "jigyo": "基本方針に基づき、計画期間中に次の8事業を重点的に実施します。",
    "madoguchi": "水道の使用開始・中止の届出や料金に関するご相談は、次の窓口で受け付けています。漏水や断水などの緊急時は、水道施設管理センターへご連絡ください。",
    "shihyo": "ビジョンの進捗状況を確認するため、次の指標を設定し、毎年度、上下水道事業経営審議会に報告します。中間年度の令和12年度には、ビジョンの見直しを行います。",
    "keika": "ビジョンの策定にあたっては、学識経験者、市民代表、使用者代表など10人で構成する東雲川市上下水道事業経営審議会で審議を行ったほか、パブリックコメントと市民説明会を実施し、市民の皆さまからご意見をいただきました。",
}

HTML_POLICIES = [
    "安全：水源から蛇口まで水質管理を徹底し、安全でおいしい水を届けます",
    "強靱：施設と管路の耐震化を進め、災害に強い水道をつくります",
    "持続：健全な経営と技術の継承により、将来にわたって水道を守ります",
]


def make_html():
    P = HTML_CONTENT_PARAS
    nav_items = ["くらし・手続き", "子育て・教育", "健康・福祉", "観光・文化", "事業者の方へ", "市政情報"]
    html_doc = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{HTML_TITLE}を策定しました｜東雲川市</title>
<meta name="description" content="東雲川市上下水道局が策定した東雲川市水道事業ビジョン2035（令和8年度～令和17年度）の概要です。">
<link rel="stylesheet" href="/shared/templates/free/css/layout.css">
<link rel="stylesheet" href="/shared/style/default.css">
<script src="/shared/js/jquery.js"></script>
<script src="/shared/js/common.js"></script>
</head>
<body class="format_free">
<div id="tmp_wrapper">
<noscript><p>このサイトではJavaScriptを使用したコンテンツ・機能を提供しています。JavaScriptを有効にするとご利用いただけます。</p></noscript>
<p><a href="#tmp_honbun" class="skip">本文へスキップします。</a></p>
<div id="tmp_header">
  <div class="container">
    <div id="tmp_hlogo"><p><a href="/index.html"><span>東雲川市　Shinonomegawa City</span></a></p></div>
    <div id="tmp_means">
      <ul id="tmp_hnavi">
        <li><a href="/foreign/index.html">Foreign Language</a></li>
        <li><a href="/moji.html">文字サイズ・色合い変更</a></li>
        <li><a href="/sitemap.html">サイトマップ</a></li>
      </ul>
      <form action="/search/result.html" id="tmp_gsearch" name="tmp_gsearch">
        <label for="tmp_query">サイト内検索</label>
        <input id="tmp_query" name="q" size="31" type="text">
        <input id="tmp_func_sch_btn" name="sa" type="submit" value="検索">
      </form>
    </div>
  </div>
</div>
<div id="tmp_gnavi">
  <ul>
{''.join(f'    <li><a href="/category/{i + 1}/index.html">{x}</a></li>{chr(10)}' for i, x in enumerate(nav_items))}  </ul>
</div>
<div id="tmp_pankuzu">
  <p><a href="/index.html">ホーム</a> &gt; <a href="/category/1/index.html">くらし・手続き</a> &gt; <a href="/category/1/7/index.html">上下水道</a> &gt; <a href="/category/1/7/2/index.html">水道事業</a> &gt; {HTML_TITLE}を策定しました</p>
</div>
<div id="tmp_wrap_main" class="column_lnavi">
<div id="tmp_main">
<div class="wrap_col_main">
<div class="col_main">
<p id="tmp_honbun" class="skip">ここから本文です。</p>
<div id="tmp_contents">
<div id="tmp_wrap_custom_update"><div id="tmp_custom_update">
<p id="tmp_update">更新日：2026年4月1日</p>
<p id="tmp_pageid">ページID：27184</p>
</div></div>
<h1>{HTML_TITLE}を策定しました</h1>
<p>{P['intro1']}</p>
<p>{P['intro2']}</p>

<h2>ビジョンの概要</h2>
<h3>計画期間</h3>
<p>{P['period']}</p>
<h3>基本理念</h3>
<p>{P['rinen']}</p>
<h3>3つの基本方針</h3>
<ul>
{''.join(f'<li>{x}</li>{chr(10)}' for x in HTML_POLICIES)}</ul>
<h3>水道事業の現状と課題</h3>
<p>{P['genjo1']}</p>
<p>{P['genjo2']}</p>

<h2>主な事業</h2>
<p>{P['jigyo']}</p>
{_table(HTML_PROJECTS, 'datatable', '主な事業の一覧')}

<h2>目標とする指標</h2>
<p>{P['shihyo']}</p>
{_table(HTML_INDICATORS, 'datatable')}

<h2>水道に関する窓口</h2>
<p>{P['madoguchi']}</p>
{_table(HTML_OFFICES, 'datatable')}

<h2>策定の経過</h2>
<p>{P['keika']}</p>
{_table(HTML_HISTORY, 'datatable')}

<h2>ダウンロード</h2>
<ul class="objectlink">
<li class="pdf"><a href="/material/files/group/45/suido_vision2035_honpen.pdf">東雲川市水道事業ビジョン2035（本編）（PDF：4,218KB）</a></li>
<li class="pdf"><a href="/material/files/group/45/suido_vision2035_gaiyo.pdf">東雲川市水道事業ビジョン2035（概要版）（PDF：1,062KB）</a></li>
<li class="pdf"><a href="/material/files/group/45/pubcome_kekka_r7.pdf">パブリックコメントの結果（PDF：356KB）</a></li>
</ul>
<div class="plugin">
<p class="plugin_img"><a href="https://get.adobe.com/jp/reader/"><img src="/images/get_adobe_reader.png" alt="Adobe Acrobat Readerのダウンロードページへ" width="158" height="39"></a></p>
<p>PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。</p>
</div>

<div id="tmp_inquiry">
<div id="tmp_inquiry_ttl"><p>このページに関するお問い合わせ</p></div>
<div id="tmp_inquiry_cnt">
<form method="post" action="https://www.city.shinonomegawa.lg.jp/cgi-bin/simple_faq/form.cgi">
<div class="inquiry_parts">
<p>上下水道局 経営企画課 経営企画係</p>
<p>〒963-8601 東雲川市本町二丁目3番1号（市役所第2庁舎3階）</p>
<p>電話番号：0247-32-1158</p>
<p>ファクス番号：0247-32-1190</p>
<p><input type="submit" value="お問い合わせフォーム"></p>
</div>
</form>
</div>
</div>
<div id="tmp_feedback">
<p>より良いウェブサイトにするためにアンケートにご協力ください。</p>
</div>
</div>
</div>
</div>
</div>
<div id="tmp_lnavi">
<div id="tmp_lnavi_ttl"><p><a href="/category/1/7/2/index.html">水道事業</a></p></div>
<div id="tmp_lnavi_cnt">
<ul>
<li><a href="/soshiki/suido/keiei/suido_kessan.html">水道事業の決算</a></li>
<li><a href="/soshiki/suido/keiei/suishitsu_keikaku.html">水質検査計画</a></li>
<li><a href="/soshiki/suido/keiei/vision2035.html">{HTML_TITLE}を策定しました</a></li>
<li><a href="/soshiki/suido/keiei/taishinka.html">水道施設の耐震化</a></li>
</ul>
</div>
</div>
</div>
<div id="tmp_footer">
<div class="container">
<div id="tmp_footer_link"><ul>
<li><a href="/kojinjoho.html">個人情報の取り扱い</a></li>
<li><a href="/accessibility.html">ウェブアクセシビリティ方針</a></li>
<li><a href="/link.html">リンク・著作権・免責事項</a></li>
</ul></div>
<div id="tmp_footer_cnt">
<p class="f_name">東雲川市役所</p>
<address>〒963-8601 東雲川市本町二丁目3番1号<br>代表電話：0247-32-1111<br>法人番号：9000020071234</address>
</div>
</div>
<div id="tmp_copyright"><p lang="en">Copyright &copy; Shinonomegawa City. All Rights Reserved.</p></div>
</div>
</div>
<script src="/shared/js/analytics.js"></script>
</body>
</html>
"""
    with open(os.path.join(OUT, HTML_FILE), "w", encoding="utf-8") as f:
        f.write(html_doc)


# ---------------------------------------------------------------------------
# 3. 汐見原市国土強靱化地域計画 KPI進捗状況 (xlsx)
# ---------------------------------------------------------------------------
XLSX_FILE = "shiomihara-kyojinka-kpi.xlsx"
XLSX_TITLE = "汐見原市国土強靱化地域計画　重要業績指標（KPI）進捗状況一覧（最終評価）"

# (No, 指標名, 単位, 基準年度, 基準値, 目標年度, 目標値, 実績値R6, 達成状況, 担当課, 備考)
XLSX_GOALS = [
    ("基本目標1　人命の保護が最大限図られること", [
        (1, "住宅の耐震化率", "％", "H30", 84.2, "R6", 95, 91.8, "未達成", "建築住宅課", "耐震改修補助の申請が伸び悩んだ"),
        (2, "自主防災組織の活動カバー率", "％", "H30", 78.5, "R6", 90, 92.3, "達成", "危機管理課", ""),
        (3, "津波避難ビルの指定数", "棟", "H30", 12, "R6", 20, 21, "達成", "危機管理課", "民間マンション等を含む"),
        (4, "防災行政無線（同報系）のデジタル化率", "％", "H30", 45, "R6", 100, 100, "達成", "危機管理課", "令和5年度に完了"),
        (5, "土砂災害警戒区域を含む地区での避難訓練の実施地区数", "地区", "H30", 3, "R6", 15, 11, "未達成", "危機管理課", ""),
    ]),
    ("基本目標2　市及び社会の重要な機能が致命的な障害を受けず維持されること", [
        (6, "避難所となる市立小中学校体育館の空調設置率", "％", "H30", 0, "R6", 50, 38.9, "未達成", "教育総務課", "18校中7校に設置"),
        (7, "防災拠点となる公共施設の耐震化率", "％", "H30", 92.1, "R6", 100, 100, "達成", "管財課", ""),
        (8, "災害時応援協定の締結数", "件", "H30", 46, "R6", 60, 74, "達成", "危機管理課", ""),
        (9, "非常用電源を整備した指定避難所の割合", "％", "H30", 35.0, "R6", 80, 72.5, "順調", "危機管理課", ""),
        (10, "公的備蓄食料の確保数", "食", "H30", 18000, "R6", 36000, 36500, "達成", "危機管理課", "アルファ化米・パン缶等"),
    ]),
    ("基本目標3　市民の財産及び公共施設に係る被害の最小化に資すること", [
        (11, "長寿命化修繕計画に基づく修繕完了橋梁数（累計）", "橋", "H30", 8, "R6", 32, 29, "順調", "道路維持課", ""),
        (12, "雨水排水ポンプ場の整備箇所数", "か所", "H30", 2, "R6", 5, 4, "未達成", "下水道課", "浜田ポンプ場は令和8年度完成予定"),
        (13, "危険空き家の除却件数（累計）", "件", "H30", 0, "R6", 50, 63, "達成", "建築住宅課", ""),
        (14, "防災重点ため池のハザードマップ作成数", "か所", "H30", 4, "R6", 18, 18, "達成", "農林水産課", ""),
    ]),
    ("基本目標4　迅速な復旧復興に資すること", [
        (15, "災害ボランティアセンター設置運営訓練の実施回数（累計）", "回", "H30", 0, "R6", 5, 4, "順調", "地域福祉課", "汐見原市社会福祉協議会と合同"),
        (16, "地籍調査の進捗率", "％", "H30", 61.4, "R6", 70, 66.0, "未達成", "用地管理課", ""),
    ]),
]

XLSX_NOTES = [
    "※1　達成状況の区分　達成：令和6年度の実績値が目標値に達したもの　順調：目標値には達していないが、進捗率が80％以上のもの　未達成：進捗率が80％未満のもの",
    "※2　進捗率＝（実績値－基準値）÷（目標値－基準値）×100",
    "※3　基準値はいずれも計画策定時（平成30年度末）の値。実績値は令和6年度末（令和7年3月31日）時点の値。",
    "※4　未達成の指標については、第2次汐見原市国土強靱化地域計画において引き続き取り組む。",
]

XLSX_SUMMARY = [
    ("達成状況", "指標数", "割合"),
    ("達成", "8項目", "50.0％"),
    ("順調", "3項目", "18.8％"),
    ("未達成", "5項目", "31.3％"),
    ("合計", "16項目", "100％"),
]

XLSX_OUTLINE = [
    ("計画の名称", "汐見原市国土強靱化地域計画"),
    ("計画期間", "令和2年度～令和6年度（5年間）"),
    ("策定年月", "令和2年3月"),
    ("策定主体", "汐見原市（事務局：総務部 危機管理課）"),
    ("根拠法令", "強くしなやかな国民生活の実現を図るための防災・減災等に資する国土強靱化基本法 第13条"),
    ("計画の目的", "大規模自然災害が発生しても、人命を守り、市民生活や経済活動への致命的な被害を回避し、迅速に復旧・復興できる「強さ」と「しなやかさ」を備えたまちづくりを推進するため。"),
    ("想定するリスク", "沿岸部を襲う大規模地震・津波、台風や線状降水帯による風水害・高潮、土砂災害"),
    ("基本目標", "1　人命の保護が最大限図られること\n2　市及び社会の重要な機能が致命的な障害を受けず維持されること\n3　市民の財産及び公共施設に係る被害の最小化に資すること\n4　迅速な復旧復興に資すること"),
    ("評価の方法", "重要業績指標（KPI）16項目について、令和6年度末の実績値により最終評価を実施"),
    ("評価の公表", "令和7年9月"),
    ("次期計画", "第2次汐見原市国土強靱化地域計画（令和7年度～令和11年度）を令和7年3月に策定"),
    ("問い合わせ先", "汐見原市 総務部 危機管理課 防災企画係"),
    ("所在地", "〒299-5192　汐見原市潮見町1丁目1番地（市役所本庁舎3階）"),
    ("電話", "0470-28-3119（直通）"),
    ("FAX", "0470-28-3190"),
    ("メール", "kikikanri@city.shiomihara.lg.jp"),
]


def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗状況"
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="D9E1F2")
    goal_fill = PatternFill("solid", fgColor="F2F2F2")
    font = "ＭＳ Ｐゴシック"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    ncol = 11

    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = XLSX_TITLE
    ws["A1"].font = Font(name=font, size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 26
    ws["A2"] = "計画期間：令和2年度～令和6年度"
    ws["A2"].font = Font(name=font, size=10)
    ws["J2"] = "令和7年9月　汐見原市 総務部 危機管理課"
    ws["J2"].font = Font(name=font, size=10)
    ws["J2"].alignment = Alignment(horizontal="right")
    ws.merge_cells("J2:K2")

    # two header rows (4 and 5)
    single = {1: "No.", 2: "指標名", 3: "単位", 8: "実績値\n（令和6年度）", 9: "達成状況", 10: "担当課", 11: "備考"}
    for col, txt in single.items():
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
        ws.cell(row=4, column=col, value=txt)
    ws.merge_cells("D4:E4")
    ws["D4"] = "基準値"
    ws.merge_cells("F4:G4")
    ws["F4"] = "目標値"
    ws["D5"] = "年度"
    ws["E5"] = "値"
    ws["F5"] = "年度"
    ws["G5"] = "値"
    for r in (4, 5):
        for c in range(1, ncol + 1):
            cell = ws.cell(row=r, column=c)
            cell.font = Font(name=font, size=10, bold=True)
            cell.alignment = center
            cell.fill = head_fill
            cell.border = border
    ws.row_dimensions[4].height = 20
    ws.row_dimensions[5].height = 20

    row = 6
    for goal, items in XLSX_GOALS:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        ws.cell(row=row, column=1, value=goal)
        for c in range(1, ncol + 1):
            cell = ws.cell(row=row, column=c)
            cell.fill = goal_fill
            cell.border = border
            cell.font = Font(name=font, size=10, bold=True)
            cell.alignment = left
        row += 1
        for item in items:
            for c, v in enumerate(item, start=1):
                cell = ws.cell(row=row, column=c, value=(v if v != "" else None))
                cell.border = border
                cell.font = Font(name=font, size=10)
                cell.alignment = left if c in (2, 10, 11) else center
                if c in (5, 7, 8) and isinstance(v, (int, float)):
                    cell.number_format = "#,##0" if (isinstance(v, int) and v >= 1000) else ("0.0" if isinstance(v, float) else "0")
                    cell.alignment = Alignment(horizontal="right", vertical="center")
            ws.row_dimensions[row].height = 30
            row += 1

    row += 1
    for note in XLSX_NOTES:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        ws.cell(row=row, column=1, value=note).font = Font(name=font, size=9)
        ws.cell(row=row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[row].height = 28 if len(note) > 60 else 15
        row += 1

    row += 1
    ws.cell(row=row, column=2, value="【達成状況の集計】").font = Font(name=font, size=10, bold=True)
    row += 1
    for i, r in enumerate(XLSX_SUMMARY):
        for j, v in enumerate(r):
            cell = ws.cell(row=row, column=2 + j, value=v)
            cell.border = border
            cell.font = Font(name=font, size=10, bold=(i == 0))
            cell.alignment = center if j else left
            if i == 0:
                cell.fill = head_fill
        row += 1

    widths = [5, 44, 6, 7, 9, 7, 9, 12, 10, 13, 30]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C6"
    ws.print_title_rows = "4:5"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    ws2 = wb.create_sheet("計画の概要")
    ws2.merge_cells("A1:B1")
    ws2["A1"] = "汐見原市国土強靱化地域計画の概要"
    ws2["A1"].font = Font(name=font, size=14, bold=True)
    ws2["A3"] = "項目"
    ws2["B3"] = "内容"
    for c in ("A3", "B3"):
        ws2[c].font = Font(name=font, size=10, bold=True)
        ws2[c].fill = head_fill
        ws2[c].border = border
        ws2[c].alignment = center
    for i, (k, v) in enumerate(XLSX_OUTLINE, start=4):
        a = ws2.cell(row=i, column=1, value=k)
        b = ws2.cell(row=i, column=2, value=v)
        for cell in (a, b):
            cell.border = border
            cell.font = Font(name=font, size=10)
            cell.alignment = left
        a.fill = goal_fill
        lines = v.count("\n") + 1 + len(v) // 48
        ws2.row_dimensions[i].height = max(18, 15 * lines)
    ws2.column_dimensions["A"].width = 16
    ws2.column_dimensions["B"].width = 80

    wb.properties.title = "汐見原市国土強靱化地域計画 KPI進捗状況"
    wb.properties.creator = "汐見原市 危機管理課"
    wb.save(os.path.join(OUT, XLSX_FILE))


def write(directory) -> None:
    global OUT
    OUT = str(directory)
    make_pdf()
    make_html()
    make_xlsx()


if __name__ == "__main__":
    make_pdf()
    make_html()
    make_xlsx()
    print("written:", PDF_FILE, HTML_FILE, XLSX_FILE)
