"""The parser turns each messy plan document into sections, paragraphs and header-carrying rows."""

import pytest

from index.parse import clean_cell, parse_document

SEP = " › "


@pytest.fixture(scope="module")
def parsed(documents):
    return {name: parse_document(d.text, d.file, d.title) for name, d in documents.items()}


def section(doc, *suffix):
    """The one section whose path ends with the given titles."""
    found = [s for s in doc.sections if s.path[-len(suffix):] == suffix]
    assert len(found) == 1, [SEP.join(s.path) for s in doc.sections if s.path[-1:] == suffix[-1:]]
    return found[0]


def all_text(doc):
    return "\n".join(b.text for s in doc.sections for b in s.blocks)


# --- 第3次一関市協働推進計画 (markdown-like, tab tables, HTML in cells)


def test_kyodo_definitions_sit_under_the_glossary_section(parsed):
    doc = parsed["kyodo-suishin-keikaku-3.md"]
    term = section(doc, "4 用語の定義", "(3) 地域協働体")
    assert term.path[0] == "第1章 第3次一関市協働推進計画の基本的事項"
    assert term.blocks[0].text.startswith("一定の区域")
    assert (term.blocks[0].start_line, term.blocks[0].end_line) == (95, 95)


def test_kyodo_indicator_rows_keep_their_header(parsed):
    doc = parsed["kyodo-suishin-keikaku-3.md"]
    row = next(b for s in doc.sections for b in s.blocks if "チーム会議の開催数" in b.text and b.kind == "row")
    cells = dict(row.cells)
    assert cells["単位"] == "回"
    assert cells["現状 (令和4年度)"] == "125"
    assert cells["目標 (令和10年度)"] == "170"
    assert row.start_line == 573


def test_kyodo_organisation_rows_inherit_the_area_from_the_row_above(parsed):
    doc = parsed["kyodo-suishin-keikaku-3.md"]
    rows = [b for b in section(doc, "資料 1 地域協働体の設立状況").blocks if b.kind == "row"]
    assert len(rows) == 33
    surusawa = dict(next(r for r in rows if "摺沢振興会" in r.text).cells)
    assert surusawa["地域"] == "大東"
    assert surusawa["市民センターエリア"] == "摺沢"  # "市 民 センター エ リ ア" rejoined
    assert surusawa["設立年月日"] == "H26. 8. 28"


def test_kyodo_two_line_records_keep_their_second_line(parsed):
    doc = parsed["kyodo-suishin-keikaku-3.md"]
    rows = [b for b in section(doc, "資料4 計画策定の経緯").blocks if b.kind == "row"]
    first = dict(rows[0].cells)
    assert first["会議等名"] == "令和5年度第1回一関市協働推進会議"
    assert first["主な内容"] == "・第3次計画(案)の策定について"
    assert (rows[0].start_line, rows[0].end_line) == (1004, 1005)


def test_kyodo_html_fragments_are_stripped_from_cells(parsed):
    text = all_text(parsed["kyodo-suishin-keikaku-3.md"])
    assert "<p>" not in text and "<ul" not in text
    assert "地域協働体の職員に対して" in text


def test_kyodo_table_of_contents_is_dropped_but_chapters_remain(parsed):
    doc = parsed["kyodo-suishin-keikaku-3.md"]
    assert not any(b.start_line < 48 and "計画策定の背景" in b.text for s in doc.sections for b in s.blocks)
    assert section(doc, "1 計画策定の背景と目的").start_line == 51


def test_kyodo_projects_are_sections_with_their_year_plan(parsed):
    doc = parsed["kyodo-suishin-keikaku-3.md"]
    project = section(doc, "事業4 地域運営への参画の促進 新規")
    assert "基本方針1 協働のための人づくり" in project.path
    assert any("検討 | 実施" in b.text for b in project.blocks)


# --- 第3次一関・平泉定住自立圏共生ビジョン (hard line breaks, page numbers, space tables)


def test_teiju_words_split_across_lines_are_rejoined(parsed):
    text = all_text(parsed["teiju-jiritsuken-vision-3.txt"])
    assert "一関・平泉バルーンフェスティバル事業" in text
    assert "バルーンフェスティバ\n" not in text


