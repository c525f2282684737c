"""The blocks stage: the end mark, related-stories lists, press contacts and closing boilerplate."""

from __future__ import annotations

from newsroom.importer.blocks import MAX_RELATED_HEADLINES, mark_blocks
from newsroom.importer.extract import extract
from newsroom.importer.lines import LineRole, split_lines
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY


def kept(text: str) -> list[str]:
    """The lines the blocks stage leaves in the body (the first line stands for the title)."""
    lines = split_lines(text)
    lines[0].role = LineRole.TITLE
    mark_blocks(lines, 1)
    return [line.text for line in lines[1:] if line.role is LineRole.BODY]


def test_everything_after_an_end_mark_goes() -> None:
    assert kept("Title\n\nThe body.\n\n###\n\nAbout the clubs: founded in 1995.\n\nA last line.") == ["The body."]


def test_a_related_list_goes_up_to_its_cap() -> None:
    headlines = [f"Clubs of town {n} hold a fair" for n in range(1, MAX_RELATED_HEADLINES + 3)]
    body = kept("Title\n\nThe body.\n\nPopular\n\n" + "\n\n".join(headlines))
    assert body == ["The body.", *headlines[MAX_RELATED_HEADLINES:]]


def test_a_related_list_ends_at_a_question() -> None:
    text = "Title\n\nThe body.\n\nПохожие новости\n\nКлубы провели субботник\n\nЧто дальше?\n\nКонец."
    assert kept(text) == ["The body.", "Что дальше?", "Конец."]


def test_a_heading_without_headlines_under_it_stays() -> None:
    text = "Title\n\nThe body.\n\nPopular\n\nThe clubs became popular with pupils in 2020, the survey found."
    assert kept(text) == ["The body.", "Popular", "The clubs became popular with pupils in 2020, the survey found."]


def test_a_contact_block_goes_wherever_it_stands() -> None:
    text = (
        "Title\n\nThe body.\n\nMedia contacts\n\nJane Smith\n\n+41 22 909 5716\n\n"
        "The law covers two million children.\n\nThe end."
    )
    assert kept(text) == ["The body.", "The law covers two million children.", "The end."]


def test_boilerplate_only_in_the_last_part() -> None:
    early = "Title\n\nThe body.\n\nAbout the Federation\n\n" + "\n\n".join(f"Line {n}." for n in range(8))
    assert "About the Federation" in kept(early)
    late = "Title\n\n" + "\n\n".join(f"Line {n}." for n in range(8)) + "\n\nAbout the Federation\n\nFounded in 1995."
    assert kept(late) == [f"Line {n}." for n in range(8)]


def test_a_comment_section_goes_with_everything_after_it() -> None:
    body = "\n\n".join(f"Paragraph {n} of the post." for n in range(1, 6))
    text = f"Title\n\n{body}\n\n2 Comments\n\nDana K. says:\n\nGreat work, well done all!\n\nReply\n\nLeave a Reply"
    assert kept(text) == [f"Paragraph {n} of the post." for n in range(1, 6)]


def test_a_comment_opener_at_the_start_of_the_text_is_left_alone() -> None:
    text = "Title\n\nThe lead of the story.\n\nComments\n\n" + "\n\n".join(f"Paragraph {n}." for n in range(1, 12))
    assert "Comments" in kept(text)


def test_a_list_heading_as_the_last_line_goes() -> None:
    assert kept("Title\n\nThe body.\n\nMore from the foundation blog") == ["The body."]


def test_a_most_read_list_goes_with_its_teasers_and_bylines() -> None:
    text = (
        "Title\n\nThe body.\n\nMost read\n\nDrought pushes herders to new pastures\n\n"
        "Herders in the south moved their flocks early this year.\n\nBy Nadia Petrenko | 2 hours ago\n\n"
        "Youth envoys meet in Bishkek\n\nThe envoys agreed on a joint statement."
    )
    assert kept(text) == ["The body."]


