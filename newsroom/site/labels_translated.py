"""Our labels in Russian and Kazakh (``newsroom.site.labels`` registers them).

Plural labels give every CLDR category the language's rules use: Russian ``one`` (1, 21),
``few`` (2-4, 22), ``many`` (5, 11, 111) and ``other`` (fractions); Kazakh ``one`` and
``other``, with the same noun after any number ("1 мақала", "5 мақала").
A native speaker should read the Kazakh before a release.
"""

from __future__ import annotations

from collections.abc import Mapping


def _ru(one: str, few: str, many: str) -> dict[str, str]:
    return {
        "one": f"{{count}} {one}",
        "few": f"{{count}} {few}",
        "many": f"{{count}} {many}",
        "other": f"{{count}} {few}",
    }


def _kk(noun: str) -> dict[str, str]:
    return {"one": f"{{count}} {noun}", "other": f"{{count}} {noun}"}


RUSSIAN: dict[str, str | Mapping[str, str]] = {
    "tags": "Теги",
    "people": "Люди",
    "organizations": "Организации",
    "places": "Места",
    "tags_count": _ru("тег", "тега", "тегов"),
    "people_count": _ru("человек", "человека", "человек"),
    "organizations_count": _ru("организация", "организации", "организаций"),
    "places_count": _ru("место", "места", "мест"),
    "source": "Источник",
    "byline": "Автор: {name}",
    "photo_credit": "Фото: {credit}",
    "topics": "Темы",
    "more_tags": {
        "one": "ещё {count} тег",
        "few": "ещё {count} тега",
        "many": "ещё {count} тегов",
        "other": "ещё {count} тега",
    },
    "more_people": {
        "one": "ещё {count} человек",
        "few": "ещё {count} человека",
        "many": "ещё {count} человек",
        "other": "ещё {count} человека",
    },
    "more_organizations": {
        "one": "ещё {count} организация",
        "few": "ещё {count} организации",
        "many": "ещё {count} организаций",
        "other": "ещё {count} организации",
    },
    "more_places": {
        "one": "ещё {count} место",
        "few": "ещё {count} места",
        "many": "ещё {count} мест",
        "other": "ещё {count} места",
    },
    "related": "Похожие материалы",
    "no_articles": "Статей пока нет.",
    "all_news": "Все новости →",
    "articles": "Статьи",
    "articles_count": _ru("статья", "статьи", "статей"),
    "often_named_with": "Часто упоминаются вместе",
    "newer": "Новее",
    "older": "Раньше",
    "page_of": "Страница {number} из {count}",
    "news_archive": "Архив новостей",
    "news_of_year": "Новости {year} года",
    "page_title": "{title} (страница {number})",
    "feed_title": "{name} — {site}",
    "feed_about": "{site}: статьи по теме «{name}»",
    "rss": "RSS",
    "json_feed": "JSON Feed",
    "problems_title": "На этой странице есть ошибки",
    "problems_article": "Пока они не исправлены, статьи нет на главной странице, в архиве, на страницах тегов, "
    "людей, организаций и мест, в похожих материалах и в лентах, а публикация (строгая сборка) не проходит.",
    "problems_page": "Пока они не исправлены, публикация (строгая сборка) не проходит.",
    "scheduled_title": "Запланировано на {when} ({zone})",
    "scheduled_note": "Ещё не опубликовано: до этого времени у статьи нет страницы на сайте, и её нет на главной "
    "странице, в архиве, на страницах указателей, в похожих материалах, в лентах, в карте сайта и в поиске.",
    "updated": "Обновлено",
    "corrections": "Исправления",
    "authors": "Авторы",
    "authors_count": _ru("автор", "автора", "авторов"),
    "author_feed_about": "{site}: статьи автора {name}",
    "home": "Главная",
    "news": "Новости",
    "about": "О нас",
    "latest_articles": "Последние новости",
    "other_languages": "На других языках:",
    "made_with": "Сделано с помощью {generator}",
    "select_language": "Выбрать язык",
    "search_clear": "Очистить",
    "search_load_more": "Показать ещё",
    "search_label": "Поиск по сайту",
    "search_zero_results": "По запросу «[SEARCH_TERM]» ничего не найдено",
    "search_results": "Результатов по запросу «[SEARCH_TERM]»: [COUNT]",
    "search_searching": "Поиск «[SEARCH_TERM]»…",
    "not_found_title": "Страница не найдена",
    "not_found_message": "По этому адресу страницы нет: возможно, она перемещена или удалена.",
    "not_found_home": "Перейти на главную страницу сайта «{site}»",
}

