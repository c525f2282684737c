"""The shapes of lines that are not the article: page debris, labels, contacts, tag lines.

Rules look at the shape of a line (a share prompt, a lone social network name, a
``Read also:`` teaser, a block heading such as ``Related news``), in English, Russian and
Kazakh, never at one page's exact strings. When a rule is unsure, the line is kept.
"""

from __future__ import annotations

import re

_SOCIAL = (
    r"facebook|twitter|x|telegram|whatsapp|viber|vk|vkontakte|вконтакте|вк|ok|ok\.ru|одноклассники|instagram|"
    r"linkedin|youtube|tiktok|reddit|pinterest|threads|messenger|mastodon|bluesky|e-?mail|email|mail|print|"
    r"copy link|copy|link|телеграм|телеграмм|инстаграм|ютуб|facebook messenger|flipboard|tumblr|weibo|wechat|line|"
    r"почта|печать|скопировать ссылку|ссылка"
)
SOCIAL_ONLY = re.compile(r"^(?:(?:" + _SOCIAL + r")(?:\s*[|,/•·]\s*|\s+|$))+$", re.I)


def _lines(patterns: list[str], tail: str = "") -> re.Pattern[str]:
    """A line that opens (after punctuation or bullets) with one of ``patterns``, then ``tail``."""
    return re.compile(r"^[\s\W]*(?:" + "|".join(patterns) + r")" + tail, re.I)


# Whole lines that are page furniture, whatever the site.
_DEBRIS_WHOLE = [
    r"currently reading",
    r"now reading",
    r"reading now",
    r"share(?: (?:this|the|on|via))?(?: (?:article|story|page|post|news))?",
    r"tweet",
    r"print(?: this)?(?: (?:article|page))?",
    r"e-?mail(?: this)?",
    r"save",
    r"bookmark",
    r"listen(?: to (?:this|the) article)?",
    r"comments?(?: \(?\d+\)?)?",
    r"\d+ comments?",
    r"leave a (?:comment|reply)",
    r"add comment",
    r"advertisement",
    r"advertising",
    r"sponsored(?: content)?",
    r"scroll to continue(?: with content)?",
    r"ad",
    r"back to top",
    r"go to top",
    r"to top",
    r"skip to (?:main )?content",
    r"menu",
    r"search",
    r"home",
    r"next(?: article| story| news)?",
    r"previous(?: article| story)?",
    r"prev",
    r"back",
    r"more",
    r"read more",
    r"read full (?:article|story)",
    r"see more",
    r"show more",
    r"load more",
    r"loading\.*",
    r"continue reading",
    r"keep reading",
    r"related",
    r"top",
    r"subscribe",
    r"follow us",
    r"follow",
    r"accept(?: all)?(?: cookies)?",
    r"reject(?: all)?",
    r"got it",
    r"ok",
    r"close",
    r"×",
    r"x",
    r"text size",
    r"font size",
    r"a\s*a\s*a",
    r"a\+?\s*a-?",
    r"\d+\s*min(?:ute)?s? read",
    r"reading time\s*[:：].*",
    r"reading time\s+\d+\s*min(?:ute)?s?",
    r"views?:? ?\d[\d\s,.]*",
    r"\d[\d\s,.]*\s*(?:views?|reads?|просмотр(?:ов|а)?|қаралды)",
    r"(?:👁|👀)\s*\d[\d\s,.]*",
    r"просмотр(?:ов|ы)?:? ?\d[\d\s,.]*",
    r"поделиться",
    r"поделитесь",
    r"распечатать",
    r"печать",
    r"версия для печати",
    r"реклама",
    r"читать далее",
    r"читать полностью",
    r"подробнее",
    r"далее",
    r"назад",
    r"вперед",
    r"наверх",
    r"комментари(?:и|ев)(?: \(?\d+\)?)?",
    r"оставить комментарий",
    r"подписаться",
    r"подпишитесь",
    r"бөлісу",
    r"жарнама",
    r"толығырақ",
    r"оқи отырыңыз",
    r"қазір оқып жатырсыз",
    r"сейчас читают",
    r"print version",
    r"pdf",
    r"download(?: pdf)?",
    r"photo gallery",
    r"gallery",
    r"video",
    r"audio",
    r"видео",
    r"фото",
    r"фотогалерея",
    r"report an? (?:error|typo|mistake)",
    r"сообщить об ошибке",
    r"all rights reserved\.?",
    r"все права защищены\.?",
    r"барлық құқықтар қорғалған\.?",
]
DEBRIS_WHOLE = _lines(_DEBRIS_WHOLE, r"[\s.:!>»›→\-–—|]*$")

