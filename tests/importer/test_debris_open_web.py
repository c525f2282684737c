"""Page furniture of the open web found in the holdout8 and holdout9 parts, each shape checked on invented
text, and ordinary article lines near each shape kept."""

from __future__ import annotations

import pytest

from newsroom.importer.debris import (
    call_to_action_box,
    donation_form,
    fund_widget,
    is_block_heading,
    is_breadcrumb,
    is_contact,
    is_debris,
    is_imprint_line,
    is_post_widget,
    is_registration_line,
    is_sign_off,
)
from newsroom.importer.extract import extract
from newsroom.importer.furniture import is_neighbour_link
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


def body_of(text: str, lang: str | None = None) -> str:
    return extract(text, REGISTRY, lang).body


@pytest.mark.parametrize("line", ["1 / 7", "3/7", "12 / 12", "2 of 9", "4 из 6"])
def test_a_gallerys_bare_counter_is_debris(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "3 / 4 of the budget went on roads.",
        "7 / 3",  # no gallery counts past its last picture
        "0 / 5",
        "2026 / 2027",
        "Score: 2 / 3",
    ],
)
def test_figures_with_a_slash_stay(line: str) -> None:
    assert not is_debris(line)


def test_a_gallerys_counters_leave_the_captions_and_the_story() -> None:
    text = (
        "Lanterns over the Esil embankment\n"
        "Volunteers hung 400 paper lanterns along the river on Saturday, said organiser Dariga Tulegenova.\n"
        "1 / 3\n"
        "Children carry lanterns to the water's edge.\n"
        "Photograph: Erik Sandvik for River Notes\n"
        "2 / 3\n"
        "A lantern drifts past the footbridge.\n"
        "Photograph: Erik Sandvik for River Notes\n"
    )
    body = body_of(text, "en")
    assert "1 / 3" not in body and "2 / 3" not in body
    assert "Volunteers hung 400 paper lanterns" in body


@pytest.mark.parametrize(
    "line",
    [
        "Sign the guestbook",
        "Sign the guestbook (3 entries)",
        "Leave a condolence",
        "Send condolences (41)",
        "Оставить соболезнование",
        "Выразить соболезнования (7)",
        "Көңіл айту",
        "Comments (12)",
    ],
)
def test_an_obituarys_buttons_are_debris(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "Mourners signed the guestbook at the library until late evening.",
        "Her family asked friends to leave a condolence note at the school.",
        "More obituaries were printed that winter than in any year before.",
        "Next gallery opening is planned for March, the curator said.",
    ],
)
def test_sentences_about_guestbooks_and_galleries_stay(line: str) -> None:
    assert not is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "More obituaries",
        "More galleries",
        "Other columns by this author",
        "All articles by Dana Seitova",
        "Другие некрологи",
        "Другие колонки автора",
        "Все материалы автора",
        "Ещё фоторепортажи",
        "Басқа фотогалереялар",
        "Автордың басқа мақалалары",
    ],
)
def test_headings_over_more_items_of_a_kind(line: str) -> None:
    assert is_block_heading(line)


@pytest.mark.parametrize(
    "line",
    [
        "More obituaries were printed that winter than in any year before.",
        "Other columns in the hall were repaired in 2019.",
        "Все материалы автора переданы в архив музея.",
        "Другие колонки",  # a crosshead: columns of a building, of a march
    ],
)
def test_sentences_about_more_items_stay(line: str) -> None:
    assert not is_block_heading(line)


@pytest.mark.parametrize(
    "line", ["Next gallery: Autumn on the Irtysh – in pictures", "Следующая галерея: Осень на Иртыше"]
)
def test_a_link_to_the_next_gallery(line: str) -> None:
    assert is_neighbour_link(line)


def test_the_authors_other_columns_leave_the_column() -> None:
    text = (
        "Мнение\n"
        "Почему сельские библиотеки снова нужны\n"
        "Марина Есенова\n"
        "27 ноября 2026\n"
        "Каждый год в области закрывают несколько библиотек, хотя читателей в сёлах не стало меньше.\n"
        "Решение простое: открывать библиотеки вечером, когда люди возвращаются с работы.\n"
        "Другие колонки автора\n"
        "Кто читает районные газеты\n"
        "Подписаться на рассылку\n"
    )
    body = body_of(text, "ru")
    assert "Другие колонки автора" not in body and "Кто читает районные газеты" not in body
    assert body.endswith("когда люди возвращаются с работы.")


@pytest.mark.parametrize("line", ["Класс! 84", "Класс! 1 204", "Нравится! 12"])
def test_a_posts_labelled_counter_is_a_widget(line: str) -> None:
    assert is_post_widget(line)


@pytest.mark.parametrize("line", ["Класс 9", "Класс 10"])
def test_a_school_class_is_no_posts_counter(line: str) -> None:
    assert not is_post_widget(line)


def test_a_posts_class_counter_leaves_the_post() -> None:
    text = (
        "Клуб любителей шахмат г. Темиртау\n"
        "Группа · 1,2 тыс. участников\n"
        "Поздравляем Ольгу Сергеевну Мельник с победой на областном турнире!\n"
        "Турнир прошёл в Караганде, в нём играли 64 шахматиста из девяти городов.\n"
        "Ольга Сергеевна играет в клубе с 1998 года и тренирует детскую секцию.\n"
        "Желаем новых побед!\n"
        "Класс! 37\n"
        "Комментарии 5\n"
        "Поделиться 2\n"
    )
    body = body_of(text, "ru")
    assert "Класс" not in body and body.endswith("Желаем новых побед!")