def test_the_body_after_a_related_list_stays() -> None:
    text = (
        "Title\n\nThe body.\n\nRelated news\n\nYouth envoys meet in Bishkek\n\n"
        "The clubs will meet again in May.\n\nTheir next meeting will decide on the camps."
    )
    assert kept(text)[-2:] == ["The clubs will meet again in May.", "Their next meeting will decide on the camps."]


def test_a_comment_section_right_after_the_neighbour_links_goes() -> None:
    text = (
        "Title\n\nThe body.\n\nMore of the body.\n\nThe end of the story.\n\n← Previous post: Night train to Aral\n"
        "Next post: Baursaks with my neighbour →\n3 thoughts on “A winter morning”\nAigul Bekova\n"
        "Beautiful post! Which month is best?\nReply"
    )
    assert kept(text) == ["The body.", "More of the body.", "The end of the story."]


def test_about_the_author_opens_the_closing_boilerplate() -> None:
    story = "\n\n".join(f"The story's paragraph number {n}." for n in range(1, 7))
    text = f"Title\n\n{story}\n\nAbout the author\n\nDana Kim is a senior fellow at the Lab.\n\nRelated commentary"
    assert kept(text) == story.split("\n\n")


def test_a_link_under_each_story_of_a_digest_opens_no_related_list() -> None:
    items = [
        "Wind farm planned near Ereymentau",
        "A Danish developer has signed a land lease for a 300-megawatt wind farm.",
        "Shymkent bus fleet goes electric",
        "The city took delivery of its first forty electric buses this week.",
    ]
    text = "Title\n\nThe lead story's paragraph.\n\nRead more →\n\n{}\n\nRead more →\n\n{}\n\nRead more →\n"
    body = kept(text.format("\n\n".join(items[:2]), "\n\n".join(items[2:])))
    assert [line for line in body if line != "Read more →"] == ["The lead story's paragraph.", *items]


def test_a_related_heading_once_under_the_story_still_opens_its_list() -> None:
    text = "Title\n\nThe body.\n\nRead more\n\nClubs of Aktau hold a fair\n\nClubs of Atyrau open a library\n"
    assert kept(text) == ["The body."]


def test_an_editors_note_on_the_story_on_its_headings_line_stays() -> None:
    note = "Editor's note: An earlier version of this story gave the wrong year for the bridge's opening."
    text = f"Title\n\nThe body.\n\nThe bridge opens in May.\n\n{note}\n\nNotes to editors\n\nSteppe Bridges is a fund."
    assert kept(text) == ["The body.", "The bridge opens in May.", note]


def test_notes_to_editors_describing_the_organisation_on_the_headings_line_go() -> None:
    text = (
        "Title\n\nThe body.\n\nThe bridge opens in May.\n\nThe works cost 4 billion tenge.\n\n"
        "Note to editors: Steppe Bridges is a charity founded in Kostanay in 2009.\n\nIt builds footbridges.\n"
    )
    assert kept(text) == ["The body.", "The bridge opens in May.", "The works cost 4 billion tenge."]


WORK_CROSSHEADS = [
    (
        "Other projects",
        ["School lunches in 40 villages", "Summer camps for orphans"],
        "The foundation said it would spend 300 million tenge on its programmes this year, most of it from donors.",
    ),
    (
        "Другие проекты",
        ["Горячие обеды в 40 сёлах", "Летние лагеря для сирот"],
        "В этом году фонд потратит на свои программы 300 миллионов тенге, большую часть собрали частные жертвователи.",
    ),
    (
        "Басқа жобалар",
        ["40 ауылдағы ыстық тамақ", "Жетім балаларға арналған жазғы лагерь"],
        "Қор биыл бағдарламаларына 300 миллион теңге жұмсайды, оның көбін жеке демеушілер жинап берген екен деп айтты.",
    ),
]


def test_an_organisations_crosshead_over_its_work_between_paragraphs_stays() -> None:
    for heading, items, paragraph in WORK_CROSSHEADS:
        opening = "The foundation opened its 50th rural school library on Thursday, in a village near Shymkent."
        body = kept("\n".join(["Title", opening, heading, *items, paragraph]))
        assert body == [opening, heading, *items, paragraph]


