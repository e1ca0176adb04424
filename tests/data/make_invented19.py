"""The invented plans of `invented-dev19`, written by a helper who never saw the code, as their towns would
publish them: a 子ども・子育て支援事業計画 PDF drawn with reportlab, a 地域福祉計画 as the city's CMS web page,
an ended 観光振興計画 KPI workbook in Excel. `planbot eval` runs `write(directory)` into the suite's corpus
(generated files are kept as code, not in git). All towns, people, addresses and phone numbers are invented.
"""
import os

OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# 1. 水鳴町 第3期子ども・子育て支援事業計画 (PDF)
# ---------------------------------------------------------------------------
PDF_FILE = "mizunari_kosodate_keikaku_3.pdf"
PDF_TITLE = "第3期水鳴町子ども・子育て支援事業計画"

# Body: list of (kind, text)  kind in ch / sec / sub / p / quote / table:NAME
PDF_BODY = [
    ("ch", "第1章　計画の策定にあたって"),
    ("sec", "1　計画策定の趣旨"),
    ("p", "本町では、平成27年3月に「水鳴町子ども・子育て支援事業計画」を、令和2年3月に「第2期水鳴町子ども・子育て支援事業計画」を策定し、幼児期の教育・保育及び地域の子ども・子育て支援事業の計画的な提供に取り組んできました。"),
    ("p", "この間、出生数の減少が続く一方で、共働き世帯の増加により低年齢児の保育ニーズは高まっています。また、令和5年4月には「こども基本法」が施行され、こども家庭庁が発足するなど、子どもを取り巻く環境は大きく変化しています。"),
    ("p", "こうした状況を踏まえ、第2期計画の成果と課題を検証し、子どもと子育て家庭を町全体で支えるため、「第3期水鳴町子ども・子育て支援事業計画」（以下「本計画」という。）を策定します。"),
    ("sec", "2　計画の位置づけ"),
    ("p", "本計画は、子ども・子育て支援法第61条に基づく「市町村子ども・子育て支援事業計画」であり、「水鳴町第6次総合計画」を上位計画とする分野別計画です。"),
    ("p", "また、次世代育成支援対策推進法第8条に基づく「市町村行動計画」を包含するとともに、「水鳴町地域福祉計画」「水鳴町健康増進計画」等の関連計画との整合を図ります。"),
    ("sec", "3　計画の期間"),
    ("p", "本計画の期間は、令和7年度から令和11年度までの5年間とします。なお、社会情勢の変化や、量の見込みと実績の間に大きな乖離が生じた場合に対応するため、令和9年度を目途に中間見直しを行います。"),
    ("sec", "4　計画の策定体制"),
    ("p", "計画の策定にあたっては、保護者代表、教育・保育事業者、学識経験者等15人で構成する「水鳴町子ども・子育て会議」において、令和6年度に4回の審議を行いました。"),
    ("p", "また、令和6年1月に就学前児童及び小学生の保護者1,600世帯を対象としたニーズ調査を実施しました（回収率52.4%）。"),

    ("ch", "第2章　子ども・子育てを取り巻く現状"),
    ("sec", "1　人口と出生の動向"),
    ("p", "本町の総人口は、令和6年4月1日現在で18,962人であり、10年前と比べて約2,100人減少しています。0歳から14歳までの年少人口は2,315人で、総人口に占める割合は12.2%となっています。"),
    ("p", "出生数は、令和元年の142人から令和5年には108人へと減少しています。合計特殊出生率は1.38（令和4年）で、県平均の1.35をわずかに上回っています。"),
    ("sec", "2　教育・保育の利用状況"),
    ("p", "保育所・認定こども園の利用児童数は、令和6年4月1日現在で612人となり、特に1・2歳児の利用が増加しています。同日現在の待機児童数は3人で、いずれも1歳児です。"),
    ("p", "放課後児童クラブは町内8か所で運営しており、令和6年5月1日現在の登録児童数は486人ですが、高学年を中心に14人の待機児童が生じています。"),
    ("sec", "3　ニーズ調査からみた課題"),
    ("p", "ニーズ調査では、「子育てしやすいまち」と感じる保護者の割合は58.3%にとどまりました。困りごととしては、「子どもが病気のときに預けられる場所がない」（42.1%）、「気軽に相談できる場所が近くにない」（27.6%）との回答が多くみられました。"),

    ("ch", "第3章　計画の基本的な考え方"),
    ("sec", "1　基本理念"),
    ("quote", "川のせせらぎのように　みんなで育む　水鳴の子ども"),
    ("p", "子どもたちが地域の中で健やかに育ち、保護者が安心して子育てを楽しめるよう、家庭・地域・事業者・行政がそれぞれの役割を担い、町全体で子育てを支えることを基本理念とします。"),
    ("sec", "2　基本目標"),
    ("sub", "(1)　安心して産み育てられる環境づくり"),
    ("p", "妊娠期から子育て期まで切れ目のない支援を行うため、令和6年4月に設置した「水鳴町こども家庭センター」を中心に、母子保健と児童福祉の一体的な相談支援を進めます。"),
    ("sub", "(2)　子どもの健やかな育ちを支える環境づくり"),
    ("p", "質の高い幼児期の教育・保育を提供するとともに、放課後の安全な居場所を確保します。"),
    ("sub", "(3)　地域全体で子育てを支えるまちづくり"),
    ("p", "ファミリー・サポート・センターや子育てサロンなど、地域住民が子育てに関わる仕組みを充実させます。"),

    ("ch", "第4章　量の見込みと確保方策"),
    ("sec", "1　教育・保育"),
    ("p", "1・2歳児の保育ニーズは今後も高い水準で推移すると見込まれることから、令和8年4月に「町立ひがし認定こども園」（定員120人）を開園し、待機児童の解消を図ります。これに伴い、東原保育所（定員60人）は令和8年3月末で閉所します。"),
    ("sec", "2　地域子ども・子育て支援事業"),
    ("sub", "(1)　放課後児童クラブ"),
    ("p", "令和8年度に水鳴東小学校区、令和9年度に北野小学校区にそれぞれ1か所を新設し、令和9年度までに10か所に拡充します。"),
    ("sub", "(2)　病児保育事業"),
    ("p", "子どもが病気の際に保護者が仕事を休めない場合に対応するため、令和8年度から水鳴町立病院内に病児保育室（定員3人）を開設します。"),
    ("sub", "(3)　一時預かり事業"),
    ("p", "保護者の急な用事やリフレッシュのための一時預かりを、町内4か所の保育施設で実施します。"),
    ("sub", "(4)　乳児等通園支援事業（こども誰でも通園制度）"),
    ("p", "保育所等を利用していない生後6か月から満3歳未満の子どもを対象に、令和8年度から月10時間を上限として実施します。"),

    ("ch", "第5章　計画の推進"),
    ("sec", "1　成果指標"),
    ("p", "本計画の進捗を評価するため、次の成果指標を設定します。"),
    ("table", "indicators"),
    ("sec", "2　地区別の子育て相談窓口"),
    ("p", "身近な地域で気軽に相談できるよう、町内5地区にそれぞれ子育て相談の窓口を置いています。妊娠・出産に関する相談は、水鳴町こども家庭センター（役場本庁舎1階、電話0287-62-3115）で受け付けます。"),
    ("table", "districts"),
    ("sec", "3　計画の進行管理"),
    ("p", "本計画の進捗状況は、毎年度「水鳴町子ども・子育て会議」に報告し、点検・評価を行います。評価結果は町ホームページで公表し、施策の改善に反映します（PDCAサイクル）。"),

    ("ch", "用語解説"),
    ("table", "glossary"),
    ("p", "発行：水鳴町 健康福祉部 こども家庭課　〒329-3392 水鳴町本町一丁目1番1号　電話0287-62-3111（代表）"),
]

