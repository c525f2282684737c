"""Shapes of the lines above a post's or page's headline that were taken for its title, and body lines
that were lost, met on real pages (group and chat names, government banners, captions under an agency's
headline, a forwarded newsletter's preheader, a release's headline over its standfirst, live blogs whose
entries have no headline, readers' phone lines), each checked on invented text."""

from __future__ import annotations

import pytest

from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


def test_a_group_name_over_its_member_count_is_no_title() -> None:
    text = (
        "Клуб садоводов села Береке\n"
        "Группа · 1,2 тыс. участников\n"
        "вчера\n"
        "Собрали первый урожай в новой теплице!\n"
        "В субботу члены клуба Алия Нурланова и Пётр Светлов собрали в теплице у школы сорок килограммов огурцов.\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == "Собрали первый урожай в новой теплице!"
    assert "Группа" not in found.body


def test_a_public_group_line_in_english_is_no_title() -> None:
    text = (
        "Riverside Birdwatchers of Pavlodar\n"
        "Public group · 3.4K members\n"
        "Swans are back on the Irtysh\n"
        "Members counted eighty-two whooper swans on the river north of the city on Sunday morning.\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == "Swans are back on the Irtysh"


def test_a_chat_name_over_its_member_bar_is_no_title() -> None:
    text = (
        "Жильцы дома 14, подъезд 2\n"
        "Вы, Сауле, Нурлан, +7 701 555 12 34, ещё 31\n"
        "3 декабря 2026 г.\n"
        "Пересылалось много раз\n"
        "Отключение горячей воды в четверг\n"
        "Уважаемые жильцы! В четверг с 9:00 до 18:00 в доме не будет горячей воды из-за ремонта теплотрассы.\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == "Отключение горячей воды в четверг"
    assert "Сауле" not in found.body


def test_a_list_of_names_in_a_story_stays() -> None:
    text = (
        "Three friends reopen the village cinema\n"
        "The cinema in Akkol reopened on Friday after ten years, thanks to three friends who fixed the projector.\n"
        "You, Marat, Dana and the whole street are invited, the poster at the door says.\n"
    )
    assert "You, Marat, Dana" in extract(text, REGISTRY).body


def test_a_government_banner_and_menu_over_the_crumbs_are_no_title() -> None:
    text = (
        "Consulate General of Freedonia in Almaty\n"
        "An official website of the Freedonian government\n"
        "Notice: Consular hours change in January\n"
        "Home\n"
        "Visas\n"
        "Citizen Services\n"
        "News & Events\n"
        "Home | News & Events | ...\n"
        "Consulate Hosts Winter Job Fair for Young Graduates\n"
        "By Consulate General Almaty | 2 December, 2026\n"
        "About 400 graduates met employers from twelve Freedonian companies at the consulate's fair on Monday.\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == "Consulate Hosts Winter Job Fair for Young Graduates"
    assert "Citizen Services" not in found.body


def test_an_official_site_name_over_the_crumbs_and_a_document_label_is_no_title() -> None:
    text = (
        "Акмолинская область. Официальный интернет-ресурс акимата\n"
        "Главная / Документы / Решения\n"
        "Решение\n"
        "О присвоении имени улице в селе Жаксы\n"
        "Решение акима сельского округа от 1 декабря 2026 года № 12\n"
        "В соответствии с законом аким сельского округа РЕШИЛ: присвоить улице имя Абая.\n"
    )
    assert extract(text, REGISTRY).title == "О присвоении имени улице в селе Жаксы"


def test_a_caption_with_its_credit_under_an_agency_headline_is_no_title() -> None:
    text = (
        "WIREDESK\n"
        "World   Business   Sport   Culture\n"
        "Business\n"
        "Melon growers in Turkistan region turn to rail to reach Moscow\n"
        "Published on 02/12/2026 - 10:15\n"
        "Modified on 02/12/2026 - 12:40\n"
        "2 min\n"
        "Share on Facebook  Share on X  Share by email  Copy link\n"
        "Melons are loaded onto a train in Shymkent on December 1, 2026. © Steppe Press\n"
        "Shymkent (Kazakhstan) (Steppe Press) - Growers in Turkistan region sent 40 wagons of melons north this "
        "autumn, the regional rail operator said on Wednesday.\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == "Melon growers in Turkistan region turn to rail to reach Moscow"
    assert found.caption == "Melons are loaded onto a train in Shymkent on December 1, 2026."


def test_a_forwarded_newsletter_takes_its_first_story_headline() -> None:
    text = (
        "From: Dana Utegenova <d.utegenova@press-partners.example>\n"
        "Sent: Monday, December 7, 2026 9:02 AM\n"
        "Subject: FW: Steppe Libraries Bulletin, December 2026\n"
        "Dana\n"
        "________________________________\n"
        "From: Steppe Libraries Bulletin <bulletin@steppe-libraries.example>\n"
        "Sent: Friday, December 4, 2026 5:40 PM\n"
        "Subject: Steppe Libraries Bulletin, December 2026\n"
        "Reading marathon, new e-books and a winter film club – your December news\n"
        "View this email in your browser\n"
        "STEPPE LIBRARIES BULLETIN | Issue 7 | 4 December 2026\n"
        "In this issue: Reading marathon · New e-books · Winter film club\n"
        "Reading marathon draws 600 children to libraries in Kostanay region\n"
        "Six hundred children read aloud for twelve hours in 30 village libraries of Kostanay region on Saturday.\n"
    )
    assert extract(text, REGISTRY).title == "Reading marathon draws 600 children to libraries in Kostanay region"


def test_a_story_opening_in_this_issue_with_a_list_stays() -> None:
    text = (
        "Magazine marks its hundredth issue\n"
        "The regional science magazine Dala Ilimi has published its hundredth issue this week.\n"
        "In this issue the editors chose three themes: water, soil and the steppe's birds.\n"
    )
    assert "In this issue the editors" in extract(text, REGISTRY).body


def test_a_release_headline_under_its_label_is_the_title_over_its_standfirst() -> None:
    text = (
        "Open Steppe Watch\n"
        "Defending Rights Across the Region\n"
        "Countries   Topics   Reports   Get Involved   About\n"
        "Donate Now\n"
        "News Release\n"
        "Herders in Zhambyl Face Fines for Grazing Protest\n"
        "Officials Should Withdraw Penalties, Meet With Villagers\n"
        "December 3, 2026 9:00AM EST\n"
        "(Geneva) – Local officials in Zhambyl region should withdraw fines imposed on 11 herders who blocked a "
        "road to protest the sale of common pastures, Open Steppe Watch said today.\n"
    )
    found = extract(text, REGISTRY)
    assert found.title == "Herders in Zhambyl Face Fines for Grazing Protest"
    assert found.subtitle == "Officials Should Withdraw Penalties, Meet With Villagers"


def test_a_live_blog_whose_entries_have_no_headline_keeps_its_times() -> None:
    text = (
        "Floods in Semey – live\n"
        "Published 4 April 2026, 07:10\n"
        "Show key events only\n"
        "13:20\n"
        "The river has dropped by ten centimetres since noon, the regional emergencies department says.\n"
        "Share\n"
        "11:45\n"
        "Dry.\n"
        "That is the word from residents of the Zhanasemey district, where the water has left the streets.\n"
        "Share\n"
        "09:05\n"
        "Good morning. Rescuers worked through the night to raise the dams along the Irtysh in the city.\n"
        "Share\n"
    )
    body = extract(text, REGISTRY).body
    assert all(time in body for time in ("13:20", "11:45", "09:05"))
    assert "Dry." in body


def test_a_comment_thread_times_are_no_live_blog() -> None:
    text = (
        "Park opens on the river bank\n"
        "The new park on the Ishim river bank opened on Saturday with two playgrounds and a skating rink.\n"
        "Comments\n"
        "Asel K.\n"
        "12:40\n"
        "Finally a place to walk with the children in our district, thank you to everyone.\n"
        "Bolat\n"
        "13:05\n"
        "The rink is too small for the whole district, they should have built two of them.\n"
    )
    body = extract(text, REGISTRY).body
    assert "12:40" not in body and "13:05" not in body


def test_phone_lines_announced_to_readers_at_the_end_stay() -> None:
    text = (
        "Родители, не отпускайте детей на лёд\n"
        "Уважаемые родители! Лёд на реке Ишим в черте города ещё тонкий, толщина местами не больше пяти сантиметров.\n"
        "Если вы увидели человека на тонком льду, сразу звоните:\n"
        "112 – единый номер экстренных служб\n"
        "8 (7172) 55-01-01 – дежурная часть спасателей\n"
        "Пожалуйста, перешлите это сообщение в другие чаты.\n"
    )
    assert "8 (7172) 55-01-01 – дежурная часть спасателей" in extract(text, REGISTRY).body


def test_a_press_contact_under_its_label_still_leaves_the_body() -> None:
    text = (
        "Library opens a reading room for blind readers\n"
        "The regional library in Kostanay opened a reading room with Braille books and audio players on Monday.\n"
        "Media contacts:\n"
        "Aigerim Sadykova – +7 701 555 20 30\n"
    )
    assert "+7 701 555 20 30" not in extract(text, REGISTRY).body


def test_a_standfirst_right_under_the_title_over_a_caption_stays() -> None:
    text = (
        "Фонд Степь\n"
        "Новости › Истории\n"
        "«Теперь мы видим каждого ученика»: учителя Жезказгана осваивают новые методики\n"
        "2 декабря 2026\n"
        "В Жезказгане открылся методический центр, где учителя сельских школ разбирают уроки с наставниками\n"
        "Учительница Мадина Оспанова ведёт открытый урок в центре. Фото: Фонд Степь / Арман Жумабаев\n"
        "За первый месяц работы центр прошли 120 учителей из сорока сельских школ области.\n"
        "\n"
        "Обучение продлится до конца учебного года.\n"
    )
    found = extract(text, REGISTRY)
    standfirst = "В Жезказгане открылся методический центр, где учителя сельских школ разбирают уроки с наставниками"
    assert found.subtitle == standfirst or standfirst in found.body
    assert found.caption == "Учительница Мадина Оспанова ведёт открытый урок в центре."


def test_a_newsletter_subject_naming_its_issue_is_no_headline() -> None:
    text = (
        "From: Steppe Water Bulletin <news@steppewater.example>\n"
        "Date: Fri, 4 Dec 2026 at 10:00\n"
        "Subject: Steppe Water Bulletin – December 2026\n"
        "To: <press@example.kz>\n"
        "\n"
        "Steppe Water Bulletin – December 2026\n"
        "\n"
        "New canal lining saves water for 40 farms in Kyzylorda\n"
        "\n"
        "Forty farms in Kyzylorda region will get more irrigation water next spring after a 12-kilometre canal "
        "was lined with concrete, the basin authority said.\n"
    )
    assert extract(text, REGISTRY).title == "New canal lining saves water for 40 farms in Kyzylorda"


def test_a_subject_with_a_headline_ending_in_a_date_is_still_the_headline() -> None:
    text = (
        "From: Press office <press@steppewater.example>\n"
        "Subject: Basin authority opens a new canal in Kyzylorda region on Friday\n"
        "\n"
        "Basin authority opens a new canal in Kyzylorda region on Friday\n"
        "\n"
        "The basin authority will open a 12-kilometre canal in Kyzylorda region on Friday, its press office said.\n"
    )
    assert extract(text, REGISTRY).title == "Basin authority opens a new canal in Kyzylorda region on Friday"


def test_a_government_banner_without_breadcrumbs_is_no_title() -> None:
    text = (
        "An official website of the Freedonian government\n"
        "Here's how you know\n"
        "Official websites use .gov\n"
        "A .gov website belongs to an official government organization in Freedonia.\n"
        "Freedonian Embassy in Kazakhstan\n"
        "Ambassador Meets Students at Astana Library\n"
        "December 2, 2026\n"
        "The ambassador met about 80 students at the national library on Tuesday to talk about exchange programs.\n"
    )
    assert extract(text, REGISTRY).title == "Ambassador Meets Students at Astana Library"


def test_an_official_site_line_over_a_rubric_is_no_title() -> None:
    text = (
        "Официальный интернет-ресурс акимата Костанайской области\n"
        "Новости\n"
        "Аким области встретился с фермерами Аулиекольского района\n"
        "2 декабря 2026\n"
        "Аким области обсудил с фермерами района подготовку к весеннему севу и ремонт дорог между сёлами.\n"
    )
    assert extract(text, REGISTRY).title == "Аким области встретился с фермерами Аулиекольского района"


def test_a_headline_about_an_official_site_stays_the_title() -> None:
    text = (
        "Акимат запустил новый официальный сайт для жителей области\n"
        "2 декабря 2026\n"
        "На новом сайте акимата жители могут записаться на приём и оставить жалобу онлайн.\n"
    )
    assert extract(text, REGISTRY).title == "Акимат запустил новый официальный сайт для жителей области"


def test_a_caption_under_its_credit_above_a_dated_agency_headline_is_no_title() -> None:
    text = (
        "STEPPEWIRE\n"
        "Society\n"
        "Photo: Steppe News Agency\n"
        "A snow plough clears the road near the village of Koyandy on Monday morning\n"
        "Snowstorm closes roads across Akmola region\n"
        "2 December 2026, 10:15\n"
        "ASTANA. STEPPE NEWS – Several roads in Akmola region were closed on Monday because of a snowstorm, "
        "police said.\n"
    )
    assert extract(text, REGISTRY).title == "Snowstorm closes roads across Akmola region"


def test_a_dated_headline_over_a_trail_like_line_stays_the_title() -> None:
    text = (
        "Flood waters reach the outskirts of Semey\n"
        "2 December 2026\n"
        "Photo / Video\n"
        "Residents of two villages were moved to schools overnight\n"
        "Rescuers moved about 300 residents of two villages near Semey to schools overnight as the river rose.\n"
    )
    assert extract(text, REGISTRY).title == "Flood waters reach the outskirts of Semey"


def test_a_kazakh_group_name_over_its_member_count_is_no_title() -> None:
    text = (
        "ОДНОКЛАССНИКИ\n"
        "Ардагерлер кеңесі\n"
        "Топ · 2,3 мың қатысушы\n"
        "3 күн бұрын\n"
        "Ардагерді мерейтойымен құттықтаймыз!\n"
        "Бүгін еңбек ардагері Зоя Петрова 90 жасқа толды, ол қырық жыл құрылыста еңбек етті.\n"
    )
    assert extract(text, REGISTRY).title == "Ардагерді мерейтойымен құттықтаймыз!"


def test_a_headline_over_its_share_row_stays_the_title() -> None:
    text = (
        "Экономика\n"
        "Экспорт зерна через Каспий вырос до рекорда\n"
        "21.11.2026, 14:32\n"
        "Поделиться   Facebook   Telegram   WhatsApp\n"
        "Погрузка пшеницы в порту Актау\n"
        "АКТАУ. Казахстан в ноябре отправил через Каспий рекордные 1,4 млн тонн зерна, сообщили в министерстве.\n"
    )
    assert extract(text, REGISTRY).title == "Экспорт зерна через Каспий вырос до рекорда"


def test_a_headline_over_its_share_row_and_standfirst_stays_the_title() -> None:
    text = (
        "World\n"
        "Floods hit southern Kazakhstan villages after dam breaks\n"
        "21 November 2026\n"
        "Facebook   X   Telegram   Email\n"
        "Residents of three villages wait for rescue boats on the roofs of their houses\n"
        "Rescuers evacuated about 900 people from three villages in Turkistan region after a dam broke on Friday.\n"
    )
    assert extract(text, REGISTRY).title == "Floods hit southern Kazakhstan villages after dam breaks"


def test_a_dated_headline_over_its_widgets_stays_the_title() -> None:
    text = (
        "Floods hit southern Kazakhstan villages after dam breaks\n"
        "21 November 2026\n"
        "A+   A-   Print\n"
        "Residents wait for rescue boats on the roofs of their houses\n"
        "Rescuers evacuated about 900 people from three villages in Turkistan region after a dam broke on Friday.\n"
    )
    assert extract(text, REGISTRY).title == "Floods hit southern Kazakhstan villages after dam breaks"


def test_a_dated_headline_over_listen_buttons_stays_the_title() -> None:
    text = (
        "Паводок затопил три села в Туркестанской области\n"
        "21 ноября 2026, 14:32\n"
        "Слушать   Читать   Смотреть\n"
        "Жители ждут лодки спасателей на крышах домов\n"
        "Спасатели эвакуировали около 900 жителей трёх сёл Туркестанской области после прорыва дамбы в пятницу.\n"
    )
    assert extract(text, REGISTRY).title == "Паводок затопил три села в Туркестанской области"


def test_a_chat_member_bar_with_the_reader_last_is_no_title() -> None:
    text = (
        "Соседи, улица Абая 12\n"
        "Айгерим, Нурлан, +7 701 555 12 34, Вы\n"
        "Завтра отключат газ с 10:00 до 16:00\n"
        "Уважаемые соседи! Завтра с 10:00 до 16:00 в доме отключат газ из-за замены счётчиков в подъезде.\n"
    )
    assert extract(text, REGISTRY).title == "Завтра отключат газ с 10:00 до 16:00"


def test_a_government_platform_banner_is_no_title() -> None:
    text = (
        "Единая платформа интернет-ресурсов государственных органов\n"
        "Акимат Жамбылской области\n"
        "Новости\n"
        "Аким области открыл новую школу в Таразе\n"
        "24 ноября 2026\n"
        "Аким области открыл в Таразе новую школу на 1 200 мест, строительство которой заняло два года.\n"
    )
    assert extract(text, REGISTRY).title == "Аким области открыл новую школу в Таразе"


@pytest.mark.parametrize(
    ("rubric", "headline", "deck", "under"),
    [
        ("Колонки", "Без света", "Как живёт село, в котором свет дают четыре часа в сутки", "12 ноября 2026 г., 09:00"),
        ("Село", "ОВЁС ВМЕСТО ЯЧМЕНЯ", "Почему фермеры Акмолинской области меняют севооборот", "Текст: Ольга Ким"),
        ("Columns", "Dry taps", "How a steppe village lives with three hours of water a day", "10 November 2026"),
    ],
)
def test_a_short_headline_under_the_rubric_over_its_question_deck_is_the_title(
    rubric: str, headline: str, deck: str, under: str
) -> None:
    lead = "The taps in the village run from six to nine in the morning, and the families fill their barrels then."
    more = "The akimat has promised a new water main by 2028, the third such promise in ten years."
    text = f"Steppe Herald\nNews   Columns   Investigations\n{rubric}\n{headline}\n{deck}\n{under}\n{lead}\n{more}\n"
    found = extract(text, REGISTRY)
    assert found.title == headline
    assert lead in found.body


def test_a_label_under_the_rubric_over_a_stated_headline_is_no_title() -> None:
    lead = "Exporters moved a third of their grain to the Caspian route this autumn, the ministry said on Monday."
    text = (
        "Steppe Herald\nNews   Markets   Opinion\nMarkets\nPartner content\n"
        f"Kazakh grain exporters shift to the Caspian route\n17 November 2026\n{lead}\n"
    )
    assert extract(text, REGISTRY).title == "Kazakh grain exporters shift to the Caspian route"
