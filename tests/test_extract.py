"""Every extractor, on small plans written here in the layouts plans come in (a revision, other cities' styles)."""

import pytest

from bot.templates import indicator_figures
from index.corpus import DirectoryColumns
from index.extract.contacts import extract_offices
from index.extract.directory import extract_organisations
from index.extract.events import extract_events
from index.extract.indicators import extract_indicators
from index.extract.periods import extract_periods
from index.extract.projects import extract_projects
from index.extract.targets import extract_targets
from index.extract.terms import extract_terms
from index.parse import parse_document

COLUMNS = DirectoryColumns(name=("団体名",), founded=("設立",), area=("地域",), centre=("エリア",), managed=("指定管理",))

# --- hand-made documents of the same shapes: a revised plan yields its own facts

REVISED = "\n".join([
    "第1章 基本的事項",
    "",
    "1 計画の期間",
    "",
    "本計画は、令和11年度から令和15年度までの5年間とします。",
    "",
    "2 用語の定義",
    "",
    "(1) 地域運営組織",
    "",
    "地域の課題を住民が話し合って解決する組織。",
    "",
    "第2章 取組",
    "",
    "事業1\t見守り活動の推進\t新規\t\t\t",
    "内容\t○高齢者世帯の見守りを行います。\t実施年度\t\t\t",
    "\t\t11年度\t12年度\t13年度",
    "\t\t検討\t実施\t→",
    "",
    "指標",
    "",
    "指標\t\t単位\t現状 (令和9年度)\t目標 (令和15年度)",
    "1\t見守り訪問件数\t件\t120\t300",
    "",
    "資料1 団体一覧",
    "",
    "地域\tNo.\t市民センターエリア\t団体名\t設立年月日\t指定管理",
    "北部\t1\t上町\t上町みらい会\tR2. 5. 1\tR4. 4. 1~",
    "\t2\t下町\t下町の会\tR3. 6. 1\t",
    "",
    "資料2 会議の経過",
    "",
    "No.\t日時\t会議等名\t出席者数",
    "1\t令和10年6月1日(木)\t第1回検討会議\t12人",
    "",
    "お問い合わせ",
    "",
    "北部市役所 地域づくり課",
    "",
    "〒000-0000 岩手県北部市本町1番1号",
    "",
    "TEL 0000-11-2222",
    "",
    "2035年(令和17年)の目標は、人口50,000人程度とする。",
])


@pytest.fixture(scope="module")
def revised():
    return parse_document(REVISED, "revised.md", "北部市地域運営計画")


def test_extractors_work_on_a_revised_plan_of_the_same_shape(revised):
    [term] = [t for t in extract_terms(revised) if t.definition]
    assert (term.term, term.definition) == ("地域運営組織", "地域の課題を住民が話し合って解決する組織。")
    [indicator] = extract_indicators(revised)
    assert (indicator.name, indicator.current, indicator.target, indicator.target_label) == (
        "見守り訪問件数", "120", "300", "令和15年度")
    orgs = extract_organisations(revised, COLUMNS)
    assert [(o.area, o.name, o.managed) for o in orgs] == [("北部", "上町みらい会", "R4. 4. 1~"), ("北部", "下町の会", "")]
    [event] = [e for e in extract_events(revised) if e.name == "第1回検討会議"]
    assert event.date == "令和10年6月1日(木)"
    [project] = extract_projects(revised)
    assert (project.name, project.status, project.plan) == (
        "見守り活動の推進", "新規", [("11年度", "検討"), ("12年度", "実施"), ("13年度", "実施")])
    [office] = extract_offices(revised)
    assert (office.name, office.tel) == ("北部市役所 地域づくり課", "0000-11-2222")
    [period] = extract_periods(revised)
    assert "令和11年度から令和15年度まで" in period.text
    [target] = extract_targets(revised)
    assert (target.year, target.subject, target.value) == ("2035年(令和17年)", "人口", "50,000人程度")


def test_prose_targets_need_a_year_and_a_target_sentence():
    doc = parse_document("第1章 将来\n\n2030年には人口90,000人程度と見込まれる。\n", "a.txt", "A")
    assert extract_targets(doc) == []


# --- layouts of other cities: markdown headings, pipe tables, ◆ glossaries, e-book running heads