# Lines that begin a teaser for another story, a prompt, or page furniture.
_DEBRIS_START = [
    r"read (?:also|more|next|too)\b",
    r"also read\b",
    r"see also\b",
    r"related(?: (?:article|story|news|content|topics?))?\s*:",
    r"читайте (?:также|еще|ещё|тоже|нас)\b",
    r"читать также\b",
    r"смотрите также\b",
    r"см\. также\b",
    r"также читайте\b",
    r"по теме\s*:",
    r"ранее по теме\b",
    r"сондай-ақ оқыңыз\b",
    r"оқыңыз\s*:",
    r"қосымша оқыңыз\b",
    r"share (?:this|on|via|the)\b",
    r"share\s*:",
    r"поделиться\s*:",
    r"follow us\b",
    r"follow (?:\w+ )?on (?:facebook|twitter|x|telegram|instagram|linkedin|youtube)\b",
    r"subscribe (?:to|for|now|on)\b",
    r"sign up (?:for|to)\b.*(?:newsletter|updates|alerts|inbox|e-?mails?|digest|bulletin)",
    r"join (?:us|our)\b.*(?:telegram|channel|newsletter|whatsapp|facebook|instagram)",
    r"get (?:our|the latest|the best)\b.*(?:newsletter|inbox|email)",
    r"подпис(?:ывайтесь|аться|ывайся|итесь)\b",
    r"следите за (?:новостями|нами)\b",
    r"присоединяйтесь\b",
    r"наш (?:телеграм|telegram)",
    r"наш канал\b",
    r"жазылыңыз\b",
    r"біздің (?:телеграм|telegram)",
    r"we use cookies\b",
    r"this (?:web)?site uses cookies\b",
    r"by (?:continuing|using) (?:to use )?(?:this|our) (?:web)?site\b",
    r"мы используем (?:файлы )?(?:cookie|куки)",
    r"сайт использует (?:файлы )?(?:cookie|куки)",
    r"нашли ошибку\b",
    r"если вы (?:нашли|заметили) ошибку\b",
    r"page id\b",
    r"article id\b",
    r"news id\b",
    r"story id\b",
    r"id\s*[:#]\s*\d+",
    r"материал(?:ы)? по теме\b",
    r"при (?:использовании|цитировании) материалов\b",
    r"any use of (?:the )?materials?\b",
    r"copyright\s*(?:©|\(c\)|(?:19|20)\d\d)",
    r"©\s*(?:19|20)\d\d\b.*(?:rights|права|reserved)",
    r"our standards\s*:",
    r"(?:download|get|install) (?:the|our) (?:[\w.’'-]+ ){0,4}app\b",
    r"(?:скачайте|установите) (?:[\w.’'-]+ ){0,4}приложение\b",
    r"available on (?:the )?(?:app store|google play)\b",
]
DEBRIS_START = _lines(_DEBRIS_START)

# Lines that begin with a common word a sentence may also begin with ("Advertisement of tobacco
# is banned", "More on the results will be published"): debris only with a colon after the
# prompt, or as a short line (SHORT_PROMPT_WORDS words at most).
_SOFT_START = [
    r"more (?:on|about) (?:this|the)\b",
    r"sign up\b",
    r"advertisement\b",
    r"реклама\b",
    r"жарнама\b",
    r"подписка\b",
    r"reading time\b",
]
SOFT_START = _lines(_SOFT_START, r"(?P<rest>.*)$")
SHORT_PROMPT_WORDS = 4