@pytest.mark.parametrize(
    "line",
    ["Класс!", "Класс! Мы победили в области.", "Класс 9 «Б» поедет на экскурсию 12 декабря.", "Класс был полон."],
)
def test_the_word_class_in_a_sentence_stays(line: str) -> None:
    assert not is_debris(line)


def test_a_reply_button_closing_a_forwarded_message_leaves_it() -> None:
    text = (
        "Родители 3 «А»\n"
        "Уважаемые родители! Завтра уроки начнутся в 9:00 из-за мороза, сообщила завуч Инна Грекова.\n"
        "Пожалуйста, предупредите детей.\n"
        "07:12\n"
        "Ответить\n"
    )
    assert body_of(text, "ru").endswith("Пожалуйста, предупредите детей.")


@pytest.mark.parametrize(
    "line",
    [
        "Registered charity No. 1098765",
        "Steppe Kids Trust is a registered charity in England and Wales (1176543).",
        "Green Valley Foundation is a non-profit organisation registered in Kazakhstan, BIN 150640023456.",
        "Общественный фонд «Чистый берег» зарегистрирован в Республике Казахстан, БИН 160240034567.",
        "«Жасыл дала» қоғамдық қоры Қазақстан Республикасында тіркелген, БСН 170340045678.",
        "Nordic Steppe Aid is a registered charity in Denmark (CVR 41 22 80 19).",
        "Tulip Relief is registered with the Chamber of Commerce, KvK 12 34 56 78.",
    ],
)
def test_a_registration_line_is_the_publishers(line: str) -> None:
    assert is_registration_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The charity, registered in 2015, now runs 40 clinics.",
        "Компания зарегистрирована в 2019 году, в ней работают 1200000 клиентов банка, пишет газета.",
        "“We registered 1500000 voters,” said Bolat Kenzhin of the commission, BIN or no BIN.",
        "Registered in 2001, the club has 3 / 4 of its members under 18.",
        "The trust, registered in 2014 under number 140340012345, said the delay was caused by its accountants.",
        "Фирма зарегистрирована в 2018 году, ее БИН 180540012345, учредителем значится местный фермер.",
        "The firm, registered in Wales under company number 09876543, owns two copper mines in Kazakhstan.",
        "The firm, registered under company number 09876543 in 2010, owns two copper mines.",
        "The charity, registered in 2001 under number 12 34 56 78, said it would appeal.",
        "The firm was registered in 2019 and now employs 12 000 people in 14 regions.",
    ],
)
def test_sentences_about_registration_stay(line: str) -> None:
    assert not is_registration_line(line)


def test_a_firms_registration_number_told_near_the_storys_end_stays() -> None:
    text = (
        "Court freezes assets of a Karaganda coal trader\n"
        "12 March 2026\n"
        "KARAGANDA – A court has frozen the assets of a coal trading firm, court papers show.\n"
        "The firm, registered in Cyprus under company number 09871234, owns two depots near Temirtau.\n"
        "Lawyers for the firm said it would contest the order.\n"
    )
    assert body_of(text, "en").endswith(
        "The firm, registered in Cyprus under company number 09871234, owns two depots near Temirtau.\n\n"
        "Lawyers for the firm said it would contest the order."
    )


def test_a_charitys_registration_closing_the_page_leaves_it() -> None:
    text = (
        "Winter coats for 900 children in Naryn\n"
        "Our teams delivered coats and boots to 900 children in Naryn region this month.\n"
        "“The roads closed two days later,” said Tilek Asanov, who led the convoy.\n"
        "Each kit also holds gloves and a hat.\n"
        "Donate now\n"
        "Steppe Kids Trust is a registered charity in England and Wales (1176543).\n"
        "© 2026 Steppe Kids Trust\n"
    )
    assert body_of(text, "en").endswith("Each kit also holds gloves and a hat.")


def test_an_embassys_address_closing_a_newsletter_leaves_it() -> None:
    text = (
        "Embassy news, December\n"
        "A winter school for young engineers\n"
        "Forty students from six regions spent a week at the embassy's winter school in Astana.\n"
        "“They built a bridge model that held 60 kilograms,” said attaché Lena Fischbach.\n"
        "Follow us: Facebook | Instagram\n"
        "Embassy of Norway to Kazakhstan, Dostyk Street 9, Astana 010000\n"
        "Unsubscribe | Update your preferences\n"
    )
    body = body_of(text, "en")
    assert "Dostyk Street" not in body and body.endswith("said attaché Lena Fischbach.")


def test_a_sentence_with_an_address_at_the_end_stays() -> None:
    text = (
        "A new reading room opens in Kostanay\n"
        "The city library opened a reading room for children on Saturday.\n"
        "It has 4,000 books and a corner for board games, said librarian Olga Brandt.\n"
        "The room is open on weekdays to all children of the city, at 14 Baitursynov Street, Kostanay.\n"
    )
    assert body_of(text, "en").endswith("at 14 Baitursynov Street, Kostanay.")