EBOOK = "\n".join([
    "# 南谷市まちづくり計画",
    "南谷市まちづくり計画 1/9",
    "## 計画の概要",
    "計画期間",
    "2026年度から2030年度まで",
    "南谷市まちづくり計画 2/9",
    "## 成果指標",
    "| 指標名 | 単位 | 基準値（2024年度） | 目標値（2030年度） |",
    "|---|---|---|---|",
    "| (1)空き家バンク成約件数 | 件 | 14 | 30 |",
    "## 市民会議",
    "(1)東公民館 31人(2025年5月10日)",
    "(2)西公民館 12人(2025年5月17日)",
    "(3)北支所 8人(2025年5月24日)",
    "## 用語の解説",
    "◆関係人口",
    "移住した定住人口でも観光に来た交流人口でもない、地域と多様に関わる人々のこと。",
    "南谷市まちづくり計画 9/9",
])


def test_pipe_tables_give_indicators_with_their_year_labels():
    [indicator] = extract_indicators(parse_document(EBOOK, "e.md", "南谷市まちづくり計画"))
    assert (indicator.name, indicator.unit, indicator.current, indicator.current_label,
            indicator.target, indicator.target_label) == ("空き家バンク成約件数", "件", "14", "2024年度", "30", "2030年度")


def test_a_bullet_glossary_pairs_each_term_with_the_next_paragraph():
    [term] = extract_terms(parse_document(EBOOK, "e.md", "南谷市まちづくり計画"))
    assert term.term == "関係人口" and term.definition.startswith("移住した定住人口でも")


def test_a_label_line_and_its_value_give_the_period_with_fiscal_years():
    [period] = extract_periods(parse_document(EBOOK, "e.md", "南谷市まちづくり計画"))
    assert (period.first_year, period.last_year) == (2026, 2030)


def test_numbered_venue_lines_are_events_not_headings():
    doc = parse_document(EBOOK, "e.md", "南谷市まちづくり計画")
    events = extract_events(doc)
    assert [(e.venue, e.participants, e.date) for e in events] == [
        ("東公民館", "31", "2025年5月10日"), ("西公民館", "12", "2025年5月17日"), ("北支所", "8", "2025年5月24日")]
    assert not any("公民館" in s.title for s in doc.sections)


def test_running_heads_with_page_counters_are_dropped():
    doc = parse_document(EBOOK, "e.md", "南谷市まちづくり計画")
    assert not any("1/9" in b.text or "2/9" in b.text for s in doc.sections for b in s.blocks)


def test_colon_glossaries_and_glossary_tables():
    colon = "1.用語\n協働センター:市民活動を支える拠点施設のこと。\n"
    [term] = extract_terms(parse_document(colon, "c.txt", "C"))
    assert (term.term, term.definition) == ("協働センター", "市民活動を支える拠点施設のこと。")
    table = "用語解説\n\n用語\t解説\n光害\t過剰な人工の光で星空が見えにくくなること。\n"
    [term] = extract_terms(parse_document(table, "t.txt", "T"))
    assert (term.term, term.definition) == ("光害", "過剰な人工の光で星空が見えにくくなること。")


def test_a_reading_in_brackets_is_not_part_of_the_term():
    text = "用語解説\n\n用語\t解説\n共食（きょうしょく）\t家族や友人など、誰かと一緒に食事をすること。\n"
    [term] = extract_terms(parse_document(text, "t.txt", "T"))
    assert (term.term, term.definition) == ("共食", "家族や友人など、誰かと一緒に食事をすること。")


def test_contacts_in_any_prefecture_keep_their_issuer():
    text = "問い合わせ先\n\n南谷市 企画課\n〒900-0000 沖縄県南谷市中央1番\nTEL 098-000-1111\n"
    [office] = extract_offices(parse_document(text, "o.txt", "O"), issuer="南谷市")
    assert (office.name, office.address, office.tel, office.issuer) == (
        "南谷市 企画課", "〒900-0000 沖縄県南谷市中央1番", "098-000-1111", "南谷市")


def test_a_glossary_after_a_plain_title_line_with_marked_terms():
    text = ("3 推進体制\n毎年度、検証する。\n用語解説\n※1 関係人口\n地域と多様に関わる人々のこと。\n"
            "※2 合計特殊出生率\n一人の女性が一生に産む子どもの数の平均を示す指標。\n問い合わせ先\n桜川市 企画課\n")
    terms = {t.term: t.definition for t in extract_terms(parse_document(text, "g.txt", "桜川市総合戦略"))}
    assert terms == {"関係人口": "地域と多様に関わる人々のこと。",
                     "合計特殊出生率": "一人の女性が一生に産む子どもの数の平均を示す指標。"}


