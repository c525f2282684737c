"""The shapes of lines that are not the article: page debris, labels, contacts, tag lines.

Rules look at the shape of a line (a share prompt, a lone social network name, a
``Read also:`` teaser, a block heading such as ``Related news``), in English, Russian and
Kazakh, never at one page's exact strings. When a rule is unsure, the line is kept.
The words are data (``wordlists/debris-*``, ``labels-*``, ``header-*``); what is a pattern
rather than a list of words stays here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newsroom.importer.dates import find_date, is_date_line
from newsroom.importer.patterns import SENTENCE_END, listed, one_of
from newsroom.importer.wordlists import words

TERMINAL_MARKS = (".", "!", "?", "…", ":", ";", '"', "”", "»", ")")
SOCIAL_ONLY = re.compile(r"^(?:" + listed("debris-social") + r"(?:\s*[|,/•·]\s*|\s+|$))+$", re.I)


LEADING_MARKS = r"^[\s\W]{0,40}"
"""The marks and bullets before a line's first word (``• ``, ``>> ``, ``📌 ``), at most 40: a line of thousands of
marks is tried at each of them against every alternative otherwise (``"'" * 10000`` took 0.9 s)."""


def _lines(patterns: list[str], tail: str = "") -> re.Pattern[str]:
    """A line that opens (after punctuation or bullets) with one of ``patterns``, then ``tail``."""
    return re.compile(LEADING_MARKS + r"(?:" + "|".join(patterns) + r")" + tail, re.I)


EDITED = r"(?:edited|изменено|ред\.|өңделді)"
"""A messenger's stamp on an edited post."""
VIEW_COUNT = r"(?:👁|👀)\s*\d[\d\s,.]*[kкКK]?(?:\s+" + EDITED + r")?(?:\s+\d{1,2}:\d{2})?"
"""A messenger post's views (``👁 5.1K  edited  10:42``): the post's own stamp stands beside it."""
VIEW_COUNTER = re.compile(r"^\s*" + VIEW_COUNT + r"\s*$", re.I)
FOLLOWER_COUNT = (
    r"\d[\d\s,.]*\s*(?:k|к|тыс\.?|m|млн)?\s*"
    r"(?:subscribers?|followers?|members?|подписчик(?:а|ов)?|участник(?:а|ов)?|жазылушы)"
)
"""A channel's or page's count of followers (``12,4K subscribers``, ``3 210 подписчиков``)."""
NETWORK = listed("debris-social", "any")
"""A social network or messenger by name."""
_COUNT_PART = re.compile(r"\s*\d[\d\s,.]*(?:k|к|тыс\.?|m|млн)?[^\d·•|]{1,30}$", re.I)
_FOLLOWER_PART = re.compile(r"\s*" + FOLLOWER_COUNT + r"\s*$", re.I)
_COUNTER_SEPARATOR = re.compile(r"[·•|]")


def is_follower_line(text: str) -> bool:
    """A page's counters with its followers among them (``2,8 тыс. отметок «Нравится» · 3,1 тыс. подписчиков``):
    each part between the dots is a count and its word, one of them the followers (tested part by part)."""
    parts = _COUNTER_SEPARATOR.split(text)
    if not any(_FOLLOWER_PART.match(part) for part in parts):
        return False
    return all(_FOLLOWER_PART.match(part) or _COUNT_PART.match(part) for part in parts)


AD_LABEL = re.compile(r"^\s*" + listed("header-ad-labels") + r"\s*:?\s*$", re.I)
PINNED_LABEL = re.compile(r"^\s*" + listed("header-pinned-labels") + r"\s*:?\s*$", re.I)
PROFILE_DEGREE = r"[^•·]{2,60}\s[•·]\s(?:1st|2nd|3rd\+?|author|автор|автор публикации|premium)"
"""A network's member beside the degree of contact (``Aliya Nurmagambetova • 2nd``)."""
POST_AGE_UNIT = listed("debris-post-age-units")
POST_AGE_GAP = r"(?:\s*[•·]|\s+(?=" + EDITED + r"))"
POST_AGE = r"\d{1,2}\s?" + POST_AGE_UNIT + POST_AGE_GAP + r"(?:\s*" + EDITED + r"\s*[•·]?)?\s*(?:🌐|🌍|🌎|🌏)?"
"""A post's age on a network, edited or not (``3d • Edited •``, ``5h • 🌐``, ``2 дн. ·``; ``4d  Edited``: the dot
lost in the copy)."""
PROFILE_LINE = re.compile(r"^\s*" + PROFILE_DEGREE + r"\s*$", re.I)
POST_AGE_LINE = re.compile(r"^\s*" + POST_AGE + r"\s*$", re.I)


FILE_NAME = r"(?:\w[\w.,()’'-]*|[.,()’'-])"
"""A file's name before its extension (``IMG_0042``, ``photo(1)``), from its first word character: its marks before
it are left to the line's opening marks, one way to read them (else ``"." * 10000`` took 13 s)."""