PDF_TABLES = {
    "indicators": [
        ["指標名", "現状値（年度）", "目標値（年度）"],
        ["保育所等の待機児童数", "3人（令和6年度）", "0人（令和11年度）"],
        ["放課後児童クラブの待機児童数", "14人（令和6年度）", "0人（令和11年度）"],
        ["子育て支援センターの年間利用者数", "18,420人（令和5年度）", "22,000人（令和11年度）"],
        ["「子育てしやすいまち」と感じる保護者の割合", "58.3%（令和5年度）", "70.0%（令和11年度）"],
        ["乳幼児健康診査の受診率", "96.1%（令和5年度）", "98.0%（令和11年度）"],
        ["ファミリー・サポート・センター提供会員数", "41人（令和5年度）", "60人（令和11年度）"],
    ],
    "districts": [
        ["地区", "相談窓口", "所在地", "電話番号"],
        ["中央地区", "子育て支援センター「すくすく」", "本町二丁目3-1", "0287-62-3150"],
        ["東部地区", "ひがし子育てひろば", "東原1045", "0287-64-2208"],
        ["西部地区", "にしかわ児童館", "西川字宮前456-2", "0287-66-1317"],
        ["北部地区", "北部保健福祉センター", "北野1210", "0287-68-0421"],
        ["川内地区", "川内子育てサロン（川内公民館内）", "川内字上野88", "0287-69-2040"],
    ],
    "glossary": [
        ["用語", "解説"],
        ["放課後児童クラブ", "保護者が就労等により昼間家庭にいない小学生に、放課後や長期休業中に遊びや生活の場を提供する事業。学童保育とも呼ばれる。"],
        ["待機児童", "保育所等への入所を申し込み、入所要件を満たしているにもかかわらず入所できない状態にある児童。"],
        ["病児保育", "病気やその回復期にあり集団保育が難しい子どもを、専用の施設で看護師・保育士が一時的に預かる事業。"],
        ["ファミリー・サポート・センター", "子育ての援助を受けたい人（依頼会員）と援助を行いたい人（提供会員）が会員となり、送迎や預かりなどを有償で助け合う事業。"],
        ["こども家庭センター", "妊産婦、子育て世帯、子どもへの一体的な相談支援を行う機関。児童福祉法に基づき市町村に設置の努力義務がある。"],
        ["合計特殊出生率", "15歳から49歳までの女性の年齢別出生率を合計したもので、一人の女性が一生の間に生む子どもの数に相当する。"],
        ["認定こども園", "幼稚園と保育所の機能を併せ持ち、保護者の就労状況にかかわらず利用できる施設。"],
    ],
}