def test_bracketed_glossary_terms_and_no_contact_taken_for_a_term():
    text = ("【用語】\n〔通いの場〕高齢者が歩いて通える場所に集まり、体操を行う集いの場。\n"
            "〔お問い合わせ〕:青葉町 保健福祉課 電話 0123-45-6789\n")
    terms = {t.term: t.definition for t in extract_terms(parse_document(text, "t.txt", "青葉町計画"))}
    assert terms == {"通いの場": "高齢者が歩いて通える場所に集まり、体操を行う集いの場。"}


def test_list_lines_with_short_era_dates_are_events():
    text = ("第7節 策定体制\n・R5.7.14(金) 第1回運営協議会(保健センター) 出席委員10名\n"
            "・R5.12.1(金)~R5.12.22(金) パブリックコメント 意見なし\n")
    events = extract_events(parse_document(text, "e.txt", "青葉町計画"))
    assert [(e.date, e.participants) for e in events][0] == ("R5.7.14(金)", "10")
    assert ("パブリックコメント 意見なし", "R5.12.1(金)~R5.12.22(金)") in [(e.name, e.date) for e in events]


def test_a_table_with_a_year_and_a_target_column_gives_targets():
    text = "# 将来人口の目標\n年\t推計人口\t目標人口\n2035年\t10,100人\t11,000人\n"
    [target] = extract_targets(parse_document(text, "t.txt", "風見町基本構想"))
    assert (target.subject, target.year, target.value) == ("人口", "2035年", "11,000人")


WELFARE = "\n".join([
    "Ⅱ　地域の状況",
    "2-1　人口と世帯",
    "　町の人口は8,412人で、65歳以上の割合（高齢化率）は",
    "41.2％です。",
    "2-2　地区座談会の開催",
    "地区｜会場｜開催日｜参加者",
    "上楓地区｜上楓公民館｜令和6年6月8日｜24人",
    "峰地区｜峰ふれあい館｜令和6年7月6日｜12人",
    "Ⅲ　施策の展開",
    "【基本目標２】　安心して暮らせる仕組みづくり",
    "　(1) 民生委員※1との連携",
    "　　民生委員と地域の見守り活動を結び付けます。",
    "※1 民生委員：厚生労働大臣から委嘱され、地域で住民の相談に応じる人。",
    "※2 要支援者：この計画の本文には出てこない言葉の説明です。",
    "お問い合わせ：楓谷町 保健福祉課 福祉係",
    "〒998-0101 楓谷町中央一丁目5番地　☎ 0345-67-8901",
])


def test_a_pipe_table_without_outer_bars_gives_events_with_their_area():
    events = extract_events(parse_document(WELFARE, "w.txt", "楓谷町地域福祉計画"))
    assert [(e.area, e.venue, e.date, e.participants) for e in events] == [
        ("上楓地区", "上楓公民館", "令和6年6月8日", "24人"), ("峰地区", "峰ふれあい館", "令和6年7月6日", "12人")]


def test_a_sentence_broken_before_a_decimal_is_one_sentence_and_a_bracketed_goal_is_a_heading():
    doc = parse_document(WELFARE, "w.txt", "楓谷町地域福祉計画")
    assert any("(高齢化率)は41.2%です。" in b.text for s in doc.sections for b in s.blocks)
    assert any(s.title.startswith("【基本目標2】") for s in doc.sections)


def test_a_footnote_explains_the_word_the_text_marks_with_it():
    terms = {t.term: t.definition for t in extract_terms(parse_document(WELFARE, "w.txt", "楓谷町地域福祉計画"))}
    assert terms == {"民生委員": "厚生労働大臣から委嘱され、地域で住民の相談に応じる人。"}  # ※2 marks nothing


def test_a_contact_with_a_phone_mark_and_a_postal_address_without_prefecture():
    [office] = extract_offices(parse_document(WELFARE, "w.txt", "楓谷町地域福祉計画"), issuer="楓谷町")
    assert (office.name, office.address, office.tel) == ("楓谷町 保健福祉課 福祉係", "〒998-0101 楓谷町中央一丁目5番地", "0345-67-8901")


GUIDE = "\n".join([
    "Ⅰ-1　指針の位置づけ",
    "　指針の期間は、2026年度を初年度とする８か年とします。",
    "Ⅰ-2　協働の原則",
    "　　１．対等の原則　　２．相互理解の原則",
    "Ⅲ-2　推進体制",
    "　　第１回　2025/6/14（土）　市民交流プラザ　出席11名",
    "　　第２回　2025/10/4（土）　市役所本庁舎３階会議室　出席9名",
    "Ⅳ　よくある質問",
    "Q. 協働事業とは？",
    "A. 市民活動団体と市が、役割を分担して一緒に取り組む事業のことです。",
    "問合せ先　朝日野市 市民生活部 市民協働課",
    "電話：0123(45)6789　ファクス：0123(45)6790",
])