def test_other_projects_at_the_pages_foot_go() -> None:
    for heading, items, _paragraph in WORK_CROSSHEADS:
        opening = "The foundation opened its 50th rural school library on Thursday, in a village near Shymkent."
        assert kept("\n".join(["Title", opening, heading, *items, "© 2026 Steppe Books Foundation"])) == [opening]


def test_additional_information_on_the_story_stays() -> None:
    story = ["The court in Taraz extended the blogger's arrest by two months on Monday."] * 6
    for heading, notes in (
        (
            "Дополнительная информация",
            ["Статья 174 УК неоднократно критиковалась юристами.", "В 2025 году осудили 9 человек."],
        ),
        (
            "Additional information",
            ["Article 174 has long been criticised by lawyers.", "Nine people were convicted in 2025."],
        ),
    ):
        assert kept("\n".join(["Title", *story, heading, *notes])) == [*story, heading, *notes]


def test_additional_information_about_the_organisation_goes() -> None:
    story = ["The court in Taraz extended the blogger's arrest by two months on Monday."] * 6
    for heading, about in (("Дополнительная информация", "Фонд «Ашық сөз» — независимая правозащитная организация."),):
        assert kept("\n".join(["Title", *story, heading, about])) == story


def test_other_urgent_actions_under_the_story_go() -> None:
    story = ["The court in Taraz extended the blogger's arrest by two months on Monday."] * 3
    listed = ["Другие срочные акции", "Журналистку из Атырау вызывают на допросы", "Активистам запретили выезд"]
    assert kept("\n".join(["Title", *story, *listed])) == story


def test_a_digests_read_more_links_under_each_item_leave_the_items() -> None:
    items = [
        "Wind farm talks resume in Zhanatas",
        "A Danish-led consortium has reopened talks on a wind project near Zhanatas.",
        "Pavlodar smelter back to full capacity",
        "The smelter restarted its second potline after a two-week repair.",
    ]
    text = ["Title", "The grid operator will add two lines by 2028, its chief said.", "Read more →"]
    text += [items[0], items[1], "Read more →", items[2], items[3], "Read more →"]
    body = kept("\n".join(text))
    assert all(item in body for item in items)


def test_a_read_more_heading_once_over_headlines_goes() -> None:
    text = "Title\nThe grid operator will add two lines by 2028.\nRead more →\nWind farm talks resume\nSmelter restarts"
    assert kept(text) == ["The grid operator will add two lines by 2028."]


def test_a_plain_heading_over_each_related_card_at_the_foot_still_opens_the_list() -> None:
    story = [
        "ALMATY – The city council on Tuesday approved dedicated bus lanes on Abay Avenue, a move officials say "
        "will cut travel times by a third.",
        "Work on the 8-kilometre stretch will start in April and should be finished by September.",
        "The council said it would review traffic data after six months.",
    ]
    english = [
        "Metro extension to open in 2027",
        "The new line will link the airport with the city centre.",
        "Taxi fares rise by 15 percent",
        "Drivers blame higher fuel prices for the increase.",
        "Almaty bans cars from Arbat on weekends",
        "The pedestrian zone will be extended to Zhibek Zholy street.",
    ]
    russian = [
        "Продление метро откроют в 2027 году",
        "Новая линия свяжет аэропорт с центром города.",
        "Тарифы на такси выросли на 15 процентов",
        "Водители объясняют рост цен подорожанием топлива.",
        "Арбат закроют для машин по выходным",
        "Пешеходную зону продлят до улицы Жибек Жолы.",
    ]
    for heading, cards, trailing in (("Read more", english, True), ("Читайте также", russian, False)):
        foot = [heading, *cards[:2], heading, *cards[2:4], heading, *cards[4:]] + ([heading] if trailing else [])
        assert kept("\n\n".join(["Title", *story, *foot])) == story


