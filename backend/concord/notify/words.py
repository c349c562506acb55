"""What the e-mails say, in each person's language: one table of sentences per language (en, fr,
ar, he), and the dates, times and plurals of the recipient's locale (Babel's CLDR data).

A Python table rather than gettext .po files: the e-mails have some fifty sentences, written and
read here beside the code that fills them; a test checks that every key is in every language, with
the same {placeholders} and every plural form the language's CLDR rule can ask for (Arabic: zero,
one, two, few, many, other). Babel is used for what a table cannot hold: which plural form a
count takes, and dates in the locale's own words (`الاثنين، 7 ديسمبر 2026`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache

from babel import Locale
from babel.dates import format_date, format_skeleton, format_time
from babel.lists import format_list
from babel.numbers import format_decimal

from concord.core.languages import LANGUAGES as KNOWN
from concord.notify.preferences import LANGUAGES, Language

# A sentence, or its plural forms by CLDR category ("one", "two", "few", "many", "other"...).
Text = str | dict[str, str]

# The locale dates are written in: British English for "Monday, 7 December 2026, 18:00".
LOCALES: dict[Language, str] = {"en": "en_GB", "fr": "fr_FR", "ar": "ar", "he": "he_IL"}

# Isolates a value (a name, a title, a time zone) inside a right-to-left sentence, so that a Latin
# name or "(Europe/Paris)" keeps its own order (Unicode FSI … PDI).
FSI, PDI = "\u2068", "\u2069"
NBSP = "\u00a0"  # French puts it before ":" and ";"

WORDS: dict[Language, dict[str, Text]] = {
    "en": {
        "greeting": "Dear {name},",
        "stop": "Stop these e-mails",
        "attached": "The text is attached as Word files: {names}.",
        "the_text": "The text",
        "someone": "Someone",
        "when": "{date}, {time} ({zone})",
        "when_utc": "{time} UTC",
        "when_utc_day": "{time} UTC on {day}",
        "read_text": "Read the text",
        "redline": "See the changes (redline)",
        "invite_subject": "Your invitation to Concord",
        "invite_subject_again": "Your invitation to Concord (sent again)",
        "invite_by": "{by} invites you to Concord, where {organisation} negotiates its texts.",
        "invite": "You are invited to Concord, where {organisation} negotiates its texts.",
        "invite_how": (
            "Open the link below to choose a password or sign in with your organisation's account."
        ),
        "invite_until": "The link works once, until {when}.",
        "invite_replaces": "This link replaces the ones sent before: they no longer work.",
        "invite_accept": "Accept the invitation",
        "circulated_subject": "{revision} circulated: {title}",
        "circulated_by": "{revision} of this text has been circulated by {by}.",
        "circulated": "{revision} of this text has been circulated.",
        "silence_subject": "Silence procedure: {title}",
        "silence_until": "{what} is under a silence procedure until {ends}.",
        "silence_open": "{what} is under a silence procedure.",
        "silence_how": (
            "If no party breaks silence by then, it is adopted. "
            "The deadline is attached as a calendar entry."
        ),
        "reminder_subject": "Silence ends in 24 hours: {title}",
        "reminder": "The silence procedure on this text ends {ends}.",
        "reminder_open": "The silence procedure on this text ends in 24 hours.",
        "ics_summary": "Silence ends: {title}",
        "ics_description": "Unless a party breaks silence before this moment, the text is adopted.",
        "broken_subject": "Silence broken: {title}",
        "broken_by": "Silence was broken by {who}.",
        "broken_secretariat": "Silence was broken through the secretariat.",
        "person_of": "{person} ({delegation})",
        "broken_open": "The text is open for discussion again.",
        "adopted_subject": "Adopted: {title}",
        "adopted_silence": "{what} has been adopted at the end of its silence procedure.",
        "adopted": "{what} has been adopted.",
        "paragraph": "paragraph {paragraph}",
        "a_paragraph": "a paragraph",
        "translation_of_paragraph": "the {language} translation of paragraph {paragraph}",
        "translation_of_a_paragraph": "the {language} translation of a paragraph",
        "stale_subject": "Your position on {where} is on an earlier text: {title}",
        "stale": (
            "{where} has a new version ({new_version}). Your delegation's position ({decision}) "
            "was on version {version}: it counts again only when confirmed on the new text."
        ),
        "decision_approve": "approve",
        "decision_ad_referendum": "ad referendum",
        "decision_reservation": "reservation",
        "decision_object": "object",
        "decision_abstain": "abstain",
        "review_paragraph": "Review the paragraph",
        "your_positions": "Your positions",
        "amendment_subject": "An amendment to {where} your delegation approved: {title}",
        "amendment": "{by} proposes to amend {where}, which your delegation approves:",
        "read_amendment": "Read the amendment",
        "read_discussion": "Read the discussion",
        "mention_subject": "{by} mentioned you: {title}",
        "mention": "{by} mentioned you on {where}:",
        "mention_internal": "{by} mentioned you on {where} (internal to your delegation):",
        "reply_subject": "{by} replied to your comment: {title}",
        "reply": "{by} replied:",
        "reply_internal": "{by} replied (internal to your delegation):",
        "scheduled_subject": "Publication scheduled: {title}",
        "scheduled": (
            "The adopted text is to be published on {when}. Until then it is under embargo."
        ),
        "scheduled_open": "The adopted text is to be published at its embargo time.",
        "participants_named": "Participants to be named: {names}.",
        "asked": (
            "Your delegation is named, and so announced, only once you, its head, confirm its "
            "announcement on the publication's page. Until then it stays unannounced."
        ),
        "publication_page": "The publication",
        "confirmed_subject": "{delegation} agrees to be named: {title}",
        "confirmed": (
            "The head of {delegation} confirmed its announcement: it is named as a participant "
            "when the text is published, and announced then."
        ),
        "published_subject": "Published: {title}",
        "published": "The adopted text is published: anyone may read it, without signing in.",
        "participants": "Participants: {names}.",
        "public_page": "The public page",
        "digest_subject": {
            "one": "Your Concord digest: {count} notification",
            "other": "Your Concord digest: {count} notifications",
        },
    },
    "fr": {
        "greeting": "Bonjour {name},",
        "stop": "Ne plus recevoir ces courriels",
        "attached": f"Le texte est joint en fichiers Word{NBSP}: {{names}}.",
        "the_text": "Le texte",
        "someone": "Quelqu'un",
        "when": "{date} à {time} ({zone})",
        "when_utc": "{time} UTC",
        "when_utc_day": "{time} UTC le {day}",
        "read_text": "Lire le texte",
        "redline": "Voir les modifications (texte comparé)",
        "invite_subject": "Votre invitation à Concord",
        "invite_subject_again": "Votre invitation à Concord (nouvel envoi)",
        "invite_by": "{by} vous invite sur Concord, où {organisation} négocie ses textes.",
        "invite": (
            "Vous avez reçu une invitation pour Concord, où {organisation} négocie ses textes."
        ),
        "invite_how": (
            "Ouvrez le lien ci-dessous pour choisir un mot de passe ou vous connecter avec le "
            "compte de votre organisation."
        ),
        "invite_until": "Le lien ne fonctionne qu'une fois, jusqu'au {when}.",
        "invite_replaces": (
            f"Ce lien remplace ceux envoyés auparavant{NBSP}: ils ne fonctionnent plus."
        ),
        "invite_accept": "Accepter l'invitation",
        "circulated_subject": f"{{revision}} diffusée{NBSP}: {{title}}",
        "circulated_by": "La version {revision} de ce texte a été diffusée par {by}.",
        "circulated": "La version {revision} de ce texte a été diffusée.",
        "silence_subject": f"Procédure d'accord tacite{NBSP}: {{title}}",
        "silence_until": "{what} fait l'objet d'une procédure d'accord tacite jusqu'au {ends}.",
        "silence_open": "{what} fait l'objet d'une procédure d'accord tacite.",
        "silence_how": (
            "Si aucune partie ne rompt le silence d'ici là, il est adopté. "
            "L'échéance est jointe sous forme d'entrée d'agenda."
        ),
        "reminder_subject": f"Fin de la procédure d'accord tacite dans 24 heures{NBSP}: {{title}}",
        "reminder": "La procédure d'accord tacite sur ce texte prend fin le {ends}.",
        "reminder_open": "La procédure d'accord tacite sur ce texte prend fin dans 24 heures.",
        "ics_summary": f"Fin de l'accord tacite{NBSP}: {{title}}",
        "ics_description": (
            "Sauf si une partie rompt le silence avant ce moment, le texte est adopté."
        ),
        "broken_subject": f"Silence rompu{NBSP}: {{title}}",
        "broken_by": "Le silence a été rompu par {who}.",
        "broken_secretariat": "Le silence a été rompu par l'intermédiaire du secrétariat.",
        "person_of": "{person} ({delegation})",
        "broken_open": "Le texte est de nouveau ouvert à la discussion.",
        "adopted_subject": f"Adopté{NBSP}: {{title}}",
        "adopted_silence": "{what} a été adopté au terme de sa procédure d'accord tacite.",
        "adopted": "{what} a été adopté.",
        "paragraph": "le paragraphe {paragraph}",
        "a_paragraph": "un paragraphe",
        "translation_of_paragraph": "la traduction en {language} du paragraphe {paragraph}",
        "translation_of_a_paragraph": "la traduction en {language} d'un paragraphe",
        "stale_subject": (
            f"Votre position sur {{where}} porte sur un texte antérieur{NBSP}: {{title}}"
        ),
        "stale": (
            "{where} a une nouvelle version ({new_version}). La position de votre délégation "
            f"({{decision}}) portait sur la version {{version}}{NBSP}: elle ne compte de nouveau "
            "qu'une fois confirmée sur le nouveau texte."
        ),
        "decision_approve": "approbation",
        "decision_ad_referendum": "ad referendum",
        "decision_reservation": "réserve",
        "decision_object": "objection",
        "decision_abstain": "abstention",
        "review_paragraph": "Revoir le paragraphe",
        "your_positions": "Vos positions",
        "amendment_subject": (
            f"Amendement proposé pour {{where}}, que votre délégation a approuvé{NBSP}: {{title}}"
        ),
        "amendment": (
            f"{{by}} propose de modifier {{where}}, que votre délégation approuve{NBSP}:"
        ),
        "read_amendment": "Lire l'amendement",
        "read_discussion": "Lire la discussion",
        "mention_subject": f"{{by}} a fait mention de vous{NBSP}: {{title}}",
        "mention": f"{{by}} a fait mention de vous dans {{where}}{NBSP}:",
        "mention_internal": (
            f"{{by}} a fait mention de vous dans {{where}} (interne à votre délégation){NBSP}:"
        ),
        "reply_subject": f"{{by}} a répondu à votre commentaire{NBSP}: {{title}}",
        "reply": f"{{by}} a répondu{NBSP}:",
        "reply_internal": f"{{by}} a répondu (interne à votre délégation){NBSP}:",
        "scheduled_subject": f"Publication programmée{NBSP}: {{title}}",
        "scheduled": "Le texte adopté sera publié le {when}. D'ici là, il est sous embargo.",
        "scheduled_open": "Le texte adopté sera publié à l'heure de son embargo.",
        "participants_named": f"Participants qui seront nommés{NBSP}: {{names}}.",
        "asked": (
            "Votre délégation n'est nommée, et donc annoncée, qu'une fois que vous, son chef, "
            "aurez confirmé son annonce sur la page de la publication. D'ici là, elle reste non "
            "annoncée."
        ),
        "publication_page": "La publication",
        "confirmed_subject": f"{{delegation}} accepte d'être nommée{NBSP}: {{title}}",
        "confirmed": (
            f"Le chef de {{delegation}} a confirmé son annonce{NBSP}: elle sera nommée parmi les "
            "participants à la publication du texte, et annoncée à ce moment-là."
        ),
        "published_subject": f"Publié{NBSP}: {{title}}",
        "published": f"Le texte adopté est publié{NBSP}: chacun peut le lire, sans se connecter.",
        "participants": f"Participants{NBSP}: {{names}}.",
        "public_page": "La page publique",
        "digest_subject": {
            "one": f"Votre résumé Concord{NBSP}: {{count}} notification",
            "many": f"Votre résumé Concord{NBSP}: {{count}} de notifications",
            "other": f"Votre résumé Concord{NBSP}: {{count}} notifications",
        },
    },
    "ar": {
        "greeting": "مرحبًا {name}،",
        "stop": "إيقاف هذه الرسائل",
        "attached": "النص مرفق في ملفات Word: {names}.",
        "the_text": "النص",
        "someone": "أحد المشاركين",
        "when": "{date}، الساعة {time} ({zone})",
        "when_utc": "{time} بالتوقيت العالمي UTC",
        "when_utc_day": "{time} بالتوقيت العالمي UTC يوم {day}",
        "read_text": "قراءة النص",
        "redline": "عرض التغييرات (المقارنة)",
        "invite_subject": "دعوتك إلى Concord",
        "invite_subject_again": "دعوتك إلى Concord (أُرسلت مرة أخرى)",
        "invite_by": "يدعوك {by} إلى Concord، حيث تتفاوض {organisation} على نصوصها.",
        "invite": "أنت مدعو إلى Concord، حيث تتفاوض {organisation} على نصوصها.",
        "invite_how": "افتح الرابط أدناه لاختيار كلمة مرور أو لتسجيل الدخول بحساب مؤسستك.",
        "invite_until": "يعمل الرابط مرة واحدة، حتى {when}.",
        "invite_replaces": "يحل هذا الرابط محل الروابط المرسلة سابقًا: لم تعد تعمل.",
        "invite_accept": "قبول الدعوة",
        "circulated_subject": "تعميم {revision}: {title}",
        "circulated_by": "عمّم {by} النسخة {revision} من هذا النص.",
        "circulated": "عُمّمت النسخة {revision} من هذا النص.",
        "silence_subject": "إجراء الموافقة الضمنية: {title}",
        "silence_until": "يخضع {what} لإجراء الموافقة الضمنية حتى {ends}.",
        "silence_open": "يخضع {what} لإجراء الموافقة الضمنية.",
        "silence_how": (
            "إذا لم يكسر أي طرف الصمت قبل ذلك، يُعتمد النص. الموعد النهائي مرفق كموعد في التقويم."
        ),
        "reminder_subject": "ينتهي إجراء الموافقة الضمنية خلال 24 ساعة: {title}",
        "reminder": "ينتهي إجراء الموافقة الضمنية على هذا النص: {ends}.",
        "reminder_open": "ينتهي إجراء الموافقة الضمنية على هذا النص خلال 24 ساعة.",
        "ics_summary": "نهاية الموافقة الضمنية: {title}",
        "ics_description": "ما لم يكسر أحد الأطراف الصمت قبل هذه اللحظة، يُعتمد النص.",
        "broken_subject": "كُسر الصمت: {title}",
        "broken_by": "كسر {who} الصمت.",
        "broken_secretariat": "كُسر الصمت عن طريق الأمانة.",
        "person_of": "{person} ({delegation})",
        "broken_open": "النص مفتوح للنقاش من جديد.",
        "adopted_subject": "اعتُمد: {title}",
        "adopted_silence": "اعتُمد {what} في نهاية إجراء الموافقة الضمنية.",
        "adopted": "اعتُمد {what}.",
        "paragraph": "الفقرة {paragraph}",
        "a_paragraph": "إحدى الفقرات",
        "translation_of_paragraph": "ترجمة الفقرة {paragraph} إلى {language}",
        "translation_of_a_paragraph": "ترجمة إحدى الفقرات إلى {language}",
        "stale_subject": "موقفك من {where} يتعلق بنص سابق: {title}",
        "stale": (
            "صدرت نسخة جديدة ({new_version}) من {where}. كان موقف وفدك ({decision}) على النسخة "
            "{version}: ولن يُحتسب من جديد إلا بعد تأكيده على النص الجديد."
        ),
        "decision_approve": "موافقة",
        "decision_ad_referendum": "موافقة رهن التأكيد",
        "decision_reservation": "تحفّظ",
        "decision_object": "اعتراض",
        "decision_abstain": "امتناع",
        "review_paragraph": "مراجعة الفقرة",
        "your_positions": "مواقفك",
        "amendment_subject": "تعديل على {where} التي وافق عليها وفدك: {title}",
        "amendment": "يقترح {by} تعديل {where}، التي يوافق عليها وفدك:",
        "read_amendment": "قراءة التعديل",
        "read_discussion": "قراءة النقاش",
        "mention_subject": "إشارة إليك من {by}: {title}",
        "mention": "أشار إليك {by} في {where}:",
        "mention_internal": "أشار إليك {by} في {where} (داخل وفدك):",
        "reply_subject": "ردّ {by} على تعليقك: {title}",
        "reply": "ردّ {by}:",
        "reply_internal": "ردّ {by} (داخل وفدك):",
        "scheduled_subject": "تحديد موعد النشر: {title}",
        "scheduled": "سيُنشر النص المعتمد في {when}. وهو حتى ذلك الحين محظور النشر.",
        "scheduled_open": "سيُنشر النص المعتمد عند انتهاء حظر النشر.",
        "participants_named": "المشاركون الذين ستُذكر أسماؤهم: {names}.",
        "asked": (
            "لا يُذكر اسم وفدك، ولا يُعلن عنه، إلا بعد أن تؤكد، بصفتك رئيسه، الإعلان عنه في صفحة "
            "النشر. وحتى ذلك الحين يبقى غير معلن."
        ),
        "publication_page": "صفحة النشر",
        "confirmed_subject": "{delegation} يوافق على ذكر اسمه: {title}",
        "confirmed": (
            "أكد رئيس {delegation} الإعلان عنه: سيُذكر اسمه بين المشاركين عند نشر النص، "
            "ويُعلن عنه حينئذ."
        ),
        "published_subject": "نُشر: {title}",
        "published": "نُشر النص المعتمد: يمكن لأي شخص قراءته دون تسجيل الدخول.",
        "participants": "المشاركون: {names}.",
        "public_page": "الصفحة العامة",
        "digest_subject": {
            "zero": "ملخص Concord: لا إشعارات",
            "one": "ملخص Concord: إشعار واحد",
            "two": "ملخص Concord: إشعاران",
            "few": "ملخص Concord: {count} إشعارات",
            "many": "ملخص Concord: {count} إشعارًا",
            "other": "ملخص Concord: {count} إشعار",
        },
    },
    "he": {
        "greeting": "שלום {name},",
        "stop": "הפסקת הודעות אלה",
        "attached": "הטקסט מצורף כקובצי Word: {names}.",
        "the_text": "הטקסט",
        "someone": "מישהו",
        "when": "{date}, בשעה {time} ({zone})",
        "when_utc": "{time} UTC",
        "when_utc_day": "{time} UTC ב־{day}",
        "read_text": "לקריאת הטקסט",
        "redline": "לצפייה בשינויים (השוואה)",
        "invite_subject": "ההזמנה שלך ל־Concord",
        "invite_subject_again": "ההזמנה שלך ל־Concord (נשלחה שוב)",
        "invite_by": "{by} מזמין/ה אותך ל־Concord, שבה {organisation} מנהל את המשא ומתן על טקסטים.",
        "invite": "הוזמנת ל־Concord, שבה {organisation} מנהל את המשא ומתן על טקסטים.",
        "invite_how": (
            "יש לפתוח את הקישור שלמטה כדי לבחור סיסמה או להתחבר עם החשבון של הארגון שלך."
        ),
        "invite_until": "הקישור פועל פעם אחת בלבד, עד {when}.",
        "invite_replaces": "קישור זה מחליף את הקישורים שנשלחו קודם: הם אינם פועלים עוד.",
        "invite_accept": "לקבלת ההזמנה",
        "circulated_subject": "הופצה {revision}: {title}",
        "circulated_by": "{by} הפיץ/ה את הגרסה {revision} של טקסט זה.",
        "circulated": "הגרסה {revision} של טקסט זה הופצה.",
        "silence_subject": "הליך הסכמה שבשתיקה: {title}",
        "silence_until": "{what} נתון להליך הסכמה שבשתיקה עד {ends}.",
        "silence_open": "{what} נתון להליך הסכמה שבשתיקה.",
        "silence_how": (
            "אם אף צד לא ישבור את השתיקה עד אז, הטקסט יאומץ. המועד האחרון מצורף כרשומת יומן."
        ),
        "reminder_subject": "הליך השתיקה מסתיים בעוד 24 שעות: {title}",
        "reminder": "הליך השתיקה על טקסט זה מסתיים ב{ends}.",
        "reminder_open": "הליך השתיקה על טקסט זה מסתיים בעוד 24 שעות.",
        "ics_summary": "סיום הליך השתיקה: {title}",
        "ics_description": "אלא אם צד כלשהו ישבור את השתיקה לפני מועד זה, הטקסט יאומץ.",
        "broken_subject": "השתיקה נשברה: {title}",
        "broken_by": "השתיקה נשברה על ידי {who}.",
        "broken_secretariat": "השתיקה נשברה באמצעות המזכירות.",
        "person_of": "{person} ({delegation})",
        "broken_open": "הטקסט פתוח שוב לדיון.",
        "adopted_subject": "אומץ: {title}",
        "adopted_silence": "{what} אומץ בתום הליך השתיקה.",
        "adopted": "{what} אומץ.",
        "paragraph": "פסקה {paragraph}",
        "a_paragraph": "אחת הפסקאות",
        "translation_of_paragraph": "תרגום פסקה {paragraph} ל{language}",
        "translation_of_a_paragraph": "תרגום אחת הפסקאות ל{language}",
        "stale_subject": "העמדה שלך לגבי {where} מתייחסת לטקסט קודם: {title}",
        "stale": (
            "ל{where} יש גרסה חדשה ({new_version}). עמדת המשלחת שלך ({decision}) ניתנה על "
            "גרסה {version}: היא תיחשב שוב רק לאחר שתאושר על הטקסט החדש."
        ),
        "decision_approve": "אישור",
        "decision_ad_referendum": "אישור בכפוף לאשרור",
        "decision_reservation": "הסתייגות",
        "decision_object": "התנגדות",
        "decision_abstain": "הימנעות",
        "review_paragraph": "לעיון בפסקה",
        "your_positions": "העמדות שלך",
        "amendment_subject": "תיקון ל{where} שהמשלחת שלך אישרה: {title}",
        "amendment": "{by} מציע/ה לתקן את {where}, שהמשלחת שלך מאשרת:",
        "read_amendment": "לקריאת התיקון",
        "read_discussion": "לקריאת הדיון",
        "mention_subject": "אזכור שלך מאת {by}: {title}",
        "mention": "{by} הזכיר/ה אותך ב{where}:",
        "mention_internal": "{by} הזכיר/ה אותך ב{where} (פנימי למשלחת שלך):",
        "reply_subject": "{by} השיב/ה לתגובה שלך: {title}",
        "reply": "{by} השיב/ה:",
        "reply_internal": "{by} השיב/ה (פנימי למשלחת שלך):",
        "scheduled_subject": "נקבע מועד פרסום: {title}",
        "scheduled": "הטקסט שאומץ יפורסם ב־{when}. עד אז הוא תחת אמברגו.",
        "scheduled_open": "הטקסט שאומץ יפורסם במועד האמברגו שלו.",
        "participants_named": "המשתתפים שייזכרו בשמם: {names}.",
        "asked": (
            "שם המשלחת שלך ייזכר, והיא תוכרז, רק לאחר שאת/ה, כראש המשלחת, תאשר/י את ההכרזה "
            "עליה בדף הפרסום. עד אז היא נשארת בלתי מוכרזת."
        ),
        "publication_page": "דף הפרסום",
        "confirmed_subject": "{delegation} מסכימה שייזכר שמה: {title}",
        "confirmed": (
            "ראש {delegation} אישר/ה את ההכרזה עליה: שמה ייזכר בין המשתתפים כשהטקסט יפורסם, "
            "והיא תוכרז אז."
        ),
        "published_subject": "פורסם: {title}",
        "published": "הטקסט שאומץ פורסם: כל אחד יכול לקרוא אותו, בלי להתחבר.",
        "participants": "משתתפים: {names}.",
        "public_page": "הדף הציבורי",
        "digest_subject": {
            "one": "הסיכום שלך מ־Concord: התראה אחת",
            "two": "הסיכום שלך מ־Concord: שתי התראות",
            "other": "הסיכום שלך מ־Concord: {count} התראות",
        },
    },
}


class Words:
    """The sentences, dates and numbers of one language."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self.locale = LOCALES[language]
        self.direction = KNOWN[language].direction
        self.table = WORDS[language]

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    def value(self, value: object) -> str:
        """A value set in a sentence: isolated in a right-to-left one."""
        text = str(value)
        return f"{FSI}{text}{PDI}" if self.rtl and text else text

    def __call__(self, key: str, /, count: int | None = None, **values: object) -> str:
        """The sentence `key`, its {placeholders} filled (isolated when right-to-left); with a
        count, in the plural form the language's CLDR rule gives it."""
        text = self.table[key]
        if isinstance(text, dict):
            assert count is not None, key
            form = plural_form(self.language, count)
            text = text.get(form, text["other"])
            values["count"] = format_decimal(count, locale=self.locale)
        filled = {name: self.value(value) for name, value in values.items()}
        return text.format(**filled)

    def word(self, key: str) -> str:
        """A sentence with nothing to fill (a link label, a noun)."""
        text = self.table[key]
        assert isinstance(text, str), key
        return text

    def date(self, at: datetime) -> str:
        return format_date(at, format="full", locale=self.locale)

    def day(self, at: datetime) -> str:
        return format_skeleton("MMMMd", at, locale=self.locale)

    def time(self, at: datetime) -> str:
        return format_time(at, format="short", locale=self.locale, tzinfo=at.tzinfo or UTC)

    def names(self, values: list[str]) -> str:
        """`A, B and C` in the language's own way (Babel's CLDR list patterns), each isolated
        when right-to-left."""
        return format_list([self.value(v) for v in values], locale=self.locale)

    def language_name(self, code: str) -> str:
        """A language's name in this language (`arabe`, `العربية`), else its code."""
        names = Locale.parse(self.locale).languages
        return str(names.get(code, code))


def plural_form(language: Language, count: int) -> str:
    return str(Locale.parse(LOCALES[language]).plural_form(count))


def plural_forms(language: Language) -> frozenset[str]:
    """Every form the language's plural rule can give, `other` included."""
    return frozenset(Locale.parse(LOCALES[language]).plural_form.tags) | {"other"}


@cache
def words(language: Language | None) -> Words:
    return Words(language if language in LANGUAGES else "en")