# Whole lines that are page furniture: the listed phrases, and these shapes (counters, menus of variants).
_DEBRIS_WHOLE_SHAPES = [
    r"share(?: (?:this|the|on|via))?(?: (?:article|story|page|post|news))?",
    r"share (?:by|via) (?:e-?mail|sms|whatsapp|telegram)",
    r"comments?(?: \(?\d+\)?)?",
    r"\d+ comments?",
    r"loading\.*",
    r"a\s*a\s*a",
    r"a\+?\s*a-?",
    r"\d+\s*min(?:ute)?s? read",
    r"\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s*(?:min(?:ute)?s?|мин(?:ут[аы]?)?|минут)\.?",  # a reading time alone ("4–5 минут")
    r"reading time\s*[:：].*",
    listed("debris-reading-time") + r"\s*[:：]\s*(?:\w+\s+)?\d.{0,20}",
    r"reading time\s+\d+\s*min(?:ute)?s?",
    r"\d{1,3}\s*(?:min(?:ute)?s?|мин(?:ут[аы]?)?|минут)\.?\s+" + listed("debris-reading-time-tails"),  # "6 мин. чтения"
    r"views?:? ?\d[\d\s,.]*",
    r"\d[\d\s,.]*\s*(?:views?|reads?|просмотр(?:ов|а)?|қаралды)",
    VIEW_COUNT,  # views, edit stamp, time
    r"просмотр(?:ов|ы)?:? ?\d[\d\s,.]*",
    r"(?:комментари(?:и|ев)|comments)(?::?\s*\(?\d+\)?)?",
    r"(?:қаралды|оқылды|прочитано|views|просмотры|қаралым(?: саны)?|количество просмотров)\s*[:：]\s*\d[\d\s,.]*",
    EDITED + r"\s+\d{1,2}:\d{2}",  # a messenger's edit stamp
    r"[▶►]\s*\w+(?:\s+\w+)?\s*[·|•-]?\s*\d{1,2}:\d{2}",  # a player's control and its length
    FILE_NAME + r"\.(?:jpe?g|png|gif|svg|webp|avif|bmp|tiff?|heic)",  # a picture's file name
    FILE_NAME + r"\.(?:jpe?g|png|gif|webp)\s*[:|–—-]\s*[^.!?]{0,150}",  # ... and its alt text
    r"[^.!?]{1,80}\.(?:pdf|docx?|xlsx?|pptx?|zip|rar)(?:\s*\(\s*[\d.,]+\s*(?:[kmg]b|[кмг]б)\s*\))?",  # a file
    r"[^.!?()]{1,60}\((?:pdf|docx?|xlsx?|pptx?|zip)(?:,\s*[\d.,]+\s*(?:[kmg]b|[кмг]б))?\)",  # "Full results (PDF)"
    r"(?:[\w&.’'-]+ ){0,4}logo(?: (?:white|black|colou?r|small|large|full))?",  # "UNICEF logo"
    r"(?:logo|логотип) .{1,50}",
    r"\d{1,6}",  # a lone counter: likes, claps, shares
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+",  # ... with its thousands apart ("1 245")
    r"\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?",  # a player's time ("00:00 / 02:47")
    FOLLOWER_COUNT,
    r"(?:weather|погода|ауа райы)\s*[:：]?\s*(?:[^\W\d_][\w.-]*,?\s*){0,3}[+−-]?\d{1,2}\s*°\s*[CСF]?",
    # a top bar's weather under its label ("Weather: Karaganda −5°C"; "Shymkent +42°C" may be a forecast's line)
    r"(?:(?:USD|EUR|RUB|CNY|GBP|\$|€|₽|¥)\s*[:=]?\s*\d[\d.,]*\s*(?:[▲▼↑↓]\s*[\d.,]+\s*%?)?\s*){2,}",  # rates
    listed("debris-buttons") + r"(?:,?\s*\(?opens (?:in )?(?:a )?new (?:tab|window)\)?)?",  # "..., opens new tab"
    listed("header-pinned-labels"),
    listed("header-ad-labels"),
    PROFILE_DEGREE,
    POST_AGE,
    listed("debris-network-before") + r"\s+" + NETWORK + r"(?:\s+app)?",  # "Open in Telegram"
    r"(?:[^\W\d_]+\s+){0,2}" + NETWORK + r"(?:-?[дт][аеә])?\s+" + listed("debris-network-after"),
    # "Telegram-да ашу", "Жаңалықтарды Telegram-да оқыңыз"
    r"(?:video|видео|бейне)\s*[·|•:-]?\s*\d{1,2}:\d{2}(?::\d{2})?",  # a video's label and its length
    r"(?<=[▶►⏵⏯⏸])",  # a player's play button alone
    r"[▶►]\s*[^.!?]{3,100}\(\d{1,2}:\d{2}(?::\d{2})?\)",  # "▶ Serikbayev vs Tursunov — full fight (12:44)"
    r"(?:updated\s+|обновлено\s+|жаңартылды\s+)?\d{1,2}\s?(?:h|hrs?|m|mins?|d|ч|час|мин|сағ|мин)\.?\s+"
    r"(?:ago|назад|бұрын)",  # a live page's entry age ("Updated 2h ago", "2 ч назад")
    r"\((?=(?-i:[A-Z]{3,})\b)" + listed("debris-wire-notes", "en") + r"\b[^()]{0,100}\)",
    # a wire's note on what its new version changed: "(ADDS comments from trade officials in paras 5-7)"
    r"\((?:end|конец|соңы)\)|end\s?item",  # a wire's end mark in brackets ("(END)") or run together ("Enditem")
    r"_{3,}",  # a wire's rule over its contributors' line
    r"(?-i:[a-z]{2,5}(?:-[a-z]{2,5})?(?:/[a-z]{2,5}){2,4})",  # a wire's desk codes ("tmr-adv/jh/rox")
    r"link copied|ссылка скопирована|сілтеме көшірілді",
    r"send (?:by|via) e-?mail|отправить по (?:e-?mail|почте|электронной почте)",
    r"accessibility\s*:\s*(?:partially |fully |not )?(?:compliant|conformant)",
    r"доступность\s*:\s*(?:частично |полностью )?(?:соответствует|не соответствует)",
    r"follow (?:the author|us|me|him|her|[^.!?:]{1,40}) on " + NETWORK + r"(?!\w)(?:\s*[:：]?\s*@[\w.]{2,30})?",
    # a plug for the site's or the author's account ("Follow the author on X: @d_kim")
    r"(?:stay|keep) (?:up[- ]to[- ]date|informed|updated|in the loop)[^.!?]{0,80}(?<!\w)" + NETWORK + r"(?!\w)"
    r"[^.!?]{0,30}",  # "Stay up-to-date with the latest news on our WhatsApp channel"
    r"(?:читайте|смотрите|слушайте|следите за [^.!?]{0,30}) (?:[«\"]?[^\s«»\"]{1,30}[»\"]?\s+)?"
    r"(?:видео |новости |нас )?(?:в|на) " + NETWORK + r"(?!\w)",  # "Смотрите видео на YouTube"
    r"\S{1,30}(?:\s\S{1,30}){0,2} (?:в|на) " + NETWORK + r"\s*[—–-]\s*(?:подписывайтесь|подпишитесь|присоединяйтесь)"
    r"[^!?]{0,80}",  # "Tong.uz в Telegram — подписывайтесь, чтобы первыми узнавать новости"
    r"\S{1,30}(?:\s\S{1,30}){0,2} " + NETWORK + r"[-‑]?(?:да|та|де|те)\s*[—–-]?\s*(?:жазылыңыз|оқыңыз|қараңыз)"
    r"[^!?]{0,80}",  # "Pvl.kz Telegram-да — жазылыңыз"
    r"list \d{1,2} of \d{1,2}|end of list|пункт \d{1,2} из \d{1,2}|конец списка",  # a list's labels for screen readers
    r"[^.!?()]{1,80}\((?:csv|xlsx?|json|odt|ods|txt|zip|pdf|docx?),?\s*[\d.,]+\s*(?:[kmg]b|[кмг]б)\)",
    # "Download the dataset (CSV, 38 MB)"
    r"(?:[^.!?]|\.(?=\d))(?:[^.!?]|\.(?=\d)){0,80}\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|csv)"
    r"(?:\s*\(\s*[\d.,]+\s*(?:[kmg]b|[кмг]б)\s*\))?",  # a file named with its date ("Протокол от 27.06.2025.pdf")
    r"(?:enjoying|enjoyed|like|liked|liking) (?:this|the|our) (?:article|story|piece|read|reporting|journalism)\?",
    r"(?:понравилась|нравится|понравился) (?:эта |этот )?(?:статья|материал|текст)\?",
    r"(?:мақала|материал) (?:ұнады|ұнап жатыр) ма\?",  # a paywall's question ("Enjoying this article?")
    r"(?:click here to )?(?:subscribe|sign up|join)(?: now| today)? (?:for|to get|and get) (?:full|unlimited|complete)"
    r" (?:digital )?access\b[^.!?]{0,80}",  # "Subscribe for unlimited access to our analysis of Asia"
    r"(?:just|only) [$€£₸₽]\s?\d[\d.,]*(?: (?:a|per) (?:month|week|year)| for \d{1,2} (?:weeks|months))",
    r"(?:всего|только) \d[\d\s]*\s?(?:₸|₽|тенге|рублей|руб\.) в (?:месяц|неделю|год)",
    r"this (?:article|story|piece) is (?:part of our |)(?:premium|subscriber[- ]only|exclusive|members?[- ]only)"
    r" (?:content|coverage|journalism)",
    r"(?:этот |данный )?материал доступен (?:только )?(?:по подписке|подписчикам)",
    r"when you (?:buy|purchase|shop) (?:through|via|using) (?:affiliate )?links on our site,? we may earn (?:an? )?"
    r"(?:affiliate )?commission(?:\.\s*here['’]s how it works)?",  # an affiliate disclosure ("..., we may earn an
    # affiliate commission. Here's how it works."); "Here's how it works" alone is a story's line
    r"\d[\d,. \u00a0]* (?:people )?(?:have|has) signed(?:\s*(?:this|the) petition)?\.?"
    r"(?:\s*let['’]s get to \d[\d,. ]*!?)?",  # "3,418 have signed. Let's get to 5,000!"
    r"\d[\d \u00a0]* (?:человека?|людей)? ?подписали(?: петицию)?\.?(?:[^.!?]{0,40}[.!])?",  # a petition's count
    r"by signing,? you (?:accept|agree to) [^.!?]{1,80}",
    r"подписывая(?: петицию)?,? вы (?:соглашаетесь|принимаете) [^.!?]{1,80}",
    r"(?:информация|материалы?|сведения),? (?:(?:размещённ|размещенн|опубликованн)\w+ )?на (?:сайте|этом сайте|"
    r"портале),? не (?:является|являются) (?:публичной )?офертой[^.!?]{0,60}",  # a site's legal disclaimer
    r"сайттағы ақпарат (?:жария )?оферта болып табылмайды",
    r"(?:the )?information on (?:this|the|our) (?:site|website) (?:does not|doesn['’]t) constitute (?:a |an )?"
    r"(?:public )?offer[^.!?]{0,60}",
    r"(?:markets? data|quotes|prices) (?:are )?delayed by (?:at least |a minimum of )?\d+ minutes[^!?]{0,200}",
    r"[^.!?]{1,80} (?:and its journalism )?(?:is|are) subject to (?:a )?self-regulation regime[^.!?]{0,100}",
    r"[^.!?]{1,60} (?:website|site) (?:contains|publishes|carries|offers) only (?:a )?"
    r"(?:portion|part|selection|summary) of (?:the |its |our )?(?:news|stories|articles|reports|content|materials)\b"
    r"[^.!?]{0,160}\."
    r"(?:\s*please contact us for (?:subscription|subscribing)[^.!?]{0,40}\.?)?",
    # an agency's note that its site carries a part of its service ("... Please contact us for subscription options.")
    r"на сайте (?:агентства )?(?:публикуется|размещается|представлена) (?:лишь |только )?(?:часть|небольшая часть)"
    r" (?:новостей|материалов|сообщений)[^.!?]{0,160}\.?(?:\s*[^.!?]{0,80}подписк[^.!?]{0,60}\.?)?",
    r"(?:click|tap) here to share(?: (?:this|it|on) [^.!?]{1,30})?",  # "Click here to share on social media"
    r"share\d{1,2}",  # a share icon's name ("share2")
    r"skip (?:to|next|over|past)\b[^.!?:]{0,40}",  # a skip link ("Skip to main menu", "Skip next section Explore more")
    r"(?:перейти|пропустить|перейдите) к (?:основному )?(?:содержанию|содержимому|контенту|меню)",
    r"(?:негізгі )?мазмұнға (?:өту|көшу)",
    r"(?:page\s+)?last reviewed\s*[:：]?\s*\d.{0,30}",  # "Last reviewed: 27 November 2026"
    r"[|¦]",  # a lone bar
    r"@[\w.]{3,30}",  # a network's handle alone ("@mchs_kg")
    r"[▶►]\s*" + NETWORK + r"\s*[·|•]\s*[^·|•]{1,100}[·|•]\s*\d{1,2}:\d{2}(?::\d{2})?",  # "▶ YouTube · title · 3:12"
    r"(?:share|поделиться|бөлісу)(?:\s*[:|,/•·]?\s*" + NETWORK + r"){2,}",  # "Share   Facebook   Instagram   X"
    r"(?:[^\W\d_]+\s+){1,2}(?:жазылыңыз|подпишитесь|subscribe)",  # "Жаңалықтарға жазылыңыз": a prompt, its verb last
    r"(?:please )?open " + NETWORK + r" to (?:view|see|read|watch) (?:this|the) \w+",
    r"[^.!?:]{0,30}(?<!\w)" + listed("debris-link-labels") + r"(?!\w)[^.!?:]{0,30}[:：]\s*(?:https?://|www\.)\S+",
    # the page's own link under its label ("Read or Share this story: https://..."; "More information: ..." stays)
    r".{0,80}\bctrl\s*\+\s*enter\b.{0,80}",  # "Found a typo? Select it and press Ctrl+Enter"
    r"this (?:article|story|page|post) is (?:more than|over) \d+ (?:years?|months?) old",
    r"(?:learn|find out|read) more about [^.!?]{1,60}",  # "Learn more about the Institute of Geography": a link
    r"(?:подробнее|узнать больше) (?:о|об|про) [^.!?]{1,60}",
    r"[^.!?]{1,40} туралы толығырақ",
    r"watch the (?:[\w-]+ ){0,3}recording",  # "Watch the launch event recording"
    r"(?:смотреть|посмотреть) (?:видео)?запись(?:\s+[\w-]+){0,3}",
    r"contact (?:the|our) (?:[\w-]+ ){0,3}(?:office|team|desk|department|unit)",  # "Contact the research office"
    r"(?:give|donate|пожертвовать|помочь|көмектесу)\s+(?:[£$€₸₽]\s?\d[\d\s,.]*|\d[\d\s,.]*\s?(?:[£$€₸₽]|тенге|теңге|сом|сум))",
    # a donation form's amount button ("Give $40", "Пожертвовать 5 000 ₸")
    r"[^?]{3,80}\?(?:\s{2,}|\s*[|/·•]\s*)"
    + listed("furniture-widget-answers")
    + r"(?:(?:\s{2,}|\s*[|/·•]\s*)"
    + listed("furniture-widget-answers")
    + r"){1,3}",  # "Was this explainer useful?  Yes  No": a widget's answers
    r"(?:[^.!?]{0,30}\s)?(?:found|noticed|spotted|see) (?:an? )?(?:error|mistake|typo)[^.!?]{0,40}\?",
    r"(?:[^.!?]{0,30}\s)?(?:нашли|заметили|увидели) (?:ошибку|опечатку)[^.!?]{0,40}\?",
    r"[^.!?]{0,40}қате (?:таптыңыз|байқадыңыз|көрдіңіз) ба\?",  # "Бұл бетте қате таптыңыз ба?": the typo widget
    r"(?:" + listed("debris-share-objects") + r"\s+){0,2}(?:бөлісіңіз|бөлісу|поделитесь|поделиться)"
    r"(?:\s+" + listed("debris-share-objects") + r"){0,2}",
    # "Бұл жазбаны бөлісіңіз:", "Поделиться ссылкой": a share prompt with its object (not "Тәжірибемен бөлісу")
    r"(?:подписка|subscription|жазылым)\s+(?:на\s+)?(?:месяц|год|неделю|полгода|a month|a year|monthly|annual|бір айға|"
    r"бір жылға)\s*[—–:-]\s*[^.!?]{1,30}",  # "Подписка на месяц — 990 ₸": a paywall's offer
    r"(?:our|наша|біздің) (?:newsletter|рассылка|ақпараттық парақшамыз)\s*[:—–-]\s*[^.!?]{1,80}",
    r"(?:you have|you've) read (?:\d+|all|your)\b.{0,60}\b(?:free|articles?|stories)\b.{0,40}",  # a paywall's count
    r"вы (?:уже )?прочитали (?:\d+|все)\b.{0,60}(?:бесплатн|материал|стат).{0,40}",
    r"(?:в этом выпуске|in this issue|бұл шығарылымда)\s*[—–:]\s*[^.!?]{1,120}",  # a newsletter's contents line
    r"(?:дата последнего изменения|последнее изменение|last (?:modified|updated on)|соңғы өзгеріс(?: күні)?|"
    r"соңғы өзгертілген күні)\s*[:：]\s*\d.{0,20}",  # "Дата последнего изменения: 25.11.2026": the page's stamp
    r"(?:[^\W\d_][\w.'’-]*\s+){1,4}and \d[\d,.]*\s*others?",  # "Dr. Askar Nurmagambetov and 418 others"
    r"(?:вы,?\s+)?(?:[^\W\d_][\w.'’-]*\s+){1,3}и ещё \d[\d\s]*",  # "👍❤️ Вы, Алия Касенова и ещё 211"
    r"(?:[^\W\d_][\w.'’-]*\s+){1,3}және тағы \d[\d\s]*(?:\s+адам)?",
    r"\d{1,3}(?:[.,]\d)?\s?[kKкК]",  # a lone counter in thousands ("1.2K")
    EDITED + r"\s*[·•]\s*\d{1,2}\s?" + POST_AGE_UNIT,  # a post's edit stamp and age ("Edited · 1w")
    r"(?:.{0,120}?(?:\s{2,8}|\s[|·•]\s))?(?:page|стр\.?|страница|бет)\s*\d{1,3}\s*(?:of|из|/)\s*\d{1,3}",
    # a printed document's running foot ("Steppe Energy LLP | Press release | 12.11.2026   Page 1 of 2")
]
MEMBERSHIP_PLEA = re.compile(
    r"^\s*(?:[^.!?]{1,60} is (?:funded|supported|made possible) by (?:its|our) readers"
    r"|[^.!?]{1,60} (?:существует|работает|живёт|живет) (?:на средства|благодаря поддержке|благодаря) "
    r"(?:своих |наших )?читател\w*"
    r"|[^.!?]{1,60} оқырмандар\w* (?:қаражатымен|есебінен|қолдауымен) [^.!?]{0,30})[\s.!]*$",
    re.I,
)
"""``The Baku Ledger is funded by its readers``: a membership's plea beside its call (``Become a member``); alone
among the story's lines, the story's own sentence about the site."""
DEBRIS_WHOLE = _lines([listed("debris-lines"), *_DEBRIS_WHOLE_SHAPES], r"[\s.…:!>»›→\-–—|]*$")
COUNTED_BUTTON = _lines([listed("debris-lines"), listed("debris-buttons")], r"\s*\(\d[\d\s,.]*(?:\s+[^\W\d_]+)?\)\s*$")
"""A button with a count in brackets (``Sign the guestbook (12 entries)``, ``Выразить соболезнования (7)``)."""


