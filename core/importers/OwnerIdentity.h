#pragma once

#include "ImportRecords.h"

#include <vector>

namespace rapport::importers {

/// Who the export belongs to, so messages can be split into "sent by me" and "sent to me".
/// Learned, in order of trust: Profile.csv, the settings 'profile.linkedin_url' / 'profile.name',
/// and finally the messages themselves (the person present in the most conversations).
class OwnerIdentity
{
public:
    OwnerIdentity() = default;
    OwnerIdentity(const QString& name, const QString& normalizedUrl);

    /// Fills in what is still unknown from the messages.
    void learnFrom(const MessageBatch& messages);

    bool isOwner(const QString& name, const QString& normalizedUrl) const;
    bool isFromMe(const MessageBatch& batch, const MessageRecord& m) const;

    const QString& name() const { return m_name; }
    const QString& url() const { return m_url; }
    bool isKnown() const { return !m_url.isEmpty() || !m_nameKey.isEmpty(); }

private:
    QString m_name;
    QString m_nameKey;
    QString m_url;
};

} // namespace rapport::importers