def test_teiju_sentences_broken_by_the_page_width_are_one_paragraph(parsed):
    doc = parsed["teiju-jiritsuken-vision-3.txt"]
    target = section(doc, "(3)圏域の中長期的な将来人口、高齢化率の目標")
    paragraph = next(b for b in target.blocks if "2028" in b.text)
    assert "2028年(令和10年)の目標は、人口107,400人程度、高齢化率39.5%程度とする。" in paragraph.text
    assert (paragraph.start_line, paragraph.end_line) == (291, 293)


def test_teiju_space_separated_table_rows_carry_their_header(parsed):
    doc = parsed["teiju-jiritsuken-vision-3.txt"]
    row = next(b for s in doc.sections for b in s.blocks if b.kind == "row" and "1,256.42" in b.text)
    assert dict(row.cells) == {"区分": "面積", "一関市": "1,256.42", "平泉町": "63.39", "圏域合計": "1,319.81"}


def test_teiju_page_numbers_and_repeated_footers_are_dropped(parsed):
    doc = parsed["teiju-jiritsuken-vision-3.txt"]
    blocks = [b for s in doc.sections for b in s.blocks]
    assert not any(b.text.strip() in {"10", "12", "14"} for b in blocks)
    assert sum("事業費は、現時点での連携市町" in b.text for b in blocks) == 1


def test_teiju_roman_and_bracket_headings_nest(parsed):
    doc = parsed["teiju-jiritsuken-vision-3.txt"]
    agreement = section(doc, "(1)医療", "① 地域保健医療体制の充実", "【協定の内容】")
    assert agreement.path[0] == "Ⅳ 定住自立圏形成協定に基づき推進する具体的な取組"


# --- 基本構想, 後期基本計画, 2006-2015 概要


def test_kihon_chapter_goals_are_numbered_subsections(parsed):
    doc = parsed["kihon-koso-2016-2025.txt"]
    goal = section(doc, "第3章 将来像を実現するためのまちづくりの目標", "1 地域資源をみがき生かせる魅力あるまち")
    assert goal.blocks
    intro = section(doc, "序章")
    assert "この基本構想は、平成 28 年度(2016 年度)を初年度とし" in intro.blocks[-1].text


def test_kouki_terms_stay_under_their_policy_and_running_heads_merge(parsed):
    doc = parsed["kouki-kihon-keikaku-2021-2025.txt"]
    transport = section(doc, "2-3 公共交通")
    assert any("デマンド型乗合タクシー" in b.text for b in transport.blocks)
    assert sum(s.path[-1:] == ("第3章 市のすがた",) for s in doc.sections) == 1


def test_sogo_markdown_emphasis_is_removed(parsed):
    doc = parsed["sogo-keikaku-2006-2015-gaiyo.md"]
    goals = section(doc, "【まちづくりの目標】")
    assert goals.blocks[0].text == "1. 地域資源を生み育て賑わいと活力あふれるまちづくり"


# --- hand-made documents of the same shapes


def test_a_revised_plan_of_the_same_shape_parses_the_same_way():
    text = "\n".join([
        "第1章 計画の基本",
        "",
        "1 用語の定義",
        "",
        "(1) 協働",
        "",
        "市民と行政が協力して行動すること。",
        "",
        "2 成果指標",
        "",
        "指標",
        "",
        "指標\t\t単位\t現状 (令和7年度)\t目標 (令和12年度)",
        "1\t集会所の利用者数\t人\t1,200\t1,500",
        "2\t講座の開催数\t回\t40\t55",
    ])
    doc = parse_document(text, "revised.md", "改訂計画")
    term = section(doc, "1 用語の定義", "(1) 協働")
    assert term.blocks[0].text == "市民と行政が協力して行動すること。"
    rows = [b for s in doc.sections for b in s.blocks if b.kind == "row"]
    assert dict(rows[1].cells) == {
        "指標": "2 講座の開催数", "単位": "回", "現状 (令和7年度)": "40", "目標 (令和12年度)": "55"
    }
    assert section(doc, "2 成果指標", "指標").blocks == rows


