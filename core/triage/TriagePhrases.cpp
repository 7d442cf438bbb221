#include "TriagePhrases.h"

#include <initializer_list>

namespace rapport::triage::phrases {

namespace {

// Joins alternatives into one expression so a message is scanned once per feature. A space in a
// pattern (outside a character class) matches any run of whitespace, so line breaks and double
// spaces in messages do not hide a phrase.
QRegularExpression compile(std::initializer_list<const char*> alternatives)
{
    QString pattern;
    for (const char* alt : alternatives) {
        if (!pattern.isEmpty()) {
            pattern += QLatin1Char('|');
        }
        pattern += QStringLiteral("(?:");
        const QString raw = QString::fromUtf8(alt);
        bool inClass = false;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const QChar c = raw.at(i);
            if (c == QLatin1Char('\\') && i + 1 < raw.size()) {
                pattern += c;
                pattern += raw.at(++i);
                continue;
            }
            if (c == QLatin1Char('[')) {
                inClass = true;
            } else if (c == QLatin1Char(']')) {
                inClass = false;
            }
            if (c == QLatin1Char(' ') && !inClass) {
                // " ?" stays optional: the quantifier then applies to a single \s.
                const bool quantified = i + 1 < raw.size() && QStringLiteral("?*+{").contains(raw.at(i + 1));
                pattern += quantified ? QStringLiteral("\\s") : QStringLiteral("\\s+");
            } else {
                pattern += c;
            }
        }
        pattern += QLatin1Char(')');
    }
    QRegularExpression re(pattern);
    Q_ASSERT_X(re.isValid(), "triage phrases", qPrintable(re.errorString()));
    re.optimize();
    return re;
}

} // namespace

QRegularExpression compilePhrases(std::initializer_list<const char*> alternatives)
{
    return compile(alternatives);
}

const QRegularExpression& defaultTemplate()
{
    static const QRegularExpression re = compile({
        // English, current and older forms.
        R"(i'?d like to (?:add you to|join) (?:my|your) (?:professional )?(?:linkedin )?network(?: on linkedin)?)",
        R"(i would like to (?:add you to|join) (?:my|your) (?:professional )?(?:linkedin )?network(?: on linkedin)?)",
        R"(i'?d like to connect with you on linkedin)",
        R"(i would like to connect with you on linkedin)",
        R"(please accept my (?:invitation|request) to connect(?: on linkedin)?)",
        R"(i'?d like to add you to my network)",
        // German.
        R"(ich mochte sie (?:gerne? )?(?:zu|in) meinem (?:beruflichen )?netzwerk (?:auf|bei) linkedin hinzufugen)",
        R"(ich mochte (?:gerne? )?(?:ihrem|deinem) (?:linkedin[- ])?netzwerk beitreten)",
        R"(ich wurde mich (?:gerne? )?mit (?:ihnen|dir) (?:auf|bei) linkedin vernetzen)",
        R"(gerne mochte ich sie (?:zu meinem netzwerk|als kontakt) hinzufugen)",
        // Slovak (and the Czech form it is often sent in).
        R"(rad[a]? by som (?:si )?(?:vas|ta) pridal[a]? do (?:mojej|svojej) (?:profesionalnej |profesijnej )?siete(?: na linkedin\w*)?)",
        R"(chcel[a]? by som sa (?:k vam|s vami) (?:pripojit|spojit)(?: na linkedin\w*)?)",
        R"(rad[a]? bych si vas pridal[a]? do sve (?:profesni )?site(?: na linkedin\w*)?)",
        // Spanish.
        R"(me gustaria (?:anadirte|agregarte|anadirle|agregarle|anadirlo|agregarlo) a mi red (?:profesional )?(?:de|en) linkedin)",
        R"(me gustaria (?:unirme a|formar parte de) (?:tu|su) red (?:de|en) linkedin)",
        // French.
        R"(j'aimerais (?:vous|t') ?inviter a rejoindre mon reseau (?:professionnel )?(?:sur linkedin)?)",
        R"(je souhaiterais (?:vous|t') ?(?:ajouter a|inviter a rejoindre) mon reseau(?: (?:professionnel|linkedin))*(?: sur linkedin)?)",
        R"(je souhaiterais faire partie de (?:votre|ton) reseau(?: linkedin)?)",
    });
    return re;
}

const QRegularExpression& fillerWord()
{
    static const QRegularExpression re = compile({
        R"(\b(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|hallo|guten tag|servus|ahoj|dobry den|hola|buenos dias|bonjour|salut|cau)\b)",
        R"(\b(?:let'?s|lets|please|kindly|accept|my|your|invitation|invite|request|connect(?:ing|ion)?|network(?:ing)?|linkedin|add|join|here|on|to|with|in|be|would|like|love|i'?d|i|you|me|we|to|stay|keep|touch|thanks|thank|cheers|regards|best|hope|are|well|doing|great|nice|good|glad|happy|and|the|a|of|for|as|too|also|have|professional|growing|grow|circle|contacts?|looking|forward|it|is|this|that|would|will|can|could)\b)",
    });
    return re;
}