KAZAKH: dict[str, str | Mapping[str, str]] = {
    "tags": "Тегтер",
    "people": "Тұлғалар",
    "organizations": "Ұйымдар",
    "places": "Орындар",
    "tags_count": _kk("тег"),
    "people_count": _kk("адам"),
    "organizations_count": _kk("ұйым"),
    "places_count": _kk("орын"),
    "source": "Дереккөз",
    "byline": "Авторы: {name}",
    "photo_credit": "Фото: {credit}",
    "topics": "Тақырыптар",
    "more_tags": {"one": "тағы {count} тег", "other": "тағы {count} тег"},
    "more_people": {"one": "тағы {count} адам", "other": "тағы {count} адам"},
    "more_organizations": {"one": "тағы {count} ұйым", "other": "тағы {count} ұйым"},
    "more_places": {"one": "тағы {count} орын", "other": "тағы {count} орын"},
    "related": "Ұқсас жаңалықтар",
    "no_articles": "Әзірге мақала жоқ.",
    "all_news": "Барлық жаңалықтар →",
    "articles": "Мақалалар",
    "articles_count": _kk("мақала"),
    "often_named_with": "Жиі бірге аталады",
    "newer": "Жаңалары",
    "older": "Бұрынғылары",
    "page_of": "{count} беттің {number}-беті",
    "news_archive": "Жаңалықтар мұрағаты",
    "news_of_year": "{year} жылғы жаңалықтар",
    "page_title": "{title} ({number}-бет)",
    "feed_title": "{name} — {site}",
    "feed_about": "{site}: {name} туралы мақалалар",
    "rss": "RSS",
    "json_feed": "JSON Feed",
    "problems_title": "Бұл бетте қателер бар",
    "problems_article": "Олар түзетілгенше бұл мақала басты бетте, мұрағатта, тег, тұлға, ұйым және орын "
    "беттерінде, ұқсас жаңалықтарда және арналарда көрсетілмейді, ал жариялау (қатаң құрастыру) сәтсіз аяқталады.",
    "problems_page": "Олар түзетілгенше жариялау (қатаң құрастыру) сәтсіз аяқталады.",
    "scheduled_title": "Жариялану уақыты: {when} ({zone})",
    "scheduled_note": "Әлі жарияланған жоқ: осы уақытқа дейін мақаланың сайтта беті жоқ, ол басты бетте, "
    "мұрағатта, көрсеткіш беттерінде, ұқсас жаңалықтарда, арналарда, сайт картасында және іздеуде көрсетілмейді.",
    "updated": "Жаңартылды",
    "corrections": "Түзетулер",
    "authors": "Авторлар",
    "authors_count": _kk("автор"),
    "author_feed_about": "{site}: {name} жазған мақалалар",
    "home": "Басты бет",
    "news": "Жаңалықтар",
    "about": "Біз туралы",
    "latest_articles": "Соңғы жаңалықтар",
    "other_languages": "Басқа тілдерде:",
    "made_with": "{generator} көмегімен жасалған",
    "select_language": "Тілді таңдаңыз",
    "search_clear": "Тазарту",
    "search_load_more": "Тағы көрсету",
    "search_label": "Сайттан іздеу",
    "search_zero_results": "«[SEARCH_TERM]» бойынша ештеңе табылмады",
    "search_results": "«[SEARCH_TERM]» бойынша [COUNT] нәтиже",
    "search_searching": "«[SEARCH_TERM]» ізделуде…",
    "not_found_title": "Бет табылмады",
    "not_found_message": "Бұл мекенжайда бет жоқ: ол басқа жерге ауыстырылған немесе жойылған болуы мүмкін.",
    "not_found_home": "«{site}» сайтының басты бетіне өту",
}