@pytest.mark.parametrize(
    "line",
    [
        "Газета «Степной вестник». Адрес редакции: г. Костанай, ул. Байтурсынова, 60. Тел.: 8 (7142) 50-11-22",
        "The Irtysh Herald. Newsroom address: 12 Lenin Street, Pavlodar. Phone: +7 7182 55 66 77",
        "«Дала таңы» газеті. Редакция мекенжайы: Тараз қ., Төле би к-сі, 5. Тел.: 8 (7262) 43-21-09",
        "Address: 4 Abai Avenue, Almaty | E-mail: desk@example.org",
        "The Irtysh Herald      Newsroom address: 12 Lenin Street, Pavlodar      Phone: +7 7182 55 66 77",
    ],
)
def test_a_publishers_imprint_is_contact_furniture(line: str) -> None:
    assert is_imprint_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Жители могут позвонить по телефону 8 (7142) 50-11-22, сообщили в акимате.",
        "The centre's address: 12 Lenin Street, Pavlodar.",
        "Адрес: ул. Абая, 10.",
        "8 (7112) 51-03-03 – дежурная часть ДЧС",
    ],
)
def test_a_readers_phone_or_one_address_is_no_imprint(line: str) -> None:
    assert not is_imprint_line(line)


def test_a_newspapers_imprint_under_the_interview_leaves_it() -> None:
    text = (
        "«Мы учим людей заново ходить»\n"
        "Врач-реабилитолог Анна Ким рассказала о работе нового центра в Костанае.\n"
        "Сколько пациентов прошло курс?\n"
        "Восемьдесят два. Большинство вернулись домой.\n"
        "Газета «Степной вестник». Адрес редакции: г. Костанай, ул. Байтурсынова, 60. Тел.: 8 (7142) 50-11-22\n"
    )
    assert body_of(text, "ru").endswith("Большинство вернулись домой.")


@pytest.mark.parametrize(
    "line", ["Related items", "Region / Country", "Country/Region", "Связанные материалы", "Регион / страна"]
)
def test_a_taxonomy_heading_opens_a_block(line: str) -> None:
    assert is_block_heading(line)


def test_country_tags_under_related_items_leave_the_story() -> None:
    text = (
        "Home > News\n"
        "Teachers from four countries train to teach coding\n"
        "Published: 3 December 2026\n"
        "Thirty teachers took part in a five-day course on teaching coding in Almaty, said trainer Miras Abenov.\n"
        "Each teacher will run a coding club at their school from January.\n"
        "Tags: Education  Digital skills\n"
        "Related items\n"
        "Kazakhstan\n"
        "Uzbekistan\n"
        "Sign up for our newsletter\n"
    )
    body = body_of(text, "en")
    assert "Uzbekistan" not in body and "Related items" not in body
    assert body.endswith("Each teacher will run a coding club at their school from January.")


@pytest.mark.parametrize(
    "line",
    [
        "Бөлісу:   Facebook   Telegram",
        "Бөлісу: WhatsApp",
        "Other ways to share",
        "More ways to share",
        "Другие способы поделиться",
    ],
)
def test_share_widgets_are_debris(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "Бөлісу мәдениеті ауылда әлі сақталған.",
        "Other ways to share the water were discussed at the meeting.",
        "Fishermen found other ways to share the catch.",
    ],
)
def test_sentences_about_sharing_stay(line: str) -> None:
    assert not is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "Watch the recording",
        "Watch the replay",
        "Смотреть запись",
        "Жазбаны көру",
        "720p   Толық экран",
        "1080p | Full screen",
        "HD   Полный экран   Субтитры",
        "Mute   Settings   Full screen",
    ],
)
def test_a_players_controls_and_recording_buttons_are_debris(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "Settings",
        "Watch the recording of the debate on the council's website.",
        "The camera records 720p video in full screen mode.",
        "Full screen ahead",
    ],
)
def test_lines_near_a_players_controls_stay(line: str) -> None:
    assert not is_debris(line)


def test_a_headline_under_a_see_also_prompt_without_a_colon_leaves_the_story() -> None:
    text = (
        "Жители Темиртау требуют пересчитать тарифы на отопление\n"
        "Жители нескольких домов Темиртау с октября получают счета за отопление, хотя батареи едва тёплые.\n"
        "Местная активистка Дана Орлова собрала 300 подписей под обращением к акиму города.\n"
        "Смотрите также\n"
        "В Караганде проверят котельные после жалоб жителей\n"
        "В городском акимате сообщили, что перерасчёт сделают до конца декабря.\n"
        "Комиссия соберётся 5 декабря.\n"
    )
    body = body_of(text, "ru")
    assert "В Караганде проверят котельные" not in body
    assert "В городском акимате сообщили" in body


def test_a_crosshead_under_a_read_more_button_stays() -> None:
    text = (
        "Volunteers clean the Ural's banks\n"
        "Two hundred volunteers cleared the river banks in Uralsk on Saturday, said organiser Ilya Brandt.\n"
        "They filled 900 bags in five hours.\n"
        "Read more\n"
        "What the city will do next\n"
        "The city will install 40 new bins along the embankment by spring.\n"
    )
    assert "What the city will do next" in body_of(text, "en")


@pytest.mark.parametrize(
    ("box", "size"),
    [
        (["£25 can buy a warm blanket for one family.", "Give now"], 2),
        (["5 000 тенге – это тёплая куртка для одного ребёнка.", "Помочь сейчас"], 2),
        (["$40 buys boots for a child in the mountains.", "Learn more"], 0),  # a pointer, no gift's button
        (["$40 buys boots for a child in the mountains.", "The fund bought 900 pairs this year."], 0),
    ],
)
def test_a_gifts_worth_over_a_donation_button_is_a_box(box: list[str], size: int) -> None:
    assert call_to_action_box(box, after_story=False) == size


