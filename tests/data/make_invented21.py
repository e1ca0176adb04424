"""Generate three invented Japanese municipal plan documents (test set inv21).

(a) 川霧市 障害者計画・障害福祉計画・障害児福祉計画  -> PDF (reportlab)
(b) 雁ヶ原町 第2期教育振興基本計画                  -> .docx (python-docx)
(c) 笹見村 公共施設等総合管理計画（終了・最終評価）   -> .xlsx (openpyxl)

All towns, people, addresses and phone numbers are invented.

Usage: python make_invented21.py OUTPUT_DIR
"""
import os
import sys

FONT_PATH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

PDF_NAME = "kawagiri-shogaisha-keikaku-r6.pdf"
DOCX_NAME = "karigahara-kyoiku-shinko-keikaku-2.docx"
XLSX_NAME = "sasami-koukyoushisetsu-kanri-keikaku.xlsx"


# ---------------------------------------------------------------------------
# (a) 川霧市 障害者計画 (PDF)
# ---------------------------------------------------------------------------

def _write_pdf(path):
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

    if "IPAexGothic" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("IPAexGothic", FONT_PATH))
    F = "IPAexGothic"

    body = ParagraphStyle("body", fontName=F, fontSize=9.5, leading=15,
                          wordWrap="CJK", firstLineIndent=9.5)
    plain = ParagraphStyle("plain", parent=body, firstLineIndent=0)
    small = ParagraphStyle("small", parent=plain, fontSize=8, leading=11.5)
    cell = ParagraphStyle("cell", parent=plain, fontSize=8.3, leading=11)
    cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    h1 = ParagraphStyle("h1", fontName=F, fontSize=15, leading=22,
                        spaceBefore=4, spaceAfter=10, textColor=colors.HexColor("#1f3d7a"))
    h2 = ParagraphStyle("h2", fontName=F, fontSize=11.5, leading=17,
                        spaceBefore=9, spaceAfter=4)
    h3 = ParagraphStyle("h3", fontName=F, fontSize=10, leading=15,
                        spaceBefore=4, spaceAfter=2, leftIndent=4)
    toc_style = ParagraphStyle("toc", parent=plain, fontSize=10.5, leading=22)
    toc_sub = ParagraphStyle("tocsub", parent=plain, fontSize=9.5, leading=17, leftIndent=18)

    running = "川霧市障害者計画・障害福祉計画"

    class Doc(BaseDocTemplate):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self.chapter_pages = {}

        def afterFlowable(self, fl):
            key = getattr(fl, "_toc_key", None)
            if key:
                self.chapter_pages[key] = self.page - 2

    def cover_page(canv, doc):
        pass

    def plain_page(canv, doc):
        pass

    def body_page(canv, doc):
        canv.saveState()
        canv.setFont(F, 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawRightString(A4[0] - 18 * mm, A4[1] - 11 * mm, running)
        canv.setStrokeColor(colors.HexColor("#1f3d7a"))
        canv.setLineWidth(0.6)
        canv.line(18 * mm, A4[1] - 13 * mm, A4[0] - 18 * mm, A4[1] - 13 * mm)
        canv.setFont(F, 9)
        canv.setFillColor(colors.black)
        canv.drawCentredString(A4[0] / 2, 10 * mm, f"－ {doc.page - 2:d} －")
        canv.restoreState()

    def grid(data, widths, header_rows=1, spans=(), align_right_cols=(), font_size=8.3):
        rows = []
        for r, row in enumerate(data):
            out = []
            for c, v in enumerate(row):
                if isinstance(v, str):
                    st = cellc if (r < header_rows or c in align_right_cols) else cell
                    out.append(Paragraph(v, st))
                else:
                    out.append(v)
            rows.append(out)
        t = Table(rows, colWidths=widths, repeatRows=header_rows)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#dfe6f2")),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        for s in spans:
            style.append(("SPAN",) + tuple(s))
        t.setStyle(TableStyle(style))
        return t

    def chapter(text, key):
        p = Paragraph(text, h1)
        p._toc_key = key
        return p

    toc_entries = [
        ("c1", "第1章　計画の策定にあたって", ["1　計画策定の趣旨", "2　計画の位置付けと期間", "3　策定体制"]),
        ("c2", "第2章　障害のある人を取り巻く現状", ["1　障害者手帳所持者数の推移", "2　アンケート調査から見える課題"]),
        ("c3", "第3章　基本理念と基本目標", ["1　基本理念", "2　基本目標", "3　成果指標"]),
        ("c4", "第4章　障害福祉サービス等の見込量", ["1　成果目標", "2　サービス見込量"]),
        ("c5", "第5章　計画の推進に向けて", ["1　相談支援体制", "2　計画の進行管理", "3　お問い合わせ"]),
        ("c6", "資料", ["1　策定経過", "2　用語解説"]),
    ]

    def story(pages):
        s = []
        # ---- cover
        cov_t = ParagraphStyle("covt", fontName=F, fontSize=22, leading=34, alignment=TA_CENTER)
        cov_s = ParagraphStyle("covs", fontName=F, fontSize=12, leading=20, alignment=TA_CENTER)
        s.append(Spacer(1, 55 * mm))
        s.append(Paragraph("川霧市障害者計画（第4次）", cov_t))
        s.append(Paragraph("第7期川霧市障害福祉計画", cov_t))
        s.append(Paragraph("第3期川霧市障害児福祉計画", cov_t))
        s.append(Spacer(1, 12 * mm))
        s.append(Paragraph("～ ともに暮らし、ともに輝く　霧のまち川霧 ～", cov_s))
        s.append(Spacer(1, 70 * mm))
        s.append(Paragraph("令和6年3月", cov_s))
        s.append(Paragraph("川　霧　市", ParagraphStyle("covc", parent=cov_s, fontSize=16, leading=26)))
        s.append(NextPageTemplate("plain"))
        s.append(PageBreak())
        # ---- contents
        s.append(Paragraph("目　　次", ParagraphStyle("tocT", parent=h1, alignment=TA_CENTER)))
        s.append(Spacer(1, 6 * mm))
        for key, title, subs in toc_entries:
            pg = pages.get(key, 0)
            s.append(Paragraph(f"{title} {'・' * max(4, 24 - len(title))} {pg:d}", toc_style))
            for sub in subs:
                s.append(Paragraph(sub, toc_sub))
        s.append(NextPageTemplate("body"))
        s.append(PageBreak())

        # ---- chapter 1
        s.append(chapter("第1章　計画の策定にあたって", "c1"))
        s.append(Paragraph("1　計画策定の趣旨", h2))
        s.append(Paragraph(
            "本市では、令和3年3月に「川霧市障害者計画（第3次）」及び「第6期川霧市障害福祉計画・第2期川霧市障害児福祉計画」を策定し、"
            "障害のある人が住み慣れた地域で安心して暮らせるまちづくりを進めてきました。この間、障害者差別解消法の改正により"
            "事業者による合理的配慮<super>※</super>の提供が義務化されるなど、障害のある人を取り巻く環境は大きく変化しています。"
            "こうした状況を踏まえ、現行計画の成果と課題を検証し、今後の施策の方向性とサービスの提供体制を定めるため、本計画を策定します。", body))
        s.append(Paragraph("2　計画の位置付けと期間", h2))
        s.append(Paragraph("(1)　計画の位置付け", h3))
        s.append(Paragraph(
            "本計画は、障害者基本法第11条第3項に基づく「市町村障害者計画」、障害者総合支援法第88条第1項に基づく「市町村障害福祉計画」及び"
            "児童福祉法第33条の20第1項に基づく「市町村障害児福祉計画」を一体的に策定するものです。「第2次川霧市総合計画」を上位計画とし、"
            "「川霧市地域福祉計画」など関連計画との整合を図ります。", body))
        s.append(Paragraph("(2)　計画の期間", h3))
        s.append(Paragraph(
            "障害者計画は令和6年度から令和11年度までの6年間、障害福祉計画及び障害児福祉計画は国の基本指針に基づき令和6年度から令和8年度までの3年間とします。", body))
        s.append(Spacer(1, 3))
        s.append(grid([
            ["計画", "計画期間", "年数"],
            ["川霧市障害者計画（第4次）", "令和6年度～令和11年度", "6年間"],
            ["第7期川霧市障害福祉計画", "令和6年度～令和8年度", "3年間"],
            ["第3期川霧市障害児福祉計画", "令和6年度～令和8年度", "3年間"],
        ], [62 * mm, 62 * mm, 24 * mm], align_right_cols=(2,)))
        s.append(Paragraph("3　策定体制", h2))
        s.append(Paragraph("(1)　川霧市障害者施策推進協議会", h3))
        s.append(Paragraph(
            "学識経験者、障害者団体、サービス事業者、関係機関の代表など15人の委員で構成する協議会において、計画の内容を審議しました"
            "（会長：北嶺福祉大学教授　桐生 恵子）。", body))
        s.append(Paragraph("(2)　アンケート調査・関係団体ヒアリング", h3))
        s.append(Paragraph(
            "障害者手帳所持者等2,500人を対象にアンケート調査を実施し、1,318人から回答を得ました（回収率52.7％）。"
            "また、障害者団体や事業所など17団体からヒアリングを行いました。", body))
        s.append(Paragraph("(3)　パブリックコメント", h3))
        s.append(Paragraph("計画案を公表して市民の皆さんから意見を募集し、4人から9件の意見が寄せられました。", body))
        s.append(PageBreak())

        # ---- chapter 2
        s.append(chapter("第2章　障害のある人を取り巻く現状", "c2"))
        s.append(Paragraph("1　障害者手帳所持者数の推移", h2))
        s.append(Paragraph(
            "本市の人口は112,480人（令和5年4月1日現在）で減少傾向にある一方、障害者手帳所持者数は増加を続け、令和5年3月末で7,214人と"
            "人口の約6.4％を占めています。特に精神障害者保健福祉手帳の所持者は4年間で約1.3倍に増えています。", body))
        s.append(Spacer(1, 3))
        s.append(Paragraph("表　障害者手帳所持者数の推移（各年3月末現在、単位：人）", small))
        s.append(grid([
            ["区分", "令和元年", "令和2年", "令和3年", "令和4年", "令和5年"],
            ["身体障害者手帳", "4,812", "4,765", "4,703", "4,658", "4,590"],
            ["療育手帳", "1,046", "1,078", "1,105", "1,139", "1,172"],
            ["精神障害者保健福祉手帳", "1,128", "1,204", "1,289", "1,367", "1,452"],
            ["合計", "6,986", "7,047", "7,097", "7,164", "7,214"],
        ], [50 * mm] + [22 * mm] * 5, align_right_cols=(1, 2, 3, 4, 5)))
        s.append(Paragraph("2　アンケート調査から見える課題", h2))
        for t in [
            "・地域で自立して暮らすために必要な支援は「経済的な支援」が58.2％で最も多く、「相談対応の充実」41.6％、"
            "「グループホーム等の住まいの確保」33.9％が続きます。",
            "・障害があることで差別や嫌な思いをしたことがある人は38.4％で、理解促進の取組が引き続き必要です。",
            "・「災害時に一人で避難できない」と答えた人は45.1％で、避難支援体制の整備が課題です。",
        ]:
            s.append(Paragraph(t, ParagraphStyle("bul", parent=plain, leftIndent=10, firstLineIndent=-10)))
        s.append(PageBreak())

        # ---- chapter 3
        s.append(chapter("第3章　基本理念と基本目標", "c3"))
        s.append(Paragraph("1　基本理念", h2))
        s.append(Paragraph("ともに暮らし、ともに輝く　霧のまち川霧",
                           ParagraphStyle("motto", parent=plain, fontSize=12, leading=20, alignment=TA_CENTER)))
        s.append(Paragraph(
            "障害の有無によって分け隔てられることなく、誰もが互いに人格と個性を尊重し合いながら、住み慣れた地域で自分らしく暮らせる"
            "共生社会の実現を目指します。", body))
        s.append(Paragraph("2　基本目標", h2))
        s.append(grid([
            ["基本目標", "主な施策"],
            ["1　相互理解と権利擁護の推進", "啓発・交流、差別解消、虐待防止、成年後見制度の利用促進"],
            ["2　地域生活を支える相談支援とサービスの充実", "基幹相談支援センター<super>※</super>の機能強化、地域生活支援拠点等<super>※</super>の運営、グループホームの整備促進"],
            ["3　保健・医療・療育・教育の充実", "早期発見・早期療育、医療的ケア児<super>※</super>への支援、インクルーシブ教育の推進"],
            ["4　雇用・就労と社会参加の促進", "就労支援、障害者スポーツ・文化芸術活動、意思疎通支援"],
            ["5　安全・安心なまちづくり", "個別避難計画の作成、福祉避難所の確保、公共施設のバリアフリー化"],
        ], [68 * mm, 96 * mm]))
        s.append(Paragraph("3　成果指標", h2))
        s.append(Paragraph("障害者計画の進捗を測るため、次の成果指標を設定します。", body))
        s.append(Spacer(1, 3))
        s.append(grid([
            ["指標", "基準値\n（令和4年度）".replace("\n", "<br/>"), "目標値<br/>（令和11年度）"],
            ["差別や嫌な思いをしたことがある人の割合（アンケート）", "38.4％", "25.0％"],
            ["手話奉仕員養成講座の修了者数（累計）", "212人", "300人"],
            ["相談支援専門員の人数", "41人", "55人"],
            ["市職員の障害者雇用率", "2.48％", "3.00％"],
            ["福祉避難所の指定数", "14か所", "20か所"],
            ["個別避難計画の作成率", "22.5％", "70.0％"],
            ["障害者スポーツ教室の年間参加者数", "560人", "800人"],
        ], [100 * mm, 32 * mm, 32 * mm], align_right_cols=(1, 2)))
        s.append(PageBreak())

        # ---- chapter 4
        s.append(chapter("第4章　障害福祉サービス等の見込量", "c4"))
        s.append(Paragraph("1　成果目標（令和8年度）", h2))
        s.append(grid([
            ["項目", "基準", "目標（令和8年度）"],
            ["(1) 施設入所者の地域生活への移行", "令和4年度末の入所者数118人", "地域移行者8人<br/>入所者数112人"],
            ["(2) 福祉施設から一般就労への移行", "令和3年度実績24人", "年間32人"],
            ["(3) 地域生活支援拠点等の整備", "1か所（面的整備）", "1か所以上を維持、年1回以上運用状況を検証"],
            ["(4) 児童発達支援センターの設置", "1か所", "2か所"],
            ["(5) 医療的ケア児等コーディネーターの配置", "3人", "6人"],
        ], [66 * mm, 50 * mm, 48 * mm]))
        s.append(Paragraph("2　サービス見込量", h2))
        s.append(Paragraph("各年度の1か月当たりの見込量を次のとおり定めます。", body))
        s.append(Spacer(1, 3))
        svc = [
            ["居宅介護", "人/月", "142", "148", "153", "158"],
            ["", "時間/月", "2,310", "2,420", "2,510", "2,600"],
            ["重度訪問介護", "人/月", "9", "10", "11", "12"],
            ["同行援護", "人/月", "21", "22", "23", "24"],
            ["生活介護", "人/月", "386", "392", "398", "404"],
            ["短期入所", "人/月", "63", "66", "69", "72"],
            ["就労移行支援", "人/月", "38", "42", "45", "48"],
            ["就労継続支援（A型）", "人/月", "97", "102", "106", "110"],
            ["就労継続支援（B型）", "人/月", "412", "436", "458", "480"],
            ["就労定着支援<super>※</super>", "人/月", "18", "22", "25", "28"],
            ["共同生活援助（グループホーム）", "人/月", "164", "178", "190", "202"],
            ["計画相談支援", "人/月", "248", "262", "275", "288"],
            ["児童発達支援", "人/月", "88", "94", "99", "104"],
            ["放課後等デイサービス", "人/月", "265", "284", "301", "318"],
        ]
        data = [["サービス名", "単位", "実績", "見込量", "", ""],
                ["", "", "令和4年度", "令和6年度", "令和7年度", "令和8年度"]] + svc
        s.append(grid(data, [56 * mm, 20 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm], header_rows=2,
                      spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((3, 0), (5, 0)), ((0, 2), (0, 3))],
                      align_right_cols=(2, 3, 4, 5)))
        s.append(Paragraph("注：「人/月」は1か月当たりの実利用者数、「時間/月」は1か月当たりの延べ利用時間です。", small))
        s.append(PageBreak())

        # ---- chapter 5
        s.append(chapter("第5章　計画の推進に向けて", "c5"))
        s.append(Paragraph("1　相談支援体制", h2))
        s.append(Paragraph(
            "本市では、基幹相談支援センター「つなぐ」を中心に、市内5地区に相談支援事業所を配置しています。障害のある人や家族からの相談は、"
            "お住まいの地区の事業所又は市障がい福祉課でお受けします（相談は無料です）。", body))
        s.append(Spacer(1, 3))
        s.append(Paragraph("表　地区別の相談支援事業所", small))
        s.append(grid([
            ["地区", "事業所名", "所在地", "電話番号", "対象"],
            ["中央", "川霧市基幹相談支援センター「つなぐ」", "本町2丁目3-1（市総合福祉センター内）", "0237-52-3170", "全市・全障害"],
            ["中央", "相談支援事業所あおば", "本町5丁目12-8", "0237-52-4415", "身体・知的・障害児"],
            ["霧ヶ丘", "霧ヶ丘地域相談室ひだまり", "霧ヶ丘1丁目7-20", "0237-56-2281", "精神"],
            ["東川", "東川福祉会相談支援センター", "東川町字上野45", "0237-61-0937", "身体・知的・精神"],
            ["南浜", "南浜障がい者相談センターうみかぜ", "南浜3丁目2-14", "0237-68-5502", "知的・障害児"],
            ["西山", "西山の里相談支援事業所", "西山字中山田210-3", "0237-73-1146", "身体・知的"],
        ], [16 * mm, 50 * mm, 46 * mm, 26 * mm, 26 * mm], align_right_cols=(0,)))
        s.append(Paragraph("2　計画の進行管理", h2))
        s.append(Paragraph(
            "毎年度、サービスの利用実績と成果指標の状況を川霧市障害者施策推進協議会に報告し、PDCAサイクルにより点検・評価を行います。"
            "評価結果は市ホームページで公表します。", body))
        s.append(Paragraph("3　お問い合わせ", h2))
        s.append(grid([
            ["川霧市 健康福祉部 障がい福祉課 障がい福祉係<br/>"
             "〒991-0801　川霧市本町1丁目1番1号（市役所本庁舎1階12番窓口）<br/>"
             "電話　0237-52-3165（直通）　FAX　0237-52-3199<br/>"
             "受付時間　平日8時30分～17時15分"],
        ], [150 * mm], header_rows=0))
        s.append(PageBreak())

        # ---- appendix
        s.append(chapter("資料", "c6"))
        s.append(Paragraph("1　策定経過", h2))
        s.append(grid([
            ["年月日", "内容"],
            ["令和5年6月2日", "第1回川霧市障害者施策推進協議会（策定方針、アンケート項目）"],
            ["令和5年7月10日～31日", "障害福祉に関するアンケート調査"],
            ["令和5年8月～9月", "関係団体ヒアリング（17団体）"],
            ["令和5年10月19日", "第2回協議会（計画骨子案）"],
            ["令和5年12月14日", "第3回協議会（計画素案）"],
            ["令和6年1月5日～2月5日", "パブリックコメント（4人、9件）"],
            ["令和6年2月22日", "第4回協議会（計画案の承認）"],
        ], [48 * mm, 116 * mm]))
        s.append(Paragraph("2　用語解説", h2))
        s.append(grid([
            ["用語", "解説"],
            ["合理的配慮", "障害のある人から社会的障壁の除去を求められたときに、負担が重すぎない範囲で行う必要かつ適当な対応。令和6年4月から事業者にも義務化。"],
            ["基幹相談支援センター", "地域の相談支援の中核機関。総合的・専門的な相談、相談支援事業所への助言、権利擁護・虐待防止などを行う。"],
            ["地域生活支援拠点等", "重度化・高齢化や「親亡き後」を見据え、緊急時の受入れや体験の場などの機能を地域全体で担う仕組み。本市は複数事業所の連携による面的整備。"],
            ["医療的ケア児", "日常生活を営むために人工呼吸器による呼吸管理や喀痰吸引などの医療的ケアが恒常的に必要な児童。"],
            ["就労定着支援", "一般就労へ移行した人に、職場に定着できるよう企業や家族との連絡調整等を最長3年間行うサービス。"],
        ], [40 * mm, 124 * mm]))
        return s

    def build(pages):
        doc = Doc(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                  topMargin=20 * mm, bottomMargin=18 * mm,
                  title="川霧市障害者計画（第4次）・第7期障害福祉計画・第3期障害児福祉計画",
                  author="川霧市", subject="障害者計画")
        fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
        doc.addPageTemplates([
            PageTemplate("cover", [fr], onPage=cover_page),
            PageTemplate("plain", [fr], onPage=plain_page),
            PageTemplate("body", [fr], onPage=body_page),
        ])
        doc.build(story(pages))
        return doc.chapter_pages

    pages = build({})
    build(pages)