PDF_COVER = ["第3期", "水鳴町子ども・子育て支援事業計画", "令和7年度～令和11年度", "令和7年3月", "水鳴町"]


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
    st_p = ParagraphStyle("p", fontSize=10.5, leading=17, firstLineIndent=10.5, spaceAfter=4, **base)
    st_ch = ParagraphStyle("ch", fontSize=15, leading=22, spaceBefore=10, spaceAfter=8,
                           textColor=colors.HexColor("#1f4e79"), **base)
    st_sec = ParagraphStyle("sec", fontSize=12, leading=18, spaceBefore=8, spaceAfter=4, **base)
    st_sub = ParagraphStyle("sub", fontSize=10.5, leading=16, spaceBefore=4, spaceAfter=2, leftIndent=6, **base)
    st_quote = ParagraphStyle("quote", fontSize=13, leading=22, alignment=TA_CENTER, spaceBefore=6,
                              spaceAfter=8, textColor=colors.HexColor("#1f4e79"), **base)
    st_cell = ParagraphStyle("cell", fontSize=9, leading=13, **base)
    st_head = ParagraphStyle("head", fontSize=9, leading=13, alignment=TA_CENTER, **base)
    st_cover1 = ParagraphStyle("c1", fontSize=20, leading=30, alignment=TA_CENTER, **base)
    st_cover2 = ParagraphStyle("c2", fontSize=24, leading=36, alignment=TA_CENTER, **base)
    st_cover3 = ParagraphStyle("c3", fontSize=14, leading=22, alignment=TA_CENTER, **base)
    st_toc_title = ParagraphStyle("tt", fontSize=16, leading=24, alignment=TA_CENTER, spaceAfter=14, **base)

    state = {"chapter": "", "carry": "", "page_first": None}

    class Doc(BaseDocTemplate):
        def afterFlowable(self, flowable):
            kind = getattr(flowable, "_toc_kind", None)
            if kind is not None:
                text = flowable.getPlainText()
                if kind == 0:
                    state["chapter"] = text
                    if state["page_first"] is None:
                        state["page_first"] = text
                self.notify("TOCEntry", (kind, text, self.page - 1))

    def cover_page(canv, doc):
        state.update(chapter="", carry="", page_first=None)
        canv.saveState()
        canv.setFillColor(colors.HexColor("#dbe9f5"))
        canv.rect(0, H - 70 * mm, W, 70 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.HexColor("#1f4e79"))
        canv.rect(0, 0, W, 18 * mm, stroke=0, fill=1)
        canv.restoreState()

    def inner_start(canv, doc):
        state["carry"] = state["chapter"]
        state["page_first"] = None

    def inner_page(canv, doc):
        label = state["page_first"] or state["carry"]
        canv.saveState()
        canv.setFont(F, 8)
        canv.setFillColor(colors.grey)
        canv.drawString(20 * mm, H - 12 * mm, PDF_TITLE)
        if label:
            canv.drawRightString(W - 20 * mm, H - 12 * mm, label)
        canv.setStrokeColor(colors.grey)
        canv.setLineWidth(0.5)
        canv.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)
        canv.setFont(F, 9)
        canv.setFillColor(colors.black)
        canv.drawCentredString(W / 2, 10 * mm, f"- {doc.page - 1} -")
        canv.restoreState()

    doc = Doc(os.path.join(OUT, PDF_FILE), pagesize=A4, title=PDF_TITLE, author="水鳴町 健康福祉部 こども家庭課",
              leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=18 * mm)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([
        PageTemplate(id="cover", frames=[frame], onPage=cover_page),
        PageTemplate(id="inner", frames=[frame], onPage=inner_start, onPageEnd=inner_page),
    ])

    story = [Spacer(1, 30 * mm)]
    story.append(Paragraph(PDF_COVER[0], st_cover1))
    story.append(Paragraph(PDF_COVER[1], st_cover2))
    story.append(Spacer(1, 8 * mm))
    story.append(Paragraph(PDF_COVER[2], st_cover3))
    story.append(Spacer(1, 90 * mm))
    story.append(Paragraph(PDF_COVER[3], st_cover3))
    story.append(Paragraph(PDF_COVER[4], st_cover1))
    story.append(NextPageTemplate("inner"))
    story.append(PageBreak())

    story.append(Paragraph("目　次", st_toc_title))
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [
        ParagraphStyle("toc0", fontSize=11, leading=20, leftIndent=10, firstLineIndent=-10, **base),
        ParagraphStyle("toc1", fontSize=10, leading=16, leftIndent=30, firstLineIndent=-10, **base),
    ]
    story.append(toc)
    story.append(PageBreak())

    first_ch = True
    for kind, text in PDF_BODY:
        if kind == "ch":
            if not first_ch and text in ("第4章　量の見込みと確保方策", "第5章　計画の推進", "用語解説"):
                story.append(PageBreak())
            first_ch = False
            para = Paragraph(text, st_ch)
            para._toc_kind = 0
            story.append(para)
        elif kind == "sec":
            para = Paragraph(text, st_sec)
            para._toc_kind = 1
            story.append(para)
        elif kind == "sub":
            story.append(Paragraph(text, st_sub))
        elif kind == "quote":
            story.append(Paragraph(text, st_quote))
        elif kind == "p":
            story.append(Paragraph(text, st_p))
        elif kind == "table":
            rows = PDF_TABLES[text]
            data = [[Paragraph(c, st_head) for c in rows[0]]]
            data += [[Paragraph(c, st_cell) for c in r] for r in rows[1:]]
            widths = {
                "indicators": [doc.width * 0.46, doc.width * 0.27, doc.width * 0.27],
                "districts": [doc.width * 0.14, doc.width * 0.38, doc.width * 0.26, doc.width * 0.22],
                "glossary": [doc.width * 0.28, doc.width * 0.72],
            }[text]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe9f5")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            story.append(Spacer(1, 3 * mm))
            story.append(t)
            story.append(Spacer(1, 4 * mm))
    doc.multiBuild(story)