def test_a_statements_field_labels_and_values_under_the_title_leave_the_body() -> None:
    text = (
        "Statements\n"
        "Every detained person must see a lawyer within the first hour\n"
        "4 December 2026\n"
        "Delivered by\n"
        "Leila Haddad, Regional Representative for Central Asia\n"
        "Location\n"
        "Dushanbe\n"
        "Dushanbe, 4 December 2026 – The regional office today welcomed a draft law on legal aid.\n"
        "“Most people meet a lawyer only after they have signed a statement,” said Leila Haddad.\n"
        "The office will publish its review of 120 cases in January.\n"
    )
    found = extract(text, REGISTRY, "en")
    assert found.body.startswith("Dushanbe, 4 December 2026 – The regional office")
    assert "Leila Haddad" in found.entities.people


def test_an_events_place_over_its_value_stays() -> None:
    text = (
        "Open day at the Karaganda observatory\n"
        "The observatory opens its dome to visitors on Saturday, said its director Pavel Lindgren.\n"
        "Location\n"
        "The main hall of the observatory\n"
        "Entry is free; children under 12 come with an adult.\n"
    )
    body = body_of(text, "en")
    assert "Location" in body and "The main hall of the observatory" in body


def test_an_events_speakers_under_their_label_stay() -> None:
    text = (
        "Can the region pay for its own railways?\n"
        "Date: 3 December 2026, 15:00\n"
        "Venue: Steppe Policy Centre, Almaty\n"
        "Speakers:\n"
        "Ainur K. Bekova, Senior Fellow, Steppe Policy Centre\n"
        "Johan Ekberg, Head of Transport Lending, Baltic Rail Bank\n"
        "The roundtable asked whether local pension funds can buy railway bonds.\n"
    )
    assert "Johan Ekberg, Head of Transport Lending, Baltic Rail Bank" in body_of(text, "en")


def test_a_row_of_topic_links_under_its_prompt_leaves_the_story() -> None:
    text = (
        "Kazakh wheat heads south by rail\n"
        "Almaty (Steppe Wire) - Kazakhstan sent a record 900,000 tonnes of wheat to Iran by rail in October.\n"
        "“We load three trains a day,” said terminal director Ruslan Abenov.\n"
        "Read more on these topics:\n"
        "Kazakhstan   Agriculture   Iran   Railways\n"
        "Prices for wheat rose by 4 per cent in the same month, traders said.\n"
        "Exporters expect another record in November.\n"
        "The ministry will publish the figures on 10 December.\n"
        "© 2026 Steppe Wire\n"
    )
    body = body_of(text, "en")
    assert "Railways" not in body and "Prices for wheat rose" in body


def test_a_tables_row_under_a_colon_stays() -> None:
    text = (
        "Harvest by district\n"
        "The regional statistics office published the harvest by district on Monday, said analyst Olga Brandt.\n"
        "Wheat covered two thirds of the sown area this year.\n"
        "Barley and sunflower took most of the rest.\n"
        "The districts with the best yields were:\n"
        "Ayagoz   Urzhar   Kokpekty\n"
        "Yields rose in all three districts compared with 2025.\n"
        "The office will publish the final figures in February.\n"
        "Farmers expect prices to stay high.\n"
    )
    assert "Ayagoz   Urzhar   Kokpekty" in body_of(text, "en")


ORDINARY_EN = [
    "Only 3 / 4 of the budget for roads was spent by November, the district council said.",
    "“We owe the new school to de la Cruz and her team,” said headmaster Bolat Serikov.",
    "The fund, registered in 2015, now runs 40 clinics in six regions.",
    "Its office moved to 14 Abai Avenue, Astana, in the spring.",
    "Results",
    "Kairat won the final 2 / 1 after extra time.",
    "Who pays for it?",
    "More obituaries were printed that winter than in any year before.",
    "The council will vote on the plan on 12 December.",
]
ORDINARY_RU = [
    "Класс, в котором учился юбиляр, собрался в полном составе: 24 человека.",
    "Из них 18 приехали из других городов, рассказал организатор встречи Иван Лебедев.",
    "Адрес школы: ул. Абая, 12. Встреча прошла в актовом зале.",
    "Другие колонки",
    "Ответ",
    "Смотрите сами: за десять лет в школе сменилось пять директоров.",
    "Следующая встреча выпускников назначена на 2031 год.",
]


@pytest.mark.parametrize(("lines", "lang"), [(ORDINARY_EN, "en"), (ORDINARY_RU, "ru")])
def test_ordinary_article_lines_near_the_new_shapes_are_kept(lines: list[str], lang: str) -> None:
    body = body_of("A story with ordinary lines\n" + "\n".join(lines) + "\n", lang)
    assert [line for line in lines if line not in body.splitlines()] == []


@pytest.mark.parametrize(
    "line",
    ["Other resources", "More publications", "Другие ресурсы", "Другие публикации", "Другие сборы", "Басқа жобалар"],
)
def test_a_heading_over_more_items_of_one_kind_is_a_block_heading(line: str) -> None:
    assert is_block_heading(line)


