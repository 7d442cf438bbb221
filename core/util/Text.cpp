#include "Text.h"

#include <QRegularExpression>
#include <QUrl>

namespace rapport::text {

QString foldForSearch(const QString& s)
{
    const QString decomposed = s.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing) {
            continue;
        }
        out.append(c);
    }
    return out.toCaseFolded();
}

QString normalizedName(const QString& name)
{
    QString n = name;
    const qsizetype comma = n.indexOf(QLatin1Char(','));
    if (comma > 0) {
        n.truncate(comma);
    }
    n = foldForSearch(n);
    QString out;
    out.reserve(n.size());
    bool space = false;
    for (const QChar c : std::as_const(n)) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty()) {
                out.append(QLatin1Char(' '));
            }
            space = false;
            out.append(c);
        } else if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.')) {
            space = true;
        }
    }
    return out;
}

QString normalizedLinkedInUrl(const QString& url)
{
    QString u = url.trimmed();
    if (u.isEmpty()) {
        return {};
    }
    if (!u.contains(QLatin1String("://"))) {
        u.prepend(QLatin1String("https://"));
    }
    const QUrl parsed(u, QUrl::TolerantMode);
    const QString host = parsed.host().toLower();
    if (!host.endsWith(QLatin1String("linkedin.com"))) {
        return {};
    }
    QString path = parsed.path(QUrl::FullyDecoded);
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    static const QRegularExpression profile(QStringLiteral("^/(in|pub)/([^/]+)"));
    const auto m = profile.match(path);
    if (!m.hasMatch()) {
        return {};
    }
    return QStringLiteral("https://www.linkedin.com/%1/%2").arg(m.captured(1), m.captured(2).toLower());
}

QString normalizedEmail(const QString& email)
{
    return email.trimmed().toLower();
}

QString normalizedPhone(const QString& phone)
{
    QString digits;
    const QString t = phone.trimmed();
    for (const QChar c : t) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    if (t.startsWith(QLatin1Char('+'))) {
        return QLatin1Char('+') + digits;
    }
    if (digits.startsWith(QLatin1String("00"))) {
        return QLatin1Char('+') + digits.mid(2);
    }
    return digits;
}

QString elide(const QString& s, qsizetype maxChars)
{
    if (s.size() <= maxChars) {
        return s;
    }
    return s.left(maxChars) + QChar(0x2026);
}

} // namespace rapport::text