def is_counted_button(line: str) -> bool:
    """A listed button or furniture line with its count in brackets (``Sign the guestbook (12 entries)``)."""
    return line.rstrip().endswith(")") and COUNTED_BUTTON.match(line) is not None


# Lines that begin a teaser for another story, a prompt, or page furniture.
_DEBRIS_START_SHAPES = [
    listed("debris-openings") + r"\b",
    listed("debris-page-notes") + r"(?!\w)",
    listed("debris-prompts") + r"\s*:",
    r"follow (?:\w+ )?on (?:facebook|twitter|x|telegram|instagram|linkedin|youtube)\b",
    r"sign up (?:for|to)\b.*(?:newsletter|updates|alerts|inbox|e-?mails?|digest|bulletin)",
    r"join (?:us|our)\b.*(?:telegram|channel|newsletter|whatsapp|facebook|instagram)",
    r"get (?:our|the latest|the best)\b.*(?:newsletter|inbox|email)",
    r"(?:наш|біздің) (?:телеграм|telegram)",
    listed("debris-forwarded") + r"\s*:?\s+[«\"“@A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^:,.;!?]{0,60}$",
    # "Forwarded from Grain Union": a post's origin, a channel's capitalised name ("Forwarded from the past: ..." is a
    # headline)
    r"(?:[^.!?]{0,60}[:—–]\s*|" + NETWORK + r"\S*\s+(?:\w+\s+)?)" + listed("debris-subscribe-verbs") + r"!?\s*$",
    # "Newsletter: subscribe", "Telegram арнамызға жазылыңыз": a subscription prompt, its verb last, the network
    # first (never a sentence: "Many first-time voters used Telegram to sign up.")
    r"by (?:continuing|using) (?:to use )?(?:this|our) (?:web)?site\b",
    r"(?:мы используем|сайт использует) (?:файлы )?(?:cookie|куки)",
    r"id\s*[:#]\s*\d+",
    r"cite (?:as|this (?:article|page|publication|paper))\s*:",
    r"the (?:views|opinions) expressed (?:in this \w+ |here )?are (?:the|those of the) authors?\b",
    r"(?:мнение|точка зрения) автора (?:может )?не (?:совпадать|совпадает)\b",
    r"any use of (?:the )?materials?\b",
    r"copyright\s*(?:©|\(c\)|(?:19|20)\d\d)",
    r"©\s*(?:19|20)\d\d\b.*(?:rights|права|reserved)",
    r"(?:download|get|install) (?:the|our) (?:[\w.’'-]+ ){0,4}app\b",
    r"(?:скачайте|установите|загрузите) (?:[\w.’'-]+ ){0,4}приложение\b",
    r"[^.!?]{0,60}қосымша(?:сын|ны|мызды)\s+(?:жүктеп алыңыз|жүктеңіз|орнатыңыз)[\s.!]*$",  # the app, its verb last
    r"available on (?:the )?(?:app store|google play)\b",
    r"\d{5,6},\s*[^\d\s,][^,]*,(?:[^,]+,)+",  # a postal address opening with its code
    r"[\w\s]{0,30}:\s*\d{4}\s\d{4}\s\d{4}\s\d{4}\s*$",  # a card number for donations
]
DEBRIS_START = _lines(_DEBRIS_START_SHAPES)

# The publisher's promotions to its readers: short imperative lines about its stories, letters or funds.
_PROMO_SHAPES = [
    r"(?:get|receive) (?:our|the) (?:[\w-]+ ){0,3}(?:stories|news|updates|newsletters?|briefings?|headlines)\b",
    r"donate(?: (?:now|today|here|online))?",
    r"give (?:now|today|here|online)\b",
    r"support (?:our|us|independent|this)\b",
    r"never miss (?:a|an|our|the)\b",
    r"stay (?:informed|updated|up to date|connected|in touch)\b",
    r"want more (?:stories|news|updates)\b",
    r"get (?:the latest )?(?:updates|news|alerts|stories|insights) (?:on|about|from)\b",
    r"join (?:our|the) (?:movement|community|mailing list)\b",
    r"(?:поддержите|поддержать) (?:нас|наш|наше|нашу|проект|редакцию|фонд)\b",
    r"(?:не пропустите|будьте в курсе)\b",
    r"your (?:gift|donation|support|contribution) (?:helps|will help|can help|makes|goes|keeps)\b",
    r"[£$€₸₽]\s?\d[\d,.]*\s+(?:can|could|will)\s+(?:buy|provide|pay|give|feed|help|cover|keep|send)\b(?=[^,;]*$)",
    # "$25 can provide a family with a water filter": what a gift buys
    r"your (?:gift|donation|support|contribution) (?:can|could|will) (?:bring|buy|provide|give|pay|feed|send|keep)\b",
    r"(?:ваше|ваш|ваша) (?:пожертвование|вклад|помощь|поддержка) (?:поможет|помогает|позволит|позволяет)\b",
    r"(?:сіздің )?(?:қайырымдылығыңыз|садақаңыз|үлесіңіз|көмегіңіз) [^.!?]{0,40}көмектеседі\b",
]
PROMO = _lines(_PROMO_SHAPES, r"[^.!?]*[.!?]?(?:\s+[^.!?]*[.!?]?)?$")
MAX_PROMO_WORDS = 15
SPEECH_VERB = re.compile(r"(?<!\w)" + listed("people-speech-verbs") + r"(?!\w)", re.I)
DIALOGUE_DASH = re.compile(r"^\s*[—–]\s")


