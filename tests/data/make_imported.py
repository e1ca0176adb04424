"""The invented plans of `import-dev`, as their cities would publish them: a PDF, a Word file, an Excel
indicator sheet (the web page is `imported/nanasegawa-kotsu.html` itself).

Kept as code, not as binaries: `planbot eval` runs `write(directory)` into the suite's corpus, and the
converter tests draw from the same functions. The PDF is drawn character by character in shuffled
order (tests/pdfgen.py), with running heads, page-number footers, a fake-bold heading, two columns,
a ruled indicator table with a vertical merged label, an unruled table, 均等割り付け and a vertical page.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PDF = "wakabadai-chiiki-fukushi.pdf"
DOCX = "otowahama-kanko.docx"
XLSX = "kirigaoka-kankyo-shihyo.xlsx"

HEAD = "若葉台市第2期地域福祉計画"


def _frame(page, printed: int) -> None:
    """The running head and the page-number footer every inner page carries."""
    from tests.pdfgen import WIDTH

    page.text(60, 28, HEAD, 8)
    page.text(WIDTH - 60 - 8 * 6, 28, "第2期計画", 8)
    page.text(WIDTH / 2 - 12, 805, f"- {printed} -", 9)


def welfare_pdf(path: Path, seed: int = 7) -> Path:
    """若葉台市第2期地域福祉計画: six pages in the layouts real plan PDFs have."""
    from tests.pdfgen import Document, ruled_table

    doc = Document()
    cover = doc.page()
    cover.text(120, 250, "若葉台市第2期地域福祉計画", 22)
    cover.text(140, 300, "～みんなで支え合う　ぬくもりのまち　わかばだい～", 12)
    cover.text(250, 600, "令和7年3月", 14)
    cover.text(262, 630, "若葉台市", 14)

    preface = doc.page()  # vertical writing, read right to left
    _frame(preface, 1)
    x = 500
    for column in ["はじめに",
                   "このたび、市民の皆様とともに第２期地域福祉計画を策定しました。",
                   "本計画では「みんなで支え合う　ぬくもりのまち　わかばだい」を基本理念に掲げ、",
                   "誰もが住み慣れた地域で安心して暮らせるまちを目指します。",
                   "令和七年三月　若葉台市長　森川　和彦"]:
        preface.vertical(x, 90, column, 12)
        x -= 30

    p = doc.page()
    _frame(p, 2)
    p.text(60, 80, "第1章　計画の概要", 15, bold=True)
    p.text(60, 120, "1　計画策定の趣旨", 12)
    y = p.paragraph(72, 145, 460, "少子高齢化や単身世帯の増加により、地域のつながりが弱まっています。本計画は、社会福祉法"
                    "第107条に基づく市町村地域福祉計画として、地域共生社会※1の実現に向けた取組を定めるものです。")
    p.text(60, y + 12, "2　計画の期間", 12)
    y = p.paragraph(72, y + 37, 460, "第1期計画は平成30年度から令和6年度までの7年間、地域の支え合いの仕組みづくりに取り"
                    "組んできました。本計画の期間は、令和7年度から令和11年度までの5年間とします。")
    p.text(60, y + 12, "3　計画の位置づけ", 12)
    for k, (label, value) in enumerate([("計画の名称", "若葉台市第2期地域福祉計画"), ("策定年月", "令和7年3月"),
                                        ("所管", "保健福祉部　福祉総務課")]):
        p.spread(72, y + 40 + 22 * k, label, 62)
        p.text(146, y + 40 + 22 * k, value)

    p = doc.page()  # two columns under a heading across both
    _frame(p, 3)
    p.text(60, 80, "第2章　地域の現状", 15)
    p.text(60, 120, "1　人口と世帯", 12)
    left = ("令和6年10月1日現在の人口は48,215人、世帯数は21,530世帯です。65歳以上の高齢者は15,912人で、"
            "高齢化率は33.0％となっています。ひとり暮らしの高齢者は3,870人で、10年前の1.4倍に増えました。")
    y = p.paragraph(60, 145, 220, left)
    p.text(60, y + 10, "2　地域の支え手", 12)
    p.paragraph(60, y + 35, 220, "民生委員・児童委員は市内に62人が委嘱され、見守りや相談に当たっています。")
    p.text(310, 120, "3　ふれあいサロン", 12)
    y = p.paragraph(310, 145, 220, "高齢者が歩いて通える集いの場として、ふれあいサロンが市内38か所で開かれ、"
                    "令和5年度は年間延べ9,860人が参加しました。")
    p.text(310, y + 10, "4　ボランティア", 12)
    p.paragraph(310, y + 35, 220, "市社会福祉協議会のボランティアセンターには、112団体、個人1,240人が登録しています。")

    p = doc.page()  # a ruled table with a vertical merged label; an unruled table
    _frame(p, 4)
    p.text(60, 80, "第3章　成果指標", 15)
    p.paragraph(60, 115, 470, "計画の進み具合を、次の指標で毎年度確かめます。")
    rows = [["区分", "指標名", "単位", "現状値（令和5年度）", "目標値（令和11年度）"],
            ["成果指標", "見守りネットワーク協力事業所数", "事業所", "86", "120"],
            ["", "ふれあいサロンの開催か所数", "か所", "38", "50"],
            ["", "地域福祉の活動に参加したことのある市民の割合", "％", "24.5", "35.0"],
            ["", "権利擁護センターの相談件数", "件", "312", "450"]]
    bottom = ruled_table(p, 50, 150, [26, 215, 38, 102, 102], rows, merged={(1, 0): 4}, vertical={(1, 0)})
    p.text(60, bottom + 40, "1　地区別のふれあいサロン", 12)
    for k, row in enumerate([("地区", "サロン数", "参加者数（延べ）"), ("中央地区", "12", "3,420"),
                             ("東部地区", "9", "2,180"), ("西部地区", "10", "2,560"), ("北部地区", "7", "1,700")]):
        for x, cell in zip((72, 200, 320), row, strict=True):
            p.text(x, bottom + 70 + 20 * k, cell)

    p = doc.page()
    _frame(p, 5)
    p.text(60, 80, "第4章　推進体制", 15)
    y = p.paragraph(60, 115, 470, "計画の推進にあたっては、若葉台市地域福祉推進委員会（委員15名）が毎年度、"
                    "指標の進み具合を点検し、結果を市のホームページで公表します。権利擁護※2に関する相談は、"
                    "権利擁護センターが受け付けます。")
    notes = ["※1　地域共生社会：制度や分野ごとの「縦割り」や「支え手」「受け手」という関係を超えて、"
             "住民が世代や分野を超えてつながり、支え合う社会のことです。",
             "※2　権利擁護：判断能力が十分でない人の権利や財産を守り、本人に代わって意思決定を支えることです。",
             "※　見守りネットワーク：新聞販売店や宅配事業者などが、日常業務の中で住民の異変に気付いたときに"
             "市へ知らせる仕組みのことです。"]
    y += 20
    for note in notes:
        y = p.paragraph(60, y, 470, note, 9) + 6
    p.text(60, y + 30, "問い合わせ先", 11)
    p.text(60, y + 52, "若葉台市　保健福祉部　福祉総務課")
    p.text(60, y + 72, "〒999-8100　若葉台市中央一丁目1番1号")
    p.text(60, y + 92, "電話　0299-55-1111（内線 2315）　FAX　0299-55-1190")
    return doc.save(path, seed)


def tourism_docx(path: Path) -> Path:
    """音羽浜町第2次観光振興計画: Word headings, bullets, tables with cells merged across and down."""
    from docx import Document as Word

    doc = Word()
    doc.add_heading("音羽浜町第2次観光振興計画", 0)
    doc.add_heading("第1章　計画の策定にあたって", 1)
    doc.add_heading("1　計画の目的", 2)
    doc.add_paragraph("本計画は、音羽浜町の豊かな海と温泉を生かし、観光で地域経済を元気にするための方針を定めるものです。")
    doc.add_heading("2　計画期間", 2)
    doc.add_paragraph("計画期間は、令和8年度から令和12年度までの5年間とします。")
    doc.add_heading("第2章　観光の現状", 1)
    doc.add_paragraph("令和6年の観光入込客数は延べ412,000人で、そのうち宿泊客数は58,300人でした。"
                      "外国人宿泊客数は4,120人と、5年前の約3倍になっています。")
    doc.add_paragraph("主な観光施設の入込客数は次のとおりです。")
    table = doc.add_table(rows=5, cols=3)
    table.style = "Table Grid"
    table.cell(0, 0).merge(table.cell(1, 0)).text = "施設名"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "入込客数（人）"
    table.cell(1, 1).text, table.cell(1, 2).text = "令和2年", "令和6年"
    for r, row in enumerate([("音羽浜海水浴場", "85,000", "121,000"), ("なぎさ温泉センター", "96,500", "104,300"),
                             ("鳴き砂の浜遊歩道", "23,400", "40,800")], start=2):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    doc.add_heading("第3章　基本方針と施策", 1)
    doc.add_heading("基本方針1　海の魅力を磨く", 2)
    doc.add_paragraph("海水浴場のブルーフラッグ認証の取得を目指します。", style="List Bullet")
    doc.add_paragraph("マリンスポーツ体験を充実させます。", style="List Bullet")
    doc.add_heading("基本方針2　温泉と食で人を呼ぶ", 2)
    doc.add_paragraph("「音羽浜かき小屋」を通年営業にします。", style="List Bullet")
    doc.add_paragraph("温泉街の空き店舗を活用した食べ歩きの場をつくります。", style="List Bullet")
    doc.add_heading("基本方針3　おもてなしの人づくり", 2)
    doc.add_paragraph("観光ボランティアガイドを、現在の18人から30人に増やします。")
    doc.add_heading("第4章　数値目標", 1)
    table = doc.add_table(rows=4, cols=4)
    table.style = "Table Grid"
    for c, label in enumerate(["区分", "指標", "現状値（令和6年）", "目標値（令和12年）"]):
        table.cell(0, c).text = label
    table.cell(1, 0).merge(table.cell(2, 0)).text = "観光客"
    for r, row in enumerate([("観光入込客数", "412,000人", "480,000人"), ("宿泊客数", "58,300人", "70,000人")], start=1):
        for c, value in enumerate(row, start=1):
            table.cell(r, c).text = value
    for c, value in enumerate(["満足度", "観光客の満足度（「満足」と答えた割合）", "68％", "80％"]):
        table.cell(3, c).text = value
    doc.add_heading("用語の説明", 1)
    doc.add_paragraph("ブルーフラッグ：きれいな海や砂浜、安全な環境が守られている海水浴場に与えられる国際的な認証のことです。")
    doc.add_paragraph("鳴き砂：踏むと「キュッキュッ」と音がする砂のことで、きれいな海岸にしか見られないものです。")
    doc.add_paragraph("問い合わせ先：音羽浜町　産業振興課　観光係")
    doc.add_paragraph("電話 0470-62-3111（内線 241）")
    doc.save(str(path))
    return path


def environment_xlsx(path: Path) -> Path:
    """桐ヶ丘市第2次環境基本計画の指標シート: merged title and headers, goals merged down the first column."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "成果指標"
    sheet["A1"] = "桐ヶ丘市第2次環境基本計画　成果指標の進捗（令和6年度末）"
    sheet.merge_cells("A1:F1")
    sheet.append(["基本目標", "指標名", "単位", "数値", None, None])
    sheet.append([None, None, None, "基準値（令和3年度）", "実績値（令和6年度）", "目標値（令和14年度）"])
    for cells in ("A2:A3", "B2:B3", "C2:C3", "D2:F2"):
        sheet.merge_cells(cells)
    rows = [("脱炭素", "市域の温室効果ガス排出量", "千t-CO2", 512, 468, 358),
            (None, "公共施設の太陽光発電設備", "か所", 14, 21, 40),
            (None, "電気自動車の充電設備", "基", 9, 17, 30),
            ("循環", "1人1日あたりのごみ排出量", "g", 905, 872, 800),
            (None, "リサイクル率", "%", 18.2, 19.5, 25.0),
            ("自然", "市民の森の年間利用者数", "人", 23400, 26100, 30000),
            (None, "ホタルが見られる水辺", "か所", 6, 8, 12)]
    for row in rows:
        sheet.append(list(row))
    for cells in ("A4:A6", "A7:A8", "A9:A10"):
        sheet.merge_cells(cells)
    for row in sheet.iter_rows(min_row=9, max_row=9, min_col=4, max_col=6):
        for cell in row:
            cell.number_format = "#,##0"
    sheet.append([])
    sheet.append(["※ 実績値は令和7年6月に集計したものです。"])
    about = book.create_sheet("計画の概要")
    for row in [("計画名", "桐ヶ丘市第2次環境基本計画"), ("計画期間", "令和5年度～令和14年度"),
                ("望ましい環境像", "水と緑と人が響きあう　桐ヶ丘"),
                ("担当", "桐ヶ丘市　市民環境部　環境政策課（電話 0467-33-2110）")]:
        about.append(list(row))
    book.save(str(path))
    return path


def write(directory: Path) -> list[Path]:
    """Write the binary plans of the suite into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    return [welfare_pdf(directory / PDF), tourism_docx(directory / DOCX), environment_xlsx(directory / XLSX)]


if __name__ == "__main__":
    for written in write(Path(sys.argv[1] if len(sys.argv) > 1 else ".")):
        print(written)
