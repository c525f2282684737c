"""Debris on the open web's pages (round 16, holdout20 to holdout25): an e-mail's signature under its valediction,
foot lists of other items under headings of any wording, lines the page repeats, paywall and membership pleas,
donation and poll widgets. Invented text, in en, ru and kk; each class with a story line that must stay."""

from __future__ import annotations

import pytest

from newsroom.importer.extract import extract
from newsroom.registry import load_registry
from tests.helpers import FIXTURE_REGISTRY

REGISTRY = load_registry(FIXTURE_REGISTRY)


def _body(text: str, lang: str) -> list[str]:
    return extract(text, REGISTRY, lang).paragraphs


LETTER = {
    "en": (
        "Invitation: open day at the Pavlodar water laboratory\n"
        "The city water utility invites journalists to an open day at its new laboratory on 14 May.\n"
        "Visitors will see how samples from the Irtysh are tested every morning.\n"
        "Please confirm your attendance by 10 May.\n"
    ),
    "ru": (
        "Приглашение на день открытых дверей лаборатории\n"
        "Городской водоканал приглашает журналистов на день открытых дверей новой лаборатории 14 мая.\n"
        "Гости увидят, как каждое утро проверяют пробы воды из Иртыша.\n"
        "Просим подтвердить участие до 10 мая.\n"
    ),
    "kk": (
        "Зертханада ашық есік күні\n"
        "Қалалық су арнасы журналистерді 14 мамырда жаңа зертхананың ашық есік күніне шақырады.\n"
        "Қонақтар Ертістен алынған су сынамаларының әр таң сайын қалай тексерілетінін көреді.\n"
        "Қатысуыңызды 10 мамырға дейін растауыңызды сұраймыз.\n"
    ),
}
SIGNATURE = {
    "en": "Kind regards,\nGulnara Sadykova\nCommunications Officer\nPavlodar Vodokanal\nTel.: +7 7182 00 00 00\n"
    "This message is confidential and intended only for the addressee.\n",
    "ru": "С уважением,\nЕркебулан Нуртаев\nпресс-секретарь\nТОО «Павлодар Водоканал»\n+7 702 000 00 00\n"
    "Данное сообщение конфиденциально.\n",
    "kk": "Құрметпен,\nАйжан Бекова\nбаспасөз хатшысы\n«Павлодар су арнасы» ЖШС\n+7 702 000 00 00\n",
}


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_an_emails_signature_under_its_valediction_leaves_the_body(lang: str) -> None:
    body = _body(LETTER[lang] + SIGNATURE[lang], lang)
    last = LETTER[lang].splitlines()[-1]
    assert body[-1] == last
    assert not any(line in body for line in SIGNATURE[lang].splitlines())


def test_thanks_closing_a_story_with_a_sentence_under_it_stays() -> None:
    story = LETTER["en"] + "Thanks,\nThe laboratory will stay open to school groups until the end of June.\n"
    body = _body(story, "en")
    assert "Thanks," in body
    assert body[-1] == "The laboratory will stay open to school groups until the end of June."
