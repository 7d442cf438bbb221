#include "TriageText.h"

#include <QStringList>

namespace rapport::triage::text {

QString foldKeepingLength(const QString& s)
{
    QString out(s.size(), Qt::Uninitialized);
    QChar* dst = out.data();
    for (qsizetype i = 0; i < s.size(); ++i) {
        QChar c = s.at(i);
        const char16_t u = c.unicode();
        if (u < 0x80) {
            dst[i] = (u >= 'A' && u <= 'Z') ? QChar(char16_t(u + 32)) : c;
            continue;
        }
        switch (u) {
        case u'\u2018':
        case u'\u2019':
        case u'\u02BC':
        case u'\u00B4':
            dst[i] = QLatin1Char('\'');
            continue;
        case u'\u201C':
        case u'\u201D':
        case u'\u201E':
        case u'\u00AB':
        case u'\u00BB':
            dst[i] = QLatin1Char('"');
            continue;
        case u'\u2013':
        case u'\u2014':
            dst[i] = QLatin1Char('-');
            continue;
        case u'\u00A0':
            dst[i] = QLatin1Char(' ');
            continue;
        default:
            break;
        }
        if (!c.isSurrogate() && c.decompositionTag() == QChar::Canonical) {
            const QString d = c.decomposition();
            if (!d.isEmpty()) {
                c = d.at(0);
            }
        }
        dst[i] = c.toLower();
    }
    return out;
}

bool isMostlyUpperCase(const QString& s)
{
    int upper = 0;
    int lower = 0;
    for (const QChar c : s) {
        if (c.isUpper()) {
            ++upper;
        } else if (c.isLower()) {
            ++lower;
        }
    }
    return upper > 8 && upper > 2 * lower;
}

namespace {

bool endsSentence(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char('\n') ||
           c == QChar(u'\u2026');
}

// Words that are capitalised for grammar, not because they name something.
bool isGrammaticalCapital(QStringView word)
{
    static const QStringList kWords = {
        QStringLiteral("I"),     QStringLiteral("I'm"),   QStringLiteral("I've"),     QStringLiteral("I'd"),
        QStringLiteral("I'll"),  QStringLiteral("Sie"),   QStringLiteral("Ihr"),      QStringLiteral("Ihre"),
        QStringLiteral("Ihren"), QStringLiteral("Ihrem"), QStringLiteral("Ihrer"),    QStringLiteral("Ihnen"),
        QStringLiteral("Vám"),   QStringLiteral("Vás"),   QStringLiteral("Váš"),      QStringLiteral("Vaša"),
        QStringLiteral("Usted"), QStringLiteral("Vous"),  QStringLiteral("LinkedIn"),
    };
    for (const QString& w : kWords) {
        if (word == w) {
            return true;
        }
    }
    return false;
}

} // namespace

int sentenceStart(const QString& s, int pos)
{
    int i = qBound(0, pos, int(s.size()));
    while (i > 0 && !endsSentence(s.at(i - 1))) {
        --i;
    }
    return i;
}

int sentenceEnd(const QString& s, int pos)
{
    int i = qBound(0, pos, int(s.size()));
    while (i < s.size() && !endsSentence(s.at(i))) {
        ++i;
    }
    return i < s.size() ? i + 1 : i;
}

bool namesSomething(const QString& original, int from, int to, bool ignoreCase)
{
    from = qBound(0, from, int(original.size()));
    to = qBound(from, to, int(original.size()));
    int i = from;
    while (i < to) {
        const QChar c = original.at(i);
        if (c.isDigit() || c == QLatin1Char('#') || c == QLatin1Char('(') || c == QLatin1Char('"') ||
            c == QChar(u'\u201C') || c == QChar(u'\u2018')) {
            return true;
        }
        if (!c.isLetter()) {
            ++i;
            continue;
        }
        int j = i;
        int caps = 0;
        while (j < to && (original.at(j).isLetter() || original.at(j) == QLatin1Char('\''))) {
            if (original.at(j).isUpper()) {
                ++caps;
            }
            ++j;
        }
        // Identifiers and links name a thing however they are cased: kafka-lag-viewer, foo_bar, x.io
        int joiners = 0;
        int k = j;
        while (k + 1 < to &&
               (original.at(k) == QLatin1Char('-') || original.at(k) == QLatin1Char('_') ||
                original.at(k) == QLatin1Char('.') || original.at(k) == QLatin1Char('/')) &&
               original.at(k + 1).isLetterOrNumber()) {
            joiners += original.at(k) == QLatin1Char('-') ? 1 : 2;
            ++k;
            while (k < to && original.at(k).isLetterOrNumber()) {
                ++k;
            }
        }
        if (joiners >= 2) {
            return true;
        }
        const QStringView word = QStringView(original).mid(i, j - i);
        if (ignoreCase) {
            if (word.size() >= 5) {
                return true;
            }
        } else if (caps >= 2 && word.size() >= 2) {
            return true; // acronym or CamelCase: DAC, arXiv, GitHub
        } else if (caps == 1 && c.isUpper() && !isGrammaticalCapital(word)) {
            int k = i - 1;
            while (k >= 0 && original.at(k).isSpace()) {
                --k;
            }
            const bool sentenceInitial = k < 0 || endsSentence(original.at(k)) || original.at(k) == QLatin1Char(':');
            if (!sentenceInitial) {
                return true;
            }
        }
        i = j;
    }
    return false;
}

int letterCount(QStringView s)
{
    int n = 0;
    for (const QChar c : s) {
        if (c.isLetter()) {
            ++n;
        }
    }
    return n;
}

} // namespace rapport::triage::text