def test_notes_to_editors_on_the_headings_line_about_the_sender_go_whatever_their_wording() -> None:
    story = [
        "ALMATY – The number of snow leopards in the Almaty nature reserve has doubled in ten years to 24, "
        "a camera-trap survey showed.",
        "The survey, carried out over two winters, used 60 cameras placed along the ridges of the Trans-Ili Alatau.",
        '"This is the result of a decade of work against poaching," said the reserve\'s director, Marat Ospanov.',
        "Rangers plan to extend the survey to the Zhongar Alatau next year.",
    ]
    for notes in (
        [
            "Notes to editors: Kazakh Wildlife Fund (KWF) was founded in 2001 and works to protect rare species.",
            "It runs projects in five countries and employs 80 staff.",
        ],
        [
            "Notes to editors: Founded in 2001, the Kazakh Wildlife Fund protects rare species in Central Asia.",
            "It runs projects in five countries and employs 80 staff.",
            "www.kwf.kz",
        ],
        [
            "Notes to editors: 1. The Kazakh Wildlife Fund is a charity founded in 2001.",
            "2. It runs projects in five countries and employs 80 staff.",
        ],
    ):
        assert kept("\n\n".join(["Title", *story, *notes])) == story


def test_an_end_mark_inside_a_contact_block_still_ends_the_text() -> None:
    story = ["The university won a grant for a methane sensor.", "Field tests start at a mine in spring 2027."]
    contacts = ["Media contacts:", "Press office", "tel.: +7 (7212) 00-00-00", "e-mail: press@steppe-tu.example"]
    foot = ["###", "--", "Best regards,", "Dana Ermekova", "press aide", "mob. +7 700 000 00 00", "", "Sent from X"]
    assert kept("\n".join(["Title", *story, "", *contacts, "", *foot])) == story


def test_an_e_mails_signature_under_its_separator_goes() -> None:
    story = [
        "Театр 27 қарашада «Көксерек» спектаклінің премьерасын көрсетеді.",
        "Спектакльдің музыкасын жас композитор Әсел Нұрланқызы жазды.",
        "Билеттерді театр кассасынан сатып алуға болады.",
    ]
    signature = ["--", "Құрметпен,", "Сәуле Бекова", "Баспасөз хатшысы", "Алматы қ., Достық даңғылы, 5", "Virus-free."]
    disclaimer = (
        "Это сообщение и вложения к нему предназначены только для адресата. Если вы получили его по ошибке, "
        "удалите его и сообщите отправителю."
    )
    assert kept("\n".join(["Title", *story, *signature, disclaimer, "Вложения:", "IMG_0001.jpg"])) == story


def test_a_rule_of_dashes_with_the_story_going_on_under_it_stays() -> None:
    paragraph = "The works on the second bridge will start in April and should be finished by the end of September."
    text = ["Title", "The city will build two bridges.", "--", paragraph, paragraph.replace("second", "third")]
    assert kept("\n".join(text)) == text[1:]


def test_an_ads_copy_under_its_label_goes_and_a_story_line_under_an_empty_slot_stays() -> None:
    story = ["Олег показывает насос, который сам собрал.", "Местный акимат объясняет перебои износом сетей."]
    for label, copy in (
        ("Реклама", "Оформите карту «Степь Банк» за 5 минут и получайте кешбэк до 10% на всё."),
        ("Жарнама", "Ақтаудан Ыстамбұлға тікелей рейстер. Билеттерді сатып алыңыз!"),
        ("Advertisement", "Discover the Silk Road by train: 12 days from Almaty to Bukhara"),
    ):
        # the label itself goes in the roles stage
        assert [line for line in kept("\n".join(["Title", story[0], label, copy, story[1]])) if line != label] == story
        assert [line for line in kept("\n".join(["Title", story[0], label, *story[1:]])) if line != label] == story


def test_a_comments_heading_over_its_forms_fields_opens_the_comments() -> None:
    story = ["Облыста 180 мыңнан астам түйе бар.", "Шұбат зауыты биыл екі есе көп өнім шығарды."]
    for form in (
        ["Пікірлер", "Атыңыз", "Пікіріңіз", "Жіберу"],
        ["Комментарии", "Ваше имя", "Ваш комментарий", "Отправить"],
        ["Comments", "Your name", "Your comment", "Submit"],
    ):
        assert kept("\n".join(["Title", *story, *form, "Ұқсас жаңалықтар", "Ақтауда жаңа терминал ашылды"])) == story


