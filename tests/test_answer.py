"""Answer records and the honest "not in the plans": no citation, what is missing, who to ask."""

from bot.answer import Citation, no_answer
from index.facts import Office, Source

SRC = Source("テスト計画", "第1章", "plan.md", 1, 2)
OFFICE = Office("まちづくり推進課", "", "0191-21-2111", "", SRC)


def test_no_answer_is_not_confident_has_no_citation_and_gives_the_office():
    a = no_answer("明日の天気は？", OFFICE, ["計画A", "計画B", "計画C"])
    assert not a.confident and a.citations == [] and a.intent == "none"
    assert "見つかりませんでした" in a.answer and "TEL 0191-21-2111" in a.answer
    assert "「計画A」、「計画B」など" in a.answer


def test_another_city_named_is_declined_by_name():
    a = no_answer("仙台市の総合計画は？", OFFICE, ["計画A"], missing=["仙台市"])
    assert a.answer.startswith("申し訳ありません。仙台市の計画書は収録していないため")


def test_a_question_scoped_to_one_city_says_which_plans_were_searched():
    a = no_answer("南谷市の協働体は？", None, ["南谷市まちづくり計画"], fallback="南谷市役所", scope=["南谷市"])
    assert "南谷市の計画書（「南谷市まちづくり計画」）には見つかりませんでした" in a.answer
    assert "南谷市役所へどうぞ" in a.answer


def test_a_citation_labels_a_plan_not_in_force():
    c = Citation("計画", "節", "a.md", (1, 2), "", 1.0)
    assert c.status_label == ""
    c.status = "ended"
    assert c.status_label == "計画期間終了" and c.__dict__["status"] == "ended"


def test_an_evidence_quote_keeps_to_one_plan_and_cites_every_passage_it_quotes():
    from bot.answer import evidence_answer
    from bot.evidence import select
    from bot.question import analyse
    from index.chunk import Chunk
    from index.search import Hit

    new = Hit(Chunk(0, "新計画", "new.txt", "将来像", 1, 3, "将来像は「海のまち」です。"), 1.0)
    other = Hit(Chunk(1, "新計画", "new.txt", "考え方", 5, 6, "将来像を実現する考え方。"), 0.9)
    old = Hit(Chunk(2, "旧計画", "old.txt", "将来像", 1, 3, "旧計画の将来像は「山のまち」でした。"), 0.95)
    hits = [new, old, other]
    q = analyse("将来像は？", [], [])
    units = select(q, {"将来像"}, hits, lambda w: 1.0)
    answer = evidence_answer("将来像は？", q, hits, units, "general")
    assert "山のまち" not in answer.answer and "海のまち" in answer.answer
    assert "考え方" in answer.answer  # the same plan's other passage is quoted, and cited before the old plan
    assert [c.file for c in answer.citations] == ["new.txt", "new.txt", "old.txt"]


def _evidence(question: str, words: set[str], *texts: str):
    from bot.answer import evidence_answer
    from bot.evidence import select
    from bot.question import analyse
    from index.chunk import Chunk
    from index.search import Hit

    hits = [Hit(Chunk(i, "白鷺町総合計画", "plan.md", "分野別計画", 10 * i + 1, 10 * i + 9, text), 1.0 - i / 10)
            for i, text in enumerate(texts)]
    q = analyse(question, [], [])
    units = select(q, words, hits, lambda w: 1.0)
    return evidence_answer(question, q, hits, units, "general", lambda hit: hits)


def test_which_group_an_item_belongs_to_is_the_item_it_sits_under():
    text = "1. 海を生かすまちづくり\n◆漁業\n◆観光\n2. 森を守るまちづくり\n◆林業\n◆道路"
    answer = _evidence("道路はどの分野に入ってる？", {"道路"}, text)
    assert "「◆道路」は「2. 森を守るまちづくり」に含まれています" in answer.answer


def test_a_list_announced_with_its_count_is_gathered_whole_from_its_section():
    lead = "町は次の3つの考え方でまちづくりを進めます。\n●「海」 海を生かそう\n海は町の宝です。"
    rest = "●「森」 森を守ろう\n森は水を育てます。\n●「人」 人を育てよう\n子どもは町の未来です。"
    answer = _evidence("まちづくりの考え方にはどんなものがある？", {"町作り", "考え方"}, lead, rest)
    assert answer.answer.splitlines()[1:] == ["●「海」 海を生かそう", "●「森」 森を守ろう", "●「人」 人を育てよう"]


