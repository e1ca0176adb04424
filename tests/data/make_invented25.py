#!/usr/bin/env python
"""Generate three invented municipal plan documents (test material, inv25).

(a) 瑞穂野市地球温暖化対策実行計画（区域施策編） ............ .xlsx (openpyxl)
(b) 若葉浦町国民健康保険 第3期データヘルス計画 ................. .pdf  (reportlab)
(c) 白樺台町雪対策基本計画（平成28年度～令和7年度・終了） ...... .html (CMS page)

All towns, people, companies, addresses, phone numbers and e-mail addresses
are invented.  Usage:  python make_invented25.py OUTPUT_DIR
"""
import os
import re
import sys

FONT_PATH = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

XLSX_NAME = "mizuhono_ondanka_kuiki_r6.xlsx"
PDF_NAME = "wakabaura_datahealth3.pdf"
HTML_NAME = "shirakabadai_yuki_keikaku.html"


# ---------------------------------------------------------------------------
# (a) 瑞穂野市 地球温暖化対策実行計画（区域施策編） — Excel
# ---------------------------------------------------------------------------

SECTORS = ["産業部門", "業務その他部門", "家庭部門", "運輸部門", "廃棄物部門"]
YEARS = ["2013年度\n（基準年度）", "2019年度", "2020年度", "2021年度\n（最新値）"]
EMIS = {  # 千t-CO2
    "産業部門": [412.6, 356.2, 331.9, 340.5],
    "業務その他部門": [188.3, 160.5, 149.8, 152.6],
    "家庭部門": [201.7, 176.4, 184.2, 179.0],
    "運輸部門": [245.9, 231.8, 210.3, 218.7],
    "廃棄物部門": [18.4, 17.1, 16.9, 16.5],
}
TARGET_2030 = {  # 千t-CO2
    "産業部門": 239.3,
    "業務その他部門": 84.7,
    "家庭部門": 68.6,
    "運輸部門": 152.5,
    "廃棄物部門": 14.7,
}
FOREST_SINK = 5.0


def _r1(x):
    return round(x + 1e-9, 1)


