"""The invented plans of `invented-dev15`, written by a helper who never saw the code, as their towns would
publish them: a 都市計画マスタープラン PDF drawn with reportlab, an 環境基本計画 Word file, an ended 総合戦略 KPI
sheet in Excel. `planbot eval` runs `write(directory)` into the suite's corpus (binaries are kept as code, not
in git). All towns, people, addresses and phone numbers are invented.
"""
import os

OUT = os.path.dirname(os.path.abspath(__file__))
FONT_PATH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

PDF_NAME = "shiomidai_toshikeikaku_mp_chiikibetsu.pdf"
DOCX_NAME = "kitanosawa_kankyo_kihon_keikaku_2.docx"
XLSX_NAME = "shirasagino_sogo_senryaku_kpi.xlsx"


# ---------------------------------------------------------------------------
# 1. 汐見台市都市計画マスタープラン（地域別構想）  -- PDF (reportlab)
# ---------------------------------------------------------------------------
PDF_RUNNING_HEADER = "汐見台市都市計画マスタープラン（地域別構想）"

PDF_COVER = {
    "title": "汐見台市都市計画マスタープラン",
    "subtitle": "地域別構想",
    "motto": "～海と丘がつながる　住み続けたいまち　汐見台～",
    "date": "令和5年3月",
    "issuer": "汐見台市",
}

# (level, text, page)
PDF_TOC = [
    (0, "第1章　地域別構想の考え方", 3),
    (1, "1　地域別構想の位置づけ", 3),
    (1, "2　計画期間", 3),
    (1, "3　地域区分", 3),
    (0, "第2章　地区別のまちづくり方針", 4),
    (1, "1　港北地区", 4),
    (1, "2　中央地区", 4),
    (1, "3　山手地区", 5),
    (1, "4　川原地区", 5),
    (0, "第3章　計画の推進", 6),
    (1, "1　成果指標", 6),
    (1, "2　地区の窓口", 6),
    (1, "3　推進体制", 6),
    (0, "用語解説", 7),
]