def test_a_short_item_brings_its_sub_items_but_not_the_next_item_like_it():
    text = "1. 海を生かすまちづくり\n◆漁業\n◆観光\n2. 森を守るまちづくり\n◆林業"
    answer = _evidence("分野別計画の1番目は？", {"分野"}, text)
    assert "漁業" in answer.answer and "森を守る" not in answer.answer


def test_a_list_question_about_the_heading_gets_the_upper_level_not_one_items_sub_items():
    from bot.answer import evidence_answer
    from bot.evidence import select
    from bot.question import analyse
    from index.chunk import Chunk
    from index.search import Hit

    upper = Hit(Chunk(0, "白鷺町総合計画", "plan.md", "目標", 1, 3, "1. 海を生かすまちづくり\n◆港を整えます。"), 0.5)
    lower = Hit(Chunk(1, "白鷺町総合計画", "plan.md", "目標", 4, 8,
                      "◆漁業を育てるまちを目指します。\n2. 森を守るまちづくり\n◆林業を育てるまちを目指します。"), 1.0)
    hits = [lower, upper]
    q = analyse("まちづくりの目標を教えて", [], [])
    units = [u for u in select(q, {"町作り"}, hits, lambda w: 1.0) if u.text.startswith("◆")]  # a sub-item is best
    answer = evidence_answer("まちづくりの目標を教えて", q, hits, units, "general", lambda hit: hits)
    assert answer.answer.splitlines()[1:] == ["・1. 海を生かすまちづくり", "・2. 森を守るまちづくり"]


def test_where_something_is_written_is_said_first():
    text = "1. 住民が主役のまちづくり\n◆住民自治の確立\n2. 行政の改革\n◆財政の健全化"
    answer = _evidence("住民自治はどこに出てくる？", {"住民", "自治", "住民自治"}, text)
    assert answer.answer.startswith("「白鷺町総合計画」の「分野別計画 › 1. 住民が主役のまちづくり」に次のように")


def test_a_quote_names_the_heading_it_stands_under():
    answer = _evidence("港の整備はどうするの？", {"港", "整備"}, "港を整備し、漁船の出入りを安全にします。")
    assert answer.answer.startswith("計画書の「分野別計画」には次のように書かれています。")


def test_the_one_item_that_names_what_is_asked_is_quoted_with_what_is_under_it():
    text = "(1) 夜のにぎわいづくり\n夜間のライトアップを実施します。\n(2) 体験プログラムの充実\nそば打ちや渓流釣りを体験できます。\n2 人づくり"
    answer = _evidence("体験プログラムにはどんなものがある？", {"体験", "プログラム"}, text)
    assert "そば打ち" in answer.answer and "ライトアップ" not in answer.answer and "人づくり" not in answer.answer


def test_which_group_is_found_in_an_earlier_passage_of_the_section():
    answer = _evidence("道路はどの分野に入ってる？", {"道路"}, "1. 海を生かすまちづくり\n◆漁業", "2. 森を守るまちづくり\n◆林業",
                       "◆道路")
    assert "「◆道路」は「2. 森を守るまちづくり」に含まれています" in answer.answer


def test_a_joint_plan_asked_about_one_municipality_quotes_that_municipalitys_part():
    text = ("取組の内容 圏域の子育て支援に取り組む。\n一関市の役割 保育施設のサービスを充実する。\n"
            "平泉町の役割 子育て相談の窓口を設ける。")
    from bot.answer import evidence_answer
    from bot.evidence import select
    from bot.question import analyse
    from index.chunk import Chunk
    from index.search import Hit

    hits = [Hit(Chunk(0, "共生ビジョン", "v.txt", "子育て支援", 1, 3, text), 1.0)]
    q = analyse("子育て支援で一関市がやることは？", ["一関市", "平泉町"], [])
    answer = evidence_answer(q.text, q, hits, select(q, {"子育て", "支援"}, hits, lambda w: 1.0), "general")
    assert "保育施設のサービス" in answer.answer and "子育て相談の窓口" not in answer.answer