def test_other_appeals_with_their_headlines_leave_a_funds_page() -> None:
    text = (
        "Фонд «Тёплый дом» собирает деньги на лечение Марата\n"
        "Марату семь лет, ему нужна операция на сердце, сообщила координатор фонда Алия Сейтенова.\n"
        "Операцию назначили на март.\n"
        "Другие сборы\n"
        "Лене нужна коляска\n"
        "Данияру нужен курс реабилитации\n"
    )
    body = body_of(text, "ru")
    assert "Лене нужна коляска" not in body and "Другие сборы" not in body
    assert "Операцию назначили на март." in body


@pytest.mark.parametrize("line", ["Other resources were cut.", "Другие ресурсы города уже исчерпаны."])
def test_sentences_about_other_resources_stay(line: str) -> None:
    assert not is_block_heading(line)


def test_reactions_over_their_bare_counts_leave_with_the_topic_labels_above() -> None:
    text = (
        "В Павлодаре открыли новый мост через Иртыш\n"
        "Движение по мосту откроют в пятницу, сообщил аким города Нурлан Бекетаев.\n"
        "Строительство заняло два года.\n"
        "Павлодар\n"
        "Мосты\n"
        "Нравится\n"
        "57\n"
        "Удивлён\n"
        "3\n"
        "Комментарии (2)\n"
    )
    body = body_of(text, "ru")
    assert "Нравится" not in body and "57" not in body and "Мосты" not in body
    assert "Строительство заняло два года." in body


def test_names_over_figures_one_a_line_stay() -> None:
    text = (
        "Итоги уборки в области\n"
        "Аграрии собрали урожай раньше срока, сообщил заместитель акима Ержан Нуров.\n"
        "Собрано по районам, тысяч тонн:\n"
        "Шортанды\n"
        "128\n"
        "Аккол\n"
        "96\n"
        "Уборка продолжается в двух районах.\n"
    )
    body = body_of(text, "ru")
    assert "Шортанды" in body and "Аккол" in body and "Уборка продолжается в двух районах." in body


@pytest.mark.parametrize(
    "line",
    [
        "Загрузите приложение «Степь Ньюс» для ваших устройств iOS или Android",
        "«Дала Ньюс» қосымшасын жүктеп алыңыз",
        "Download the Steppe Daily app for iOS or Android",
    ],
)
def test_a_prompt_to_download_the_publishers_app_is_debris(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "Жители загрузили приложение более 40 тысяч раз, сообщили в акимате.",
        "Қосымшаны 12 мың адам жүктеп алды.",
    ],
)
def test_sentences_about_an_apps_downloads_stay(line: str) -> None:
    assert not is_debris(line)


def test_topic_labels_above_a_footers_links_leave_the_story() -> None:
    text = (
        "Озеро Балхаш мелеет третий год подряд\n"
        "Уровень воды снизился на 30 сантиметров, сообщила гидролог Сания Жумабаева.\n"
        "Учёные предлагают сократить забор воды из Или.\n"
        "Водные ресурсы\n"
        "Казахстан\n"
        "Подпишитесь на рассылку «Степных вестей»\n"
        "Telegram\n"
        "Наша команда\n"
        "Вакансии\n"
        "Правила сайта\n"
    )
    body = body_of(text, "ru")
    assert "Водные ресурсы" not in body and "Казахстан" not in body.split("\n\n")[-1]
    assert "Учёные предлагают сократить забор воды из Или." in body


def test_a_list_closing_the_story_above_a_footer_stays() -> None:
    text = (
        "Что взять в поход по Алтаю\n"
        "Гид Марат Ескендиров советует взять с собой:\n"
        "Спальник\n"
        "Горелку\n"
        "Подпишитесь на рассылку «Степных вестей»\n"
        "Telegram\n"
        "Наша команда\n"
        "Вакансии\n"
    )
    body = body_of(text, "ru")
    assert "Спальник" in body and "Горелку" in body


def test_suggested_topics_and_the_author_card_under_them_leave_a_wire_story() -> None:
    text = (
        "Uzbekistan to double cotton exports by rail\n"
        "TASHKENT, Nov 3 (Steppe Wire) - Uzbekistan will double its cotton exports by rail next year, "
        "minister Bakhodir Rasulov said on Monday.\n"
        "The railway will add twelve trains a week.\n"
        "Reporting by Ravshan Aliev in Tashkent; Editing by Clara Mendes\n"
        "Suggested Topics:\n"
        "Cotton\n"
        "Uzbekistan\n"
        "Ravshan Aliev\n"
        "Ravshan writes about farming and trade from Tashkent.\n"
        "Read Next\n"
    )
    found = extract(text, REGISTRY, "en")
    assert "Cotton" not in found.body and "Ravshan writes" not in found.body and "Reporting by" not in found.body
    assert "The railway will add twelve trains a week." in found.body
    assert "Ravshan Aliev" not in found.entities.people


FUND_STORY = (
    "Айгерим нужна операция на позвоночнике\n"
    "Айгерим девять лет, у неё сколиоз, рассказала мама девочки Гульнара Сапарова.\n"
    "Операцию проведут в Алматы в феврале.\n"
    "Реквизиты для перевода:\n"
    "IBAN KZ00 0000 0000 0000 1111\n"
    "Назначение платежа: «Для Айгерим»\n"
)


def test_a_fundraisers_progress_and_amount_buttons_leave_the_appeal() -> None:
    widget = (
        "Собрано\n640 000 ₸\nиз 1 500 000 ₸\n43%\n"
        "Сумма пожертвования\n2 000 ₸\n10 000 ₸\nДругая сумма\nПоделиться сбором\n"
    )
    body = body_of(FUND_STORY + widget, "ru")
    assert "640 000 ₸" not in body and "Собрано" not in body and "Поделиться сбором" not in body
    assert "Назначение платежа: «Для Айгерим»" in body and "IBAN KZ00 0000 0000 0000 1111" in body