def test_a_long_list_of_numbered_lines_is_a_list_not_headings():
    text = "第1章 事業\n\n" + "\n\n".join(f"{i} 事業その{i}" for i in range(1, 6)) + "\n\n1 本当の見出し\n\n本文です。"
    doc = parse_document(text, "x.txt", "X")
    assert [s.path for s in doc.sections] == [("第1章 事業",), ("第1章 事業", "1 本当の見出し")]


def test_spaced_out_cell_characters_are_rejoined_but_item_separators_stay():
    assert clean_cell("市 民 センター エ リ ア") == "市民センターエリア"
    assert clean_cell("検討会議設置 専任教員支援員の配置") == "検討会議設置 専任教員支援員の配置"
    assert clean_cell("<p>○研修</p> <p>○講座</p>") == "○研修 ○講座"


WEB_PAGE = """ホーム > 町政情報 > 計画
<h2>町の将来像</h2>
<p>「海と森がつながるまち」</p>
<h2>将来人口の目標</h2>
<table>
<tr><th>年</th><th>推計人口</th><th>目標人口</th></tr>
<tr><td>2030年</td><td>9,200人</td><td>9,800人</td></tr>
</table>
<ol>
<li>健康なまち</li>
<li>学びのまち</li>
</ol>
<dl>
<dt>地域運営組織</dt><dd>住民が地域の課題を解決する組織のこと。</dd>
</dl>
"""


def test_a_saved_web_page_keeps_its_headings_tables_lists_and_line_numbers():
    doc = parse_document(WEB_PAGE, "page.txt", "白鷺町基本構想")
    by_title = {s.title: s for s in doc.sections}
    assert by_title["町の将来像"].blocks[0].text == "「海と森がつながるまち」"
    [row] = [b for b in by_title["将来人口の目標"].blocks if b.kind == "row"]
    assert dict(row.cells)["目標人口"] == "9,800人" and row.start_line == 7
    texts = [b.text for s in doc.sections for b in s.blocks]
    assert "1. 健康なまち" in texts and "地域運営組織:住民が地域の課題を解決する組織のこと。" in texts


def test_columns_kept_apart_by_wide_gaps_are_a_table_with_names_whole():
    text = "委員名簿\n  役職       氏名           所属\n  委員長     大和田 誠       桜川商工会\n  委員       小松 由美子     桜川大学\n"
    [section] = [s for s in parse_document(text, "m.txt", "計画").sections if s.blocks]
    rows = [dict(b.cells) for b in section.blocks if b.kind == "row"]
    assert rows == [{"役職": "委員長", "氏名": "大和田誠", "所属": "桜川商工会"},
                    {"役職": "委員", "氏名": "小松 由美子", "所属": "桜川大学"}]


def test_a_cell_wrapped_onto_its_own_line_stays_in_its_row_and_column():
    text = ("相談窓口\n"
            "  センター名               担当地区        所在地            電話番号\n"
            "  中央包括支援センター     中央・松風      本町2丁目5-1      0478-22-3151\n"
            "                                           （福祉センター内）\n"
            "  東部包括支援センター     東浜・小鷺      東浜町4-18        0478-25-6620\n"
            "  西部包括支援センター     西汐            西汐1丁目30-2     0478-31-8802\n")
    [section] = [s for s in parse_document(text, "w.txt", "計画").sections if s.blocks]
    rows = [dict(b.cells) for b in section.blocks if b.kind == "row"]
    assert len(rows) == 3 and rows[0]["所在地"] == "本町2丁目5-1(福祉センター内)" and rows[0]["電話番号"] == "0478-22-3151"
    assert rows[1]["所在地"] == "東浜町4-18"


def test_a_lone_item_under_a_row_is_a_row_of_its_own_not_a_wrapped_cell():
    text = ("体系\n基本目標\t施策\n1 人づくり\t(1) 福祉教育\n\t(2) 担い手の育成\n2 仕組みづくり\t(1) 見守り\n")
    [section] = [s for s in parse_document(text, "t.txt", "計画").sections if s.blocks]
    assert [dict(b.cells)["施策"] for b in section.blocks if b.kind == "row"] == ["(1) 福祉教育", "(2) 担い手の育成", "(1) 見守り"]


