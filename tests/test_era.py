"""Era years and Western years are the same years; the plans' short dates read as full dates."""

from index.era import expand_short_date, to_era, year_variants, years_in


def test_era_and_western_years_convert_both_ways():
    assert {"令和6年", "2024年"} <= year_variants("令和6年度の予定")
    assert {"2028年", "令和10年"} <= year_variants("２０２８年の目標")
    assert "平成28年" in year_variants("2016年度")
    assert to_era(2019) == "令和元"


def test_short_table_dates_expand():
    assert expand_short_date("H26. 6. 29") == "平成26年6月29日"
    assert expand_short_date("S61.1.11") == "昭和61年1月11日"
    assert expand_short_date("R4. 4. 1~") == "令和4年4月1日~"


def test_a_year_written_with_the_eras_initial_is_read_as_that_era_year():
    assert years_in("R6年度の実績値") == [2024]
    assert years_in("H28年から令和6年度") == [2016, 2024]
    assert years_in("APR6年") == []  # a letter inside a word is no era