def _quoted(line: str) -> bool:
    """Someone's words, not the page's appeal: a dialogue's dash opening the line, or a verb of speech in it
    (``— Ваша помощь позволит ..., — говорит ...``, ``Your gift helps ..., said the director``)."""
    return DIALOGUE_DASH.match(line) is not None or SPEECH_VERB.search(line) is not None


# Lines that begin with a common word a sentence may also begin with ("Advertisement of tobacco
# is banned", "More on the results will be published"): debris only with a colon after the
# prompt, or as a short line (SHORT_PROMPT_WORDS words at most).
TEASER_PROMPT = _lines([listed("debris-openings")], r"\s*[:：]\s*$")
"""``Read also:``, ``Читайте также:`` alone on a line: the other story's headline is on the next line."""
ALSO_PROMPT = _lines([listed("debris-also-prompts")], r"\s*[:：]?\s*$")
"""``Смотрите также``, ``See also``: a prompt to another story even without its colon (``Read more`` may be a
button)."""

MEDIA_TEASER = _lines([listed("debris-media-prompts")], r"\s*[:：]\s*[^\s.!?…][^.!?…]{2,120}$")
"""``Watch: Inside the race to map the ice``: a teaser to a video or an audio, the rest a headline without a stop
(``Смотрите: мы всё сделали сами.`` is someone's words)."""
MAX_MEDIA_TEASER_WORDS = 15

READER_CALL = re.compile(
    r"^\s*" + listed("debris-reader-questions") + r"\b[^?.!\"“”«»]{0,60}\?\s+" + listed("debris-reader-calls") + r"\b",
    re.I,
)
"""``Got a question for the show? Write to us ...``: the page asks its readers or listeners to write in."""
MAX_READER_CALL_WORDS = 35
ATTRIBUTED_CALL = re.compile(r",\s+(?:[^\s,.!?]+\s+){0,6}?" + listed("debris-call-attributions") + r"\b", re.I)
"""``..., the city police said in a statement``: the call is quoted in the story, not the page's own."""

SOFT_START = _lines([listed("debris-soft-openings") + r"\b"], r"(?P<rest>.*)$")
SHORT_PROMPT_WORDS = 4


def _more_of(objects: str) -> list[str]:
    """``More obituaries``, ``Другие колонки автора``, ``Автордың басқа мақалалары``: more of the listed items."""
    return [
        r"(?:more|other|all|related|similar) " + listed(objects, "en") + r"(?: (?:on|from|about|by) .{1,40})?",
        r"(?:другие|ещё|еще|больше|все|похожие) " + listed(objects, "ru"),
        r"(?:автордың )?(?:басқа|өзге|барлық|ұқсас) " + listed(objects, "kk"),
    ]


WORK_HEADING = _lines(_more_of("debris-more-work"), r"[\s:.!»›→>\-–—]*$")
"""``Other projects``, ``Другие сборы``: more of an organisation's work, which may head a section of its story."""

# A heading over a block of other stories' headlines: drop it and the headlines under it.
_BLOCK_HEADING_SHAPES = [
    listed("debris-block-headings"),
    *_more_of("debris-more-objects"),
    *_more_of("debris-more-work"),
    r"more from .{1,40}",
    r"more (?:on|about) (?:this|the) (?:topic|story|subject|issue)",
    r"read more about .{1,40}",
    r"editor'?s? (?:picks?|choice)",
    r"also on .{1,30}",
    r"other (?:news|stories)(?: (?:from|in|on|about))?(?: \w+){1,2}",  # "Other culture news" is listed
    r"(?:другие|ещё|еще|больше) (?:новости|материалы|статьи)(?: \w+){1,2}",  # "Другие новости культуры"
    r"(?:\w+ )?(?:басқа|өзге) (?:жаңалықтар|материалдар)",  # "Мәдениет саласындағы басқа жаңалықтар"
    r"list of \d{1,2} items|список из \d{1,2} (?:пунктов|элементов)",  # a list's label for screen readers
]
BLOCK_HEADING = _lines(_BLOCK_HEADING_SHAPES, r"[\s:.!»›→>\-–—]*$")

# Labels over a title: the kind of item, the page's section.
LABEL = _lines([listed("labels-above-title"), r"embargoed.*"], r"[\s:.!|\-–—]*$")

BREADCRUMB = re.compile(r"^\s*" + listed("header-breadcrumbs") + r"\s*(?:[>/»›|→]|\s-\s)", re.I)
TAGS_LINE = re.compile(r"^\s*" + listed("labels-tags") + r"\s*[:：]\s*(?P<tags>.*)$", re.I)
HASHTAGS_LINE = re.compile(r"^\s*(?:#[\w-]+[\s,]*){1,}$")
END_MARKER = re.compile(
    r"^\s*(?:#{3}|-\s*30\s*-|ends?|\(end\)|end\s?item|\*\*\*\s*end\s*\*\*\*|—\s*end\s*—|-ends-|- end -|\[?end\]?"
    r"|(?:[*#—–-]+\s*)?(?:end of (?:the )?(?:press )?release|конец пресс-релиза|пресс-релиздің соңы)(?:\s*[*#—–-]+)?)"
    r"\s*$",  # the spaces around the marks read one way (a run of 10,000 spaces took 4 s)
    re.I,
)
# Headings that open the boilerplate at the end of a press release.
BOILERPLATE_HEADING = re.compile(
    r"^\s*(?P<head>(?i:" + listed("blocks-boilerplate-headings") + r")|"
    r"(?i:about)(?: the)?(?: [A-Z0-9][\w.’'&-]*){1,6})\s*(?:[:.]\s*(?P<rest>.*))?$",
)
CONTACT_HEADING = re.compile(
    r"^\s*(?:(?:media|press|for media) (?:contacts?|enquiries|inquiries|office)|contacts? for (?:the )?media|"
    r"for (?:more|further) information,?(?: (?:please )?contact(?: us)?)?|contacts?|контакты(?: для сми)?|"
    r"для справок|контакты для (?:прессы|журналистов)|пресс-контакты?|байланыс(?: үшін)?|"
    r"(?:бақ|бұқаралық ақпарат құралдары)(?:на|ның)?(?: өкілдеріне)? арналған байланыс(?:тар)?|"
    r"(?:для получения |за )?(?:дополнительной|более подробной) информации,?(?: (?:пожалуйста,? )?"
    r"(?:свяжитесь|обращайтесь)(?: с| к| по адресу)?)?|"
    r"қосымша ақпарат (?:алу үшін|бойынша)(?: хабарласыңыз| байланысыңыз)?)\s*[:.]?\s*$",
    re.I,
)
CONTACT_CALL_INLINE = re.compile(
    r"^\s*(?:for (?:more|further) information|(?:для получения )?(?:дополнительной|более подробной) информации|"
    r"қосымша ақпарат (?:алу үшін|бойынша)),?\s*(?:please,?\s+)?(?:пожалуйста,?\s+)?"
    r"(?:contact|свяжитесь с|обращайтесь к|хабарласыңыз)\s*:?\s+(?P<card>.+)$",
    re.I,
)
"""``For more information, please contact Aigul Serikova, press officer, a.serikova@example.org``: a call and the
contact's card on one line."""
MAX_CARD_WORDS, MAX_CARD_NAME_WORDS = 30, 4
CARD_NAME = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]*(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'’-]*){1,3}$")


def is_contact_card(line: str) -> bool:
    """A contact's card on one line: a name of two to four capitalised words, then its fields apart by commas (a role,
    an office, ``тел.: ...``), with an e-mail address or a phone number among them and no sentence."""
    if len(line.split()) > MAX_CARD_WORDS or not (EMAIL.search(line) or PHONE.search(line)):
        return False
    name, _, rest = line.partition(",")
    if CARD_NAME.match(name.strip()) is None or not rest:
        return False
    return SENTENCE_BREAK.search(EMAIL.sub("", rest).replace("тел.", "тел").replace("эл.", "эл")) is None


MAX_CONTACT_LINES = 8
CONTACT = re.compile(r"^\s*" + listed("debris-contact-labels") + r"\s*[.:]", re.I)
CONTACT_CALL = re.compile(r"^\s*" + listed("debris-contact-calls") + r"(?!\w)", re.I)
"""The story's own call to book by phone (``Запись по телефону: ...``), which is no press contact."""
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+")  # from its name's first character: linear search
PHONE = re.compile(r"\+?\d[\d\s().-]{7,}\d")
CURRENCY = r"(?:[£$€₸₽]|тенге|теңге|тг\.?|руб\.?|рублей|сом|сум|kzt|usd|eur|rub)"
CURRENCY_AFTER = re.compile(r"\s?" + CURRENCY + r"(?!\w)", re.I)
CURRENCY_BEFORE = re.compile(r"(?<!\w)" + CURRENCY + r"\s?$", re.I)
CURRENCY_REACH = 8  # "рублей " and a margin
URL_ONLY = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.I)
SOURCE_LINE = re.compile(r"^\s*" + listed("labels-source") + r"\s*[:：]\s*(?P<source>.+)$", re.I)
NUMBERED_HEADLINE = re.compile(r"^\s*(?:\d{1,2}[.)]?\s+|[•·▪►▸-]\s*)\S")


def contact_block(lines: list[str]) -> int:
    """How many of ``lines`` (a heading first) are a press contact block: ``Media contacts`` above
    short lines (a name, an office) with at least one e-mail address or phone number; 0 if not one. A list's heading
    (``Похожие материалы``) ends it: the list under it is read as one."""
    if lines and (inline := CONTACT_CALL_INLINE.match(lines[0])) and is_contact_card(inline["card"]):
        return 1
    if not lines or not CONTACT_HEADING.match(lines[0]):
        return 0
    count = 1
    reached = False
    for line in lines[1 : 1 + MAX_CONTACT_LINES]:
        if reached and is_block_heading(line):
            break
        if is_contact(line) or is_contact_card(line):
            reached = True
        elif len(line.split()) > 8 or (SENTENCE_END.search(line) and not EMAIL.search(line)):
            break
        count += 1
    return count if reached else 0