# Body: list of pages; each page a list of blocks
#   ("h1", text) chapter, ("h2", text) section, ("h3", text) sub-section,
#   ("p", text) paragraph, ("b", text) bullet, ("table", key)
PDF_PAGES = [
    [  # page 3
        ("h1", "第1章　地域別構想の考え方"),
        ("h2", "1　地域別構想の位置づけ"),
        ("p", "本市の都市計画マスタープランは、市全体の将来都市像と土地利用・都市施設の方針を示す「全体構想」と、地区ごとのまちづくりの方針を示す「地域別構想」で構成しています。"),
        ("p", "本書は地域別構想をまとめたもので、全体構想で掲げた将来都市像「海と丘がつながる　住み続けたいまち　汐見台」を、それぞれの地区の特性に応じて具体化し、市民と行政が共有するまちづくりの指針とするものです。"),
        ("h2", "2　計画期間"),
        ("p", "計画期間は、令和5年度（2023年度）から令和14年度（2032年度）までの10年間とします。"),
        ("p", "なお、概ね5年後の令和9年度に中間見直しを行うほか、社会経済情勢の大きな変化があった場合には必要に応じて見直しを行います。"),
        ("h2", "3　地域区分"),
        ("p", "地域区分は、地形や土地利用のまとまり、小学校区及び地区センターの所管区域を踏まえ、港北地区、中央地区、山手地区、川原地区の4地区とします。"),
        ("h3", "(1)　地区の人口"),
        ("p", "令和4年10月1日現在の住民基本台帳人口は、港北地区18,420人、中央地区31,650人、山手地区22,180人、川原地区9,870人で、市全体では82,120人です。"),
        ("h3", "(2)　市民参加"),
        ("p", "地域別構想の策定にあたっては、令和4年6月から9月にかけて各地区で地区別ワークショップを3回ずつ開催し、延べ286人の市民に参加いただきました。"),
    ],
    [  # page 4
        ("h1", "第2章　地区別のまちづくり方針"),
        ("h2", "1　港北地区"),
        ("h3", "(1)　地区の現況"),
        ("p", "汐見台港を中心に水産加工業や物流施設が集積する地区です。港周辺には明治期から昭和初期に建てられた石造りの倉庫群が残る一方、津波浸水想定区域が地区の約6割を占めており、防災対策が大きな課題となっています。"),
        ("h3", "(2)　まちづくりの目標"),
        ("p", "「港の風景とにぎわいを次代につなぐまち」"),
        ("h3", "(3)　まちづくりの方針"),
        ("b", "港湾緑地「しおみテラス」を再整備し、市民や来訪者が海辺で憩える空間をつくります。"),
        ("b", "旧倉庫群をリノベーションし、飲食・物販・工房が入る交流拠点として活用します。"),
        ("b", "津波避難タワーを令和7年度までに2基追加整備し、避難困難地域の解消を図ります。"),
        ("h2", "2　中央地区"),
        ("h3", "(1)　地区の現況"),
        ("p", "JR汐見台駅を中心に市役所、総合病院、商業施設が集まる本市の中心市街地です。駅南口の商店街では空き店舗率が21.5%（令和4年度）に達しており、まちなかのにぎわいの再生が求められています。"),
        ("h3", "(2)　まちづくりの目標"),
        ("p", "「歩いて楽しい　コンパクトなまちなか」"),
        ("h3", "(3)　まちづくりの方針"),
        ("b", "駅前広場を再整備し、令和8年度の完成を目指します。"),
        ("b", "駅から汐見台公園までの約800mを「まちなかプロムナード」として、歩きたくなる空間に整備します。"),
        ("b", "都市機能誘導区域に医療・子育て支援施設を誘導します。"),
        ("b", "空き店舗を活用したチャレンジショップへの出店を支援します。"),
    ],
    [  # page 5
        ("h2", "3　山手地区"),
        ("h3", "(1)　地区の現況"),
        ("p", "昭和40年代から50年代に造成された丘陵地の住宅団地が広がる地区です。高齢化率は38.6%（令和4年）と市内で最も高く、坂道が多いことから、日常の買い物や通院の移動手段の確保が課題です。空き家も年々増加しています。"),
        ("h3", "(2)　まちづくりの目標"),
        ("p", "「支え合い、住み続けられる丘のまち」"),
        ("h3", "(3)　まちづくりの方針"),
        ("b", "デマンド型乗合タクシー「やまてん号」の運行エリアを拡大し、駅や病院への移動を支えます。"),
        ("b", "空き家バンクを活用し、子育て世帯の住み替えを促進します。"),
        ("b", "急傾斜地崩壊危険区域の対策工事を県と連携して進めます。"),
        ("b", "団地内の公園を、多世代が利用できる広場に再整備します。"),
        ("h2", "4　川原地区"),
        ("h3", "(1)　地区の現況"),
        ("p", "汐見川の下流域に広がる田園地帯と、旧街道沿いの集落からなる地区です。地区の大部分が汐見川の洪水浸水想定区域に含まれています。また、市街化調整区域が大半を占め、人口減少が続いています。"),
        ("h3", "(2)　まちづくりの目標"),
        ("p", "「田園と川辺の暮らしを守るまち」"),
        ("h3", "(3)　まちづくりの方針"),
        ("b", "雨水貯留施設（川原第二調整池）の整備を進め、内水氾濫による被害の軽減を図ります。"),
        ("b", "市街化調整区域における地区計画制度を活用し、既存集落の生活機能を維持します。"),
        ("b", "農産物直売所「かわらの里」の周辺を、地区の交流拠点として位置づけます。"),
        ("b", "汐見川の河川敷にサイクリングロードを整備します。"),
    ],
    [  # page 6
        ("h1", "第3章　計画の推進"),
        ("h2", "1　成果指標"),
        ("p", "本計画の進捗を把握するため、次の成果指標を設定します。指標の状況は毎年度確認し、令和9年度の中間見直しの際に評価を行います。"),
        ("table", "indicators"),
        ("h2", "2　地区の窓口"),
        ("p", "地域別構想に関するご意見や、地区のまちづくり活動に関するご相談は、各地区センターで受け付けています。"),
        ("table", "centres"),
        ("h2", "3　推進体制"),
        ("p", "各地区の住民代表で構成する「地区まちづくり協議会」と市が協働して計画を推進します。計画の進捗状況は毎年度、汐見台市都市計画審議会に報告します。"),
        ("p", "計画全体に関するお問い合わせ：汐見台市 都市整備部 都市計画課　電話 0478-52-1111（内線231）"),
    ],
    [  # page 7
        ("h1", "用語解説"),
        ("term", ("地域別構想", "都市計画マスタープランのうち、全体構想を踏まえて、地区ごとのまちづくりの目標と方針を示すもの。")),
        ("term", ("立地適正化計画", "居住や医療・福祉・商業などの都市機能を誘導する区域を定め、公共交通と連携したコンパクトなまちづくりを進めるための計画。")),
        ("term", ("都市機能誘導区域", "医療・福祉・商業などの都市機能を、都市の中心拠点や生活拠点に誘導し集約する区域。本市では中央地区の駅周辺に設定している。")),
        ("term", ("居住誘導区域", "人口減少の中にあっても一定の人口密度を保ち、生活サービスやコミュニティが持続的に確保されるよう、居住を誘導すべき区域。")),
        ("term", ("ウォーカブル", "「居心地が良く歩きたくなる」まちなかのこと。車中心から人中心の空間へと転換する考え方。")),
        ("term", ("デマンド型乗合タクシー", "利用者の事前予約に応じて、決められた区域内を運行する乗合型のタクシー。")),
        ("term", ("市街化調整区域", "都市計画法に基づき、市街化を抑制すべき区域として定める区域。原則として住宅などの建築が制限される。")),
        ("term", ("内水氾濫", "大雨の際、下水道や水路の排水能力を超えた雨水が、河川に排出できずに市街地にあふれること。")),
        ("term", ("リノベーション", "既存の建物に大規模な改修を行い、用途や機能を変更して性能を向上させたり価値を高めたりすること。")),
    ],
]