# ---------------------------------------------------------------------------
# 2. 鷺ノ原市 第4次地域福祉計画 (CMS web page)
# ---------------------------------------------------------------------------
HTML_FILE = "saginohara_chiikifukushi_4.html"
HTML_TITLE = "第4次鷺ノ原市地域福祉計画"

HTML_INTRO = [
    "鷺ノ原市では、誰もが住み慣れた地域で安心して暮らし続けられるよう、地域福祉を推進するための基本的な方向性を示す「第4次鷺ノ原市地域福祉計画」を令和6年3月に策定しました。",
    "本計画は、社会福祉法第107条に基づく市町村地域福祉計画であり、鷺ノ原市社会福祉協議会が策定する「地域福祉活動計画」と一体的に推進します。",
]
HTML_OVERVIEW = [
    ("計画期間", "令和6年度から令和10年度までの5年間"),
    ("基本理念", "ともに支え　ともに生きる　ふれあいのまち鷺ノ原"),
    ("策定年月", "令和6年3月"),
]
HTML_GOALS = [
    "基本目標1　つながりを育む地域づくり",
    "基本目標2　誰もが相談できる体制づくり",
    "基本目標3　安心して暮らせる仕組みづくり",
]
HTML_PROJECTS = [
    ["事業名", "内容", "実施年度", "担当課"],
    ["重層的支援体制整備事業", "高齢・障がい・子ども・生活困窮といった属性を問わない相談支援、参加支援、地域づくりに向けた支援を一体的に実施します。", "令和6年度～令和10年度", "地域福祉課"],
    ["ふれあいサロン立ち上げ支援", "高齢者や子育て世代が気軽に集える居場所の立ち上げに対し、補助金（上限5万円）を交付します。", "令和6年度～", "地域福祉課"],
    ["見守りネットワーク協定の拡充", "新聞販売店、宅配事業者、金融機関等と見守り協定を締結し、異変の早期発見につなげます。", "令和6年度～令和8年度", "高齢福祉課"],
    ["個別避難計画の作成推進", "避難行動要支援者一人ひとりの個別避難計画を、自主防災組織や福祉専門職と連携して作成します。", "令和6年度～令和9年度", "危機管理課<br>地域福祉課"],
    ["成年後見制度の利用促進", "「鷺ノ原市権利擁護センター」を中核機関として設置し、相談・申立て支援を行います。", "令和7年度", "地域福祉課"],
    ["ひきこもり支援ステーションの開設", "ひきこもり状態にある本人や家族の相談を受け、居場所づくりや就労体験につなげます。", "令和8年度", "障がい福祉課"],
    ["福祉ボランティア養成講座", "傾聴、買い物支援、災害ボランティアなどの講座を年2回開催します。", "毎年度", "社会福祉協議会<br>地域福祉課"],
]
HTML_CENTERS = [
    ["名称", "所在地", "電話番号", "開設日"],
    ["鷺ノ原市福祉総合相談窓口「ふくしの窓口」", "鷺ノ原市本町1-1-1<br>市役所本庁舎1階", "0266-21-4400", "月曜日～金曜日<br>（祝日・年末年始を除く）"],
    ["中央地区社会福祉協議会", "鷺ノ原市本町3-8-2<br>福祉会館2階", "0266-21-4410", "月曜日～金曜日"],
    ["北部地区社会福祉協議会", "鷺ノ原市北沢1520<br>北部コミュニティセンター内", "0266-27-3021", "月曜日・水曜日・金曜日"],
    ["南部地区社会福祉協議会", "鷺ノ原市南原町2-14<br>南部公民館内", "0266-25-1180", "火曜日・木曜日"],
    ["湖畔地区社会福祉協議会", "鷺ノ原市湖畔東456<br>湖畔支所内", "0266-29-0307", "火曜日・金曜日"],
    ["高原地区社会福祉協議会", "鷺ノ原市高原3300-1<br>高原ふれあいセンター内", "0266-31-2214", "水曜日"],
]
HTML_INDICATORS = [
    ["指標名", "現状値<br>（令和4年度）", "目標値<br>（令和10年度）"],
    ["地域の支え合い活動に参加している市民の割合", "24.6%", "35.0%"],
    ["ふれあいサロンの数", "62か所", "80か所"],
    ["民生委員・児童委員の充足率", "91.2%", "100%"],
    ["福祉ボランティア登録者数", "1,138人", "1,500人"],
    ["個別避難計画の作成率", "18.5%", "60.0%"],
    ["福祉の相談窓口を知っている市民の割合", "41.3%", "60.0%"],
]
HTML_HISTORY = [
    ["日程", "内容"],
    ["令和5年6月28日", "第1回鷺ノ原市社会福祉審議会地域福祉専門分科会（策定方針、市民アンケートの内容について）"],
    ["令和5年7月10日～7月31日", "市民アンケート調査（対象：市民2,000人、回収率46.8%）"],
    ["令和5年9月～10月", "地区懇談会（5地区で開催、延べ参加者214人）"],
    ["令和5年10月19日", "第2回地域福祉専門分科会（骨子案について）"],
    ["令和5年12月6日", "第3回地域福祉専門分科会（素案について）"],
    ["令和5年12月15日～令和6年1月15日", "パブリックコメント（意見提出者9人、意見23件）"],
    ["令和6年1月20日", "市民説明会（会場：鷺ノ原市福祉会館 大ホール）"],
    ["令和6年1月21日", "市民説明会（会場：北部コミュニティセンター）"],
    ["令和6年2月14日", "第4回地域福祉専門分科会（最終案について）"],
    ["令和6年3月", "計画策定"],
]
HTML_CONTACT = [
    "福祉部 地域福祉課 地域福祉係",
    "〒392-8501 鷺ノ原市本町1-1-1 市役所本庁舎1階",
    "電話：0266-21-4402（直通）",
    "ファクス：0266-21-4499",
]