def test_a_budget_table_pasted_cell_by_cell_stays() -> None:
    rows = "Buses\n11 000 000 000 ₸\n42%\nRoads\n9 100 000 000 ₸\n35%\nTrams\n6 000 000 000 ₸\n23%\n"
    text = (
        "How Pavlodar spends its transport budget\n"
        "PAVLODAR – The city will spend more on buses and less on roads next year, the draft budget shows.\n"
        + rows
        + "The draft will go to the city council next week, and residents can comment on it online.\n"
        "Deputy mayor Arman Zhaksylykov said the shift reflected residents' wishes.\n"
    )
    body = body_of(text, "en")
    assert all(row in body for row in rows.splitlines())


@pytest.mark.parametrize("line", ["11 000 000 000 ₸", "$ 12 500 000 000", "1 250 000 000 тенге"])
def test_an_amount_of_money_is_no_phone_number(line: str) -> None:
    assert not is_contact(line)


@pytest.mark.parametrize("line", ["+7 701 123 45 67", "Тел.: 8 (7172) 55-12-34", "Бексом 8 701 123 45 67"])
def test_a_phone_number_is_a_contact(line: str) -> None:
    assert is_contact(line)


def test_an_english_fundraisers_progress_leaves_the_appeal() -> None:
    text = (
        "Help rebuild the school in Naryn\n"
        "The roof of the village school collapsed in March, said head teacher Cholpon Asanova.\n"
        "Builders can start in May if the funds are found.\n"
        "Raised\n$12,400\nof $20,000\n62%\n$25\n$50\nOther amount\nDonate\n"
    )
    body = body_of(text, "en")
    assert "$12,400" not in body and "Raised" not in body
    assert "Builders can start in May if the funds are found." in body


def test_amounts_listed_under_their_introduction_stay() -> None:
    text = (
        "Бюджет фестиваля утвердили\n"
        "Расходы на фестиваль утвердил маслихат, сообщила руководитель управления Жанна Оспанова.\n"
        "Статьи расходов:\n"
        "Сцена\n"
        "1 200 000 ₸\n"
        "Звук\n"
        "800 000 ₸\n"
        "Охрана\n"
        "450 000 ₸\n"
        "Фестиваль пройдёт в июне.\n"
    )
    body = body_of(text, "ru")
    assert "Сцена" in body and "1 200 000 ₸" in body and "450 000 ₸" in body


@pytest.mark.parametrize(
    "line",
    [
        "Следующее фото →",
        "← Предыдущее фото",
        "Смотреть всю галерею (12)",
        "Next photo",
        "View all photos (9)",
        "Келесі сурет",
        "This page is no longer being updated. Follow our coverage of the flood recovery here.",
        "Эта страница больше не обновляется.",
        "Read the full story at Steppe Business Weekly",
        "Original source: steppe-weekly.example",
    ],
)
def test_gallery_navigation_closed_live_pages_and_an_aggregators_links_are_debris(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "The next photo shows the dam before the flood.",
        "Смотреть галерею пришли сотни жителей.",
        "The original source of the river is a glacier.",
        "Read the full story of the dam in our archive, the editor said.",
    ],
)
def test_lines_near_gallery_and_aggregator_shapes_stay(line: str) -> None:
    assert not is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "Full report (EN) — 4.2 MB",
        "Краткое резюме (RU) – 640 КБ",
        "Data tables - 1,5 MB",
        "Қазақша нұсқасы",
        "English version",
        "Русская версия",
    ],
)
def test_a_download_with_its_size_and_a_link_to_another_language_are_debris(line: str) -> None:
    assert is_debris(line)


@pytest.mark.parametrize(
    "line",
    [
        "The database grew to 640 MB in a year.",
        "Объём архива — 2 ГБ, сообщили в музее.",
        "The English version of the law was published in May.",
        "Базовый – 10 ГБ",
        "Unlimited – 100 GB",
    ],
)
def test_sizes_and_versions_in_sentences_stay(line: str) -> None:
    assert not is_debris(line)


@pytest.mark.parametrize("line", ["Files", "Downloads", "Актуально", "Файлы"])
def test_headings_over_files_and_topical_links_are_block_headings(line: str) -> None:
    assert is_block_heading(line)


def test_a_gift_list_under_its_heading_over_a_button_leaves_the_story_without_blank_lines() -> None:
    text = (
        "Volunteers plant poplars along the Syr Darya\n"
        "Two hundred volunteers planted poplars near Kyzylorda, said coordinator Madina Ospan.\n"
        "The trees will shade the new canal.\n"
        "Ways to support us\n"
        "£10 buys five young trees\n"
        "£40 pays a gardener for a day\n"
        "£75 waters a grove for a summer\n"
        "Donate now\n"
    )
    body = body_of(text, "en")
    assert "£10 buys" not in body and "Ways to support us" not in body
    assert "The trees will shade the new canal." in body


def test_amounts_in_the_story_without_a_button_stay() -> None:
    text = (
        "Tree planting costs fall\n"
        "Planting costs fell this year, said coordinator Madina Ospan.\n"
        "What the money buys\n"
        "£10 buys five young trees\n"
        "£40 pays a gardener for a day\n"
        "The group hopes to plant a million trees by 2030.\n"
    )
    body = body_of(text, "en")
    assert "£10 buys five young trees" in body and "What the money buys" in body