PDF_TABLES = {
    "indicators": [
        ["指標名", "現状値（年度）", "目標値（年度）"],
        ["中心市街地の歩行者通行量（休日1日）", "8,350人（令和3年度）", "10,000人（令和14年度）"],
        ["公共交通の年間利用者数", "412万人（令和3年度）", "450万人（令和14年度）"],
        ["居住誘導区域内の人口密度", "52.4人/ha（令和2年度）", "55.0人/ha（令和14年度）"],
        ["空き家バンクの成約件数（累計）", "46件（令和4年度）", "150件（令和14年度）"],
        ["住んでいる地区が住みやすいと感じる市民の割合", "68.2%（令和4年度）", "75.0%（令和14年度）"],
        ["津波避難施設の整備数", "11か所（令和4年度）", "15か所（令和14年度）"],
    ],
    "centres": [
        ["地区", "窓口（地区センター）", "所在地", "電話番号"],
        ["港北地区", "港北地区センター", "汐見台市港北町2丁目5番1号", "0478-52-3101"],
        ["中央地区", "中央地区センター（市役所本庁舎1階）", "汐見台市本町1丁目1番1号", "0478-52-1111（内線215）"],
        ["山手地区", "山手地区センター", "汐見台市緑ケ丘3丁目12番8号", "0478-55-2040"],
        ["川原地区", "川原地区センター", "汐見台市川原字新田418番地", "0478-58-0716"],
    ],
}