def write_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="DDEBF7")
    total_fill = PatternFill("solid", fgColor="F2F2F2")
    title_font = Font(name="游ゴシック", size=14, bold=True)
    bold = Font(name="游ゴシック", size=11, bold=True)
    normal = Font(name="游ゴシック", size=10.5)
    wrap = Alignment(wrap_text=True, vertical="top")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    wb = Workbook()

    def title(ws, text, last_col):
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_col)
        c = ws.cell(row=1, column=1, value=text)
        c.font = title_font
        c.alignment = Alignment(horizontal="center", vertical="center")
        ws.row_dimensions[1].height = 30

    def box(ws, r1, c1, r2, c2):
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                ws.cell(row=r, column=c).border = border

    def header_cells(ws, r1, c1, r2, c2):
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                cell = ws.cell(row=r, column=c)
                cell.fill = head_fill
                cell.font = bold
                cell.alignment = center

    # ---- Sheet 1: 計画概要 -------------------------------------------------
    ws = wb.active
    ws.title = "計画概要"
    title(ws, "瑞穂野市地球温暖化対策実行計画（区域施策編）【改定版】　概要", 4)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 34
    ws.column_dimensions["C"].width = 34
    ws.column_dimensions["D"].width = 22
    ws["A2"] = "令和6年3月　瑞穂野市（環境部 環境政策課）"
    ws["A2"].font = normal
    ws.merge_cells("A2:D2")

    body = [
        ("h", "第1章　計画の基本的事項"),
        ("h2", "1　計画改定の趣旨"),
        ("p", "本市は平成30年3月に本計画を策定し、温室効果ガスの削減に取り組んできました。令和4年2月の「ゼロカーボンシティみずほの宣言」や国の地球温暖化対策計画の改定（令和3年10月）を踏まえ、削減目標を引き上げ、施策を見直すため、本計画を改定しました。"),
        ("h2", "2　計画の位置付け"),
        ("p", "地球温暖化対策の推進に関する法律第21条に基づく地方公共団体実行計画（区域施策編）であり、地域気候変動適応計画を兼ねます。「第3次瑞穂野市環境基本計画」の個別計画です。"),
        ("h2", "3　計画期間"),
        ("p", "令和6年度（2024年度）から令和12年度（2030年度）までの7年間です。基準年度は平成25年度（2013年度）とし、令和9年度を目途に中間見直しを行います。"),
        ("h2", "4　対象とする温室効果ガス"),
        ("p", "CO2、メタン、一酸化二窒素及び代替フロン等4ガスの計7種類のうち、排出量の約95％を占めるエネルギー起源CO2と廃棄物焼却に伴うCO2を推計・管理の対象とします。"),
        ("h", "第2章　市域の温室効果ガス排出状況"),
        ("p", "2021年度のCO2排出量は907.3千t-CO2で、基準年度比15.0％減少しました。産業部門が最も多く、全体の37.5％を占めます（「CO2排出量」シート参照）。"),
        ("h", "第3章　削減目標"),
        ("p", "（1）中期目標：2030年度の温室効果ガス排出量を、2013年度比で48％削減します（森林吸収量を含む）。"),
        ("p", "（2）長期目標：2050年までに温室効果ガス排出量の実質ゼロ（ゼロカーボンシティ）を目指します。"),
        ("h", "第4章　施策の展開"),
        ("p", "次の5つの基本方針に沿って施策を展開します（表5「施策一覧」シート参照）。\n基本方針1　再生可能エネルギーの導入拡大\n基本方針2　省エネルギー・脱炭素型ライフスタイルの推進\n基本方針3　脱炭素型まちづくりと移動の推進\n基本方針4　循環型社会の形成\n基本方針5　気候変動への適応"),
        ("h", "第5章　計画の推進体制と進行管理"),
        ("p", "市長を本部長とする「瑞穂野市ゼロカーボン推進本部」が全庁的に施策を推進し、進捗状況は毎年度、瑞穂野市環境審議会に報告するとともに「瑞穂野市環境報告書」で公表します。"),
    ]
    r = 4
    for kind, text in body:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        c = ws.cell(row=r, column=1, value=text)
        if kind == "h":
            c.font = Font(name="游ゴシック", size=12, bold=True)
            c.fill = PatternFill("solid", fgColor="E2EFDA")
        elif kind == "h2":
            c.font = bold
        else:
            c.font = normal
            c.alignment = wrap
            lines = text.count("\n") + 1 + len(text) // 60
            ws.row_dimensions[r].height = 15 * max(1, lines)
        r += 1

    r += 1
    ws.cell(row=r, column=1, value="策定経過").font = Font(name="游ゴシック", size=12, bold=True)
    r += 1
    hdr = r
    for i, h in enumerate(["年月日", "会議等", "内容"]):
        ws.cell(row=r, column=i + 1, value=h)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    header_cells(ws, r, 1, r, 4)
    history = [
        ("令和5年5月24日", "第1回瑞穂野市環境審議会", "諮問、改定方針"),
        ("令和5年7月", "市民・事業者アンケート", "市民2,000人、事業者300社"),
        ("令和5年8月29日", "第2回瑞穂野市環境審議会", "排出量推計、削減目標"),
        ("令和5年11月14日", "第3回瑞穂野市環境審議会", "計画素案の審議"),
        ("令和5年12月15日～令和6年1月15日", "パブリックコメント", "意見14件（提出者6人）"),
        ("令和6年2月6日", "第4回瑞穂野市環境審議会", "計画案、答申"),
        ("令和6年3月22日", "計画決定", "ゼロカーボン推進本部会議"),
    ]
    for row in history:
        r += 1
        ws.cell(row=r, column=1, value=row[0]).font = normal
        ws.cell(row=r, column=2, value=row[1]).font = normal
        ws.cell(row=r, column=3, value=row[2]).font = normal
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
        for cc in range(1, 5):
            ws.cell(row=r, column=cc).alignment = wrap
    box(ws, hdr, 1, r, 4)

    r += 2
    ws.cell(row=r, column=1, value="用語解説").font = Font(name="游ゴシック", size=12, bold=True)
    r += 1
    hdr = r
    ws.cell(row=r, column=1, value="用語")
    ws.cell(row=r, column=2, value="解説")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    header_cells(ws, r, 1, r, 4)
    glossary = [
        ("t-CO2（トン・シーオーツー）", "温室効果ガスの排出量を二酸化炭素の重量に換算した単位。千t-CO2は1,000トン。"),
        ("ZEH（ゼッチ）", "ネット・ゼロ・エネルギー・ハウス。断熱や太陽光発電等により、年間の一次エネルギー消費量の収支ゼロ以下を目指す住宅。"),
        ("PPA（電力販売契約）", "発電事業者が施設の屋根等に太陽光発電設備を無償で設置・管理し、施設の所有者がその電気を購入する仕組み。"),
        ("次世代自動車", "電気自動車（EV）、プラグインハイブリッド車（PHV）、燃料電池自動車（FCV）等。"),
        ("クーリングシェルター", "熱中症特別警戒情報の発表時に開放される冷房のある施設。"),
    ]
    for term, desc in glossary:
        r += 1
        ws.cell(row=r, column=1, value=term).font = normal
        ws.cell(row=r, column=2, value=desc).font = normal
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.cell(row=r, column=1).alignment = wrap
        ws.cell(row=r, column=2).alignment = wrap
        ws.row_dimensions[r].height = 30 if len(desc) < 60 else 45
    box(ws, hdr, 1, r, 4)

    r += 2
    contact = [
        "【お問い合わせ】",
        "瑞穂野市 環境部 環境政策課 地球温暖化対策係",
        "〒389-0512　瑞穂野市本町二丁目1番1号",
        "電話：0267-41-2315（直通）　FAX：0267-41-2390",
        "メール：kankyo-seisaku@city.mizuhono.example.jp",
    ]
    for line in contact:
        ws.cell(row=r, column=1, value=line).font = bold if line.startswith("【") else normal
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        r += 1

    # ---- Sheet 2: CO2排出量 ------------------------------------------------
    ws = wb.create_sheet("CO2排出量")
    title(ws, "表1　部門別CO2排出量の推移（瑞穂野市域）", 7)
    ws["G2"] = "（単位：千t-CO2）"
    ws["G2"].alignment = Alignment(horizontal="right")
    ws["G2"].font = normal
    widths = [18, 14, 12, 12, 14, 14, 13]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.merge_cells("A3:A4")
    ws["A3"] = "部門"
    ws.merge_cells("B3:E3")
    ws["B3"] = "CO2排出量"
    for i, y in enumerate(YEARS):
        ws.cell(row=4, column=2 + i, value=y)
    ws.merge_cells("F3:F4")
    ws["F3"] = "2013年度比\n増減率（％）"
    ws.merge_cells("G3:G4")
    ws["G3"] = "2021年度\n構成比（％）"
    header_cells(ws, 3, 1, 4, 7)
    ws.row_dimensions[4].height = 32
    totals = [_r1(sum(EMIS[s][k] for s in SECTORS)) for k in range(4)]
    r = 5
    for s in SECTORS:
        v = EMIS[s]
        ws.cell(row=r, column=1, value=s).font = normal
        for k in range(4):
            c = ws.cell(row=r, column=2 + k, value=v[k])
            c.number_format = "#,##0.0"
        c = ws.cell(row=r, column=6, value=_r1((v[3] - v[0]) / v[0] * 100))
        c.number_format = "0.0"
        c = ws.cell(row=r, column=7, value=_r1(v[3] / totals[3] * 100))
        c.number_format = "0.0"
        r += 1
    ws.cell(row=r, column=1, value="合計").font = bold
    for k in range(4):
        c = ws.cell(row=r, column=2 + k, value=totals[k])
        c.number_format = "#,##0.0"
    c = ws.cell(row=r, column=6, value=_r1((totals[3] - totals[0]) / totals[0] * 100))
    c.number_format = "0.0"
    c = ws.cell(row=r, column=7, value=100.0)
    c.number_format = "0.0"
    for cc in range(1, 8):
        ws.cell(row=r, column=cc).fill = total_fill
        ws.cell(row=r, column=cc).font = bold
    box(ws, 3, 1, r, 7)

    r += 2
    ws.cell(row=r, column=1, value="表2　産業部門の業種別内訳（2021年度）").font = bold
    r += 1
    h0 = r
    for i, h in enumerate(["業種", "CO2排出量（千t-CO2）", "構成比（％）"]):
        ws.cell(row=r, column=1 + i, value=h)
    header_cells(ws, r, 1, r, 3)
    ind = [("製造業", 318.2), ("建設業・鉱業", 9.6), ("農林水産業", 12.7)]
    for name, val in ind:
        r += 1
        ws.cell(row=r, column=1, value=name).font = normal
        ws.cell(row=r, column=2, value=val).number_format = "#,##0.0"
        ws.cell(row=r, column=3, value=_r1(val / 340.5 * 100)).number_format = "0.0"
    r += 1
    ws.cell(row=r, column=1, value="産業部門 計").font = bold
    ws.cell(row=r, column=2, value=340.5).number_format = "#,##0.0"
    ws.cell(row=r, column=3, value=100.0).number_format = "0.0"
    box(ws, h0, 1, r, 3)

    r += 2
    notes = [
        "注1）環境省の策定・実施マニュアルに基づき、統計値を按分して推計しています。",
        "注2）統計資料の公表時期の関係から、計画改定時点の最新値は2021年度です。",
        "注3）増減率のマイナスは減少を示します。",
        "注4）廃棄物部門は一般廃棄物の焼却に伴う排出量です。",
    ]
    for n in notes:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=n)
        c.font = Font(name="游ゴシック", size=9)
        c.alignment = wrap
        ws.row_dimensions[r].height = 26
        r += 1

    # ---- Sheet 3: 削減目標・指標 -------------------------------------------
    ws = wb.create_sheet("削減目標・指標")
    title(ws, "表3　部門別の削減目標（2030年度）", 9)
    ws["E2"] = "（単位：千t-CO2）"
    ws["E2"].font = normal
    widths = [6, 40, 8, 13, 12, 13, 12, 16, 14]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    # table 3 uses columns B..F
    hdrs = ["部門", "基準年度\n（2013年度）", "現状\n（2021年度）", "目標\n（2030年度）", "削減率\n（基準年度比・％）"]
    ws.cell(row=3, column=2, value=hdrs[0])
    ws.cell(row=3, column=3, value=None)
    ws.merge_cells("B3:C3")
    for i, h in enumerate(hdrs[1:]):
        ws.cell(row=3, column=4 + i, value=h)
    header_cells(ws, 3, 2, 3, 7)
    ws.row_dimensions[3].height = 32
    r = 4
    for s in SECTORS:
        ws.cell(row=r, column=2, value=s).font = normal
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.cell(row=r, column=4, value=EMIS[s][0]).number_format = "#,##0.0"
        ws.cell(row=r, column=5, value=EMIS[s][3]).number_format = "#,##0.0"
        ws.cell(row=r, column=6, value=TARGET_2030[s]).number_format = "#,##0.0"
        red = _r1((EMIS[s][0] - TARGET_2030[s]) / EMIS[s][0] * 100)
        ws.cell(row=r, column=7, value=red).number_format = "0.0"
        r += 1
    ws.cell(row=r, column=2, value="森林吸収量").font = normal
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(row=r, column=4, value="－")
    ws.cell(row=r, column=5, value="－")
    ws.cell(row=r, column=6, value="▲5.0")
    ws.cell(row=r, column=7, value="－")
    r += 1
    tgt_total = _r1(sum(TARGET_2030.values()) - FOREST_SINK)
    ws.cell(row=r, column=2, value="合計（吸収量差引後）").font = bold
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(row=r, column=4, value=totals[0]).number_format = "#,##0.0"
    ws.cell(row=r, column=5, value=totals[3]).number_format = "#,##0.0"
    ws.cell(row=r, column=6, value=tgt_total).number_format = "#,##0.0"
    ws.cell(row=r, column=7, value=_r1((totals[0] - tgt_total) / totals[0] * 100)).number_format = "0.0"
    for cc in range(2, 8):
        ws.cell(row=r, column=cc).fill = total_fill
    box(ws, 3, 2, r, 7)
    r += 1
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
    ws.cell(row=r, column=2, value="注）森林吸収量は間伐等の森林整備により見込む吸収量です。").font = Font(name="游ゴシック", size=9)

    r += 2
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    c = ws.cell(row=r, column=1, value="表4　成果指標（KPI）")
    c.font = Font(name="游ゴシック", size=12, bold=True)
    r += 1
    h0 = r
    # two-row header
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
    ws.cell(row=r, column=1, value="No.")
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=2)
    ws.cell(row=r, column=2, value="指標")
    ws.merge_cells(start_row=r, start_column=3, end_row=r + 1, end_column=3)
    ws.cell(row=r, column=3, value="単位")
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    ws.cell(row=r, column=4, value="基準")
    ws.cell(row=r + 1, column=4, value="基準年度")
    ws.cell(row=r + 1, column=5, value="基準値")
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=7)
    ws.cell(row=r, column=6, value="現状")
    ws.cell(row=r + 1, column=6, value="年度")
    ws.cell(row=r + 1, column=7, value="現状値")
    ws.merge_cells(start_row=r, start_column=8, end_row=r + 1, end_column=8)
    ws.cell(row=r, column=8, value="目標値\n（2030年度）")
    ws.merge_cells(start_row=r, start_column=9, end_row=r + 1, end_column=9)
    ws.cell(row=r, column=9, value="担当課")
    header_cells(ws, r, 1, r + 1, 9)
    ws.row_dimensions[r].height = 20
    r += 2
    kpis = [
        ("住宅用太陽光発電設備の設置件数（累計）", "件", "2013年度", 2148, "2022年度", 4315, 7500, "#,##0", "環境政策課"),
        ("市域の再生可能エネルギー導入容量", "kW", "2013年度", 18400, "2022年度", 46720, 90000, "#,##0", "環境政策課"),
        ("ZEH新築住宅の戸数（累計）", "戸", "2019年度", 35, "2022年度", 212, 800, "#,##0", "建築住宅課"),
        ("公用車に占める次世代自動車の割合", "％", "2013年度", 4.2, "2022年度", 21.5, 60.0, "0.0", "管財課"),
        ("防犯灯のLED化率", "％", "2013年度", 12.0, "2022年度", 100.0, 100.0, "0.0", "市民協働課"),
        ("市民1人1日当たりのごみ排出量", "g", "2013年度", 938, "2022年度", 862, 800, "#,##0", "資源循環課"),
        ("コミュニティバス・デマンド交通の年間利用者数", "人", "2016年度", 82400, "2022年度", 71350, 95000, "#,##0", "都市計画課"),
        ("市民1人当たりの家庭部門CO2排出量", "t-CO2", "2013年度", 1.68, "2021年度", 1.53, 0.60, "0.00", "環境政策課"),
        ("環境学習講座・出前講座の参加者数", "人/年", "2018年度", 640, "2022年度", 1105, 1500, "#,##0", "環境政策課"),
    ]
    for i, k in enumerate(kpis, start=1):
        name, unit, by, bv, cy, cv, tv, fmt, dept = k
        ws.cell(row=r, column=1, value=i).alignment = Alignment(horizontal="center")
        ws.cell(row=r, column=2, value=name).alignment = wrap
        ws.cell(row=r, column=3, value=unit)
        ws.cell(row=r, column=4, value=by)
        ws.cell(row=r, column=5, value=bv).number_format = fmt
        ws.cell(row=r, column=6, value=cy)
        ws.cell(row=r, column=7, value=cv).number_format = fmt
        ws.cell(row=r, column=8, value=tv).number_format = fmt
        ws.cell(row=r, column=9, value=dept)
        r += 1
    box(ws, h0, 1, r - 1, 9)
    for n in [
        "注1）現状値は計画改定時点の最新値です。",
        "注2）No.7は新型コロナウイルス感染症の影響により、基準値を下回っています。",
        "注3）No.5は令和4年度に全灯のLED化を完了しました。",
    ]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        c = ws.cell(row=r, column=1, value=n)
        c.font = Font(name="游ゴシック", size=9)
        r += 1

    # ---- Sheet 4: 施策一覧 --------------------------------------------------
    ws = wb.create_sheet("施策一覧")
    title(ws, "表5　施策体系と担当課", 7)
    widths = [30, 7, 30, 50, 14, 8, 16]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    for i, h in enumerate(["基本方針", "No.", "施策", "主な取組", "担当課", "内線", "直通電話"]):
        ws.cell(row=3, column=1 + i, value=h)
    header_cells(ws, 3, 1, 3, 7)
    measures = [
        ("基本方針1\n再生可能エネルギーの導入拡大", [
            ("1-1", "住宅・事業所への太陽光発電の導入促進", "太陽光発電設備・蓄電池の設置費補助", "環境政策課", "2315", "0267-41-2315"),
            ("1-2", "公共施設への再生可能エネルギー導入", "小中学校等への太陽光発電設置（PPA活用）", "管財課", "2142", "0267-41-2142"),
            ("1-3", "地域資源を活かしたエネルギーの活用", "農業用水路での小水力発電の調査", "農林振興課", "2521", "0267-41-2521"),
        ]),
        ("基本方針2\n省エネルギー・脱炭素型ライフスタイルの推進", [
            ("2-1", "住宅の省エネルギー化", "ZEH・既存住宅の断熱改修への補助", "建築住宅課", "2634", "0267-41-2634"),
            ("2-2", "事業者の省エネルギー支援", "省エネ診断支援、設備更新補助", "商工観光課", "2461", "0267-41-2461"),
            ("2-3", "環境学習・普及啓発", "出前講座、緑のカーテンコンテスト", "環境政策課", "2316", "0267-41-2316"),
        ]),
        ("基本方針3\n脱炭素型まちづくりと移動の推進", [
            ("3-1", "公共交通の利用促進", "コミュニティバス「みずほのりん号」の路線再編", "都市計画課", "2712", "0267-41-2712"),
            ("3-2", "次世代自動車の普及", "EV充電設備の設置、公用車の電動化", "管財課", "2143", "0267-41-2143"),
            ("3-3", "歩いて暮らせるまちづくり", "自転車通行空間の整備", "道路河川課", "2735", "0267-41-2735"),
        ]),
        ("基本方針4\n循環型社会の形成", [
            ("4-1", "ごみの減量・資源化", "生ごみ処理機購入費補助、プラ分別収集", "資源循環課", "2351", "0267-41-2351"),
            ("4-2", "食品ロスの削減", "「みずほの食べきり協力店」の拡大", "資源循環課", "2352", "0267-41-2352"),
        ]),
        ("基本方針5\n気候変動への適応", [
            ("5-1", "熱中症対策", "クーリングシェルターの指定", "健康づくり課", "2213", "0267-41-2213"),
            ("5-2", "自然災害への備え", "内水ハザードマップの更新", "危機管理課", "2011", "0267-41-2011"),
            ("5-3", "森林の保全", "市有林の間伐等の森林整備", "農林振興課", "2523", "0267-41-2523"),
        ]),
    ]
    r = 4
    for policy, items in measures:
        start = r
        for no, name, act, dept, ext, tel in items:
            ws.cell(row=r, column=2, value=no).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=3, value=name).alignment = wrap
            ws.cell(row=r, column=4, value=act).alignment = wrap
            ws.cell(row=r, column=5, value=dept).alignment = wrap
            ws.cell(row=r, column=6, value=ext).alignment = Alignment(horizontal="center", vertical="top")
            ws.cell(row=r, column=7, value=tel).alignment = wrap
            ws.row_dimensions[r].height = 30
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        c = ws.cell(row=start, column=1, value=policy)
        c.alignment = Alignment(wrap_text=True, vertical="center")
        c.font = bold
    box(ws, 3, 1, r - 1, 7)
    for n in [
        "注1）市役所代表電話：0267-41-1111。内線番号は、代表電話から担当課を呼び出す際にお使いください。",
        "注2）補助制度の内容・補助額は年度ごとに定めます。",
    ]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        c = ws.cell(row=r, column=1, value=n)
        c.font = Font(name="游ゴシック", size=9)
        r += 1

    wb.properties.title = "瑞穂野市地球温暖化対策実行計画（区域施策編）"
    wb.properties.creator = "瑞穂野市 環境政策課"
    wb.save(path)


