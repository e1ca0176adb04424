"""The invented plans of `invented-dev18`, written by a helper who never saw the code, as their towns would
publish them: a 景観計画 PDF drawn with reportlab, a 図書館サービス計画 Word file, an ended 移住・定住促進計画
KPI workbook in Excel. `planbot eval` runs `write(directory)` into the suite's corpus (generated files are
kept as code, not in git). All towns, people, addresses and phone numbers are invented.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_PATH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

# ---------------------------------------------------------------------------
# 1. 白鷺川町景観計画 (PDF)
# ---------------------------------------------------------------------------
KEIKAN_TITLE = "白鷺川町景観計画"
KEIKAN_SUB = "～川と里山がつくる風景を未来へ～"

# Body: list of (kind, text) ; kind in ch / sec / sub / p / table:<name> / glossary
KEIKAN_BODY = [
    ("ch", "第1章　計画の基本的事項"),
    ("sec", "1　計画策定の目的"),
    ("p", "白鷺川町は、町の中央を南北に流れる白鷺川と、その両岸に広がる棚田、北部の鷺ノ森山系の豊かな森林、旧街道沿いに残る鷺宿の町並みなど、自然と人の営みが長い時間をかけてつくり上げてきた景観に恵まれています。"),
    ("p", "一方で、人口減少と高齢化に伴う空き家や耕作放棄地の増加、大規模な太陽光発電設備の設置などにより、これまで当たり前にあった風景が失われつつあります。"),
    ("p", "本町は令和6年4月1日に景観法に基づく景観行政団体となりました。この計画は、町民・事業者・町が共通の目標を持って景観づくりに取り組むため、景観法第8条に基づき策定するものです。"),
    ("sec", "2　計画の位置付け"),
    ("p", "本計画は、第6次白鷺川町総合計画を上位計画とし、白鷺川町都市計画マスタープラン、白鷺川町農業振興地域整備計画、白鷺川町観光振興ビジョンなどの関連計画と連携して推進します。"),
    ("sec", "3　計画期間"),
    ("p", "計画期間は、令和7年度から令和16年度までの10年間とします。なお、社会情勢の変化や施策の進捗状況を踏まえ、中間年度にあたる令和11年度に見直しを行います。"),
    ("sec", "4　景観計画区域"),
    ("p", "景観計画区域は、白鷺川町の全域（約148.6平方キロメートル）とします。このうち、特に重点的に景観づくりを進める区域として、「鷺宿町並み景観重点地区」（約12.4ヘクタール）と「日向棚田景観重点地区」（約86ヘクタール）の2地区を定めます。"),

    ("ch", "第2章　景観の現状と課題"),
    ("sec", "1　景観の特性"),
    ("sub", "(1)　川の景観"),
    ("p", "白鷺川は町の中央を約21キロメートルにわたって流れ、川口地区の沈下橋や高瀬渓谷の岩場など、変化に富んだ水辺の風景を見せています。春から秋にかけてシラサギが飛来する姿は、町名の由来ともなった本町を象徴する風景です。"),
    ("sub", "(2)　棚田と里山の景観"),
    ("p", "東部の日向地区には、大小約1,200枚の田が斜面に連なる日向の棚田があり、町の名勝に指定されています。北部の鷺ノ森山系にはブナの原生林が残り、四季を通じて表情を変える里山の風景をつくっています。"),
    ("sub", "(3)　町並みの景観"),
    ("p", "中央地区の鷺宿は、江戸時代に旧鷺街道の宿場町として栄えた地区で、格子戸と白壁の土蔵が並ぶ町並みが約600メートルにわたって残っています。"),
    ("sec", "2　景観づくりの課題"),
    ("sub", "(1)　空き家・空き店舗の増加"),
    ("p", "鷺宿の町並みでは、伝統的な様式の建物87棟のうち19棟が空き家となっており（令和5年度町調査）、建物の老朽化や取壊しによる町並みの連続性の喪失が懸念されています。"),
    ("sub", "(2)　耕作放棄地の拡大"),
    ("p", "日向の棚田では担い手の高齢化が進み、耕作放棄率は令和5年度で約14％に達しています。棚田が荒れることで、景観だけでなく土砂災害を防ぐ機能も低下するおそれがあります。"),
    ("sub", "(3)　太陽光発電設備等の増加"),
    ("p", "平成26年度から令和5年度までの10年間に、事業区域の面積が1,000平方メートルを超える太陽光発電設備が町内で31件設置されました。山の斜面や棚田周辺への設置は、眺望を大きく変えることがあります。"),
    ("sub", "(4)　屋外広告物"),
    ("p", "国道318号沿いでは、大型の看板や派手な色彩の広告物が増えており、白鷺川や鷺ノ森山系への眺めを妨げている箇所があります。"),

    ("ch", "第3章　景観づくりの基本方針"),
    ("sec", "1　基本理念"),
    ("p", "「川がつなぎ、里が育む、白鷺川のふるさと風景」"),
    ("p", "町民一人ひとりが身近な風景の価値に気付き、守り、育て、次の世代へ引き継いでいくことを基本理念とします。"),
    ("sec", "2　基本方針"),
    ("sub", "(1)　方針1　白鷺川の水辺景観を守り、生かす"),
    ("p", "河川敷の清掃活動や水辺の遊歩道整備を通じて、シラサギが舞う清流の風景を守り、観光や交流に生かします。"),
    ("sub", "(2)　方針2　棚田と里山の風景を次の世代へ引き継ぐ"),
    ("p", "棚田オーナー制度や農業体験を通じて棚田の保全に町外の人の力も取り入れ、里山の眺望を守ります。"),
    ("sub", "(3)　方針3　鷺宿の歴史的な町並みを受け継ぐ"),
    ("p", "伝統的な建物の修景や空き家の活用を支援し、宿場町の面影を残す町並みを受け継ぎます。"),
    ("sub", "(4)　方針4　町民みんなで景観を育てる"),
    ("p", "景観まちあるきや景観づくり活動団体への支援を通じて、景観を「自分たちの財産」として育てる意識を広げます。"),

    ("ch", "第4章　良好な景観形成のための行為の制限"),
    ("sec", "1　届出対象行為"),
    ("p", "景観計画区域内で次の行為を行う場合は、行為に着手する30日前までに町へ届け出る必要があります。"),
    ("table", "todokede"),
    ("sec", "2　景観形成基準"),
    ("sub", "(1)　色彩"),
    ("p", "建築物の外壁の基調色は、マンセル表色系で彩度4以下（無彩色を含む）とします。重点地区では彩度2以下とします。"),
    ("sub", "(2)　高さ"),
    ("p", "鷺宿町並み景観重点地区では、建築物の高さは10メートル以下とし、周囲の町並みのスカイラインをそろえます。"),
    ("sub", "(3)　太陽光発電設備"),
    ("p", "パネルは反射の少ないものとし、フレームは黒色又は濃い茶色とします。道路から5メートル以上後退し、道路側には植栽を施して見えにくくします。"),
    ("sec", "3　景観重要建造物・景観重要樹木"),
    ("p", "令和6年度までに、旧鷺宿本陣（三浦家住宅）、白鷺川酒造の土蔵群、高瀬橋の3件を景観重要建造物に、八幡社の大ケヤキ、日向の一本桜の2本を景観重要樹木に指定しています。"),

    ("ch", "第5章　計画の推進"),
    ("sec", "1　推進体制"),
    ("p", "景観に関する重要事項を審議するため、学識経験者や町民代表など10人で構成する白鷺川町景観審議会を置きます。また、建築や色彩の専門家を景観アドバイザーとして登録し、届出前の事前相談に無料で派遣します。"),
    ("sec", "2　支援制度"),
    ("p", "鷺宿町並み景観重点地区内で景観形成基準に適合する外観の修景工事を行う場合、工事費の3分の2以内（上限200万円）を補助します。"),
    ("sec", "3　成果指標"),
    ("p", "計画の進み具合を確かめるため、次の成果指標を設定し、毎年度、景観審議会に報告します。"),
    ("table", "shihyo"),
    ("sec", "4　地区別の相談窓口"),
    ("p", "景観に関する届出や相談は、建設課都市計画係（電話 0866-42-3115）のほか、各地区の地区センターでも受け付けます。"),
    ("table", "chiku"),

    ("ch", "用語解説"),
    ("glossary", None),
]

KEIKAN_TODOKEDE = [
    ["行為", "届出の対象となる規模"],
    ["建築物の新築・増築・改築・移転", "高さが13メートルを超えるもの又は延べ面積が1,000平方メートルを超えるもの（重点地区では全ての建築物）"],
    ["工作物（鉄塔・擁壁など）の新設", "高さが15メートルを超えるもの"],
    ["太陽光発電設備の設置", "事業区域の面積が1,000平方メートルを超えるもの（重点地区では100平方メートルを超えるもの）"],
    ["土地の形質の変更", "面積が3,000平方メートルを超えるもの"],
    ["外観の色彩の変更", "変更する面積が見付面積の2分の1を超えるもの"],
]

KEIKAN_SHIHYO = [
    ["指標名", "現状値（年度）", "目標値（年度）"],
    ["景観に満足している町民の割合", "48.2%（令和5年度）", "60.0%（令和15年度）"],
    ["景観づくり活動団体の数", "7団体（令和5年度）", "12団体（令和15年度）"],
    ["景観重要建造物の指定件数", "3件（令和6年度）", "8件（令和15年度）"],
    ["棚田オーナー制度の参加区画数", "42区画（令和5年度）", "70区画（令和15年度）"],
    ["景観まちあるきの参加者数", "310人（令和5年度）", "500人（令和15年度）"],
]

KEIKAN_CHIKU = [
    ["地区名", "相談窓口", "電話番号", "主な景観資源"],
    ["中央地区", "中央地区センター", "0866-42-2101", "鷺宿の町並み"],
    ["鷺ノ森地区", "鷺ノ森地区センター", "0866-43-3312", "鷺ノ森山系のブナ林"],
    ["日向地区", "日向地区センター", "0866-44-0418", "日向の棚田"],
    ["川口地区", "川口地区センター", "0866-45-1125", "白鷺川の沈下橋"],
    ["高瀬地区", "高瀬地区センター", "0866-46-2240", "高瀬渓谷"],
]

KEIKAN_GLOSSARY = [
    ("景観行政団体", "景観法に基づき景観計画を定めるなど景観行政を担う地方公共団体。都道府県や政令市・中核市のほか、都道府県知事と協議した市町村がなることができる。"),
    ("景観重要建造物", "良好な景観の形成に重要な建造物として、景観法に基づき景観行政団体の長が指定するもの。指定には所有者の同意が必要で、外観を変更する際は町長の許可が必要になる。"),
    ("マンセル表色系", "色を色相・明度・彩度の3つの属性で表す方法。彩度は数値が大きいほど鮮やかな色になる。"),
    ("見付面積", "建築物などを正面から見たときの外観の面積。"),
    ("沈下橋", "増水時に水面下に沈むよう、欄干を設けずに低く架けた橋。川口地区の沈下橋は昭和32年に架けられた。"),
    ("棚田オーナー制度", "町外の人などが年会費を払って棚田の一区画のオーナーとなり、農家の指導を受けながら田植えや稲刈りを体験する制度。1区画の年会費は3万円。"),
    ("修景", "建物の外観などを周辺の景観に調和するように整えること。"),
]


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

    st_body = ParagraphStyle("body", fontName=F, fontSize=10.5, leading=17,
                             firstLineIndent=10.5, wordWrap="CJK", spaceAfter=4)
    st_ch = ParagraphStyle("ch", fontName=F, fontSize=16, leading=22, spaceBefore=6,
                           spaceAfter=10, wordWrap="CJK", textColor=colors.HexColor("#1f4e79"))
    st_sec = ParagraphStyle("sec", fontName=F, fontSize=12.5, leading=18, spaceBefore=8,
                            spaceAfter=4, wordWrap="CJK")
    st_sub = ParagraphStyle("sub", fontName=F, fontSize=11, leading=16, spaceBefore=4,
                            spaceAfter=2, leftIndent=6, wordWrap="CJK")
    st_cell = ParagraphStyle("cell", fontName=F, fontSize=9.5, leading=13, wordWrap="CJK")
    st_cellh = ParagraphStyle("cellh", parent=st_cell, alignment=1)
    st_gl_term = ParagraphStyle("glt", fontName=F, fontSize=10.5, leading=16, spaceBefore=5)
    st_gl_def = ParagraphStyle("gld", fontName=F, fontSize=10, leading=15, leftIndent=14,
                               wordWrap="CJK")
    st_toc_title = ParagraphStyle("toct", fontName=F, fontSize=18, leading=26,
                                  alignment=1, spaceAfter=18)

    class Doc(BaseDocTemplate):
        def afterFlowable(self, flowable):
            if isinstance(flowable, Paragraph):
                sname = flowable.style.name
                text = flowable.getPlainText()
                # displayed page number: cover is not numbered
                shown = self.page - 1
                if sname == "ch":
                    self.notify("TOCEntry", (0, text, shown))
                elif sname == "sec":
                    self.notify("TOCEntry", (1, text, shown))

    def on_cover(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#dbe9f4"))
        c.rect(0, H * 0.55, W, H * 0.18, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(F, 30)
        c.drawCentredString(W / 2, H * 0.655, KEIKAN_TITLE)
        c.setFont(F, 14)
        c.drawCentredString(W / 2, H * 0.595, KEIKAN_SUB)
        c.setFont(F, 14)
        c.drawCentredString(W / 2, H * 0.22, "令和7年3月")
        c.setFont(F, 18)
        c.drawCentredString(W / 2, H * 0.17, "白鷺川町")
        c.restoreState()

    def on_inner(c, doc):
        c.saveState()
        c.setFont(F, 8.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(20 * mm, H - 12 * mm, KEIKAN_TITLE)
        c.drawRightString(W - 20 * mm, H - 12 * mm, "令和7年度～令和16年度")
        c.setStrokeColor(colors.HexColor("#888888"))
        c.setLineWidth(0.5)
        c.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)
        c.setFillColor(colors.black)
        c.setFont(F, 9)
        c.drawCentredString(W / 2, 12 * mm, f"- {doc.page - 1} -")
        c.restoreState()

    doc = Doc(path, pagesize=A4, title=KEIKAN_TITLE, author="白鷺川町 建設課 都市計画係",
              leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm, bottomMargin=20 * mm)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([
        PageTemplate(id="cover", frames=[frame], onPage=on_cover),
        PageTemplate(id="inner", frames=[frame], onPage=on_inner),
    ])

    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [
        ParagraphStyle("toc0", fontName=F, fontSize=11.5, leading=20, leftIndent=0,
                       firstLineIndent=0, spaceBefore=6),
        ParagraphStyle("toc1", fontName=F, fontSize=10.5, leading=17, leftIndent=18,
                       firstLineIndent=0),
    ]

    def grid_table(rows, widths, header_bg="#dbe9f4"):
        data = []
        for i, r in enumerate(rows):
            stl = st_cellh if i == 0 else st_cell
            data.append([Paragraph(x, stl) for x in r])
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(header_bg)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        return t

    story = [NextPageTemplate("inner"), PageBreak()]
    story.append(Paragraph("目　次", st_toc_title))
    story.append(toc)
    story.append(PageBreak())
    tw = doc.width
    for kind, text in KEIKAN_BODY:
        if kind == "ch":
            if text != "第1章　計画の基本的事項":
                story.append(Spacer(1, 8))
            story.append(Paragraph(text, st_ch))
        elif kind == "sec":
            story.append(Paragraph(text, st_sec))
        elif kind == "sub":
            story.append(Paragraph(text, st_sub))
        elif kind == "p":
            story.append(Paragraph(text, st_body))
        elif kind == "table":
            story.append(Spacer(1, 4))
            if text == "todokede":
                story.append(grid_table(KEIKAN_TODOKEDE, [tw * 0.34, tw * 0.66]))
            elif text == "shihyo":
                story.append(grid_table(KEIKAN_SHIHYO, [tw * 0.44, tw * 0.28, tw * 0.28]))
            elif text == "chiku":
                story.append(grid_table(KEIKAN_CHIKU, [tw * 0.18, tw * 0.27, tw * 0.23, tw * 0.32]))
            story.append(Spacer(1, 6))
        elif kind == "glossary":
            for term, d in KEIKAN_GLOSSARY:
                story.append(Paragraph("■ " + term, st_gl_term))
                story.append(Paragraph(d, st_gl_def))
    story.append(Spacer(1, 24))
    story.append(Paragraph("白鷺川町景観計画（令和7年3月）　発行：白鷺川町 建設課 都市計画係", st_cell))
    story.append(Paragraph("〒719-3192　白鷺川町大字中町1番地　電話 0866-42-3115", st_cell))
    doc.multiBuild(story)


# ---------------------------------------------------------------------------
# 2. 第3次桐ノ宮市図書館サービス計画 (DOCX)
# ---------------------------------------------------------------------------
LIB_TITLE = "第3次桐ノ宮市図書館サービス計画"

LIB_FACILITIES = [
    ["名称", "住所", "電話", "開館日"],
    ["桐ノ宮市立中央図書館", "桐ノ宮市本町二丁目5番1号", "0569-21-4470", "火曜日～日曜日（月曜日・第4木曜日は休館）"],
    ["東分館", "桐ノ宮市東町一丁目12番3号（東コミュニティセンター内）", "0569-24-1182", "火曜日～土曜日"],
    ["西分館", "桐ノ宮市西浜町三丁目8番地", "0569-26-3057", "水曜日～日曜日"],
    ["北分館", "桐ノ宮市北山台四丁目1番地の2（北山台公民館内）", "0569-28-0914", "火曜日・木曜日・土曜日"],
    ["移動図書館「きりん号」", "市内18か所を巡回", "0569-21-4470（中央図書館）", "毎週水曜日・金曜日"],
]

LIB_USAGE = [
    ["項目", "令和2年度", "令和3年度", "令和4年度"],
    ["蔵書冊数", "415,230冊", "421,870冊", "428,900冊"],
    ["登録者数", "36,905人", "37,488人", "38,214人"],
    ["貸出冊数", "548,112冊", "590,356冊", "612,480冊"],
    ["レファレンス件数", "7,902件", "8,215件", "8,640件"],
]

LIB_PROJECTS = [
    ["事業名", "内容", "実施年度", "担当課"],
    ["電子書籍サービスの導入", "電子書籍の貸出サービスを開始し、来館が難しい方も自宅から本を借りられるようにする。", "令和6年度", "中央図書館"],
    ["ブックスタート事業の充実", "4か月児健康診査の際に絵本2冊と図書館利用案内を手渡し、読み聞かせを体験してもらう。", "令和6年度～令和10年度", "中央図書館・子育て支援課"],
    ["学校図書館との連携強化", "市内小中学校への団体貸出と、学校司書への研修・相談支援を行う。", "令和6年度～令和10年度", "中央図書館・学校教育課"],
    ["自動貸出機の導入", "ICタグを全資料に貼付し、中央図書館に自動貸出機3台を設置する。", "令和7年度", "中央図書館"],
    ["地域資料のデジタルアーカイブ", "桐ノ宮の古文書や古写真をデジタル化し、インターネットで公開する。", "令和7年度～令和9年度", "中央図書館・文化振興課"],
    ["本の宅配サービス", "来館が困難な高齢者や障害のある方に、本を自宅へ届ける。", "令和6年度～令和10年度", "中央図書館・福祉政策課"],
    ["北分館の改修", "空調設備とトイレを改修し、段差をなくして車椅子でも利用しやすくする。", "令和8年度", "中央図書館・公共施設マネジメント課"],
    ["ビジネス支援コーナーの開設", "創業や仕事に役立つ資料を集めたコーナーを設け、商工会議所と連携した相談会を開く。", "令和8年度", "中央図書館・商工観光課"],
]

LIB_INDICATORS = [
    ["指標名", "現状値（令和4年度）", "目標値（令和10年度）"],
    ["市民1人当たりの貸出冊数", "5.4冊", "6.0冊"],
    ["図書館の登録率", "33.1%", "38.0%"],
    ["電子書籍の年間貸出件数", "―（未導入）", "12,000件"],
    ["レファレンス件数", "8,640件", "10,000件"],
    ["団体貸出を利用する小中学校の数", "14校", "22校（全校）"],
    ["図書館ボランティアの登録者数", "96人", "130人"],
]

LIB_KEIKA = [
    ["年月日", "内容", "会場"],
    ["令和5年5月24日", "第1回桐ノ宮市図書館協議会（計画策定について諮問）", "中央図書館 視聴覚室"],
    ["令和5年6月1日～6月30日", "市民アンケート調査（回答1,284件）", "―"],
    ["令和5年8月30日", "第2回桐ノ宮市図書館協議会（アンケート結果の報告、骨子案の検討）", "中央図書館 視聴覚室"],
    ["令和5年10月18日", "第3回桐ノ宮市図書館協議会（素案の検討）", "中央図書館 視聴覚室"],
    ["令和5年11月11日", "市民説明会（参加者27人）", "東コミュニティセンター 多目的ホール"],
    ["令和5年11月12日", "市民説明会（参加者41人）", "中央図書館 2階集会室"],
    ["令和5年12月15日～令和6年1月15日", "パブリックコメント（9人から23件の意見）", "―"],
    ["令和6年2月7日", "第4回桐ノ宮市図書館協議会（答申）", "市役所 第2会議室"],
]


def make_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)

    def jfont(style, size=None):
        style.font.name = "游明朝"
        rpr = style.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), "游明朝")
        if size:
            style.font.size = Pt(size)

    jfont(d.styles["Normal"], 10.5)
    for s in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        jfont(d.styles[s])

    def table(rows, style="Table Grid"):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = style
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                cell = t.cell(i, j)
                cell.text = v
                if i == 0:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
        d.add_paragraph()
        return t

    P = d.add_paragraph
    def B(text):
        return d.add_paragraph(text, style="List Bullet")

    # cover
    for _ in range(6):
        P()
    t = d.add_paragraph(LIB_TITLE, style="Title")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = P("令和6年度～令和10年度")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(8):
        P()
    p = P("令和6年3月")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = P("桐ノ宮市教育委員会")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_page_break()

    d.add_heading("はじめに", level=1)
    P("図書館は、誰もが無料で必要な情報や本に出会える、まちの大切な学びの場です。第2次計画の期間中には、新型コロナウイルス感染症の影響で臨時休館を余儀なくされた時期もありましたが、予約本の窓口受取や郵送貸出などを工夫し、サービスの継続に努めてきました。")
    P("この計画では、電子書籍などの新しいサービスと、子どもから高齢者まで一人ひとりに寄り添うサービスの両方を充実させ、「知りたい」に応える図書館を目指します。")
    P("桐ノ宮市教育委員会 教育長　大島 芳樹")

    d.add_heading("第1章　計画の策定にあたって", level=1)
    d.add_heading("1　策定の趣旨", level=2)
    P("本市では、平成26年3月に第1次、平成31年3月に第2次の桐ノ宮市図書館サービス計画を策定し、図書館サービスの充実に取り組んできました。第2次計画が令和5年度で終了することから、社会の変化や市民のニーズを踏まえ、今後5年間の図書館運営の方向性を示す第3次計画を策定します。")
    d.add_heading("2　計画の位置付け", level=2)
    P("本計画は、第2期桐ノ宮市教育振興基本計画の個別計画として位置付け、第4次桐ノ宮市子ども読書活動推進計画と連携して推進します。")
    d.add_heading("3　計画期間", level=2)
    P("計画期間は、令和6年度から令和10年度までの5年間とします。")

    d.add_heading("第2章　図書館の現状と課題", level=1)
    d.add_heading("1　図書館・分館の概要", level=2)
    P("市内には、中央図書館と3つの分館があり、移動図書館車が図書館から離れた地域を巡回しています。")
    table(LIB_FACILITIES)
    d.add_heading("2　利用状況", level=2)
    P("貸出冊数は、臨時休館の影響で落ち込んだ令和2年度から回復を続けており、令和4年度は612,480冊となりました。")
    table(LIB_USAGE)
    d.add_heading("3　市民アンケートから見えた課題", level=2)
    P("令和5年6月に実施した市民アンケートでは、図書館を「ほとんど利用しない」と答えた人が46.8%にのぼり、その理由として次のような声が多く寄せられました。")
    B("開館している時間に行けない（仕事や家事で忙しい）")
    B("家から図書館が遠い、駐車場が少ない")
    B("読みたい本が見つからない、予約してもなかなか順番が来ない")
    P("また、電子書籍サービスを「利用したい」と答えた人は58.3%で、特に30歳代から50歳代で高い割合となりました。")

    d.add_heading("第3章　基本理念と基本目標", level=1)
    d.add_heading("1　基本理念", level=2)
    P("「知りたい」に応え、人と地域をつなぐ図書館")
    d.add_heading("2　基本目標", level=2)
    d.add_heading("基本目標1　すべての市民の学びを支える図書館", level=3)
    P("年齢や障害の有無、住んでいる場所にかかわらず、誰もが図書館サービスを受けられるようにします。")
    B("電子書籍サービスの導入")
    B("本の宅配サービスの実施")
    B("大活字本・録音図書の充実")
    d.add_heading("基本目標2　子どもの読書活動を推進する図書館", level=3)
    P("乳幼児期から本に親しむきっかけをつくり、学校と連携して子どもの読書習慣を育てます。")
    B("ブックスタート事業の充実")
    B("学校図書館との連携強化")
    B("中高生向けの「ティーンズコーナー」の充実")
    d.add_heading("基本目標3　地域の情報拠点としての図書館", level=3)
    P("地域の歴史や暮らし、仕事に役立つ情報を集めて発信し、市民の課題解決を支えます。")
    B("地域資料のデジタルアーカイブ")
    B("ビジネス支援コーナーの開設")
    B("図書館ボランティアの育成")

    d.add_heading("第4章　主な取組", level=1)
    P("基本目標を実現するため、計画期間中に次の事業に取り組みます。")
    table(LIB_PROJECTS)

    d.add_heading("第5章　成果指標", level=1)
    P("計画の達成度を測るため、次の成果指標を設定します。")
    table(LIB_INDICATORS)

    d.add_heading("第6章　計画の推進", level=1)
    P("本計画の進捗状況は、毎年度、桐ノ宮市図書館協議会に報告し、意見を聴きながら事業の見直しを行います。評価の結果は市のホームページで公表します。")

    d.add_heading("資料編", level=1)
    d.add_heading("策定経過", level=2)
    table(LIB_KEIKA)
    d.add_heading("問い合わせ先", level=2)
    P("担当課：桐ノ宮市教育委員会 中央図書館 企画サービス係")
    P("住所：〒475-0862　桐ノ宮市本町二丁目5番1号")
    P("電話：0569-21-4470　FAX：0569-21-4479")
    d.save(path)


# ---------------------------------------------------------------------------
# 3. 萩野岳村移住・定住促進計画 KPI進捗 (XLSX)
# ---------------------------------------------------------------------------
IJU_TITLE = "萩野岳村移住・定住促進計画　成果指標（KPI）の進捗状況（令和6年度末時点）"

# (no, 指標名, 単位, 基準年度, 基準値, 目標年度, 目標値, R2, R3, R4, R5, R6, 達成状況, 担当課)
IJU_GROUPS = [
    ("基本目標1　しごとをつくり、安心して働ける村", [
        (1, "村内での新規就業者数（累計）", "人", "令和元年度", 0, "令和6年度", 40, 8, 17, 25, 33, 42, "達成", "産業振興課"),
        (2, "新規就農者数（累計）", "人", "令和元年度", 0, "令和6年度", 10, 2, 3, 5, 6, 8, "未達成", "産業振興課"),
        (3, "サテライトオフィスの誘致数（累計）", "社", "令和元年度", 0, "令和6年度", 3, 0, 1, 1, 2, 3, "達成", "企画政策課"),
    ]),
    ("基本目標2　新しい人の流れをつくる村", [
        (4, "移住相談件数（年間）", "件", "令和元年度", 56, "令和6年度", 120, 63, 88, 104, 131, 142, "達成", "企画政策課"),
        (5, "村の支援制度を利用した移住者数（年間）", "人", "令和元年度", 12, "令和6年度", 30, 15, 19, 24, 22, 27, "順調", "企画政策課"),
        (6, "お試し住宅の利用組数（年間）", "組", "令和元年度", 4, "令和6年度", 15, 6, 9, 12, 16, 18, "達成", "企画政策課"),
        (7, "空き家バンクの成約件数（年間）", "件", "令和元年度", 3, "令和6年度", 10, 4, 6, 9, 8, 11, "達成", "建設水道課"),
    ]),
    ("基本目標3　結婚・出産・子育ての希望をかなえる村", [
        (8, "出生数（年間）", "人", "令和元年度", 21, "令和6年度", 25, 19, 22, 18, 20, 17, "未達成", "住民福祉課"),
        (9, "子育て支援に満足している保護者の割合", "%", "令和元年度", 61.5, "令和6年度", 75.0, "―", 66.2, "―", 70.9, 74.2, "順調", "住民福祉課"),
    ]),
    ("基本目標4　安心して住み続けられる村", [
        (10, "社会増減数（転入者数－転出者数）", "人", "令和元年度", -38, "令和6年度", -10, -31, -24, -19, -22, -15, "未達成", "住民福祉課"),
        (11, "これからも村に住み続けたいと思う村民の割合", "%", "令和元年度", 68.0, "令和6年度", 80.0, "―", "―", 72.5, "―", 78.4, "順調", "企画政策課"),
        (12, "地域おこし協力隊の任期後の定着率", "%", "令和元年度", 50.0, "令和6年度", 70.0, "―", "―", "―", "―", 75.0, "達成", "企画政策課"),
        (13, "総人口（各年度末の住民基本台帳人口）", "人", "令和元年度", 3412, "令和6年度", 3150, 3371, 3322, 3280, 3241, 3198, "達成", "住民福祉課"),
    ]),
]

IJU_NOTES = [
    "※1　基準値は令和元年度の実績値。指標9及び指標11は令和元年度村民意識調査の値。",
    "※2　達成状況は、令和6年度の実績値を目標値と比べ、目標値以上を「達成」、目標値の90％以上100％未満を「順調」、90％未満を「未達成」とした。",
    "※3　指標10は転入超過がプラス、転出超過がマイナス。指標13は人口ビジョンの推計値（3,150人）以上の人口を維持することを目標とした。",
    "※4　指標12は、令和2年度から令和6年度までに任期を終えた地域おこし協力隊員12人のうち、村内に定住した9人の割合。",
    "※5　「―」は調査を実施していない年度。",
]

IJU_SUMMARY = "集計：達成 7指標　順調 3指標　未達成 3指標（全13指標）"

IJU_OUTLINE = [
    ("計画名", "萩野岳村移住・定住促進計画"),
    ("計画期間", "令和2年度～令和6年度（2020年度～2024年度）"),
    ("策定年月", "令和2年3月"),
    ("策定主体", "萩野岳村（企画政策課 移住定住推進室）"),
    ("上位・関連計画", "第5次萩野岳村総合計画、第2期萩野岳村まち・ひと・しごと創生総合戦略"),
    ("計画の目的", "人口減少に歯止めをかけるため、村外からの移住を促し、村に住む人が住み続けられる環境を整える。"),
    ("進捗管理", "萩野岳村移住・定住推進会議（外部委員8人）で毎年度検証する。"),
    ("主な支援制度", "移住支援金（1世帯最大100万円）、空き家改修補助（上限150万円）、お試し住宅（最長30日）"),
    ("次期計画", "第2期萩野岳村移住・定住促進計画（令和7年度～令和11年度）に引き継ぐ。"),
    ("問い合わせ先", "萩野岳村 企画政策課 移住定住推進室"),
    ("所在地", "〒399-4601　萩野岳村大字萩野1234番地（村役場2階）"),
    ("電話", "0265-48-2011（代表）"),
    ("移住相談専用ダイヤル", "0265-48-2030（平日8時30分～17時15分）"),
    ("移住相談窓口", "はぎのだけ暮らし相談所（村役場1階）"),
]


def make_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "KPI進捗"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    hfill = PatternFill("solid", fgColor="DDEBF7")
    gfill = PatternFill("solid", fgColor="F2F2F2")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ncols = 14

    ws["A1"] = IJU_TITLE
    ws["A1"].font = Font(size=14, bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws["A2"] = "萩野岳村 企画政策課 移住定住推進室"
    ws["A2"].alignment = Alignment(horizontal="right")
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)

    # header rows 3-4
    h1, h2 = 3, 4
    single = {1: "No.", 2: "指標名", 3: "単位", 13: "達成状況", 14: "担当課"}
    for col, text in single.items():
        ws.cell(h1, col, text)
        ws.merge_cells(start_row=h1, start_column=col, end_row=h2, end_column=col)
    ws.cell(h1, 4, "基準値")
    ws.merge_cells(start_row=h1, start_column=4, end_row=h1, end_column=5)
    ws.cell(h2, 4, "年度")
    ws.cell(h2, 5, "値")
    ws.cell(h1, 6, "目標値")
    ws.merge_cells(start_row=h1, start_column=6, end_row=h1, end_column=7)
    ws.cell(h2, 6, "年度")
    ws.cell(h2, 7, "値")
    ws.cell(h1, 8, "実績値")
    ws.merge_cells(start_row=h1, start_column=8, end_row=h1, end_column=12)
    for i, y in enumerate(["令和2年度", "令和3年度", "令和4年度", "令和5年度", "令和6年度"]):
        ws.cell(h2, 8 + i, y)
    for r in (h1, h2):
        for c in range(1, ncols + 1):
            cell = ws.cell(r, c)
            cell.font = Font(bold=True)
            cell.fill = hfill
            cell.alignment = center
            cell.border = border

    row = h2 + 1
    for gname, items in IJU_GROUPS:
        ws.cell(row, 1, gname).font = Font(bold=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        for c in range(1, ncols + 1):
            ws.cell(row, c).fill = gfill
            ws.cell(row, c).border = border
        row += 1
        for it in items:
            no, name, unit, by, bv, ty, tv, r2, r3, r4, r5, r6, status, ka = it
            vals = [no, name, unit, by, bv, ty, tv, r2, r3, r4, r5, r6, status, ka]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(row, c, v)
                cell.border = border
                if isinstance(v, float):
                    cell.number_format = "0.0"
                elif isinstance(v, int) and abs(v) >= 1000:
                    cell.number_format = "#,##0"
                if c in (1, 3, 4, 6, 13):
                    cell.alignment = Alignment(horizontal="center", vertical="center")
                elif c == 2:
                    cell.alignment = Alignment(vertical="center", wrap_text=True)
            row += 1
    row += 1
    ws.cell(row, 1, IJU_SUMMARY).font = Font(bold=True)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    row += 1
    for n in IJU_NOTES:
        ws.cell(row, 1, n)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        row += 1

    widths = {1: 5, 2: 38, 3: 6, 4: 11, 5: 8, 6: 11, 7: 8, 8: 9, 9: 9, 10: 9, 11: 9, 12: 9, 13: 9, 14: 12}
    for c, w in widths.items():
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = "C5"
    ws.print_title_rows = "3:4"
    ws.page_setup.orientation = "landscape"

    ws2 = wb.create_sheet("計画の概要")
    ws2["A1"] = "萩野岳村移住・定住促進計画の概要"
    ws2["A1"].font = Font(size=14, bold=True)
    ws2.merge_cells("A1:B1")
    ws2.cell(3, 1, "項目").font = Font(bold=True)
    ws2.cell(3, 2, "内容").font = Font(bold=True)
    for c in (1, 2):
        ws2.cell(3, c).fill = hfill
        ws2.cell(3, c).border = border
    for i, (k, v) in enumerate(IJU_OUTLINE, start=4):
        ws2.cell(i, 1, k).border = border
        ws2.cell(i, 2, v).border = border
        ws2.cell(i, 2).alignment = Alignment(wrap_text=True, vertical="center")
    ws2.column_dimensions["A"].width = 22
    ws2.column_dimensions["B"].width = 80
    wb.save(path)


def write(directory) -> None:
    make_pdf(os.path.join(str(directory), "shirasagigawa_keikan_keikaku.pdf"))
    make_docx(os.path.join(str(directory), "kirinomiya_toshokan_keikaku.docx"))
    make_xlsx(os.path.join(str(directory), "haginodake_iju_kpi.xlsx"))


if __name__ == "__main__":
    write(HERE)