# A heading over a block of other stories' headlines: drop it and the headlines under it.
_BLOCK_HEADINGS = [
    r"related(?: (?:news|articles?|stories|content|posts|topics|links|coverage))?",
    r"more (?:news|stories|articles)(?: (?:on|from|about) .{1,40})?",
    r"more from .{1,40}",
    r"more (?:on|about) (?:this|the) (?:topic|story|subject|issue)",
    r"read more about .{1,40}",
    r"other news",
    r"latest(?: news| stories| articles)?",
    r"popular(?: news| stories| now| articles)?",
    r"most (?:read|popular|viewed|shared|commented)",
    r"trending(?: now)?",
    r"top (?:news|stories)",
    r"editor'?s? (?:picks?|choice)",
    r"you (?:may|might) also (?:like|be interested in)",
    r"recommended(?: for you)?",
    r"what to read next",
    r"in (?:other|case you missed)",
    r"news feed",
    r"(?:also )?in the news",
    r"further reading",
    r"see also",
    r"read (?:also|more|next)",
    r"also on .{1,30}",
    r"похожие (?:новости|материалы|статьи|публикации)",
    r"другие (?:новости|материалы)",
    r"популярное",
    r"популярные (?:новости|материалы)",
    r"самое (?:читаемое|популярное|интересное)",
    r"последние новости",
    r"новости по теме",
    r"по теме",
    r"материалы по теме",
    r"читайте также",
    r"смотрите также",
    r"лента новостей",
    r"главное",
    r"рекомендуем",
    r"выбор редакции",
    r"новости партнеров",
    r"ұқсас жаңалықтар",
    r"тағы оқыңыз",
    r"соңғы жаңалықтар",
    r"көп оқылған",
    r"танымал",
    r"өзге жаңалықтар",
    r"жаңалықтар легі",
]
BLOCK_HEADING = _lines(_BLOCK_HEADINGS, r"[\s:.!»›→>\-–—]*$")

# Labels over a title: the kind of item, the page's section.
_LABELS = [
    r"press release",
    r"news release",
    r"media release",
    r"news",
    r"latest news",
    r"statement",
    r"joint statement",
    r"media advisory",
    r"press statement",
    r"announcement",
    r"breaking(?: news)?",
    r"update",
    r"feature",
    r"story",
    r"opinion",
    r"interview",
    r"analysis",
    r"news article",
    r"article",
    r"report",
    r"photo story",
    r"blog",
    r"event",
    r"for immediate release",
    r"embargoed.*",
    r"пресс-релиз",
    r"пресс релиз",
    r"новости",
    r"новость",
    r"заявление",
    r"сообщение для сми",
    r"анонс",
    r"интервью",
    r"мнение",
    r"статья",
    r"репортаж",
    r"хроника",
    r"жаңалықтар",
    r"жаңалық",
    r"баспасөз релизі",
    r"хабарлама",
    r"сұхбат",
]
LABEL = _lines(_LABELS, r"[\s:.!|\-–—]*$")

BREADCRUMB = re.compile(r"^\s*(?:home|main|news|главная|басты бет|новости|жаңалықтар)\s*(?:[>/»›|→]|\s-\s)", re.I)
TAGS_LINE = re.compile(
    r"^\s*(?:tags?|topics?|keywords?|categor(?:y|ies)|теги|тэги|метки|ключевые слова|рубрика|рубрики|тегтер|тақырыптар|"
    r"кілт сөздер)\s*[:：]\s*(?P<tags>.*)$",
    re.I,
)
HASHTAGS_LINE = re.compile(r"^\s*(?:#[\w-]+[\s,]*){1,}$")
END_MARKER = re.compile(
    r"^\s*(?:#{3}|-\s*30\s*-|ends?|\*\*\*\s*end\s*\*\*\*|—\s*end\s*—|-ends-|- end -|\[?end\]?)\s*$", re.I
)
# Headings that open the boilerplate at the end of a press release.
BOILERPLATE_HEADING = re.compile(
    r"^\s*(?P<head>(?i:notes? (?:to|for) (?:the )?editors?|editor'?s? notes?|"
    r"for (?:more|further) information,?(?: (?:please )?contact(?: us)?)?|media (?:contacts?|enquiries|inquiries)|"
    r"press (?:contacts?|office)|contacts? for (?:the )?media|for media (?:enquiries|inquiries)|справка|"
    r"о (?:федерации|компании|фонде|организации|нас)|контакты(?: для сми)?|для справок|дополнительная информация|"
    r"анықтама)|(?i:about)(?: the)?(?: [A-Z0-9][\w.’'&-]*){1,6})\s*(?:[:.]\s*(?P<rest>.*))?$",
)


