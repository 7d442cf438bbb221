#include "ImportFormat.h"

namespace rapport::importers {

QString formatKey(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Unknown:
        return QStringLiteral("unknown");
    case ImportFormat::LinkedInConnections:
        return QStringLiteral("linkedin-connections");
    case ImportFormat::LinkedInMessages:
        return QStringLiteral("linkedin-messages");
    case ImportFormat::LinkedInInvitations:
        return QStringLiteral("linkedin-invitations");
    case ImportFormat::LinkedInProfile:
        return QStringLiteral("linkedin-profile");
    case ImportFormat::LinkedInOther:
        return QStringLiteral("linkedin-other");
    case ImportFormat::VCard:
        return QStringLiteral("vcard");
    case ImportFormat::GoogleCsv:
        return QStringLiteral("google-csv");
    case ImportFormat::GoogleLegacyCsv:
        return QStringLiteral("google-legacy-csv");
    case ImportFormat::OutlookCsv:
        return QStringLiteral("outlook-csv");
    case ImportFormat::OutlookComCsv:
        return QStringLiteral("outlook-com-csv");
    }
    return {};
}

HeaderMap::HeaderMap(const QStringList& header) : m_names(header), m_size(int(header.size()))
{
    for (int i = 0; i < header.size(); ++i) {
        const QString k = key(header.at(i));
        if (!k.isEmpty() && !m_index.contains(k)) { // first of duplicate names wins
            m_index.insert(k, i);
        }
    }
}

QString HeaderMap::key(const QString& name)
{
    QString k = name.trimmed();
    if (k.startsWith(QChar(0xFEFF))) {
        k.remove(0, 1);
    }
    k.remove(QLatin1Char('"'));
    return k.trimmed().toLower();
}

bool HeaderMap::has(const char* name) const
{
    return m_index.contains(QString::fromLatin1(name).toLower());
}

int HeaderMap::index(const char* name) const
{
    return m_index.value(QString::fromLatin1(name).toLower(), -1);
}

QString HeaderMap::value(const QStringList& row, const char* name) const
{
    return value(row, index(name));
}

QString HeaderMap::value(const QStringList& row, int i) const
{
    return i >= 0 && i < row.size() ? row.at(i) : QString();
}

ImportFormat detectCsvHeader(const HeaderMap& h)
{
    if (h.size() < 2) {
        return ImportFormat::Unknown;
    }
    if (h.has("first name") && h.has("connected on")) {
        return ImportFormat::LinkedInConnections;
    }
    if (h.has("conversation id") || (h.has("from") && h.has("content") && h.has("date"))) {
        return ImportFormat::LinkedInMessages;
    }
    if (h.has("from") && h.has("to") && h.has("sent at") && h.has("direction")) {
        return ImportFormat::LinkedInInvitations;
    }
    if (h.has("given name") && h.has("group membership")) {
        return ImportFormat::GoogleLegacyCsv;
    }
    if (h.has("first name") && h.has("labels")) {
        return ImportFormat::GoogleCsv;
    }
    if (h.has("e-mail address") && (h.has("job title") || h.has("company"))) {
        return h.has("e-mail type") || h.has("e-mail display name") || h.has("categories")
                   ? ImportFormat::OutlookCsv
                   : ImportFormat::OutlookComCsv;
    }
    if (h.has("first name") && h.has("maiden name") && h.has("headline")) {
        return ImportFormat::LinkedInProfile;
    }
    // The rest of the LinkedIn archive: recognised so a folder or zip import can say "not imported".
    static const char* const other[][2] = {
        {"company name", "started on"},
        {"email address", "confirmed"},
        {"endorsement date", "skill name"},
        {"skill name", ""},
        {"text", "creation date"},
        {"date/time", "media link"},
        {"registered at", ""},
        {"registration date", ""},
        {"extension", "number"},
        {"source", "firstname"},
        {"companies", "bookmarked at"},
        {"name", "url"},
        {"connection first name", "note"},
        {"type", "link"},
    };
    for (const auto& pair : other) {
        if (h.has(pair[0]) && (pair[1][0] == '\0' || h.has(pair[1]))) {
            return ImportFormat::LinkedInOther;
        }
    }
    return ImportFormat::Unknown;
}

} // namespace rapport::importers