# ---------------------------------------------------------------------------
# (b) 若葉浦町国民健康保険 第3期データヘルス計画 — PDF
# ---------------------------------------------------------------------------

DISEASE_COST = [  # 千円, 令和4年度
    ("新生物（がん等）", 231480),
    ("循環器系の疾患", 176320),
    ("筋骨格系及び結合組織の疾患", 121650),
    ("精神及び行動の障害", 110470),
    ("内分泌、栄養及び代謝疾患", 103050),
    ("腎尿路生殖器系の疾患", 88140),
    ("呼吸器系の疾患", 74510),
    ("消化器系の疾患", 67030),
    ("その他", 268910),
]


def write_pdf(path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
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

    try:
        pdfmetrics.getFont("IPAexGothic")
    except KeyError:
        pdfmetrics.registerFont(TTFont("IPAexGothic", FONT_PATH))
    F = "IPAexGothic"
    W, H = A4
    HEADER = "若葉浦町 第3期データヘルス計画"

    st_body = ParagraphStyle("body", fontName=F, fontSize=10, leading=16.5, firstLineIndent=10, wordWrap="CJK")
    st_h1 = ParagraphStyle("h1", fontName=F, fontSize=14.5, leading=22, spaceBefore=4, spaceAfter=8,
                           textColor=colors.HexColor("#1F4E79"))
    st_h2 = ParagraphStyle("h2", fontName=F, fontSize=11.5, leading=17, spaceBefore=8, spaceAfter=3)
    st_cap = ParagraphStyle("cap", fontName=F, fontSize=9.5, leading=13, spaceBefore=6, spaceAfter=3)
    st_note = ParagraphStyle("note", fontName=F, fontSize=8, leading=11, spaceBefore=2, wordWrap="CJK")
    st_cell = ParagraphStyle("cell", fontName=F, fontSize=8.5, leading=11.5, wordWrap="CJK")
    st_num = ParagraphStyle("num", parent=st_cell, alignment=TA_RIGHT)
    _NUM = re.compile(r"^[0-9,.]+(％|人)?$")

    class Doc(BaseDocTemplate):
        def afterFlowable(self, flowable):
            if isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2"):
                level = 0 if flowable.style.name == "h1" else 1
                self.notify("TOCEntry", (level, flowable.getPlainText(), self.page - 2))

    def on_cover(c, d):
        pass

    def on_page(c, d):
        c.saveState()
        c.setFont(F, 8)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawRightString(W - 18 * mm, H - 12 * mm, HEADER)
        c.setStrokeColor(colors.HexColor("#1F4E79"))
        c.setLineWidth(0.6)
        c.line(18 * mm, H - 13.5 * mm, W - 18 * mm, H - 13.5 * mm)
        if d.page >= 3:
            c.setFont(F, 9)
            c.setFillColor(colors.black)
            c.drawCentredString(W / 2, 10 * mm, f"- {d.page - 2} -")
        c.restoreState()

    doc = Doc(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
              topMargin=20 * mm, bottomMargin=18 * mm,
              title="若葉浦町国民健康保険 第3期データヘルス計画", author="若葉浦町")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([
        PageTemplate(id="cover", frames=[frame], onPage=on_cover),
        PageTemplate(id="body", frames=[frame], onPage=on_page),
    ])

    def P(t, s=st_cell):
        return Paragraph(t, s)

    def grid(data, widths, header_rows=1, spans=(), extra=()):
        rows = [[(P(x, st_num) if _NUM.match(x) else P(x)) if isinstance(x, str) else x for x in row]
                for row in data]
        t = Table(rows, colWidths=widths, repeatRows=header_rows)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#DDEBF7")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        for sp in spans:
            style.append(("SPAN",) + sp)
        style.extend(extra)
        t.setStyle(TableStyle(style))
        return t

    story = []
    # --- cover
    cover_t = ParagraphStyle("ct", fontName=F, fontSize=24, leading=36, alignment=TA_CENTER)
    cover_s = ParagraphStyle("cs", fontName=F, fontSize=15, leading=24, alignment=TA_CENTER)
    story += [Spacer(1, 55 * mm),
              Paragraph("若葉浦町国民健康保険", cover_s),
              Spacer(1, 4 * mm),
              Paragraph("第3期データヘルス計画", cover_t),
              Paragraph("第4期特定健康診査等実施計画", cover_s),
              Spacer(1, 12 * mm),
              Paragraph("（令和6年度～令和11年度）", cover_s),
              Spacer(1, 70 * mm),
              Paragraph("令和6年3月", cover_s),
              Paragraph("若 葉 浦 町", cover_t),
              NextPageTemplate("body"), PageBreak()]
    # --- 目次
    toc = TableOfContents()
    toc.levelStyles = [
        ParagraphStyle("toc1", fontName=F, fontSize=11, leading=18, leftIndent=0),
        ParagraphStyle("toc2", fontName=F, fontSize=9.5, leading=14, leftIndent=14),
    ]
    story += [Paragraph("目　次", ParagraphStyle("tt", fontName=F, fontSize=16, leading=26, alignment=TA_CENTER)),
              Spacer(1, 6 * mm), toc, PageBreak()]

    # --- 第1章
    story += [
        Paragraph("第1章　計画の基本的事項", st_h1),
        Paragraph("1　計画策定の背景と目的", st_h2),
        Paragraph("本町では平成30年3月に第2期データヘルス計画を策定し、生活習慣病の重症化予防等に取り組んできました。第2期計画の評価を踏まえ、効果的・効率的な保健事業を実施するため、第3期データヘルス計画と第4期特定健康診査等実施計画を一体的に策定します。", st_body),
        Paragraph("2　計画の位置付け", st_h2),
        Paragraph("本計画は国民健康保険法に基づくデータヘルス計画であり、高齢者の医療の確保に関する法律第19条に基づく特定健康診査等実施計画を含みます。「第5次若葉浦町総合計画」「健康わかばうら21（第3次）」との整合を図ります。", st_body),
        Paragraph("3　計画期間", st_h2),
        Paragraph("令和6年度から令和11年度までの6年間とします。令和8年度に中間評価を行い、必要に応じて計画を見直します。", st_body),
        Paragraph("4　実施体制", st_h2),
        Paragraph("町民課保険年金係が主体となり、健康推進課（若葉浦町保健センター）の保健師・管理栄養士と連携して保健事業を実施します。若葉浦町医師会、北陽県国民健康保険団体連合会等と連携します。", st_body),
    ]

    # --- 第2章
    story += [
        PageBreak(),
        Paragraph("第2章　現状と健康課題", st_h1),
        Paragraph("1　被保険者の状況", st_h2),
        Paragraph("令和4年度末の被保険者数は3,482人で、町の人口（12,906人）の27.0％を占めています。65～74歳の被保険者の割合は46.3％で、北陽県平均（43.1％）を上回っています。", st_body),
        Paragraph("2　特定健康診査の受診状況", st_h2),
        Paragraph("表2-1　特定健康診査受診率の推移", st_cap),
    ]
    kr = [("平成30年度", 2806, 1072, "38.2", "35.9", "37.9"),
          ("令和元年度", 2745, 1084, "39.5", "36.8", "38.0"),
          ("令和2年度", 2690, 853, "31.7", "32.0", "33.7"),
          ("令和3年度", 2612, 951, "36.4", "34.5", "36.4"),
          ("令和4年度", 2514, 1026, "40.8", "36.1", "37.5")]
    data = [["年度", "対象者数（人）", "受診者数（人）", "受診率（％）", "", ""],
            ["", "", "", "若葉浦町", "北陽県", "国"]]
    for y, a, b, c1, c2, c3 in kr:
        data.append([y, f"{a:,}", f"{b:,}", c1, c2, c3])
    story.append(grid(data, [30 * mm, 28 * mm, 28 * mm, 26 * mm, 26 * mm, 26 * mm], header_rows=2,
                      spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1)), ((3, 0), (5, 0))]))
    story += [
        Paragraph("資料：法定報告（特定健診・特定保健指導実施結果報告）", st_note),
        Paragraph("令和2年度は新型コロナウイルス感染症の影響で受診率が大きく低下しましたが、令和4年度は40.8％まで回復しました。一方、40～50歳代の受診率は20％台にとどまっています。", st_body),
        Paragraph("3　特定保健指導の実施状況", st_h2),
        Paragraph("表2-2　特定保健指導実施率の推移", st_cap),
    ]
    hs = [("平成30年度", 132, 51, "38.6"), ("令和元年度", 128, 54, "42.2"),
          ("令和2年度", 101, 40, "39.6"), ("令和3年度", 117, 55, "47.0"),
          ("令和4年度", 124, 62, "50.0")]
    data = [["年度", "対象者数（人）", "終了者数（人）", "実施率（％）"]]
    for y, a, b, c1 in hs:
        data.append([y, str(a), str(b), c1])
    story.append(grid(data, [34 * mm, 36 * mm, 36 * mm, 36 * mm]))

    total_cost = sum(v for _, v in DISEASE_COST)
    story += [
        Paragraph("4　医療費の状況", st_h2),
        Paragraph(f"令和4年度の総医療費は{total_cost:,}千円で、被保険者1人当たり医療費は412,380円と北陽県平均（389,120円）を上回っています。疾病別では新生物が最も多く、次いで循環器系の疾患となっています。中分類では慢性腎臓病（透析あり）が上位にあり、人工透析患者は14人です。", st_body),
        Paragraph("表2-3　疾病分類（大分類）別医療費（令和4年度）", st_cap),
    ]
    data = [["順位", "疾病分類", "医療費（千円）", "構成比（％）"]]
    for i, (name, v) in enumerate(DISEASE_COST, start=1):
        rank = "－" if name == "その他" else str(i)
        data.append([rank, name, f"{v:,}", f"{v / total_cost * 100:.1f}"])
    data.append(["", "合計", f"{total_cost:,}", "100.0"])
    story.append(grid(data, [16 * mm, 70 * mm, 34 * mm, 30 * mm],
                      extra=[("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#F2F2F2"))]))
    story.append(Paragraph("資料：KDBシステム「疾病別医療費分析（大分類）」。入院・外来・調剤の合計。", st_note))

    story += [
        Paragraph("5　第2期計画の評価", st_h2),
        Paragraph("表2-4　第2期計画の評価指標の達成状況", st_cap),
    ]
    data = [["評価指標", "策定時\n（平成28年度）", "目標値\n（令和5年度）", "実績値\n（令和4年度）", "評価"],
            ["特定健康診査受診率", "37.1％", "50.0％", "40.8％", "B"],
            ["特定保健指導実施率", "30.5％", "45.0％", "50.0％", "A"],
            ["メタボリックシンドローム該当者・予備群の割合", "29.4％", "28.0％", "31.5％", "D"],
            ["HbA1c 8.0％以上の者の割合", "1.6％", "1.2％", "1.6％", "C"],
            ["新規人工透析導入者数", "3人", "2人以下", "3人", "C"],
            ["後発医薬品の使用割合（数量ベース）", "62.8％", "80.0％", "81.2％", "A"]]
    data = [[x.replace("\n", "<br/>") for x in row] for row in data]
    story.append(grid(data, [66 * mm, 24 * mm, 24 * mm, 24 * mm, 14 * mm]))
    story.append(Paragraph("評価　A：目標値に達した　B：目標値に達していないが改善した　C：変わらない　D：悪化した", st_note))

    story += [
        Paragraph("6　健康課題のまとめ", st_h2),
        Paragraph("（1）特定健康診査の受診率が低く、特に40～50歳代の受診が少ない。<br/>（2）メタボリックシンドローム該当者・予備群の割合が増加し、県平均より高い。<br/>（3）糖尿病・高血圧の重症化による慢性腎臓病の医療費が高い。", st_body),
    ]

    # --- 第3章
    story += [
        PageBreak(),
        Paragraph("第3章　計画の目的・目標と保健事業", st_h1),
        Paragraph("1　計画の目的", st_h2),
        Paragraph("「生活習慣病の発症と重症化を予防し、町民の健康寿命を延ばす」ことを目的とし、健康課題の解決に向けて次の保健事業に取り組みます。", st_body),
        Paragraph("2　保健事業の内容", st_h2),
        Paragraph("表3-1　保健事業一覧", st_cap),
    ]
    data = [["No.", "事業名", "対象者", "主な実施内容", "実施時期"],
            ["1", "特定健康診査未受診者対策", "40～74歳の健診未受診者", "AIを活用した受診勧奨通知、電話による勧奨", "7月・9月・12月"],
            ["2", "特定保健指導", "健診結果により階層化された者", "保健師・管理栄養士による面談・継続支援", "通年"],
            ["3", "糖尿病性腎症重症化予防事業", "HbA1c 6.5％以上の未治療者・治療中断者", "医療機関への受診勧奨、かかりつけ医と連携した保健指導", "8月～翌年3月"],
            ["4", "高血圧重症化予防事業", "Ⅱ度高血圧以上の未治療者", "受診勧奨通知、家庭血圧測定の支援", "通年"],
            ["5", "重複・頻回受診者等訪問指導", "同一月に同系の医療機関を3か所以上受診した者等", "保健師・薬剤師による訪問指導", "10月～12月"],
            ["6", "後発医薬品利用促進", "切替えで一定額以上の軽減が見込まれる者", "差額通知の送付", "6月・12月"],
            ["7", "若年者健康診査", "30～39歳の被保険者", "集団健診と同日に実施", "6月・10月"]]
    story.append(grid(data, [10 * mm, 38 * mm, 40 * mm, 50 * mm, 28 * mm]))

    story += [
        Paragraph("3　評価指標", st_h2),
        Paragraph("表3-2　評価指標と目標値", st_cap),
    ]
    data = [["区分", "評価指標", "現状値\n（令和4年度）", "目標値\n（令和11年度）"],
            ["アウトカム\n（成果）", "メタボリックシンドローム該当者・予備群の割合", "31.5％", "27.0％"],
            ["", "HbA1c 8.0％以上の者の割合", "1.6％", "1.0％"],
            ["", "Ⅱ度高血圧以上の者の割合", "6.9％", "5.0％"],
            ["", "新規人工透析導入者数", "3人", "1人以下"],
            ["アウトプット\n（実施量）", "特定健康診査受診率", "40.8％", "60.0％"],
            ["", "特定保健指導実施率", "50.0％", "60.0％"],
            ["", "糖尿病性腎症重症化予防の受診勧奨後の医療機関受診率", "62.5％", "80.0％"],
            ["", "後発医薬品の使用割合（数量ベース）", "81.2％", "85.0％"]]
    data = [[x.replace("\n", "<br/>") for x in row] for row in data]
    story.append(grid(data, [28 * mm, 82 * mm, 28 * mm, 28 * mm],
                      spans=[((0, 1), (0, 4)), ((0, 5), (0, 8))]))
    story.append(Paragraph("注）Ⅱ度高血圧：収縮期血圧160mmHg以上又は拡張期血圧100mmHg以上。", st_note))

    # --- 第4章
    story += [
        PageBreak(),
        Paragraph("第4章　第4期特定健康診査等実施計画", st_h1),
        Paragraph("1　目標値", st_h2),
        Paragraph("国の目標（市町村国保60％）を踏まえ、令和11年度の特定健康診査受診率及び特定保健指導実施率をいずれも60.0％とします。", st_body),
        Paragraph("表4-1　年度別目標値", st_cap),
    ]
    data = [["区分", "令和6年度", "令和7年度", "令和8年度", "令和9年度", "令和10年度", "令和11年度"],
            ["特定健康診査受診率（％）", "45.0", "48.0", "51.0", "54.0", "57.0", "60.0"],
            ["特定保健指導実施率（％）", "52.0", "54.0", "56.0", "58.0", "59.0", "60.0"]]
    story.append(grid(data, [44 * mm] + [21 * mm] * 6))
    story += [
        Paragraph("2　実施方法", st_h2),
        Paragraph("（1）対象者：40～74歳の被保険者（年度途中の加入者を含む）<br/>"
                  "（2）集団健診：若葉浦町保健センター及び各地区公民館で6月と10月に実施します。<br/>"
                  "（3）個別健診：町内の契約医療機関で6月から12月まで実施します。<br/>"
                  "（4）健診項目：国が定める項目に加え、町独自に血清クレアチニン（eGFR）と尿酸を全員に実施します。<br/>"
                  "（5）周知：5月下旬に受診券を送付し、広報「わかばうら」、町ホームページで周知します。", st_body),
    ]

    # --- 第5章
    story += [
        Paragraph("第5章　計画の推進", st_h1),
        Paragraph("1　評価・見直し", st_h2),
        Paragraph("評価指標の達成状況は毎年度、若葉浦町国民健康保険運営協議会に報告します。令和8年度に中間評価、令和11年度に最終評価を行います。", st_body),
        Paragraph("2　公表・周知及び個人情報の保護", st_h2),
        Paragraph("本計画は町ホームページ及び広報「わかばうら」で公表します。個人情報は関係法令に基づき適切に管理します。", st_body),
        Paragraph("3　策定経過", st_h2),
    ]
    data = [["年月日", "会議等", "内容"],
            ["令和5年7月20日", "第1回 若葉浦町国民健康保険運営協議会", "第2期計画の評価、策定方針"],
            ["令和5年11月16日", "第2回 若葉浦町国民健康保険運営協議会", "計画素案の協議"],
            ["令和5年12月18日～令和6年1月17日", "パブリックコメント", "意見なし（0件）"],
            ["令和6年2月22日", "第3回 若葉浦町国民健康保険運営協議会", "計画案の承認"]]
    story.append(grid(data, [46 * mm, 70 * mm, 50 * mm]))

    story += [PageBreak(), Paragraph("用語解説", st_h1)]
    data = [["用語", "解説"],
            ["KDBシステム", "国保データベースシステム。健診・医療・介護のデータを分析できる。"],
            ["特定健康診査", "40～74歳を対象に、メタボリックシンドロームに着目して行う健康診査。"],
            ["特定保健指導", "特定健診の結果、生活習慣病のリスクがある人に行う保健指導。リスクの程度により「動機付け支援」と「積極的支援」がある。"],
            ["HbA1c", "過去1～2か月の平均的な血糖の状態を示す検査値。"],
            ["eGFR", "腎臓の働きを示す指標。"],
            ["後発医薬品", "先発医薬品と同等の有効成分を持つ、より安価な医薬品（ジェネリック医薬品）。"]]
    story.append(grid(data, [32 * mm, 134 * mm]))

    story += [
        Spacer(1, 8 * mm),
        grid([["【お問い合わせ】<br/>"
               "若葉浦町 町民課 保険年金係　〒018-2754　北陽県若葉浦町大字中浦1234番地<br/>"
               "TEL 0185-62-3115　FAX 0185-62-3190<br/>"
               "若葉浦町 健康推進課 健康づくり係（若葉浦町保健センター）<br/>"
               "TEL 0185-62-4470"]], [166 * mm]),
    ]

    doc.multiBuild(story)