def test_roman_numbered_sections_and_a_list_written_on_one_line():
    doc = parse_document(GUIDE, "g.txt", "朝日野市市民協働推進指針")
    assert [s.path for s in doc.sections] == [("Ⅰ-1 指針の位置づけ",), ("Ⅰ-2 協働の原則",), ("Ⅲ-2 推進体制",), ("Ⅳ よくある質問",)]


def test_numbered_sessions_on_their_own_lines_are_events_with_their_venue_and_attendance():
    events = extract_events(parse_document(GUIDE, "g.txt", "朝日野市市民協働推進指針"))
    assert [(e.name, e.date, e.venue, e.participants, e.counted) for e in events] == [
        ("推進体制 第1回", "2025/6/14(土)", "市民交流プラザ", "11", "出席者"),
        ("推進体制 第2回", "2025/10/4(土)", "市役所本庁舎3階会議室", "9", "出席者")]


def test_a_question_and_answer_page_explains_a_word_and_a_phone_in_brackets_is_read():
    doc = parse_document(GUIDE, "g.txt", "朝日野市市民協働推進指針")
    assert {t.term: t.definition for t in extract_terms(doc)} == {
        "協働事業": "市民活動団体と市が、役割を分担して一緒に取り組む事業のことです。"}
    [office] = extract_offices(doc, issuer="朝日野市")
    assert (office.tel, office.fax) == ("0123(45)6789", "0123(45)6790")


def test_an_extension_stays_with_its_number_and_a_nameless_office_takes_the_issuer():
    text = "問い合わせ先\n〒999-0001 星見市本町1番\n電話 0299-55-1111（内線 2315）\n"
    [office] = extract_offices(parse_document(text, "o.txt", "O"), issuer="星見市")
    assert office.tel == "0299-55-1111(内線 2315)"
    assert office.name == "星見市"  # never 担当は（〒…）です


def test_an_office_with_where_it_sits_in_brackets_and_a_bracketed_label_is_named():
    text = ("このページに関するお問い合わせ\n\n健康福祉課 保健予防係（桐沢町保健センター）\n\n"
            "〒329-2841 桐沢町大字本郷1520番地\n\n電話番号：0287-64-3181\n")
    [office] = extract_offices(parse_document(text, "o.html", "O"), issuer="桐沢町")
    assert (office.name, office.tel) == ("健康福祉課 保健予防係(桐沢町保健センター)", "0287-64-3181")
    text = "資料\n\n【お問い合わせ先】 楠田市 商工観光課 まちなか係 〒759-4192 楠田市中央1番1号 電話:0836-31-4472\n"
    [office] = extract_offices(parse_document(text, "o.txt", "O"), issuer="楠田市")
    assert office.name == "楠田市 商工観光課 まちなか係"


def test_an_office_named_before_its_phone_on_one_line():
    text = "第1章 概要\n\n担当：桐原市 市民環境部 環境政策課（電話 0467-33-2110）\n"
    [office] = extract_offices(parse_document(text, "o.txt", "O"), issuer="桐原市")
    assert (office.name, office.tel) == ("桐原市 市民環境部 環境政策課", "0467-33-2110")


def test_an_indicator_name_starting_with_a_count_keeps_it():
    text = "指標\n\n指標名\t現状値\t目標値\n1人1日あたりのごみ排出量\t905\t800\n"
    [indicator] = extract_indicators(parse_document(text, "i.txt", "I"))
    assert indicator.name == "1人1日あたりのごみ排出量"


def test_a_bound_on_a_target_is_no_unit_and_the_unit_in_the_name_is():
    text = "目標\n\n目標項目\t基準値\t目標値\t実績\n重傷者数(人)\t5\t3以下\t4\n"
    [indicator] = extract_indicators(parse_document(text, "i.txt", "I"))
    assert (indicator.unit, indicator.target, indicator.current) == ("人", "3以下", "4")
    said = indicator_figures(indicator)
    assert "現状4人" in said and "目標3以下" in said and "以下以下" not in said and "以下人" not in said


def test_an_abbreviation_spelled_out_in_brackets_is_a_term_and_a_numbered_figure_is_not():
    text = ("第1章 基本方針\n\n持続可能な開発目標（SDGs）やデジタル技術を通じた変革（ＤＸ）を踏まえ、"
            "KPI（重要業績評価指標）を定めます。令和11年度の目標はR11（200人）、段階はIII（早期措置段階）です。\n")
    found = {t.term: t.definition for t in extract_terms(parse_document(text, "a.txt", "A"))}
    assert found == {"SDGs": "持続可能な開発目標の略称です。", "DX": "デジタル技術を通じた変革の略称です。",
                     "KPI": "重要業績評価指標の略称です。"}