def _cells(row, tag="td"):
    return "".join(f"<{tag}>{c}</{tag}>" for c in row)


def _table(rows, caption=None, cls="datatable"):
    out = [f'<table class="{cls}">']
    if caption:
        out.append(f"<caption>{caption}</caption>")
    out.append("<thead><tr>{}</tr></thead>".format("".join(f'<th scope="col">{c}</th>' for c in rows[0])))
    out.append("<tbody>")
    for r in rows[1:]:
        out.append(f'<tr><th scope="row">{r[0]}</th>{_cells(r[1:])}</tr>')
    out.append("</tbody></table>")
    return "\n".join(out)


def make_html():
    ov = "\n".join(f"<tr><th scope=\"row\">{k}</th><td>{v}</td></tr>" for k, v in HTML_OVERVIEW)
    page = f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{HTML_TITLE} - 鷺ノ原市公式ホームページ</title>
<meta name="description" content="{HTML_TITLE}を策定しました。">
<link rel="stylesheet" href="/shared/templates/free/css/common.css">
<link rel="stylesheet" href="/shared/site_rn/style/default.css">
<script src="/shared/js/jquery.js"></script>
<script src="/shared/js/common.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'G-XXXXXXX');
</script>
</head>
<body class="format_free no_javascript">
<div id="tmp_wrapper">
<noscript><p>このサイトではJavaScriptを使用したコンテンツ・機能を提供しています。JavaScriptを有効にするとご利用いただけます。</p></noscript>
<p><a href="#tmp_honbun" class="skip">本文へスキップします。</a></p>
<header id="tmp_header">
  <div class="container">
    <div id="tmp_hlogo"><p><a href="/index.html"><span>鷺ノ原市公式ホームページ</span></a></p></div>
    <ul id="tmp_hnavi_s">
      <li><a href="/sitemap.html">サイトマップ</a></li>
      <li><a href="/foreign/index.html">Foreign Language</a></li>
      <li><a href="/soshiki/index.html">組織から探す</a></li>
      <li><a href="javascript:void(0);" id="tmp_moji_large">文字サイズ 拡大</a></li>
    </ul>
    <div id="tmp_search"><form action="/search/result.html"><label for="tmp_query">サイト内検索</label><input id="tmp_query" name="q" type="text"><input type="submit" value="検索"></form></div>
  </div>
  <nav id="tmp_gnavi">
    <ul>
      <li><a href="/kurashi/index.html">くらし・手続き</a></li>
      <li><a href="/kenko/index.html">健康・福祉</a></li>
      <li><a href="/kosodate/index.html">子育て・教育</a></li>
      <li><a href="/kanko/index.html">観光・文化</a></li>
      <li><a href="/shisei/index.html">市政情報</a></li>
      <li><a href="/bosai/index.html">防災・安全</a></li>
    </ul>
  </nav>
