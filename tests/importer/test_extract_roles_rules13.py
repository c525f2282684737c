"""Body roles on the open web's pages (the rules13 round, holdout16 and holdout17). Invented text."""

from __future__ import annotations

from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)

ANALYSIS = (
    "Тарифы на воду: что изменится в 2027 году\n"
    "Автор: Тимур Бекназаров, старший научный сотрудник\n"
    "3 сентября 2026 г.\n"
    "Новые тарифы на воду вступят в силу с 1 января. Для большинства семей рост составит около 9%.\n"
    "Городские водоканалы давно просили пересмотреть тарифы: износ сетей превышает 60%.\n"
    "Как сказал на встрече с жителями инженер Марат Жолдыбаев – специалист по насосным станциям, "
    "ремонт сетей займет не меньше пяти лет.\n"
    "Правительство обещает адресные субсидии для малообеспеченных семей.\n"
    "Тимур Бекназаров – старший научный сотрудник Института, специалист по коммунальной экономике.\n"
    "Поделиться: Telegram | Facebook\n"
)


def test_a_note_on_the_author_opening_with_the_bylines_name_and_a_dash_leaves_the_body() -> None:
    found = extract(ANALYSIS, REGISTRY, "ru")
    assert "специалист по коммунальной экономике" not in found.body
    assert "Тимур Бекназаров" not in found.entities.people
    assert "Правительство обещает адресные субсидии для малообеспеченных семей." in found.body
    assert "Марат Жолдыбаев – специалист по насосным станциям" in found.body


APPEAL = (
    "Жители просят перенести слушания по выбросам ТЭЦ\n"
    "Экологи собрали подписи под обращением к акимату.\n"
    "Обращение уже подписали 900 жителей города, сообщили в фонде.\n"
    "Подписать обращение можно по ссылке:\n"
    "https://example.kz/appeal\n"
    "Слушания назначены на 14 декабря, но жители просят перенести их на январь.\n"
    "Мы будем сообщать о новой дате слушаний.\n"
    "Поделиться в соцсетях\n"
    "Фонд «Чистый Ертіс», г. Павлодар, ул. Лермонтова, 12, офис 4\n"
    "Тел.: +7 (7182) 00-00-00\n"
)


def test_a_link_the_story_announces_with_a_colon_stays_in_the_body() -> None:
    assert "https://example.kz/appeal" in extract(APPEAL, REGISTRY, "ru").paragraphs


def test_a_link_under_a_read_more_prompt_is_still_furniture() -> None:
    text = APPEAL.replace("Подписать обращение можно по ссылке:", "Читайте также:")
    assert "https://example.kz/appeal" not in extract(text, REGISTRY, "ru").paragraphs


def test_an_organisations_address_with_its_office_closing_the_page_leaves_the_body() -> None:
    assert not any("Лермонтова" in paragraph for paragraph in extract(APPEAL, REGISTRY, "ru").paragraphs)


BUSES = (
    "В Бишкеке вышли на линию 40 новых электробусов\n"
    "Мэрия обещает обновить весь парк к 2028 году.\n"
    "Новые машины будут работать на трех самых загруженных маршрутах города.\n"
    "Тема:\n"
    "Городской транспорт\n"
    "Поделиться\n"
)


def test_a_topics_label_and_its_value_under_the_story_leave_the_body() -> None:
    paragraphs = extract(BUSES, REGISTRY, "ru").paragraphs
    assert paragraphs == [
        "Мэрия обещает обновить весь парк к 2028 году.",
        "Новые машины будут работать на трех самых загруженных маршрутах города.",
    ]


def test_an_events_field_closing_the_text_stays() -> None:
    text = BUSES.replace("Тема:\nГородской транспорт\nПоделиться\n", "Место:\nДом культуры «Ала-Тоо»\nПоделиться\n")
    assert "Дом культуры «Ала-Тоо»" in extract(text, REGISTRY, "ru").paragraphs


TABLE = (
    "Переводы мигрантов выросли на 14%\n"
    "По итогам полугодия объем переводов составил 7,9 млрд долларов, что на 14% больше, чем годом ранее.\n"
    "Таблица 1. Денежные переводы, млрд долл.\n"
    "Год | Всего | в т.ч. из России\n"
    "2024 | 13,1 | 9,5\n"
    "2025 | 14,8 | 10,2\n"
    "Источник: Национальный банк\n"
    "Доля России в переводах снижается, но по-прежнему превышает две трети от общего объема.\n"
)


def test_a_tables_source_under_its_last_row_stays_in_the_body() -> None:
    found = extract(TABLE, REGISTRY, "ru")
    assert "Источник: Национальный банк" in found.paragraphs


def test_a_source_line_under_a_paragraph_is_still_the_articles_source() -> None:
    text = TABLE.replace("Источник: Национальный банк\n", "") + "Источник: Национальный банк\n"
    assert "Источник: Национальный банк" not in extract(text, REGISTRY, "ru").paragraphs


GOVERNMENT_PAGE = (
    "Applications open for 2027 grants to study in Ireland\n"
    "The Embassy of Ireland invites applications for fully funded master's grants.\n"
    "From:\n"
    "Embassy of Ireland Astana\n"
    "Published\n"
    "8 April 2026\n"
    "The grants cover tuition, travel and living costs for one academic year in Dublin or Cork.\n"
    "Applicants need two years of work experience and a good command of English.\n"
)


def test_a_pages_own_fields_with_colons_leave_the_body_and_its_date_stays_the_date() -> None:
    found = extract(GOVERNMENT_PAGE, REGISTRY, "en")
    assert found.paragraphs == [
        "The grants cover tuition, travel and living costs for one academic year in Dublin or Cork.",
        "Applicants need two years of work experience and a good command of English.",
    ]
    assert found.date is not None and found.date.isoformat() == "2026-04-08"


WIRE = (
    "Kazakh wheat exports to China hit a record\n"
    "By Aidos Nurlanov and Jane Whitmore\n"
    "ASTANA, Nov 3 (Dala Wire) - Kazakhstan shipped a record 1.2 million tonnes of wheat to China in October.\n"
    "Deputy Minister Aigerim Tolegenova said the ministry would add 300 daily rail slots from December.\n"
    "Reporting by Aidos Nurlanov in Astana and Jane Whitmore in London; Editing by Peter Lundqvist\n"
    "Our Standards: The Dala Trust Principles.\n"
    "Dala Wire, the news and media division of Dala Group, is the world's leading provider of multimedia news.\n"
    "All quotes delayed a minimum of 15 minutes. See here for a list of exchanges and delays.\n"
    "Read Next\nTenge slips as oil falls\n4 hours ago\nUzbek cotton growers switch to drip irrigation\n"
    "November 23, 2026\nRussia sets wheat export quota for spring\n2:14 PM GMT+5\n"
)


def test_a_trailer_crediting_reporters_and_editors_leaves_the_body_above_the_pages_foot() -> None:
    found = extract(WIRE, REGISTRY, "en")
    assert not any(paragraph.startswith("Reporting by") for paragraph in found.paragraphs)
    assert found.entities.people == ["Aigerim Tolegenova"]