# ---------------------------------------------------------------------------
# (c) 白樺台町雪対策基本計画 — CMS web page (ended plan)
# ---------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>白樺台町雪対策基本計画（平成28年度～令和7年度） - 白樺台町公式ホームページ</title>
<meta name="description" content="白樺台町雪対策基本計画（平成28年度～令和7年度）の概要を掲載しています。">
<link rel="stylesheet" href="/shared/style/default.css">
<link rel="stylesheet" href="/shared/style/layout.css">
</head>
<body class="format_free">
<div id="tmp_wrapper">
<noscript><p>このサイトではJavaScriptを使用したコンテンツ・機能を提供しています。JavaScriptを有効にするとご利用いただけます。</p></noscript>
<p><a href="#tmp_honbun" class="skip">本文へスキップします。</a></p>
<header id="tmp_header">
  <div class="container">
    <div id="tmp_hlogo"><h1><a href="/"><span>白樺台町</span> Shirakabadai Town</a></h1></div>
    <ul id="tmp_hnavi_s">
      <li><a href="/sitemap.html">サイトマップ</a></li>
      <li><a href="/foreign/index.html">Foreign Language</a></li>
      <li><a href="/moji.html">文字サイズ・色合い変更</a></li>
    </ul>
    <form id="tmp_search" action="/search/result.html"><input type="text" name="q" placeholder="サイト内検索"><input type="submit" value="検索"></form>
  </div>