def test_dashed_page_numbers_are_not_text():
    doc = parse_document("1 目的\n本計画は町の将来を定める。\n                - 3 -\n", "p.txt", "計画")
    assert [b.text for s in doc.sections for b in s.blocks] == ["本計画は町の将来を定める。"]


def test_sections_numbered_by_setsu_and_box_drawn_tables():
    text = ("第1節 計画の目標\n┌────┬────┬────┐\n│指標  │R4実績│R8目標│\n├────┼────┼────┤\n"
            "│参加者数│210人 │300人 │\n└────┴────┴────┘\n第2節 保険料\n基準額は月額6,200円とします。\n")
    doc = parse_document(text, "b.txt", "青葉町計画")
    by_title = {s.title: s for s in doc.sections}
    [row] = [b for b in by_title["第1節 計画の目標"].blocks if b.kind == "row"]
    assert dict(row.cells) == {"指標": "参加者数", "R4実績": "210人", "R8目標": "300人"}
    assert by_title["第2節 保険料"].blocks[0].text == "基準額は月額6,200円とします。"


def test_a_rotated_first_column_printed_after_its_table_labels_each_group_of_rows():
    text = "\n".join([
        "1 将来推計人口",
        "",
        "年 2020年 2030年 増減率",
        "市町 (R2年) (R12年) R2比",
        "0～14歳 900 700 ▲ 22.2",
        "合計 7,000 6,000 ▲ 14.3",
        "0～14歳 400 300 ▲ 25.0",
        "合計 3,000 2,500 ▲ 16.7",
        "",
        "浜町",
        "",
        "森村",
        "",
        "2 次の章",
    ])
    doc = parse_document(text, "pop.txt", "人口ビジョン")
    rows = [b for s in doc.sections for b in s.blocks if b.kind == "row"]
    assert [r.cells[0][1] for r in rows] == ["浜町 0~14歳", "浜町 合計", "森村 0~14歳", "森村 合計"]
    assert rows[0].cells[1] == ("2020年 (R2年)", "900")  # the second header line joins the first
    texts = [b.text for s in doc.sections for b in s.blocks if b.kind == "text"]
    assert "浜町" not in texts and "森村" not in texts


# --- layouts of real conversions (hand-made or converted alike)

CONVERTED = "\n".join([
    "ホーム > くらし > 福祉 > 地域福祉計画",
    "copied!",
    "目次",
    "第1章 計画の概要 ………………………… 1",
    "1 計画の趣旨 ……………… 2",
    "第2章 現状 …………………… 5",
    "",
    "第1章 計画の概要 1 計画の趣旨 本計画は市の福祉の方針を定めるものです。地域のつながりを強めます。 "
    "2 計画の期間 本計画の期間は令和7年度から令和11年度までの5年間です。 第2章 現状 市内の人口は1 3 ,0 0 0人で、"
    "高齢化率は3 4 . 5 %です。",
    "目標",
    "12団体",
    "ページの先頭へ",
    "ページ番号1003456 更新日：2025年4月1日",
])


@pytest.fixture(scope="module")
def converted():
    return parse_document(CONVERTED, "c.txt", "C")


def test_headings_inside_a_long_line_open_their_sections(converted):
    assert [s.path for s in converted.sections] == [
        ("第1章 計画の概要",), ("第1章 計画の概要", "1 計画の趣旨"), ("第1章 計画の概要", "2 計画の期間"), ("第2章 現状",)]
    period = converted.sections[2]
    assert period.blocks[0].text == "本計画の期間は令和7年度から令和11年度までの5年間です。"
    assert period.blocks[0].start_line == 8  # still the source line the chapter sits on


def test_digits_spaced_out_inside_numbers_are_rejoined(converted):
    assert converted.sections[3].blocks[0].text == "市内の人口は13,000人で、高齢化率は34.5%です。"


def test_a_label_and_its_value_on_the_next_line_are_one_statement(converted):
    assert converted.sections[3].blocks[1].text == "目標:12団体"