def is_boilerplate_heading(line: str) -> bool:
    """``About the Federation``, ``Notes to editors``, ``For more information, contact:``; not ``About 200 ...``."""
    return BOILERPLATE_HEADING.match(line) is not None


def is_reaction_row(line: str) -> bool:
    """A row of reactions or counters without a word: ``❤️ 48   👍 31   🔥 9``, ``👍 54 👎 12`` (``☎️ 8 (7222)
    00-00-00`` is a phone number for the readers)."""
    return (
        PHONE.search(line) is None
        and not any(char.isalpha() for char in line)
        and any(char.isdigit() for char in line)
        and any(unicodedata.category(char) == "So" for char in line)
    )


SEPARATOR_ONLY = re.compile(r"^\s*(?:[·•*]+(?:\s+[·•*]+)*|--|(?P<mark>[#=_~–—-])(?P=mark){3,80})\s*$")
"""A line of separators alone, without a word (``·``, ``***``, ``* * *``; four to 81 marks: ``#####``, ``======``;
``###`` closes a press release and ``---`` is a rule of the story's Markdown)."""


QUOTED_SPEECH = re.compile(r"^\s*[\"“«„][^\"”»“]{10,}[\"”»“][,.]?\s+(?:[–—-]\s+)?[^\W\d_]")
"""``"Read more at the end of the report," he said.``: someone's words in quotes, then the speaker."""


ITEM_COUNTER = re.compile(r"^\s*" + listed("debris-counter-nouns") + r"\s+\d{1,4}\s*(?:of|из|/)\s*\d{1,4}\s*$", re.I)
"""A gallery's or a thread's counter: ``Photo 3 of 6``, ``Страница 1 из 3``, ``Сурет 2 / 10``."""
COUNTED_CAPTION = re.compile(
    r"^\s*(?:(?:item|" + listed("debris-counter-nouns") + r")\s+\d{1,3}\s*(?:of|из|/)\s*\d{1,3}\s+"
    r"|\[\s*\d{1,3}\s*(?:of|из|/)\s*\d{1,3}\s*\]\s*)(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])",
    re.I,
)
"""``Item 1 of 2 A grain train waits at the border ...``, ``[1/2]Grain wagons wait ...``: a gallery's counter run
into its picture's caption."""
BARE_COUNTER = re.compile(r"^\s*(?P<at>\d{1,3})\s*(?:of|из|/)\s*(?P<of>\d{1,3})\s*[|·•]?\s*$", re.I)


def is_bare_counter(line: str) -> bool:
    """A gallery's counter without its noun (``1 / 5``, ``2 of 9``): a picture's place among two or more,
    never past the last (``7 / 3`` and ``2026 / 2027`` are figures)."""
    match = BARE_COUNTER.match(line)
    return match is not None and 1 <= int(match["at"]) <= int(match["of"]) and int(match["of"]) >= 2


REFERENCE_STAMP = re.compile(
    r"^(?P<stamp>.{4,60}?)[\s,;|–—-]++" + listed("debris-reference-labels") + r"\s*[:：#№]\s*[\w/.-]{2,30}\s*$", re.I
)
"""``Bishkek, 09/11/2026 - 14:05, UNIQUE ID: 261109_4``: a page's date stamp with its reference number."""
MAX_STAMP_WORDS = 6


def is_reference_stamp(line: str) -> bool:
    """A date stamp (a date, perhaps after a place) followed by a reference number under its label."""
    match = REFERENCE_STAMP.match(line)
    if match is None:
        return False
    stamp = match["stamp"].strip(" ,;|–—-")
    return len(stamp.split()) <= MAX_STAMP_WORDS and find_date(stamp) is not None


LICENCE_CLAUSE = (
    r"(?-i:[«\"“]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w«»\"“”.-]*\s+){0,2}"  # the issuer's name, no verb (``It holds licence``)
    + listed("debris-licence-words")
    + r"(?:\s+[\w«»\"“”.-]+){0,2}"
    r"\s*(?:№|no\.?|nr\.?|#)\s*[\w./-]{1,30}(?:\s*(?:от|of|dated|issued|берілген)\s+[\d./-]{6,10})?\.?"
)
LICENCE_LINE = re.compile(r"^\s*(?:[^.!?]{2,60}\.\s+)?" + LICENCE_CLAUSE + r"\s*$", re.I)
"""``АО «Банк Алтын Тау». Лицензия АРРФР № 1.2.00/000 от 01.01.2020.``: a company's legal footer, its licence and
number and nothing else (``Лицензия № 5 выдана ... в 2020 году.`` is a sentence)."""


REGISTRATION_WORD = re.compile(r"(?<!\w)" + listed("debris-registration-words") + r"(?!\w)", re.I)
REGISTRATION_NUMBER = re.compile(
    r"(?:\(\s*(?:[A-Z]{0,3}\d{6,}|\d{2}-\d{7})|(?<!\w)" + listed("debris-registration-labels") + r"\s*[:.]?\s*"
    r"(?:[A-Z]{0,3}\d{6,}|\d{2}-\d{7}|\d{2,4}(?: \d{2,4}){2,5}))(?![\w/-]|[.,]\d)"
    r"|(?<!\w)(?:эл\s*)?№\s*(?:ФС|ПИ|ЭЛ|FS)\s?\d{2}\s?-\s?\d{4,6}(?!\w)"  # a Russian media outlet's (Эл № ФС77-00001)
    r"|(?<!\w)KZ\d{2}[A-Z]{3}\d{8}(?!\w)",  # a Kazakh one's (KZ00VPY00054321)
    # a US employer number (12-3456789); a number in groups (CVR 31 44 90 12) after its label only, never a bare
    # bracket's ("(15 000 000 тенге)" is an amount)
    re.I,
)
MAX_REGISTRATION_WORDS = 30
SENTENCE_BREAK = re.compile(r"[.!?;|](?:\s|$)")
CLAUSE_GOES_ON = re.compile(r",\s*[^\W\d_]")


def _sentence_goes_on(rest: str) -> bool:
    """The sentence goes on past a registration number with a clause of its own in lower case (``..., said the
    delay ...``, ``..., учредителем значится ...``): the number was set in a story's sentence between commas."""
    sentence = SENTENCE_BREAK.split(rest, maxsplit=1)[0]
    return any(sentence[match.end() - 1].islower() for match in CLAUSE_GOES_ON.finditer(sentence))


def is_registration_line(line: str) -> bool:
    """``Steppe Kids Trust is a registered charity in England and Wales (1176543).``, ``... зарегистрирован в
    Республике Казахстан, БИН 160240034567.``: a publisher's legal footer, saying it is registered and giving its
    number under a label or in brackets (a figure of the story has no such label), the number closing its sentence
    (``The firm, registered under company number 09876543, owns ...`` is the story's)."""
    if len(line.split()) > MAX_REGISTRATION_WORDS or REGISTRATION_WORD.search(line) is None:
        return False
    numbers = list(REGISTRATION_NUMBER.finditer(line))
    return bool(numbers) and not any(_sentence_goes_on(line[number.end() :]) for number in numbers)


BUTTON_ROW_SEPARATOR = re.compile(r"\s+[|·•]\s+| {2,}")


FOOT_LINK = re.compile(r"^\s*" + listed("blocks-foot-links") + r"\s*:?\s*$", re.I)
"""``Privacy policy``, ``Политика конфиденциальности``: a site's foot link (alone on its line, a story may use it as a
crosshead: the blocks stage looks at what stands under it)."""


def is_button_row(line: str) -> bool:
    """Two or more page buttons on one line (``Распечатать | Закрыть окно``, ``Print   Close window``), each
    worded (a table's row, ``Документы\t219\t198``, holds figures)."""
    if "\t" in line:
        return False
    parts = [part for part in BUTTON_ROW_SEPARATOR.split(line.strip()) if part]
    worded = all(not any(c.isdigit() for c in part) for part in parts)
    return len(parts) >= 2 and worded and all(DEBRIS_WHOLE.match(part) or FOOT_LINK.match(part) for part in parts)


PLAYER_CONTROLS = frozenset(word.casefold() for word in words("debris-player-controls"))
RESOLUTION = re.compile(r"\d{3,4}p", re.I)
PLAYER_CELLS = re.compile(r"\s{2,}|\s*[|·•/]\s*")
MAX_PLAYER_ROW_WORDS = 12


def is_player_controls(line: str) -> bool:
    """A player's controls and nothing else, set apart by runs of spaces or bars: two or more (``Mute   Settings
    Full screen``), or a resolution among them (``720p   Толық экран``); ``Settings`` alone may be a crosshead."""
    if len(line.split()) > MAX_PLAYER_ROW_WORDS:
        return False
    cells = [cell.casefold() for cell in PLAYER_CELLS.split(line.strip()) if cell]
    resolution = any(RESOLUTION.fullmatch(cell) for cell in cells)
    controls = all(cell in PLAYER_CONTROLS or RESOLUTION.fullmatch(cell) for cell in cells)
    return bool(cells) and controls and (len(cells) >= 2 or resolution)


SIZE_APART = re.compile(r"\s[—–-]\s")
FILE_SIZE = re.compile(r"\d[\d.,]*\s?(?:[km]b|[км]б)", re.I)
"""A download's size in kilo- or megabytes (a page's file is rarely gigabytes; a data plan is: ``Базовый – 10 ГБ``)."""
MAX_DOWNLOAD_NAME_WORDS = 8


def is_download_with_size(line: str) -> bool:
    """A download's link with its size after a dash (``Full report (EN) — 6.4 MB``): a short name without a
    sentence or a figure, then the size alone."""
    *head, size = SIZE_APART.split(line.strip())
    name = " ".join(head)
    return (
        bool(name)
        and FILE_SIZE.fullmatch(size.strip()) is not None
        and len(name.split()) <= MAX_DOWNLOAD_NAME_WORDS
        and not any(char.isdigit() for char in name)
        and SENTENCE_END.search(name) is None
    )


