#include "HtmlEntities.h"

#include <QHash>

namespace rapport::importers {

namespace {

const QHash<QString, char32_t>& namedEntities()
{
    static const QHash<QString, char32_t> table = {
        {QStringLiteral("amp"), U'&'},     {QStringLiteral("lt"), U'<'},      {QStringLiteral("gt"), U'>'},
        {QStringLiteral("quot"), U'"'},    {QStringLiteral("apos"), U'\''},   {QStringLiteral("nbsp"), U' '},
        {QStringLiteral("rsquo"), 0x2019}, {QStringLiteral("lsquo"), 0x2018}, {QStringLiteral("rdquo"), 0x201D},
        {QStringLiteral("ldquo"), 0x201C}, {QStringLiteral("bdquo"), 0x201E}, {QStringLiteral("sbquo"), 0x201A},
        {QStringLiteral("ndash"), 0x2013}, {QStringLiteral("mdash"), 0x2014}, {QStringLiteral("hellip"), 0x2026},
        {QStringLiteral("euro"), 0x20AC},  {QStringLiteral("copy"), 0x00A9},  {QStringLiteral("reg"), 0x00AE},
        {QStringLiteral("trade"), 0x2122}, {QStringLiteral("bull"), 0x2022},  {QStringLiteral("middot"), 0x00B7},
        {QStringLiteral("laquo"), 0x00AB}, {QStringLiteral("raquo"), 0x00BB}, {QStringLiteral("deg"), 0x00B0},
    };
    return table;
}

} // namespace

QString decodeHtmlEntities(const QString& text)
{
    if (!text.contains(QLatin1Char('&'))) {
        return text;
    }
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('&')) {
            out.append(c);
            continue;
        }
        const qsizetype semi = text.indexOf(QLatin1Char(';'), i + 1);
        if (semi < 0 || semi - i > 12) {
            out.append(c);
            continue;
        }
        const QStringView name = QStringView(text).mid(i + 1, semi - i - 1);
        char32_t cp = 0;
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint v = (name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X'))
                               ? name.mid(2).toUInt(&ok, 16)
                               : name.mid(1).toUInt(&ok, 10);
            if (ok && v > 0 && v <= 0x10FFFF && (v < 0xD800 || v > 0xDFFF)) {
                cp = v;
            }
        } else {
            cp = namedEntities().value(name.toString(), 0);
        }
        if (cp == 0) {
            out.append(c);
            continue;
        }
        out.append(QString::fromUcs4(&cp, 1));
        i = semi;
    }
    return out;
}

bool looksSponsored(const QString& rawContent)
{
    return rawContent.contains(QLatin1String("spinmail-quill-editor")) ||
           rawContent.contains(QLatin1String("%FIRSTNAME%"));
}

} // namespace rapport::importers