@pytest.mark.parametrize(
    "line",
    [
        "Get updates on water and climate from across Central Asia. Join our movement today.",
        "Email address",
        "Адрес электронной почты",
        "Продолжить чтение",
        "Steppe Water Watch is a 501(c)(3) nonprofit registered in the US under EIN: 12-3456789.",
    ],
)
def test_a_sign_up_box_its_field_and_a_us_charitys_footer_are_debris(line: str) -> None:
    assert is_debris(line) or is_registration_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Farmers get updates on water levels from the basin authority every week.",
        "Her email address was published on the ministry's website.",
        "The fund, registered in 2019, spent 12-3456789 tenge on wells.",
    ],
)
def test_sentences_near_a_sign_up_box_stay(line: str) -> None:
    assert not is_debris(line) and not is_registration_line(line)


def test_the_story_under_a_read_more_prompts_links_stays() -> None:
    text = (
        "Uzbekistan opens a second cotton terminal at Navoi\n"
        "TASHKENT, Nov 3 (Steppe Wire) - Uzbekistan opened a second cotton terminal at Navoi on Monday, "
        "said terminal director Bakhodir Rasulov.\n"
        "Read more:\n"
        "Kyrgyz wheat imports rise on dry summer\n"
        "Caspian freight rates climb as ferries queue\n"
        "Growers said the terminal would help but would not end the queues this winter.\n"
        "Prices Hold Steady\n"
        "Cotton fibre was quoted at 78 cents a pound at the border on Monday, unchanged from a week ago, "
        "according to traders in Tashkent and Shanghai.\n"
        "The ministry expects exports to reach 400,000 tons next year, up from 310,000 tons this year, "
        "as new spinning mills open in Fergana.\n"
    )
    body = body_of(text, "en")
    assert "Kyrgyz wheat imports rise on dry summer" not in body
    assert "Growers said the terminal would help" in body and "Prices Hold Steady" in body


def test_teasers_under_a_related_list_at_the_foot_still_leave() -> None:
    text = (
        "Uzbekistan opens a second cotton terminal at Navoi\n"
        "Uzbekistan opened a second cotton terminal at Navoi on Monday, said terminal director Bakhodir Rasulov.\n"
        "The terminal will handle 200 wagons a day.\n"
        "Related stories:\n"
        "Kyrgyz wheat imports rise on dry summer\n"
        "Imports rose by a fifth as the harvest failed in the south.\n"
        "Caspian freight rates climb as ferries queue\n"
        "Rates rose for the third week running.\n"
    )
    body = body_of(text, "en")
    assert "Imports rose by a fifth" not in body and "Rates rose for the third week running." not in body


HOSPICE_STORY = (
    "Хоспис в Караганде принял первых пациентов\n"
    "КАРАГАНДА – Детский хоспис на 12 мест открылся в понедельник, сообщила директор фонда Ирина Жаксылыкова.\n"
    "Как помочь:\n"
    "стать волонтером хосписа;\n"
    "передать подгузники и средства ухода.\n"
)


@pytest.mark.parametrize(
    "form",
    [
        "Помочь фонду\nЕжемесячно\nРазово\n2 000 ₸\n5 000 ₸\nДругая сумма\nПомочь\n"
        "Нажимая кнопку, вы соглашаетесь с условиями публичной оферты\n",
        "Monthly\nOne-off\n$25\n$50\nOther amount\nDonate\nBy clicking Donate, you agree to our terms.\n",
        "Ай сайын\nБір рет\n2 000 ₸\n5 000 ₸\nБасқа сома\nКөмектесу\n"
        "Түймені басу арқылы сіз жария офертаның шарттарымен келісесіз\n",
    ],
)
def test_a_donation_form_under_the_story_goes(form: str) -> None:
    body = body_of(HOSPICE_STORY + form + "© 2026 Фонд «Жарық жол»\n", "ru")
    assert all(line not in body for line in form.splitlines())
    assert body.endswith("передать подгузники и средства ухода.")


def test_a_list_of_prices_in_the_story_stays() -> None:
    prices = "Проезд\n2 000 ₸\nОбед\n5 000 ₸\nНочлег\n10 000 ₸\n"
    body = body_of(HOSPICE_STORY + prices + "Родители говорят, что это дешевле, чем ездить в Астану каждую неделю.\n")
    assert all(line in body for line in prices.splitlines())


@pytest.mark.parametrize(
    "line",
    [
        "Privacy policy   Cookie settings",
        "Purchase Licensing Rights, opens new tab",
        "Swipe →",
        "Листайте",
        "For information media. Not an official record.",
        "Related galleries",
        "Похожие фотогалереи",
    ],
)
def test_a_pages_links_controls_and_disclaimers_are_debris(line: str) -> None:
    assert is_debris(line) or is_block_heading(line)


@pytest.mark.parametrize(
    "line",
    [
        "The new privacy policy of the ministry takes effect on 1 May, officials said.",
        "Swipe cards will replace paper tickets on Almaty buses next year.",
        "Электронная почта министерства не работала два дня, сообщили в ведомстве.",
        "Related galleries in Almaty and Astana will show the same works in the spring.",
    ],
)
def test_story_lines_about_privacy_and_mail_stay(line: str) -> None:
    assert not is_debris(line) and not is_block_heading(line)


