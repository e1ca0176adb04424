"""Generate three invented municipal plan documents (inv22).

(a) 葛谷町   第2次健康増進計画・食育推進計画（中間評価・後期計画）  -> .docx
(b) 杉宮市   森林整備計画（平成28年4月～令和8年3月、終了）          -> .pdf
(c) 奥鹿野村 地域防災計画（概要版）CMSページ                       -> .html

All municipalities, people, addresses and phone numbers are fictitious.
"""
import os
import sys

# ---------------------------------------------------------------------------
# (a) 葛谷町 健康増進計画・食育推進計画 (.docx)
# ---------------------------------------------------------------------------

KUZUYA_INDICATORS = [
    # 分野, 番号, 指標, 策定時, 中間評価, 目標, 評価
    ("栄養・食生活", "1", "朝食を欠食する人の割合（20～30歳代）", "24.8%", "27.3%", "15.0%", "D"),
    ("栄養・食生活", "2", "主食・主菜・副菜をそろえた食事を1日2回以上ほぼ毎日食べる人の割合", "48.2%", "51.6%", "60.0%", "B"),
    ("栄養・食生活", "3", "肥満傾向児の割合（小学5年生）", "11.4%", "12.9%", "9.0%", "D"),
    ("栄養・食生活", "4", "食塩を控えるよう心がけている人の割合", "55.7%", "55.9%", "70.0%", "C"),
    ("身体活動・運動", "5", "運動習慣のある人の割合（40～74歳）", "31.5%", "34.0%", "40.0%", "B"),
    ("身体活動・運動", "6", "ロコモティブシンドロームを知っている人の割合", "28.3%", "41.7%", "50.0%", "B"),
    ("休養・こころ", "7", "睡眠で休養が十分とれていない人の割合", "22.1%", "20.5%", "18.0%", "B"),
    ("休養・こころ", "8", "自殺死亡率（人口10万対）", "19.8", "16.2", "13.0", "B"),
    ("歯と口腔", "9", "3歳児でむし歯のない者の割合", "82.6%", "90.3%", "90.0%", "A"),
    ("歯と口腔", "10", "歯周病検診受診率", "6.4%", "6.6%", "15.0%", "C"),
    ("たばこ・アルコール", "11", "成人の喫煙率", "16.9%", "14.2%", "12.0%", "B"),
    ("たばこ・アルコール", "12", "妊娠中の喫煙率", "2.1%", "0.0%", "0%", "A"),
    ("たばこ・アルコール", "13", "生活習慣病のリスクを高める量を飲酒している人の割合（男性）", "14.6%", "16.0%", "12.0%", "D"),
    ("健診・重症化予防", "14", "特定健康診査受診率", "42.3%", "47.8%", "60.0%", "B"),
    ("健診・重症化予防", "15", "特定保健指導実施率", "38.0%", "61.5%", "60.0%", "A"),
    ("健診・重症化予防", "16", "胃がん検診受診率", "9.7%", "8.1%", "15.0%", "D"),
    ("食育", "17", "食育に関心を持っている人の割合", "68.4%", "71.9%", "80.0%", "B"),
    ("食育", "18", "学校給食における地場産物の使用割合（品目数ベース）", "29.5%", "36.2%", "35.0%", "A"),
]

KUZUYA_PROMOTERS = [
    ("本郷地区", "9人", "田辺　久美子", "本郷公民館", "0478-62-2231"),
    ("西葛谷地区", "7人", "小野寺　正", "西葛谷集会所", "0478-63-0415"),
    ("東葛谷地区", "6人", "佐久間　智恵", "東葛谷コミュニティセンター", "0478-63-1872"),
    ("川端地区", "5人", "大森　敏夫", "川端公民館", "0478-64-0027"),
    ("岩井地区", "6人", "松永　由紀子", "岩井ふれあい館", "0478-65-3306"),
    ("大平地区", "5人", "蛭田　孝", "大平集会所", "0478-66-0190"),
]

KUZUYA_HISTORY = [
    ("令和5年10月", "「健康と食生活に関するアンケート」実施"),
    ("令和6年6月20日", "第1回葛谷町健康づくり推進協議会（中間評価の進め方）"),
    ("令和6年9月26日", "第2回葛谷町健康づくり推進協議会（中間評価結果（案））"),
    ("令和6年11月21日", "第3回葛谷町健康づくり推進協議会（後期計画（素案））"),
    ("令和6年12月16日～令和7年1月15日", "パブリックコメント（意見3件）"),
    ("令和7年2月13日", "第4回葛谷町健康づくり推進協議会（後期計画（案）の承認）"),
]

KUZUYA_TERMS = [
    ("平均自立期間", "日常生活動作が自立している期間の平均。要介護2以上になるまでの期間をもとに算出し、健康寿命の指標の一つとして用いられる。"),
    ("ロコモティブシンドローム", "運動器の障害により、立つ・歩くといった移動機能が低下した状態。略称「ロコモ」。"),
    ("ゲートキーパー", "悩んでいる人に気付き、声をかけ、話を聞いて、必要な支援につなげ、見守る人。"),
    ("特定健康診査", "40～74歳の医療保険加入者を対象に、メタボリックシンドロームに着目して行う健診。"),
    ("特定保健指導", "特定健康診査の結果、生活習慣病のリスクが高い人に対し、保健師や管理栄養士が行う生活習慣改善の支援。"),
    ("地場産物", "本計画では、町内で生産・収穫された農林水産物をいう。"),
    ("食生活改善推進員", "「私たちの健康は私たちの手で」をスローガンに、食を通じた健康づくりを地域に広めるボランティア。愛称「ヘルスメイト」。"),
]


def _docx_set_font(run, size=None, bold=False, gothic=False):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    name = "游ゴシック" if gothic else "游明朝"
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    run.bold = bold


def _docx_shade(cell, color="D9E2F3"):
    from docx.oxml.ns import qn
    tcpr = cell._element.get_or_add_tcPr()
    shd = tcpr.makeelement(qn("w:shd"), {qn("w:val"): "clear", qn("w:color"): "auto", qn("w:fill"): color})
    tcpr.append(shd)