CONTACT_HEADING = re.compile(
    r"^\s*(?:(?:media|press|for media) (?:contacts?|enquiries|inquiries|office)|contacts? for (?:the )?media|"
    r"for (?:more|further) information,?(?: (?:please )?contact(?: us)?)?|contacts?|контакты(?: для сми)?|"
    r"для справок|контакты для прессы|байланыс(?: үшін)?)\s*[:.]?\s*$",
    re.I,
)
MAX_CONTACT_LINES = 8


def contact_block(lines: list[str]) -> int:
    """How many of ``lines`` (a heading first) are a press contact block: ``Media contacts`` above
    short lines (a name, an office) with at least one e-mail address or phone number; 0 if not one."""
    if not lines or not CONTACT_HEADING.match(lines[0]):
        return 0
    count = 1
    reached = False
    for line in lines[1 : 1 + MAX_CONTACT_LINES]:
        if is_contact(line):
            reached = True
        elif len(line.split()) > 8 or (re.search(r"[.!?…]['\"”»)]*$", line) and not EMAIL.search(line)):
            break
        count += 1
    return count if reached else 0


def is_boilerplate_heading(line: str) -> bool:
    """``About the Federation``, ``Notes to editors``, ``For more information, contact:``; not ``About 200 ...``."""
    return BOILERPLATE_HEADING.match(line) is not None


CONTACT = re.compile(
    r"^\s*(?:(?:media |press |for media )?contacts?|press office|media enquiries|media inquiries|e-?mail|"
    r"tel(?:ephone)?|phone|mob(?:ile)?|fax|контакты|тел(?:ефон)?|e-?mail|эл\. почта|моб\.?|факс)\s*[.:]",
    re.I,
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
PHONE = re.compile(r"\+?\d[\d\s().-]{7,}\d")
URL_ONLY = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.I)
SOURCE_LINE = re.compile(r"^\s*(?:source|sources|источник|дереккөз|көзі)\s*[:：]\s*(?P<source>.+)$", re.I)
NUMBERED_HEADLINE = re.compile(r"^\s*(?:\d{1,2}[.)]?\s+|[•·▪►▸-]\s*)\S")


def is_debris(line: str) -> bool:
    """A line of page furniture: share prompts, teasers, social names, cookie banners, counters."""
    if DEBRIS_WHOLE.match(line) or SOCIAL_ONLY.match(line.strip()):
        return True
    if DEBRIS_START.match(line):
        return len(line.split()) <= 40 or "cookie" in line.lower()
    soft = SOFT_START.match(line)
    if soft is not None:
        return len(line.split()) <= SHORT_PROMPT_WORDS or re.match(r"^[^.!?]{0,40}[:：|]", soft["rest"]) is not None
    if URL_ONLY.match(line):
        return True
    return bool(HASHTAGS_LINE.match(line))


def is_block_heading(line: str) -> bool:
    return bool(BLOCK_HEADING.match(line)) and len(line) <= 60


def is_label(line: str) -> bool:
    return bool(LABEL.match(line)) and len(line) <= 60


def is_breadcrumb(line: str) -> bool:
    return bool(BREADCRUMB.match(line)) and len(line.split()) <= 15 and not line.rstrip().endswith(".")


def tags_of(line: str) -> list[str] | None:
    """The tags of a ``Tags: a, b, c`` line (or a line of hashtags), None for any other line."""
    match = TAGS_LINE.match(line)
    if match:
        parts = re.split(r"\s*[,;|/•·#]\s*", match["tags"])
    elif HASHTAGS_LINE.match(line):
        parts = re.findall(r"#([\w-]+)", line)
    else:
        return None
    return [part.strip(" .#") for part in parts if part.strip(" .#")]


def is_contact(line: str) -> bool:
    """A press contact line: ``Contact: ...``, an e-mail address or a phone number with little else."""
    if CONTACT.match(line):
        return True
    phones = [p for p in PHONE.findall(line) if len(re.sub(r"\D", "", p)) >= 9]
    stripped = EMAIL.sub("", line)
    for phone in phones:
        stripped = stripped.replace(phone, "")
    return stripped != line and len(stripped.split()) <= 6


def is_end_marker(line: str) -> bool:
    return bool(END_MARKER.match(line))


def is_headline_like(line: str) -> bool:
    """A line shaped like another story's headline in a related block: short, no closing full stop."""
    words = line.split()
    if not words:
        return False
    if NUMBERED_HEADLINE.match(line) and len(words) <= 25:
        return True
    return len(words) <= 20 and not line.rstrip().endswith((".", ":", ";"))
