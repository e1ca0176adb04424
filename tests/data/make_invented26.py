"""Generate three invented municipal plan documents (test material, inv26).

(a) 第三次青葉原町子ども読書活動推進計画 (ended)      -> .docx (python-docx)
(b) 奥津川村鳥獣被害防止計画                           -> .xlsx (openpyxl)
(c) 朝霧地区広域行政事務組合 消防力整備計画            -> .pdf  (reportlab)

All towns, people, addresses and phone numbers are invented.
Usage: python make_invented26.py OUTPUT_DIR
"""
import os
import sys

FONT_PATH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

DOCX_NAME = "aobahara_kodomo_dokusho_keikaku_3ji.docx"
XLSX_NAME = "okutsugawa_choujuu_higai_boushi_keikaku_R7-R9.xlsx"
PDF_NAME = "asagiri_kouiki_shouboryoku_seibi_keikaku_R8-R12.pdf"


# ---------------------------------------------------------------------------
# (a) 子ども読書活動推進計画 (docx)
# ---------------------------------------------------------------------------
def _docx_set_font(style, name="ＭＳ 明朝", size=None):
    from docx.oxml.ns import qn
    from docx.shared import Pt
    style.font.name = name
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if size:
        style.font.size = Pt(size)


def _docx_table(doc, header_rows, rows, widths=None, merges=(), caption=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt
    if caption:
        p = doc.add_paragraph()
        r = p.add_run(caption)
        r.bold = True
    ncols = len(header_rows[0])
    t = doc.add_table(rows=len(header_rows) + len(rows), cols=ncols)
    t.style = "Table Grid"
    for i, row in enumerate(header_rows + rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell = t.cell(i, j)
            cell.text = str(val)
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.size = Pt(9)
                    if i < len(header_rows):
                        run.bold = True
                if i < len(header_rows):
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1, c1)
        b = t.cell(r2, c2)
        keep = a.text
        m = a.merge(b)
        # merging concatenates paragraphs; keep only the first text
        for par in m.paragraphs[1:]:
            par._element.getparent().remove(par._element)
        if m.paragraphs and m.paragraphs[0].text != keep:
            m.paragraphs[0].text = keep
    if widths:
        for j, w in enumerate(widths):
            for row in t.rows:
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def write_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    _docx_set_font(doc.styles["Normal"], "ＭＳ 明朝", 10.5)
    for s in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        _docx_set_font(doc.styles[s], "ＭＳ ゴシック")
    doc.core_properties.title = "第三次青葉原町子ども読書活動推進計画"
    doc.core_properties.author = "青葉原町教育委員会"

    # footer page label
    fp = sec.footer.paragraphs[0]
    fp.text = "第三次青葉原町子ども読書活動推進計画"
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    # --- cover ---
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("第三次")
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("青葉原町子ども読書活動推進計画")
    r.font.size = Pt(24)
    r.bold = True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("～本と出会い、本とともに育つ　あおばの子～")
    r.font.size = Pt(13)
    for _ in range(3):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("計画期間　令和3年度～令和7年度\n").font.size = Pt(12)
    p.add_run("令和3年3月策定／令和6年3月中間見直し\n").font.size = Pt(12)
    p.add_run("青葉原町教育委員会").font.size = Pt(14)
    doc.add_page_break()

    # --- はじめに ---
    doc.add_heading("はじめに", level=1)
    doc.add_paragraph(
        "子どもにとって読書は、言葉を学び、感性を磨き、想像力を豊かにする上で欠くことのできないものです。"
        "本町では、平成23年に第一次計画を、平成28年に第二次計画を策定し、ブックスタート事業や"
        "学校図書館の環境整備に取り組んでまいりました。")
    doc.add_paragraph(
        "このたび、第二次計画の成果と課題を踏まえ、家庭・地域・学校・図書館が連携して"
        "子どもの読書活動を支えるため、第三次計画を策定しました。")
    p = doc.add_paragraph("令和3年3月\n青葉原町教育委員会　教育長　石黒 和彦")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    # --- 目次 ---
    doc.add_heading("目次", level=1)
    for line in ["第1章　計画の策定にあたって", "第2章　子どもの読書環境の現状と課題",
                 "第3章　計画の基本的な考え方", "第4章　具体的な取組",
                 "第5章　成果指標", "第6章　計画の推進",
                 "資料1　策定経過", "資料2　用語解説"]:
        doc.add_paragraph(line)
    doc.add_page_break()

    # --- 第1章 ---
    doc.add_heading("第1章　計画の策定にあたって", level=1)
    doc.add_heading("1　計画策定の趣旨", level=2)
    doc.add_paragraph(
        "本計画は、すべての子どもが自主的に読書活動を行うことができるよう、"
        "本町の施策の方向性と具体的な取組を示すものです。")
    doc.add_heading("2　計画の位置付け", level=2)
    doc.add_paragraph(
        "本計画は、「子どもの読書活動の推進に関する法律」第9条第2項に規定する市町村子ども読書"
        "活動推進計画として策定するものであり、「第6次青葉原町総合計画」及び「青葉原町教育大綱」"
        "に即して定めます。")
    doc.add_heading("3　計画の期間", level=2)
    doc.add_paragraph(
        "令和3年度から令和7年度までの5年間とします。なお、令和5年度に中間評価を実施し、"
        "令和6年3月に取組及び成果指標の一部を見直しました。")
    doc.add_heading("4　計画の対象", level=2)
    doc.add_paragraph(
        "0歳からおおむね18歳までの子ども、及び子どもの読書に関わる保護者、保育士、教職員、"
        "読書ボランティア等を対象とします。")

    # --- 第2章 ---
    doc.add_heading("第2章　子どもの読書環境の現状と課題", level=1)
    doc.add_heading("1　町内の図書館サービス網", level=2)
    doc.add_paragraph(
        "本町の公共図書館サービスは、町立図書館（本館）、2つの分館及び移動図書館車「あおば号」"
        "により提供しています。")
    _docx_table(
        doc,
        [["区分", "施設名・巡回場所", "所在地", "開館日・巡回日"]],
        [
            ["図書館", "青葉原町立図書館（本館）", "青葉原町中野1丁目12番3号", "火曜日～日曜日（月曜日・月末整理日は休館）"],
            ["分館", "東分館（東部公民館内）", "青葉原町東大原455番地", "水曜日・土曜日・日曜日"],
            ["分館", "北分館（北部ふれあいセンター内）", "青葉原町北沢2081番地", "火曜日・木曜日・土曜日"],
            ["移動図書館", "南小学校", "青葉原町南田706番地", "第1・第3水曜日"],
            ["移動図書館", "上郷集会所", "青葉原町上郷1150番地", "第2・第4木曜日"],
            ["移動図書館", "みどり保育園", "青葉原町緑町2丁目8番地", "第2・第4火曜日"],
            ["移動図書館", "川辺地区コミュニティセンター", "青葉原町川辺312番地1", "第1・第3金曜日"],
            ["移動図書館", "西山団地集会所", "青葉原町西山台3丁目1番地", "第1・第3土曜日"],
        ],
        widths=[2.2, 5.0, 4.8, 4.8],
        merges=[(2, 0, 3, 0), (4, 0, 8, 0)],
        caption="表1　図書館・分館・移動図書館巡回場所一覧（令和6年4月1日現在）")
    doc.add_paragraph(
        "（注）本館の蔵書数は約98,000冊（うち児童書約31,000冊）です。移動図書館の巡回日が祝日の"
        "場合は運休します。")

    doc.add_heading("2　子どもの読書に関する調査結果", level=2)
    doc.add_paragraph(
        "令和元年11月に町内の小学5年生、中学2年生及び町内在住の高校2年生を対象として"
        "「青葉原町子どもの読書に関するアンケート」を実施しました（回答者数812人）。"
        "1か月間に本を1冊も読まなかった子どもの割合（不読率）は、小学5年生4.8%、"
        "中学2年生12.5%、高校2年生38.2%であり、学年が上がるにつれて高くなっています。")

    doc.add_heading("3　第二次計画の成果と課題", level=2)
    doc.add_paragraph("(1)　乳幼児期　ブックスタート参加率は9割を超えていますが、その後の継続的な"
                      "図書館利用につながっていない家庭が見られます。")
    doc.add_paragraph("(2)　学齢期　中学生・高校生の不読率が高く、部活動や塾などで読書の時間が"
                      "確保しにくい状況があります。")
    doc.add_paragraph("(3)　学校図書館　町内の小学校7校・中学校4校のうち、学校図書館図書標準を"
                      "達成している学校は8校にとどまっています。")
    doc.add_paragraph("(4)　地域　読み聞かせボランティアの高齢化が進み、新たな担い手の確保が課題です。")

    # --- 第3章 ---
    doc.add_heading("第3章　計画の基本的な考え方", level=1)
    doc.add_heading("1　基本理念", level=2)
    doc.add_paragraph("「本と出会い、本とともに育つ　あおばの子」")
    doc.add_heading("2　基本目標", level=2)
    for s in ["基本目標1　家庭における読書活動の推進",
              "基本目標2　地域・図書館における読書活動の推進",
              "基本目標3　学校等における読書活動の推進",
              "基本目標4　読書活動を支える環境の整備と普及啓発"]:
        doc.add_paragraph(s)

    # --- 第4章 ---
    doc.add_heading("第4章　具体的な取組", level=1)
    doc.add_paragraph("基本目標ごとの主な取組、担当及び実施時期は表2のとおりです。")
    _docx_table(
        doc,
        [["No.", "取組", "内容", "担当", "実施時期"]],
        [
            ["1", "ブックスタート", "4か月児健康診査時に絵本2冊と読書案内を手渡す", "健康福祉課・町立図書館", "継続"],
            ["2", "セカンドブック", "3歳児健康診査時に絵本1冊を贈呈する", "健康福祉課・町立図書館", "令和4年度～"],
            ["3", "おはなし会の充実", "本館・分館での定期開催に加え、乳児向け「あかちゃんおはなし会」を毎月開催", "町立図書館", "継続"],
            ["4", "移動図書館の巡回拡充", "保育園・認定こども園への巡回を追加する", "町立図書館", "令和4年度～"],
            ["5", "学校司書の全校配置", "町内の全小中学校に学校司書を配置する", "学校教育課", "令和5年度まで"],
            ["6", "学校図書館のネットワーク化", "町立図書館と全小中学校の蔵書データを共有し、相互貸借を行う", "学校教育課・町立図書館", "令和5年度"],
            ["7", "中高生ビブリオバトル", "町内の中高生を対象に年1回開催する", "生涯学習課・町立図書館", "令和3年度～"],
            ["8", "電子書籍サービス", "「あおばデジタルとしょかん」を導入し、1人1台端末から利用できるようにする", "町立図書館・学校教育課", "令和4年度～"],
            ["9", "読み聞かせボランティア養成講座", "初心者向け・ステップアップ講座を年2回開催する", "生涯学習課", "継続"],
            ["10", "子ども読書の日の啓発", "4月23日の「子ども読書の日」に合わせて展示・広報を行う", "生涯学習課・町立図書館", "毎年4月"],
            ["11", "ヤングアダルトコーナーの充実", "本館に中高生向けコーナーを設け、中高生による選書会を行う", "町立図書館", "令和4年度～"],
            ["12", "配慮を要する子どもへの支援", "LLブック、マルチメディアデイジー図書等を整備する", "町立図書館", "令和3年度～"],
        ],
        widths=[1.0, 3.6, 6.4, 3.4, 2.4],
        caption="表2　主な取組")
    doc.add_paragraph("※No.8及びNo.11は、令和6年3月の中間見直しにより内容を拡充しました。")

    # --- 第5章 ---
    doc.add_heading("第5章　成果指標", level=1)
    doc.add_paragraph(
        "計画の達成状況を測るため、次の成果指標を設定します。中間実績は令和5年11月の"
        "アンケート及び令和4年度の業務統計によるものです。")
    _docx_table(
        doc,
        [["指標", "基準値", "中間実績", "目標値", "評価"],
         [None, "令和元年度", "令和4年度", "令和7年度", None]],
        [
            ["不読率（小学5年生）", "4.8%", "3.9%", "3.0%", "改善"],
            ["不読率（中学2年生）", "12.5%", "7.7%", "8.0%", "目標達成"],
            ["不読率（高校2年生）", "38.2%", "40.1%", "30.0%", "悪化"],
            ["児童書の年間貸出冊数", "112,450冊", "118,306冊", "125,000冊", "改善"],
            ["ブックスタート参加率", "91.2%", "96.4%", "95.0%", "目標達成"],
            ["読み聞かせボランティア登録者数", "64人", "58人", "80人", "悪化"],
            ["学校図書館図書標準達成校数", "8校", "10校", "11校", "改善"],
            ["学校司書配置校数", "5校", "11校", "11校", "目標達成"],
        ],
        widths=[5.4, 2.6, 2.6, 2.6, 2.4],
        merges=[(0, 0, 1, 0), (0, 4, 1, 4)],
        caption="表3　成果指標")
    doc.add_paragraph("（注）不読率は、アンケートで「1か月間に本を1冊も読まなかった」と回答した者の割合です。"
                      "高校2年生は町内在住者を対象とした郵送調査によります。")

    # --- 第6章 ---
    doc.add_heading("第6章　計画の推進", level=1)
    doc.add_heading("1　推進体制", level=2)
    doc.add_paragraph(
        "学識経験者、学校長、PTA、保育園長、読書ボランティア、図書館長など委員12人で構成する"
        "「青葉原町子ども読書活動推進会議」において、毎年度取組の実施状況を点検・評価します。")
    doc.add_heading("2　進行管理", level=2)
    doc.add_paragraph("令和7年度に最終評価を行い、その結果を次期計画の策定に反映させます。")
    doc.add_heading("3　お問い合わせ先", level=2)
    doc.add_paragraph("青葉原町教育委員会 生涯学習課 生涯学習係（計画の担当）　電話 0287-62-1184")
    doc.add_paragraph("青葉原町立図書館（本館）　電話 0287-62-3300　FAX 0287-62-3301")
    doc.add_paragraph("青葉原町教育委員会 学校教育課 指導係　電話 0287-62-1181")
    doc.add_paragraph("青葉原町 健康福祉課 母子保健係（ブックスタート）　電話 0287-62-1152")
    doc.add_page_break()

    # --- 資料1 策定経過 ---
    doc.add_heading("資料1　策定経過", level=1)
    _docx_table(
        doc,
        [["年月日", "内容"]],
        [
            ["令和2年7月20日", "第1回子ども読書活動推進会議（策定方針、第二次計画の評価）"],
            ["令和2年10月15日", "第2回子ども読書活動推進会議（計画骨子案）"],
            ["令和2年12月17日", "第3回子ども読書活動推進会議（計画素案）"],
            ["令和3年1月8日～2月7日", "パブリックコメント（3人から7件の意見）"],
            ["令和3年2月18日", "第4回子ども読書活動推進会議（計画案の承認）"],
            ["令和3年3月24日", "教育委員会定例会において議決・策定"],
            ["令和5年11月", "中間評価アンケート調査の実施"],
            ["令和6年2月14日", "子ども読書活動推進会議（中間見直し案）"],
            ["令和6年3月26日", "教育委員会定例会において中間見直しを決定"],
        ],
        widths=[5.0, 11.0])

    # --- 資料2 用語解説 ---
    doc.add_heading("資料2　用語解説", level=1)
    terms = [
        ("不読率", "一定期間（本計画では1か月間）に本を1冊も読まなかった子どもの割合。"),
        ("ブックスタート", "乳児健診などの機会に、絵本と読み聞かせの体験を赤ちゃんと保護者に届ける活動。"),
        ("セカンドブック", "ブックスタートに続き、幼児期に改めて絵本を贈る取組。本町では3歳児健診で実施。"),
        ("ビブリオバトル", "参加者が好きな本を5分間で紹介し合い、最も読みたくなった本を投票で決める書評ゲーム。"),
        ("学校図書館図書標準", "文部科学省が学級数に応じて定めた、公立義務教育諸学校の学校図書館に整備すべき蔵書の標準冊数。"),
        ("学校司書", "学校図書館の運営や児童生徒の読書活動を支援する専門の職員。"),
        ("LLブック", "知的障害のある人なども読みやすいよう、やさしい言葉や絵記号を用いて作られた本。"),
        ("マルチメディアデイジー図書", "音声と文字・画像を同期させて再生できるデジタル図書。"),
        ("ヤングアダルト（YA）", "おおむね中学生から高校生の世代。図書館ではこの世代向けの資料を指す。"),
    ]
    for term, desc in terms:
        p = doc.add_paragraph()
        r = p.add_run("◆" + term)
        r.bold = True
        doc.add_paragraph(desc)

    doc.save(path)


# ---------------------------------------------------------------------------
# (b) 鳥獣被害防止計画 (xlsx)
# ---------------------------------------------------------------------------
def write_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    title_font = Font(name="ＭＳ ゴシック", size=14, bold=True)
    bold = Font(name="ＭＳ ゴシック", bold=True)
    normal = Font(name="ＭＳ 明朝", size=10)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def title(ws, text, ncols, row=1):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        c = ws.cell(row=row, column=1, value=text)
        c.font = title_font
        c.alignment = Alignment(horizontal="center", vertical="center")
        ws.row_dimensions[row].height = 26

    def put(ws, row, col, val, *, head=False, fmt=None, b=True, font=None):
        c = ws.cell(row=row, column=col, value=val)
        c.font = font or (bold if head else normal)
        c.alignment = center if head else wrap
        if head:
            c.fill = head_fill
        if b:
            c.border = border
        if fmt:
            c.number_format = fmt
            c.alignment = Alignment(horizontal="right", vertical="center")
        return c

    def box(ws, r1, c1, r2, c2):
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                ws.cell(row=r, column=c).border = border

    def note(ws, row, text, ncols):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        c = ws.cell(row=row, column=1, value=text)
        c.font = Font(name="ＭＳ 明朝", size=9)
        c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[row].height = max(15, 15 * (len(text) // 55 + 1))

    wb = Workbook()
    wb.properties.title = "奥津川村鳥獣被害防止計画"
    wb.properties.creator = "奥津川村産業振興課"

    # ---- Sheet 1: 計画概要 ----
    ws = wb.active
    ws.title = "計画概要"
    title(ws, "奥津川村鳥獣被害防止計画", 5)
    ws.merge_cells("A2:E2")
    ws["A2"] = "（令和7年度～令和9年度）"
    ws["A2"].alignment = Alignment(horizontal="center")
    ws["A2"].font = normal
    rows = [
        ("計画主体", "奥津川村"),
        ("計画対象鳥獣", "ニホンジカ、イノシシ、ツキノワグマ、ニホンザル"),
        ("計画期間", "令和7年度～令和9年度"),
        ("対象地域", "奥津川村全域（上組・中組・下組・大平・桂沢の5地区）"),
        ("計画作成日", "令和7年3月21日"),
    ]
    r = 4
    for k, v in rows:
        put(ws, r, 1, k, head=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        put(ws, r, 2, v)
        box(ws, r, 2, r, 5)
        r += 1
    note(ws, r, "※本計画は、鳥獣による農林水産業等に係る被害の防止のための特別措置に関する法律第4条第1項の規定に基づき作成する。", 5)
    r += 2
    ws.cell(row=r, column=1, value="1　被害軽減目標").font = bold
    r += 1
    # two-row header
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
    put(ws, r, 1, "対象鳥獣", head=True)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    put(ws, r, 2, "現状値（令和5年度）", head=True)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    put(ws, r, 4, "目標値（令和9年度）", head=True)
    for j, h in enumerate(["被害金額（千円）", "被害面積（ha）", "被害金額（千円）", "被害面積（ha）"]):
        put(ws, r + 1, 2 + j, h, head=True)
    box(ws, r, 1, r + 1, 5)
    r += 2
    targets = [
        ("ニホンジカ", 8420, 12.6, 5890, 8.8),
        ("イノシシ", 4315, 6.2, 3020, 4.3),
        ("ツキノワグマ", 1268, 0.9, 880, 0.6),
        ("ニホンザル", 2174, 3.1, 1520, 2.2),
        ("合計", 16177, 22.8, 11310, 15.9),
    ]
    for name, a, b_, c, d in targets:
        put(ws, r, 1, name, head=(name == "合計"))
        put(ws, r, 2, a, fmt="#,##0")
        put(ws, r, 3, b_, fmt="0.0")
        put(ws, r, 4, c, fmt="#,##0")
        put(ws, r, 5, d, fmt="0.0")
        r += 1
    note(ws, r, "注）目標値は、令和5年度の被害金額・被害面積をおおむね3割軽減することを目安として設定した。", 5)
    r += 2
    ws.cell(row=r, column=1, value="2　従来講じてきた被害防止対策と課題").font = bold
    r += 1
    for txt in [
        "(1) 捕獲：平成27年4月に鳥獣被害対策実施隊を設置し、猟友会と連携して通年の有害捕獲を実施している。一方、狩猟免許所持者の高齢化（平均年齢68.4歳）が進み、担い手の確保が課題となっている。",
        "(2) 防護柵：国の交付金を活用し、令和5年度末までに侵入防止柵を累計38.5km整備した。柵の老朽化や、倒木・積雪による破損箇所の点検・補修が追いついていない。",
        "(3) 生息環境管理：集落周辺の放任果樹や耕作放棄地が鳥獣の餌場・隠れ場所となっており、集落ぐるみの環境整備が必要である。",
    ]:
        note(ws, r, txt, 5)
        r += 1
    for col, w in zip("ABCDE", [16, 18, 16, 18, 16], strict=True):
        ws.column_dimensions[col].width = w

    # ---- Sheet 2: 被害状況 ----
    ws = wb.create_sheet("被害状況")
    title(ws, "鳥獣による農作物被害の状況（令和3年度～令和5年度）", 8)
    r = 3
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
    put(ws, r, 1, "獣種", head=True)
    for k, y in enumerate(["令和3年度", "令和4年度", "令和5年度"]):
        c0 = 2 + 2 * k
        ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c0 + 1)
        put(ws, r, c0, y, head=True)
        put(ws, r + 1, c0, "被害額（千円）", head=True)
        put(ws, r + 1, c0 + 1, "被害面積（ha）", head=True)
    ws.merge_cells(start_row=r, start_column=8, end_row=r + 1, end_column=8)
    put(ws, r, 8, "主な被害作物等", head=True)
    box(ws, r, 1, r + 1, 8)
    r += 2
    dmg = [
        ("ニホンジカ", 6870, 10.4, 7652, 11.5, 8420, 12.6, "水稲、そば、牧草"),
        ("イノシシ", 5102, 7.3, 4760, 6.8, 4315, 6.2, "水稲、ばれいしょ、さつまいも、畦畔の掘り起こし"),
        ("ツキノワグマ", 642, 0.5, 1035, 0.7, 1268, 0.9, "りんご、スイートコーン、養蜂箱"),
        ("ニホンザル", 2530, 3.6, 2388, 3.4, 2174, 3.1, "野菜（家庭菜園を含む）、果樹、原木しいたけ"),
        ("合計", 15144, 21.8, 15835, 22.4, 16177, 22.8, ""),
    ]
    for row in dmg:
        put(ws, r, 1, row[0], head=(row[0] == "合計"))
        for k in range(3):
            put(ws, r, 2 + 2 * k, row[1 + 2 * k], fmt="#,##0")
            put(ws, r, 3 + 2 * k, row[2 + 2 * k], fmt="0.0")
        put(ws, r, 8, row[7])
        r += 1
    note(ws, r, "注1）被害額・被害面積は、農業者からの被害報告及び農業共済の損害評価を基に産業振興課が集計したもので、林業被害は含まない。", 8)
    r += 1
    note(ws, r, "注2）ツキノワグマについては、令和5年度に人家周辺での出没が47件（前年度29件）確認されている。", 8)
    r += 2
    ws.cell(row=r, column=1, value="被害の傾向").font = bold
    r += 1
    for txt in [
        "・ニホンジカは、標高の高い大平・桂沢地区を中心に生息域が拡大し、被害額は3年間で約2割増加した。",
        "・イノシシは、防護柵の整備が進んだ下組地区で被害が減少したが、柵の切れ目からの侵入が続いている。",
        "・ニホンザルは、村内に3群（推定約140頭）が確認されており、中組地区の集落周辺に頻繁に出没している。",
    ]:
        note(ws, r, txt, 8)
        r += 1
    ws.column_dimensions["A"].width = 14
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 12
    ws.column_dimensions["H"].width = 34

    # ---- Sheet 3: 捕獲計画 ----
    ws = wb.create_sheet("捕獲計画")
    title(ws, "対象鳥獣の捕獲等に関する事項", 7)
    r = 3
    ws.cell(row=r, column=1, value="(1) 捕獲実績及び捕獲計画数").font = bold
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
    put(ws, r, 1, "対象鳥獣", head=True)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    put(ws, r, 2, "捕獲実績（頭）", head=True)
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
    put(ws, r, 5, "目標頭数（頭）", head=True)
    for j, y in enumerate(["令和3年度", "令和4年度", "令和5年度", "令和7年度", "令和8年度", "令和9年度"]):
        put(ws, r + 1, 2 + j, y, head=True)
    box(ws, r, 1, r + 1, 7)
    r += 2
    cap = [
        ("ニホンジカ", 412, 468, 503, 560, 580, 600),
        ("イノシシ", 236, 198, 221, 250, 250, 250),
        ("ツキノワグマ", 3, 5, 8, "―（注1）", "―（注1）", "―（注1）"),
        ("ニホンザル", 18, 24, 31, 40, 40, 40),
    ]
    for row in cap:
        put(ws, r, 1, row[0])
        for j, v in enumerate(row[1:]):
            if isinstance(v, int):
                put(ws, r, 2 + j, v, fmt="#,##0")
            else:
                put(ws, r, 2 + j, v)
        r += 1
    note(ws, r, "注1）ツキノワグマは捕獲目標頭数を定めず、人身被害のおそれがある場合等に限り、県の第二種特定鳥獣管理計画に基づき県の許可を得て必要最小限の捕獲を行う。", 7)
    r += 1
    note(ws, r, "注2）ニホンザルは、群れの加害個体を優先して捕獲し、群れの分裂を招く無差別な捕獲は行わない。", 7)
    r += 2
    ws.cell(row=r, column=1, value="(2) 捕獲等の取組内容").font = bold
    r += 1
    for head, txt in [
        ("捕獲方法", "くくりわな、箱わな、囲いわな及び銃器による。大平・桂沢地区では通知型のICTわなを導入し、見回りの負担を軽減する。"),
        ("実施時期", "通年（狩猟期間中は猟友会の狩猟と連携する）"),
        ("捕獲報奨", "国の鳥獣被害防止総合対策交付金及び村単独の捕獲報奨金を活用する。"),
        ("担い手確保", "狩猟免許の取得に係る経費を助成し、令和9年度までに新規免許取得者を6人確保する。"),
        ("捕獲個体の処理", "埋設又は村の獣肉処理加工施設「山の恵み工房」（奥津川村桂沢1455番地）に搬入し、ジビエとしての活用を図る。"),
    ]:
        put(ws, r, 1, head, head=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        put(ws, r, 2, txt)
        box(ws, r, 2, r, 7)
        ws.row_dimensions[r].height = 32
        r += 1
    ws.column_dimensions["A"].width = 16
    for col in "BCDEFG":
        ws.column_dimensions[col].width = 13

    # ---- Sheet 4: 防護柵・環境整備 ----
    ws = wb.create_sheet("防護柵・環境整備")
    title(ws, "防護柵の設置等に関する事項", 5)
    r = 3
    for j, h in enumerate(["年度", "地区", "整備内容", "延長・面積", "対象鳥獣"]):
        put(ws, r, 1 + j, h, head=True)
    r += 1
    for row in [
        ("令和7年度", "大平地区", "侵入防止柵（ワイヤーメッシュ柵）", "4.2km", "ニホンジカ、イノシシ"),
        ("令和7年度", "中組地区", "緩衝帯の整備（やぶの刈払い）", "3.5ha", "ニホンザル、ツキノワグマ"),
        ("令和8年度", "桂沢地区", "侵入防止柵（電気柵）", "3.0km", "ニホンジカ、ニホンザル"),
        ("令和8年度", "全地区", "放任果樹の伐採", "120本", "ツキノワグマ、ニホンザル"),
        ("令和9年度", "上組地区", "侵入防止柵（ワイヤーメッシュ柵）", "2.8km", "ニホンジカ、イノシシ"),
    ]:
        for j, v in enumerate(row):
            put(ws, r, 1 + j, v)
        r += 1
    note(ws, r, "注）侵入防止柵の維持管理は、受益者で組織する各地区の管理組合が行い、年2回以上の点検を実施する。", 5)
    for col, w in zip("ABCDE", [12, 12, 32, 12, 26], strict=True):
        ws.column_dimensions[col].width = w

    # ---- Sheet 5: 実施体制 ----
    ws = wb.create_sheet("実施体制")
    title(ws, "被害防止施策の実施体制", 4)
    r = 3
    ws.cell(row=r, column=1, value="(1) 奥津川村鳥獣被害防止対策協議会").font = bold
    r += 1
    for j, h in enumerate(["構成機関", "役割", "担当者", "連絡先"]):
        put(ws, r, 1 + j, h, head=True)
    r += 1
    for row in [
        ("奥津川村 産業振興課 農林係（事務局）", "協議会の運営、計画の進行管理、交付金事業の実施", "係長 小松 里美", "0265-87-2114"),
        ("奥津川村猟友会", "捕獲の実施、捕獲技術の指導", "会長 宮下 勝利", "0265-87-2390"),
        ("みなみ高原農業協同組合 奥津川支所", "被害情報の収集、防護柵資材のあっせん", "支所長 原田 浩二", "0265-87-2201"),
        ("奥津川村農業委員会", "耕作放棄地の把握と解消指導", "事務局長 平林 修", "0265-87-2115"),
        ("奥津川村森林組合", "緩衝帯整備、森林内の被害情報の提供", "参事 竹内 徹", "0265-87-2640"),
        ("県南部農林事務所 林務課", "捕獲許可事務、技術的助言", "鳥獣対策担当", "0265-53-6408"),
        ("飯嶺警察署 奥津川駐在所", "クマ出没時の住民の安全確保", "駐在所長", "0265-87-2010"),
    ]:
        for j, v in enumerate(row):
            put(ws, r, 1 + j, v)
        ws.row_dimensions[r].height = 30
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="(2) 鳥獣被害対策実施隊（捕獲隊）").font = bold
    r += 1
    for k, v in [
        ("名称", "奥津川村鳥獣被害対策実施隊"),
        ("設置", "平成27年4月1日（村長が任命）"),
        ("隊員数", "26人（うち民間隊員22人、村職員4人）※令和7年3月1日現在"),
        ("隊長", "北原 源一（奥津川村猟友会副会長）"),
        ("班編成", "上組班、中組班、下組班、大平・桂沢班の4班"),
        ("連絡先", "奥津川村役場 産業振興課 農林係　電話 0265-87-2114"),
    ]:
        put(ws, r, 1, k, head=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        put(ws, r, 2, v)
        box(ws, r, 2, r, 4)
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="(3) クマ等の出没時の連絡体制").font = bold
    r += 1
    for txt in [
        "・発見者は、役場産業振興課（0265-87-2114）又は奥津川駐在所に通報する。夜間・休日は役場宿直（0265-87-2111）で受け付ける。",
        "・通報を受けた産業振興課は実施隊長に連絡し、実施隊が現地を確認するとともに、防災行政無線で住民に注意を呼び掛ける。",
        "・人身被害が発生した場合は、直ちに119番通報するとともに、県南部農林事務所に報告する。",
    ]:
        note(ws, r, txt, 4)
        r += 1
    r += 1
    note(ws, r, "本計画に関するお問い合わせ：奥津川村役場 産業振興課 農林係（奥津川村中組1020番地）電話 0265-87-2114　FAX 0265-87-2119", 4)
    for col, w in zip("ABCD", [34, 36, 18, 16], strict=True):
        ws.column_dimensions[col].width = w

    wb.save(path)


# ---------------------------------------------------------------------------
# (c) 消防力整備計画 (pdf)
# ---------------------------------------------------------------------------
def write_pdf(path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    try:
        pdfmetrics.getFont("IPAexGothic")
    except KeyError:
        pdfmetrics.registerFont(TTFont("IPAexGothic", FONT_PATH))
    F = "IPAexGothic"
    W, H = A4
    HEADER = "朝霧地区広域行政事務組合　消防力整備計画（令和8年度～令和12年度）"

    body = ParagraphStyle("body", fontName=F, fontSize=10, leading=16, wordWrap="CJK", firstLineIndent=10)
    h1 = ParagraphStyle("h1", fontName=F, fontSize=14, leading=20, spaceBefore=6, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName=F, fontSize=11.5, leading=17, spaceBefore=6, spaceAfter=4)
    cell = ParagraphStyle("cell", fontName=F, fontSize=8.5, leading=11.5, wordWrap="CJK")
    note = ParagraphStyle("note", fontName=F, fontSize=8.5, leading=12, wordWrap="CJK")
    cap = ParagraphStyle("cap", fontName=F, fontSize=9.5, leading=14, spaceBefore=4, spaceAfter=2)

    def P(t, s=body):
        return Paragraph(t, s)

    def grid(data, widths, header_rows=1, spans=(), align_right_cols=()):
        d = [[Paragraph(str(c), cell) if isinstance(c, str) else c for c in row] for row in data]
        t = Table(d, colWidths=[w * mm for w in widths], repeatRows=header_rows)
        st = [
            ("FONTNAME", (0, 0), (-1, -1), F),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#E3E8F0")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        for sp in spans:
            st.append(("SPAN",) + sp)
        t.setStyle(TableStyle(st))
        return t

    def on_cover(c, d):
        pass

    def on_page(c, d):
        c.saveState()
        c.setFont(F, 8)
        c.drawString(20 * mm, H - 12 * mm, HEADER)
        c.setLineWidth(0.4)
        c.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)
        c.setFont(F, 9)
        c.drawCentredString(W / 2, 10 * mm, f"- {d.page - 1} -")
        c.restoreState()

    def on_first(c, d):
        c.saveState()
        c.setFont(F, 26)
        c.drawCentredString(W / 2, H - 95 * mm, "消防力整備計画")
        c.setFont(F, 14)
        c.drawCentredString(W / 2, H - 110 * mm, "令和8年度～令和12年度")
        c.setFont(F, 11)
        c.drawCentredString(W / 2, H - 125 * mm, "～地域の安全・安心を守る消防体制の確立をめざして～")
        c.setFont(F, 13)
        c.drawCentredString(W / 2, 60 * mm, "令和8年3月")
        c.drawCentredString(W / 2, 50 * mm, "朝霧地区広域行政事務組合")
        c.setFont(F, 10)
        c.drawCentredString(W / 2, 42 * mm, "（朝霧町・梓野町・御堂沢町）")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm,
                            title="朝霧地区広域行政事務組合 消防力整備計画",
                            author="朝霧地区広域行政事務組合")
    s = [PageBreak()]

    # 目次
    s.append(P("目　次", h1))
    toc = [["第1章　計画の概要", "2"], ["第2章　消防体制の現状", "3"], ["第3章　消防行政の課題", "4"],
           ["第4章　整備目標", "4"], ["第5章　車両等整備計画", "5"], ["第6章　計画の推進", "5"],
           ["資料1　策定経過", "6"], ["資料2　用語解説", "6"]]
    t = Table([[Paragraph(a, body), Paragraph(b, body)] for a, b in toc], colWidths=[140 * mm, 20 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), F)]))
    s.append(t)
    s.append(PageBreak())

    # 第1章
    s.append(P("第1章　計画の概要", h1))
    s.append(P("1　策定の趣旨", h2))
    s.append(P("本組合管内では、高齢化の進行に伴い救急出動件数が年々増加しているほか、大規模化・多様化する災害への対応、"
               "老朽化した庁舎や車両の計画的な更新が求められています。本計画は、管内住民の生命・身体・財産を守るため、"
               "今後5年間に整備すべき消防力の目標と方策を定めるものです。"))
    s.append(P("2　計画の位置付け", h2))
    s.append(P("本計画は、消防庁が示す「消防力の整備指針」及び「消防水利の基準」を踏まえ、構成3町の総合計画及び"
               "地域防災計画と整合を図りながら策定するものです。"))
    s.append(P("3　計画期間", h2))
    s.append(P("令和8年度から令和12年度までの5年間とします。ただし、社会情勢の変化等により必要が生じた場合は、"
               "期間中であっても見直しを行います。"))
    s.append(P("4　管轄区域の概要", h2))
    s.append(P("本組合は昭和47年4月に設立され、朝霧町、梓野町及び御堂沢町の3町の消防事務を共同処理しています。"))
    s.append(P("表1　構成町の人口及び面積（令和7年10月1日現在）", cap))
    s.append(grid([["構成町", "人口（人）", "面積（km²）", "管轄消防署所"],
                   ["朝霧町", "28,914", "142.18", "朝霧消防署"],
                   ["梓野町", "14,206", "198.65", "梓野分署"],
                   ["御堂沢町", "9,188", "145.69", "御堂沢分署"],
                   ["計", "52,308", "486.52", "1署2分署"]],
                  [40, 35, 35, 50]))
    s.append(PageBreak())

    # 第2章
    s.append(P("第2章　消防体制の現状", h1))
    s.append(P("1　消防署所の配置", h2))
    s.append(P("消防本部及び朝霧消防署を朝霧町に、分署を梓野町及び御堂沢町に配置しています。"))
    s.append(P("表2　消防署・分署の概要（令和7年4月1日現在）", cap))
    s.append(grid([["名称", "所在地", "電話", "車両台数", "", "職員数"],
                   ["", "", "", "計", "うち救急車", ""],
                   ["消防本部", "朝霧町本町3丁目4番1号", "0263-72-0119", "3", "0", "21人"],
                   ["朝霧消防署", "朝霧町本町3丁目4番1号", "0263-72-0120", "14", "3", "52人"],
                   ["梓野分署", "梓野町大字梓2150番地", "0263-85-0119", "7", "2", "24人"],
                   ["御堂沢分署", "御堂沢町中通87番地2", "0263-91-0119", "6", "1", "21人"],
                   ["合計", "", "", "30", "6", "118人"]],
                  [24, 46, 28, 14, 22, 18], header_rows=2,
                  spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1)), ((3, 0), (4, 0)),
                         ((5, 0), (5, 1)), ((0, 6), (2, 6))]))
    s.append(P("注）救急車6台のうち1台は非常用（予備車）です。職員数は再任用職員を含みます。火災・救急の通報は119番へ。", note))
    s.append(Spacer(1, 4 * mm))
    s.append(P("2　出動件数の推移", h2))
    s.append(P("出動件数は増加傾向にあり、令和6年は2,880件と過去最多となりました。特に救急出動は令和2年と比べて約2割増加しています。"))
    s.append(P("表3　種別出動件数の推移（各年1月～12月）", cap))
    s.append(grid([["区分", "令和2年", "令和3年", "令和4年", "令和5年", "令和6年"],
                   ["火災", "38", "45", "41", "36", "43"],
                   ["救急", "2,118", "2,204", "2,391", "2,486", "2,553"],
                   ["救助", "52", "61", "57", "64", "70"],
                   ["その他（警戒・調査等）", "187", "173", "196", "205", "214"],
                   ["合計", "2,395", "2,483", "2,685", "2,791", "2,880"]],
                  [46, 22, 22, 22, 22, 22]))
    s.append(P("注）令和6年の救急搬送人員は2,401人で、うち65歳以上の高齢者が64.7%を占めています。", note))
    s.append(Spacer(1, 4 * mm))
    s.append(P("3　消防団", h2))
    s.append(P("構成3町にはそれぞれ消防団が組織されており、条例定数980人に対し実員は798人（充足率81.4%）です。"))
    s.append(PageBreak())

    # 第3章
    s.append(P("第3章　消防行政の課題", h1))
    for t_ in [
        "(1)　救急需要の増加への対応　救急隊5隊で年間2,500件を超える出動に対応しており、同時出動時には遠方の署所から出動せざるを得ず、現場到着所要時間が長くなっています（令和6年平均9.6分）。",
        "(2)　施設・車両の老朽化　御堂沢分署庁舎は昭和56年の建築で耐震性が不足しています。また、更新基準年数を超過した高規格救急自動車が2台あります。",
        "(3)　通信指令体制の効率化　119番通報を受信する指令センターを単独で運用しており、指令台の更新費用の負担が大きくなっています。",
        "(4)　消防団員の確保　団員の減少と高齢化が進み、充足率は81.4%にとどまっています。",
        "(5)　住宅防火対策　住宅用火災警報器の設置率は78.2%で、特に高齢者世帯への普及が課題です。",
    ]:
        s.append(P(t_))
    s.append(Spacer(1, 6 * mm))

    # 第4章
    s.append(P("第4章　整備目標", h1))
    s.append(P("前章の課題を踏まえ、計画期間中に次の整備目標の達成を目指します。"))
    s.append(P("表4　整備目標一覧", cap))
    s.append(grid([["項目", "現状（令和7年4月1日）", "目標", "目標年度"],
                   ["消防職員数", "118人", "126人", "令和10年度"],
                   ["救急隊数", "5隊", "6隊（朝霧消防署に1隊増隊）", "令和9年度"],
                   ["救急救命士数", "34人", "42人", "令和12年度"],
                   ["更新基準超過の高規格救急自動車", "2台", "0台", "令和9年度"],
                   ["はしご付消防自動車（30m級）", "1台（平成21年配備）", "更新", "令和11年度"],
                   ["消防指令センター", "単独運用", "近隣2消防本部との共同運用", "令和11年度"],
                   ["耐震性貯水槽", "62基", "74基", "令和12年度"],
                   ["消防団員充足率", "81.4%", "90.0%", "令和12年度"],
                   ["救急の現場到着所要時間（平均）", "9.6分", "8.5分", "令和12年度"],
                   ["住宅用火災警報器設置率", "78.2%", "85.0%", "令和10年度"],
                   ["御堂沢分署庁舎", "昭和56年建築（耐震性不足）", "移転新築", "令和10年度"]],
                  [52, 40, 48, 26]))
    s.append(P("注）現場到着所要時間及び住宅用火災警報器設置率の現状値は令和6年の数値です。", note))
    s.append(PageBreak())

    # 第5章
    s.append(P("第5章　車両等整備計画", h1))
    s.append(P("整備目標を達成するため、年度別に次のとおり車両及び施設を整備します。事業費は概算であり、"
               "各年度の予算編成において精査します。"))
    s.append(P("表5　年度別整備計画", cap))
    s.append(grid([["年度", "主な整備内容", "配置署所", "概算事業費（百万円）"],
                   ["令和8年度", "高規格救急自動車1台、水槽付消防ポンプ自動車1台", "梓野分署、朝霧消防署", "142"],
                   ["令和9年度", "高規格救急自動車2台（うち増隊分1台）", "御堂沢分署、朝霧消防署", "118"],
                   ["令和10年度", "御堂沢分署庁舎の移転新築、化学消防ポンプ自動車1台", "御堂沢分署、朝霧消防署", "612"],
                   ["令和11年度", "はしご付消防自動車の更新、指令センター共同運用開始", "朝霧消防署、消防本部", "486"],
                   ["令和12年度", "救助工作車1台、高規格救急自動車1台", "朝霧消防署", "196"],
                   ["合計", "", "", "1,554"]],
                  [22, 66, 42, 36], spans=[((0, 6), (2, 6))]))
    s.append(Spacer(1, 6 * mm))

    # 第6章
    s.append(P("第6章　計画の推進", h1))
    s.append(P("1　進行管理", h2))
    s.append(P("消防本部内に設置する計画推進会議において毎年度進捗状況を点検し、その結果を組合議会に報告するとともに、"
               "組合ホームページで公表します。"))
    s.append(P("2　お問い合わせ先", h2))
    s.append(P("朝霧地区消防本部 総務課 企画調整係　〒（略）朝霧町本町3丁目4番1号　電話 0263-72-0125"))
    s.append(P("朝霧地区広域行政事務組合 事務局（朝霧町役場内）　電話 0263-72-1110"))
    s.append(PageBreak())

    # 資料1 策定経過
    s.append(P("資料1　策定経過", h1))
    s.append(grid([["年月日", "内容"],
                   ["令和7年5月23日", "第1回消防力整備計画策定委員会（現状と課題）"],
                   ["令和7年8月27日", "第2回策定委員会（整備目標の検討）"],
                   ["令和7年10月30日", "第3回策定委員会（計画素案の検討）"],
                   ["令和7年11月20日", "構成町長会議へ素案を報告"],
                   ["令和7年12月15日～令和8年1月14日", "パブリックコメント（2人から5件の意見）"],
                   ["令和8年2月6日", "第4回策定委員会（計画案の決定）"],
                   ["令和8年2月19日", "組合議会全員協議会へ報告"],
                   ["令和8年3月25日", "計画策定"]],
                  [60, 106]))
    s.append(P("注）策定委員会は、学識経験者、構成町の防災担当課長、消防団長、医師会代表など委員10人で構成（委員長 杉浦 宏明）。", note))
    s.append(Spacer(1, 6 * mm))

    # 資料2 用語解説
    s.append(P("資料2　用語解説", h1))
    for term, desc in [
        ("消防力の整備指針", "市町村が目標とすべき消防力の整備水準を示した消防庁の告示。"),
        ("高規格救急自動車", "救急救命士が高度な救急救命処置を行うための資器材を積載し、車内スペースを広く確保した救急車。"),
        ("救急救命士", "医師の指示の下で、心肺停止状態の傷病者に対する気道確保や薬剤投与などの救急救命処置を行う国家資格者。"),
        ("現場到着所要時間", "119番通報を受けてから救急車が現場に到着するまでの時間。"),
        ("指令センターの共同運用", "複数の消防本部が119番通報の受付や出動指令を行う施設を共同で整備・運用すること。"),
        ("消防団員充足率", "条例で定める消防団員の定数に対する実際の団員数の割合。"),
        ("耐震性貯水槽", "地震で水道が断水した場合にも消火用水を確保できる、耐震構造の地下式貯水槽。"),
    ]:
        s.append(P("◆" + term, h2))
        s.append(P(desc))

    doc.build(s, onFirstPage=on_first, onLaterPages=on_page)


def write(directory: str) -> None:
    os.makedirs(directory, exist_ok=True)
    write_docx(os.path.join(directory, DOCX_NAME))
    write_xlsx(os.path.join(directory, XLSX_NAME))
    write_pdf(os.path.join(directory, PDF_NAME))


if __name__ == "__main__":
    write(sys.argv[1])