def test_dotted_contents_and_site_debris_are_dropped(converted):
    text = all_text(converted)
    for debris in ("ホーム", "copied", "目次", "……", "...", "ページの先頭へ", "ページ番号", "更新日"):
        assert debris not in text
    assert len(converted.sections[3].blocks) == 2


def test_a_space_table_keeps_its_single_digit_columns():
    doc = parse_document("地区別\n\n地区 男 女 計\n東部 1 2 3\n西部 4 5 9\n", "t.txt", "T")
    rows = [dict(b.cells) for s in doc.sections for b in s.blocks if b.kind == "row"]
    assert rows[0]["計"] == "3"


def test_rows_under_a_blank_grouping_cell_take_its_group_and_a_grand_total_none():
    text = ("懇談会の開催状況\n\nNo.\t地域\t会場\t参加者数\n1\t東\t東会館\t20\n2\t\t東小学校\t15\n"
            "3\t西\t西会館\t9\n4\t\t西小学校\t6\n合計\t\t\t50\n")
    rows = [dict(b.cells) for s in parse_document(text, "t.txt", "T").sections for b in s.blocks if b.kind == "row"]
    assert [r.get("地域") for r in rows] == ["東", "東", "西", "西", ""]
    assert rows[-1]["参加者数"] == "50"


def test_label_lines_stay_apart():
    doc = parse_document("# 計画の概要\n\n計画期間：令和5年度～令和14年度\n担当：環境政策課\n", "k.txt", "K")
    assert [b.text for b in doc.sections[0].blocks] == ["計画期間:令和5年度~令和14年度", "担当:環境政策課"]


def test_a_first_row_written_like_the_rows_below_is_data_and_a_header_repeated_on_the_next_page_is_dropped():
    text = ("# 2 地区の拠点\n"
            "地区\t人口\t相談窓口\t電話番号\n"
            "中央地区\t18,40 6\t保健センター\t0193-52-3110\n"
            "東原地区\t9,872\t東原サポートセンター\t0193-56-2241\n"
            "<!-- page 6 printed 4 -->\n"
            "地区\t人口\t相談窓口\t電話番号\n"
            "北沢地区\t3,215\t北沢地区センター\t0193-63-7702\n")
    doc = parse_document(text, "x.txt", "X")
    rows = [b for s in doc.sections for b in s.blocks if b.kind == "row"]
    assert [dict(b.cells)["地区"] for b in rows] == ["中央地区", "東原地区", "北沢地区"]
    assert dict(rows[0].cells)["電話番号"] == "0193-52-3110"


def test_rows_grouped_under_headings_of_their_own_take_the_two_line_header_above_them():
    text = ("# KPI進捗\n"
            "No.\t指標\t基準値\t基準値\t目標値\t目標値\t達成状況\n"
            "No.\t指標\t年度\t値\t年度\t値\t達成状況\n"
            "\n"
            "基本目標1　しごとをつくる\n"
            "\n"
            "1\t新規創業件数\t平成30年度\t14\t令和6年度\t20\t達成\n"
            "2\t新規就農者数\t平成30年度\t0\t令和6年度\t25\n"
            "\n"
            "基本目標2　ひとの流れ\n"
            "\n"
            "3\t移住相談件数\t平成30年度\t58\t令和6年度\t120\t達成\n")
    doc = parse_document(text, "x.txt", "X")
    rows = [b for s in doc.sections for b in s.blocks if b.kind == "row"]
    assert [dict(b.cells)["指標"] for b in rows] == ["新規創業件数", "新規就農者数", "移住相談件数"]
    assert dict(rows[2].cells)["目標値 値"] == "120" and dict(rows[0].cells)["基準値 年度"] == "平成30年度"
    assert len({b.table for b in rows}) == 1  # one table, so counting and ranking see every group's rows


def test_a_header_alone_that_no_table_continues_stays_a_row_where_it_stood():
    doc = parse_document("# 満足度\na. 満足\tb. 普通\tc. 不満\n\n本文です。\n", "x.txt", "X")
    blocks = doc.sections[-1].blocks
    assert [b.kind for b in blocks] == ["row", "text"]
