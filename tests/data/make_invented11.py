"""The invented plans of `invented-dev11`, written by a helper who never saw the code, as their towns would
publish them: a PDF drawn with reportlab, a Word file, an Excel progress sheet. `planbot eval` runs
`write(directory)` into the suite's corpus (binaries are kept as code, not in git):
  kitasumi_kenko_zoshin_keikaku.pdf        (北澄市 第2次健康増進計画, reportlab)
  toishizawa_akiya_taisaku_keikaku.docx    (砥石沢町 第2期空家等対策計画, python-docx)
  chihirohama_danjo_shinchoku.xlsx         (千尋浜市 第3次男女共同参画プラン 達成状況, openpyxl)
All municipalities, names, addresses and numbers are invented.
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))

# every text unit (paragraph / table cell) written to any document, for checking
UNITS = {"pdf": [], "docx": [], "xlsx": []}


# ---------------------------------------------------------------------------
# 1. PDF: 第2次北澄市健康増進計画（すこやか北澄プラン）
# ---------------------------------------------------------------------------
PDF_NAME = "kitasumi_kenko_zoshin_keikaku.pdf"
PDF_TITLE = "第2次北澄市健康増進計画（すこやか北澄プラン）"

PDF_BODY = [
    ("ch", "第1章 計画の策定にあたって"),
    ("sec", "1 計画策定の趣旨"),
    (
        "p",
        "本市では、平成26年3月に「北澄市健康増進計画」を策定し、市民一人ひとりの主体的な健康づくりを支援してきました。第1次計画の最終評価では、全38指標のうち「目標達成」が9指標、「改善傾向」が16指標となった一方、働く世代の肥満者の割合や運動習慣者の割合は悪化しており、若い世代から健康に関心を持てる環境づくりが課題となっています。",
    ),
    (
        "p",
        "こうした状況を踏まえ、国の「健康日本21（第三次）」の考え方を取り入れ、健康寿命の延伸と健康格差の縮小を目指して「第2次北澄市健康増進計画（すこやか北澄プラン）」を策定します。",
    ),
    ("sec", "2 計画の位置付け"),
    (
        "p",
        "本計画は、健康増進法第8条第2項に規定する市町村健康増進計画であり、食育基本法第18条第1項に規定する市町村食育推進計画を一体的に策定するものです。また、「第3次北澄市総合計画」を上位計画とし、「北澄市国民健康保険データヘルス計画」や「北澄市いのち支える自殺対策計画」などの関連計画と整合を図ります。",
    ),
    ("sec", "3 計画の期間"),
    (
        "p",
        "本計画の期間は、令和6年度から令和11年度までの6年間とします。令和8年度に中間評価を行い、社会情勢の変化等を踏まえて必要に応じて見直しを行います。",
    ),
    ("ch", "第2章 北澄市の健康をめぐる現状"),
    ("sec", "1 人口と高齢化の状況"),
    (
        "p",
        "本市の総人口は48,352人（令和5年10月1日現在）で、10年前と比べて約4,900人減少しています。65歳以上の人口の割合（高齢化率）は33.8%で、全国平均（29.1%）を上回って推移しています。",
    ),
    ("sec", "2 平均寿命と健康寿命"),
    (
        "p",
        "令和4年の本市の健康寿命（日常生活動作が自立している期間の平均）は、男性79.6年、女性84.1年です。平均寿命との差（介護等が必要な期間）は男性1.7年、女性3.4年となっています。",
    ),
    ("sec", "3 死因と生活習慣病"),
    (
        "p",
        "令和4年の死因の第1位は悪性新生物（がん）で全死亡の27.4%を占め、次いで心疾患（15.2%）、老衰（10.1%）、脳血管疾患（8.9%）の順となっています。国民健康保険の特定健康診査受診率は38.5%（令和4年度）で、県平均を下回っています。",
    ),
    ("sec", "4 市民アンケートからみた課題"),
    (
        "p",
        "令和5年7月に実施した「北澄市健康づくりに関する市民アンケート」（20歳以上の市民2,000人を対象、回収率44.6%）では、「運動不足を感じている」と答えた人が68.2%にのぼり、特に30歳代・40歳代で「忙しくて運動する時間がない」との回答が多くみられました。",
    ),
    ("ch", "第3章 計画の基本的な考え方"),
    ("sec", "1 基本理念"),
    ("center", "「みんなで歩こう、笑顔でつなぐ すこやか北澄」"),
    (
        "p",
        "市民一人ひとりが自分の健康に関心を持ち、家庭・地域・職場が支え合いながら、生涯を通じて健やかに暮らせるまちを目指します。",
    ),
    ("sec", "2 基本目標"),
    ("p", "基本目標1 健康寿命の延伸：生活習慣病の発症予防と重症化予防に取り組み、健康寿命を延ばします。"),
    (
        "p",
        "基本目標2 健康格差の縮小：地区や世代による健康状態の差を縮め、誰もが健康づくりに取り組める環境を整えます。",
    ),
    ("sec", "3 取組の分野"),
    ("p", "基本目標の達成に向けて、次の5つの分野で取組を進めます。"),
    ("item", "(1) 栄養・食生活（食育）"),
    ("item", "(2) 身体活動・運動"),
    ("item", "(3) 休養・こころの健康"),
    ("item", "(4) 歯・口腔の健康"),
    ("item", "(5) たばこ・アルコール"),
    ("ch", "第4章 分野別の取組"),
    ("sub", "(1) 栄養・食生活（食育）"),
    (
        "p",
        "朝食の欠食や野菜摂取量の不足、塩分の過剰摂取が見られます。市は、市内の飲食店と連携し、食塩相当量3g未満の定食などを提供する「きたすみ減塩ランチ」協力店の認定を進めるとともに、保育所・学校と連携した食育を推進します。",
    ),
    ("sub", "(2) 身体活動・運動"),
    (
        "p",
        "日常生活の中で体を動かす習慣づくりを進めるため、ウォーキングや健診受診でポイントがたまり、市内協力店で使える商品券と交換できる「すこやかポイント事業」を実施します。また、各地区のウォーキングマップを作成し、「1日プラス1,000歩」を呼び掛けます。高齢者のフレイル予防のため、地区センターで行う「いきいき百歳体操」の自主グループを支援します。",
    ),
    ("sub", "(3) 休養・こころの健康"),
    (
        "p",
        "悩みを抱える人に気づき、声をかけ、必要な支援につなぐ「ゲートキーパー」の養成講座を、市職員、民生委員、企業の従業員などを対象に開催します。また、睡眠の大切さについて啓発します。",
    ),
    ("sub", "(4) 歯・口腔の健康"),
    (
        "p",
        "生涯にわたり自分の歯でおいしく食べられるよう、8020運動を推進します。40歳・50歳・60歳・70歳の市民を対象とした歯周病検診を無料で実施し、受診を勧奨します。",
    ),
    ("sub", "(5) たばこ・アルコール"),
    (
        "p",
        "喫煙はがんやCOPD（慢性閉塞性肺疾患）の原因となります。受動喫煙の防止や禁煙を希望する人への支援を行います。妊娠中の喫煙・飲酒をなくすため、母子健康手帳交付時の保健指導を充実します。",
    ),
    ("ch", "第5章 成果指標"),
    (
        "p",
        "計画の達成状況を評価するため、次の成果指標を設定します。現状値は主に市民アンケート及び各種統計によるものです。",
    ),
    ("indicator_table", None),
    ("note", "※健康寿命は、「日常生活動作が自立している期間の平均」により算出しています。"),
    ("ch", "第6章 計画の推進"),
    ("sec", "1 推進体制"),
    (
        "p",
        "医療関係者、学識経験者、地域団体の代表などで構成する「北澄市健康づくり推進協議会」において、計画の進捗状況を毎年度報告し、意見を聴きます。",
    ),
    ("sec", "2 地区の健康づくり拠点"),
    (
        "p",
        "市内5地区に健康づくりの拠点を置き、保健師・管理栄養士による健康相談を行っています。お近くの拠点にお気軽にご相談ください。",
    ),
    ("district_table", None),
    ("note", "※人口は令和5年10月1日現在の住民基本台帳人口です。"),
    ("sec", "3 進行管理"),
    (
        "p",
        "計画の実効性を高めるため、PDCAサイクルに基づき取組を評価・改善します。令和8年度に中間評価、令和11年度に最終評価を実施し、次期計画に反映します。",
    ),
    ("ch", "用語解説"),
    ("glossary", None),
]

PDF_INDICATORS = [
    ("指標名", "現状値（年度）", "目標値（年度）"),
    ("健康寿命（男性）", "79.6年（令和4年）", "80.4年（令和10年）"),
    ("健康寿命（女性）", "84.1年（令和4年）", "84.8年（令和10年）"),
    ("特定健康診査受診率", "38.5%（令和4年度）", "60.0%（令和11年度）"),
    ("朝食を毎日食べる中学生の割合", "86.2%（令和5年度）", "95.0%（令和11年度）"),
    ("20～60歳代男性の肥満者の割合", "34.7%（令和5年度）", "28.0%（令和11年度）"),
    ("1日の歩数が8,000歩以上の人の割合", "22.4%（令和5年度）", "30.0%（令和11年度）"),
    ("運動習慣者の割合（20～64歳）", "19.8%（令和5年度）", "30.0%（令和11年度）"),
    ("睡眠で休養が十分とれている人の割合", "71.3%（令和5年度）", "80.0%（令和11年度）"),
    ("ゲートキーパー養成講座受講者数（累計）", "412人（令和4年度）", "1,000人（令和11年度）"),
    ("80歳で20本以上の歯を有する人の割合", "46.5%（令和5年度）", "60.0%（令和11年度）"),
    ("歯周病検診受診率", "6.8%（令和4年度）", "15.0%（令和11年度）"),
    ("成人の喫煙率", "14.9%（令和5年度）", "12.0%（令和11年度）"),
]

PDF_DISTRICTS = [
    ("地区", "主な町名", "人口", "相談窓口", "電話番号", "健康相談日"),
    ("中央地区", "本町、駅前、栄町、旭町", "18,406", "北澄市保健センター", "0193-52-3110", "毎週月～金曜日"),
    ("東原地区", "東原、緑ケ丘、新田", "9,872", "東原地区健康サポートセンター", "0193-56-2241", "毎週火曜日"),
    ("西山地区", "西山、松ノ木、大平", "8,133", "西山コミュニティセンター", "0193-58-4017", "毎週水曜日"),
    (
        "南浦地区",
        "南浦、浜通り、汐見",
        "8,726",
        "南浦地区保健相談室（南浦支所内）",
        "0193-61-0325",
        "毎週木曜日",
    ),
    ("北沢地区", "北沢、上野原、滝の沢", "3,215", "北沢地区センター", "0193-63-7702", "第1・第3金曜日"),
]

PDF_GLOSSARY = [
    ("健康寿命", "健康上の問題で日常生活が制限されることなく生活できる期間。"),
    ("健康格差", "地域や社会経済状況の違いによる集団間の健康状態の差。"),
    ("特定健康診査", "40歳から74歳までの人を対象に、メタボリックシンドロームに着目して行う健康診査。"),
    (
        "フレイル",
        "加齢に伴い心身の活力が低下し、要介護状態に近づいた状態。適切な支援により改善が可能とされる。",
    ),
    (
        "ゲートキーパー",
        "自殺の危険を示すサインに気づき、適切な対応（声をかけ、話を聞き、必要な支援につなげ、見守る）を図ることができる人。",
    ),
    ("8020運動", "80歳になっても自分の歯を20本以上保とうという運動。"),
    (
        "COPD（慢性閉塞性肺疾患）",
        "主に長期の喫煙によって肺に炎症が起き、せきやたん、息切れなどが生じる病気。",
    ),
    ("受動喫煙", "他人のたばこの煙を吸わされること。"),
    ("食塩相当量", "食品に含まれるナトリウムの量を食塩の量に換算したもの。"),
]


def make_pdf(path):
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
        Spacer,
        Table,
        TableStyle,
    )
    from reportlab.platypus.tableofcontents import TableOfContents

    pdfmetrics.registerFont(TTFont("IPAexGothic", "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"))
    F = "IPAexGothic"
    W, H = A4
    base = dict(fontName=F, wordWrap="CJK")
    st_body = ParagraphStyle("body", fontSize=10.5, leading=17, firstLineIndent=10.5, spaceAfter=4, **base)
    st_center = ParagraphStyle(
        "center", fontSize=12, leading=20, alignment=TA_CENTER, spaceBefore=4, spaceAfter=6, **base
    )
    st_item = ParagraphStyle("item", fontSize=10.5, leading=16, leftIndent=21, **base)
    st_note = ParagraphStyle("note", fontSize=9, leading=13, spaceBefore=3, spaceAfter=6, **base)
    st_ch = ParagraphStyle(
        "ch",
        fontSize=15,
        leading=22,
        spaceBefore=10,
        spaceAfter=8,
        textColor=colors.HexColor("#1f4e79"),
        keepWithNext=1,
        **base,
    )
    st_sec = ParagraphStyle(
        "sec", fontSize=12, leading=18, spaceBefore=8, spaceAfter=4, keepWithNext=1, **base
    )
    st_sub = ParagraphStyle(
        "sub", fontSize=11, leading=17, spaceBefore=6, spaceAfter=2, leftIndent=5, keepWithNext=1, **base
    )
    st_cell = ParagraphStyle("cell", fontSize=9, leading=12, **base)
    st_cellh = ParagraphStyle("cellh", fontSize=9, leading=12, alignment=TA_CENTER, **base)
    st_term = ParagraphStyle("term", fontSize=10.5, leading=16, spaceBefore=4, **base)
    st_termdef = ParagraphStyle("termdef", fontSize=10, leading=15, leftIndent=15, spaceAfter=2, **base)

    class Doc(BaseDocTemplate):
        def afterFlowable(self, fl):
            lvl = getattr(fl, "_toc_level", None)
            if lvl is not None:
                self.notify("TOCEntry", (lvl, fl.getPlainText(), self.page - 2))

    def cover(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#1f4e79"))
        canv.rect(0, H - 60 * mm, W, 6 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.black)
        canv.setFont(F, 20)
        canv.drawCentredString(W / 2, H - 95 * mm, "第2次")
        canv.setFont(F, 28)
        canv.drawCentredString(W / 2, H - 112 * mm, "北澄市健康増進計画")
        canv.setFont(F, 18)
        canv.drawCentredString(W / 2, H - 128 * mm, "～すこやか北澄プラン～")
        canv.setFont(F, 12)
        canv.drawCentredString(W / 2, H - 140 * mm, "（北澄市食育推進計画を含む）")
        canv.setFont(F, 14)
        canv.drawCentredString(W / 2, H - 160 * mm, "令和6年度～令和11年度")
        canv.setFont(F, 16)
        canv.drawCentredString(W / 2, 60 * mm, "令和6年3月")
        canv.drawCentredString(W / 2, 48 * mm, "北澄市")
        canv.restoreState()

    def inner(canv, doc):
        canv.saveState()
        canv.setFont(F, 8.5)
        canv.setFillColor(colors.grey)
        canv.drawRightString(W - 20 * mm, H - 13 * mm, PDF_TITLE)
        canv.setStrokeColor(colors.grey)
        canv.setLineWidth(0.5)
        canv.line(20 * mm, H - 15 * mm, W - 20 * mm, H - 15 * mm)
        if doc.page >= 3:
            canv.setFont(F, 10)
            canv.setFillColor(colors.black)
            canv.drawCentredString(W / 2, 12 * mm, f"- {doc.page - 2} -")
        canv.restoreState()

    doc = Doc(
        path,
        pagesize=A4,
        title=PDF_TITLE,
        author="北澄市 保健福祉部 健康づくり課",
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates(
        [
            PageTemplate(id="cover", frames=[frame], onPage=cover),
            PageTemplate(id="inner", frames=[frame], onPage=inner),
        ]
    )

    story = [NextPageTemplate("inner"), PageBreak()]
    story.append(
        Paragraph(
            "目　次",
            ParagraphStyle("tocT", fontSize=18, leading=26, alignment=TA_CENTER, spaceAfter=12, **base),
        )
    )
    toc = TableOfContents()
    toc.dotsMinLevel = 0
    toc.levelStyles = [
        ParagraphStyle(
            "toc0", fontSize=11.5, leading=18, leftIndent=0, firstLineIndent=0, spaceBefore=5, **base
        ),
        ParagraphStyle("toc1", fontSize=10.5, leading=15, leftIndent=18, firstLineIndent=0, **base),
    ]
    story += [toc, PageBreak()]

    def heading(text, style, lvl):
        p = Paragraph(text, style)
        p._toc_level = lvl
        UNITS["pdf"].append(text)
        return p

    def grid(rows, widths, header_bg):
        data = []
        for i, r in enumerate(rows):
            data.append([Paragraph(c, st_cellh if i == 0 else st_cell) for c in r])
            UNITS["pdf"].extend(r)
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(header_bg)),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return t

    for kind, text in PDF_BODY:
        if kind == "ch":
            if text == "用語解説":
                story.append(PageBreak())
            story.append(heading(text, st_ch, 0))
        elif kind == "sec":
            story.append(heading(text, st_sec, 1))
        elif kind == "sub":
            story.append(Paragraph(text, st_sub))
            UNITS["pdf"].append(text)
        elif kind in ("p", "center", "item", "note"):
            style = {"p": st_body, "center": st_center, "item": st_item, "note": st_note}[kind]
            story.append(Paragraph(text, style))
            UNITS["pdf"].append(text)
        elif kind == "indicator_table":
            story.append(grid(PDF_INDICATORS, [80 * mm, 45 * mm, 45 * mm], "#dbe5f1"))
        elif kind == "district_table":
            story.append(
                grid(PDF_DISTRICTS, [17 * mm, 34 * mm, 15 * mm, 42 * mm, 29 * mm, 33 * mm], "#e2efda")
            )
        elif kind == "glossary":
            for term, expl in PDF_GLOSSARY:
                story.append(Paragraph("■ " + term, st_term))
                story.append(Paragraph(expl, st_termdef))
                UNITS["pdf"].extend([term, expl])
    story.append(Spacer(1, 12 * mm))
    for line in [
        "第2次北澄市健康増進計画（すこやか北澄プラン）",
        "発行：北澄市 保健福祉部 健康づくり課",
        "〒028-3192 北澄市本町二丁目4番10号（北澄市保健センター内）",
        "電話：0193-52-3110　FAX：0193-52-3119",
    ]:
        story.append(Paragraph(line, st_note))
        UNITS["pdf"].append(line)
    doc.multiBuild(story)


# ---------------------------------------------------------------------------
# 2. DOCX: 第2期砥石沢町空家等対策計画
# ---------------------------------------------------------------------------
DOCX_NAME = "toishizawa_akiya_taisaku_keikaku.docx"

DOCX_PROJECTS = [
    ("事業名", "内容", "実施年度", "担当課"),
    (
        "空き家バンク運営事業",
        "空き家の売却・賃貸を希望する所有者と利用希望者をマッチングする。",
        "令和7年度～令和11年度",
        "企画課",
    ),
    (
        "空き家改修支援補助金",
        "空き家バンク登録物件の改修費の2分の1（上限100万円）を補助する。",
        "令和7年度～令和11年度",
        "建設課",
    ),
    (
        "老朽危険空き家除却補助金",
        "不良度判定で危険と判断された空き家の解体費の3分の1（上限50万円）を補助する。",
        "令和7年度～令和11年度",
        "建設課",
    ),
    (
        "住まいの終活・相続セミナー",
        "高齢者世帯を対象に、相続登記や住まいの将来について学ぶセミナーを開催する。",
        "毎年度（年1回）",
        "町民課",
    ),
    (
        "空き家無料相談会",
        "司法書士・宅地建物取引士・建築士による無料相談会を開催する。",
        "毎年度（年2回）",
        "建設課",
    ),
    (
        "固定資産税納税通知書への啓発チラシ同封",
        "家屋の所有者に適正管理と空き家バンク登録を呼び掛ける。",
        "令和7年度～令和11年度",
        "税務課",
    ),
    (
        "空き家実態調査（追跡調査）",
        "令和6年度調査で把握した空き家の状況を再調査し、データベースを更新する。",
        "令和9年度",
        "建設課",
    ),
    (
        "移住お試し住宅整備事業",
        "町有の空き家を改修し、移住希望者向けの短期滞在住宅として活用する。",
        "令和8年度～令和9年度",
        "企画課",
    ),
    (
        "空き家跡地活用事業",
        "除却後の跡地を地域のポケットパークや駐車場として活用する。",
        "令和10年度～令和11年度",
        "建設課・総務課",
    ),
]

DOCX_INDICATORS = [
    ("指標名", "基準値（令和6年度）", "目標値（令和11年度）"),
    ("空き家バンク登録件数（累計）", "38件", "80件"),
    ("空き家バンクを通じた成約件数（累計）", "21件", "50件"),
    ("特定空家等の件数", "9件", "4件"),
    ("空き家無料相談会の参加者数（年間）", "27人", "50人"),
    ("除却補助金の活用件数（累計）", "12件", "30件"),
]

DOCX_HISTORY = [
    ("年月日", "会議等", "内容"),
    ("令和6年6月18日", "第1回砥石沢町空家等対策協議会", "計画策定方針、空き家実態調査の実施について"),
    ("令和6年7月～9月", "空き家実態調査", "町内全域の外観目視調査（委託）"),
    ("令和6年10月～11月", "所有者意向調査", "空き家所有者への郵送アンケート（送付数386件）"),
    ("令和6年10月29日", "第2回砥石沢町空家等対策協議会", "実態調査・意向調査結果の報告"),
    ("令和6年12月17日", "第3回砥石沢町空家等対策協議会", "計画素案の検討"),
    ("令和7年1月6日～令和7年2月4日", "パブリックコメント", "計画素案への意見募集（意見5件）"),
    ("令和7年1月14日", "住民説明会（本町地区）", "会場：砥石沢町役場2階大会議室"),
    ("令和7年1月16日", "住民説明会（上沢・下沢地区）", "会場：上沢公民館"),
    ("令和7年1月18日", "住民説明会（鷹ノ巣地区）", "会場：鷹ノ巣地区コミュニティセンター"),
    ("令和7年2月25日", "第4回砥石沢町空家等対策協議会", "計画案の承認"),
]

DOCX_GLOSSARY = [
    (
        "空家等",
        "建築物又はこれに附属する工作物であって、居住その他の使用がなされていないことが常態であるもの及びその敷地（空家法第2条第1項）。",
    ),
    (
        "特定空家等",
        "そのまま放置すれば倒壊等著しく保安上危険となるおそれのある状態や、著しく衛生上有害となるおそれのある状態などにある空家等（空家法第2条第2項）。",
    ),
    (
        "管理不全空家等",
        "適切な管理が行われていないことにより、そのまま放置すれば特定空家等に該当することとなるおそれのある状態にある空家等（空家法第13条第1項）。",
    ),
    (
        "空き家バンク",
        "空き家の売却・賃貸を希望する所有者から申込みを受けた物件情報を町のホームページ等で公開し、利用希望者とのマッチングを行う制度。",
    ),
    ("不良度判定", "建物の傾きや屋根・外壁の損傷の程度などを点数化し、老朽化の度合いを判定するもの。"),
]


def make_docx(path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    sec.top_margin = sec.bottom_margin = Mm(25)

    def ea(style, font):
        rpr = style.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), font)

    for name in ["Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "List Bullet"]:
        ea(d.styles[name], "ＭＳ 明朝" if name in ("Normal", "List Bullet") else "ＭＳ ゴシック")
    d.styles["Normal"].font.size = Pt(10.5)

    def para(text, style=None, align=None):
        p = d.add_paragraph(text, style=style)
        if align is not None:
            p.alignment = align
        UNITS["docx"].append(text)
        return p

    def head(text, level):
        d.add_heading(text, level=level)
        UNITS["docx"].append(text)

    def bullet(text):
        para(text, style="List Bullet")

    def table(rows, widths):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                cell = t.cell(i, j)
                cell.text = c
                cell.width = Mm(widths[j])
                UNITS["docx"].append(c)
                if i == 0:
                    run = cell.paragraphs[0].runs[0]
                    run.bold = True
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.add_paragraph()

    # --- cover
    for _ in range(6):
        d.add_paragraph()
    para("第2期砥石沢町空家等対策計画", style="Title", align=WD_ALIGN_PARAGRAPH.CENTER)
    para("～住み継ぐ・活かす・安心の砥石沢～", style="Subtitle", align=WD_ALIGN_PARAGRAPH.CENTER)
    para("計画期間　令和7年度～令和11年度", align=WD_ALIGN_PARAGRAPH.CENTER)
    for _ in range(10):
        d.add_paragraph()
    para("令和7年3月", align=WD_ALIGN_PARAGRAPH.CENTER)
    para("砥石沢町", align=WD_ALIGN_PARAGRAPH.CENTER)
    d.add_page_break()

    # --- chapter 1
    head("第1章 計画の概要", 1)
    head("1 計画策定の背景と目的", 2)
    para(
        "近年、人口減少や高齢化の進行、住宅の老朽化に伴い、本町でも空き家が増加しています。適切に管理されていない空き家は、倒壊や屋根材の飛散、雑草の繁茂、不法投棄など、周辺の生活環境に悪影響を及ぼすおそれがあります。"
    )
    para(
        "本町では令和2年3月に「砥石沢町空家等対策計画」を策定し、空き家バンクの開設や除却費の補助などに取り組んできました。令和5年12月に施行された改正空家法により「管理不全空家等」の制度が創設されたことなどを踏まえ、空き家の発生予防から利活用、除却までを総合的に推進するため、第2期計画を策定します。"
    )
    head("2 計画の位置付け", 2)
    para(
        "本計画は、空家等対策の推進に関する特別措置法（平成26年法律第127号。以下「空家法」という。）第7条第1項に基づく空家等対策計画であり、「第6次砥石沢町総合計画」及び「砥石沢町まち・ひと・しごと創生総合戦略」と整合を図るものです。"
    )
    head("3 計画の期間", 2)
    para(
        "本計画の期間は、令和7年度から令和11年度までの5年間とします。なお、社会情勢の変化や国の制度改正等に応じて、計画期間中であっても必要な見直しを行います。"
    )
    head("4 対象地区及び対象とする空家等", 2)
    para(
        "対象地区は町内全域とします。対象とする空家等は、空家法第2条第1項に規定する「空家等」（特定空家等及び管理不全空家等を含む。）とし、利活用の観点から、住宅以外の店舗・倉庫等も対象とします。"
    )

    # --- chapter 2
    head("第2章 空き家の現状と課題", 1)
    head("1 空き家実態調査の結果", 2)
    para(
        "令和6年7月から9月にかけて町内全域で外観目視による実態調査を行った結果、空き家と判定された建物は412件でした。前回調査（令和元年度）の318件から94件増加しています。"
    )
    head("(1) 地区別の空き家数", 3)
    bullet("本町地区：137件")
    bullet("上沢地区：96件")
    bullet("下沢地区：88件")
    bullet("鷹ノ巣地区：91件")
    head("(2) 老朽度ランク別の空き家数", 3)
    bullet("Aランク（そのまま活用可能）：158件")
    bullet("Bランク（小規模な修繕で活用可能）：171件")
    bullet("Cランク（大規模な修繕が必要）：61件")
    bullet("Dランク（倒壊等の危険がある）：22件")
    head("2 所有者意向調査の結果", 2)
    para(
        "空き家の所有者386人に郵送でアンケートを行い、202人から回答を得ました（回答率52.3%）。今後の活用について「予定はない・わからない」が38.1%と最も多く、困りごととしては「解体費用が高い」（46.7%）、「遠方に住んでいて管理ができない」（31.2%）が上位となりました。"
    )
    head("3 空き家対策の課題", 2)
    bullet("所有者の高齢化や相続により、管理されないまま放置される空き家が増えるおそれがあること")
    bullet("活用可能な空き家が多い一方、空き家バンクへの登録が進んでいないこと")
    bullet("解体費用の負担が大きく、老朽化した空き家の除却が進みにくいこと")
    bullet("鷹ノ巣地区など中山間部で空き家率が高く、地域の防災・防犯上の不安が大きいこと")

    # --- chapter 3
    head("第3章 基本理念と基本方針", 1)
    head("1 基本理念", 2)
    para("「住み継ぐ・活かす・安心の砥石沢」", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(
        "空き家を個人の問題としてだけでなく地域全体の課題ととらえ、所有者、町民、事業者、行政が連携して、安心して住み続けられるまちづくりを進めます。"
    )
    head("2 基本方針", 2)
    bullet("基本方針1　空き家の発生予防")
    bullet("基本方針2　空き家の適正管理の促進")
    bullet("基本方針3　空き家・跡地の利活用の促進")
    bullet("基本方針4　管理不全空家等・特定空家等への対応")

    # --- chapter 4
    head("第4章 具体的な取組", 1)
    head("1 主な事業", 2)
    para("基本方針に基づき、次の事業に取り組みます。")
    table(DOCX_PROJECTS, [40, 70, 30, 20])
    head("2 成果指標", 2)
    para("計画の進み具合を確認するため、次の成果指標を設定します。")
    table(DOCX_INDICATORS, [80, 40, 40])

    # --- chapter 5
    head("第5章 計画の推進体制", 1)
    head("1 砥石沢町空家等対策協議会", 2)
    para(
        "空家法第8条に基づき、町長、町議会議員、地域住民の代表、法務・不動産・建築の専門家等の委員10名で構成する「砥石沢町空家等対策協議会」を設置し、計画の進捗管理や特定空家等の認定に関する協議を行います。"
    )
    head("2 関係機関との連携", 2)
    bullet("司法書士会・宅地建物取引業協会・建築士会との相談体制の連携")
    bullet("消防署・警察署との危険な空き家に関する情報共有")
    bullet("自治会・地区防犯協会による見守りと情報提供")

    # --- annex
    head("資料編", 1)
    head("1 策定経過", 2)
    para(
        "計画の策定に当たっては、砥石沢町空家等対策協議会を4回開催したほか、パブリックコメントと町内3会場での住民説明会を実施しました。"
    )
    table(DOCX_HISTORY, [45, 55, 60])
    head("2 用語解説", 2)
    for term, expl in DOCX_GLOSSARY:
        bullet(f"{term}：{expl}")
    head("3 問い合わせ先", 2)
    para("砥石沢町 建設課 住宅・空き家対策係")
    para("〒029-5511 砥石沢町本町一丁目5番1号（役場本庁舎2階）")
    para("電話：0192-48-2115（直通）　FAX：0192-48-3390")
    para("メール：akiya@town.toishizawa.example.jp")

    d.core_properties.title = "第2期砥石沢町空家等対策計画"
    d.core_properties.author = "砥石沢町 建設課"
    d.save(path)


# ---------------------------------------------------------------------------
# 3. XLSX: 第3次千尋浜市男女共同参画プラン 成果指標の達成状況（最終評価）
# ---------------------------------------------------------------------------
XLSX_NAME = "chihirohama_danjo_shinchoku.xlsx"

XLSX_GOALS = [
    (
        "基本目標Ⅰ　男女共同参画社会の実現に向けた意識づくり",
        [
            (
                1,
                "「社会全体で男女の地位が平等になっている」と感じる市民の割合",
                "%",
                "令和元年度",
                14.2,
                "令和7年度",
                25,
                "令和7年度",
                18.6,
                "未達成",
                "人権・男女共同参画課",
            ),
            (
                2,
                "男女共同参画出前講座の開催回数（年間）",
                "回",
                "令和元年度",
                6,
                "令和7年度",
                12,
                "令和7年度",
                14,
                "達成",
                "人権・男女共同参画課",
            ),
        ],
    ),
    (
        "基本目標Ⅱ　あらゆる分野における女性の活躍推進",
        [
            (
                3,
                "市の審議会等における女性委員の割合",
                "%",
                "令和2年4月1日",
                27.4,
                "令和8年4月1日",
                40,
                "令和8年4月1日",
                36.9,
                "順調",
                "総務課",
            ),
            (
                4,
                "市職員の管理職（課長級以上）に占める女性の割合",
                "%",
                "令和2年度",
                11.8,
                "令和7年度",
                20,
                "令和7年度",
                17.5,
                "順調",
                "職員課",
            ),
            (
                5,
                "一般事業主行動計画を策定した市内中小事業所数（累計）",
                "事業所",
                "令和2年度",
                9,
                "令和7年度",
                20,
                "令和7年度",
                22,
                "達成",
                "商工観光課",
            ),
            (
                6,
                "女性の就業・起業支援セミナー参加者数（年間）",
                "人",
                "令和元年度",
                48,
                "令和7年度",
                80,
                "令和7年度",
                53,
                "未達成",
                "商工観光課",
            ),
        ],
    ),
    (
        "基本目標Ⅲ　ワーク・ライフ・バランスの推進",
        [
            (
                7,
                "市の男性職員の育児休業取得率",
                "%",
                "令和元年度",
                7.1,
                "令和7年度",
                30,
                "令和7年度",
                58.3,
                "達成",
                "職員課",
            ),
            (
                8,
                "「仕事と生活の調和がとれている」と感じる市民の割合",
                "%",
                "令和元年度",
                41.5,
                "令和7年度",
                50,
                "令和7年度",
                44.2,
                "順調",
                "人権・男女共同参画課",
            ),
            (
                9,
                "放課後児童クラブの待機児童数",
                "人",
                "令和2年4月1日",
                23,
                "令和8年4月1日",
                0,
                "令和8年4月1日",
                12,
                "未達成",
                "こども家庭課",
            ),
        ],
    ),
    (
        "基本目標Ⅳ　安全・安心に暮らせる社会づくり",
        [
            (
                10,
                "DV相談窓口を知っている市民の割合",
                "%",
                "令和元年度",
                38.9,
                "令和7年度",
                60,
                "令和7年度",
                51.7,
                "順調",
                "人権・男女共同参画課",
            ),
            (
                11,
                "デートDV防止講座を実施した市内中学校・高校の数",
                "校",
                "令和2年度",
                3,
                "令和7年度",
                10,
                "令和7年度",
                10,
                "達成",
                "学校教育課",
            ),
            (
                12,
                "市防災会議の女性委員数",
                "人",
                "令和2年度",
                2,
                "令和7年度",
                6,
                "令和7年度",
                5,
                "順調",
                "防災危機管理課",
            ),
        ],
    ),
]

XLSX_NOTES = [
    "※1　指標No.1、No.8、No.10は「千尋浜市男女共同参画に関する市民意識調査」（18歳以上の市民2,000人を無作為抽出、令和7年度回収率41.3%）によります。",
    "※2　達成状況は、実績値が目標値に達したものを「達成」、目標値に達していないが実績値が目標値の80%以上のものを「順調」、それ以外を「未達成」としています。",
    "※3　指標No.3及びNo.9は各年4月1日現在の数値です。指標No.9は数値の減少を目指す指標です。",
    "※4　本計画の計画期間は令和7年度で終了しました。令和8年度からは「第4次千尋浜市男女共同参画プラン」（令和8年度～令和12年度）に基づき取組を進めています。",
]

XLSX_OVERVIEW = [
    ("計画名", "第3次千尋浜市男女共同参画プラン（ちひろはま はばたきプラン）"),
    ("計画期間", "令和3年度～令和7年度（5年間）"),
    ("策定年月", "令和3年3月"),
    ("策定主体", "千尋浜市（市民協働部 人権・男女共同参画課）"),
    ("根拠法令", "男女共同参画社会基本法第14条第3項、女性活躍推進法第6条第2項、DV防止法第2条の3第3項"),
    ("基本理念", "ひとりひとりが輝き、支え合うまち ちひろはま"),
    ("基本目標", "Ⅰ 男女共同参画社会の実現に向けた意識づくり"),
    ("", "Ⅱ あらゆる分野における女性の活躍推進"),
    ("", "Ⅲ ワーク・ライフ・バランスの推進"),
    ("", "Ⅳ 安全・安心に暮らせる社会づくり"),
    ("推進体制", "千尋浜市男女共同参画推進審議会（委員15人）、庁内男女共同参画推進会議"),
    ("計画の位置付け", "本計画の一部を女性活躍推進計画及びDV対策基本計画として位置付ける"),
    ("次期計画", "第4次千尋浜市男女共同参画プラン（令和8年度～令和12年度、令和8年3月策定）"),
    ("問い合わせ先", "千尋浜市 市民協働部 人権・男女共同参画課 男女共同参画係"),
    ("所在地", "〒299-4103 千尋浜市汐入町2丁目3番8号 市役所本庁舎3階"),
    ("電話", "0436-71-2284"),
    ("FAX", "0436-71-2299"),
    ("メール", "danjo@city.chihirohama.example.jp"),
    ("女性相談ダイヤル", "0436-71-2290（ちひろはま女性相談ダイヤル）"),
]


def make_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "成果指標達成状況"
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfill = PatternFill("solid", fgColor="D9E1F2")
    gfill = PatternFill("solid", fgColor="FCE4D6")
    font = "游ゴシック"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)

    def put(cell, value, **kw):
        c = ws[cell] if isinstance(cell, str) else cell
        c.value = value
        for k, v in kw.items():
            setattr(c, k, v)
        if value not in (None, ""):
            UNITS["xlsx"].append(str(value))
        return c

    ncol = 11
    put(
        "A1",
        "第3次千尋浜市男女共同参画プラン 成果指標の達成状況（最終評価：令和7年度実績）",
        font=Font(name=font, size=14, bold=True),
    )
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    put(
        "A2",
        "令和8年8月　千尋浜市 市民協働部 人権・男女共同参画課",
        font=Font(name=font, size=10),
        alignment=Alignment(horizontal="right"),
    )
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncol)

    # two header rows with merged cells
    r1, r2 = 4, 5
    heads1 = {
        1: "No.",
        2: "指標名",
        3: "単位",
        4: "基準値",
        6: "目標値",
        8: "実績値",
        10: "達成状況",
        11: "担当課",
    }
    for col, text in heads1.items():
        put(ws.cell(r1, col), text, font=Font(name=font, bold=True), alignment=center, fill=hfill)
    for col in (1, 2, 3, 10, 11):
        ws.merge_cells(start_row=r1, start_column=col, end_row=r2, end_column=col)
    for col in (4, 6, 8):
        ws.merge_cells(start_row=r1, start_column=col, end_row=r1, end_column=col + 1)
        put(ws.cell(r2, col), "年度", font=Font(name=font, bold=True), alignment=center, fill=hfill)
        put(ws.cell(r2, col + 1), "値", font=Font(name=font, bold=True), alignment=center, fill=hfill)
    for r in (r1, r2):
        for col in range(1, ncol + 1):
            ws.cell(r, col).border = border
            ws.cell(r, col).fill = hfill

    row = r2 + 1
    for goal, items in XLSX_GOALS:
        put(ws.cell(row, 1), goal, font=Font(name=font, bold=True), alignment=left, fill=gfill)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        for col in range(1, ncol + 1):
            ws.cell(row, col).border = border
            ws.cell(row, col).fill = gfill
        row += 1
        for it in items:
            for col, v in enumerate(it, start=1):
                c = put(
                    ws.cell(row, col),
                    v,
                    font=Font(name=font),
                    border=border,
                    alignment=left if col in (2, 11) else center,
                )
                if isinstance(v, float):
                    c.number_format = "0.0"
            row += 1
    row += 1
    for note in XLSX_NOTES:
        put(ws.cell(row, 1), note, font=Font(name=font, size=9))
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
        ws.row_dimensions[row].height = 26
        ws.cell(row, 1).alignment = Alignment(wrap_text=True, vertical="top")
        row += 1

    widths = [5, 46, 7, 14, 8, 14, 8, 14, 8, 10, 20]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + i)].width = w
    ws.freeze_panes = "C6"
    ws.print_title_rows = "4:5"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1

    # second sheet: plan overview
    ws2 = wb.create_sheet("計画の概要")
    ws2["A1"] = "第3次千尋浜市男女共同参画プランの概要"
    ws2["A1"].font = Font(name=font, size=14, bold=True)
    UNITS["xlsx"].append("第3次千尋浜市男女共同参画プランの概要")
    ws2.merge_cells("A1:B1")
    for c, t in (("A3", "項目"), ("B3", "内容")):
        ws2[c] = t
        ws2[c].font = Font(name=font, bold=True)
        ws2[c].fill = hfill
        ws2[c].border = border
        ws2[c].alignment = center
        UNITS["xlsx"].append(t)
    for i, (k, v) in enumerate(XLSX_OVERVIEW, start=4):
        for col, val in ((1, k), (2, v)):
            c = ws2.cell(i, col)
            c.value = val if val else None
            c.font = Font(name=font)
            c.border = border
            c.alignment = left
            if val:
                UNITS["xlsx"].append(val)
    ws2.column_dimensions["A"].width = 18
    ws2.column_dimensions["B"].width = 80

    wb.properties.title = "第3次千尋浜市男女共同参画プラン 成果指標の達成状況"
    wb.properties.creator = "千尋浜市 人権・男女共同参画課"
    wb.save(path)


def write(directory) -> None:
    make_pdf(os.path.join(directory, PDF_NAME))
    make_docx(os.path.join(directory, DOCX_NAME))
    make_xlsx(os.path.join(directory, XLSX_NAME))


def main():
    make_pdf(os.path.join(HERE, PDF_NAME))
    make_docx(os.path.join(HERE, DOCX_NAME))
    make_xlsx(os.path.join(HERE, XLSX_NAME))
    for n in (PDF_NAME, DOCX_NAME, XLSX_NAME):
        print(n, os.path.getsize(os.path.join(HERE, n)))


if __name__ == "__main__":
    main()
