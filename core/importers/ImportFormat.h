#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace rapport::importers {

/// What a file is, decided from its content (header row or BEGIN:VCARD), never from its name.
enum class ImportFormat {
    Unknown,
    LinkedInConnections,
    LinkedInMessages,
    LinkedInInvitations,
    LinkedInProfile,
    LinkedInOther, ///< another file of the LinkedIn archive (Positions, Endorsements, ...): not imported
    VCard,
    GoogleCsv,
    GoogleLegacyCsv,
    OutlookCsv,
    OutlookComCsv,
};

/// Stable key for import_batches.format and JSON ("linkedin-connections", "vcard", ...).
QString formatKey(ImportFormat format);

/// Column lookup by header name: case-insensitive, trimmed, quotes removed, so reordered or
/// renamed-by-case LinkedIn columns still map.
class HeaderMap
{
public:
    HeaderMap() = default;
    explicit HeaderMap(const QStringList& header);

    static QString key(const QString& name);
    bool has(const char* name) const;
    /// Index of the column, or -1.
    int index(const char* name) const;
    /// The field for the column in a row, empty when the column or the field is missing.
    QString value(const QStringList& row, const char* name) const;
    QString value(const QStringList& row, int index) const;
    int size() const { return m_size; }
    const QStringList& names() const { return m_names; }

private:
    QHash<QString, int> m_index;
    QStringList m_names;
    int m_size = 0;
};

/// Decides the format from one candidate header row; Unknown if it is not a header we know.
ImportFormat detectCsvHeader(const HeaderMap& header);

} // namespace rapport::importers