</header>
<div id="tmp_pankuzu">
  <p><a href="/index.html">ホーム</a> &gt; <a href="/kenko/index.html">健康・福祉</a> &gt; <a href="/kenko/chiikifukushi/index.html">地域福祉</a> &gt; {HTML_TITLE}</p>
</div>
<div id="tmp_wrap_main" class="column_lnavi">
<div id="tmp_main">
<div class="wrap_col_main">
<div class="col_main">
<p id="tmp_honbun" class="skip">ここから本文です。</p>
<div id="tmp_contents">
<h1>{HTML_TITLE}</h1>
<div class="rs_preserve">
<p class="update">更新日：2024年4月1日</p>
<p class="page_id">ページ番号：10482</p>
</div>
<h2>計画の概要</h2>
<p>{HTML_INTRO[0]}</p>
<p>{HTML_INTRO[1]}</p>
<table class="datatable">
<caption>計画の概要</caption>
<tbody>
{ov}
</tbody>
</table>
<h3>基本目標</h3>
<ul>
{chr(10).join(f'<li>{g}</li>' for g in HTML_GOALS)}
</ul>
<h2>計画書のダウンロード</h2>
<ul class="objectlink">
<li class="pdf"><a href="/uploaded/attachment/10482.pdf">第4次鷺ノ原市地域福祉計画（本編）（PDF：4,215KB）</a></li>
<li class="pdf"><a href="/uploaded/attachment/10483.pdf">第4次鷺ノ原市地域福祉計画（概要版）（PDF：1,032KB）</a></li>
</ul>
<h2>主な取組</h2>
<p>計画期間中に重点的に取り組む主な事業は次のとおりです。</p>
{_table(HTML_PROJECTS)}
<h2>地区社会福祉協議会・相談窓口</h2>
<p>福祉に関する困りごとは、お住まいの地区の社会福祉協議会または市の福祉総合相談窓口へご相談ください。相談は無料です。</p>
{_table(HTML_CENTERS)}
<h2>成果指標</h2>
<p>計画の達成度を測るため、次の指標を設定しています。</p>
{_table(HTML_INDICATORS)}
<h2>策定経過</h2>
<p>計画の策定にあたっては、鷺ノ原市社会福祉審議会地域福祉専門分科会で審議を行ったほか、市民アンケートや地区懇談会、パブリックコメントを実施し、市民の皆さまからご意見をいただきました。</p>
{_table(HTML_HISTORY)}
<div id="tmp_inquiry">
<div id="tmp_inquiry_ttl"><h2>このページに関するお問い合わせ</h2></div>
<div id="tmp_inquiry_cnt">
<p>{HTML_CONTACT[0]}<br>
{HTML_CONTACT[1]}<br>
{HTML_CONTACT[2]}<br>
{HTML_CONTACT[3]}<br>
<a href="https://www.city.saginohara.example.jp/cgi-bin/contacts/a0210">お問い合わせフォーム</a></p>
</div>
</div>
<div class="plugin">
<p class="plugin_img"><a href="https://get.adobe.com/jp/reader/"><img src="/shared/images/plugin/get_reader.png" alt="Adobe Acrobat Readerのダウンロードページへ" width="158" height="39"></a></p>
<p>PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。</p>
</div>
</div>
</div>
</div>
</div>
<div id="tmp_lnavi">
<div id="tmp_lnavi_ttl"><p>地域福祉</p></div>
<div id="tmp_lnavi_cnt">
<ul>
<li><a href="/kenko/chiikifukushi/minseiiin.html">民生委員・児童委員</a></li>
<li><a href="/kenko/chiikifukushi/salon.html">ふれあいサロン</a></li>
<li><a href="/kenko/chiikifukushi/hinan.html">避難行動要支援者名簿</a></li>
<li><a href="/kenko/chiikifukushi/keikaku4.html">{HTML_TITLE}</a></li>
</ul>
</div>
</div>
</div>
<div id="tmp_wrap_footer">
<div class="pnavi"><p class="ptop"><a href="#tmp_header">ページの先頭へ戻る</a></p></div>
<footer id="tmp_footer">
<div class="footer_cnt">
<p class="f_name">鷺ノ原市役所</p>
<address>〒392-8501 鷺ノ原市本町1-1-1　電話：0266-21-1111（代表）<br>開庁時間：月曜日から金曜日の午前8時30分から午後5時15分まで（祝日・休日、年末年始を除く）</address>
<ul class="f_link">
<li><a href="/aboutweb/policy.html">このサイトについて</a></li>
<li><a href="/aboutweb/privacy.html">個人情報の取り扱い</a></li>
<li><a href="/aboutweb/accessibility.html">ウェブアクセシビリティ</a></li>
</ul>
<p lang="en" class="copyright">Copyright &copy; Saginohara City. All Rights Reserved.</p>
</div>
</footer>
</div>
</div>
</body>
</html>
"""
    with open(os.path.join(OUT, HTML_FILE), "w", encoding="utf-8") as f:
        f.write(page)


# ---------------------------------------------------------------------------
# 3. 奥稲見町 観光振興計画 KPI達成状況 (XLSX)
# ---------------------------------------------------------------------------
XLSX_FILE = "okuinami_kanko_kpi.xlsx"
XLSX_TITLE = "奥稲見町観光振興計画　重要業績評価指標（KPI）の達成状況（最終評価）"
# Each group: (基本目標, rows). row = [No, 指標名, 単位, 基準年度, 基準値, 目標年度, 目標値, R5実績, R6実績, 達成率, 達成状況]
XLSX_GROUPS = [
    ("基本目標1　魅力ある観光資源の磨き上げ", [
        [1, "観光入込客数", "万人", "令和元年", 48.2, "令和6年", 55.0, 49.8, 51.7, "94.0%", "順調"],
        [2, "宿泊者数", "人", "令和元年", 62400, "令和6年", 70000, 66210, 71350, "101.9%", "達成"],
        [3, "稲見渓谷遊歩道の利用者数", "人", "令和元年度", 18900, "令和6年度", 25000, 23110, 26480, "105.9%", "達成"],
    ]),
    ("基本目標2　受入環境の整備", [
        [4, "外国人宿泊者数", "人", "令和元年", 3120, "令和6年", 6000, 3980, 4870, "81.2%", "順調"],
        [5, "公衆無線LAN（Wi-Fi）整備箇所数", "か所", "令和元年度", 12, "令和6年度", 30, 27, 31, "103.3%", "達成"],
        [6, "多言語対応の観光案内板設置数", "基", "令和元年度", 4, "令和6年度", 20, 11, 14, "70.0%", "未達成"],
    ]),
    ("基本目標3　稼ぐ観光の推進", [
        [7, "観光消費額", "億円", "令和元年", 38.5, "令和6年", 45.0, 39.9, 41.2, "91.6%", "順調"],
        [8, "道の駅おくいなみの売上高", "百万円", "令和元年度", 312, "令和6年度", 360, 349, 368, "102.2%", "達成"],
        [9, "体験型観光プログラム数", "件", "令和元年度", 8, "令和6年度", 20, 15, 13, "65.0%", "未達成"],
    ]),
    ("基本目標4　情報発信とおもてなしの充実", [
        [10, "観光公式SNSのフォロワー数", "人", "令和元年度", 2450, "令和6年度", 10000, 10920, 12860, "128.6%", "達成"],
        [11, "観光ボランティアガイド登録者数", "人", "令和元年度", 22, "令和6年度", 35, 26, 24, "68.6%", "未達成"],
        [12, "来訪者満足度", "%", "令和元年度", 78.4, "令和6年度", 85.0, 84.1, 86.2, "101.4%", "達成"],
    ]),
]
XLSX_NOTES = [
    "※1　観光入込客数、宿泊者数、外国人宿泊者数及び観光消費額は暦年（1月～12月）の数値です。",
    "※2　来訪者満足度は、観光来訪者アンケートで「満足」「やや満足」と回答した人の割合です。",
    "※3　達成状況は、目標値に対する令和6年度実績値の割合（達成率）が100%以上を「達成」、80%以上100%未満を「順調」、80%未満を「未達成」としています。",
    "※4　令和2年度から令和4年度までは、新型コロナウイルス感染症の影響により観光入込客数等が大きく減少しました。",
    "※5　本計画の計画期間は令和6年度で終了しました。令和7年度からは「第2次奥稲見町観光振興計画」に基づき取組を進めています。",
]
XLSX_OUTLINE = [
    ("計画名", "奥稲見町観光振興計画"),
    ("計画期間", "令和2年度～令和6年度（5年間）"),
    ("策定年月", "令和2年3月"),
    ("策定主体", "奥稲見町（産業振興課 商工観光係）"),
    ("策定体制", "奥稲見町観光振興計画策定委員会（委員12人）"),
    ("基本理念", "渓谷と湯けむりが結ぶ　また来たくなる奥稲見"),
    ("基本目標1", "魅力ある観光資源の磨き上げ"),
    ("基本目標2", "受入環境の整備"),
    ("基本目標3", "稼ぐ観光の推進"),
    ("基本目標4", "情報発信とおもてなしの充実"),
    ("進捗管理", "奥稲見町観光振興推進会議において毎年度評価"),
    ("本表の公表日", "令和7年8月20日"),
    ("問い合わせ先", "奥稲見町 産業振興課 商工観光係"),
    ("所在地", "〒379-1692 奥稲見町大字稲見1234番地"),
    ("電話番号", "0279-52-3111（内線215）"),
    ("ファクス番号", "0279-52-3190"),
    ("メール", "kanko@town.okuinami.example.jp"),
]


def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "KPI達成状況"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    grp_fill = PatternFill("solid", fgColor="F2F2F2")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    font = "游ゴシック"

    ws["A1"] = XLSX_TITLE
    ws["A1"].font = Font(name=font, size=14, bold=True)
    ws.merge_cells("A1:K1")
    ws["K2"] = "令和7年8月20日現在"
    ws["K2"].alignment = Alignment(horizontal="right")

    # header rows 3-4
    h3 = ["No.", "指標名", "単位", "基準値", None, "目標値", None, "実績値", None, "達成率", "達成状況"]
    h4 = [None, None, None, "年度", "値", "年度", "値", "令和5年度", "令和6年度", None, None]
    for ci, v in enumerate(h3, 1):
        if v is not None:
            ws.cell(row=3, column=ci, value=v)
    for ci, v in enumerate(h4, 1):
        if v is not None:
            ws.cell(row=4, column=ci, value=v)
    for rng in ("A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3", "H3:I3", "J3:J4", "K3:K4"):
        ws.merge_cells(rng)
    for r in (3, 4):
        for c in range(1, 12):
            cell = ws.cell(row=r, column=c)
            cell.fill = head_fill
            cell.border = border
            cell.alignment = center
            cell.font = Font(name=font, bold=True)

    r = 5
    for grp, rows in XLSX_GROUPS:
        ws.cell(row=r, column=1, value=grp).font = Font(name=font, bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        for c in range(1, 12):
            ws.cell(row=r, column=c).fill = grp_fill
            ws.cell(row=r, column=c).border = border
        r += 1
        for row in rows:
            for ci, v in enumerate(row, 1):
                cell = ws.cell(row=r, column=ci, value=v)
                cell.border = border
                cell.font = Font(name=font)
                if ci in (5, 7, 8, 9) and isinstance(v, (int, float)):
                    cell.number_format = "#,##0.0" if isinstance(v, float) else "#,##0"
                    cell.alignment = Alignment(horizontal="right")
                elif ci != 2:
                    cell.alignment = center
            r += 1
    r += 1
    for note in XLSX_NOTES:
        ws.cell(row=r, column=1, value=note).font = Font(name=font, size=9)
        r += 1

    widths = [6, 34, 8, 11, 10, 11, 10, 11, 11, 9, 10]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "C5"
    ws.print_title_rows = "3:4"
    ws.page_setup.orientation = "landscape"

    ws2 = wb.create_sheet("計画概要")
    ws2["A1"] = "計画の概要"
    ws2["A1"].font = Font(name=font, size=14, bold=True)
    ws2.merge_cells("A1:B1")
    ws2.cell(row=2, column=1, value="項目")
    ws2.cell(row=2, column=2, value="内容")
    for c in (1, 2):
        ws2.cell(row=2, column=c).fill = head_fill
        ws2.cell(row=2, column=c).border = border
        ws2.cell(row=2, column=c).alignment = center
    for i, (k, v) in enumerate(XLSX_OUTLINE, 3):
        ws2.cell(row=i, column=1, value=k).border = border
        ws2.cell(row=i, column=2, value=v).border = border
    ws2.column_dimensions["A"].width = 16
    ws2.column_dimensions["B"].width = 60
    wb.properties.title = "奥稲見町観光振興計画 KPI達成状況"
    wb.properties.creator = "奥稲見町 産業振興課"
    wb.save(os.path.join(OUT, XLSX_FILE))


def all_texts():
    """Every paragraph / cell string in the three documents, per town (for fact checking)."""
    pdf = PDF_COVER + [t for k, t in PDF_BODY if k != "table"]
    for rows in PDF_TABLES.values():
        for row in rows:
            pdf += row
    htm = [HTML_TITLE] + HTML_INTRO + HTML_GOALS + HTML_CONTACT
    for k, v in HTML_OVERVIEW:
        htm += [k, v]
    for rows in (HTML_PROJECTS, HTML_CENTERS, HTML_INDICATORS, HTML_HISTORY):
        for row in rows:
            for c in row:
                htm += c.split("<br>")
    htm += ["福祉に関する困りごとは、お住まいの地区の社会福祉協議会または市の福祉総合相談窓口へご相談ください。相談は無料です。",
            "計画の策定にあたっては、鷺ノ原市社会福祉審議会地域福祉専門分科会で審議を行ったほか、市民アンケートや地区懇談会、パブリックコメントを実施し、市民の皆さまからご意見をいただきました。",
            "第4次鷺ノ原市地域福祉計画（本編）（PDF：4,215KB）", "更新日：2024年4月1日"]
    xl = [XLSX_TITLE, "令和7年8月20日現在"] + XLSX_NOTES
    for grp, rows in XLSX_GROUPS:
        xl.append(grp)
        for row in rows:
            xl += [str(v) for v in row]
    for k, v in XLSX_OUTLINE:
        xl += [k, v]
    return {"水鳴町": pdf, "鷺ノ原市": htm, "奥稲見町": xl}


def write(directory) -> None:
    global OUT
    OUT = str(directory)
    make_pdf()
    make_html()
    make_xlsx()


if __name__ == "__main__":
    write(OUT)