def test_a_comments_heading_over_a_story_line_is_left_to_the_other_rules() -> None:
    story = ["The ministry published the draft on Monday.", "Comments", "Citizens can comment until May 1."]
    assert kept("\n".join(["Title", *story])) == story


def test_a_newspapers_topic_links_under_the_story_go() -> None:
    story = ["The operator said it supported the trial of painted blades.", "Results are due in 2028."]
    topics = ["Explore more on these topics", "Wind power", "Kazakhstan", "Birds", "Renewable energy"]
    assert kept("\n".join(["Title", *story, *topics])) == story


def test_a_storys_closing_list_of_other_shares_or_protests_stays() -> None:
    story = ["Индекс KASE вырос на 1,2%.", "Акции «Казатомпрома» выросли на 2,1%."]
    for listed_ in (
        ["Другие акции", "Halyk Bank: +0,8%", "Kcell: −0,4%", "КазТрансОйл: +0,3%"],
        ["Other actions", "A picket in Shymkent on May 10", "A rally in Uralsk on May 11"],
    ):
        assert kept("\n".join(["Title", *story, *listed_])) == [*story, *listed_]


def test_two_related_boxes_sharing_their_heading_with_an_arrow_go() -> None:
    story = ["The metro extension opened on Monday.", "The extension cost 120 billion tenge and took six years."]
    boxes = ["More news ›", "Astana sees first snow", "Tenge firms against the dollar", "More news ›", "Shymkent park"]
    assert kept("\n".join(["Title", *story, *boxes, "Kazakh wrestler wins world title", "© 2025 Almaty News"])) == story


def test_additional_information_about_a_company_after_an_en_dash_goes() -> None:
    story = ["The court in Taraz extended the blogger's arrest by two months on Monday."] * 6
    for about in (
        "Tengrinet – ведущий оператор мобильной связи в Казахстане, генеральный партнер фестиваля.",
        "АО «Дала Телеком» - крупнейшая телекоммуникационная компания Казахстана.",
    ):
        assert kept("\n".join(["Title", *story, "Дополнительная информация", about])) == story


def test_other_campaigns_over_the_pages_foot_go() -> None:
    story = ["Doctors say the operation must take place before summer, or the girl's condition will worsen."]
    items = ["Rehabilitation for Timur after a spinal injury", "Hearing aids for twins from Taldykorgan"]
    for foot in (
        "Dobro Steppe Foundation is a registered charity. We use cookies to improve your experience on this website.",
        "© 2025 Фонд «Добро». Все права защищены. При использовании материалов сайта ссылка на источник обязательна.",
    ):
        body = kept("\n".join(["Title", *story, "Other campaigns", *items, foot]))
        assert body[: len(story)] == story and not {"Other campaigns", *items} & set(body)


def test_foot_links_go_at_the_foot_and_among_buttons_but_stay_as_a_storys_crossheads() -> None:
    lead = "Число случаев интернет-мошенничества выросло за год на треть, сообщили в министерстве цифрового развития."
    paragraph = "Мошенники рассылают письма от имени банков и просят подтвердить данные карты по ссылке в письме."
    other = paragraph.replace("банков", "сервисов")
    crossheads = ["Электронная почта", paragraph, "Политика конфиденциальности", other]
    text = "\n\n".join(["Как мошенники крадут данные", lead, *crossheads])
    assert extract(text, load_registry(FIXTURE_REGISTRY), "ru").paragraphs == [lead, *crossheads]
    foot = ["Политика конфиденциальности", "Электронная почта", "© 2026 Дала Ақпарат"]
    assert kept("\n".join(["Title", lead, paragraph, *foot])) == [lead, paragraph, foot[-1]]
    buttons = ["Facebook", "Печать", "Электронная почта"]
    assert "Электронная почта" not in kept("\n".join(["Title", lead, *buttons, paragraph]))