CONSENT_LINE = re.compile(
    r"^\s*" + listed("debris-consent") + r"(?!\w)[^.!?]{0,80}?(?<!\w)" + listed("debris-consent-verbs") + r"(?!\w)"
    r"[^.!?]{0,60}?(?<!\w)" + listed("debris-consent-objects"),
    re.I,
)
"""``Нажимая кнопку, вы соглашаетесь с условиями публичной оферты``: a form's consent under its button, to terms or a
policy (``... вы соглашаетесь на передачу ваших данных партнерам`` quoted in a story is the story's)."""
CONSENT_OBJECT_FIRST = re.compile(
    r"^\s*"
    + listed("debris-consent")
    + r"(?!\w)[^.!?]{0,80}?(?<!\w)"
    + listed("debris-consent-objects")
    + r"[^.!?]{0,60}?(?<!\w)"
    + listed("debris-consent-verbs")
    + r"(?!\w)",
    re.I,
)
"""``Түймені басу арқылы сіз дербес деректерді өңдеуге келісім бересіз``: the object before the verb (Kazakh)."""
MAX_CONSENT_WORDS = 30


def is_consent_line(line: str) -> bool:
    """A form's consent line under its button (short: a story quoting a consent clause runs on)."""
    consent = CONSENT_LINE.match(line) or CONSENT_OBJECT_FIRST.match(line)
    return len(line.split()) <= MAX_CONSENT_WORDS and consent is not None


_NAME_WORD = r"[«\"“]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9][\w&’'-]*[»\"”]?"
_TEAM_NAME = rf"(?:«[^«»\n]{{1,60}}»|\"[^\"\n]{{1,60}}\"|“[^”\n]{{1,60}}”|{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}})"
SIGN_OFF = re.compile(
    rf"^\s*[—–-]\s*(?:(?:[Tt]he\s+)?{_TEAM_NAME}\s+team|[Кк]оманда\s+{_TEAM_NAME}|{_TEAM_NAME}\s+командасы)\s*$"
)
"""``— The Steppe Energy Weekly team``, ``— Команда «...»``: a newsletter's sign-off after a dash, a name's capitalised
words (``— Команда выложилась полностью.`` is a line of dialogue); ``is_sign_off`` checks its place."""
SIGN_OFF_LAST_LINES = 8


def is_sign_off(texts: list[str], position: int) -> bool:
    """A sign-off (``SIGN_OFF``) among the text's last lines, once: a run of them is a list of teams."""
    if SIGN_OFF.match(texts[position]) is None or len(texts) - position > SIGN_OFF_LAST_LINES:
        return False
    return not any(SIGN_OFF.match(texts[at]) for at in (position - 1, position + 1) if 0 <= at < len(texts))


THANKS_LINE = re.compile(
    r"^\s*" + listed("debris-thanks") + r"\s*[!.]*\s*(?:$|" + listed("debris-openings") + r"\b)", re.I
)
"""``Thanks for reading!`` alone or before ``Forward this email ...``: a newsletter's thanks, no story's sentence."""


SENTENCES_APART = re.compile(r"(?<=[.!?])\s+(?=\S)")
MAX_FURNITURE_SENTENCES, MAX_FURNITURE_SENTENCES_WORDS = 3, 30


@lru_cache(maxsize=8192)  # asked of the same lines by every stage
def is_debris(line: str) -> bool:
    """A line of page furniture: share prompts, teasers, social names, cookie banners, counters; or a short line
    of two or three sentences each of them furniture (``All rights reserved. Any use of the materials requires a
    link.``, ``This is a developing story. Refresh the page for the latest updates.``), or a newsletter's pitch
    closed by a call to subscribe."""
    if _is_debris_line(line):
        return True
    if len(line.split()) > MAX_FURNITURE_SENTENCES_WORDS:
        return False
    sentences = SENTENCES_APART.split(line.strip())
    if not 1 < len(sentences) <= MAX_FURNITURE_SENTENCES or not _is_debris_line(sentences[-1]):
        return False
    call = SUBSCRIBE_VERB.search(sentences[-1]) and (
        len(sentences[-1].split()) <= MAX_CALL_WORDS or READER_WORD.search(" ".join(sentences[:-1]))
    )  # "Sign up here." or "... our newsletter ...": the page's; "Подписаться можно на сайте ведомства." is a story's
    pitch = call and NEWSLETTER_WORD.search(" ".join(sentences[:-1]))
    return bool(pitch) or all(_is_debris_line(part) or MEMBERSHIP_PLEA.match(part) for part in sentences[:-1])


MAX_CALL_WORDS = 3
READER_WORD = re.compile(r"(?<!\w)" + listed("debris-reader-words") + r"(?!\w)", re.I)
"""``our``, ``your``, ``наша``, ``біздің``: a pitch speaks to its reader about its own newsletter."""
SUBSCRIBE_VERB = re.compile(r"(?<!\w)" + listed("debris-subscribe-verbs") + r"(?!\w)", re.I)
NEWSLETTER_WORD = re.compile(r"(?<!\w)" + listed("debris-newsletter-words") + r"(?!\w)", re.I)
"""``The Steppe Briefing newsletter brings you ... Sign up here.``: a newsletter's pitch closed by a call to
subscribe (the call is furniture, the pitch before it names the newsletter)."""


COMMENT_STEM = re.compile(r"(?<!\w)" + listed("debris-comment-stems"), re.I)
LOGIN_STEM = re.compile(r"(?<!\w)" + listed("debris-login-stems"), re.I)
MAX_COMMENT_LOGIN_WORDS = 10


def is_comment_login(line: str) -> bool:
    """``Чтобы оставить комментарий, войдите через соцсети``, ``Пікір жазу үшін тіркеліңіз``, ``Log in to post a
    comment``: a comment form's prompt to log in, a short line (ten words at most: a story's sentence about comments
    and registering runs longer) naming a comment and a login, whatever its wording."""
    if len(line.split()) > MAX_COMMENT_LOGIN_WORDS:
        return False
    return COMMENT_STEM.search(line) is not None and LOGIN_STEM.search(line) is not None


REUSE_OBJECT = re.compile(r"(?<!\w)" + listed("debris-reuse-objects"), re.I)
REUSE_LINK = re.compile(r"(?<!\w)" + listed("debris-reuse-links"), re.I)
REUSE_MUST = re.compile(r"(?<!\w)" + listed("debris-reuse-musts"), re.I)
MAX_REUSE_WORDS = 25


def is_reuse_notice(line: str) -> bool:
    """``При цитировании материалов ссылка на «...» обязательна``, ``When using materials, a link to the site is
    required``, ``Материалдарды көшіріп басқанда сілтеме міндетті``: the site's terms of reuse, a short line naming its
    materials, a link and a must, whatever its wording."""
    if len(line.split()) > MAX_REUSE_WORDS or _quoted(line):  # "..., the ministry said": the story's
        return False
    if REUSE_REPORTED.search(line):  # "По новым правилам перепечатка ...", "Жаңа заң бойынша ...": a reported rule
        return False
    found = [stem.search(line) for stem in (REUSE_OBJECT, REUSE_LINK, REUSE_MUST)]
    if not all(found):
        return False
    return found[2].start() > found[0].start()  # "Teachers must send course materials by link": a story's must


REUSE_REPORTED = re.compile(r"(?<!\w)" + listed("debris-reuse-reported"), re.I)


def _is_debris_line(line: str) -> bool:
    """One line, or one sentence, of page furniture."""
    if is_comment_login(line) or is_reuse_notice(line):
        return True
    if (
        SEPARATOR_ONLY.match(line)
        or ITEM_COUNTER.match(line)
        or COUNTED_CAPTION.match(line)
        or is_bare_counter(line)
        or is_reference_stamp(line)
        or LICENCE_LINE.match(line)
    ):
        return True
    if is_button_row(line) or POST_COUNTER_ALONE.match(line) or is_player_controls(line) or is_counted_button(line):
        return True
    if is_download_with_size(line) or is_consent_line(line) or THANKS_LINE.match(line) or FUND_PROGRESS.match(line):
        return True
    if QUOTED_SPEECH.match(line):
        return False
    if DEBRIS_WHOLE.match(line) or SOCIAL_ONLY.match(line.strip()) or is_reaction_row(line):
        return True
    if is_post_counters(line) or is_post_actions(line):
        return True
    if DEBRIS_START.match(line):
        return len(line.split()) <= 40 or "cookie" in line.lower()
    if READER_CALL.match(line):
        return len(line.split()) <= MAX_READER_CALL_WORDS and ATTRIBUTED_CALL.search(line) is None
    if MEDIA_TEASER.match(line):
        return len(line.split()) <= MAX_MEDIA_TEASER_WORDS
    soft = SOFT_START.match(line)
    if soft is not None:
        return len(line.split()) <= SHORT_PROMPT_WORDS or re.match(r"^[^.!?]{0,40}[:：|]", soft["rest"]) is not None
    if URL_ONLY.match(line) or (PROMO.match(line) and len(line.split()) <= MAX_PROMO_WORDS and not _quoted(line)):
        return True
    return bool(HASHTAGS_LINE.match(line))


LANGUAGES = frozenset(word.casefold() for word in words("header-languages"))
SWITCHER_SEPARATORS = re.compile(r"[\s|/•·,]+")


def is_language_switcher(line: str) -> bool:
    """A page's language switcher: two or more language names or codes and nothing else (``en fr ru``,
    ``Қаз | Рус | Eng``, ``English Français Русский``)."""
    names = [name for name in SWITCHER_SEPARATORS.split(line.strip()) if name]
    return 2 <= len(names) <= 12 and all(name.casefold() in LANGUAGES for name in names)