# ---------------------------------------------------------------------------
# (b) 雁ヶ原町 教育振興基本計画 (docx)
# ---------------------------------------------------------------------------

def _write_docx(path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    sec.top_margin, sec.bottom_margin = Mm(20), Mm(18)

    def set_font(style, name="游明朝", size=None):
        style.font.name = name
        rpr = style.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        rfonts.set(qn("w:eastAsia"), name)
        if size:
            style.font.size = Pt(size)

    set_font(doc.styles["Normal"], "游明朝", 10.5)
    for sname, sz in (("Title", 22), ("Heading 1", 15), ("Heading 2", 12.5), ("Heading 3", 11)):
        set_font(doc.styles[sname], "游ゴシック", sz)
        doc.styles[sname].font.color.rgb = RGBColor(0x1F, 0x3D, 0x7A) if sname != "Heading 3" else RGBColor(0, 0, 0)

    # footer page number (PAGE field) and running header
    def add_field(par, instr):
        r = par.add_run()
        f1 = OxmlElement("w:fldChar")
        f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        f2 = OxmlElement("w:fldChar")
        f2.set(qn("w:fldCharType"), "separate")
        t = OxmlElement("w:t")
        t.text = "1"
        f3 = OxmlElement("w:fldChar")
        f3.set(qn("w:fldCharType"), "end")
        for el in (f1, it, f2, t, f3):
            r._r.append(el)

    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = "第2期雁ヶ原町教育振興基本計画"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("－ ")
    add_field(fp, "PAGE")
    fp.add_run(" －")

    def p(text, bold=False, align=None, size=None, indent_first=True):
        par = doc.add_paragraph()
        run = par.add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        if align:
            par.alignment = align
        if indent_first and align is None:
            par.paragraph_format.first_line_indent = Pt(10.5)
        return par

    def numbered(items, style="List Number"):
        for it in items:
            doc.add_paragraph(it, style=style)

    def shade(c, color="DFE6F2"):
        tcPr = c._tc.get_or_add_tcPr()
        sh = OxmlElement("w:shd")
        sh.set(qn("w:val"), "clear")
        sh.set(qn("w:color"), "auto")
        sh.set(qn("w:fill"), color)
        tcPr.append(sh)

    def table(rows, widths, header_rows=1, merges=()):
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                cell = t.cell(r, c)
                cell.width = Mm(widths[c])
                cell.text = v
                for par in cell.paragraphs:
                    for run in par.runs:
                        run.font.size = Pt(9)
                        if r < header_rows:
                            run.bold = True
                    if r < header_rows:
                        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if r < header_rows:
                    shade(cell)
        for (r1, c1, r2, c2) in merges:
            a = t.cell(r1, c1)
            keep = a.text
            m = a.merge(t.cell(r2, c2))
            m.text = keep
            for par in m.paragraphs:
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in par.runs:
                    run.font.size = Pt(9)
                    run.bold = True
        return t

    # ---- cover
    for _ in range(6):
        doc.add_paragraph()
    p("第2期", align=WD_ALIGN_PARAGRAPH.CENTER, size=16)
    p("雁ヶ原町教育振興基本計画", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=26)
    p("ふるさとに学び、未来をひらく　かりがはらの人づくり", align=WD_ALIGN_PARAGRAPH.CENTER, size=13)
    for _ in range(10):
        doc.add_paragraph()
    p("令和5年度～令和9年度", align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
    p("令和5年3月", align=WD_ALIGN_PARAGRAPH.CENTER, size=12)
    p("雁ヶ原町教育委員会", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=15)
    doc.add_page_break()

    # ---- greeting + contents
    doc.add_heading("はじめに", level=1)
    p("雁ヶ原町教育委員会では、平成30年3月に第1期計画を策定し、「ふるさとを愛し、未来を切りひらく人づくり」を掲げて教育行政を進めてきました。"
      "この間、1人1台端末の整備や小中学校の連携など、学びの環境は大きく変わりました。一方で、少子化による学校の小規模化、不登校の増加、"
      "地域の担い手不足など新たな課題も生じています。このたび、これまでの成果と課題を踏まえ、今後5年間の教育の方向性を示す第2期計画を策定しました。"
      "町民の皆様のご理解とご協力をお願い申し上げます。")
    p("令和5年3月　　雁ヶ原町教育委員会 教育長　佐伯 典弘", align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.add_heading("目次", level=1)
    for line in ["第1章　計画の策定にあたって", "第2章　本町の教育の現状と課題", "第3章　基本理念と基本目標",
                 "第4章　施策の展開", "第5章　成果指標", "第6章　計画の推進", "資料　策定経過・用語解説"]:
        p(line, indent_first=False)
    doc.add_page_break()

    # ---- chapter 1
    doc.add_heading("第1章　計画の策定にあたって", level=1)
    doc.add_heading("1　策定の趣旨", level=2)
    p("本計画は、第1期計画（平成30年度～令和4年度）の期間満了に伴い、社会の変化や国・県の動向を踏まえて、本町の教育の振興に関する施策を"
      "総合的かつ計画的に推進するために策定するものです。")
    doc.add_heading("2　計画の位置付け", level=2)
    p("本計画は、教育基本法第17条第2項に基づき、地方公共団体が定める教育の振興のための施策に関する基本的な計画です。"
      "「第6次雁ヶ原町総合計画」及び町長が定める「雁ヶ原町教育大綱」との整合を図ります。")
    doc.add_heading("3　計画の期間", level=2)
    p("令和5年度から令和9年度までの5年間とします。令和7年度に中間評価を行い、必要に応じて見直します。")
    doc.add_heading("4　策定体制", level=2)
    p("(1)　雁ヶ原町教育振興基本計画策定委員会（学校関係者、保護者、地域団体、学識経験者など委員12人）で審議しました。", indent_first=False)
    p("(2)　児童生徒、保護者、町民を対象にアンケートを実施し、1,046人から回答を得ました。", indent_first=False)
    p("(3)　計画案についてパブリックコメントを実施しました。", indent_first=False)

    # ---- chapter 2
    doc.add_heading("第2章　本町の教育の現状と課題", level=1)
    doc.add_heading("1　児童生徒数の推移", level=2)
    p("町内には小学校3校（雁ヶ原小学校、北原小学校、湯ノ沢小学校）と中学校1校（雁ヶ原中学校）があります。令和4年5月1日現在の"
      "児童数は612人、生徒数は318人で、10年前と比べ約2割減少しています。特に湯ノ沢小学校は全学年が単学級で、児童数は47人です。")
    doc.add_heading("2　主な課題", level=2)
    numbered([
        "基礎的な学力は定着しつつあるものの、中学校の数学と英語で全国平均を下回っています。",
        "不登校の児童生徒が増加しており、学校以外の学びの場の充実が求められています。",
        "学校の小規模化が進み、9年間を見通した小中一貫教育の在り方を検討する必要があります。",
        "地域行事の担い手が減り、郷土芸能「かりがね踊り」の継承が課題となっています。",
        "町立図書館や公民館の利用が新型コロナウイルス感染症の影響から回復していません。",
    ])

    # ---- chapter 3
    doc.add_heading("第3章　基本理念と基本目標", level=1)
    doc.add_heading("1　基本理念", level=2)
    p("ふるさとを愛し、未来を切りひらく人づくり", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=13)
    p("第1期計画の基本理念を継承し、ふるさと雁ヶ原への誇りを持ち、変化の激しい社会をたくましく生き抜く人を、学校・家庭・地域が一体となって育てます。")
    doc.add_heading("2　基本目標", level=2)
    p("基本目標1　確かな学力と豊かな心、健やかな体を育む", indent_first=False)
    p("基本目標2　安心して学べる教育環境をつくる", indent_first=False)
    p("基本目標3　学校・家庭・地域の連携で子どもを育てる", indent_first=False)
    p("基本目標4　生涯にわたって学び、文化・スポーツに親しむ", indent_first=False)

    # ---- chapter 4
    doc.add_heading("第4章　施策の展開", level=1)
    doc.add_heading("基本目標1　確かな学力と豊かな心、健やかな体を育む", level=2)
    doc.add_heading("(1)　学力の向上", level=3)
    numbered([
        "1人1台端末を活用した個別最適な学びを進め、ICT支援員を各校に週1日派遣します。",
        "中学校の数学・英語で少人数指導を行い、英検の受験料を町が全額補助します。",
        "小学5・6年生で一部教科担任制を導入します。",
    ])
    doc.add_heading("(2)　豊かな心とふるさと学習", level=3)
    numbered([
        "小中学校の全学年で、本町独自のふるさと学習「かりがね学」を年間20時間実施することを目指します。",
        "かりがね踊り保存会と連携し、小学4年生以上で踊りの体験学習を行います。",
    ])
    doc.add_heading("基本目標2　安心して学べる教育環境をつくる", level=2)
    numbered([
        "教育支援センター「ひばりルーム」の開室日を週3日から週5日に拡大し、不登校の児童生徒の学びを支えます。",
        "スクールソーシャルワーカーを1人から2人に増員します。",
        "令和10年度の開校を目標に、雁ヶ原中学校区の義務教育学校の設置について検討委員会で協議します。",
        "小中学校のトイレ洋式化を令和8年度までに完了します。",
    ])
    doc.add_heading("基本目標3　学校・家庭・地域の連携で子どもを育てる", level=2)
    numbered([
        "令和6年度までに全4校に学校運営協議会を設置し、コミュニティ・スクールに移行します。",
        "放課後子ども教室を湯ノ沢小学校区にも開設し、全小学校区で実施します。",
    ])
    doc.add_heading("基本目標4　生涯にわたって学び、文化・スポーツに親しむ", level=2)
    numbered([
        "町立図書館の移動図書館車「かりん号」の巡回を月2回から月4回に増やします。",
        "公民館講座にデジタル活用講座や親子講座を新設します。",
        "町指定無形民俗文化財「かりがね踊り」の記録映像を作成し、公開します。",
        "総合型地域スポーツクラブ「かりがはらSC」の活動を支援します。",
    ])

    # ---- chapter 5  (indicators: two-row header)
    doc.add_heading("第5章　成果指標", level=1)
    p("計画の進捗状況を把握するため、次の成果指標を設定します。基準値は令和3年度の実績です。")
    rows = [
        ["No.", "成果指標", "単位", "基準値", "目標値", ""],
        ["", "", "", "令和3年度", "令和7年度（中間）", "令和9年度"],
        ["1", "全国学力・学習状況調査で全国平均以上の教科の割合（小6・中3）", "％", "50.0", "75.0", "100"],
        ["2", "「自分にはよいところがある」と答えた児童生徒の割合", "％", "74.2", "80.0", "85.0"],
        ["3", "新体力テストで県平均以上の種目の割合", "％", "56.3", "65.0", "70.0"],
        ["4", "英検3級相当以上の中学3年生の割合", "％", "38.5", "45.0", "50.0"],
        ["5", "不登校児童生徒数", "人", "17", "14", "12"],
        ["6", "学校運営協議会の設置校数", "校", "1", "4", "4"],
        ["7", "放課後子ども教室の実施小学校区数", "校区", "2", "3", "3"],
        ["8", "町立図書館の町民1人当たり貸出冊数", "冊", "4.8", "5.5", "6.0"],
        ["9", "公民館講座の年間延べ参加者数", "人", "3,412", "4,500", "5,000"],
        ["10", "かりがね学の年間実施時間数（各学年）", "時間", "10", "15", "20"],
    ]
    table(rows, [10, 78, 14, 22, 26, 22], header_rows=2,
          merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 4, 0, 5)])
    p("※ No.5は年度内に30日以上欠席した児童生徒数。No.8は年間貸出冊数を10月1日現在の人口で割った値。", indent_first=False, size=8.5)

    # ---- chapter 6
    doc.add_heading("第6章　計画の推進", level=1)
    p("教育委員会は、地方教育行政の組織及び運営に関する法律第26条に基づく点検・評価を毎年度実施し、結果を町議会に報告するとともに、町ホームページで公表します。")
    doc.add_heading("お問い合わせ先", level=2)
    table([
        ["担当", "内容", "電話番号"],
        ["雁ヶ原町教育委員会 教育総務課 総務係", "計画全般、学校施設", "0195-62-3111（内線312）"],
        ["教育総務課 学校教育係", "学力向上、義務教育学校の検討", "0195-62-3114"],
        ["生涯学習課（町民センター内）", "公民館講座、文化財、スポーツ", "0195-62-5280"],
        ["町立図書館", "移動図書館車「かりん号」", "0195-62-5291"],
        ["教育支援センター「ひばりルーム」", "不登校・教育相談", "0195-63-1020"],
    ], [56, 64, 44])
    p("所在地：〒028-6201　雁ヶ原町大字雁ヶ原字中町18番地（町役場2階）", indent_first=False)

    # ---- appendix
    doc.add_heading("資料", level=1)
    doc.add_heading("1　策定経過", level=2)
    table([
        ["年月日", "内容"],
        ["令和4年5月27日", "第1回策定委員会（第1期計画の検証、策定方針）"],
        ["令和4年7月1日～7月22日", "教育に関するアンケート（回答1,046人）"],
        ["令和4年9月30日", "第2回策定委員会（現状と課題、骨子案）"],
        ["令和4年11月25日", "第3回策定委員会（素案）"],
        ["令和4年12月16日～令和5年1月16日", "パブリックコメント（意見5件）"],
        ["令和5年2月10日", "第4回策定委員会（最終案）"],
        ["令和5年2月24日", "教育委員会2月定例会で議決"],
    ], [60, 104])
    p("策定委員会委員長：県立東陵大学教育学部 准教授　三浦 貴子", indent_first=False)
    doc.add_heading("2　用語解説", level=2)
    table([
        ["用語", "解説"],
        ["コミュニティ・スクール", "学校運営協議会を置く学校。保護者や地域住民が学校運営に参画し、地域とともにある学校づくりを進める仕組み。"],
        ["義務教育学校", "小学校から中学校までの9年間の義務教育を一つの学校で一貫して行う学校。平成28年度に制度化された。"],
        ["かりがね学", "本町独自のふるさと学習。町の歴史、自然、産業、郷土芸能などを地域の方を講師に学ぶ。"],
        ["ICT支援員", "学校で教員の授業や校務における情報機器の活用を支援する専門スタッフ。"],
        ["スクールソーシャルワーカー", "社会福祉の専門家として、児童生徒が置かれた環境に働きかけ、関係機関と連携して課題の解決を図る人。"],
        ["教育支援センター", "不登校の児童生徒が学校復帰や社会的自立を目指して通う場。本町では「ひばりルーム」（町民センター2階）。"],
    ], [44, 120])

    doc.core_properties.title = "第2期雁ヶ原町教育振興基本計画"
    doc.core_properties.author = "雁ヶ原町教育委員会"
    doc.save(path)


# ---------------------------------------------------------------------------
# (c) 笹見村 公共施設等総合管理計画 (xlsx) -- ended, final evaluation
# ---------------------------------------------------------------------------

def _write_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    fnt = "ＭＳ Ｐゴシック"
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def title(ws, text, ncols, sub=None):
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
        c = ws.cell(row=1, column=1, value=text)
        c.font = Font(name=fnt, size=14, bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center")
        ws.row_dimensions[1].height = 26
        if sub:
            ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
            s = ws.cell(row=2, column=1, value=sub)
            s.font = Font(name=fnt, size=10)
            s.alignment = Alignment(horizontal="right")

    # ---- Sheet 1: 計画概要
    ws = wb.active
    ws.title = "計画概要"
    title(ws, "笹見村公共施設等総合管理計画　概要及び最終評価", 2, "笹見村 総務課")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 92
    overview = [
        ("計画の目的", "高度経済成長期から平成初期にかけて整備した公共施設等が一斉に更新時期を迎える中、人口減少と厳しい財政状況を踏まえ、"
                     "施設の総量の適正化と長寿命化を進め、将来にわたり必要な行政サービスを持続的に提供することを目的とする。"),
        ("計画期間", "平成28年度～令和7年度（10年間）　※令和8年3月31日をもって計画期間が終了した。"),
        ("策定・改訂", "平成29年3月策定。令和4年3月改訂（個別施設計画の内容を反映し、数値目標を見直し）。"),
        ("対象施設", "公共建築物58施設（延床面積24,810㎡、平成27年度末）及びインフラ施設（村道148.3km、橋りょう62橋、上水道管54.7km）"),
        ("人口の見通し", "昭和35年の8,214人をピークに減少し、平成27年国勢調査では3,428人。令和7年10月1日現在の住民基本台帳人口は2,768人。"),
        ("更新費用の試算", "現在の施設をすべて維持した場合、今後40年間の更新費用は総額約186億円（年平均約4.7億円）となり、"
                         "直近5年間の投資的経費の平均約2.9億円を大きく上回る。"),
        ("基本方針", "(1) 点検・診断等の実施　(2) 予防保全による長寿命化　(3) 施設総量の縮減（複合化・集約化・譲渡）　"
                    "(4) 近隣町村との広域連携　(5) 村民との情報共有"),
        ("推進体制", "副村長を委員長とする「笹見村公共施設等マネジメント推進会議」で進捗を管理し、毎年度の状況を村議会に報告した。"),
        ("策定経過", "平成28年7月 庁内検討会議設置／平成28年11月 村民説明会（5地区）／平成29年1月10日～2月9日 パブリックコメント（意見3件）／"
                    "平成29年3月 策定／令和4年1月 改訂案パブリックコメント（意見なし）／令和4年3月 改訂"),
        ("最終評価", "令和8年6月に推進会議で最終評価を取りまとめ、令和8年9月に公表した。数値目標の達成状況は「数値目標」シートのとおり。"),
        ("次期計画", "令和8年3月に「第2次笹見村公共施設等総合管理計画」（令和8年度～令和17年度）を策定した。本ファイルは第1次計画の記録である。"),
        ("問合せ先", "笹見村 総務課 財政管財係　〒399-4711 笹見村大字本郷1020番地　電話 0265-88-2101（直通）　FAX 0265-88-2190"),
    ]
    ws.cell(row=4, column=1, value="項目").font = Font(name=fnt, bold=True)
    ws.cell(row=4, column=2, value="内容").font = Font(name=fnt, bold=True)
    for col in (1, 2):
        ws.cell(row=4, column=col).fill = head_fill
        ws.cell(row=4, column=col).border = box
        ws.cell(row=4, column=col).alignment = center
    for i, (k, v) in enumerate(overview, start=5):
        a = ws.cell(row=i, column=1, value=k)
        b = ws.cell(row=i, column=2, value=v)
        for c in (a, b):
            c.border = box
            c.font = Font(name=fnt, size=10)
            c.alignment = wrap
        ws.row_dimensions[i].height = 15 * max(1, (len(v) // 46) + 1)

    # ---- Sheet 2: 施設一覧
    ws = wb.create_sheet("施設一覧")
    headers = ["No.", "施設名", "地区", "施設分類", "延床面積（㎡）", "建築年度", "構造", "今後の方針", "取組状況（令和7年度末）"]
    title(ws, "主な公共建築物の一覧と今後の方針", len(headers), "延床面積は平成27年度末現在")
    facilities = [
        ("笹見村役場庁舎", "本郷", "行政系施設", 1842.6, "昭和52年度", "RC造", "長寿命化・複合化", "令和3年度に耐震改修完了。令和5年度に公民館機能を移転"),
        ("笹見村保健センター", "本郷", "保健・福祉施設", 612.4, "平成3年度", "RC造", "長寿命化", "屋根・外壁改修済（令和2年度）"),
        ("笹見小学校", "本郷", "学校教育系施設", 3215.0, "昭和60年度", "RC造", "長寿命化", "大規模改造済（令和元年度～2年度）"),
        ("旧上笹見小学校", "上笹見", "学校教育系施設（廃校）", 1486.0, "昭和46年度", "RC造", "民間貸付", "令和2年度からサテライトオフィスとして貸付"),
        ("笹見中学校", "本郷", "学校教育系施設", 2940.5, "昭和57年度", "RC造", "長寿命化", "体育館改修済（令和4年度）"),
        ("学校給食センター", "下笹見", "学校教育系施設", 486.0, "平成元年度", "S造", "廃止（広域化）", "令和4年度末で廃止。大川町給食センターへ調理委託"),
        ("笹見保育所", "本郷", "子育て支援施設", 702.3, "平成14年度", "W造", "維持", "継続"),
        ("大平へき地保育所", "大平", "子育て支援施設", 198.0, "昭和49年度", "W造", "廃止・除却", "令和元年度末で笹見保育所に統合、令和3年度除却"),
        ("笹見村公民館", "本郷", "社会教育系施設", 1120.0, "昭和55年度", "RC造", "複合化（庁舎へ移転）・除却", "機能移転済。除却は未実施（第2次計画へ継続）"),
        ("ささみ郷土資料館", "下笹見", "社会教育系施設", 310.0, "昭和44年度", "W造", "廃止・除却", "令和5年度除却。収蔵品は旧上笹見小学校へ移設"),
        ("村民体育館", "下笹見", "スポーツ施設", 1680.0, "昭和58年度", "S造", "長寿命化", "照明LED化済（令和4年度）"),
        ("笹見温泉「ささみの湯」", "沢口", "産業系施設", 945.2, "平成7年度", "RC造", "民間譲渡", "令和6年4月に民間事業者へ譲渡"),
        ("農産物加工施設", "上笹見", "産業系施設", 240.0, "平成11年度", "S造", "維持（指定管理）", "継続"),
        ("村営住宅 本郷団地", "本郷", "公営住宅", 2264.0, "昭和48年度", "CB造", "一部除却", "老朽4棟のうち2棟を除却"),
        ("村営住宅 沢口団地", "沢口", "公営住宅", 1032.0, "平成9年度", "W造", "維持", "継続"),
        ("沢口集会所", "沢口", "集会施設", 158.0, "昭和61年度", "W造", "地区へ譲渡", "令和2年度に沢口区へ譲渡"),
        ("大平集会所", "大平", "集会施設", 132.0, "昭和54年度", "W造", "地区へ譲渡", "令和5年度に大平区へ譲渡"),
        ("消防団第3分団詰所", "大平", "消防施設", 72.0, "昭和63年度", "S造", "統合・除却", "第1分団詰所へ統合（除却は未実施）"),
        ("笹見診療所", "本郷", "医療施設", 420.0, "平成5年度", "RC造", "長寿命化", "空調設備更新済（令和3年度）"),
    ]
    hr = 4
    for ci, h in enumerate(headers, start=1):
        c = ws.cell(row=hr, column=ci, value=h)
        c.font = Font(name=fnt, size=10, bold=True)
        c.fill = head_fill
        c.border = box
        c.alignment = center
    widths = [5, 24, 8, 20, 13, 11, 8, 24, 44]
    for ci, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + ci)].width = w
    total = 0.0
    for i, f in enumerate(facilities, start=1):
        r = hr + i
        vals = (i,) + f
        total += f[3]
        for ci, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=ci, value=v)
            c.border = box
            c.font = Font(name=fnt, size=10)
            c.alignment = wrap if ci not in (1, 5) else Alignment(vertical="center", horizontal="right" if ci == 5 else "center")
            if ci == 5:
                c.number_format = "#,##0.0"
    r = hr + len(facilities) + 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(row=r, column=1, value="合計（掲載19施設）").alignment = center
    tc = ws.cell(row=r, column=5, value=round(total, 1))
    tc.number_format = "#,##0.0"
    for ci in range(1, 10):
        ws.cell(row=r, column=ci).border = box
        ws.cell(row=r, column=ci).font = Font(name=fnt, size=10, bold=True)
    notes = [
        "注1）主な施設のみ掲載。全58施設の一覧は各施設類型の個別施設計画を参照。",
        "注2）構造の略称　RC造：鉄筋コンクリート造、S造：鉄骨造、W造：木造、CB造：コンクリートブロック造",
        "注3）村営住宅本郷団地の建築年度は最も古い棟の年度（昭和48年度～昭和53年度に建築）。",
    ]
    for j, n in enumerate(notes):
        ws.cell(row=r + 2 + j, column=1, value=n).font = Font(name=fnt, size=9)
    ws.freeze_panes = "C5"

    # ---- Sheet 3: 数値目標
    ws = wb.create_sheet("数値目標")
    headers = ["No.", "区分", "項目", "基準値（平成27年度末）", "目標値（令和7年度末）", "実績値（令和7年度末）", "達成状況", "備考"]
    title(ws, "数値目標の達成状況（最終評価）", len(headers), "令和8年9月公表")
    targets = [
        ("公共建築物", "公共建築物の延床面積", "24,810㎡", "21,090㎡（15％縮減）", "22,046㎡（11.1％縮減）", "未達成", "公民館・詰所の除却が未実施"),
        ("公共建築物", "村民1人当たり延床面積", "7.24㎡", "8.00㎡以下", "7.96㎡", "達成", "令和7年10月1日人口で算出"),
        ("公共建築物", "公共建築物の耐震化率", "82.4％", "100％", "100％", "達成", "令和3年度に庁舎の耐震改修完了"),
        ("公共建築物", "LED照明の導入率", "12％", "80％", "86％", "達成", ""),
        ("公共建築物", "廃止・除却した施設数", "－", "8施設", "6施設", "未達成", ""),
        ("公共建築物", "民間・地区への譲渡・貸付施設数", "－", "3施設", "4施設", "達成", "ささみの湯、集会所2か所、旧上笹見小"),
        ("公共建築物", "維持管理経費（年間）", "3億1,200万円", "2億8,000万円", "2億9,100万円", "未達成", "光熱費の高騰が影響"),
        ("インフラ", "長寿命化修繕計画に基づく橋りょう修繕数（累計）", "－", "24橋", "24橋", "達成", ""),
        ("インフラ", "村道舗装の修繕延長（累計）", "－", "12.0km", "9.6km", "未達成", ""),
        ("インフラ", "上水道基幹管路の耐震適合率", "31.5％", "45.0％", "41.2％", "未達成", ""),
        ("計画推進", "個別施設計画の策定（施設類型）", "0類型", "12類型", "12類型", "達成", "令和2年度までに全類型策定"),
    ]
    hr = 4
    for ci, h in enumerate(headers, start=1):
        c = ws.cell(row=hr, column=ci, value=h)
        c.font = Font(name=fnt, size=10, bold=True)
        c.fill = head_fill
        c.border = box
        c.alignment = center
    ws.row_dimensions[hr].height = 30
    widths = [5, 11, 40, 15, 20, 20, 10, 34]
    for ci, w in enumerate(widths, start=1):
        ws.column_dimensions[chr(64 + ci)].width = w
    for i, t in enumerate(targets, start=1):
        r = hr + i
        for ci, v in enumerate((i,) + t, start=1):
            c = ws.cell(row=r, column=ci, value=v)
            c.border = box
            c.font = Font(name=fnt, size=10, color="C00000" if v == "未達成" else None)
            c.alignment = wrap if ci in (3, 8) else center
    r = hr + len(targets) + 2
    notes = [
        "※達成状況：実績値が目標値に到達したものを「達成」、到達しなかったものを「未達成」とした。",
        "※11項目のうち達成6項目、未達成5項目。",
        "※延床面積の縮減率は平成27年度末の延床面積に対する割合。",
        "※未達成の項目は「第2次笹見村公共施設等総合管理計画」に引き継ぎ、取組を継続する。",
    ]
    for j, n in enumerate(notes):
        ws.cell(row=r + j, column=1, value=n).font = Font(name=fnt, size=9)

    wb.properties.title = "笹見村公共施設等総合管理計画 最終評価"
    wb.properties.creator = "笹見村総務課"
    wb.save(path)


def write(directory: str) -> None:
    os.makedirs(directory, exist_ok=True)
    _write_pdf(os.path.join(directory, PDF_NAME))
    _write_docx(os.path.join(directory, DOCX_NAME))
    _write_xlsx(os.path.join(directory, XLSX_NAME))


if __name__ == "__main__":
    write(sys.argv[1])
