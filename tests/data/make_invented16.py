"""The invented plans of `invented-dev16`, written by a helper who never saw the code, as their towns would
publish them: a 子ども・子育て支援事業計画 PDF drawn with reportlab, a 観光振興計画 Word file, an ended 公共施設等
総合管理計画 progress workbook in Excel. `planbot eval` runs `write(directory)` into the suite's corpus (binaries
are kept as code, not in git). All towns, people, addresses and phone numbers are invented.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_PATH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

# ---------------------------------------------------------------------------
# 1. 楓原市 第3期子ども・子育て支援事業計画 (PDF, reportlab)
# ---------------------------------------------------------------------------
PDF_FILE = "kaedehara-kosodate-shien-3.pdf"
PDF_TITLE = "第3期楓原市子ども・子育て支援事業計画"

# Structure: list of chapters; each chapter = (heading, toc_page, blocks)
# block kinds: ("h2", text) ("h3", text) ("p", text) ("center", text)
#              ("table", header, rows, col_widths_mm) ("note", text)
CH1 = ("第1章　計画の策定にあたって", 1, [
    ("h2", "1　計画策定の趣旨"),
    ("p", "本市では、子ども・子育て支援法に基づき、平成27年3月に「楓原市子ども・子育て支援事業計画」を、"
          "令和2年3月に「第2期楓原市子ども・子育て支援事業計画」を策定し、教育・保育の提供体制の確保と"
          "地域の子育て支援の充実に取り組んできました。"),
    ("p", "この間、幼児教育・保育の無償化の開始や、こども基本法の施行、こども家庭庁の創設など、子どもと"
          "子育てを取り巻く環境は大きく変化しています。本市においても、出生数の減少が続く一方で、共働き"
          "世帯の増加により1・2歳児の保育ニーズは高まっています。"),
    ("p", "第2期計画が令和6年度で計画期間を終えることから、これまでの取組の成果と課題を踏まえ、子どもと"
          "子育て家庭を地域全体で支えるための新たな計画として「第3期楓原市子ども・子育て支援事業計画」を"
          "策定します。"),
    ("h2", "2　計画の位置付け"),
    ("p", "本計画は、子ども・子育て支援法第61条に基づく「市町村子ども・子育て支援事業計画」であり、"
          "次世代育成支援対策推進法第8条に基づく「市町村行動計画」と一体のものとして策定します。"),
    ("p", "また、「第6次楓原市総合計画」を上位計画とし、「楓原市地域福祉計画」「楓原市健康増進計画」などの"
          "関連計画との整合を図ります。"),
    ("h2", "3　計画の期間"),
    ("p", "本計画の期間は、令和7年度から令和11年度までの5年間とします。なお、計画の中間年である令和9年度に、"
          "教育・保育の量の見込みと実績に大きなかい離が生じた場合は、必要に応じて計画の見直しを行います。"),
])

CH2 = ("第2章　子ども・子育てを取り巻く現状", 2, [
    ("h2", "1　人口と出生の動向"),
    ("h3", "(1)　人口の推移"),
    ("p", "本市の総人口は、令和6年4月1日現在で78,412人となり、10年前の平成26年と比べて6,935人減少しています。"
          "このうち0～11歳の児童人口は7,936人で、10年前と比べて約18%減少しています。"),
    ("h3", "(2)　出生数と合計特殊出生率"),
    ("p", "出生数は減少傾向が続いており、令和5年は512人と、初めて600人を下回った令和元年（594人）から"
          "さらに減少しました。合計特殊出生率は1.31で、県平均（1.35）を下回っています。"),
    ("h2", "2　教育・保育の利用状況"),
    ("h3", "(1)　教育・保育施設"),
    ("p", "令和6年4月1日現在、市内には認可保育所が14か所、認定こども園が6か所、幼稚園が3か所、"
          "小規模保育事業所が5か所あり、合計の利用定員は2,655人です。"),
    ("p", "4月1日時点の待機児童数は令和2年度以降0人を維持していますが、年度途中には1・2歳児を中心に"
          "入所を待つ保留児童が発生しており、令和5年度は最大23人となりました。"),
    ("h3", "(2)　放課後児童クラブ"),
    ("p", "放課後児童クラブは市内21か所で運営しており、令和6年5月1日現在の登録児童数は1,284人です。"
          "利用希望の増加に施設の整備が追いつかず、37人の待機児童が生じています。"),
    ("h3", "(3)　子育てに関するニーズ調査"),
    ("p", "令和5年11月に就学前児童と小学生の保護者2,400人を対象に実施したニーズ調査（回収率52.7%）では、"
          "「子育てに不安や負担を感じる」と回答した保護者が41.3%に上り、「気軽に相談できる場所がほしい」"
          "「病気の時に子どもを預けられる場所がほしい」との意見が多く寄せられました。"),
])

INDICATORS = [
    ["子育てしやすいまちだと思う保護者の割合", "58.4%（令和5年度）", "70.0%（令和11年度）"],
    ["待機児童数（4月1日現在）", "0人（令和6年度）", "0人（令和11年度）"],
    ["年度途中の保留児童数（最大値）", "23人（令和5年度）", "5人（令和11年度）"],
    ["放課後児童クラブの待機児童数", "37人（令和6年度）", "0人（令和11年度）"],
    ["1歳6か月児健康診査の受診率", "96.2%（令和5年度）", "98.0%（令和11年度）"],
    ["子ども食堂など地域の居場所の数", "12か所（令和6年度）", "20か所（令和11年度）"],
    ["ファミリー・サポート・センターの提供会員数", "148人（令和5年度）", "200人（令和11年度）"],
]

CH3 = ("第3章　計画の基本理念と施策", 3, [
    ("h2", "1　基本理念"),
    ("center", "みんなで育む　子どもの笑顔が輝くまち　かえではら"),
    ("p", "子どもは地域の宝であり、未来への希望です。本計画では、すべての子どもが健やかに育ち、保護者が"
          "子育ての喜びを実感できるよう、家庭、地域、事業者、行政が一体となって子育てを支えるまちを目指します。"),
    ("h2", "2　基本目標"),
    ("h3", "(1)　安心して妊娠・出産・子育てができる環境づくり"),
    ("p", "妊娠期から子育て期まで切れ目のない支援を行うため、令和6年4月に開設したこども家庭センター"
          "「かえでっこ相談室」を中心に、母子保健と児童福祉の相談支援を一体的に行います。"),
    ("h3", "(2)　質の高い教育・保育の提供"),
    ("p", "1・2歳児の受入枠を令和8年度までに60人分拡大するとともに、保育士の処遇改善や就職支援金の交付により"
          "保育人材の確保に取り組みます。"),
    ("h3", "(3)　子どもの居場所と育ちを支える地域づくり"),
    ("p", "放課後児童クラブの施設整備を進めるほか、子ども食堂や学習支援など地域の居場所づくりを支援し、"
          "子どもが安心して過ごせる場所を増やします。"),
    ("h3", "(4)　配慮が必要な子どもと家庭への支援"),
    ("p", "ヤングケアラーや医療的ケア児、ひとり親家庭など、支援を必要とする子どもと家庭を早期に把握し、"
          "関係機関と連携して適切な支援につなげます。"),
    ("h2", "3　成果指標"),
    ("p", "計画の達成状況を把握するため、次の成果指標を設定します。"),
    ("table", ["指標名", "現状値（年度）", "目標値（年度）"], INDICATORS, [82, 44, 44]),
])

CENTERS = [
    ["中央地区", "中央子育て相談センター", "楓原市本町2丁目5-1（市役所こども棟1階）", "0287-41-2215"],
    ["北部地区", "北部子育て相談センター", "楓原市北条町418（北条公民館内）", "0287-46-3302"],
    ["東部地区", "東部子育て相談センター", "楓原市朝日台3-12-7（朝日台こども園併設）", "0287-44-5081"],
    ["南部地区", "南部子育て相談センター", "楓原市南川原1055（南部保健センター内）", "0287-48-1174"],
    ["西山地区", "西山子育て相談センター", "楓原市西山町大字杉沢220（西山支所2階）", "0287-52-0936"],
]

CH4 = ("第4章　地区別の相談体制", 4, [
    ("h2", "1　教育・保育提供区域"),
    ("p", "本計画では、地理的条件や人口、施設の整備状況などを踏まえ、市内を中央地区、北部地区、東部地区、"
          "南部地区、西山地区の5つの教育・保育提供区域に設定し、区域ごとに量の見込みと確保方策を定めます。"),
    ("h2", "2　地区子育て相談センター"),
    ("p", "各地区に子育て相談センターを設置し、保健師や保育士、子育て支援員が子育てに関する相談に応じています。"
          "受付時間は、いずれのセンターも平日の午前8時30分から午後5時15分までです（土曜日・日曜日・祝日及び"
          "年末年始を除く）。"),
    ("table", ["地区", "相談センター", "所在地", "電話番号"], CENTERS, [22, 48, 74, 30]),
    ("note", "※中央子育て相談センターには、こども家庭センター「かえでっこ相談室」を併設しています。"),
])

GLOSSARY = [
    ("保留児童", "保育所等の利用を申し込んだものの希望する施設に入所できず、国の定義による待機児童には"
                 "数えられない児童のこと。"),
    ("ファミリー・サポート・センター", "子育ての援助を受けたい人（依頼会員）と援助を行いたい人（提供会員）が"
                 "会員となり、子どもの送迎や一時的な預かりなどを地域で助け合う仕組み。"),
    ("ヤングケアラー", "本来大人が担うと想定されている家事や家族の世話などを日常的に行っている子ども。"),
    ("医療的ケア児", "日常生活を営むために、たんの吸引や経管栄養などの医療的ケアを恒常的に必要とする児童。"),
    ("こども家庭センター", "妊産婦や子育て世帯、子どもへの一体的な相談支援を行う機関。本市では"
                 "「かえでっこ相談室」の愛称で中央子育て相談センターに設置している。"),
    ("教育・保育提供区域", "地理的条件や人口、交通事情、施設の整備状況などを総合的に勘案して市町村が定める"
                 "区域。量の見込みと確保方策は区域ごとに定める。"),
]

CH5 = ("第5章　計画の推進", 5, [
    ("h2", "1　推進体制"),
    ("p", "本計画の推進にあたっては、保護者の代表、子育て支援事業者、学識経験者などで構成する"
          "「楓原市子ども・子育て会議」（委員15人）において、毎年度、計画の進捗状況を点検・評価し、"
          "その結果を施策の改善につなげます（PDCAサイクル）。"),
    ("h2", "2　進捗状況の公表"),
    ("p", "点検・評価の結果は、毎年度、市ホームページで公表します。"),
    ("h2", "3　問い合わせ先"),
    ("p", "楓原市 こども未来部 こども家庭課　〒329-2792　楓原市本町2丁目5-1　電話 0287-41-2211（直通）"),
])


def make_pdf(path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        Flowable,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    pdfmetrics.registerFont(TTFont("IPAexGothic", FONT_PATH))
    F = "IPAexGothic"
    W, H = A4

    body = ParagraphStyle("body", fontName=F, fontSize=10.5, leading=17, wordWrap="CJK",
                          firstLineIndent=10.5, spaceAfter=4)
    h1 = ParagraphStyle("h1", fontName=F, fontSize=16, leading=22, spaceAfter=10, spaceBefore=2,
                        textColor=colors.HexColor("#1f4e79"))
    h2 = ParagraphStyle("h2", fontName=F, fontSize=12.5, leading=18, spaceBefore=8, spaceAfter=4)
    h3 = ParagraphStyle("h3", fontName=F, fontSize=11, leading=16, spaceBefore=4, spaceAfter=2,
                        leftIndent=6)
    center = ParagraphStyle("center", parent=body, alignment=TA_CENTER, firstLineIndent=0,
                            fontSize=13, leading=22, spaceBefore=4, spaceAfter=8)
    note = ParagraphStyle("note", parent=body, fontSize=9, leading=13, firstLineIndent=0)
    cell = ParagraphStyle("cell", fontName=F, fontSize=9, leading=12.5, wordWrap="CJK")
    cellh = ParagraphStyle("cellh", parent=cell, alignment=TA_CENTER)
    gterm = ParagraphStyle("gterm", fontName=F, fontSize=10.5, leading=15, spaceBefore=5)
    gdesc = ParagraphStyle("gdesc", parent=body, leftIndent=14, firstLineIndent=0, fontSize=10,
                           leading=15)

    class TocLine(Flowable):
        def __init__(self, text, page, indent=0, size=11):
            super().__init__()
            self.text, self.page, self.indent, self.size = text, str(page), indent, size

        def wrap(self, aw, ah):
            self.width = aw
            return aw, self.size * 2.1

        def draw(self):
            c = self.canv
            c.setFont(F, self.size)
            y = 4
            c.drawString(self.indent, y, self.text)
            tw = pdfmetrics.stringWidth(self.text, F, self.size)
            pw = pdfmetrics.stringWidth(self.page, F, self.size)
            x = self.indent + tw + 6
            end = self.width - pw - 6
            dw = pdfmetrics.stringWidth(".", F, self.size)
            while x + dw <= end:
                c.drawString(x, y, ".")
                x += 4
            c.drawRightString(self.width, y, self.page)

    def inner_page(c, doc):
        c.saveState()
        c.setFont(F, 8.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(20 * mm, H - 14 * mm, PDF_TITLE)
        c.drawRightString(W - 20 * mm, H - 14 * mm, "楓原市")
        c.setStrokeColor(colors.HexColor("#1f4e79"))
        c.setLineWidth(0.6)
        c.line(20 * mm, H - 16 * mm, W - 20 * mm, H - 16 * mm)
        if doc.page >= 3:
            c.setFont(F, 9.5)
            c.setFillColor(colors.black)
            c.drawCentredString(W / 2, 12 * mm, f"- {doc.page - 2} -")
        c.restoreState()

    def cover_page(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#f3d9b1"))
        c.rect(0, 0, W, 40 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#c0504d"))
        c.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
        c.restoreState()

    story = []
    cov_small = ParagraphStyle("cs", fontName=F, fontSize=16, leading=24, alignment=TA_CENTER)
    cov_big = ParagraphStyle("cb", fontName=F, fontSize=24, leading=34, alignment=TA_CENTER)
    cov_mid = ParagraphStyle("cm", fontName=F, fontSize=13, leading=20, alignment=TA_CENTER)
    story += [Spacer(1, 55 * mm), Paragraph("第3期", cov_small),
              Paragraph("楓原市子ども・子育て支援事業計画", cov_big), Spacer(1, 6 * mm),
              Paragraph("令和7年度～令和11年度", cov_mid), Spacer(1, 18 * mm),
              Paragraph("～みんなで育む　子どもの笑顔が輝くまち　かえではら～", cov_mid),
              Spacer(1, 70 * mm), Paragraph("令和7年3月", cov_mid), Spacer(1, 3 * mm),
              Paragraph("楓　原　市", cov_small), PageBreak()]

    # 目次
    story.append(Paragraph("目　次", ParagraphStyle("toc", parent=h1, alignment=TA_CENTER)))
    story.append(Spacer(1, 6 * mm))
    for heading, pg, blocks in (CH1, CH2, CH3, CH4, CH5):
        story.append(TocLine(heading, pg, 0, 11.5))
        for b in blocks:
            if b[0] == "h2":
                story.append(TocLine(b[1], pg, 16, 10.5))
    story.append(TocLine("用語解説", 5, 0, 11.5))
    story.append(PageBreak())

    def table_flow(header, rows, widths):
        data = [[Paragraph(h, cellh) for h in header]]
        data += [[Paragraph(v, cell) for v in r] for r in rows]
        t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe5f1")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        return t

    chapters = (CH1, CH2, CH3, CH4, CH5)
    for i, (heading, _pg, blocks) in enumerate(chapters):
        story.append(Paragraph(heading, h1))
        for b in blocks:
            kind = b[0]
            if kind == "h2":
                story.append(Paragraph(b[1], h2))
            elif kind == "h3":
                story.append(Paragraph(b[1], h3))
            elif kind == "p":
                story.append(Paragraph(b[1], body))
            elif kind == "center":
                story.append(Paragraph(b[1], center))
            elif kind == "note":
                story.append(Spacer(1, 2 * mm))
                story.append(Paragraph(b[1], note))
            elif kind == "table":
                story.append(Spacer(1, 2 * mm))
                story.append(table_flow(b[1], b[2], b[3]))
                story.append(Spacer(1, 2 * mm))
        if i < len(chapters) - 1:
            story.append(PageBreak())

    # 用語解説 (on the same page as 第5章)
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph("用語解説", h1))
    for term, desc in GLOSSARY:
        story.append(Paragraph("■ " + term, gterm))
        story.append(Paragraph(desc, gdesc))

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, title=PDF_TITLE,
                            author="楓原市 こども未来部 こども家庭課")
    doc.build(story, onFirstPage=cover_page, onLaterPages=inner_page)


# ---------------------------------------------------------------------------
# 2. 汐見沢町 第2次観光振興計画 (DOCX, python-docx)
# ---------------------------------------------------------------------------
DOCX_FILE = "shiomisawa-kanko-shinko-2.docx"

PROJECTS = [
    ["湯けむり夜市開催事業", "冬季の週末に温泉街で夜市を開催し、宿泊客の増加を図る", "令和6年度～令和10年度", "産業観光課"],
    ["岬灯台周辺整備事業", "汐見岬灯台の展望デッキと公衆トイレを整備する", "令和7年度～令和8年度", "建設課"],
    ["二次交通実証運行事業", "汐見沢駅と温泉街・白砂海岸を結ぶ周遊バス「しおみ号」を試験運行する", "令和6年度～令和7年度", "企画課"],
    ["多言語案内板整備事業", "主要観光地の案内板を日本語・英語・中国語・韓国語の4言語表記に更新する", "令和6年度", "産業観光課"],
    ["海辺のワーケーション推進事業", "旧汐見小学校を改修し、ワーケーション拠点を開設する", "令和8年度～令和9年度", "企画課"],
    ["観光人材育成事業", "観光ガイド養成講座を年2回開催する", "令和6年度～令和10年度", "産業観光課・観光協会"],
    ["ひもの文化体験事業", "汐見沢漁業協同組合と連携し、干物づくり体験プログラムを造成する", "令和7年度～令和10年度", "農林水産課"],
]

DOCX_INDICATORS = [
    ["観光入込客数", "55万8千人", "70万人"],
    ["宿泊客数", "9万2千人", "12万人"],
    ["冬季（12月～2月）の観光入込客数", "5万1千人", "9万人"],
    ["外国人宿泊客数", "1,840人", "6,000人"],
    ["観光ガイド登録者数", "18人", "40人"],
    ["観光客満足度（「満足」「やや満足」の割合）", "72.5%", "85.0%"],
]

INFO_CENTERS = [
    ["汐見沢町観光案内所（駅前）", "汐見沢町汐見1-1（JR汐見沢駅構内）", "0557-31-0700", "年中無休"],
    ["温泉街観光案内所「ゆけむり館」", "汐見沢町湯ノ元225", "0557-33-1126", "毎日（水曜日を除く）"],
    ["白砂海岸観光案内所", "汐見沢町白砂3018-2", "0557-35-4410", "7月1日～8月31日の毎日"],
    ["道の駅しおみさわ観光コーナー", "汐見沢町大浜字東原88", "0557-36-2288", "毎日（12月31日～1月2日を除く）"],
]

KEIKA = [
    ["令和5年6月27日", "第1回汐見沢町観光振興審議会（計画策定方針、観光動向調査の実施について）"],
    ["令和5年7月～8月", "観光客アンケート調査（回答数1,126件）"],
    ["令和5年9月14日", "観光事業者ワークショップ（会場：汐見沢温泉会館）"],
    ["令和5年10月26日", "第2回汐見沢町観光振興審議会（計画の骨子案について）"],
    ["令和5年12月7日", "第3回汐見沢町観光振興審議会（計画の素案について）"],
    ["令和5年12月15日～令和6年1月15日", "パブリックコメント（意見提出：3人・7件）"],
    ["令和6年1月20日", "住民説明会（会場：汐見沢町役場 大会議室）"],
    ["令和6年1月21日", "住民説明会（会場：白砂地区コミュニティセンター）"],
    ["令和6年2月15日", "第4回汐見沢町観光振興審議会（計画案の答申）"],
    ["令和6年3月", "計画策定"],
]


def make_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)

    def jp_font(style, size=None, name="游ゴシック"):
        style.font.name = name
        rpr = style.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), name)
        if size:
            style.font.size = Pt(size)

    for sname, size in (("Normal", 10.5), ("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11.5),
                        ("Title", 22), ("List Bullet", 10.5)):
        jp_font(d.styles[sname], size)

    hdr = sec.header.paragraphs[0]
    hdr.text = "第2次汐見沢町観光振興計画"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def table(header, rows, widths=None):
        t = d.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, h in enumerate(header):
            c = t.rows[0].cells[i]
            c.text = h
            c.paragraphs[0].runs[0].bold = True
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = v
        if widths:
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Mm(w)
        return t

    P = d.add_paragraph
    def B(text):
        return d.add_paragraph(text, style="List Bullet")

    d.add_paragraph("第2次汐見沢町観光振興計画", style="Title")
    P("～海と湯けむりに、また会いたくなるまち　汐見沢～")
    P("計画期間：令和6年度～令和10年度")
    P("令和6年3月　汐見沢町")

    d.add_heading("第1章　計画の概要", level=1)
    d.add_heading("1　計画策定の趣旨", level=2)
    P("本町では、平成31年3月に「汐見沢町観光振興計画」（計画期間：平成31年度～令和5年度）を策定し、"
      "汐見沢温泉と白砂海岸を中心とした観光地づくりに取り組んできました。")
    P("しかし、新型コロナウイルス感染症の影響により、令和2年の観光入込客数は39万1千人と、"
      "令和元年の68万4千人から大きく落ち込みました。その後は回復傾向にあるものの、旅行者のニーズは"
      "団体旅行から個人旅行や体験型観光へと変化しています。")
    P("こうした状況を踏まえ、観光を町の基幹産業として再生させ、地域経済の活性化につなげるため、"
      "第2次汐見沢町観光振興計画を策定します。")
    d.add_heading("2　計画の期間", level=2)
    P("本計画の期間は、令和6年度から令和10年度までの5年間とします。")
    d.add_heading("3　計画の位置付け", level=2)
    P("本計画は、「第5次汐見沢町総合計画」に掲げる将来像の実現に向けた観光分野の個別計画であり、"
      "「汐見沢町まち・ひと・しごと創生総合戦略」と整合を図ります。")

    d.add_heading("第2章　観光の現状と課題", level=1)
    d.add_heading("1　観光入込客数の推移", level=2)
    P("令和4年の観光入込客数は55万8千人で、コロナ禍前の令和元年の約8割まで回復しました。"
      "このうち宿泊客数は9万2千人にとどまり、日帰り客が全体の約8割を占めています。")
    P("また、令和4年の外国人宿泊客数は1,840人で、台湾と香港からの旅行者が半数以上を占めています。")
    d.add_heading("2　主な課題", level=2)
    P("観光客アンケート調査や観光事業者ワークショップの結果から、本町の観光には次のような課題があります。")
    for t in ["日帰り客が約8割を占め、町内での滞在時間が短い",
              "冬季（12月～2月）の観光客が年間の1割未満にとどまっている",
              "二次交通（駅から観光地までの交通手段）が不足している",
              "外国人観光客への多言語対応が遅れている",
              "旅館や土産物店の経営者が高齢化し、担い手が不足している"]:
        B(t)

    d.add_heading("第3章　基本方針と施策", level=1)
    d.add_heading("1　将来像", level=2)
    P("海と湯けむりに、また会いたくなるまち　汐見沢")
    P("豊かな海の恵みと温泉、そこに暮らす人々のもてなしによって、訪れた人が「また来たい」と感じ、"
      "何度も訪れてくれるまちを目指します。")
    d.add_heading("2　基本方針", level=2)
    d.add_heading("(1)　滞在型観光の推進", level=3)
    P("日帰り中心の観光から、泊まって楽しむ観光への転換を図ります。")
    B("夜の温泉街のにぎわいづくり（湯けむり夜市）")
    B("朝の漁港見学や朝市など、宿泊客向けの朝の体験メニューの充実")
    d.add_heading("(2)　地域資源の磨き上げ", level=3)
    P("汐見沢温泉、白砂海岸、汐見岬灯台、あじの干物などの地域資源を生かした体験型観光を推進します。")
    B("干物づくり体験など、漁業と連携した体験プログラムの造成")
    B("汐見岬灯台周辺の景観整備と展望デッキの設置")
    d.add_heading("(3)　受入環境の整備", level=3)
    P("誰もが快適に観光できるよう、交通や案内の環境を整えます。")
    B("駅と観光地を結ぶ二次交通の確保")
    B("案内板の多言語化とキャッシュレス決済の普及")
    d.add_heading("(4)　観光推進体制の強化", level=3)
    P("一般社団法人汐見沢町観光協会を中心に、観光事業者、漁業者、町民が一体となって観光地域づくりを進めます。")
    B("観光地域づくり法人（DMO）の設立に向けた検討")
    B("観光ガイドの養成と活動支援")

    d.add_heading("3　主な事業", level=2)
    P("基本方針に基づき、計画期間中に次の事業に取り組みます。")
    table(["事業名", "内容", "実施年度", "担当課"], PROJECTS, [42, 70, 34, 24])

    d.add_heading("4　成果指標", level=2)
    P("計画の進捗を測るため、次の成果指標を設定します。")
    table(["指標名", "基準値（令和4年）", "目標値（令和10年）"], DOCX_INDICATORS, [90, 40, 40])

    d.add_heading("第4章　観光案内所", level=1)
    P("町内には次の4か所の観光案内所があり、観光パンフレットの配布や宿泊施設の案内を行っています。")
    table(["名称", "所在地", "電話番号", "開所日"], INFO_CENTERS, [50, 52, 28, 40])

    d.add_heading("第5章　計画の推進", level=1)
    d.add_heading("1　推進体制", level=2)
    P("本計画の進捗状況は、学識経験者、観光事業者、関係団体の代表などで構成する「汐見沢町観光振興審議会」に"
      "毎年度報告し、意見を聴きながら事業の見直しを行います。")
    d.add_heading("2　策定経過", level=2)
    table(["年月日", "内容"], KEIKA, [50, 120])
    d.add_heading("3　お問い合わせ", level=2)
    P("汐見沢町 産業観光課 観光振興係")
    P("〒419-0592　汐見沢町汐見2丁目10番1号")
    P("電話：0557-31-2154（直通）　FAX：0557-31-2199")
    P("メール：kanko@town.shiomisawa.example.jp")

    d.core_properties.title = "第2次汐見沢町観光振興計画"
    d.core_properties.author = "汐見沢町 産業観光課"
    d.save(path)


# ---------------------------------------------------------------------------
# 3. 鷺ノ森村 公共施設等総合管理計画 進捗状況 (XLSX, openpyxl)
# ---------------------------------------------------------------------------
XLSX_FILE = "saginomori-koukyou-shisetsu-shinchoku.xlsx"

# (No, 項目, 単位, 基準年度, 基準値, 目標年度, 目標値, 実績値, 達成状況, 担当課)
GOALS = [
    ("基本目標1　施設総量の適正化", [
        ("1-1", "公共建築物の延床面積", "㎡", "平成27年度", 48620, "令和7年度", 43760, 44910, "未達成", "総務課"),
        ("1-2", "延床面積の削減率（平成27年度比）", "%", "平成27年度", 0.0, "令和7年度", 10.0, 7.6, "未達成", "総務課"),
        ("1-3", "集約化・複合化した施設数", "施設", "平成27年度", 0, "令和7年度", 6, 5, "順調", "総務課"),
        ("1-4", "除却した施設数", "施設", "平成27年度", 0, "令和7年度", 8, 9, "達成", "総務課"),
    ]),
    ("基本目標2　施設の長寿命化", [
        ("2-1", "個別施設計画の策定率", "%", "平成28年度", 0, "令和2年度", 100, 100, "達成", "総務課"),
        ("2-2", "予防保全型の修繕を実施した施設数", "施設", "平成27年度", 3, "令和7年度", 25, 21, "順調", "総務課"),
        ("2-3", "屋根・外壁の改修を完了した学校施設数", "校", "平成27年度", 0, "令和7年度", 4, 4, "達成", "教育委員会事務局"),
        ("2-4", "公共建築物の耐震化率", "%", "平成27年度", 86.5, "令和7年度", 100, 100, "達成", "総務課"),
    ]),
    ("基本目標3　財政負担の軽減・平準化", [
        ("3-1", "施設の維持管理経費（年間）", "千円", "平成27年度", 412300, "令和7年度", 370000, 381540, "未達成", "総務課"),
        ("3-2", "指定管理者制度を導入した施設数", "施設", "平成27年度", 2, "令和7年度", 7, 8, "達成", "企画振興課"),
        ("3-3", "未利用財産の売却・貸付件数（累計）", "件", "平成27年度", 0, "令和7年度", 10, 12, "達成", "総務課"),
        ("3-4", "公共施設のLED照明導入率", "%", "平成27年度", 12.5, "令和7年度", 80.0, 74.3, "順調", "総務課"),
    ]),
]

NOTES = [
    "※1 実績値は令和6年度末（令和7年3月31日）時点の数値です。",
    "※2 延床面積の基準値は、平成27年度末時点の公共建築物62施設の合計です。",
    "※3 達成状況の区分　達成：目標値に到達したもの　順調：目標年度までに到達する見込みのもの　"
    "未達成：目標値に到達しておらず、目標年度までの到達が困難なもの",
    "※4 維持管理経費には光熱水費、修繕費及び委託料を含み、人件費は含みません。",
    "※5 延床面積が目標に届かない主な理由は、鷺ノ森温泉保養センターの民間譲渡が実現していないためです。",
]

FACILITIES = [
    (1, "鷺ノ森村役場庁舎", "庁舎", "昭和53年度", 3240, "耐震補強・外壁改修", "平成30年度", "完了", ""),
    (2, "旧上沢小学校", "学校（廃校）", "昭和41年度", 2180, "除却", "令和2年度", "完了", "跡地は防災広場として活用"),
    (3, "鷺ノ森中央公民館", "集会施設", "昭和58年度", 1460, "図書室・子育て支援センターと複合化", "令和4年度", "完了",
     "複合施設「さぎのもり交流館」として再編"),
    (4, "鷺ノ森小学校", "学校", "平成2年度", 4870, "屋根・外壁改修", "令和5年度", "完了", ""),
    (5, "村営住宅 杉ノ下団地（A棟・B棟）", "公営住宅", "昭和49年度", 1920, "用途廃止・除却", "令和6年度～令和7年度", "実施中",
     "入居者の移転完了（令和6年11月）"),
    (6, "鷺ノ森温泉保養センター", "観光・保養施設", "平成6年度", 2350, "民間譲渡", "令和7年度", "未着手",
     "令和6年度の譲渡先公募は応募なし"),
    (7, "村民体育館", "スポーツ施設", "昭和56年度", 1680, "長寿命化改修（床改修・照明LED化）", "令和6年度", "完了", ""),
    (8, "北原診療所", "医療施設", "平成元年度", 410, "空調設備更新", "令和7年度", "設計中", ""),
    (9, "鷺ノ森保育所", "保育施設", "昭和60年度", 780, "鷺ノ森小学校敷地内への移転・新築", "令和7年度～令和8年度", "設計中",
     "次期計画へ継続"),
    (10, "清流浄化センター", "下水道施設", "平成8年度", 960, "機械・電気設備の更新", "令和3年度～令和7年度", "実施中", ""),
]

OVERVIEW = [
    ("計画名", "鷺ノ森村公共施設等総合管理計画（個別施設計画を含む）"),
    ("計画期間", "平成28年度～令和7年度（10年間）"),
    ("策定年月", "平成28年3月（令和3年3月改訂）"),
    ("策定主体", "鷺ノ森村（総務課 財産管理係）"),
    ("対象施設", "公共建築物62施設（延床面積48,620㎡）及びインフラ施設（村道、橋りょう、上水道、下水道）"),
    ("全体目標", "公共建築物の延床面積を平成27年度比で10%削減する"),
    ("進捗管理", "鷺ノ森村公共施設マネジメント推進会議（村長・副村長・各課長で構成、年1回開催）"),
    ("次期計画", "令和8年度から令和17年度までの次期計画を令和7年度中に策定予定"),
    ("本表の公表日", "令和7年9月30日"),
    ("問い合わせ先", "鷺ノ森村 総務課 財産管理係"),
    ("所在地", "〒389-1392 鷺ノ森村大字鷺ノ森1020番地"),
    ("電話", "026-257-3101（直通）"),
    ("FAX", "026-257-3190"),
    ("メール", "zaisan@vill.saginomori.example.jp"),
]


def make_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfill = PatternFill("solid", fgColor="DDEBF7")
    gfill = PatternFill("solid", fgColor="FFF2CC")
    bold = Font(name="游ゴシック", bold=True)
    normal = Font(name="游ゴシック")
    ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)

    # --- sheet 1: 数値目標の進捗 -------------------------------------------
    ws = wb.active
    ws.title = "数値目標の進捗"
    ws["A1"] = "鷺ノ森村公共施設等総合管理計画　数値目標の進捗状況（令和6年度末時点）"
    ws["A1"].font = Font(name="游ゴシック", bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["K2"] = "令和7年9月30日公表"
    ws["K2"].alignment = Alignment(horizontal="right")

    # two header rows (3 and 4)
    simple = {"A": "No.", "B": "項目", "C": "単位", "H": "実績値（令和6年度）", "I": "達成状況",
              "J": "担当課", "K": "備考"}
    for col, text in simple.items():
        ws[col + "3"] = text
        ws.merge_cells(f"{col}3:{col}4")
    ws["D3"] = "基準値"
    ws.merge_cells("D3:E3")
    ws["F3"] = "目標値"
    ws.merge_cells("F3:G3")
    ws["D4"], ws["E4"], ws["F4"], ws["G4"] = "年度", "値", "年度", "値"
    for row in ws.iter_rows(min_row=3, max_row=4, min_col=1, max_col=11):
        for c in row:
            c.font, c.fill, c.alignment, c.border = bold, hfill, ctr, border

    r = 5
    for gname, items in GOALS:
        ws.cell(r, 1, gname)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        for col in range(1, 12):
            c = ws.cell(r, col)
            c.fill, c.border, c.font = gfill, border, bold
        r += 1
        for it in items:
            no, name, unit, by, bv, ty, tv, av, st, dept = it
            vals = [no, name, unit, by, bv, ty, tv, av, st, dept, ""]
            for col, v in enumerate(vals, start=1):
                c = ws.cell(r, col, v)
                c.border, c.font = border, normal
                c.alignment = left if col in (2, 11) else ctr
                if isinstance(v, (int, float)):
                    c.number_format = "0.0" if unit == "%" and isinstance(v, float) else "#,##0"
            r += 1
    # 備考 for a few rows
    for row in ws.iter_rows(min_row=5, max_row=r - 1):
        if row[0].value == "1-1":
            row[10].value = "※5参照"
        if row[0].value == "3-1":
            row[10].value = "光熱水費の高騰が影響"
        if row[0].value == "2-1":
            row[10].value = "令和2年度に全施設分を策定"
    r += 1
    for n in NOTES:
        ws.cell(r, 1, n).font = Font(name="游ゴシック", size=9)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        r += 1
    widths = {"A": 6, "B": 36, "C": 7, "D": 12, "E": 11, "F": 12, "G": 11, "H": 14, "I": 10, "J": 16, "K": 26}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    ws.freeze_panes = "C5"

    # --- sheet 2: 計画概要 ---------------------------------------------------
    ws2 = wb.create_sheet("計画概要")
    ws2["A1"] = "計画の概要"
    ws2["A1"].font = Font(name="游ゴシック", bold=True, size=14)
    for i, (k, v) in enumerate(OVERVIEW, start=3):
        a, b = ws2.cell(i, 1, k), ws2.cell(i, 2, v)
        a.font, a.fill, a.border, a.alignment = bold, hfill, border, left
        b.font, b.border, b.alignment = normal, border, left
    ws2.column_dimensions["A"].width = 16
    ws2.column_dimensions["B"].width = 80

    # --- sheet 3: 個別施設の取組状況 ------------------------------------------
    ws3 = wb.create_sheet("個別施設の取組状況")
    ws3["A1"] = "個別施設計画に基づく主な施設の取組状況（令和6年度末時点）"
    ws3["A1"].font = Font(name="游ゴシック", bold=True, size=14)
    ws3.merge_cells("A1:I1")
    hdr = ["No.", "施設名", "施設分類", "建築年度", "延床面積（㎡）", "対策内容", "実施予定年度", "進捗状況", "備考"]
    for col, h in enumerate(hdr, start=1):
        c = ws3.cell(3, col, h)
        c.font, c.fill, c.alignment, c.border = bold, hfill, ctr, border
    for i, f in enumerate(FACILITIES, start=4):
        for col, v in enumerate(f, start=1):
            c = ws3.cell(i, col, v if v != "" else None)
            c.border, c.font = border, normal
            c.alignment = left if col in (2, 6, 9) else ctr
            if col == 5:
                c.number_format = "#,##0"
    n = 4 + len(FACILITIES) + 1
    ws3.cell(n, 1, "※進捗状況は「完了」「実施中」「設計中」「未着手」の4区分で表示しています。").font = Font(name="游ゴシック", size=9)
    ws3.merge_cells(start_row=n, start_column=1, end_row=n, end_column=9)
    for k, v in {"A": 5, "B": 30, "C": 14, "D": 11, "E": 13, "F": 34, "G": 20, "H": 10, "I": 34}.items():
        ws3.column_dimensions[k].width = v

    wb.properties.title = "鷺ノ森村公共施設等総合管理計画 進捗状況"
    wb.properties.creator = "鷺ノ森村 総務課"
    wb.save(path)


def write(directory) -> None:
    make_pdf(os.path.join(directory, PDF_FILE))
    make_docx(os.path.join(directory, DOCX_FILE))
    make_xlsx(os.path.join(directory, XLSX_FILE))


if __name__ == "__main__":
    make_pdf(os.path.join(HERE, PDF_FILE))
    make_docx(os.path.join(HERE, DOCX_FILE))
    make_xlsx(os.path.join(HERE, XLSX_FILE))
    print("written:", PDF_FILE, DOCX_FILE, XLSX_FILE)