def test_a_breadcrumb_ending_on_a_headline_cut_short_is_one() -> None:
    assert is_breadcrumb("Главная / Новости / В Шымкенте открылась бесплатная приемная для...")
    assert not is_breadcrumb("Главная / Новости / В Шымкенте открылась бесплатная приемная.")


def test_a_gallerys_counter_run_into_its_caption_is_debris() -> None:
    assert is_debris("Item 1 of 3 A truck waits at the Khorgos crossing, Kazakhstan, May 2, 2026. WIRE/Jane Doe")
    assert is_debris("Фото 2 из 5 Грузовики ждут на переходе Хоргос")
    assert not is_debris("Photo 1 of 2 shows the truck at the crossing, the court heard on Monday.")
    assert not is_debris("Item 4 of the agenda was the city budget, the council said.")


@pytest.mark.parametrize(
    "line",
    [
        "Thanks for reading! Forward this email to a colleague.",
        "Спасибо, что читаете! Перешлите это письмо коллеге.",
    ],
)
def test_a_newsletters_sign_off_is_debris(line: str) -> None:
    assert is_debris(line)


def test_a_newsletters_team_sign_off_is_debris_once_among_the_last_lines() -> None:
    story = ["The grid operator will add two lines by 2028.", "Prices stay flat until spring."]
    for sign_off in ("— The Caspian Grid Weekly team", "— Команда «Каспийская сеть»", "— «Каспий желісі» командасы"):
        assert is_sign_off([*story, sign_off, "Unsubscribe"], 2)
        assert not is_sign_off([*story, sign_off, sign_off, "Unsubscribe"], 2)  # a list of teams


@pytest.mark.parametrize(
    "lines",
    [
        ["— Как вы оцениваете игру?", "— Команда выложилась полностью.", "— Команда соперника оборонялась."],
        ["The biggest groups are:", "- The national water polo team", "- The women's volleyball team"],
        ["В полуфинале сыграют", "— Команда «Кайрат»", "— Команда «Астана»", "— Команда «Тобол»"],
        ["Жартылай финалда ойнайтын командалар", "— «Қайрат» командасы", "— «Астана» командасы"],
    ],
)
def test_dialogue_and_lists_of_teams_are_no_sign_off(lines: list[str]) -> None:
    assert not any(is_sign_off(lines, at) for at in range(len(lines)))
    assert not any(is_debris(line) for line in lines)


@pytest.mark.parametrize(
    "line",
    [
        "The rescue team reached the village on Tuesday.",
        "— The national team lost 2-1 to Georgia, the coach said after the match.",
        "Readers thanked the editors for reading their letters aloud on air.",
    ],
)
def test_lines_about_a_team_stay(line: str) -> None:
    assert not is_debris(line)


def test_a_newspapers_reuse_link_is_debris() -> None:
    assert is_debris("Reuse this content")
    assert not is_debris("Reuse this content wisely, the librarians told pupils.")


@pytest.mark.parametrize(
    "line",
    [
        "Thanks for reading us all these years, and for every letter, complaint and tip you sent us.",
        "Спасибо, что читаете нас все эти годы, пишете письма, спорите с нами и присылаете новости.",
    ],
)
def test_a_storys_sentence_thanking_its_readers_is_no_debris(line: str) -> None:
    assert not is_debris(line)


def test_a_newsletters_thanks_alone_is_debris() -> None:
    assert all(is_debris(line) for line in ("Thanks for reading!", "Спасибо, что читаете.", "Оқығаныңызға рахмет!"))


def test_a_consent_clause_quoted_in_a_story_is_no_forms_consent() -> None:
    assert not is_debris("Нажимая кнопку «Продолжить», вы соглашаетесь на передачу ваших данных партнерам сервиса.")
    assert not is_debris("By signing up, you agree that your location may be shared with our partners.")
    assert is_debris("By clicking Donate, you agree to our Terms and Privacy Policy.")
    assert is_debris("Түймені басу арқылы сіз дербес деректерді өңдеуге келісім бересіз.")


def test_an_amount_in_brackets_after_registered_is_no_registration_number() -> None:
    assert not is_registration_line(
        "Компания зарегистрирована в Астане, ее уставный капитал составляет 15 млн тенге (15 000 000 тенге)."
    )
    assert not is_registration_line("Орталықта 12 450 адам тіркелген (12 300 500 теңге жәрдемақы төленді).")


def test_a_storys_tariff_table_is_no_donation_form() -> None:
    assert donation_form(["Разово", "300 ₸", "Ежемесячно", "9 000 ₸"]) == 0
    assert donation_form(["Single", "₸250", "Monthly", "₸9,000"]) == 0
    assert donation_form(["Ежемесячно", "Разово", "2 000 ₸", "5 000 ₸", "Другая сумма", "Помочь"]) == 6


def test_two_fundraisers_widgets_one_under_the_other_are_one_widget_run() -> None:
    widgets = ["Операция для Айгерим", "1 240 000 ₸", "из 2 000 000 ₸", "62%"]
    widgets += ["Реабилитация для Тимура", "500 000 ₸", "из 1 000 000 ₸", "50%"]
    assert fund_widget(widgets) == len(widgets)
    budget = ["Автобусы", "12 000 000 000 ₸", "41%", "Дороги", "9 000 000 000 ₸", "31%"]
    assert fund_widget(budget) == 0