const QRegularExpression& workReference()
{
    static const QRegularExpression re = compile({
        R"(\byour (?:[\w-]+ ){0,2}(?:paper|preprint|article|post|blog|talk|career talk|webinar|tutorials?|guide|repo|repository|library|treebank|dataset|study|book|course|thesis|activity|worksheets?|presentation|comment|session|study day|podcast|newsletter|video|keynote|lecture|research|report|framework|package|slides|thread|answer|pull request|notebook|protocol|template|checklist|episode|analysis|chapter|findings|plugin|benchmark|survey|open[- ]source|talk|panel|workshop|seminar|class|module|toolkit|app|variety guide|dashboard|write-?up|tool|resource|exercises?|materials|gist|visuali[sz]ation|map|demo|code|thesis)s?\b)",
        R"(\b(?:the|that) [\w -]{2,40} you (?:open-sourced|published|wrote|built|made|shared|posted|presented|released|maintain)\b|\byou open-sourced\b)",
        R"(\b(?:maintainer|author|creator) of [\w-]{3,})",
        R"(\b(?:used|using|use|tried|read|reading|watched|followed|reproduce|reproducing|cite|citing|adapt|adapting|applied|implemented) your\b)",
        R"(\b(?:found|noticed|spotted) (?:a |an |\d+ )?(?:\w+ )?(?:bug|discrepancy|typo|error|issue|inconsistenc\w*|problem|sentences?)\b.{0,40}\byour\b)",
        R"(\b(?:attended|saw|watched|joined) your\b)",
        R"(\b(?:ihr|ihre|ihren|ihrem|dein|deine|deinen|deinem) (?:\w+ )?(?:vortrag|artikel|beitrag|buch|paper|studie|projekt|webinar|kurs|prasentation|leitfaden|arbeit|post|keynote|workshop|repository|bibliothek|vorlage|tool|plugin|sammlung)\b)",
        R"(\b(?:vas|vasu|vasej|vasom|vase|tvoj|tvoju|tvojej|tvojom|tvoje) (?:\w+ )?(?:prednask|clan|prispev|projekt|knih|studi|prezentaci|webinar|kurz|workshop|sad|material|uloh|nastroj)\w*)",
        R"(\bza (?:\w+ )?(?:prednasku|prezentaciu|workshop|webinar|clanok)\b)",
        R"(\b(?:su|tu) (?:\w+ )?(?:charla|articulo|publicacion|ponencia|proyecto|estudio|libro|curso|post|guia|presentacion|investigacion|taller)\b)",
        R"(\b(?:votre|ton|ta|vos) (?:\w+ )?(?:conference|article|publication|presentation|projet|etude|livre|cours|post|rapport|guide|intervention|these|atelier)s?\b)",
        R"(\bvous aviez (?:cite|mentionne|presente) )",
    });
    return re;
}

const QRegularExpression& encounter()
{
    static const QRegularExpression re = compile({
        R"(\bwe (?:met|meet|spoke|talked|chatted|sat next to each other)\b)",
        R"(\b(?:met|meeting|seeing|saw|see) you (?:at|in|during|on|after)\b)",
        R"(\b(?:great|good|nice|lovely|a pleasure|fun) (?:to )?(?:finally )?(?:meet|meeting|see|seeing|chat|chatting|talk|talking|catch up|catching up) (?:with )?(?:you )?(?:in person )?(?:at|in|during|yesterday|last|today|this)\b)",
        R"(\b(?:it'?s|this is|c'est|soy|ich bin|som) \w+(?: \w+)? (?:from|de|von|z|zo) (?:the |la |le |el |der |dem )?)",
        R"(\bfollowing up (?:from|on|after) (?:the|our|your)\b|\bwe sat (?:next to|together)\b)",
        R"(\b(?:we|i) (?:were|was) (?:both )?(?:in|on|at) the same (?:cohort|team|shift|project|class|lab|office|ward|panel|table|flight|course)\b)",
        R"(\bthanks? (?:again )?for (?:the|your) (?:tour|critique|design critique|demo|workshop|visit|hospitality|invitation)\b)",
        R"(\bwe were both (?:on|in|at)\b)",
        R"(\bdank(?:e)?(?: nochmal| noch einmal| vielmals)? (?:fur|fuer) (?:den|die|das) (?:workshop|vortrag|fuhrung|besuch|seminar|training)\b)",
        R"(\b(?:dakujem|vdaka) (?:\w+ )?za (?:\w+ )?(?:workshop|prehliadku|navstevu|skolenie)\b|\bgracias por (?:la|el) (?:charla|taller|visita|recorrido)\b|\bmerci pour (?:la|l'|le) ?(?:conference|atelier|visite|formation)\b)",
        R"(\b(?:wir haben uns|haben uns) (?:\w+ ){0,6}(?:kennengelernt|getroffen|unterhalten)\b)",
        R"(\b(?:stretli|videli|rozpravali) sme sa\b)",
        R"(\bnos (?:conocimos|vimos)\b|\b(?:hablamos|coincidimos) en\b)",
        R"(\b(?:nous nous sommes|on s'est) (?:rencontres?|vus|parle|croises)\b)",
        R"(\b(?:l'etudiant|l'etudiante|the student|der student|die studentin|el estudiante|la estudiante) (?:\w+ ){0,4}qui\b)",
        R"(\bqui a pose la question\b|\bwho asked (?:you )?(?:the|a) question\b)",
    });
    return re;
}