COMMENT_OPENER = _lines(
    [
        listed("debris-comment-openers"),
        r"\d+ (?:comments?|thoughts? on|responses? to|replies|reactions?)\b.*",
        r"(?:comments?|комментари(?:и|ев)|пікірлер) \(\d+\)",
        r"\d+ (?:комментари\w*|пікір)",
        r"(?:comments?|комментари(?:и|ев)|пікірлер)\s*:?\s*\d{1,5}",  # "Комментарии 24" over the thread
        # a thread folded under a post: "View all 23 comments", "Показать следующие комментарии"
        r"(?:view|show|see|load|read) (?:all |more |previous |next |other )?(?:\d[\d\s,.]*k? )?(?:comments?|replies)",
        r"(?:показать|смотреть|читать) (?:все |ещё |еще |следующие |предыдущие )?(?:\d[\d\s]* )?"
        r"(?:комментари\w*|ответ\w*)",
        r"барлық (?:\d[\d\s]* )?пікір\w*(?: көру)?",
    ],
    r"[\s.:!]*$",
)


PICTURE_OPENING = re.compile(r"^(?:" + listed("debris-picture-openings") + r"|\d+)\s", re.I)


def _verb_forms(verb: str) -> list[str]:
    """``stand`` -> stand, stands, standing; ``carry`` -> carries; ``pose`` -> posing; ``hold up`` -> holds up."""
    head, _, tail = verb.partition(" ")
    third = head[:-1] + "ies" if head.endswith("y") and head[-2:-1] not in "aeiou" else head + "s"
    if head.endswith(("s", "sh", "ch", "x", "o")):
        third = head + "es"
    doing = (head[:-1] if head.endswith("e") and not head.endswith("ee") else head) + "ing"
    if re.fullmatch(r"(?:[^aeiou]*[aeiou][^aeiouwy])", head) and len(head) <= 4:
        doing = head + head[-1] + "ing"  # run -> running, sit -> sitting
    return [" ".join(filter(None, (form, tail))) for form in (head, third, doing)]


PICTURE_VERB = re.compile(
    r"(?<!\w)(?:"
    + one_of(form for verb in words("debris-picture-verbs", "en") for form in _verb_forms(verb))
    + "|"
    + listed("debris-picture-verbs", "ru", "kk")
    + r")(?!\w)",
    re.I,
)
MIN_PICTURE_WORDS, MAX_PICTURE_WORDS = 7, 30  # a crosshead ("A school that runs on sun") is shorter


def is_picture_description(line: str, any_opening: bool = False) -> bool:
    """A picture's description left in the text (its alt text): a capitalised line of seven to thirty words
    with no closing stop, saying who is in it and what they do (``Three people stand at a podium``); its
    first word names people (``Three``, ``Дети``) unless ``any_opening`` (where the place tells it apart)."""
    words = line.split()
    return (
        (any_opening or PICTURE_OPENING.match(line) is not None)
        and MIN_PICTURE_WORDS <= len(words) <= MAX_PICTURE_WORDS
        and line[:1].isupper()
        and not line.rstrip().endswith(TERMINAL_MARKS)
        and re.search(r"[.!?…]\s", line) is None  # one phrase, no sentence in it
        and PICTURE_VERB.search(line) is not None
    )


PICTURE_LABEL = re.compile(r"^\s*" + listed("credits-labels") + r"\s*[:：]\s*(?P<rest>.+)$", re.I)
MIN_LABELLED_PICTURE_WORDS = 5


def is_labelled_picture_description(line: str) -> bool:
    """``Image: A woman holds a jar of seed in a storeroom.``: a picture's alt text after a credit's label,
    one phrase saying who is in it and what they do (a credit names someone, it tells no scene)."""
    match = PICTURE_LABEL.match(line)
    if match is None:
        return False
    rest = match["rest"].strip()
    return (
        rest[:1].isupper()
        and MIN_LABELLED_PICTURE_WORDS <= len(rest.split()) <= MAX_PICTURE_WORDS
        and re.search(r"[.!?…]\s", rest) is None
        and PICTURE_VERB.search(rest) is not None
    )


def is_comment_opener(line: str) -> bool:
    """A line that opens a comment section: ``No comments:``, ``Post a comment``, ``3 thoughts on "..."``,
    ``Комментариев нет``, ``Пікір қалдыру``; a social post's counters or its action buttons."""
    opener = COMMENT_OPENER.match(line) is not None and len(line.split()) <= 25
    return opener or is_post_counters(line) or is_post_actions(line)


POST_COUNT = r"\d+(?:[\s,.]\d+)*(?:\s?(?:[kкKК]|тыс\.?|млн))?\s*" + listed("debris-post-counts")
"""``1 284 likes``, ``1,2 млн просмотров``: digit groups each apart by one space, comma or point (no two ways
to read a line: a long run of counters takes linear time)."""
POST_COUNTERS = re.compile(r"^\s*" + POST_COUNT + r"(?:\s*(?:[·•|,]\s*)?" + POST_COUNT + r")+\s*$", re.I)
POST_ACTIONS = frozenset(word.casefold() for word in words("debris-post-actions"))
ROW_PARTS = re.compile(r"\s{2,}|\s*[·•|]\s*")
SHORT_STAMP = re.compile(r"^\d{1,2}\s*[^\W\d_]{1,4}\.?$")
"""The age of a comment beside its buttons: ``2 ап.``, ``3d``, ``5 ч``."""


POST_COUNTER_ALONE = re.compile(r"^\s*" + POST_COUNT + r"\s*$", re.I)
LABELLED_POST_COUNTER = re.compile(r"^\s*" + listed("debris-post-labels") + r"\s*[:!]?\s*\d[\d\s,.]*[kкKК]?\s*$", re.I)
"""A counter written label first under a post: ``Нравится 312``, ``Comments 27``."""


def is_post_widget(line: str) -> bool:
    """One counter or one button of a social post alone on its line: ``58 репостов``, ``Нравится 312``,
    ``Нравится``."""
    return (
        POST_COUNTER_ALONE.match(line) is not None
        or LABELLED_POST_COUNTER.match(line) is not None
        or line.strip().casefold() in POST_ACTIONS
    )


BARE_COUNT = re.compile(r"^\s*(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,6})\s*$")


def is_counted_reaction(button: str, count: str) -> bool:
    """A post's button over its bare count (``Нравится`` / ``128``, ``Like`` / ``57``): a reaction's tally."""
    return button.strip().casefold() in POST_ACTIONS and BARE_COUNT.match(count) is not None


def counter_in_a_list(texts: list[str], position: int) -> bool:
    """``1,2 млн просмотров`` under ``За год его канал набрал:`` (or under another such item): an item of the
    story's list of figures, not a post's counter."""
    at = position
    while at > 0 and is_post_widget(texts[at]):
        at -= 1
        if texts[at].rstrip().endswith(":"):
            return True
    return False


def is_post_counters(line: str) -> bool:
    """A social post's counters, two or more on one line: ``57 comments  112 shares``, ``57 пікір  112 бөлісу``."""
    return POST_COUNTERS.match(line) is not None


def is_post_actions(line: str) -> bool:
    """A row of a social post's buttons: ``Like  Comment  Share``, ``Ұнату  Жауап беру  2 ап.`` (a comment's)."""
    parts = [part for part in ROW_PARTS.split(line.strip()) if part]
    if parts and SHORT_STAMP.match(parts[-1]):
        parts = parts[:-1]
    if len(parts) >= 2 and all(part.casefold() in POST_ACTIONS for part in parts):
        return True
    return ACTIONS_RUN.match(LEADING_COUNT.sub("", line.strip())) is not None  # "1,2 тыс. Reply Repost"


LEADING_COUNT = re.compile(r"^\d[\d,.]*(?:\s?(?:тыс\.?|млн|мың|[kKкК]))?\s+")
ACTIONS_RUN = re.compile(r"^(?:" + listed("debris-post-actions") + r"(?:\s+|$)){2,}$", re.I)
"""Two or more of a post's buttons one space apart (``Reply Repost``, ``Жауап беру Бөлісу``)."""


def is_block_heading(line: str) -> bool:
    return bool(BLOCK_HEADING.match(line)) and len(line) <= 60


def is_label(line: str) -> bool:
    return bool(LABEL.match(line)) and len(line) <= 60


def is_breadcrumb(line: str) -> bool:
    closed = line.rstrip().endswith(".") and not line.rstrip().endswith("...")  # a headline cut short: "..."
    return bool(BREADCRUMB.match(line)) and len(line.split()) <= 15 and not closed


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


def source_of(line: str) -> str | None:
    """The name on a ``Source: Kazinform`` line, None for any other line."""
    match = SOURCE_LINE.match(line)
    return match["source"] if match else None


def _money(line: str, match: re.Match[str]) -> bool:
    """The digits are an amount of money, a currency beside them (``11 000 000 000 ₸``, ``$ 1 250 000 000``)."""
    # the few characters before the digits only (the whole prefix, once per phone number, made a line of many numbers
    # quadratic); ``$`` anchors at ``endpos`` and the look-behind still sees the character before ``pos``
    before = CURRENCY_BEFORE.search(line, max(0, match.start() - CURRENCY_REACH), match.start()) is not None
    return before or CURRENCY_AFTER.match(line, match.end()) is not None


def is_contact(line: str) -> bool:
    """A press contact line: ``Contact: ...``, an e-mail address or a phone number with little else (not
    the story's call to book by phone)."""
    if CONTACT_CALL.match(line):
        return False
    if CONTACT.match(line):
        return True
    if is_date_line(line):
        return False  # "08.10.2025 11:00" has as many digits as a phone number
    phones = [
        match[0] for match in PHONE.finditer(line) if len(re.sub(r"\D", "", match[0])) >= 9 and not _money(line, match)
    ]
    stripped = EMAIL.sub("", line)
    for phone in phones:
        stripped = stripped.replace(phone, "")
    return stripped != line and len(stripped.split()) <= 6


CONTACT_FIELD = re.compile(
    r"(?:^|[.|;,]\s+|(?<!\s)\s{2,})(?:[^\W\d_]+\s+)?"
    + listed("debris-contact-labels")
    + r"(?:\s+[^\W\d_]+){0,2}?\s*[.:]",
    re.I,
)
"""A labelled contact field inside a line: ``Адрес редакции:``, ``Тел.:``, ``Newsroom address:``, ``| E-mail:``
(a run of spaces is matched from its first space only: from each of its spaces, a long run took quadratic time)."""
MIN_IMPRINT_FIELDS, MAX_IMPRINT_WORDS = 2, 40