</header>
<nav id="tmp_gnavi">
  <ul>
    <li><a href="/kurashi/index.html">くらし・手続き</a></li>
    <li><a href="/kosodate/index.html">子育て・教育</a></li>
    <li><a href="/kenko/index.html">健康・福祉</a></li>
    <li><a href="/sangyo/index.html">産業・しごと</a></li>
    <li><a href="/machi/index.html">まちづくり・環境</a></li>
    <li><a href="/chosei/index.html">町政情報</a></li>
  </ul>
</nav>
<div id="tmp_pankuzu">
  <p><a href="/index.html">ホーム</a> &gt; <a href="/kurashi/index.html">くらし・手続き</a> &gt; <a href="/kurashi/doro/index.html">道路・除雪</a> &gt; 白樺台町雪対策基本計画（平成28年度～令和7年度）</p>
</div>
<div id="tmp_contents">
<main id="tmp_main">
<div id="tmp_honbun">
<h1>白樺台町雪対策基本計画（平成28年度～令和7年度）</h1>
<div class="update"><p>ページ番号1004518　更新日：2026年4月1日</p></div>

<div class="box_info">
<p><strong>【お知らせ】この計画は、令和7年度末（令和8年3月31日）をもって計画期間が終了しました。</strong>次期計画は現在策定に向けた検討を進めており、策定後にこのページでお知らせします。本ページは過去の計画の記録として掲載しています。</p>
</div>