def make_pdf(path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        BaseDocTemplate,
        Flowable,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    pdfmetrics.registerFont(TTFont("IPAexGothic", FONT_PATH))
    F = "IPAexGothic"
    W, H = A4
    LM, RM, TM, BM = 22 * mm, 22 * mm, 25 * mm, 22 * mm

    st_p = ParagraphStyle("p", fontName=F, fontSize=10.5, leading=17, wordWrap="CJK",
                          firstLineIndent=10.5, spaceAfter=4)
    st_b = ParagraphStyle("b", parent=st_p, firstLineIndent=0, leftIndent=14,
                          bulletIndent=3, bulletFontName=F)
    st_h1 = ParagraphStyle("h1", fontName=F, fontSize=16, leading=22, spaceBefore=4,
                           spaceAfter=10, textColor=colors.HexColor("#1f4e79"))
    st_h2 = ParagraphStyle("h2", fontName=F, fontSize=13, leading=18, spaceBefore=8,
                           spaceAfter=5, textColor=colors.HexColor("#1f4e79"))
    st_h3 = ParagraphStyle("h3", fontName=F, fontSize=11, leading=16, spaceBefore=4,
                           spaceAfter=3, leftIndent=6)
    st_cell = ParagraphStyle("cell", fontName=F, fontSize=9, leading=12.5, wordWrap="CJK")
    st_cellh = ParagraphStyle("cellh", parent=st_cell, alignment=1)
    st_term = ParagraphStyle("term", fontName=F, fontSize=11, leading=16, spaceBefore=6,
                             spaceAfter=1, textColor=colors.HexColor("#1f4e79"))
    st_def = ParagraphStyle("def", parent=st_p, firstLineIndent=0, leftIndent=14)

    class TocLine(Flowable):
        def __init__(self, level, text, page):
            super().__init__()
            self.level, self.text, self.page = level, text, page
            self.size = 12 if level == 0 else 10.5
            self.height = 26 if level == 0 else 20

        def wrap(self, aw, ah):
            self.aw = aw
            return aw, self.height

        def draw(self):
            c = self.canv
            indent = 0 if self.level == 0 else 16
            c.setFont(F, self.size)
            c.drawString(indent, 6, self.text)
            num = str(self.page)
            nw = pdfmetrics.stringWidth(num, F, self.size)
            c.drawString(self.aw - nw, 6, num)
            start = indent + pdfmetrics.stringWidth(self.text, F, self.size) + 6
            end = self.aw - nw - 6
            dot = "・"
            c.setFont(F, 8)
            dw = pdfmetrics.stringWidth(dot, F, 8)
            x = start
            while x + dw <= end:
                c.drawString(x, 7, dot)
                x += dw

    def cover(canvas, doc):
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#1f4e79"))
        canvas.rect(0, H - 95 * mm, W, 8 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.setFont(F, 26)
        canvas.drawCentredString(W / 2, H - 125 * mm, PDF_COVER["title"])
        canvas.setFont(F, 20)
        canvas.drawCentredString(W / 2, H - 142 * mm, PDF_COVER["subtitle"])
        canvas.setFont(F, 13)
        canvas.drawCentredString(W / 2, H - 160 * mm, PDF_COVER["motto"])
        canvas.setFont(F, 15)
        canvas.drawCentredString(W / 2, 70 * mm, PDF_COVER["date"])
        canvas.setFont(F, 18)
        canvas.drawCentredString(W / 2, 55 * mm, PDF_COVER["issuer"])
        canvas.restoreState()

    def inner(canvas, doc):
        canvas.saveState()
        canvas.setFont(F, 8.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawRightString(W - RM, H - 14 * mm, PDF_RUNNING_HEADER)
        canvas.setStrokeColor(colors.HexColor("#1f4e79"))
        canvas.setLineWidth(0.6)
        canvas.line(LM, H - 16 * mm, W - RM, H - 16 * mm)
        canvas.setFont(F, 10)
        canvas.setFillColor(colors.black)
        canvas.drawCentredString(W / 2, 12 * mm, f"- {doc.page} -")
        canvas.restoreState()

    frame = Frame(LM, BM, W - LM - RM, H - TM - BM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(path, pagesize=A4, title=PDF_COVER["title"] + "（地域別構想）",
                          author="汐見台市 都市整備部 都市計画課",
                          subject="都市計画マスタープラン 地域別構想")
    doc.addPageTemplates([PageTemplate(id="cover", frames=[frame], onPage=cover),
                          PageTemplate(id="inner", frames=[frame], onPage=inner)])

    cw = W - LM - RM
    story = [NextPageTemplate("inner"), Spacer(1, 1), PageBreak()]
    story.append(Paragraph("目　次", ParagraphStyle("toc", fontName=F, fontSize=18,
                                                   leading=24, alignment=1, spaceAfter=18)))
    for lv, text, page in PDF_TOC:
        story.append(TocLine(lv, text, page))
    story.append(PageBreak())

    for pi, page in enumerate(PDF_PAGES):
        for kind, val in page:
            if kind == "h1":
                story.append(Paragraph(val, st_h1))
            elif kind == "h2":
                story.append(Paragraph(val, st_h2))
            elif kind == "h3":
                story.append(Paragraph(val, st_h3))
            elif kind == "p":
                story.append(Paragraph(val, st_p))
            elif kind == "b":
                story.append(Paragraph(val, st_b, bulletText="・"))
            elif kind == "term":
                story.append(Paragraph("■ " + val[0], st_term))
                story.append(Paragraph(val[1], st_def))
            elif kind == "table":
                rows = PDF_TABLES[val]
                data = [[Paragraph(c, st_cellh if r == 0 else st_cell) for c in row]
                        for r, row in enumerate(rows)]
                if val == "indicators":
                    widths = [cw * 0.46, cw * 0.27, cw * 0.27]
                else:
                    widths = [cw * 0.14, cw * 0.30, cw * 0.32, cw * 0.24]
                t = Table(data, colWidths=widths, repeatRows=1)
                t.setStyle(TableStyle([
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde7f3")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]))
                story.append(t)
                story.append(Spacer(1, 6))
        if pi < len(PDF_PAGES) - 1:
            story.append(PageBreak())
    doc.build(story)


# ---------------------------------------------------------------------------
# 2. 第2次北乃沢町環境基本計画  -- DOCX (python-docx)
# ---------------------------------------------------------------------------
DOCX_TITLE = "第2次北乃沢町環境基本計画"

DOCX_BODY = [
    ("title", DOCX_TITLE),
    ("center", "～森と清流とともに　次の世代へつなぐ　北乃沢～"),
    ("center", "令和6年3月"),
    ("center", "北乃沢町"),
    ("h1", "第1章　計画の基本的事項"),
    ("h2", "1　計画策定の趣旨"),
    ("p", "本町では、平成26年3月に「北乃沢町環境基本計画」を策定し、豊かな森林と北乃沢川の清流に代表される自然環境の保全と、ごみの減量などに町民・事業者・町が一体となって取り組んできました。"),
    ("p", "この間、地球温暖化の進行による豪雨災害の頻発など、環境を取り巻く状況は大きく変化しています。本町は令和4年11月に「北乃沢町ゼロカーボンシティ宣言」を行い、2050年までに町内の二酸化炭素排出量を実質ゼロにすることを目指しています。"),
    ("p", "前計画の計画期間が令和5年度で終了することから、これまでの成果と課題を踏まえ、新たな環境施策の方向性を示す「第2次北乃沢町環境基本計画」を策定しました。"),
    ("h2", "2　計画の期間"),
    ("p", "本計画の期間は、令和6年度（2024年度）から令和15年度（2033年度）までの10年間とします。ただし、令和10年度を目途に中間見直しを行います。"),
    ("h2", "3　計画の位置づけ"),
    ("p", "本計画は、北乃沢町環境基本条例第8条に基づく計画であり、第6次北乃沢町総合計画の環境分野の個別計画として位置づけます。また、地球温暖化対策の推進に関する法律に基づく「地方公共団体実行計画（区域施策編）」を包含するものとします。"),
    ("h2", "4　計画の対象"),
    ("p", "計画の対象地域は町全域（本郷地区、上沢地区、下沢地区、桂地区）とし、対象とする環境の範囲は次のとおりとします。"),
    ("bullet", "地球環境（地球温暖化、エネルギー）"),
    ("bullet", "循環型社会（ごみの減量、リサイクル）"),
    ("bullet", "自然環境（森林、河川、生きもの）"),
    ("bullet", "生活環境（水質、騒音、不法投棄）"),
    ("h1", "第2章　目指す環境像と基本目標"),
    ("h2", "1　目指す環境像"),
    ("p", "本計画では、町民アンケートや環境審議会での議論を踏まえ、目指す環境像を「森と清流とともに　次の世代へつなぐ　北乃沢」と定めます。"),
    ("h2", "2　基本目標"),
    ("p", "目指す環境像の実現に向けて、次の4つの基本目標を設定します。"),
    ("bullet", "基本目標1　脱炭素のまちづくり"),
    ("bullet", "基本目標2　資源が循環するまち"),
    ("bullet", "基本目標3　自然と共生するまち"),
    ("bullet", "基本目標4　みんなで学び行動するまち"),
    ("h1", "第3章　施策の展開"),
    ("h2", "基本目標1　脱炭素のまちづくり"),
    ("h3", "(1)　再生可能エネルギーの導入拡大"),
    ("p", "住宅への太陽光発電設備と蓄電池の導入を支援するとともに、町有施設の屋根を活用した太陽光発電の導入を進めます。"),
    ("bullet", "住宅用太陽光発電設備・蓄電池の設置費補助"),
    ("bullet", "小中学校など町有施設への太陽光発電設備の設置"),
    ("bullet", "木質バイオマス（薪・ペレット）ストーブの導入支援"),
    ("h3", "(2)　省エネルギーの推進"),
    ("p", "役場庁舎や小中学校などの照明のLED化、公用車への電気自動車の導入を計画的に進め、町が率先して二酸化炭素の排出削減に取り組みます。"),
    ("h2", "基本目標2　資源が循環するまち"),
    ("h3", "(1)　ごみの減量と分別の徹底"),
    ("p", "本町の1人1日当たりのごみ排出量は812g（令和4年度）で、県平均（868g）を下回っているものの、近年は横ばいで推移しています。家庭から出るごみの約4割を占める生ごみの減量と、資源物の分別の徹底を重点的に進めます。"),
    ("bullet", "生ごみ処理機の購入補助と堆肥化講習会の開催"),
    ("bullet", "「ごみ分別アプリ」による分別方法の周知"),
    ("bullet", "食品ロス削減に取り組む「もったいない協力店」の登録拡大"),
    ("h3", "(2)　地区リサイクルセンターの活用"),
    ("p", "資源物（びん・缶・ペットボトル・古紙・古布・小型家電）は、各地区のリサイクルセンターで受け入れています。高齢者など持ち込みが困難な世帯には、地区の環境推進員による「資源物おたすけ回収」を実施します。"),
    ("table", "recycle"),
    ("note", "※年末年始（12月29日～1月3日）は閉所します。"),
    ("note", "※開設日が祝日と重なる場合も開設します。"),
    ("h2", "基本目標3　自然と共生するまち"),
    ("h3", "(1)　北乃沢川の水辺環境の保全"),
    ("p", "北乃沢川は町の中央を流れ、ゲンジボタルが生息する清流です。河川敷で増加している特定外来生物オオキンケイギクの駆除を町民団体と協働で行い、ホタルの生息環境を守ります。毎年6月には「ホタル観察会」を開催しています。"),
    ("h3", "(2)　森林の保全と活用"),
    ("p", "町の面積の78%を占める森林は、水源のかん養や二酸化炭素の吸収など多くの機能を持っています。森林環境譲与税を活用して間伐や作業道の整備を進めます。"),
    ("h2", "基本目標4　みんなで学び行動するまち"),
    ("h3", "(1)　環境学習の推進"),
    ("p", "小学校や地区公民館に講師を派遣する環境学習出前講座を実施します。また、町の環境講座を5回以上受講した町民を「きたのさわ環境マイスター」として認定し、地域の環境活動のリーダーとして活動していただきます。"),
    ("h2", "5　主な事業"),
    ("p", "計画期間中に実施する主な事業は次のとおりです。"),
    ("table", "projects"),
    ("h2", "6　成果指標"),
    ("p", "計画の達成状況を評価するため、次の成果指標を設定します。"),
    ("table", "indicators"),
    ("h1", "第4章　計画の推進体制"),
    ("p", "町長の附属機関である北乃沢町環境審議会（委員15人）が、毎年度、計画の進捗状況を点検・評価します。その結果は「北乃沢町環境白書」として取りまとめ、町ホームページで公表します。"),
    ("bullet", "Plan（計画）：環境基本計画に基づく年度ごとの実施計画の作成"),
    ("bullet", "Do（実行）：町民・事業者・町による取組の実施"),
    ("bullet", "Check（点検）：環境審議会による進捗状況の点検・評価"),
    ("bullet", "Act（見直し）：点検結果を踏まえた施策・事業の改善"),
    ("h1", "資料編"),
    ("h2", "1　策定経過"),
    ("table", "history"),
    ("h2", "2　町民説明会の開催状況"),
    ("table", "meetings"),
    ("h2", "3　お問い合わせ"),
    ("contact", "北乃沢町 住民環境課 環境保全係"),
    ("contact", "住所：〒039-5201 北乃沢町本郷字役場前1番地（役場本庁舎1階）"),
    ("contact", "電話：0186-42-3115（直通）"),
    ("contact", "FAX：0186-42-3199"),
    ("contact", "メール：kankyo@town.kitanosawa.lg.jp"),
]

DOCX_TABLES = {
    "recycle": [
        ["地区", "施設名", "所在地", "開設日"],
        ["本郷地区", "本郷地区リサイクルセンター", "本郷字宮前12-3", "毎週水曜日・土曜日"],
        ["上沢地区", "上沢地区リサイクルセンター", "上沢字大平1250", "毎月第1・第3日曜日"],
        ["下沢地区", "下沢地区リサイクルセンター", "下沢字川端88-1", "毎週土曜日"],
        ["桂地区", "桂地区リサイクルセンター（桂地区コミュニティセンター敷地内）", "桂字中島302", "毎月第2・第4土曜日"],
    ],
    "projects": [
        ["事業名", "内容", "実施年度", "担当課"],
        ["住宅用太陽光発電設備設置補助事業", "住宅への太陽光発電設備と蓄電池の設置費用の一部を補助", "令和6年度～令和10年度", "住民環境課"],
        ["公共施設LED化推進事業", "役場庁舎、小中学校等の照明をLEDに更新", "令和6年度～令和8年度", "総務課"],
        ["生ごみ堆肥化推進事業", "家庭用生ごみ処理機の購入補助と堆肥化講習会の開催", "令和6年度～令和15年度", "住民環境課"],
        ["北乃沢川水辺再生事業", "河川敷のオオキンケイギク駆除とホタルの生息環境の保全", "令和7年度～令和11年度", "建設課"],
        ["森林整備促進事業", "森林環境譲与税を活用した町有林・私有林の間伐と作業道整備", "令和6年度～令和15年度", "農林振興課"],
        ["環境学習出前講座", "小学校・地区公民館への講師派遣", "令和6年度～令和15年度", "教育委員会生涯学習課"],
        ["公用車EV導入事業", "公用車の更新時に電気自動車を導入", "令和8年度～令和12年度", "総務課"],
    ],
    "indicators": [
        ["指標名", "基準値（令和4年度）", "中間目標（令和10年度）", "目標値（令和15年度）"],
        ["町内の二酸化炭素排出量", "98.6千t-CO2", "78.0千t-CO2", "52.0千t-CO2"],
        ["1人1日当たりのごみ排出量", "812g", "760g", "700g"],
        ["リサイクル率", "18.6%", "22.0%", "25.0%"],
        ["住宅用太陽光発電設備の設置件数（累計）", "534件", "720件", "900件"],
        ["ホタル観察会の参加者数（年間）", "240人", "320人", "400人"],
        ["きたのさわ環境マイスター認定者数（累計）", "35人", "80人", "120人"],
    ],
    "history": [
        ["年月日", "内容"],
        ["令和5年5月29日", "第1回北乃沢町環境審議会（計画策定について諮問）"],
        ["令和5年7月3日～7月21日", "町民環境意識アンケート調査（18歳以上の町民1,500人、回収率41.3%）"],
        ["令和5年8月24日", "第2回北乃沢町環境審議会（アンケート結果報告、前計画の評価）"],
        ["令和5年10月26日", "第3回北乃沢町環境審議会（計画骨子案の審議）"],
        ["令和5年12月14日", "第4回北乃沢町環境審議会（計画素案の審議）"],
        ["令和6年1月9日～2月8日", "パブリックコメントの実施（意見14件、提出者6人）"],
        ["令和6年1月20日～1月27日", "町民説明会の開催（3会場、参加者計56人）"],
        ["令和6年2月22日", "第5回北乃沢町環境審議会（答申）"],
        ["令和6年3月11日", "北乃沢町議会3月定例会で報告"],
    ],
    "meetings": [
        ["開催日", "会場", "参加者数"],
        ["令和6年1月20日（土）", "上沢地区公民館", "18人"],
        ["令和6年1月21日（日）", "北乃沢町役場 大会議室", "27人"],
        ["令和6年1月27日（土）", "桂地区コミュニティセンター", "11人"],
    ],
}


def _set_east_asian_font(style, name="IPAexGothic"):
    from docx.oxml.ns import qn
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def make_docx(path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(25)
    for name in ["Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "List Bullet"]:
        _set_east_asian_font(d.styles[name])
    d.styles["Normal"].font.size = Pt(10.5)
    d.core_properties.title = DOCX_TITLE
    d.core_properties.author = "北乃沢町 住民環境課"

    hdr = sec.header.paragraphs[0]
    hdr.text = DOCX_TITLE
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    for kind, val in DOCX_BODY:
        if kind == "title":
            d.add_heading(val, level=0).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "center":
            p = d.add_paragraph(val)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if val == "北乃沢町":
                d.add_page_break()
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "h3":
            d.add_heading(val, level=3)
        elif kind == "p":
            p = d.add_paragraph(val)
            p.paragraph_format.first_line_indent = Pt(10.5)
        elif kind == "bullet":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "note":
            p = d.add_paragraph(val)
            for r in p.runs:
                r.font.size = Pt(9)
        elif kind == "contact":
            p = d.add_paragraph(val)
            p.paragraph_format.space_after = Pt(0)
        elif kind == "table":
            rows = DOCX_TABLES[val]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(rows):
                for j, text in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = text
                    for p in cell.paragraphs:
                        for r in p.runs:
                            r.font.size = Pt(9)
                            if i == 0:
                                r.bold = True
            d.add_paragraph("")
    d.save(path)


# ---------------------------------------------------------------------------
# 3. 第2期白鷺野市まち・ひと・しごと創生総合戦略 KPI進捗状況  -- XLSX (openpyxl)
# ---------------------------------------------------------------------------
XLSX_TITLE = "第2期白鷺野市まち・ひと・しごと創生総合戦略　KPI進捗状況一覧（最終評価）"
XLSX_YEARS = ["令和2年度", "令和3年度", "令和4年度", "令和5年度", "令和6年度"]

# (no, KPI, unit, base_year, base, target_year, target, [R2..R6], status, dept, number_format)
XLSX_GOALS = [
    ("基本目標1　稼ぐ力を高め、安心して働ける場をつくる", [
        (1, "市内事業所の従業者数", "人", "平成30年度", 24310, "令和6年度", 25000,
         [23980, 24120, 24560, 24870, 25140], "達成", "商工観光課", "#,##0"),
        (2, "新規創業件数（年間）", "件", "平成30年度", 14, "令和6年度", 20,
         [12, 16, 19, 21, 23], "達成", "商工観光課", "0"),
        (3, "新規就農者数（累計）", "人", "平成30年度", 0, "令和6年度", 25,
         [4, 9, 13, 18, 22], "順調", "農政課", "0"),
    ]),
    ("基本目標2　白鷺野への新しいひとの流れをつくる", [
        (4, "観光入込客数（年間）", "万人", "平成30年度", 186.4, "令和6年度", 200.0,
         [98.2, 121.5, 158.7, 179.3, 191.6], "順調", "商工観光課", "0.0"),
        (5, "移住相談件数（年間）", "件", "平成30年度", 58, "令和6年度", 120,
         [74, 96, 131, 142, 156], "達成", "企画調整課", "0"),
        (6, "ふるさと納税寄附件数（年間）", "件", "平成30年度", 8420, "令和6年度", 15000,
         [9830, 12460, 16210, 18950, 21300], "達成", "財政課", "#,##0"),
    ]),
    ("基本目標3　結婚・出産・子育ての希望をかなえる", [
        (7, "合計特殊出生率", "－", "平成30年", 1.42, "令和6年", 1.55,
         [1.39, 1.36, 1.33, 1.31, 1.29], "未達成", "子ども家庭課", "0.00"),
        (8, "保育所等待機児童数（4月1日現在）", "人", "平成31年度", 23, "令和6年度", 0,
         [17, 8, 3, 0, 0], "達成", "子ども家庭課", "0"),
        (9, "子育てしやすいまちだと思う市民の割合", "％", "平成30年度", 54.7, "令和6年度", 65.0,
         ["－", 57.2, "－", 61.8, 63.4], "順調", "子ども家庭課", "0.0"),
    ]),
    ("基本目標4　安心して住み続けられる地域をつくる", [
        (10, "コミュニティバス年間利用者数", "人", "平成30年度", 68500, "令和6年度", 72000,
         [51200, 55800, 60400, 64900, 70300], "順調", "生活交通課", "#,##0"),
        (11, "自主防災組織の組織率", "％", "平成30年度", 81.3, "令和6年度", 90.0,
         [83.5, 85.2, 87.9, 89.6, 91.2], "達成", "危機管理課", "0.0"),
        (12, "転出超過数（社会減）", "人", "平成30年", 412, "令和6年", 200,
         [388, 356, 301, 287, 264], "未達成", "企画調整課", "0"),
    ]),
]

XLSX_NOTES = [
    "※1　基準値は、第2期総合戦略の策定時（令和2年3月）に把握していた最新の値です。",
    "※2　達成状況は、令和6年度実績値と目標値を比較し、目標値に達したものを「達成」、目標値に達していないが基準値から改善し、達成率が80%以上のものを「順調」、それ以外のものを「未達成」としています。",
    "※3　転出超過数など値の減少を目指す指標は、目標値÷実績値で達成率を算出しています。",
    "※4　合計特殊出生率及び転出超過数は暦年（1月～12月）の値です。",
    "※5　「－」は市民意識調査を実施しなかった年度です。",
    "※6　観光入込客数は、新型コロナウイルス感染症の影響により令和2年度に大きく減少しました。",
]

XLSX_OVERVIEW = [
    ("計画名", "第2期白鷺野市まち・ひと・しごと創生総合戦略"),
    ("関連計画", "白鷺野市人口ビジョン（令和2年3月改訂）"),
    ("人口の将来展望", "2060年に人口52,000人を維持"),
    ("計画期間", "令和2年度～令和6年度（2020年度～2024年度）の5年間"),
    ("策定年月", "令和2年3月"),
    ("策定主体", "白鷺野市（白鷺野市まち・ひと・しごと創生推進本部）"),
    ("効果検証", "白鷺野市総合戦略推進会議（産官学金労言の外部委員12人）が毎年度KPIの達成状況を検証"),
    ("後継計画", "白鷺野市デジタル田園都市構想総合戦略（令和7年度～令和11年度）"),
    ("本表の公表", "令和7年8月"),
    ("問い合わせ先", "白鷺野市 企画政策部 企画調整課 地方創生係"),
    ("所在地", "〒329-4492 白鷺野市中町2丁目3番10号（市役所本庁舎3階）"),
    ("電話", "0287-23-4501（直通）"),
    ("FAX", "0287-23-4599"),
]


def make_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗状況"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    goal_fill = PatternFill("solid", fgColor="FFF2CC")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    font = "游ゴシック"

    ncol = 15
    ws.cell(row=1, column=1, value=XLSX_TITLE).font = Font(name=font, size=14, bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(row=2, column=ncol, value="令和7年8月現在").alignment = Alignment(horizontal="right")

    # two header rows (rows 3-4)
    top = ["No.", "KPI（重要業績評価指標）", "単位", "基準値", None, "目標値", None,
           "実績値", None, None, None, None, "達成状況", "担当課", "備考"]
    sub = [None, None, None, "年度", "値", "年度", "値"] + XLSX_YEARS + [None, None, None]
    for c, v in enumerate(top, 1):
        ws.cell(row=3, column=c, value=v)
    for c, v in enumerate(sub, 1):
        if v is not None:
            ws.cell(row=4, column=c, value=v)
    for c in (1, 2, 3, 13, 14, 15):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=4, end_row=3, end_column=5)
    ws.merge_cells(start_row=3, start_column=6, end_row=3, end_column=7)
    ws.merge_cells(start_row=3, start_column=8, end_row=3, end_column=12)
    for r in (3, 4):
        for c in range(1, ncol + 1):
            cell = ws.cell(row=r, column=c)
            cell.fill, cell.alignment, cell.border = head_fill, center, border
            cell.font = Font(name=font, bold=True, size=10)

    remarks = {4: "※6", 7: "※4", 9: "※5", 12: "※3 ※4"}
    r = 5
    for goal, kpis in XLSX_GOALS:
        ws.cell(row=r, column=1, value=goal).font = Font(name=font, bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        for c in range(1, ncol + 1):
            ws.cell(row=r, column=c).fill = goal_fill
            ws.cell(row=r, column=c).border = border
        r += 1
        for (no, name, unit, by, bv, ty, tv, actual, status, dept, fmt) in kpis:
            vals = [no, name, unit, by, bv, ty, tv] + actual + [status, dept, remarks.get(no)]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(row=r, column=c, value=v)
                cell.border = border
                cell.font = Font(name=font, size=10)
                if c in (5, 7) or 8 <= c <= 12:
                    if isinstance(v, (int, float)):
                        cell.number_format = fmt
                    cell.alignment = Alignment(horizontal="right")
                elif c in (1, 3, 4, 6, 13):
                    cell.alignment = Alignment(horizontal="center")
            r += 1
    r += 1
    for note in XLSX_NOTES:
        ws.cell(row=r, column=1, value=note).font = Font(name=font, size=9)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1

    widths = [5, 34, 6, 11, 9, 10, 9, 10, 10, 10, 10, 10, 9, 13, 8]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C5"
    ws.print_title_rows = "3:4"
    ws.page_setup.orientation = "landscape"

    ws2 = wb.create_sheet("計画の概要")
    ws2.cell(row=1, column=1, value="計画の概要").font = Font(name=font, size=14, bold=True)
    ws2.merge_cells("A1:B1")
    for i, (k, v) in enumerate(XLSX_OVERVIEW, 3):
        a = ws2.cell(row=i, column=1, value=k)
        b = ws2.cell(row=i, column=2, value=v)
        a.fill, a.font = head_fill, Font(name=font, bold=True)
        b.font = Font(name=font)
        a.border = b.border = border
        b.alignment = Alignment(wrap_text=True, vertical="center")
    ws2.column_dimensions["A"].width = 16
    ws2.column_dimensions["B"].width = 80
    wb.properties.title = XLSX_TITLE
    wb.properties.creator = "白鷺野市 企画政策部 企画調整課"
    wb.save(path)


def write(directory) -> None:
    make_pdf(os.path.join(directory, PDF_NAME))
    make_docx(os.path.join(directory, DOCX_NAME))
    make_xlsx(os.path.join(directory, XLSX_NAME))


if __name__ == "__main__":
    make_pdf(os.path.join(OUT, PDF_NAME))
    make_docx(os.path.join(OUT, DOCX_NAME))
    make_xlsx(os.path.join(OUT, XLSX_NAME))
    print("wrote", PDF_NAME, DOCX_NAME, XLSX_NAME)
