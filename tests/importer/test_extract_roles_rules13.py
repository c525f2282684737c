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