<p>白樺台町では、冬期間の安全・安心な暮らしを確保するため、平成28年3月に「白樺台町雪対策基本計画」を策定し、除雪体制の充実や流雪溝・消雪施設の整備、地域ぐるみの雪対策に取り組んできました。計画の概要は次のとおりです。</p>

<h2>1　計画の概要</h2>
<h3>（1）策定の趣旨</h3>
<p>本町は町の全域が特別豪雪地帯に指定されており、毎年の降雪が町民生活や経済活動に大きな影響を与えています。高齢化や人口減少により、屋根の雪下ろしや住宅周りの除雪の担い手が不足していることから、町・町民・事業者が協働して雪に強いまちづくりを進めるため、本計画を策定しました。</p>
<h3>（2）計画期間</h3>
<p>平成28年度から令和7年度までの10年間です。令和2年度に中間見直しを行いました。</p>
<h3>（3）基本理念と基本目標</h3>
<p>基本理念：「雪とともに　安心して冬を暮らせるまち　しらかばだい」</p>
<ol>
<li>基本目標1　冬の道路交通の確保</li>
<li>基本目標2　地域ぐるみの雪対策の推進</li>
<li>基本目標3　雪に強い住まいと暮らしの実現</li>
<li>基本目標4　雪の利活用（利雪・親雪）の推進</li>
</ol>