def _docx_cell(cell, text, size=9, bold=False, center=False, shade=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    cell.text = ""
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    _docx_set_font(r, size=size, bold=bold, gothic=bold)
    if shade:
        _docx_shade(cell, shade)


def _docx_page_field(paragraph):
    from docx.oxml.ns import qn
    run = paragraph.add_run()
    for tag, attr in (("w:fldChar", {"w:fldCharType": "begin"}),
                      ("w:instrText", None),
                      ("w:fldChar", {"w:fldCharType": "end"})):
        el = run._element.makeelement(qn(tag), {qn(k): v for k, v in (attr or {}).items()})
        if tag == "w:instrText":
            el.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            el.text = " PAGE "
        run._element.append(el)


def write_kuzuya_docx(path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Mm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin = sec.bottom_margin = Mm(20)
    sec.different_first_page_header_footer = True

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _docx_set_font(hp.add_run("第2次葛谷町健康増進計画・食育推進計画（中間評価・後期計画）"), size=8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _docx_set_font(fp.add_run("－ "), size=9)
    _docx_page_field(fp)
    _docx_set_font(fp.add_run(" －"), size=9)

    def para(text, size=10.5, bold=False, center=False, indent=0, gothic=False, space_after=4):
        p = doc.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if indent:
            p.paragraph_format.left_indent = Mm(indent)
        p.paragraph_format.space_after = Pt(space_after)
        _docx_set_font(p.add_run(text), size=size, bold=bold, gothic=gothic or bold)
        return p

    def heading(text, level):
        h = doc.add_heading(level=level)
        _docx_set_font(h.add_run(text), size={1: 15, 2: 12.5, 3: 11}[level], bold=True, gothic=True)
        return h

    def page_break():
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---- 表紙 ----
    for _ in range(6):
        para("")
    para("第2次", size=16, center=True, gothic=True)
    para("葛谷町健康増進計画・食育推進計画", size=24, bold=True, center=True)
    para("～食でつながり、笑顔で暮らす　健康長寿のまち　くずや～", size=13, center=True, gothic=True)
    para("")
    para("中間評価・後期計画", size=18, bold=True, center=True)
    para("（令和7年度～令和11年度）", size=12, center=True)
    for _ in range(10):
        para("")
    para("令和7年3月", size=14, center=True, gothic=True)
    para("東浦県　葛谷町", size=16, bold=True, center=True)
    page_break()

    # ---- はじめに ----
    heading("はじめに", 1)
    para("　町では、令和2年3月に「第2次葛谷町健康増進計画・食育推進計画」を策定し、"
         "「食でつながり、笑顔で暮らす　健康長寿のまち　くずや」を基本理念として、町民の皆様の健康づくりと食育を推進してまいりました。")
    para("　このたび、計画期間の折り返しを迎えたことから中間評価を行い、後期5年間の取組を見直しました。"
         "今後も地域の皆様とともに計画を推進してまいります。")
    para("令和7年3月", center=False).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para("葛谷町長　真壁　誠一郎").alignment = WD_ALIGN_PARAGRAPH.RIGHT

    # ---- 目次 ----
    heading("目　次", 1)
    for line in ("第1章　計画の概要", "第2章　葛谷町の健康を取り巻く現状", "第3章　中間評価の結果",
                 "第4章　後期計画の取組", "第5章　計画の推進", "資料　策定経過／用語解説"):
        para(line, indent=8, space_after=2)
    page_break()

    # ---- 第1章 ----
    heading("第1章　計画の概要", 1)
    heading("1　計画策定の趣旨", 2)
    para("　本計画は、健康寿命の延伸と健康格差の縮小を目指し、町民一人ひとりの健康づくりと、それを支える地域の環境づくりを進めるための計画です。"
         "食は健康づくりの土台であることから、健康増進計画と食育推進計画を一体的に策定しています。")
    heading("2　計画の位置付け", 2)
    para("(1)　健康増進法第8条第2項に基づく市町村健康増進計画", indent=4, space_after=1)
    para("(2)　食育基本法第18条第1項に基づく市町村食育推進計画", indent=4, space_after=1)
    para("(3)　「第6次葛谷町総合計画」を上位計画とし、「葛谷町国民健康保険データヘルス計画」「葛谷町自殺対策計画」等と整合を図ります。", indent=4)
    heading("3　計画の期間", 2)
    para("　計画期間は、令和2年度から令和11年度までの10年間です。令和6年度に中間評価を実施し、令和7年度から令和11年度までを後期計画期間としました。"
         "令和10年度に最終評価を行い、次期計画の策定につなげます。")

    # ---- 第2章 ----
    heading("第2章　葛谷町の健康を取り巻く現状", 1)
    heading("1　人口と高齢化", 2)
    para("　令和6年10月1日現在の総人口は12,486人で、策定時（令和元年10月1日）の13,302人から816人減少しました。"
         "高齢化率は38.2%で、県平均（31.6%）を上回っています。")
    heading("2　平均自立期間と主な死因", 2)
    para("　平均自立期間は男性79.6年、女性84.1年です（令和4年）。令和4年の死因の第1位は悪性新生物（がん）で全死亡の27.4%を占め、"
         "次いで心疾患（16.8%）、老衰（10.2%）、脳血管疾患（9.1%）の順となっています。")
    heading("3　アンケート調査", 2)
    para("　令和5年10月に「健康と食生活に関するアンケート」を実施しました（対象：町内在住の16歳以上2,000人、回収数1,046件、回収率52.3%）。")

    # ---- 第3章 ----
    heading("第3章　中間評価の結果", 1)
    heading("1　評価の方法", 2)
    para("　策定時の値と中間評価時の値を比較し、次の5段階で評価しました。")
    for a, b in (("A", "目標値に達した"), ("B", "目標値に達していないが改善傾向にある"), ("C", "変わらない（変化が±1ポイント未満）"),
                 ("D", "悪化している"), ("E", "評価困難")):
        para(f"{a}：{b}", indent=8, space_after=1)
    heading("2　評価の結果", 2)
    para("　目標指標18項目のうち、「A」は4項目、「B」は8項目、「C」は2項目、「D」は4項目でした。"
         "若い世代の朝食欠食や子どもの肥満傾向など食生活に関する指標で悪化がみられる一方、特定保健指導実施率と3歳児のむし歯のない者の割合などは目標を達成しました。")
    para("表3-1　目標指標の中間評価", size=9.5, bold=True)

    t = doc.add_table(rows=2 + len(KUZUYA_INDICATORS), cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr1 = ["分野", "No.", "指標", "策定時", "中間評価", "目標", "評価"]
    hdr2 = ["", "", "", "令和元年度", "令和5年度", "令和11年度", ""]
    for j in range(7):
        _docx_cell(t.cell(0, j), hdr1[j], bold=True, center=True, shade="D9E2F3")
        _docx_cell(t.cell(1, j), hdr2[j], size=8, center=True, shade="D9E2F3")
    for j in (0, 1, 2, 6):
        m = t.cell(0, j).merge(t.cell(1, j))
        _docx_cell(m, hdr1[j], bold=True, center=True)
    # body with vertically merged 分野
    groups = []
    for i, row in enumerate(KUZUYA_INDICATORS):
        r = 2 + i
        for j, val in enumerate(row):
            _docx_cell(t.cell(r, j), val, size=9, center=(j != 2))
        if i == 0 or KUZUYA_INDICATORS[i - 1][0] != row[0]:
            groups.append([r, r, row[0]])
        else:
            groups[-1][1] = r
    for a, b, name in groups:
        if b > a:
            m = t.cell(a, 0).merge(t.cell(b, 0))
            _docx_cell(m, name, size=9, center=True)
    widths = [Mm(22), Mm(9), Mm(62), Mm(17), Mm(17), Mm(18), Mm(11)]
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]
    para("注：No.8は3年平均。No.14・15は法定報告値。その他は主にアンケートによる。", size=8.5)
    para("※目標を達成したNo.15とNo.18は、後期計画で目標値を上方修正します（特定保健指導実施率65.0%、地場産物の使用割合40.0%）。", size=8.5)

    # ---- 第4章 ----
    heading("第4章　後期計画の取組", 1)
    heading("1　栄養・食生活（食育）", 2)
    para("(1)　若い世代の朝食習慣づくり　町内の高校や事業所と連携し、毎年6月の食育月間に「朝ごはん応援キャンペーン」を実施します。", indent=4)
    para("(2)　減塩の推進　「くずや減塩チャレンジ」を展開し、1日の食塩摂取量を男性7.5g未満、女性6.5g未満とすることを目指します。", indent=4)
    para("(3)　地産地消の推進　毎月19日を「くずや食の日」とし、学校給食で町産の米や野菜を使った献立を提供します。", indent=4)
    heading("2　身体活動・運動", 2)
    para("(1)　健康ポイント事業「くずポ」　ウォーキングや健診受診でポイントをため、年間50ポイントで町内共通商品券500円分と交換できます。", indent=4)
    para("(2)　「くずやウォーキングマップ」（全7コース）を活用したウォーキング教室を開催します。", indent=4)
    heading("3　休養・こころの健康", 2)
    para("　ゲートキーパー養成講座を年2回開催し、令和11年度までに受講者累計300人を目指します。")
    heading("4　歯と口腔の健康", 2)
    para("　歯周病検診の対象を20歳から70歳までの5歳刻みに拡大し、個別通知による受診勧奨を行います。")
    heading("5　健診・重症化予防", 2)
    para("　特定健康診査とがん検診を同日に受けられる「セット健診」の日程を増やし、休日健診を年4回実施します。")

    # ---- 第5章 ----
    heading("第5章　計画の推進", 1)
    heading("1　推進体制", 2)
    para("　医師会、歯科医師会、学校、農業協同組合、住民代表等で構成する「葛谷町健康づくり推進協議会」（委員15人、会長　石塚良平）において、毎年度進捗状況を確認します。")
    heading("2　健康づくり推進員", 2)
    para("　町長が委嘱する「健康づくり推進員」（任期2年）が、地区の健康づくりのリーダーとして健診の受診勧奨や健康教室の運営を担っています。"
         "令和7年4月現在、6地区で計38人が活動しています。")
    para("表5-1　地区別健康づくり推進員", size=9.5, bold=True)
    t2 = doc.add_table(rows=1 + len(KUZUYA_PROMOTERS), cols=5)
    t2.style = "Table Grid"
    for j, h in enumerate(["地区", "推進員数", "代表推進員", "連絡先（活動拠点）", "電話番号"]):
        _docx_cell(t2.cell(0, j), h, bold=True, center=True, shade="E2EFD9")
    for i, row in enumerate(KUZUYA_PROMOTERS, start=1):
        for j, val in enumerate(row):
            _docx_cell(t2.cell(i, j), val, size=9, center=(j in (1, 4)))
    para("※推進員への連絡は、各活動拠点または健康福祉課健康づくり係までお願いします。", size=8.5)
    heading("3　進行管理", 2)
    para("　毎年度、事業の実施状況を協議会に報告し、必要に応じて取組を見直します。")

    # ---- 資料 ----
    heading("資料1　策定経過", 1)
    t3 = doc.add_table(rows=1 + len(KUZUYA_HISTORY), cols=2)
    t3.style = "Table Grid"
    _docx_cell(t3.cell(0, 0), "年月日", bold=True, center=True, shade="F2F2F2")
    _docx_cell(t3.cell(0, 1), "内容", bold=True, center=True, shade="F2F2F2")
    for i, (d, c) in enumerate(KUZUYA_HISTORY, start=1):
        _docx_cell(t3.cell(i, 0), d, size=9)
        _docx_cell(t3.cell(i, 1), c, size=9)
    heading("資料2　用語解説", 1)
    for term, desc in KUZUYA_TERMS:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(3)
        _docx_set_font(p.add_run(f"【{term}】"), size=10, bold=True, gothic=True)
        _docx_set_font(p.add_run(desc), size=10)

    para("")
    para("第2次葛谷町健康増進計画・食育推進計画（中間評価・後期計画）", size=10, bold=True)
    para("発行：令和7年3月　葛谷町　健康福祉課　健康づくり係（葛谷町保健センター）", size=9.5, space_after=1)
    para("〒289-3721　東浦県葛谷町本郷1250番地", size=9.5, space_after=1)
    para("電話：0478-62-3114　　FAX：0478-62-3190", size=9.5, space_after=1)
    doc.core_properties.title = "第2次葛谷町健康増進計画・食育推進計画（中間評価・後期計画）"
    doc.core_properties.author = "葛谷町健康福祉課"
    doc.save(path)


# ---------------------------------------------------------------------------
# (b) 杉宮市 森林整備計画 (.pdf, reportlab)  -- plan period ended 2026-03-31
# ---------------------------------------------------------------------------

SUGIMIYA_AREAS = [
    # 地区, 総土地面積, 人工林, 天然林, その他, 国有林
    ("中央", 2146, 512, 388, 34, 0),
    ("大沢", 3892, 1986, 1127, 58, 214),
    ("北郷", 2574, 1048, 906, 41, 0),
    ("川向", 1735, 436, 520, 22, 0),
    ("峰山", 3010, 1204, 1087, 49, 386),
]

SUGIMIYA_KPI = [
    ("間伐実施面積（年間）", "185ha", "162ha", "220ha"),
    ("主伐後の再造林面積（年間）", "4ha", "9ha", "20ha"),
    ("森林経営計画の認定面積", "2,310ha", "2,986ha", "3,800ha"),
    ("林道・林業専用道の開設延長（累計）", "0m", "1,420m", "5,350m"),
    ("シカ被害防護柵の設置延長（累計）", "3.2km", "11.6km", "20.0km"),
    ("森林ボランティア活動参加者数（年間）", "240人", "315人", "400人"),
    ("新規林業就業者数（5年間の累計）", "7人", "9人", "15人"),
]

SUGIMIYA_HISTORY = [
    ("平成27年6月18日", "第1回杉宮市森林整備計画検討委員会"),
    ("平成27年10月22日", "第2回検討委員会（計画素案の検討）"),
    ("平成27年12月1日～12月30日", "計画案の公告・縦覧（30日間、意見書の提出なし）"),
    ("平成28年1月25日", "第3回検討委員会（計画案の承認）"),
    ("平成28年2月15日", "北嶺県知事へ協議（平成28年3月4日同意）"),
    ("平成28年3月25日", "計画の策定・公表"),
    ("令和2年11月12日", "検討委員会（地域森林計画の変更に伴う計画変更案の検討）"),
    ("令和3年1月8日～2月6日", "変更案の公告・縦覧（意見書1件）"),
    ("令和3年3月19日", "計画変更・公表"),
]


def _fmt(n):
    return f"{n:,}"


def write_sugimiya_pdf(path):
    """Build twice: the first pass records on which page each chapter starts (for the 目次)."""
    import io
    pages = {}
    _build_sugimiya_pdf(io.BytesIO(), pages, {})
    _build_sugimiya_pdf(path, {}, pages)


def _build_sugimiya_pdf(path, record, toc_pages):
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    gpath = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"
    mpath = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"
    pdfmetrics.registerFont(TTFont("IPAexG", gpath))
    pdfmetrics.registerFont(TTFont("IPAexM", mpath if os.path.exists(mpath) else gpath))

    body = ParagraphStyle("body", fontName="IPAexM", fontSize=10, leading=16, wordWrap="CJK", firstLineIndent=10)
    item = ParagraphStyle("item", parent=body, firstLineIndent=0, leftIndent=14)
    small = ParagraphStyle("small", fontName="IPAexM", fontSize=8, leading=11, wordWrap="CJK")
    cellst = ParagraphStyle("cell", fontName="IPAexM", fontSize=8.5, leading=11, wordWrap="CJK")
    h1 = ParagraphStyle("h1", fontName="IPAexG", fontSize=15, leading=22, spaceBefore=6, spaceAfter=8,
                        borderPadding=(3, 3, 3, 3), backColor=colors.HexColor("#E8F0E0"), keepWithNext=1)
    h2 = ParagraphStyle("h2", fontName="IPAexG", fontSize=12, leading=18, spaceBefore=8, spaceAfter=4, keepWithNext=1)
    _h3 = ParagraphStyle("h3", fontName="IPAexG", fontSize=10.5, leading=16, spaceBefore=4, spaceAfter=2, keepWithNext=1)
    cap = ParagraphStyle("cap", fontName="IPAexG", fontSize=9, leading=13, spaceBefore=6, spaceAfter=3, keepWithNext=1)

    def grid(data, widths, header_rows=1, spans=(), align_right_from=1):
        t = Table(data, colWidths=widths, repeatRows=header_rows)
        st = [("FONTNAME", (0, 0), (-1, -1), "IPAexM"),
              ("FONTNAME", (0, 0), (-1, header_rows - 1), "IPAexG"),
              ("FONTSIZE", (0, 0), (-1, -1), 8.5),
              ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
              ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#DDE8D0")),
              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
              ("ALIGN", (0, 0), (-1, header_rows - 1), "CENTER"),
              ("ALIGN", (align_right_from, header_rows), (-1, -1), "RIGHT")]
        for s in spans:
            st.append(("SPAN",) + s)
        t.setStyle(TableStyle(st))
        return t

    def on_first(c, d):
        pass

    def on_later(c, d):
        c.saveState()
        c.setFont("IPAexG", 8)
        c.setFillColor(colors.HexColor("#333333"))
        c.drawString(20 * mm, A4[1] - 12 * mm, "杉宮市森林整備計画")
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, "計画期間：平成28年4月1日～令和8年3月31日（令和3年3月変更）")
        c.setLineWidth(0.6)
        c.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        if d.page >= 3:
            c.setFont("IPAexM", 9)
            c.drawCentredString(A4[0] / 2, 10 * mm, f"- {d.page - 2} -")
        c.restoreState()

    class _Doc(SimpleDocTemplate):
        def afterFlowable(self, fl):
            if isinstance(fl, Paragraph) and fl.style.name == "h1":
                record.setdefault(fl.getPlainText(), self.page - 2)
            for sub in getattr(fl, "_content", None) or []:  # keepWithNext groups
                self.afterFlowable(sub)

    doc = _Doc(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
               topMargin=20 * mm, bottomMargin=18 * mm,
               title="杉宮市森林整備計画", author="杉宮市 産業振興部 農林課")
    s = []
    # ---- cover ----
    cov_t = ParagraphStyle("ct", fontName="IPAexG", fontSize=28, leading=40, alignment=1)
    cov_s = ParagraphStyle("cs", fontName="IPAexG", fontSize=13, leading=22, alignment=1)
    s += [Spacer(1, 55 * mm), Paragraph("杉宮市森林整備計画", cov_t), Spacer(1, 10 * mm),
          Paragraph("東嶺地域森林計画区", cov_s), Spacer(1, 8 * mm),
          Paragraph("計画期間", cov_s),
          Paragraph("自　平成28年4月1日", cov_s), Paragraph("至　令和8年3月31日", cov_s),
          Spacer(1, 60 * mm),
          Paragraph("平成28年3月　策定", cov_s), Paragraph("令和3年3月　変更", cov_s), Spacer(1, 8 * mm),
          Paragraph("北嶺県　杉宮市", ParagraphStyle("cc", parent=cov_t, fontSize=18)), PageBreak()]
    # ---- 目次 ----
    s.append(Paragraph("目　次", h1))
    toc = [(t, str(toc_pages.get(t.replace("　", " "), ""))) for t in
           ("第1章　計画の概要", "第2章　森林の現況", "第3章　森林整備の基本方針", "第4章　森林の整備に関する事項",
            "第5章　森林の保護に関する事項", "第6章　成果指標", "資料　策定及び変更の経過")]
    tt = Table([[a, b] for a, b in toc], colWidths=[130 * mm, 20 * mm])
    tt.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "IPAexM"), ("FONTSIZE", (0, 0), (-1, -1), 10.5),
                            ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [tt, PageBreak()]

    # ---- 第1章 ----
    s.append(Paragraph("第1章　計画の概要", h1))
    s.append(Paragraph("1　計画の目的", h2))
    s.append(Paragraph("本計画は、森林法（昭和26年法律第249号）第10条の5の規定に基づき、東嶺地域森林計画の対象となる市内の民有林について、"
                       "市が講ずる森林の整備に関する基本的な事項や、森林所有者等が行う伐採、造林、保育等の指針を定めるものである。", body))
    s.append(Paragraph("2　計画の期間", h2))
    s.append(Paragraph("計画期間は、平成28年4月1日から令和8年3月31日までの10年間とする。"
                       "なお、令和3年3月に、東嶺地域森林計画の変更に合わせて計画の一部を変更した。", body))
    s.append(Paragraph("3　対象とする森林", h2))
    s.append(Paragraph("本計画の対象は、市内の地域森林計画対象民有林9,418haである。国有林（600ha）は対象としない。", body))

    # ---- 第2章 ----
    s.append(Paragraph("第2章　森林の現況", h1))
    s.append(Paragraph("1　地区別の森林面積", h2))
    s.append(Paragraph("本市の総土地面積は13,357haで、そのうち森林は10,018ha、森林率は75.0%である。"
                       "民有林の55.1%を人工林が占め、面積は大沢地区が最も大きい。", body))
    s.append(Paragraph("表2-1　地区別森林面積（令和2年3月31日現在）　　　　　　　　　　　　単位：ha、%", cap))
    data = [["地区", "総土地\n面積", "民有林", "", "", "", "国有林", "森林率"],
            ["", "", "人工林", "天然林", "その他", "計", "", ""]]
    tot = [0] * 6
    for name, land, art, nat, oth, kok in SUGIMIYA_AREAS:
        pri = art + nat + oth
        rate = (pri + kok) / land * 100
        data.append([name, _fmt(land), _fmt(art), _fmt(nat), _fmt(oth), _fmt(pri), _fmt(kok) if kok else "－", f"{rate:.1f}"])
        for k, v in enumerate((land, art, nat, oth, pri, kok)):
            tot[k] += v
    data.append(["計", _fmt(tot[0]), _fmt(tot[1]), _fmt(tot[2]), _fmt(tot[3]), _fmt(tot[4]), _fmt(tot[5]),
                 f"{(tot[4] + tot[5]) / tot[0] * 100:.1f}"])
    s.append(grid(data, [20 * mm, 20 * mm, 20 * mm, 20 * mm, 18 * mm, 20 * mm, 18 * mm, 18 * mm], header_rows=2,
                  spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (5, 0)), ((6, 0), (6, 1)), ((7, 0), (7, 1))]))
    s.append(Paragraph("注：その他は竹林及び無立木地。森林率は国有林を含む。資料：北嶺県森林簿", small))

    # chart: 地区別 民有林面積
    dr = Drawing(170 * mm, 62 * mm)
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = 18 * mm, 10 * mm, 120 * mm, 44 * mm
    bc.data = [[a[2] for a in SUGIMIYA_AREAS], [a[3] for a in SUGIMIYA_AREAS]]
    bc.categoryAxis.categoryNames = [a[0] for a in SUGIMIYA_AREAS]
    bc.categoryAxis.labels.fontName = "IPAexG"
    bc.valueAxis.labels.fontName = "IPAexM"
    bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, 2000, 500
    bc.bars[0].fillColor = colors.HexColor("#4E7D3A")
    bc.bars[1].fillColor = colors.HexColor("#B8D39B")
    dr.add(bc)
    dr.add(String(145 * mm, 45 * mm, "■ 人工林", fontName="IPAexG", fontSize=8, fillColor=colors.HexColor("#4E7D3A")))
    dr.add(String(145 * mm, 38 * mm, "■ 天然林", fontName="IPAexG", fontSize=8, fillColor=colors.HexColor("#7FA65C")))
    dr.add(String(0, 57 * mm, "図2-1　地区別の人工林・天然林面積（ha）", fontName="IPAexG", fontSize=9))
    s.append(Spacer(1, 4 * mm))
    s.append(dr)

    s.append(Paragraph("2　人工林の樹種構成", h2))
    s.append(Paragraph("人工林5,186haの樹種別内訳は、スギ3,214ha（62.0%）、ヒノキ1,402ha（27.0%）、カラマツ388ha（7.5%）、その他182ha（3.5%）である。"
                       "人工林の約68%が9齢級以上となり、本格的な利用期を迎えている。", body))

    # ---- 第3章 ----
    s.append(Paragraph("第3章　森林整備の基本方針", h1))
    s.append(Paragraph("森林の有する多面的機能を高度に発揮させるため、重視すべき機能に応じて森林を区分し、適切な整備を進める。", body))
    s.append(Paragraph("表3-1　公益的機能別施業森林等の区域", cap))
    zd = [["区分", "面積（ha）", "整備の方向"],
          ["水源涵養機能維持増進森林", "4,820", Paragraph("伐期の長期化と伐採面積の縮小・分散を図る。", cellst)],
          ["山地災害防止機能／土壌保全機能維持増進森林", "1,260", Paragraph("長伐期施業・複層林施業を推進する。", cellst)],
          ["快適環境形成機能維持増進森林", "85", Paragraph("市街地周辺の防風・騒音防止機能を維持する。", cellst)],
          ["保健文化機能維持増進森林", "310", Paragraph("峰山自然公園周辺の景観に配慮する。", cellst)],
          ["木材等生産機能維持増進森林", "3,520", Paragraph("林道沿線を中心に計画的な主伐と再造林を行う。", cellst)]]
    zd = [[Paragraph(r[0], cellst) if i else r[0], r[1], r[2]] for i, r in enumerate(zd)]
    s.append(grid(zd, [58 * mm, 22 * mm, 90 * mm]))
    s.append(Paragraph("注：区域は重複して設定している。", small))

    # ---- 第4章 ----
    s.append(Paragraph("第4章　森林の整備に関する事項", h1))
    s.append(Paragraph("1　立木の標準伐期齢", h2))
    fd = [["地域", "樹種", "", "", "", "", ""],
          ["", "スギ", "ヒノキ", "アカマツ", "カラマツ", "その他\n針葉樹", "広葉樹"],
          ["市内全域", "40年", "45年", "40年", "40年", "50年", "20年"]]
    s.append(grid(fd, [30 * mm] + [23 * mm] * 6, header_rows=2,
                  spans=[((0, 0), (0, 1)), ((1, 0), (6, 0))]))
    s.append(Paragraph("注：標準伐期齢は、伐採の時期に関する指標として定めるものであり、この林齢に達した森林の伐採を義務付けるものではない。", small))
    s.append(Paragraph("2　伐採（主伐）及び造林", h2))
    s.append(Paragraph("(1)　皆伐は、1箇所当たりの伐採面積をおおむね20ha以下とし、伐採跡地が連続しないよう配慮する。", item))
    s.append(Paragraph("(2)　人工造林による更新は、伐採が終了した日を含む年度の翌年度の初日から起算して2年以内に行う。", item))
    s.append(Paragraph("(3)　標準的な植栽本数は、スギ・ヒノキ3,000本/ha、カラマツ2,500本/haとする。", item))
    s.append(Paragraph("3　間伐及び保育", h2))
    s.append(Paragraph("間伐率はおおむね20～35%とし、初回間伐はスギで林齢16～20年、ヒノキで18～22年を目安とする。計画量と前半5年間の実績は次のとおりである。", body))
    kd = [["区分", "計画量", "", "", "前半5年の\n実績"],
          ["", "前半5年\n（H28～R2）", "後半5年\n（R3～R7）", "計", ""],
          ["間伐", "1,050", "1,100", "2,150", "864"],
          ["人工造林", "60", "95", "155", "41"]]
    s.append(KeepTogether([Paragraph("表4-1　間伐及び人工造林の計画量と実績　　　　　　　　　　　　　　　　　単位：ha", cap),
                           grid(kd, [34 * mm, 32 * mm, 32 * mm, 30 * mm, 32 * mm], header_rows=2,
                                spans=[((0, 0), (0, 1)), ((1, 0), (3, 0)), ((4, 0), (4, 1))])]))
    s.append(Paragraph("注：後半5年の計画量は、令和3年3月の計画変更で見直した値である。", small))
    rd = [["種類", "路線名", "地区", "延長（m）", "利用区域\n面積（ha）", "開設時期"],
          ["林道", "大沢奥線", "大沢", "2,300", "310", "前半5年"],
          ["林道", "峰山線", "峰山", "1,850", "245", "後半5年"],
          ["林業専用道", "北郷中尾線", "北郷", "1,200", "96", "後半5年"],
          ["計", "3路線", "", "5,350", "651", ""]]
    s.append(KeepTogether([Paragraph("4　林道等の開設", h2), Paragraph("表4-2　開設予定路線", cap),
                           grid(rd, [26 * mm, 32 * mm, 20 * mm, 26 * mm, 26 * mm, 30 * mm], align_right_from=3)]))

    # ---- 第5章 ----
    s.append(Paragraph("第5章　森林の保護に関する事項", h1))
    s.append(Paragraph("1　鳥獣害の防止", h2))
    s.append(Paragraph("ニホンジカによる植栽木の食害や剥皮被害が大沢・峰山地区を中心に拡大しており、令和元年度の被害面積は42haであった。"
                       "「鳥獣害防止森林区域」を設定し、防護柵の設置と捕獲を一体的に進める。", body))
    s.append(Paragraph("2　森林病害虫等の防除", h2))
    s.append(Paragraph("松くい虫被害は峰山地区のアカマツ林で発生しており、被害木の早期伐倒駆除を行う。", body))
    s.append(Paragraph("3　林野火災の予防", h2))
    s.append(Paragraph("毎年3月1日から5月31日までを山火事予防強化期間とし、巡視と啓発を行う。", body))

    # ---- 第6章 ----
    s.append(Paragraph("第6章　成果指標", h1))
    s.append(Paragraph("計画の進捗を把握するため、次の成果指標を設定する。", body))
    kp = [["指標", "基準値", "実績", "目標値"],
          ["", "平成26年度", "令和元年度", "令和7年度"]]
    for r in SUGIMIYA_KPI:
        kp.append([Paragraph(r[0], cellst), r[1], r[2], r[3]])
    s.append(KeepTogether([Paragraph("表6-1　成果指標", cap), grid(kp, [74 * mm, 30 * mm, 30 * mm, 30 * mm], header_rows=2, spans=[((0, 0), (0, 1))])]))
    s.append(Paragraph("注：新規林業就業者数の基準値は平成22～26年度、実績は平成27～令和元年度の累計。", small))

    s.append(Paragraph("資料　策定及び変更の経過", h1))
    hd = [["年月日", "内容"]] + [[a, Paragraph(b, cellst)] for a, b in SUGIMIYA_HISTORY]
    t = grid(hd, [52 * mm, 118 * mm], align_right_from=99)
    s.append(t)
    s.append(Spacer(1, 6 * mm))
    box = Table([[Paragraph("【お問い合わせ】<br/>杉宮市　産業振興部　農林課　林務係<br/>"
                            "〒396-0112　北嶺県杉宮市中央二丁目3番1号<br/>"
                            "電話：0265-31-2468（直通）　FAX：0265-31-2499", ParagraphStyle("bx", parent=body, firstLineIndent=0))]],
                colWidths=[120 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    s.append(box)
    doc.build(s, onFirstPage=on_first, onLaterPages=on_later)


# ---------------------------------------------------------------------------
# (c) 奥鹿野村 地域防災計画（概要版） CMS web page (.html)
# ---------------------------------------------------------------------------

OKUKANO_SHELTERS = [
    # 地区, 施設名, 所在地, 収容人数, 電話, 洪水, 土砂, 地震
    ("中郷地区", "奥鹿野村総合体育館", "奥鹿野村大字中郷1520", "420", "0296-58-2350", "○", "○", "○"),
    ("中郷地区", "奥鹿野小学校", "奥鹿野村大字中郷1480", "280", "0296-58-2105", "○", "○", "○"),
    ("中郷地区", "中郷公民館", "奥鹿野村大字中郷305", "80", "0296-58-2241", "×", "○", "○"),
    ("上鹿野地区", "上鹿野コミュニティセンター", "奥鹿野村大字上鹿野2210-1", "90", "0296-59-0311", "○", "×", "○"),
    ("上鹿野地区", "旧上鹿野小学校体育館", "奥鹿野村大字上鹿野1875", "150", "0296-59-0358", "○", "○", "○"),
    ("下鹿野地区", "奥鹿野中学校", "奥鹿野村大字下鹿野640", "320", "0296-58-3021", "×", "○", "○"),
    ("下鹿野地区", "下鹿野集会所", "奥鹿野村大字下鹿野1102", "60", "0296-58-3466", "○", "○", "○"),
    ("栃平地区", "栃平ふれあいセンター", "奥鹿野村大字栃平418", "110", "0296-59-1203", "○", "○", "○"),
    ("大滝地区", "大滝多目的集会施設", "奥鹿野村大字大滝77-2", "70", "0296-59-2240", "○", "×", "○"),
    ("大滝地区", "大滝生活改善センター", "奥鹿野村大字大滝215", "50", "0296-59-2015", "○", "○", "×"),
]

OKUKANO_KPI = [
    ("自主防災組織の活動カバー率", "76.2%", "90.5%", "100%"),
    ("個別避難計画の作成率", "0%", "42.1%", "100%"),
    ("防災士の人数", "8人", "19人", "30人"),
    ("防災行政無線戸別受信機の設置率", "88.4%", "96.2%", "100%"),
    ("村総合防災訓練の参加者数", "420人", "610人", "800人"),
    ("3日分以上の食料を備蓄している世帯の割合", "38.5%", "47.3%", "70%"),
]


def _okukano_html():
    rows = []
    prev = None
    counts = {}
    for r in OKUKANO_SHELTERS:
        counts[r[0]] = counts.get(r[0], 0) + 1
    for r in OKUKANO_SHELTERS:
        tds = []
        if r[0] != prev:
            tds.append(f'<th scope="row" rowspan="{counts[r[0]]}">{r[0]}</th>')
            prev = r[0]
        tds.append(f"<td>{r[1]}</td><td>{r[2]}</td><td class=\"num\">{r[3]}</td><td>{r[4]}</td>")
        tds.append("".join(f'<td class="c">{x}</td>' for x in r[5:]))
        rows.append("<tr>" + "".join(tds) + "</tr>")
    shelter_rows = "\n".join(rows)
    kpi_rows = "\n".join(f"<tr><th scope=\"row\">{a}</th><td class=\"num\">{b}</td><td class=\"num\">{c}</td><td class=\"num\">{d}</td></tr>"
                         for a, b, c, d in OKUKANO_KPI)
    return f"""<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>奥鹿野村地域防災計画（概要版）｜奥鹿野村公式ホームページ</title>
<meta name="description" content="奥鹿野村地域防災計画（令和8年3月修正）の概要、指定避難所一覧、減災目標を掲載しています。">
<link rel="stylesheet" href="/shared/css/common.css">
<style>
body{{font-family:"Hiragino Kaku Gothic ProN","Meiryo",sans-serif;margin:0;color:#222;line-height:1.7}}
#header{{background:#1f5c3a;color:#fff;padding:10px 24px}} #header .logo{{font-size:22px;font-weight:bold}}
#header .util a{{color:#fff;margin-left:12px;font-size:13px}}
#gnav ul{{display:flex;list-style:none;margin:0;padding:0;background:#e9f2ec}} #gnav li a{{display:block;padding:10px 18px;color:#1f5c3a}}
#breadcrumb{{font-size:13px;padding:8px 24px}} #main{{max-width:960px;margin:0 auto;padding:0 24px}}
h1{{border-bottom:3px solid #1f5c3a}} h2{{background:#1f5c3a;color:#fff;padding:4px 10px;font-size:19px}} h3{{border-left:6px solid #1f5c3a;padding-left:8px;font-size:16px}}
table{{border-collapse:collapse;margin:8px 0 16px}} th,td{{border:1px solid #999;padding:4px 8px;font-size:14px}} thead th{{background:#dfeee4}}
td.num{{text-align:right}} td.c{{text-align:center}} .contact{{border:2px solid #1f5c3a;padding:12px 18px;margin:24px 0}}
#footer{{background:#333;color:#eee;padding:16px 24px;font-size:13px}} #footer a{{color:#eee}}
</style>
</head>
<body>
<div id="skip"><a href="#main">本文へ移動</a></div>
<header id="header">
  <div class="logo"><a href="/" style="color:#fff;text-decoration:none">奥鹿野村<span style="font-size:12px;margin-left:8px">OKUKANO VILLAGE</span></a></div>
  <div class="util"><a href="/sitemap.html">サイトマップ</a><a href="/fontsize.html">文字サイズ・色合い</a><a href="/foreign/">Foreign Language</a><a href="/kurashi/bousai/">防災情報</a>
  <form action="/search/" style="display:inline;margin-left:12px"><input type="text" name="q" placeholder="サイト内検索"><button type="submit">検索</button></form></div>
</header>
<nav id="gnav"><ul>
<li><a href="/kurashi/">くらし・手続き</a></li><li><a href="/kosodate/">子育て・教育</a></li><li><a href="/kenko/">健康・福祉</a></li>
<li><a href="/bousai/">防災・安全</a></li><li><a href="/sangyo/">産業・観光</a></li><li><a href="/sonsei/">村政情報</a></li>
</ul></nav>
<div id="breadcrumb"><a href="/">トップページ</a> &gt; <a href="/bousai/">防災・安全</a> &gt; <a href="/bousai/keikaku/">防災計画</a> &gt; <span>奥鹿野村地域防災計画（概要版）</span></div>

<main id="main">
<article>
<h1>奥鹿野村地域防災計画（概要版）</h1>
<p class="update">更新日：2026年4月1日　ページ番号：2418</p>

<p>奥鹿野村防災会議では、災害対策基本法第42条の規定に基づき「奥鹿野村地域防災計画」を作成しています。令和8年3月に、近年の大規模地震の教訓や国の防災基本計画の修正を踏まえて計画を修正しました。このページでは計画の主な内容をお知らせします。</p>

<h2>1　計画の概要</h2>
<h3>(1)　計画の目的</h3>
<p>村、県、防災関係機関及び住民が、それぞれの役割を果たしながら連携し、災害から村民の生命、身体及び財産を守ることを目的としています。</p>
<h3>(2)　計画の構成</h3>
<ul>
<li>第1編　総則</li><li>第2編　災害予防計画</li><li>第3編　災害応急対策計画</li><li>第4編　災害復旧・復興計画</li><li>資料編</li>
</ul>
<h3>(3)　計画の期間と修正</h3>
<p>地域防災計画には定められた計画期間はありません。毎年検討を加え、必要があると認めるときは修正します。なお、「6　減災目標」の目標年度は令和12年度です。</p>

<h2>2　村の概況と想定される災害</h2>
<p>村の人口は2,184人（1,003世帯、令和8年1月1日現在）、面積は148.62平方キロメートルで、その約91%を森林が占めます。村内は中郷、上鹿野、下鹿野、栃平、大滝の5地区、21行政区からなります。</p>
<ul>
<li><strong>地震</strong>：鹿野断層帯地震（マグニチュード7.1）により最大震度6強、全壊建物86棟、避難者約540人と想定しています（令和6年度村被害想定調査）。</li>
<li><strong>風水害</strong>：鹿野川及び栃沢川の氾濫による浸水が、中郷地区と下鹿野地区の一部で想定されています。</li>
<li><strong>土砂災害</strong>：土砂災害警戒区域は214箇所、そのうち土砂災害特別警戒区域は171箇所です。</li>
<li><strong>雪害</strong>：大滝地区を中心に、大雪による孤立集落の発生が想定されます。</li>
</ul>

<h2>3　災害予防の主な取組</h2>
<h3>(1)　自主防災組織の育成</h3>
<p>全21行政区での自主防災組織の活動を目指し、資機材の整備や防災リーダー研修を支援します。</p>
<h3>(2)　備蓄</h3>
<p>村は想定避難者540人の3日分として、食料4,860食、飲料水（2リットル）3,240本を目標に公的備蓄を行います。各家庭では最低3日分、できれば1週間分の備蓄をお願いします。</p>
<h3>(3)　避難行動要支援者の支援</h3>
<p>避難行動要支援者名簿の登録者は318人（令和8年1月現在）です。民生委員や自主防災組織と協力し、一人ひとりの個別避難計画の作成を進めます。</p>
<h3>(4)　防災訓練</h3>
<p>毎年6月の第1日曜日に村総合防災訓練を実施します。土砂災害警戒区域のある地区では、出水期前に避難訓練を行います。</p>

<h2>4　災害応急対策</h2>
<h3>(1)　配備体制</h3>
<table>
<thead><tr><th scope="col">配備区分</th><th scope="col">主な配備基準</th><th scope="col">体制</th></tr></thead>
<tbody>
<tr><th scope="row">注意配備</th><td>大雨注意報・洪水注意報の発表</td><td>総務課防災係</td></tr>
<tr><th scope="row">第1配備</th><td>大雨警報・洪水警報の発表、震度4</td><td>総務課・建設課・産業課</td></tr>
<tr><th scope="row">第2配備</th><td>土砂災害警戒情報の発表、震度5弱</td><td>災害警戒本部（本部長：副村長）</td></tr>
<tr><th scope="row">第3配備</th><td>大雨特別警報の発表、震度5強以上</td><td>災害対策本部（本部長：村長）、全職員</td></tr>
</tbody></table>
<h3>(2)　避難情報と情報伝達</h3>
<p>避難情報は、警戒レベル3「高齢者等避難」、警戒レベル4「避難指示」、警戒レベル5「緊急安全確保」の3段階で発令します。防災行政無線（屋外拡声子局及び戸別受信機）、「おくかの安心メール」、村公式LINE、緊急速報メールでお知らせします。</p>

<h2>5　指定避難所一覧</h2>
<table class="shelter">
<caption>奥鹿野村の指定避難所（令和8年4月1日現在）</caption>
<thead>
<tr><th scope="col" rowspan="2">地区</th><th scope="col" rowspan="2">施設名</th><th scope="col" rowspan="2">所在地</th><th scope="col" rowspan="2">収容人数（人）</th><th scope="col" rowspan="2">電話番号</th><th scope="colgroup" colspan="3">対象とする災害</th></tr>
<tr><th scope="col">洪水</th><th scope="col">土砂災害</th><th scope="col">地震</th></tr>
</thead>
<tbody>
{shelter_rows}
</tbody>
</table>
<p>注1：○は対象、×は対象外です。収容人数は、1人当たり3.3平方メートルで算定しています。<br>
注2：大滝生活改善センターは耐震改修が未実施のため、地震時は使用しません。<br>
注3：福祉避難所として、奥鹿野村保健福祉センター「ほっとかの」（大字下鹿野520、収容30人、電話0296-58-3300）を指定しています。</p>

<h2>6　減災目標（成果指標）</h2>
<table>
<thead><tr><th scope="col">指標</th><th scope="col">基準値<br>（令和2年度）</th><th scope="col">現状値<br>（令和7年度）</th><th scope="col">目標値<br>（令和12年度）</th></tr></thead>
<tbody>
{kpi_rows}
</tbody></table>

<h2>7　用語解説</h2>
<dl>
<dt>指定緊急避難場所</dt><dd>災害から命を守るために緊急的に避難する場所。災害の種類ごとに指定されます。</dd>
<dt>指定避難所</dt><dd>自宅に戻れなくなった方などが、一定期間避難生活を送るための施設。</dd>
<dt>福祉避難所</dt><dd>高齢者や障がいのある方など、一般の避難所での生活が難しい方のための避難所。</dd>
<dt>避難行動要支援者</dt><dd>災害時に自力で避難することが難しく、支援を必要とする方。</dd>
<dt>個別避難計画</dt><dd>避難行動要支援者ごとに、避難先や避難を支援する人などを定めた計画。</dd>
<dt>土砂災害特別警戒区域</dt><dd>土砂災害警戒区域のうち、建物が壊れ住民に著しい危害が生じるおそれがある区域。通称「レッドゾーン」。</dd>
<dt>防災士</dt><dd>日本防災士機構が認証する民間資格で、地域の防災力向上の担い手。</dd>
</dl>

<h2>8　修正の経過</h2>
<table>
<thead><tr><th scope="col">年月日</th><th scope="col">内容</th></tr></thead>
<tbody>
<tr><td>令和7年12月18日</td><td>奥鹿野村防災会議幹事会（修正素案の検討）</td></tr>
<tr><td>令和8年1月9日～2月7日</td><td>パブリックコメント（意見2件）</td></tr>
<tr><td>令和8年2月19日</td><td>奥鹿野村防災会議（修正案の決定）</td></tr>
<tr><td>令和8年3月6日</td><td>南嶺県知事へ修正内容を報告</td></tr>
</tbody></table>
<p>これまでの主な修正：平成29年3月（全面改定）、令和3年3月、令和6年3月</p>

<h2>ダウンロード</h2>
<ul class="file">
<li><a href="/material/files/group/2/bousaikeikaku_honpen_r8.pdf">奥鹿野村地域防災計画（本編）（PDF：4.8MB）</a></li>
<li><a href="/material/files/group/2/bousaikeikaku_shiryo_r8.pdf">奥鹿野村地域防災計画（資料編）（PDF：2.1MB）</a></li>
<li><a href="/material/files/group/2/bousaikeikaku_gaiyo_r8.pdf">奥鹿野村地域防災計画（概要版）（PDF：1.3MB）</a></li>
</ul>
<p class="pdf-note">PDFファイルをご覧いただくには、Adobe Acrobat Reader（無料）が必要です。</p>

<div class="contact">
<h2 style="background:none;color:#1f5c3a;padding:0">このページに関するお問い合わせ</h2>
<p>総務課　防災係<br>
〒379-1401　南嶺県奥鹿野村大字中郷1500番地<br>
電話：0296-58-2011（内線215）　ファクス：0296-58-2190<br>
<a href="/form/inquiry.html?id=bousai">メールでのお問い合わせはこちら</a></p>
</div>

<div class="questionnaire">
<p>このページの情報は役に立ちましたか？</p>
<form action="/questionnaire/"><label><input type="radio" name="q1">役に立った</label> <label><input type="radio" name="q1">どちらともいえない</label> <label><input type="radio" name="q1">役に立たなかった</label> <button type="submit">送信</button></form>
</div>
</article>
</main>

<footer id="footer">
<p><strong>奥鹿野村役場</strong>　〒379-1401　南嶺県奥鹿野村大字中郷1500番地<br>
電話：0296-58-2011（代表）　ファクス：0296-58-2190<br>
開庁時間：月曜日から金曜日の午前8時30分から午後5時15分まで（祝日・年末年始を除く）</p>
<p><a href="/site/privacy.html">個人情報の取扱い</a>｜<a href="/site/accessibility.html">ウェブアクセシビリティ</a>｜<a href="/site/link.html">リンク集</a></p>
<p><small>Copyright &copy; Okukano Village. All Rights Reserved.</small></p>
</footer>
</body>
</html>
"""


def write_okukano_html(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(_okukano_html())


# ---------------------------------------------------------------------------

FILES = {
    "kuzuya_kenko_shokuiku_keikaku_chukan.docx": write_kuzuya_docx,
    "sugimiya_shinrin_seibi_keikaku.pdf": write_sugimiya_pdf,
    "okukano_chiiki_bousai_gaiyo.html": write_okukano_html,
}


def write(directory: str) -> None:
    os.makedirs(directory, exist_ok=True)
    for name, fn in FILES.items():
        fn(os.path.join(directory, name))


if __name__ == "__main__":
    write(sys.argv[1])