const QRegularExpression& vagueEvent()
{
    static const QRegularExpression re = compile({
        R"(\b(?:the|that|a recent|your recent|this) (?:conference|event|summit|webinar|meetup|seminar|expo|trade show|networking event|workshop|forum)\b)",
    });
    return re;
}

const QRegularExpression& timeReference()
{
    static const QRegularExpression re = compile({
        R"(\b(?:yesterday|last (?:week|month|year|night|term|season|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (?:morning|week)|earlier today|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?)\b)",
        R"(\bin (?:january|february|march|april|may|june|july|august|september|october|november|december)\b)",
        R"(\b(?:gestern|letzte[nr]? (?:woche|monat|jahr)|vcera|minuly (?:tyzden|mesiac)|ayer|la semana pasada|el mes pasado|hier|la semaine derniere|le mois dernier|lundi|mardi|mercredi|jeudi|vendredi)\b)",
    });
    return re;
}

const QRegularExpression& engagement()
{
    static const QRegularExpression re = compile({
        R"(\b(?:would|could|can|do|did|may|might|shall) (?:you|i|we)\b[^.!?\n]{0,160}\?)",
        R"(\b(?:which|what|how|who|where|when|is that|is it|any chance)\b[^.!?\n]{0,160}\?)",
        R"(\b(?:happy|glad) to (?:share|send|help|contribute|show)\b)",
        R"(\b(?:i'?d|i would) love to (?:share|send|show|adapt|hear)\b)",
        R"(\b(?:made|wrote|prepared|have) a (?:patch|fix|pull request|pr)\b)",
        R"(\b(?:may|can|could) i (?:send|share|ask|cite)\b|\bi can (?:send|share) (?:you )?(?:a|the|my|our)\b)",
        R"(\b(?:wanted|just wanted) to (?:let you know|say thanks|thank you)\b)",
        R"(\bi'?ll (?:of course )?(?:credit|acknowledge)\b|\bcredited\b)",
        R"(\b(?:durfte|konnte|darf) ich\b|\bkonnten sie\b)",
        R"(\b(?:rad[a]? by som sa (?:spytal|opytal)|mohli by ste|mohol by som|mohla by som)\w*)",
        R"(\b(?:podria|me encantaria|quisiera preguntar)\w*)",
        R"(\b(?:pourriez|pouvez|pourrais)-?(?:vous|je)?\b|\bvous pouvez\b)",
    });
    return re;
}

const QRegularExpression& firstPerson()
{
    static const QRegularExpression re = compile({
        R"(\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|we're|we've|we'll|our|ours|us|ich|mich|mir|mein\w*|wir|uns|unser\w*|ja|moj\w*|nas\w*|yo|mis?|nosotros|nuestr\w*|je|j'|moi|mon|mes|nous|notre|nos)\b)",
    });
    return re;
}

const QRegularExpression& secondPerson()
{
    static const QRegularExpression re = compile({
        R"(\b(?:you|you're|you've|you'd|you'll|your|yours|yourself|ihnen|ihre?\w*|du|dich|dir|dein\w*|vy|vas\w*|vam|vami|ty|tvoj\w*|tu|tus|te|usted|ustedes|sus?|vous|votre|vos|ton|ta|tes|toi)\b)",
    });
    return re;
}

const QRegularExpression& networkerHeadline()
{
    static const QRegularExpression re = compile({
        R"(\blion\b|open ?networker|power ?networker|super ?connector|accept(?:s|ing)? all|always accepting|never idk|follow me|\d+\s?k\+|[\d,]{4,}\+? (?:connections|followers)|let'?s grow)",
        R"(passive income|financial freedom|crypto|forex|call me today|dm me|ask me about|wealth activation|make money)",
    });
    return re;
}

const QRegularExpression& lionOriginal()
{
    static const QRegularExpression re = compile({R"(\bL\.?I\.?O\.?N\b)"});
    return re;
}

const QRegularExpression& namedRelativeOriginal()
{
    static const QRegularExpression re = compile(
        {R"((?<!\p{L})\p{Lu}\p{Ll}+['’]s (?:brother|sister|son|daughter|husband|wife|friend|colleague|cousin|partner|mom|mum|dad|mother|father|flatmate|roommate)\b)"});
    return re;
}

} // namespace rapport::triage::phrases