<h2>2　町の雪の状況</h2>
<p>役場観測点における平年の最大積雪深は112cm、平年の累計降雪量は586cmです（平成18年度～平成27年度の平均）。過去最大の積雪深は平成24年度の196cmでした。町が除雪を行う町道は車道186.4km、歩道21.7kmで、除雪車両は町所有14台、委託業者所有38台の計52台です。</p>

<h2>3　除雪体制</h2>
<h3>（1）除雪出動基準</h3>
<p>除雪路線を3種類に区分し、区分ごとに出動基準と作業完了の目標時刻を定めています。</p>
<table>
<caption>除雪出動基準</caption>
<thead>
<tr><th scope="col">区分</th><th scope="col">対象路線</th><th scope="col">出動基準（積雪深）</th><th scope="col">作業完了目標</th></tr>
</thead>
<tbody>
<tr><th scope="row">第1種路線</th><td>幹線町道、通学路、路線バスの運行路線</td><td>10cm以上</td><td>午前7時30分まで</td></tr>
<tr><th scope="row">第2種路線</th><td>集落内の生活道路</td><td>15cm以上</td><td>午前9時まで</td></tr>
<tr><th scope="row">第3種路線</th><td>上記以外の町道（行き止まり路線等）</td><td>20cm以上</td><td>当日中</td></tr>
<tr><th scope="row">歩道</th><td>通学路の歩道</td><td>15cm以上</td><td>午前7時まで</td></tr>
<tr><th scope="row">排雪作業</th><td>堆雪により車道の幅員が狭くなった路線</td><td>有効幅員がおおむね5.0m未満</td><td>状況に応じて随時</td></tr>
</tbody>
</table>
<p>※出動の判断は、原則として午前2時時点の積雪深により行います。降雪が続くと見込まれる場合は、基準に達していなくても出動することがあります。</p>

<h3>（2）地区別の除雪担当業者</h3>
<p>町道の除雪は、地区ごとに次の業者へ委託しています（令和7年度）。</p>
<table>
<caption>地区別除雪担当業者と除雪延長</caption>
<thead>
<tr><th scope="col" rowspan="2">地区</th><th scope="col" rowspan="2">担当業者</th><th scope="col" rowspan="2">連絡先（電話）</th><th scope="colgroup" colspan="2">除雪延長（km）</th></tr>
<tr><th scope="col">車道</th><th scope="col">歩道</th></tr>
</thead>
<tbody>
<tr><th scope="row">中央地区</th><td>白樺建設株式会社</td><td>0241-72-3301</td><td>34.2</td><td>8.6</td></tr>
<tr><th scope="row">東地区</th><td>有限会社丸岡土木</td><td>0241-72-5518</td><td>41.8</td><td>4.1</td></tr>
<tr><th scope="row">西地区</th><td>株式会社北斗組</td><td>0241-73-2026</td><td>38.5</td><td>3.9</td></tr>
<tr><th scope="row">南地区</th><td>高瀬重機工業株式会社</td><td>0241-74-1187</td><td>29.6</td><td>2.7</td></tr>
<tr><th scope="row">山手地区</th><td>株式会社峰沢建設</td><td>0241-75-0433</td><td>23.1</td><td>1.2</td></tr>
<tr><th scope="row">旭野地区</th><td>旭野地区除雪協同組合</td><td>0241-76-2210</td><td>19.2</td><td>1.2</td></tr>
</tbody>
<tfoot>
<tr><th scope="row" colspan="3">合計</th><td>186.4</td><td>21.7</td></tr>
</tfoot>
</table>
<p>※業者の連絡先は除雪作業に関する連絡用です。道路に関するご要望・苦情は建設課へお寄せください。</p>

<h2>4　主な施策</h2>
<h3>（1）流雪溝・消雪施設の整備</h3>
<p>中心市街地では流雪溝の整備と、流雪溝を利用する町内会ごとの流雪溝利用組合（7組合）による適正な投雪を進めています。坂道・交差点など危険な箇所では、地下水を利用した消雪パイプやロードヒーティングを整備しています。</p>
<table>
<caption>流雪溝・消雪施設の整備状況</caption>
<thead>
<tr><th scope="col">施設</th><th scope="col">平成27年度末<br>（計画策定時）</th><th scope="col">令和6年度末<br>（実績）</th><th scope="col">令和7年度末<br>（目標）</th></tr>
</thead>
<tbody>
<tr><th scope="row">流雪溝（延長）</th><td>12.6km</td><td>18.4km</td><td>20.0km</td></tr>
<tr><th scope="row">消雪パイプ（延長）</th><td>6.2km</td><td>9.8km</td><td>9.5km</td></tr>
<tr><th scope="row">消雪パイプ（路線数）</th><td>22路線</td><td>31路線</td><td>30路線</td></tr>
<tr><th scope="row">ロードヒーティング</th><td>7か所</td><td>12か所</td><td>12か所</td></tr>
</tbody>
</table>
<h3>（2）地域ぐるみの雪対策</h3>
<p>町内会等の除雪協力団体に小型除雪機を貸し出すとともに、65歳以上のみの世帯や障がいのある方の世帯を対象に「雪下ろし支援事業」を実施しています。また、除雪ボランティア「白樺台スノーバスターズ」の登録を募集しています。</p>
<h3>（3）雪の利活用</h3>
<p>旭野地区の雪室「旭野ゆきむろ蔵」を活用した農産物の貯蔵や、冬のイベント「しらかばだい雪あかり祭り」などを通じて、雪を地域資源として活かす取組を進めています。</p>