def test_a_note_explaining_a_word_is_a_glossary_entry_marked_or_not():
    text = "第4章 推進\n\n推進します。\n\n※ 見守り隊：地域の高齢者を見守るボランティアのことです。\n※ 実績値は令和7年6月に集計したものです。\n"
    terms = {t.term: t.definition for t in extract_terms(parse_document(text, "n.txt", "N"))}
    assert terms == {"見守り隊": "地域の高齢者を見守るボランティアのことです。"}


def test_the_manifest_period_wins_over_a_sentence_about_another_edition():
    from index.corpus import Document
    from index.extract import extract_facts

    text = "第1章 概要\n\n1 計画の期間\n\n第1次計画は平成22年度から平成26年度まででした。\n"
    document = Document("p.txt", "星見市第2次地域福祉計画", "星見市", "令和7年度～令和11年度", text, "0" * 64,
                        first_year=2025, last_year=2029)
    [period] = extract_facts([parse_document(text, "p.txt", document.title)], [document]).periods
    assert (period.first_year, period.last_year) == (2025, 2029)
    assert "令和7年度～令和11年度" in period.text


def test_a_period_sentence_naming_another_edition_ranks_below_the_plans_own():
    text = ("第1章 概要\n\n1 計画の期間\n\n第1次計画の期間は平成22年度から平成26年度まででした。"
            "計画期間は令和7年度から令和11年度までとします。\n")
    [period] = extract_periods(parse_document(text, "p.txt", "星見市第2次地域福祉計画"))
    assert (period.first_year, period.last_year) == (2025, 2029)


def test_a_colophon_label_is_not_part_of_the_office_name():
    text = "資料\n\n発　行　令和4年3月\n編　集　桐原市　市民部　協働推進課\n〒399-0001　桐原市本町1番\nTEL 0296-20-1135\n"
    [office] = extract_offices(parse_document(text, "o.txt", "O"), issuer="桐原市")
    assert office.name.split() == ["桐原市", "市民部", "協働推進課"]


def test_an_indicator_grouped_under_a_numbered_goal_takes_its_target_value_not_the_goal():
    text = "指標\n\n基本目標\t指標\t現状値（令和3年度）\t目標値（令和14年度）\n2 循環型社会\tリサイクル率\t17.8%\t25.0%\n"
    [indicator] = extract_indicators(parse_document(text, "g.txt", "G"))
    assert (indicator.name, indicator.current, indicator.target, indicator.target_label, indicator.unit) == (
        "リサイクル率", "17.8%", "25.0%", "令和14年度", "%")


def test_a_two_row_header_gives_the_figure_and_its_year_and_the_latest_result():
    text = ("指標\n\n指標名\t基準値 年度\t基準値 値\t目標値 年度\t目標値 値\t実績値 令和5年度\t実績値 令和6年度\n"
            "宿泊者数\t令和元年\t62,400\t令和6年\t70,000\t66,210\t71,350\n")
    [indicator] = extract_indicators(parse_document(text, "i.txt", "I"))
    assert (indicator.target, indicator.target_label) == ("70,000", "令和6年")
    assert (indicator.current, indicator.current_label) == ("71,350", "令和6年度")
    assert (indicator.baseline, indicator.baseline_label) == ("62,400", "令和元年")


def test_an_indicator_keeps_the_tables_own_verdict_but_not_a_figure():
    text = ("指標\n\n指標名\t基準値\t目標値\t実績値\t達成状況\t達成度\n宿泊者数\t62,400\t70,000\t71,350\t達成\t101.9%\n"
            "出生数\t30\t32\t17\t未達成\t53.1%\n")
    assert [i.status for i in extract_indicators(parse_document(text, "i.txt", "I"))] == ["達成", "未達成"]


def test_a_year_cell_of_a_record_under_a_header_is_no_event_but_a_dated_meeting_is():
    facilities = "施設一覧\n\n施設名\t地区\t建築年度\t延床面積\n郷土資料館\t下郷\t昭和44年度\t412\n"
    assert extract_events(parse_document(facilities, "f.txt", "青葉村公共施設等総合管理計画")) == []
    history = "策定経過\n\n年月日\t内容\n令和5年7月14日\t第1回策定委員会\n"
    [event] = extract_events(parse_document(history, "h.txt", "青葉村計画"))
    assert (event.name, event.date) == ("第1回策定委員会", "令和5年7月14日")