def is_imprint_line(line: str) -> bool:
    """A publisher's imprint on one line, perhaps after its name: two labelled contact fields or more, a phone
    number or an e-mail address among them (``Газета «...». Адрес редакции: ... Тел.: 8 (7112) 51-44-20``)."""
    return (
        len(line.split()) <= MAX_IMPRINT_WORDS
        and len(CONTACT_FIELD.findall(line)) >= MIN_IMPRINT_FIELDS
        and (EMAIL.search(line) is not None or PHONE.search(line) is not None)
    )


POST_AUTHOR = re.compile(r"^(?:[^\W\d_][\w.’'&-]*\s+){1,6}@[\w.]{2,30}$")
"""The head of a post embedded in a page: the account's name and its handle (``Steppe Rail @SteppeRail``)."""
MAX_EMBEDDED_POST_LINES = 5


def embedded_post(lines: list[str]) -> int:
    """How many of ``lines`` are a social post embedded in the page: its account's name and handle, its
    text, and its date stamp (``8:02 AM · Nov 3, 2026``) within five lines; 0 if they are not one."""
    if not lines or POST_AUTHOR.match(lines[0]) is None:
        return 0
    for size, line in enumerate(lines[1 : 1 + MAX_EMBEDDED_POST_LINES], start=2):
        if is_date_line(line):
            return size
    return 0


BUTTON = re.compile(LEADING_MARKS + listed("debris-buttons") + r"[\s.!→›»>]*$", re.I)
MAX_BOX_HEADING_WORDS, MAX_BOX_LINE_WORDS, MAX_BOX_LINES = 6, 25, 3


GENERIC_BUTTON = re.compile(LEADING_MARKS + listed("debris-buttons-generic") + r"[\s.!→›»>]*$", re.I)
EVENT_TIME = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")


GIFT_WORTH = re.compile(
    r"^\s*(?:[£$€₸₽]\s?\d[\d\s,.]*|\d[\d\s,.]*\s?(?:[£$€₸₽]|тенге|теңге|тг\.?|рублей|руб\.?))\s+\S", re.I
)
"""``£40 can buy ...``, ``5 000 тенге – это ...``: what a gift of an amount does, the box's heading over its button."""


def _box_heading(heading: str) -> bool:
    """A short heading without a stop (``Protect snow leopards``), or a gift's worth (``£25 can buy a blanket.``)."""
    if GIFT_WORTH.match(heading):
        return len(heading.split()) <= MAX_BOX_LINE_WORDS
    return len(heading.split()) <= MAX_BOX_HEADING_WORDS and SENTENCE_END.search(heading) is None


def call_to_action_box(lines: list[str], after_story: bool = True) -> int:
    """How many of ``lines`` (a block, from its first line) make a call-to-action box ending in a button
    (``Protect snow leopards`` / ``A gift of $25 buys ...`` / ``Donate now``): a short heading without a
    stop (or a gift's worth), at most one more line, then the button; 0 if they are not one. Within the story
    (``after_story`` false) a button that only points on (``Learn more``, ``Register``) makes a box only with an
    event's time."""
    for size, line in enumerate(lines[:MAX_BOX_LINES], start=1):
        if size > 1 and BUTTON.match(line):
            pointer = GENERIC_BUTTON.match(line) is not None
            if pointer and not after_story and not any(EVENT_TIME.search(text) for text in lines[: size - 1]):
                return 0
            short = _box_heading(lines[0])
            return size if short and all(len(text.split()) <= MAX_BOX_LINE_WORDS for text in lines[1:size]) else 0
    return 0


AMOUNT = r"\d{1,3}(?:[ \u00a0\u202f,.]\d{3})*(?:[.,]\d{1,2})?"
GOAL_WORDS = r"(?:из|of|out of|от)"
BARE_AMOUNT = re.compile(
    r"^\s*(?P<goal>" + GOAL_WORDS + r"\s+|/\s*)?"
    r"(?:" + CURRENCY + r"\s?" + AMOUNT + "|" + AMOUNT + r"\s?" + CURRENCY + r")"
    r"(?P<goal_after>\s+(?:ішінен|goal|цель))?\s*$",
    re.I,
)
"""An amount of money alone on its line (``1 240 000 ₸``, ``$25``), or a fundraiser's goal (``из 2 250 000 ₸``)."""
FUND_PROGRESS = re.compile(
    r"^\s*(?:собрано|собрали|уже собрано|raised(?: so far)?|жиналды)\s*:?\s*(?:"
    + CURRENCY
    + r")?\s?"
    + AMOUNT
    + r"\s*(?:"
    + CURRENCY
    + r")?\s*(?:"
    + GOAL_WORDS
    + r"|/)\s*(?:"
    + CURRENCY
    + r")?\s?"
    + AMOUNT
    + r"\s*(?:"
    + CURRENCY
    + r")?(?:\s+(?:goal|target|цель|мақсат))?\s*$",
    re.I,
)
"""``Собрано 1 240 000 из 2 000 000 сом``, ``Raised $12,400 of $20,000``: a fundraiser's progress on one line."""
PERCENT_ALONE = re.compile(r"^\s*\d{1,3}(?:[.,]\d)?\s?%\s*$")
MAX_WIDGET_LINE_WORDS, MAX_FUND_WIDGET_LINES, MIN_FUND_AMOUNTS = 6, 16, 3


def is_widget_line(text: str) -> bool:
    """A widget's short line: a few words, no sentence, no list item (``;``) nor introduction (``:``) closing it."""
    return len(text.split()) <= MAX_WIDGET_LINE_WORDS and not text.rstrip().endswith((".", "!", "?", "…", ";", ":"))


def _progress(text: str) -> bool:
    """A fundraiser's share raised (``55%``) or its goal (``из 2 250 000 ₸``, ``of $20,000``)."""
    match = BARE_AMOUNT.match(text)
    return PERCENT_ALONE.match(text) is not None or (match is not None and bool(match["goal"] or match["goal_after"]))


def fund_widget(texts: list[str]) -> int:
    """How many of ``texts`` (from the first) are a fundraiser's widget: short lines, three amounts of money
    alone on their lines or more, its progress once among them (``55%`` or ``из 2 250 000 ₸``), from an amount or
    the label right over one (``Собрано`` / ``1 240 000 ₸``); 0 if they are not one (a budget's lines of
    amounts show no progress)."""
    if len(texts) < 2 or not (
        BARE_AMOUNT.match(texts[0]) or (BARE_AMOUNT.match(texts[1]) and is_widget_line(texts[0]))
    ):
        return 0
    size = 0
    while size < min(len(texts), MAX_FUND_WIDGET_LINES) and is_widget_line(texts[size]):
        size += 1
    run = texts[:size]
    amounts = sum(BARE_AMOUNT.match(text) is not None for text in run)
    return size if amounts >= MIN_FUND_AMOUNTS and _progress_once(run) else 0


def _progress_once(run: list[str]) -> bool:
    """A widget shows its progress once: one share raised, one goal at most (``Buses`` / ``12 000 000 000 ₸`` /
    ``41%`` / ``Roads`` / ... gives a share on each row: a table of figures), or once per widget when widgets stand
    one under another, each with its goal and its share."""
    shares = sum(PERCENT_ALONE.match(text) is not None for text in run)
    goals = sum(_progress(text) for text in run) - shares
    stacked = goals >= 1 and goals == shares  # two campaigns, each with its goal (``из 2 000 000 ₸``) and its share
    return shares + goals >= 1 and ((shares <= 1 and goals <= 1) or stacked)


DONATION_CHOICES = frozenset(word.casefold() for word in words("debris-donation-form"))
MIN_FORM_AMOUNTS, MIN_FORM_CHOICES = 2, 2


DONATION_PERIODS = frozenset(word.casefold() for word in words("debris-donation-periods"))


def _choice(text: str) -> str:
    return text.strip().strip(".!→›»>").strip().casefold()


def _donation_choice(text: str) -> bool:
    return _choice(text) in DONATION_CHOICES or BUTTON.match(text) is not None


def donation_form(texts: list[str]) -> int:
    """How many of ``texts`` (from the first) are a donation form, each line an amount alone or one of the form's
    choices (``Помочь фонду`` / ``Ежемесячно`` / ``Разово`` / ``2 000 ₸`` / ``5 000 ₸`` / ``Другая сумма`` /
    ``Помочь``): two amounts and two choices or more, with a call to give or two amounts in a row; 0 if they are not
    one (a table's labels are no choices; ``Разово`` / ``300 ₸`` / ``Ежемесячно`` / ``9 000 ₸`` is a tariff table)."""
    size = amounts = choices = calls = 0
    together = run = 0  # amounts in a row: a form offers several together, a table alternates label and amount
    for text in texts[:MAX_FUND_WIDGET_LINES]:
        if BARE_AMOUNT.match(text):
            amounts, run = amounts + 1, run + 1
            together = max(together, run)
        elif _donation_choice(text):
            choices, run = choices + 1, 0
            calls += _choice(text) not in DONATION_PERIODS  # "Другая сумма", "Помочь": a call to give
        else:
            break
        size += 1
    form = amounts >= MIN_FORM_AMOUNTS and choices >= MIN_FORM_CHOICES
    return size if form and (calls or together >= MIN_FORM_AMOUNTS) else 0


MAX_GIFT_LINES = 5


def gift_list(texts: list[str]) -> int:
    """How many of ``texts`` (from the first) are a donation box written line after line: a short heading
    without a stop (``How you can help``), what gifts of amounts do (``$25 buys 50 seedlings``), one or more,
    then the box's button (``Give now``); 0 if they are not one."""
    if len(texts) < 3 or not _box_heading(texts[0]) or GIFT_WORTH.match(texts[0]):
        return 0
    size = 1
    while size < min(len(texts), 1 + MAX_GIFT_LINES) and GIFT_WORTH.match(texts[size]):
        if len(texts[size].split()) > MAX_BOX_LINE_WORDS:
            return 0
        size += 1
    if size == 1 or size >= len(texts) or BUTTON.match(texts[size]) is None:
        return 0
    return size + 1


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