<h2>5　成果指標の達成状況</h2>
<table>
<caption>成果指標（基準値・目標値・実績）</caption>
<thead>
<tr><th scope="col">指標</th><th scope="col">基準値<br>（平成27年度）</th><th scope="col">目標値<br>（令和7年度）</th><th scope="col">実績<br>（令和6年度）</th><th scope="col">達成状況</th></tr>
</thead>
<tbody>
<tr><th scope="row">第1種路線の午前7時30分までの除雪完了率</th><td>82％</td><td>100％</td><td>94％</td><td>未達成</td></tr>
<tr><th scope="row">流雪溝の整備延長</th><td>12.6km</td><td>20.0km</td><td>18.4km</td><td>未達成</td></tr>
<tr><th scope="row">消雪パイプの整備延長</th><td>6.2km</td><td>9.5km</td><td>9.8km</td><td>達成</td></tr>
<tr><th scope="row">除雪協力団体数</th><td>8団体</td><td>20団体</td><td>23団体</td><td>達成</td></tr>
<tr><th scope="row">雪下ろし支援事業の利用世帯数</th><td>46世帯</td><td>120世帯</td><td>131世帯</td><td>達成</td></tr>
<tr><th scope="row">除雪・雪下ろし作業中の事故件数（年間）</th><td>5件</td><td>0件</td><td>2件</td><td>未達成</td></tr>
<tr><th scope="row">除雪ボランティアの登録者数</th><td>35人</td><td>100人</td><td>78人</td><td>未達成</td></tr>
</tbody>
</table>
<p>※実績は令和6年度末時点の数値です。令和7年度の最終実績は、次期計画の策定にあわせて公表する予定です。</p>

<h2>6　策定経過</h2>
<table>
<caption>策定経過</caption>
<thead><tr><th scope="col">年月日</th><th scope="col">内容</th></tr></thead>
<tbody>
<tr><td>平成27年6月</td><td>雪に関する町民アンケート（1,500世帯、回収率54.2％）</td></tr>
<tr><td>平成27年7月14日</td><td>第1回白樺台町雪対策検討委員会（委員12人、委員長：三浦聡 北陽工業大学教授）</td></tr>
<tr><td>平成27年10月6日</td><td>第2回白樺台町雪対策検討委員会（骨子案）</td></tr>
<tr><td>平成28年1月19日</td><td>第3回白樺台町雪対策検討委員会（計画案）</td></tr>
<tr><td>平成28年2月1日～2月29日</td><td>パブリックコメント（意見9件）</td></tr>
<tr><td>平成28年3月25日</td><td>計画策定</td></tr>
<tr><td>令和3年3月</td><td>中間見直し（成果指標の目標値を一部上方修正）</td></tr>
</tbody>
</table>

<h2>7　用語解説</h2>
<dl>
<dt>流雪溝（りゅうせつこう）</dt><dd>道路の側溝に河川水などを流し、投げ入れた雪を水の力で下流へ運ぶ施設。</dd>
<dt>消雪パイプ</dt><dd>道路に埋設したパイプのノズルから地下水を散水し、路面の雪を融かす施設。</dd>
<dt>ロードヒーティング</dt><dd>路面の下に設置した電熱線や温水管で路面を温め、雪を融かす施設。</dd>
<dt>排雪</dt><dd>道路脇に積み上げられた雪をダンプトラック等で雪捨て場へ運び出す作業。</dd>
<dt>雪室（ゆきむろ）</dt><dd>雪を断熱材で覆った貯蔵庫。低温・高湿度で農産物を貯蔵できる。</dd>
<dt>特別豪雪地帯</dt><dd>豪雪地帯対策特別措置法に基づき、積雪が特に甚だしく住民の生活に著しい支障が生じる地域として指定された地域。</dd>
</dl>

<h2>関連ファイル</h2>
<ul class="objectlink">
<li class="pdf"><a href="/material/files/group/12/yukitaisaku_honpen.pdf">白樺台町雪対策基本計画（本編）（PDF：3.1MB）</a></li>
<li class="pdf"><a href="/material/files/group/12/yukitaisaku_gaiyo.pdf">白樺台町雪対策基本計画（概要版）（PDF：850KB）</a></li>
<li class="pdf"><a href="/material/files/group/12/yukitaisaku_minaoshi.pdf">白樺台町雪対策基本計画 中間見直し（PDF：1.2MB）</a></li>
</ul>
<div class="plugin"><p>PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。</p></div>

<div id="tmp_inquiry">
<div id="tmp_inquiry_ttl"><p>このページに関するお問い合わせ</p></div>
<div id="tmp_inquiry_cnt">
<p>建設課　維持管理係<br>
〒969-5381　北陽県白樺台町大字本町12番地<br>
電話：0241-72-2114　ファクス：0241-72-2190<br>
冬期除雪対策本部（12月1日～3月31日設置）　電話：0241-72-2199<br>
<a href="/form/inquiry.html?id=12">メールでのお問い合わせはこちら</a></p>
</div>
</div>
</div>
</main>
<aside id="tmp_lnavi">
<div id="tmp_lnavi_ttl"><p>道路・除雪</p></div>
<ul>
<li><a href="/kurashi/doro/josetsu_info.html">除雪情報</a></li>
<li><a href="/kurashi/doro/yukisute.html">雪捨て場について</a></li>
<li><a href="/kurashi/doro/ryusetsuko.html">流雪溝の使い方</a></li>
<li><a href="/kurashi/doro/index.html">道路・除雪の一覧</a></li>
</ul>
</aside>
</div>
<footer id="tmp_footer">
<div class="container">
<p class="f_name">白樺台町役場</p>
<address>〒969-5381　北陽県白樺台町大字本町12番地　電話：0241-72-2111（代表）　ファクス：0241-72-2100<br>
開庁時間：月曜日から金曜日の午前8時30分から午後5時15分まで（祝日・休日、年末年始を除く）</address>
<ul class="f_links"><li><a href="/about/privacy.html">個人情報の取扱い</a></li><li><a href="/about/accessibility.html">ウェブアクセシビリティ</a></li><li><a href="/about/link.html">リンク・著作権・免責事項</a></li></ul>
<p class="copyright">Copyright &copy; Shirakabadai Town. All Rights Reserved.</p>
</div>
</footer>
</div>
</body>
</html>
"""


def write_html(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(HTML)


def write(directory: str) -> None:
    os.makedirs(directory, exist_ok=True)
    write_xlsx(os.path.join(directory, XLSX_NAME))
    write_pdf(os.path.join(directory, PDF_NAME))
    write_html(os.path.join(directory, HTML_NAME))


if __name__ == "__main__":
    write(sys.argv[1])
